#include "views/timelinechartview.h"

#include "models/selection.h"
#include "views/plaintext.h"
#include "views/stancestyle.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal pointSize = 11;
constexpr qreal emphasizedPointSize = 17;
constexpr qreal spanWidth = 6;
constexpr qreal emphasizedSpanWidth = 10;
constexpr qreal openSpanWidth = 2.5;
constexpr int hitTolerance = 8;     // pixels
constexpr int laneLabelWidth = 190; // pixels

QScatterSeries::MarkerShape shapeOf(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return QScatterSeries::MarkerShapeCircle;
    case Stance::Denial:
        return QScatterSeries::MarkerShapeRectangle;
    case Stance::Reaction:
        return QScatterSeries::MarkerShapeTriangle;
    case Stance::Context:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case Stance::Status:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Where a mark's handle is: the point itself, the middle of a closed span, or the known end
// of a span whose other end is open or unknown.
qint64 handleOf(const TimelineMark &mark)
{
    if (mark.openStart)
        return mark.endMs;
    if (mark.openEnd)
        return mark.startMs;
    return mark.startMs + (mark.endMs - mark.startMs) / 2;
}

} // namespace

TimelineChartView::TimelineChartView(Selection *selection, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_selection(selection)
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
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // The axes live as long as the view: a rebuild changes their ranges and lanes. (Removing
    // and deleting axes left their labels on screen in a real window.)
    m_timeAxis = new QDateTimeAxis(chart());
    m_laneAxis = new QCategoryAxis(chart());
    m_laneAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_laneAxis->setStartValue(-0.5);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_laneAxis, Qt::AlignLeft);
    connect(m_timeAxis, &QDateTimeAxis::rangeChanged, this, &TimelineChartView::adaptAxisLabels);
    connect(m_selection, &Selection::changed, this, &TimelineChartView::updateEmphasis);
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
}

