#include "views/timelinehandles.h"

#include "views/itemupdate.h"
#include "views/stancestyle.h"

#include <QChart>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>
#include <QtMath>

namespace {

constexpr qreal ringWidth = 2.5;

} // namespace

TimelineHandles::TimelineHandles(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    // Over the spans, under the selection ring (Qt Charts draws its series at z 4 or more).
    setZValue(3.6);
}

void TimelineHandles::setHandles(QList<Handle> handles, QAbstractSeries *reference)
{
    prepareGeometryChange();
    m_handles = std::move(handles);
    m_emphasized.clear();
    m_selected = -1;
    m_reference = reference;
    m_drawnValid = false;
    update();
}

void TimelineHandles::setEmphasized(const QList<bool> &emphasized)
{
    m_emphasized.clear();
    for (qsizetype i = 0; i < std::min(m_handles.size(), emphasized.size()); ++i) {
        if (emphasized.at(i))
            m_emphasized.append(i);
    }
    if (!m_drawnValid) {
        update();
        return;
    }
    const QRectF before = boundsOf(m_drawnEmphasized);
    m_drawnEmphasized = visibleHandles(m_drawnMapping, true);
    updateWhereChanged(*this, {before, boundsOf(m_drawnEmphasized)});
}

QRectF TimelineHandles::boundsOf(const QList<Drawn> &handles)
{
    constexpr qreal half = emphasizedSize / 2 + 2; // the border and the antialiasing
    QRectF bounds;
    for (const Drawn &handle : handles)
        bounds |= QRectF(handle.at - QPointF(half, half), handle.at + QPointF(half, half));
    return bounds;
}

void TimelineHandles::setSelected(qsizetype handle)
{
    if (handle == m_selected)
        return;
    const QRectF before = ringBounds();
    m_selected = handle;
    updateWhereChanged(*this, {before, ringBounds()});
}

void TimelineHandles::setRingColor(const QColor &color)
{
    m_ring = color;
    update();
}

std::optional<QPointF> TimelineHandles::ringCentre(const ChartMapping &mapping) const
{
    if (m_selected < 0 || m_selected >= m_handles.size())
        return std::nullopt;
    const Handle &handle = m_handles.at(m_selected);
    return QPointF(mapping.x(handle.ms), mapping.y(handle.y));
}

QRectF TimelineHandles::ringBounds() const
{
    const std::optional<QPointF> centre = m_drawnValid ? ringCentre(m_drawnMapping) : std::nullopt;
    if (!centre)
        return {};
    constexpr qreal half = ringSize / 2 + ringWidth;
    return QRectF(*centre - QPointF(half, half), *centre + QPointF(half, half));
}

void TimelineHandles::paintRing(QPainter *painter, const ChartMapping &mapping) const
{
    const std::optional<QPointF> centre = ringCentre(mapping);
    if (!centre)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_ring, ringWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(*centre, ringSize / 2, ringSize / 2);
}

void TimelineHandles::setBorderColor(const QColor &color)
{
    if (color != m_border) {
        m_sprites.clear();
        m_layer.invalidate();
    }
    m_border = color;
    update();
}

void TimelineHandles::clear()
{
    setHandles({}, nullptr);
}

QRectF TimelineHandles::boundingRect() const
{
    return m_chart->plotArea().adjusted(-emphasizedSize, -emphasizedSize, emphasizedSize,
                                        emphasizedSize);
}

// The handles to draw, all of them or only the emphasised ones: one per stance and pixel, and
// none outside the plot.
QList<TimelineHandles::Drawn> TimelineHandles::visibleHandles(const ChartMapping &mapping,
                                                              bool emphasizedOnly) const
{
    QList<Drawn> drawn;
    const QRectF visible = mapping.plot.adjusted(-size, -size, size, size);
    QSet<quint64> taken; // stance and pixel of every handle drawn so far
    const qsizetype count = emphasizedOnly ? m_emphasized.size() : m_handles.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Handle &handle = m_handles.at(emphasizedOnly ? m_emphasized.at(i) : i);
        const QPointF at(mapping.x(handle.ms), mapping.y(handle.y));
        if (!visible.contains(at))
            continue;
        const quint64 key = (quint64(quint32(qRound(at.x()))) << 32)
                | (quint64(quint16(qRound(at.y()))) << 8) | quint64(handle.stance);
        if (taken.contains(key))
            continue;
        taken.insert(key);
        drawn.append({at, handle.stance, emphasizedOnly});
    }
    return drawn;
}

void TimelineHandles::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_handles.isEmpty() || !m_reference) {
        m_drawn.clear();
        m_drawnEmphasized.clear();
        return;
    }
    const ChartMapping mapping = ChartMapping::of(m_chart, m_reference);
    if (!m_drawnValid || mapping != m_drawnMapping) {
        m_drawnMapping = mapping;
        m_drawn = visibleHandles(mapping, false);
        m_drawnEmphasized = visibleHandles(mapping, true);
        m_drawnValid = true;
        m_layer.invalidate();
    }
    painter->save();
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    // Rasterising tens of thousands of antialiased paths takes seconds: on a pixel device
    // each shape is rasterised once and copied. Vector devices (SVG, PDF) get the paths.
    // The handles that are not emphasised are kept as a picture; the emphasised ones, which
    // change with the selection, are drawn over it.
    if (const std::optional<qreal> pixelScale = PixelLayer::scaleOf(painter)) {
        const qreal scale = *pixelScale;
        m_layer.paint(painter, boundingRect(), scale,
                      [this, scale](QPainter *layer) { paintCopies(layer, scale, m_drawn); });
        paintCopies(painter, scale, m_drawnEmphasized);
    } else {
        paintPaths(painter);
    }
    paintRing(painter, mapping);
    painter->restore();
}

void TimelineHandles::paintPaths(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_border, 1));
    QHash<int, QPainterPath> shapes; // by stance and emphasis
    for (const QList<Drawn> *drawn : {&m_drawn, &m_drawnEmphasized}) {
        for (const Drawn &handle : *drawn) {
            auto shape = shapes.find(keyOf(handle));
            if (shape == shapes.end()) {
                shape = shapes.insert(keyOf(handle),
                                      StanceStyle::markerPath(handle.stance, sizeOf(handle)));
            }
            painter->setBrush(StanceStyle::color(handle.stance));
            painter->drawPath(shape->translated(handle.at));
        }
    }
}

void TimelineHandles::paintCopies(QPainter *painter, qreal scale, const QList<Drawn> &handles)
{
    if (scale != m_spriteScale) {
        m_sprites.clear();
        m_spriteScale = scale;
    }
    for (const Drawn &handle : handles) {
        auto sprite = m_sprites.find(keyOf(handle));
        if (sprite == m_sprites.end())
            sprite = m_sprites.insert(keyOf(handle), spriteOf(handle, scale));
        const qreal half = sprite->width() / scale / 2;
        painter->drawPixmap(handle.at - QPointF(half, half), *sprite);
    }
}

QPixmap TimelineHandles::spriteOf(const Drawn &handle, qreal scale) const
{
    const qreal side = sizeOf(handle) + 2; // the border's width around the shape
    QPixmap sprite(QSize(qCeil(side * scale), qCeil(side * scale)));
    sprite.setDevicePixelRatio(scale);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(StanceStyle::color(handle.stance));
    const qreal centre = sprite.width() / scale / 2;
    painter.drawPath(
            StanceStyle::markerPath(handle.stance, sizeOf(handle)).translated(centre, centre));
    return sprite;
}
