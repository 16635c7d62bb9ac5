#include "views/timelinelayout.h"

#include "views/stancestyle.h"

#include <QDateTime>
#include <QHash>

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

// Each mark's actor as its position in the dataset's actors (-1 when unknown), found once for the
// lanes and the marks of each actor.
std::vector<qsizetype> actorOfMarks(const Dataset &dataset, const DatasetLinks *links)
{
    std::vector<qsizetype> actors;
    actors.reserve(std::size_t(dataset.statements.size()));
    for (qsizetype i = 0; i < dataset.statements.size(); ++i) {
        actors.push_back(links ? links->actorOf(i)
                               : dataset.actorIndex(dataset.statements.at(i).actor));
    }
    return actors;
}

void assignLanes(const Dataset &dataset, const std::vector<qsizetype> &actorOfMark,
                 TimelineLayout::LaneMode mode, TimelineLayout &layout)
{
    if (mode == TimelineLayout::LaneMode::Actor) {
        std::vector<int> laneOfActor(std::size_t(dataset.actors.size()), -1);
        for (const qsizetype actor : actorOfMark) {
            if (actor >= 0)
                laneOfActor[std::size_t(actor)] = 0; // speaks: gets a lane below
        }
        for (const QString &actorId : dataset.actorIdsInTreeOrder()) {
            const qsizetype actor = dataset.actorIndex(actorId);
            if (actor < 0 || laneOfActor[std::size_t(actor)] < 0)
                continue;
            laneOfActor[std::size_t(actor)] = int(layout.laneLabels.size());
            layout.laneLabels.append(dataset.actors.at(actor).name);
        }
        for (qsizetype i = 0; i < layout.marks.size(); ++i) {
            const qsizetype actor = actorOfMark[std::size_t(i)];
            layout.marks[i].lane = actor < 0 ? 0 : laneOfActor[std::size_t(actor)];
        }
        return;
    }
    QHash<int, int> laneOfStance;
    for (const Stance stance : StanceStyle::allStances()) {
        const bool present = std::any_of(
                dataset.statements.cbegin(), dataset.statements.cend(),
                [stance](const Statement &statement) { return statement.stance == stance; });
        if (!present)
            continue;
        laneOfStance.insert(int(stance), int(layout.laneLabels.size()));
        layout.laneLabels.append(StanceStyle::pluralLabel(stance));
    }
    for (TimelineMark &mark : layout.marks)
        mark.lane = laneOfStance.value(int(mark.stance));
}

QHash<QString, QList<int>> marksOfActors(const Dataset &dataset,
                                         const std::vector<qsizetype> &actorOfMark)
{
    std::vector<QList<int>> byActor(std::size_t(dataset.actors.size()));
    QHash<QString, QList<int>> marksOfActor;
    for (qsizetype i = 0; i < dataset.statements.size(); ++i) {
        const qsizetype actor = actorOfMark[std::size_t(i)];
        if (actor >= 0)
            byActor[std::size_t(actor)].append(int(i));
        else
            marksOfActor[dataset.statements.at(i).actor].append(int(i));
    }
    for (qsizetype actor = 0; actor < dataset.actors.size(); ++actor) {
        if (!byActor[std::size_t(actor)].isEmpty())
            marksOfActor.insert(dataset.actors.at(actor).id, byActor[std::size_t(actor)]);
    }
    return marksOfActor;
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
    return int(markOfStatement.find(statements, statementId));
}

TimelineLayout TimelineLayout::build(const Dataset &dataset, LaneMode mode,
                                     const DatasetLinks *links)
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
    const std::vector<qsizetype> actorOfMark = actorOfMarks(dataset, links);
    assignLanes(dataset, actorOfMark, mode, layout);
    stagger(layout);
    layout.statements = dataset.statements;
    layout.markOfStatement = dataset.statementPositions();
    layout.marksOfActor = marksOfActors(dataset, actorOfMark);
    return layout;
}
