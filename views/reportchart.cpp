#include "views/reportchart.h"

#include "views/itemcachepause.h"
#include "views/reporthtml.h"
#include "views/theme.h"
#include "views/timelinechartview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextImageFormat>

#include <algorithm>
#include <cmath>

namespace {

constexpr int chartWidth = 820;
constexpr int laneHeight = 24;
constexpr int axesHeight = 70;
constexpr int minimumHeight = 200;

// While it lives, the items of a view that lie wholly outside a band of it are hidden (a group's
// bounds may say nothing of its children: only items without children are): the view
// renders every item of its scene, and a PDF keeps the text it clips, which a reader's search
// would find on the wrong page.
class OutsideHidden
{
public:
    OutsideHidden(QGraphicsView *view, const QRect &band)
    {
        const QRectF scene = view->mapToScene(band).boundingRect();
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (item->childItems().isEmpty() && item->isVisible()
                && !item->sceneBoundingRect().intersects(scene)) {
                item->hide();
                m_hidden.append(item);
            }
        }
    }
    ~OutsideHidden()
    {
        for (QGraphicsItem *item : std::as_const(m_hidden))
            item->show();
    }
    Q_DISABLE_COPY_MOVE(OutsideHidden)

private:
    QList<QGraphicsItem *> m_hidden;
};

} // namespace

ReportChart::ReportChart(const Dataset &dataset)
    : m_view(std::make_unique<TimelineChartView>(&m_selection))
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->setPalette(paletteFor(Theme::Light));
    m_lanes = TimelineLayout::build(dataset, TimelineLayout::LaneMode::Actor).laneLabels.size();
    m_view->resize(chartWidth, std::max(minimumHeight, axesHeight + int(m_lanes) * laneHeight));
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

int ReportChart::axisTop() const
{
    return int(std::lround(m_view->chart()->plotArea().bottom()));
}

bool ReportChart::slice(int firstHeight, int pageHeight)
{
    const int height = size().height();
    m_slices.clear();
    const QRectF plot = m_view->chart()->plotArea();
    const qreal pitch = plot.height() / qreal(std::max<qsizetype>(1, m_lanes));
    const int axis = height - axisTop();
    int top = 0;
    int room = firstHeight;
    bool firstStartsPage = false;
    while (height - top > room) {
        // The lanes that fit above the axis, below what the slice starts with: the chart's
        // title margin in the first slice.
        const qreal firstLane = std::max(0.0, std::round((top - plot.top()) / pitch));
        const int above = int(std::lround(plot.top() + firstLane * pitch)) - top;
        int lanes = int((room - axis - std::max(0, above)) / pitch);
        if (lanes < 1 && room < pageHeight) {
            room = pageHeight; // no lane fits where the first slice would start: start a page
            firstStartsPage = true;
            continue;
        }
        lanes = std::max(lanes, 1);
        const int bottom = int(std::lround(plot.top() + (firstLane + lanes) * pitch));
        if (bottom >= axisTop())
            break;
        m_slices.append({top, bottom});
        top = bottom;
        room = pageHeight;
    }
    m_slices.append({top, height});
    return firstStartsPage;
}

QSize ReportChart::sliceSize(qsizetype slice) const
{
    const Slice &part = m_slices.at(slice);
    const int axis = part.bottom < size().height() ? size().height() - axisTop() : 0;
    return QSize(size().width(), part.bottom - part.top + axis);
}

void ReportChart::paintSlice(QPainter *painter, const QRectF &target, qsizetype slice) const
{
    const Slice &part = m_slices.at(slice);
    if (part.top == 0 && part.bottom == size().height()) {
        paint(painter, target);
        return;
    }
    const ItemCachePause drawnAnew(m_view.get(), *painter);
    const qreal scale = target.width() / size().width();
    const auto draw = [this, painter, &target, scale](int top, int bottom, qreal y) {
        const QRectF to(target.left(), y, target.width(), (bottom - top) * scale);
        painter->save();
        painter->setClipRect(to, Qt::IntersectClip);
        const QRect band(0, top, size().width(), bottom - top);
        const OutsideHidden onlyBand(m_view.get(), band);
        m_view->render(painter, to, band, Qt::IgnoreAspectRatio);
        painter->restore();
        return to.bottom();
    };
    const qreal lanesBottom = draw(part.top, part.bottom, target.top());
    if (part.bottom < size().height())
        draw(axisTop(), size().height(), lanesBottom);
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
    const int slice = ReportHtml::chartSliceOf(format.toImageFormat().name());
    if (slice >= 0 && slice < m_chart->sliceCount())
        m_chart->paintSlice(painter, rect, slice);
}
