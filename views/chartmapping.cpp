#include "views/chartmapping.h"

#include <QChart>

ChartMapping ChartMapping::of(QChart *chart, QAbstractSeries *series)
{
    // Both axes are linear, so two points give the whole mapping.
    constexpr qreal farMs = 1e12;
    ChartMapping mapping;
    mapping.origin = chart->mapToPosition(QPointF(0, 0), series);
    const QPointF unit = chart->mapToPosition(QPointF(farMs, 1), series);
    mapping.xScale = (unit.x() - mapping.origin.x()) / farMs;
    mapping.yScale = unit.y() - mapping.origin.y();
    mapping.plot = chart->plotArea();
    return mapping;
}

bool ChartMapping::operator==(const ChartMapping &other) const
{
    return origin == other.origin && xScale == other.xScale && yScale == other.yScale
            && plot == other.plot;
}
