#include "views/timelinechartview.h"

#include "models/selection.h"
#include "views/plaintext.h"

#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

// The timeline's keyboard and mouse: zoom, pan, stepping through statements, hover and click.

namespace {

constexpr qint64 minimumRangeMs = 2LL * 24 * 60 * 60 * 1000;

} // namespace

void TimelineChartView::zoomBy(qreal factor, qreal anchorMs)
{
    if (m_layout.isEmpty())
        return;
    const qreal min = qreal(m_timeAxis->min().toMSecsSinceEpoch());
    const qreal max = qreal(m_timeAxis->max().toMSecsSinceEpoch());
    qreal newMin = anchorMs - (anchorMs - min) * factor;
    qreal newMax = anchorMs + (max - anchorMs) * factor;
    if (newMax - newMin < minimumRangeMs)
        return;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(newMin)),
                         QDateTime::fromMSecsSinceEpoch(qint64(newMax)));
}

void TimelineChartView::panBy(qreal fraction)
{
    chart()->scroll(chart()->plotArea().width() * fraction, 0);
}

void TimelineChartView::stepSelection(int direction)
{
    if (m_layout.isEmpty())
        return;
    QList<const Statement *> ordered;
    ordered.reserve(m_dataset.statements.size());
    for (const Statement &statement : m_dataset.statements) {
        if (isLayerVisible(layerOf(statement.stance)))
            ordered.append(&statement);
    }
    if (ordered.isEmpty())
        return;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Statement *a, const Statement *b) { return a->date < b->date; });
    const auto current = std::find_if(ordered.cbegin(), ordered.cend(), [this](const Statement *s) {
        return s->id == m_selection->statementId();
    });
    qsizetype next = 0;
    if (current != ordered.cend()) {
        next = std::clamp<qsizetype>(current - ordered.cbegin() + direction, 0, ordered.size() - 1);
    } else if (direction < 0) {
        next = ordered.size() - 1;
    }
    m_selection->selectStatement(ordered.at(next)->id, ordered.at(next)->actor);
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    if (m_layout.isEmpty() || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF value
            = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    zoomBy(event->angleDelta().y() > 0 ? 0.8 : 1.25, value.x());
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal centre
            = (m_timeAxis->min().toMSecsSinceEpoch() + m_timeAxis->max().toMSecsSinceEpoch()) / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (event->modifiers() & Qt::ShiftModifier)
            panBy(direction * 0.1);
        else
            stepSelection(direction);
        break;
    }
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panOrigin = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        const int index = markAtPosition(event->position().toPoint());
        if (index >= 0) {
            const TimelineMark &mark = m_layout.marks.at(index);
            m_selection->selectStatement(mark.statementId, mark.actorId);
            event->accept();
            return;
        }
    }
    QChartView::mousePressEvent(event);
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_panning) {
        chart()->scroll(m_panOrigin.x() - position.x(), 0);
        m_panOrigin = position;
        event->accept();
        return;
    }
    const int index = markAtPosition(position);
    if (index >= 0)
        QToolTip::showText(event->globalPosition().toPoint(),
                           PlainText::toolTip(markToolTip(m_layout.marks.at(index).statementId)),
                           this);
    else
        QToolTip::hideText();
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}
