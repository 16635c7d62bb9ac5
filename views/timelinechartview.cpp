#include "views/timelinechartview.h"

#include "models/selection.h"
#include "views/lanegrid.h"
#include "views/lanelabels.h"
#include "views/stancestyle.h"
#include "views/timelinehandles.h"
#include "views/timelinespans.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QResizeEvent>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace {

constexpr int laneLabelWidth = 190; // pixels

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

TimelineChartView::TimelineChartView(Selection *selection, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_selection(selection)
    , m_laneLabels(std::make_unique<LaneLabels>(chart()))
    , m_spans(new TimelineSpans(chart()))
    , m_handles(new TimelineHandles(chart()))
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Statements over time, one lane per actor or per stance. Left "
                                "and Right step through the statements; plus and minus zoom; "
                                "0 fits everything."));
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // The legend spans the whole width under the chart, not just the part right of the lane
    // names' margin, so a narrow chart does not cut its words short.
    chart()->legend()->detachFromChart();
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // The axes live as long as the view: a rebuild changes their ranges and lanes. (Removing
    // and deleting axes left their labels on screen in a real window.)
    m_timeAxis = new QDateTimeAxis(chart());
    m_laneAxis = new QCategoryAxis(chart());
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setStartValue(-0.5);
    m_laneAxis->setLabelsVisible(false);
    m_laneAxis->setGridLineVisible(false);
    m_laneGrid = new LaneGrid(chart(), m_laneAxis);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_laneAxis, Qt::AlignLeft);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &TimelineChartView::adaptAxisLabels);
    const auto redrawMarks = [this] {
        m_spans->update();
        m_handles->update();
    };
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, redrawMarks);
    // The grid, the spans and the handles cover the plot: where it was is repainted too.
    connect(chart(), &QChart::plotAreaChanged, this, [this] { chart()->update(); });
    connect(chart(), &QChart::plotAreaChanged, this, &TimelineChartView::placeLabelsAndLegend);
    connect(chart(), &QChart::plotAreaChanged, this, &TimelineChartView::adaptAxisLabels);
    // Changing the axes' ranges while the chart lays itself out is not safe: the grid waits a
    // moment.
    connect(chart(), &QChart::plotAreaChanged, this, &TimelineChartView::updateLaneGrid,
            Qt::QueuedConnection);
    // A detached legend shrinks itself to its size hint when its series change: put it back.
    connect(chart()->legend(), &QGraphicsWidget::geometryChanged, this,
            &TimelineChartView::placeLegend);
    connect(m_selection, &Selection::changed, this, &TimelineChartView::updateEmphasis);
}

TimelineChartView::~TimelineChartView() = default;

int TimelineChartView::legendHeight() const
{
    if (!chart()->legend()->isVisible())
        return 0;
    return int(std::ceil(std::max(chart()->legend()->effectiveSizeHint(Qt::MinimumSize).height(),
                                  QFontMetricsF(font()).height() + 12)));
}

void TimelineChartView::placeLabelsAndLegend()
{
    m_laneLabels->place(chart()->plotArea());
    placeLegend();
}

void TimelineChartView::placeLegend()
{
    const QSizeF size = chart()->size();
    const int height = legendHeight();
    const QRectF wanted(4, size.height() - 4 - height, size.width() - 8, height);
    if (chart()->legend()->geometry() == wanted)
        return;
    chart()->legend()->setGeometry(wanted);
    chart()->legend()->update();
}

void TimelineChartView::setDataset(const Dataset &dataset)
{
    m_dataset = dataset;
    rebuild();
}

void TimelineChartView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    rebuild();
    emit laneModeChanged(mode);
}

TimelineChartView::Layer TimelineChartView::layerOf(Stance stance)
{
    return stance == Stance::Context || stance == Stance::Status ? Layer::Context : Layer::Disputed;
}

bool TimelineChartView::isLayerVisible(Layer layer) const
{
    return layoutOptions().shows(layer);
}

void TimelineChartView::setLayerVisible(Layer layer, bool visible)
{
    if (isLayerVisible(layer) == visible)
        return;
    (layer == Layer::Disputed ? m_disputedVisible : m_contextVisible) = visible;
    rebuild();
}

void TimelineChartView::resetZoom()
{
    if (!m_layout.isEmpty()) {
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_layout.minMs),
                             QDateTime::fromMSecsSinceEpoch(m_layout.maxMs));
    }
}

