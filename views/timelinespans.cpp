#include "views/timelinespans.h"

#include "views/itemupdate.h"
#include "views/stancestyle.h"

#include <QChart>
#include <QImage>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace {

constexpr qreal spanWidth = 6;
constexpr qreal emphasizedSpanWidth = 10;
constexpr qreal openSpanWidth = 2.5;

QPen penFor(const TimelineSpans::Span &span, bool emphasized)
{
    if (span.open)
        return QPen(StanceStyle::color(span.stance), openSpanWidth, Qt::DashLine, Qt::RoundCap);
    return QPen(StanceStyle::color(span.stance), emphasized ? emphasizedSpanWidth : spanWidth,
                Qt::SolidLine, Qt::RoundCap);
}

// Spans of one style share a pen.
auto styleKey(const TimelineSpans::Span &span)
{
    return std::make_tuple(span.open, int(span.stance));
}

} // namespace

TimelineSpans::TimelineSpans(QChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    // Above the grid, below the series' handles (Qt Charts draws its series at z 4 or more).
    setZValue(3.5);
}

void TimelineSpans::setSpans(QList<Span> spans, QAbstractSeries *reference)
{
    prepareGeometryChange();
    m_reference = reference;
    m_order.resize(spans.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [&spans](int a, int b) {
        const Span &left = spans.at(a);
        const Span &right = spans.at(b);
        return std::tuple_cat(styleKey(left), std::make_tuple(left.y, left.startMs))
                < std::tuple_cat(styleKey(right), std::make_tuple(right.y, right.startMs));
    });
    m_spans.clear();
    m_spans.reserve(spans.size());
    m_emphasized.clear();
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        m_spans.append(spans.at(m_order.at(i)));
        if (m_spans.last().emphasized && !m_spans.last().open)
            m_emphasized.append(i);
    }
    m_linesValid = false;
    update();
}

void TimelineSpans::setEmphasized(const QList<bool> &emphasized)
{
    m_emphasized.clear();
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        m_spans[i].emphasized = emphasized.value(m_order.at(i));
        if (m_spans.at(i).emphasized && !m_spans.at(i).open)
            m_emphasized.append(i);
    }
    if (!m_linesValid) {
        update();
        return;
    }
    const QRectF before = boundsOf(m_emphasizedLines);
    m_emphasizedLines = joinedLines(m_emphasized, m_linesMapping);
    updateWhereChanged(*this, {before, boundsOf(m_emphasizedLines)});
}

QRectF TimelineSpans::boundsOf(const QList<Line> &lines)
{
    constexpr qreal margin = emphasizedSpanWidth / 2 + 2; // the caps and the antialiasing
    QRectF bounds;
    for (const Line &line : lines) {
        bounds |= QRectF(QPointF(line.from - margin, line.y - margin),
                         QPointF(line.to + margin, line.y + margin));
    }
    return bounds;
}

void TimelineSpans::clear()
{
    setSpans({}, nullptr);
}

QRectF TimelineSpans::boundingRect() const
{
    return m_chart->plotArea();
}

// Spans of one style on the same pixel row are joined where they overlap or touch on screen,
// so there are never more lines than pixels; lines outside the plot are left out. The spans
// are given by their indexes in m_spans, in order.
QList<TimelineSpans::Line> TimelineSpans::joinedLines(const QList<qsizetype> &spans,
                                                      const ChartMapping &mapping) const
{
    QList<Line> lines;
    const auto pixelRow = [&mapping](qreal y) { return qRound(mapping.y(y)); };
    QList<std::pair<qreal, qreal>> row;
    qsizetype i = 0;
    while (i < spans.size()) {
        const Span &first = m_spans.at(spans.at(i));
        const qsizetype style = spans.at(i);
        const auto key = styleKey(first);
        const int pixelY = pixelRow(first.y);
        row.clear();
        bool sorted = true;
        for (; i < spans.size(); ++i) {
            const Span &span = m_spans.at(spans.at(i));
            if (styleKey(span) != key || pixelRow(span.y) != pixelY)
                break;
            const std::pair<qreal, qreal> extent(mapping.x(span.startMs), mapping.x(span.endMs));
            sorted = sorted && (row.isEmpty() || row.last().first <= extent.first);
            row.append(extent);
        }
        if (!sorted)
            std::sort(row.begin(), row.end());
        const qreal y = mapping.y(first.y);
        const auto addLine = [&](qreal from, qreal to) {
            if (to >= mapping.plot.left() && from <= mapping.plot.right())
                lines.append({from, to, y, style});
        };
        qreal from = row.first().first;
        qreal to = row.first().second;
        for (const auto &[start, end] : std::as_const(row)) {
            if (start > to + 1) {
                addLine(from, to);
                from = start;
            }
            to = std::max(to, end);
        }
        addLine(from, to);
    }
    return lines;
}

