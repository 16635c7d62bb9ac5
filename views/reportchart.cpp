#include "views/reportchart.h"

#include "views/itemcachepause.h"
#include "views/reporthtml.h"
#include "views/theme.h"
#include "views/timelinechartview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextImageFormat>

#include <algorithm>

namespace {

constexpr int chartWidth = 820;
constexpr int laneHeight = 24;
constexpr int axesHeight = 70;
constexpr int minimumHeight = 200;

} // namespace

ReportChart::ReportChart(const Dataset &dataset)
    : m_view(std::make_unique<TimelineChartView>(&m_selection))
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPalette(paletteFor(Theme::Light));
    const qsizetype lanes
            = TimelineLayout::build(dataset, TimelineLayout::LaneMode::Actor).laneLabels.size();
    m_view->resize(chartWidth, std::max(minimumHeight, axesHeight + int(lanes) * laneHeight));
    // Shown (never on screen) so the chart lays itself out in its size before the data arrives.
    m_view->show();
    QCoreApplication::processEvents();
    m_view->chart()->legend()->hide();
    m_view->setDataset(dataset);
    QCoreApplication::processEvents();
}

ReportChart::~ReportChart() = default;

QSize ReportChart::size() const
{
    return m_view->size();
}

void ReportChart::paint(QPainter *painter, const QRectF &target) const
{
    const ItemCachePause drawnAnew(m_view.get(), *painter);
    m_view->render(painter, target, m_view->viewport()->rect(), Qt::IgnoreAspectRatio);
}

QByteArray ReportChart::svg(const QString &title, const QString &description) const
{
    QBuffer buffer;
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size());
    generator.setViewBox(QRect(QPoint(), size()));
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter(&generator);
    paint(&painter, QRectF(QPointF(), size()));
    painter.end();
    return buffer.data();
}

ReportChartObject::ReportChartObject(const ReportChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{ }

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    return QSizeF(image.width(), image.height());
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    if (format.toImageFormat().name() == ReportHtml::chartSource)
        m_chart->paint(painter, rect);
}
