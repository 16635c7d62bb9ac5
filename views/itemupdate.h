#pragma once

#include <QGraphicsItem>
#include <QRectF>

#include <initializer_list>

// Repaints an item only where something of it was and where it now is. A repaint of the whole
// timeline plot drew every grid line of the chart again. A null rectangle, which Qt reads as
// the whole item, stands for nothing here.
inline void updateWhereChanged(QGraphicsItem &item, std::initializer_list<QRectF> places)
{
    for (const QRectF &place : places) {
        if (!place.isNull())
            item.update(place);
    }
}
