#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

// A picture of what an item draws on a pixel device, kept at that device's resolution, so that
// painting again with nothing changed is one copy. The timeline's marks take tens of
// milliseconds to draw with 100k statements, and the chart repaints whenever anything in it
// changes: a selection, a tooltip, the legend.
class PixelLayer
{
public:
    // Device pixels per unit when painter draws pixels at the same scale both ways; nothing
    // for a vector device (SVG, PDF) or a rotated or stretched painter.
    static std::optional<qreal> scaleOf(const QPainter *painter);
    // The next paint draws the picture again.
    void invalidate() { m_valid = false; }
    // Copies the picture of area at scale (device pixels per unit) to painter, first drawing it
    // with render when it is out of date. The picture's pixels are aligned with the device's.
    void paint(QPainter *painter, const QRectF &area, qreal scale,
               const std::function<void(QPainter *)> &render);

private:
    QImage m_image;
    QPointF m_origin;
    qreal m_scale = 0;
    bool m_valid = false;
};
