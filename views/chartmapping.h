#pragma once

#include <QPointF>
#include <QRectF>

class QAbstractSeries;
class QChart;

// Where values land in a chart's coordinates, as Qt Charts maps them through a series' axes:
// taken from the chart at two points once, then applied to many values without asking again.
struct ChartMapping
{
    QPointF origin; // where time 0 and lane position 0 are
    qreal xScale = 0;
    qreal yScale = 0;
    QRectF plot;

    static ChartMapping of(QChart *chart, QAbstractSeries *series);
    qreal x(qint64 ms) const { return origin.x() + qreal(ms) * xScale; }
    qreal y(qreal value) const { return origin.y() + value * yScale; }
    bool operator==(const ChartMapping &other) const;
    bool operator!=(const ChartMapping &other) const { return !(*this == other); }
};
