#include "views/pixellayer.h"

#include <QPainter>
#include <QtMath>

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
