#include "views/itemcachepause.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPaintEngine>
#include <QPainter>

ItemCachePause::ItemCachePause(QWidget *root, const QPainter &painter)
{
    if (painter.paintEngine()->type() == QPaintEngine::Raster)
        return;
    QList<QGraphicsView *> views = root->findChildren<QGraphicsView *>();
    if (auto *view = qobject_cast<QGraphicsView *>(root))
        views.append(view);
    for (const QGraphicsView *view : std::as_const(views)) {
        if (!view->scene())
            continue;
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (item->cacheMode() == QGraphicsItem::NoCache)
                continue;
            m_paused.append({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
}

ItemCachePause::~ItemCachePause()
{
    for (const auto &[item, mode] : std::as_const(m_paused))
        item->setCacheMode(mode);
}