void TimelineChartView::applyTheme()
{
    chart()->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().brush(QPalette::Base));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setLabelColor(palette().color(QPalette::Text));
    chart()->setFont(font());
    chart()->legend()->setFont(font());
    m_laneGrid->setPen(m_laneAxis->gridLinePen());
}

TimelineChartView::LayoutOptions TimelineChartView::layoutOptions() const
{
    return {m_laneMode, m_disputedVisible, m_contextVisible};
}

TimelineLayout TimelineChartView::layoutOf(const Dataset &dataset, const LayoutOptions &options,
                                           const DatasetLinks *links)
{
    if (options.disputedVisible && options.contextVisible)
        return TimelineLayout::build(dataset, options.laneMode, links);
    // The links give positions in all the statements, not in those shown.
    Dataset shown = dataset;
    shown.statements.removeIf([&options](const Statement &statement) {
        return !options.shows(layerOf(statement.stance));
    });
    return TimelineLayout::build(shown, options.laneMode);
}

void TimelineChartView::setDataset(const Dataset &dataset, const TimelineLayout &layout,
                                   const LayoutOptions &madeWith)
{
    m_dataset = dataset;
    if (madeWith == layoutOptions()) {
        m_layout = layout;
        showLayout();
    } else {
        rebuild();
    }
}

void TimelineChartView::rebuild()
{
    m_layout = layoutOf(m_dataset, layoutOptions());
    showLayout();
}

void TimelineChartView::showLayout()
{
    chart()->removeAllSeries();
    m_pointSeries.clear();
    m_spans->clear();
    m_handles->clear();
    m_emphasized.clear();
    m_spanMarks.clear();
    m_reference = nullptr;
    updateLaneGrid();
    applyTheme();
    m_timeAxis->setVisible(!m_layout.isEmpty());
    m_laneAxis->setVisible(!m_layout.isEmpty());
    if (m_layout.isEmpty()) {
        m_laneLabels->setLabels({}, font(), QColor(), 0);
        return;
    }

    const QColor text = palette().color(QPalette::Text);
    m_timeAxis->setLabelsColor(text);
    m_laneAxis->setLabelsColor(text);
    for (const Stance stance : StanceStyle::allStances()) {
        const bool present
                = std::any_of(m_layout.marks.cbegin(), m_layout.marks.cend(),
                              [stance](const TimelineMark &m) { return m.stance == stance; });
        if (!present)
            continue;
        auto *series = new QScatterSeries(chart());
        series->setName(StanceStyle::pluralLabel(stance));
        series->setMarkerShape(StanceStyle::markerShape(stance));
        series->setMarkerSize(TimelineHandles::size);
        series->setColor(StanceStyle::color(stance));
        series->setBorderColor(palette().color(QPalette::Base));
        m_pointSeries.insert(int(stance), series);
    }

    // Every mark has a handle in its stance's shape, so a stance never shows by colour alone;
    // a span is drawn behind its handle.
    // The series hold no points: they give the legend its entries. The marks are drawn by
    // m_spans and m_handles.
    QList<TimelineHandles::Handle> handles;
    QList<TimelineSpans::Span> spans;
    handles.reserve(m_layout.marks.size());
    for (qsizetype i = 0; i < m_layout.marks.size(); ++i) {
        const TimelineMark &mark = m_layout.marks.at(i);
        handles.append({mark.handleMs(), mark.y, mark.stance});
        if (!mark.isPoint) {
            spans.append({mark.startMs, mark.endMs, mark.y, mark.stance,
                          mark.openStart || mark.openEnd, false});
            m_spanMarks.append(int(i));
        }
    }
    for (const Stance stance : StanceStyle::allStances()) {
        if (QScatterSeries *series = m_pointSeries.value(int(stance)))
            chart()->addSeries(series);
    }
    // An empty series on the axes: m_spans and m_handles map their marks through it.
    m_reference = new QScatterSeries(chart());
    chart()->addSeries(m_reference);

    const auto allSeries = chart()->series();
    for (QAbstractSeries *series : allSeries) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        const bool inLegend = m_pointSeries.key(qobject_cast<QScatterSeries *>(series), -1) >= 0;
        const auto markers = chart()->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(inLegend);
    }
    // The lane axis keeps the lanes and their grid; the names are drawn by m_laneLabels, in the
    // chart's left margin, because Qt Charts would turn them into "..." in short lanes. The
    // bottom margin holds the legend, as its new entries make it.
    fitLaneLabels();
    placeLabelsAndLegend();
    m_spans->setSpans(std::move(spans), m_reference);
    m_handles->setBorderColor(palette().color(QPalette::Base));
    m_handles->setHandles(std::move(handles), m_reference);
    m_handles->setRingColor(text);
    resetZoom();
    adaptAxisLabels();
    updateEmphasis();
}

