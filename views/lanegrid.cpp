#include "views/lanegrid.h"

#include <QChart>
#include <QPainter>
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
    // Drawn once into a picture of the plot's size, from which a repaint copies its part.
    setCacheMode(DeviceCoordinateCache);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] {
        prepareGeometryChange();
        update();
    });
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

void LaneGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_chart->plotArea();
    const QRectF lined = boundingRect();
    const qreal range = m_axis->max() - m_axis->min();
    if (lined.isEmpty() || range <= 0)
        return;
    painter->save();
    painter->setPen(m_pen);
    for (const qreal value : std::as_const(m_lines)) {
        const qreal y = plot.bottom() - (value - m_axis->min()) / range * plot.height();
        painter->drawLine(QPointF(lined.left(), y), QPointF(lined.right(), y));
    }
    painter->restore();
}
