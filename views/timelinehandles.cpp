#include "views/timelinehandles.h"

#include "views/stancestyle.h"

#include <QChart>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

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
    m_reference = reference;
    m_drawnValid = false;
    update();
}

void TimelineHandles::setEmphasized(const QList<bool> &emphasized)
{
    for (qsizetype i = 0; i < m_handles.size(); ++i)
        m_handles[i].emphasized = emphasized.value(i);
    m_drawnValid = false;
    update();
}

void TimelineHandles::setBorderColor(const QColor &color)
{
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

void TimelineHandles::computeDrawn(const ChartMapping &mapping)
{
    m_drawn.clear();
    m_drawnMapping = mapping;
    m_drawnValid = true;
    const QRectF visible = mapping.plot.adjusted(-size, -size, size, size);
    QSet<quint64> taken; // stance, emphasis and pixel of every handle drawn so far
    for (const bool emphasized : {false, true}) {
        for (const Handle &handle : std::as_const(m_handles)) {
            if (handle.emphasized != emphasized)
                continue;
            const QPointF at(mapping.x(handle.ms), mapping.y(handle.y));
            if (!visible.contains(at))
                continue;
            const quint64 key = (quint64(quint32(qRound(at.x()))) << 32)
                    | (quint64(quint16(qRound(at.y()))) << 16) | (quint64(handle.stance) << 1)
                    | quint64(emphasized);
            if (taken.contains(key))
                continue;
            taken.insert(key);
            m_drawn.append({at, handle.stance, emphasized});
        }
    }
}

void TimelineHandles::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_handles.isEmpty() || !m_reference) {
        m_drawn.clear();
        return;
    }
    const ChartMapping mapping = ChartMapping::of(m_chart, m_reference);
    if (!m_drawnValid || mapping != m_drawnMapping)
        computeDrawn(mapping);
    painter->save();
    painter->setClipRect(boundingRect());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_border, 1));
    QHash<int, QPainterPath> shapes; // by stance and emphasis
    for (const Drawn &handle : std::as_const(m_drawn)) {
        const int key = int(handle.stance) * 2 + int(handle.emphasized);
        auto shape = shapes.find(key);
        if (shape == shapes.end()) {
            shape = shapes.insert(
                    key,
                    StanceStyle::markerPath(handle.stance,
                                            handle.emphasized ? emphasizedSize : size));
        }
        painter->setBrush(StanceStyle::color(handle.stance));
        painter->drawPath(shape->translated(handle.at));
    }
    painter->restore();
}
