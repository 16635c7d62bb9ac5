#pragma once

#include "models/dataset.h"
#include "models/selection.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>
#include <QTextObjectInterface>

#include <memory>

class QPainter;
class TimelineChartView;

// The report's timeline: a chart view of its own, never shown on screen, light whatever the
// program's theme, with one lane per actor and no legend (the report writes the legend as
// text). It paints as vector content into any painter: a PDF page or an SVG.
class ReportChart
{
public:
    explicit ReportChart(const Dataset &dataset);
    ~ReportChart();
    Q_DISABLE_COPY_MOVE(ReportChart)

    // The size the chart is laid out at, in logical pixels; paint() scales it to its target.
    QSize size() const;
    void paint(QPainter *painter, const QRectF &target) const;

    // Cuts the chart between its lanes into slices for pages, each with the date axis under its
    // lanes: the first slice at most firstHeight tall (else it starts a page), the others at
    // most pageHeight. One slice, the whole chart, when it fits in firstHeight. In the chart's
    // pixels, like the slices' sizes. True when the first slice starts a page.
    bool slice(int firstHeight, int pageHeight);
    qsizetype sliceCount() const { return m_slices.size(); }
    QSize sliceSize(qsizetype slice) const;
    void paintSlice(QPainter *painter, const QRectF &target, qsizetype slice) const;
    // A standalone SVG document of the chart.
    QByteArray svg(const QString &title, const QString &description) const;

private:
    // Where a slice's lanes begin and end in the chart; a slice that ends above the date axis
    // has the axis drawn under it.
    struct Slice
    {
        int top = 0;
        int bottom = 0;
    };
    int axisTop() const;

    Selection m_selection;
    std::unique_ptr<TimelineChartView> m_view;
    qsizetype m_lanes = 0;
    QList<Slice> m_slices;
};

// Draws the chart's slices where the report's HTML has an <img> of one, in place of
// QTextDocument's own image handler, so the chart stays vector in the PDF. Any other image is
// left empty: a report never loads a picture from anywhere.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ReportChartObject(const ReportChart *chart, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

private:
    const ReportChart *m_chart;
};
