#include "views/lanegrid.h"

#include <QChart>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QValueAxis>

namespace {

// Each line starts as a tick on the lane axis, left of the plot, as Qt Charts' did.
constexpr qreal tickLength = 5;

} // namespace

LaneGrid::LaneGrid(QChart *chart, QValueAxis *axis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axis(axis)
{
    // Where Qt Charts draws its grid: above the plot's background, below the spans.
    setZValue(3.4);
    setFlag(ItemUsesExtendedStyleOption);
}

void LaneGrid::setLines(QList<qreal> values)
{
    m_lines = std::move(values);
    update();
}

void LaneGrid::setPen(const QPen &pen)
{
    m_pen = pen;
    update();
}

QRectF LaneGrid::boundingRect() const
{
    return m_chart->plotArea().adjusted(-tickLength, 0, 0, 0);
}

void LaneGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const QRectF lined = boundingRect();
    const qreal range = m_axis->max() - m_axis->min();
    // A line is drawn a little beyond the repainted part, which the painter clips, so that its
    // smoothed edges and ends there are the pixels of a whole line's.
    const qreal margin = m_pen.widthF() + 2;
    const QRectF around = option->exposedRect.adjusted(-margin, -margin, margin, margin) & lined;
    if (around.isEmpty() || range <= 0)
        return;
    painter->save();
    painter->setPen(m_pen);
    for (const qreal value : std::as_const(m_lines)) {
        const qreal y = plot.bottom() - (value - m_axis->min()) / range * plot.height();
        if (y >= around.top() && y <= around.bottom())
            painter->drawLine(QPointF(around.left(), y), QPointF(around.right(), y));
    }
    painter->restore();
}
