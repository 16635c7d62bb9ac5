#pragma once

#include "models/dataset.h"
#include "views/chartmapping.h"
#include "views/pixellayer.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPixmap>

#include <optional>

class QAbstractSeries;
class QChart;

// The timeline's handles, one per statement in its stance's shape, drawn by one item in the
// chart: a scatter series of Qt Charts 6.4 makes a graphics item per point, which takes
// minutes for 100k statements. Handles that fall on the same pixel are drawn once, so painting
// stays bounded by the plot's size; emphasised handles are drawn larger, over the others.
class TimelineHandles final : public QGraphicsItem
{
public:
    struct Handle
    {
        qint64 ms = 0;
        qreal y = 0;
        Stance stance = Stance::Claim;
    };

    explicit TimelineHandles(QChart *chart);

    void setHandles(QList<Handle> handles, QAbstractSeries *reference);
    void setEmphasized(const QList<bool> &emphasized); // in the order of setHandles
    void setBorderColor(const QColor &color);
    // The handle with a ring around it, the selected statement's; -1 for none.
    void setSelected(qsizetype handle);
    qsizetype selected() const { return m_selected; }
    void setRingColor(const QColor &color);
    void clear();
    int count() const { return int(m_handles.size()); }
    // How many handles the last paint drew after leaving out those hidden on the same pixel.
    int drawn() const { return int(m_drawn.size() + m_drawnEmphasized.size()); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal size = 11;
    static constexpr qreal emphasizedSize = 17;
    static constexpr qreal ringSize = 26;

private:
    struct Drawn
    {
        QPointF at;
        Stance stance;
        bool emphasized;
    };
    QList<Drawn> visibleHandles(const ChartMapping &mapping, bool emphasizedOnly) const;
    // Where the handles are drawn when emphasised; null for none.
    static QRectF boundsOf(const QList<Drawn> &handles);
    static int keyOf(const Drawn &handle)
    {
        return int(handle.stance) * 2 + int(handle.emphasized);
    }
    static qreal sizeOf(const Drawn &handle) { return handle.emphasized ? emphasizedSize : size; }
    void paintPaths(QPainter *painter) const;
    // Where the ring around the selected handle goes; none without a selected handle.
    std::optional<QPointF> ringCentre(const ChartMapping &mapping) const;
    void paintRing(QPainter *painter, const ChartMapping &mapping) const;
    QRectF ringBounds() const; // null when no ring is drawn
    void paintCopies(QPainter *painter, qreal scale, const QList<Drawn> &handles);
    QPixmap spriteOf(const Drawn &handle, qreal scale) const;

    QChart *m_chart;
    QAbstractSeries *m_reference = nullptr;
    QList<Handle> m_handles;
    QList<qsizetype> m_emphasized; // indexes in m_handles, in order
    QColor m_border;
    qsizetype m_selected = -1;
    QColor m_ring;
    QList<Drawn> m_drawn;           // every handle, drawn first
    QList<Drawn> m_drawnEmphasized; // the emphasised ones again, larger, on top
    ChartMapping m_drawnMapping;
    bool m_drawnValid = false;
    QHash<int, QPixmap> m_sprites; // a handle's image by keyOf(), at m_spriteScale, with m_border
    qreal m_spriteScale = 0;
    PixelLayer m_layer; // m_drawn, as drawn on the last pixel device
};
