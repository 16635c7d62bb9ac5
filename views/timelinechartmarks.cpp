#include "views/timelinechartview.h"

#include "views/chartmapping.h"
#include "views/stancestyle.h"
#include "views/timelinehandles.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

// Where the timeline's marks are on screen, which one is under a point, and what a mark's
// tooltip says.

namespace {

constexpr int hitTolerance = 8; // pixels

} // namespace

qreal TimelineChartView::markEmphasis(const QString &statementId) const
{
    const int index = m_layout.indexOf(statementId);
    if (index < 0)
        return 0;
    return m_emphasized.value(index) ? TimelineHandles::emphasizedSize : TimelineHandles::size;
}

QPoint TimelineChartView::markPosition(const QString &statementId) const
{
    const int index = m_layout.indexOf(statementId);
    if (index < 0 || m_pointSeries.isEmpty())
        return {};
    const TimelineMark &mark = m_layout.marks.at(index);
    return toViewport(qreal(mark.handleMs()), mark.y).toPoint();
}

QString TimelineChartView::markToolTip(const QString &statementId) const
{
    const Statement *statement = m_dataset.statement(statementId);
    if (!statement)
        return {};
    const Actor *actor = m_dataset.actor(statement->actor);
    return tr("%1 — %2\n%3\n%4")
            .arg(actor ? actor->name : statement->actor, StanceStyle::label(statement->stance),
                 statement->date.toDisplayString(), statement->text);
}

QPointF TimelineChartView::toViewport(qreal ms, qreal y) const
{
    const QPointF scenePoint
            = chart()->mapToPosition(QPointF(ms, y), m_pointSeries.begin().value());
    return mapFromScene(chart()->mapToScene(scenePoint));
}

int TimelineChartView::markAtPosition(const QPoint &position) const
{
    if (m_pointSeries.isEmpty() || !chart()->plotArea().contains(mapToScene(position)))
        return -1;
    // In the chart's coordinates, where the view draws at one pixel per unit.
    const ChartMapping mapping = ChartMapping::of(chart(), m_pointSeries.begin().value());
    const QPointF at = chart()->mapFromScene(mapToScene(position));
    int best = -1;
    qreal bestDistance = hitTolerance + 1;
    for (int i = 0; i < m_layout.marks.size(); ++i) {
        const TimelineMark &mark = m_layout.marks.at(i);
        const qreal y = mapping.y(mark.y);
        if (std::abs(at.y() - y) > bestDistance)
            continue;
        const QPointF handle(mapping.x(mark.handleMs()), y);
        qreal distance = QLineF(handle, at).length();
        if (!mark.isPoint && at.x() >= mapping.x(mark.startMs) && at.x() <= mapping.x(mark.endMs))
            distance = std::min(distance, std::abs(at.y() - y));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}
