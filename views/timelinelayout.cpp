#include "views/timelinelayout.h"

#include "views/stancestyle.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <vector>

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;
constexpr qreal maxStagger = 0.36; // of a lane's height, each side of its centre

// Local midnights, remembered by day: converting local time asks the system's time zone each
// time, and a big dataset has many statements on each day.
class Midnights
{
public:
    qint64 of(const QDate &date)
    {
        auto found = m_byDay.constFind(date.toJulianDay());
        if (found == m_byDay.cend())
            found = m_byDay.insert(date.toJulianDay(),
                                   QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch());
        return *found;
    }

private:
    QHash<qint64, qint64> m_byDay;
};

void assignLanes(const Dataset &dataset, TimelineLayout::LaneMode mode, TimelineLayout &layout)
{
    QHash<QString, int> laneOfActor;
    QHash<int, int> laneOfStance;
    if (mode == TimelineLayout::LaneMode::Actor) {
        QSet<QString> speaking;
        for (const Statement &statement : dataset.statements)
            speaking.insert(statement.actor);
        for (const QString &actorId : dataset.actorIdsInTreeOrder()) {
            if (!speaking.contains(actorId))
                continue;
            laneOfActor.insert(actorId, int(layout.laneLabels.size()));
            layout.laneLabels.append(dataset.actor(actorId)->name);
        }
    } else {
        for (const Stance stance : StanceStyle::allStances()) {
            const bool present = std::any_of(
                    dataset.statements.cbegin(), dataset.statements.cend(),
                    [stance](const Statement &statement) { return statement.stance == stance; });
            if (!present)
                continue;
            laneOfStance.insert(int(stance), int(layout.laneLabels.size()));
            layout.laneLabels.append(StanceStyle::pluralLabel(stance));
        }
    }
    for (TimelineMark &mark : layout.marks) {
        mark.lane = mode == TimelineLayout::LaneMode::Actor ? laneOfActor.value(mark.actorId)
                                                            : laneOfStance.value(int(mark.stance));
    }
}

// Within each lane, gives overlapping marks different rows (greedy interval colouring) and
// spreads the rows evenly around the lane's centre.
void stagger(TimelineLayout &layout)
{
    const qint64 minimumWidth = std::max<qint64>((layout.maxMs - layout.minMs) / 80, dayMs);
    QHash<int, QList<int>> byLane;
    for (int i = 0; i < layout.marks.size(); ++i)
        byLane[layout.marks.at(i).lane].append(i);

    for (QList<int> &members : byLane) {
        std::stable_sort(members.begin(), members.end(), [&layout](int a, int b) {
            return layout.marks.at(a).startMs < layout.marks.at(b).startMs;
        });
        // Each mark takes the lowest row free at its start; rows in use wait in a queue by the
        // time they end.
        using RowEnd = std::pair<qint64, int>; // end, row
        std::priority_queue<RowEnd, std::vector<RowEnd>, std::greater<>> busy;
        std::priority_queue<int, std::vector<int>, std::greater<>> free;
        int rows = 0;
        QList<int> rowOf(members.size());
        for (int k = 0; k < members.size(); ++k) {
            const TimelineMark &mark = layout.marks.at(members.at(k));
            while (!busy.empty() && busy.top().first <= mark.startMs) {
                free.push(busy.top().second);
                busy.pop();
            }
            int row = rows;
            if (free.empty()) {
                ++rows;
            } else {
                row = free.top();
                free.pop();
            }
            busy.emplace(std::max(mark.endMs, mark.startMs + minimumWidth), row);
            rowOf[k] = row;
        }
        const qreal step = rows > 1 ? 2 * maxStagger / (rows - 1) : 0;
        for (int k = 0; k < members.size(); ++k) {
            TimelineMark &mark = layout.marks[members.at(k)];
            const qreal offset = rows > 1 ? maxStagger - rowOf.at(k) * step : 0;
            mark.y = layout.laneY(mark.lane) + offset;
        }
    }
}

} // namespace

int TimelineLayout::indexOf(const QString &statementId) const
{
    return markOfStatement.value(statementId, -1);
}

TimelineLayout TimelineLayout::build(const Dataset &dataset, LaneMode mode)
{
    TimelineLayout layout;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    layout.marks.reserve(dataset.statements.size());
    Midnights midnights;
    for (const Statement &statement : dataset.statements) {
        const EdtfDate &date = statement.date;
        TimelineMark mark;
        mark.statementId = statement.id;
        mark.actorId = statement.actor;
        mark.stance = statement.stance;
        mark.isPoint = date.isSingleDay();
        mark.openStart = !date.earliest().isValid();
        mark.openEnd = !date.latest().isValid();
        if (mark.isPoint) {
            mark.startMs = mark.endMs = midnights.of(date.earliest()) + dayMs / 2;
        } else {
            if (!mark.openStart)
                mark.startMs = midnights.of(date.earliest());
            if (!mark.openEnd)
                mark.endMs = midnights.of(date.latest().addDays(1));
        }
        if (!mark.openStart) {
            low = std::min(low, mark.startMs);
            high = std::max(high, mark.startMs);
        }
        if (!mark.openEnd) {
            low = std::min(low, mark.endMs);
            high = std::max(high, mark.endMs);
        }
        layout.marks.append(mark);
    }
    if (layout.marks.isEmpty())
        return layout;

    const qint64 margin = std::max<qint64>((high - low) / 20, 3 * dayMs);
    layout.minMs = low - margin;
    layout.maxMs = high + margin;
    for (TimelineMark &mark : layout.marks) {
        if (mark.openStart)
            mark.startMs = layout.minMs;
        if (mark.openEnd)
            mark.endMs = layout.maxMs;
    }
    assignLanes(dataset, mode, layout);
    stagger(layout);
    layout.markOfStatement.reserve(layout.marks.size());
    for (int i = 0; i < layout.marks.size(); ++i) {
        layout.markOfStatement.insert(layout.marks.at(i).statementId, i);
        layout.marksOfActor[layout.marks.at(i).actorId].append(i);
    }
    return layout;
}
