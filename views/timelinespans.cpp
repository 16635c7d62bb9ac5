#include "views/timelinespans.h"

#include "views/stancestyle.h"

#include <QChart>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace {

constexpr qreal spanWidth = 6;
constexpr qreal emphasizedSpanWidth = 10;
constexpr qreal openSpanWidth = 2.5;

QPen penFor(const TimelineSpans::Span &span)
{
    if (span.open)
        return QPen(StanceStyle::color(span.stance), openSpanWidth, Qt::DashLine, Qt::RoundCap);
    return QPen(StanceStyle::color(span.stance), span.emphasized ? emphasizedSpanWidth : spanWidth,
                Qt::SolidLine, Qt::RoundCap);
}

// Spans of one style share a pen; emphasised ones sort last, to be drawn over the others.
auto styleKey(const TimelineSpans::Span &span)
{
    return std::make_tuple(span.emphasized && !span.open, span.open, int(span.stance));
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
    for (const int index : std::as_const(m_order))
        m_spans.append(spans.at(index));
    m_linesValid = false;
    update();
}

void TimelineSpans::setEmphasized(const QList<bool> &emphasized)
{
    QList<Span> spans(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        spans[m_order.at(i)] = m_spans.at(i);
        spans[m_order.at(i)].emphasized = emphasized.value(m_order.at(i));
    }
    setSpans(std::move(spans), m_reference);
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
// so there are never more lines than pixels; lines outside the plot are left out.
void TimelineSpans::computeLines(const ChartMapping &mapping)
{
    m_lines.clear();
    m_linesMapping = mapping;
    m_linesValid = true;
    const auto x = [&mapping](qint64 ms) { return mapping.x(ms); };
    const auto pixelRow = [&mapping](qreal y) { return qRound(mapping.y(y)); };
    QList<std::pair<qreal, qreal>> row;
    qsizetype i = 0;
    while (i < m_spans.size()) {
        const qsizetype first = i;
        const auto style = styleKey(m_spans.at(first));
        const int pixelY = pixelRow(m_spans.at(first).y);
        row.clear();
        bool sorted = true;
        for (; i < m_spans.size() && styleKey(m_spans.at(i)) == style
             && pixelRow(m_spans.at(i).y) == pixelY;
             ++i) {
            const std::pair<qreal, qreal> extent(x(m_spans.at(i).startMs), x(m_spans.at(i).endMs));
            sorted = sorted && (row.isEmpty() || row.last().first <= extent.first);
            row.append(extent);
        }
        if (!sorted)
            std::sort(row.begin(), row.end());
        const qreal y = mapping.y(m_spans.at(first).y);
        const auto addLine = [&](qreal from, qreal to) {
            if (to >= mapping.plot.left() && from <= mapping.plot.right())
                m_lines.append({from, to, y, first});
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
}

void TimelineSpans::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_spans.isEmpty() || !m_reference) {
        m_lines.clear();
        return;
    }
    const ChartMapping mapping = ChartMapping::of(m_chart, m_reference);
    if (!m_linesValid || mapping != m_linesMapping)
        computeLines(mapping);
    painter->save();
    painter->setClipRect(mapping.plot);
    painter->setRenderHint(QPainter::Antialiasing);
    qsizetype style = -1;
    for (const Line &line : std::as_const(m_lines)) {
        if (style < 0 || styleKey(m_spans.at(line.style)) != styleKey(m_spans.at(style))) {
            style = line.style;
            painter->setPen(penFor(m_spans.at(style)));
        }
        painter->drawLine(QPointF(line.from, line.y), QPointF(line.to, line.y));
    }
    painter->restore();
}
