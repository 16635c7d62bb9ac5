#pragma once

#include "models/dataset.h"
#include "views/chartmapping.h"
#include "views/pixellayer.h"

#include <QGraphicsItem>
#include <QList>

class QAbstractSeries;
class QBrush;
class QChart;
class QPen;

// The timeline's spans (statements dated coarser than a day), drawn by one item in the chart
// rather than one line series each: Qt Charts slows to a crawl with thousands of series. Spans
// that fall on the same pixels of a lane are drawn once, so painting stays bounded by the
// plot's size however many statements there are.
class TimelineSpans final : public QGraphicsItem
{
public:
    struct Span
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        qreal y = 0;
        Stance stance = Stance::Claim;
        bool open = false; // an open or unknown end: drawn thin and dashed
        bool emphasized = false;
    };

    // Spans are mapped to the plot as the reference series is, through its axes.
    explicit TimelineSpans(QChart *chart);

    void setSpans(QList<Span> spans, QAbstractSeries *reference);
    void setEmphasized(const QList<bool> &emphasized); // in the order of setSpans
    void clear();
    int count() const { return int(m_spans.size()); }
    // How many lines the last paint drew after joining the spans that share pixels.
    int linesDrawn() const { return int(m_lines.size() + m_emphasizedLines.size()); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Line
    {
        qreal from = 0;
        qreal to = 0;
        qreal y = 0;
        qsizetype style = 0; // the index of a span that has the line's pen
    };
    QList<Line> joinedLines(const QList<qsizetype> &spans, const ChartMapping &mapping) const;
    // Where the lines are drawn when emphasised; null for none.
    static QRectF boundsOf(const QList<Line> &lines);
    void paintLines(QPainter *painter) const;
    void paintRectangles(QPainter *painter, const QList<Line> &lines, bool emphasized) const;
    static QBrush dashBrush(const QPen &pen);

    QChart *m_chart;
    QAbstractSeries *m_reference = nullptr;
    QList<Span> m_spans;           // sorted by style, y and start, so a row's spans are adjacent
    QList<int> m_order;            // m_order[i]: the index given to setSpans of m_spans[i]
    QList<qsizetype> m_emphasized; // indexes in m_spans of the emphasised closed spans
    // The lines of the last paint, kept until the spans or the mapping change.
    QList<Line> m_lines;
    QList<Line> m_emphasizedLines;
    ChartMapping m_linesMapping;
    bool m_linesValid = false;
    PixelLayer m_layer; // m_lines, as drawn on the last pixel device
};