void TimelineChartView::rebuild()
{
    chart()->removeAllSeries();
    m_pointSeries.clear();
    m_marksOfSeries.clear();
    m_seriesOfMark.clear();
    m_spanOfMark.clear();
    m_emphasisSeries.clear();
    m_selectionRing = nullptr;
    const QStringList oldLanes = m_laneAxis->categoriesLabels();
    for (const QString &label : oldLanes)
        m_laneAxis->remove(label);
    applyTheme();

    m_layout = TimelineLayout::build(m_dataset, m_laneMode);
    m_timeAxis->setVisible(!m_layout.isEmpty());
    m_laneAxis->setVisible(!m_layout.isEmpty());
    if (m_layout.isEmpty())
        return;

    const QColor text = palette().color(QPalette::Text);
    m_timeAxis->setLabelsColor(text);
    m_laneAxis->setLabelsColor(text);
    // Labels are elided here, to a width that leaves a narrow chart most of its plot. Qt Charts
    // drops a label that is not well inside its lane's height, so short lanes get a smaller font.
    QFont laneFont = font();
    const qreal plotHeight
            = chart()->plotArea().height() > 0 ? chart()->plotArea().height() : height() * 0.6;
    const qreal laneHeight = plotHeight / std::max<qsizetype>(m_layout.laneLabels.size(), 1);
    const qreal needed = QFontMetricsF(laneFont).height() * 1.8;
    if (laneHeight < needed)
        laneFont.setPointSizeF(std::max(6.0, laneFont.pointSizeF() * laneHeight / needed));
    m_laneAxis->setLabelsFont(laneFont);
    const QFontMetrics metrics(laneFont);
    const int labelWidth = std::min(laneLabelWidth, width() / 4);
    for (qsizetype lane = m_layout.laneLabels.size() - 1; lane >= 0; --lane) {
        const QString label
                = metrics.elidedText(m_layout.laneLabels.at(lane), Qt::ElideRight, labelWidth);
        m_laneAxis->append(PlainText::chartLabel(label), m_layout.laneY(int(lane)) + 0.5);
    }
    m_laneAxis->setRange(-0.5, m_layout.laneLabels.size() - 0.5);

    for (const Stance stance : StanceStyle::allStances()) {
        const bool present
                = std::any_of(m_layout.marks.cbegin(), m_layout.marks.cend(),
                              [stance](const TimelineMark &m) { return m.stance == stance; });
        if (!present)
            continue;
        auto *series = new QScatterSeries(chart());
        series->setName(StanceStyle::pluralLabel(stance));
        series->setMarkerShape(shapeOf(stance));
        series->setMarkerSize(pointSize);
        series->setColor(StanceStyle::color(stance));
        series->setBorderColor(palette().color(QPalette::Base));
        m_pointSeries.insert(int(stance), series);
    }

    QList<QAbstractSeries *> spans;
    for (int i = 0; i < m_layout.marks.size(); ++i) {
        const TimelineMark &mark = m_layout.marks.at(i);
        // Every mark has a handle in its stance's shape, so a stance never shows by colour
        // alone; a span is drawn behind its handle.
        QScatterSeries *points = m_pointSeries.value(int(mark.stance));
        points->append(qreal(handleOf(mark)), mark.y);
        m_marksOfSeries[points].append(i);
        m_seriesOfMark.insert(i, points);
        if (mark.isPoint)
            continue;
        auto *line = new QLineSeries(chart());
        const bool open = mark.openStart || mark.openEnd;
        line->setPen(QPen(StanceStyle::color(mark.stance), open ? openSpanWidth : spanWidth,
                          open ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
        line->append(qreal(mark.startMs), mark.y);
        line->append(qreal(mark.endMs), mark.y);
        m_marksOfSeries[line] = {i, i};
        m_spanOfMark.insert(i, line);
        spans.append(line);
    }

    // Spans first, so the points and the selection ring are drawn over them.
    for (QAbstractSeries *series : std::as_const(spans))
        chart()->addSeries(series);
    for (const Stance stance : StanceStyle::allStances()) {
        QScatterSeries *series = m_pointSeries.value(int(stance));
        if (!series)
            continue;
        chart()->addSeries(series);
        auto *emphasis = new QScatterSeries(chart());
        emphasis->setMarkerShape(series->markerShape());
        emphasis->setMarkerSize(emphasizedPointSize);
        emphasis->setColor(series->color());
        emphasis->setBorderColor(series->borderColor());
        m_emphasisSeries.insert(int(stance), emphasis);
        chart()->addSeries(emphasis);
    }
    m_selectionRing = new QScatterSeries(chart());
    m_selectionRing->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_selectionRing->setMarkerSize(26);
    m_selectionRing->setBrush(Qt::NoBrush);
    m_selectionRing->setPen(QPen(text, 2.5));
    chart()->addSeries(m_selectionRing);

    const auto allSeries = chart()->series();
    for (QAbstractSeries *series : allSeries) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_laneAxis);
        const bool inLegend = m_pointSeries.key(qobject_cast<QScatterSeries *>(series), -1) >= 0;
        const auto markers = chart()->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(inLegend);
    }
    resetZoom();
    adaptAxisLabels();
    updateEmphasis();
}

void TimelineChartView::adaptAxisLabels()
{
    if (m_layout.isEmpty())
        return;
    const qint64 days = m_timeAxis->min().daysTo(m_timeAxis->max());
    if (days > 3 * 365)
        m_timeAxis->setFormat(QStringLiteral("yyyy"));
    else if (days > 75)
        m_timeAxis->setFormat(QStringLiteral("MMM yyyy"));
    else
        m_timeAxis->setFormat(QStringLiteral("d MMM yyyy"));
    const int ticks = std::clamp(int(chart()->plotArea().width() / 110), 2, 12);
    m_timeAxis->setTickCount(ticks);
}