void TimelineSpans::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_spans.isEmpty() || !m_reference) {
        m_lines.clear();
        m_emphasizedLines.clear();
        return;
    }
    const ChartMapping mapping = ChartMapping::of(m_chart, m_reference);
    if (!m_linesValid || mapping != m_linesMapping) {
        QList<qsizetype> all(m_spans.size());
        std::iota(all.begin(), all.end(), 0);
        m_linesMapping = mapping;
        m_lines = joinedLines(all, mapping);
        m_emphasizedLines = joinedLines(m_emphasized, mapping);
        m_linesValid = true;
        m_layer.invalidate();
    }
    painter->save();
    painter->setClipRect(mapping.plot, Qt::IntersectClip);
    // Stroking thousands of wide antialiased lines, some dashed, takes most of a second: on a
    // pixel device each line is filled as a rectangle, and the lines that are not emphasised
    // are kept as a picture. Vector devices (SVG, PDF) get the lines.
    if (const std::optional<qreal> scale = PixelLayer::scaleOf(painter)) {
        m_layer.paint(painter, mapping.plot, *scale,
                      [this](QPainter *layer) { paintRectangles(layer, m_lines, false); });
        paintRectangles(painter, m_emphasizedLines, true);
    } else {
        paintLines(painter);
    }
    painter->restore();
}

void TimelineSpans::paintLines(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    // The emphasised spans are drawn again, wider, over the others.
    for (const bool emphasized : {false, true}) {
        qsizetype style = -1;
        for (const Line &line : emphasized ? m_emphasizedLines : m_lines) {
            if (style < 0 || styleKey(m_spans.at(line.style)) != styleKey(m_spans.at(style))) {
                style = line.style;
                painter->setPen(penFor(m_spans.at(style), emphasized));
            }
            painter->drawLine(QPointF(line.from, line.y), QPointF(line.to, line.y));
        }
    }
}

// Lines as paintLines() draws them, with square ends; an open span's dashes come from a brush.
void TimelineSpans::paintRectangles(QPainter *painter, const QList<Line> &lines,
                                    bool emphasized) const
{
    painter->setPen(Qt::NoPen);
    qsizetype style = -1;
    QBrush brush;
    qreal width = 0;
    for (const Line &line : lines) {
        const Span &span = m_spans.at(line.style);
        if (style < 0 || styleKey(span) != styleKey(m_spans.at(style))) {
            style = line.style;
            const QPen pen = penFor(span, emphasized);
            width = pen.widthF();
            brush = span.open ? dashBrush(pen) : QBrush(pen.color());
        }
        const QRectF area(line.from - width / 2, line.y - width / 2, line.to - line.from + width,
                          width);
        if (span.open)
            painter->setBrushOrigin(area.topLeft());
        painter->fillRect(area, brush);
    }
}

// One period of a dashed pen's pattern, as a brush that repeats along a line.
QBrush TimelineSpans::dashBrush(const QPen &pen)
{
    const QList<qreal> pattern = pen.dashPattern(); // dash, gap, ... in pen widths
    const qreal width = pen.widthF();
    const qreal dash = pattern.value(0, 4) * width;
    const qreal gap = pattern.value(1, 2) * width;
    QImage tile(QSize(qCeil(dash + gap), qCeil(width)), QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.fillRect(QRectF(0, 0, dash, width), pen.color());
    painter.end();
    return QBrush(tile);
}
