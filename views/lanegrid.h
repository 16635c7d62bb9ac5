#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>

class QChart;
class QValueAxis;

// The lines between the timeline's lanes. Qt Charts' own grid lines each cross the whole plot
// and were drawn whole at every repaint, however small the part repainted: a selection, which
// repaints a few marks, drew them all again. These are drawn once, until the plot or the lines
// change, and a repaint copies them.
class LaneGrid final : public QGraphicsItem
{
public:
    // Lines at values of axis, the chart's vertical axis.
    LaneGrid(QChart *chart, QValueAxis *axis);

    void setLines(QList<qreal> values);
    void setPen(const QPen &pen);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QValueAxis *m_axis;
    QList<qreal> m_lines;
    QPen m_pen;
};