// A grid line between lanes. Where lanes are thinner than a few pixels only every few lanes get
// one: hundreds of lines a pixel apart took a third of a second to draw and showed a grey block.
void TimelineChartView::updateLaneGrid()
{
    constexpr qreal minimumSpacing = 4; // pixels between grid lines
    const int count = int(m_layout.laneLabels.size());
    const qreal height = chart()->plotArea().height() > 0 ? chart()->plotArea().height()
                                                          : qreal(viewport()->height());
    const int every = std::max(1, int(std::ceil(minimumSpacing * count / std::max(height, 1.0))));
    if (count == m_gridLanes && every == m_gridEvery)
        return;
    m_gridLanes = count;
    m_gridEvery = every;
    // Boundary i is the top of the lane drawn at y = i; the last one ends the range.
    QList<qreal> lines;
    for (int boundary = 0; boundary < count; ++boundary) {
        if ((boundary + 1) % every == 0 || boundary == count - 1)
            lines.append(boundary + 0.5);
    }
    m_laneGrid->setLines(std::move(lines));
    if (count > 0)
        m_laneAxis->setRange(-0.5, count - 0.5);
}

void TimelineChartView::adaptAxisLabels()
{
    if (m_layout.isEmpty())
        return;
    const int ticks = std::clamp(int(chart()->plotArea().width() / 110), 2, 12);
    m_timeAxis->setTickCount(ticks);
    // Labels as precise as the ticks are far apart, so no two ticks read the same.
    const qint64 daysBetweenTicks = m_timeAxis->min().daysTo(m_timeAxis->max()) / (ticks - 1);
    if (daysBetweenTicks >= 400)
        m_timeAxis->setFormat(tr("yyyy", "time axis label: a year (QDateTime format)"));
    else if (daysBetweenTicks >= 32)
        m_timeAxis->setFormat(tr("MMM yyyy", "time axis label: a month (QDateTime format)"));
    else
        m_timeAxis->setFormat(tr("d MMM yyyy", "time axis label: a day (QDateTime format)"));
}

void TimelineChartView::updateEmphasis()
{
    if (!m_reference)
        return;
    const QString actorId = m_selection->actorId();
    const QString statementId = m_selection->statementId();
    // The selected actor's marks and the selected statement's are emphasised.
    m_emphasized.fill(false, m_layout.marks.size());
    for (const int mark : m_layout.marksOfActor.value(actorId))
        m_emphasized[mark] = true;
    const int selected = m_layout.indexOf(statementId);
    if (selected >= 0)
        m_emphasized[selected] = true;
    // Through m_spanMarks, not the marks themselves: reading 100k marks took milliseconds.
    QList<bool> spans(m_spanMarks.size());
    for (qsizetype i = 0; i < m_spanMarks.size(); ++i)
        spans[i] = m_emphasized.at(m_spanMarks.at(i));
    m_handles->setEmphasized(m_emphasized);
    m_spans->setEmphasized(spans);
    m_handles->setSelected(selected);
}

// The lane names' margin follows the width.
void TimelineChartView::fitLaneLabels()
{
    const int labelWidth = std::min(laneLabelWidth, width() / 4);
    chart()->setMargins(QMargins(4 + labelWidth, 4, 4, 4 + legendHeight()));
    m_laneLabels->setLabels(m_layout.laneLabels, font(), palette().color(QPalette::Text),
                            labelWidth);
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_layout.isEmpty()
        && std::min(laneLabelWidth, event->oldSize().width() / 4)
                != std::min(laneLabelWidth, width() / 4))
        fitLaneLabels();
    placeLabelsAndLegend();
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

QStringList TimelineChartView::laneLabelsShown() const
{
    return m_laneLabels->shownLabels();
}