void TimelineChartView::updateEmphasis()
{
    if (!m_selectionRing)
        return;
    const QString actorId = m_selection->actorId();
    const QString statementId = m_selection->statementId();
    const auto emphasized = [&](const TimelineMark &mark) {
        return mark.actorId == actorId || mark.statementId == statementId;
    };
    // Emphasised handles are drawn again, larger, by a second series of the same shape (a
    // per-point size would lose the shape in Qt Charts 6.4).
    for (QScatterSeries *series : std::as_const(m_emphasisSeries))
        series->clear();
    for (int i = 0; i < m_layout.marks.size(); ++i) {
        const TimelineMark &mark = m_layout.marks.at(i);
        if (emphasized(mark))
            m_emphasisSeries.value(int(mark.stance))->append(qreal(handleOf(mark)), mark.y);
        if (QLineSeries *span = m_spanOfMark.value(i); span && !mark.openStart && !mark.openEnd) {
            QPen pen = span->pen();
            pen.setWidthF(emphasized(mark) ? emphasizedSpanWidth : spanWidth);
            span->setPen(pen);
        }
    }

    m_selectionRing->clear();
    const int selected = m_layout.indexOf(statementId);
    if (selected >= 0) {
        const TimelineMark &mark = m_layout.marks.at(selected);
        m_selectionRing->append(qreal(handleOf(mark)), mark.y);
    }
}

qreal TimelineChartView::markEmphasis(const QString &statementId) const
{
    const int index = m_layout.indexOf(statementId);
    if (index < 0)
        return 0;
    const TimelineMark &mark = m_layout.marks.at(index);
    const QScatterSeries *emphasis = m_emphasisSeries.value(int(mark.stance));
    const QPointF handle(qreal(handleOf(mark)), mark.y);
    return emphasis->points().contains(handle)
            ? emphasis->markerSize()
            : m_pointSeries.value(int(mark.stance))->markerSize();
}

QPoint TimelineChartView::markPosition(const QString &statementId) const
{
    const int index = m_layout.indexOf(statementId);
    if (index < 0 || m_pointSeries.isEmpty())
        return {};
    const TimelineMark &mark = m_layout.marks.at(index);
    return toViewport(qreal(handleOf(mark)), mark.y).toPoint();
}

QString TimelineChartView::markToolTip(const QString &statementId) const
{
    const Statement *statement = m_dataset.statement(statementId);
    if (!statement)
        return {};
    const Actor *actor = m_dataset.actor(statement->actor);
    return tr("%1 — %2\n%3\n%4")
            .arg(actor ? actor->name : statement->actor, StanceStyle::label(statement->stance),
                 statement->date.toDisplayString(), statement->text);
}

QPointF TimelineChartView::toViewport(qreal ms, qreal y) const
{
    const QPointF scenePoint
            = chart()->mapToPosition(QPointF(ms, y), m_pointSeries.begin().value());
    return mapFromScene(chart()->mapToScene(scenePoint));
}

int TimelineChartView::markAtPosition(const QPoint &position) const
{
    if (m_pointSeries.isEmpty() || !chart()->plotArea().contains(mapToScene(position)))
        return -1;
    int best = -1;
    qreal bestDistance = hitTolerance + 1;
    for (int i = 0; i < m_layout.marks.size(); ++i) {
        const TimelineMark &mark = m_layout.marks.at(i);
        const QPointF start = toViewport(qreal(mark.startMs), mark.y);
        const QPointF end = toViewport(qreal(mark.endMs), mark.y);
        const QPointF handle = toViewport(qreal(handleOf(mark)), mark.y);
        qreal distance = QLineF(handle, position).length();
        if (!mark.isPoint && position.x() >= start.x() && position.x() <= end.x())
            distance = std::min(distance, std::abs(position.y() - start.y()));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

void TimelineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Lane labels are elided to the width and sized to the height: rebuild when they change.
    if (std::min(laneLabelWidth, event->oldSize().width() / 4)
                != std::min(laneLabelWidth, width() / 4)
        || event->oldSize().height() != height())
        rebuild();
    adaptAxisLabels();
}

void TimelineChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}
