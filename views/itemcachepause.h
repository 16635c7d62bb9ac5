#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPair>

class QPainter;
class QWidget;

// While it lives, the graphics items in the views under a widget draw themselves instead of
// the pictures they keep of themselves, when painter is not a raster one: an SVG or PDF then
// holds their lines and shapes, not an image of them.
class ItemCachePause final
{
public:
    ItemCachePause(QWidget *root, const QPainter &painter);
    ~ItemCachePause();
    Q_DISABLE_COPY_MOVE(ItemCachePause)

private:
    QList<QPair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_paused;
};
