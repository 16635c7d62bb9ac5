#include "views/pixellayer.h"

#include <QPaintEngine>
#include <QPainter>
#include <QtMath>

std::optional<qreal> PixelLayer::scaleOf(const QPainter *painter)
{
    const QTransform &transform = painter->deviceTransform();
    if (painter->paintEngine()->type() != QPaintEngine::Raster
        || transform.type() > QTransform::TxScale || transform.m11() != transform.m22())
        return std::nullopt;
    return transform.m11();
}

void PixelLayer::paint(QPainter *painter, const QRectF &area, qreal scale,
                       const std::function<void(QPainter *)> &render)
{
    const QPointF origin(qFloor(area.left() * scale) / scale, qFloor(area.top() * scale) / scale);
    const QSize pixels(qCeil((area.right() - origin.x()) * scale),
                       qCeil((area.bottom() - origin.y()) * scale));
    if (pixels.isEmpty())
        return;
    if (!m_valid || scale != m_scale || origin != m_origin || pixels != m_image.size()) {
        m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(scale);
        m_image.fill(Qt::transparent);
        QPainter layer(&m_image);
        layer.translate(-origin);
        render(&layer);
        m_origin = origin;
        m_scale = scale;
        m_valid = true;
    }
    painter->drawImage(origin, m_image);
}
