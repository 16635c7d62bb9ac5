#include "views/timelinechartview.h"
#include "views/timelinehandles.h"
#include "views/timelinespans.h"

#include "datasetbuilders.h"
#include "models/selection.h"
#include "warningsareerrors.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QScreen>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

class TestTimelineChartView : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }
    void axisTicksNeverReadTheSame_data();
    void axisTicksNeverReadTheSame();
    void ticksFollowAResize_data();
    void ticksFollowAResize();
    void laneNamesSurviveShortLanes_data();
    void laneNamesSurviveShortLanes();
    void legendSpansTheChartAfterANewDataset();
    void manySpansDrawAtMostOneLinePerPixelRow();
    void manyHandlesDrawAtMostOnePerPixel();
    void selectionRingFollowsTheSelection();
    void selectionRepaintsOnlyWhatItChanges();
    void laneLinesAreDrawnAgainWhereTheyMove();
    void resizedViewLooksLikeOneMadeAtItsSize();
};

namespace {

constexpr int crowd = 3000;

// Shows a crowd of statements, s0 to s2999, all of one actor and one date: claims, or claims
// and denials in turn.
void showCrowd(TimelineChartView &view, QStringView date, bool withDenials)
{
    Dataset dataset;
    dataset.id = u"crowd"_s;
    dataset.title = u"Crowd"_s;
    dataset.actors = {makeActor(u"a"_s, u"Outlet"_s, ActorKind::Media)};
    for (int i = 0; i < crowd; ++i) {
        const Stance stance = withDenials && i % 2 == 0 ? Stance::Denial : Stance::Claim;
        dataset.statements.append(makeStatement(u"s%1"_s.arg(i), u"a"_s, stance, date, u"s"_s));
    }
    dataset.rebuildIndex();
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDataset(dataset);
    view.grab();
}

// Twelve statements in the lanes of actors a, b and c, s0 to s11.
Dataset threeLanes()
{
    Dataset dataset;
    dataset.id = u"lanes"_s;
    dataset.title = u"Lanes"_s;
    for (const QString &actor : {u"a"_s, u"b"_s, u"c"_s})
        dataset.actors.append(makeActor(actor, actor.toUpper(), ActorKind::Media));
    for (int i = 0; i < 12; ++i) {
        const QString actor = QStringList {u"a"_s, u"b"_s, u"c"_s}.at(i % 3);
        const QString date = i % 2 == 0 ? u"2025-%1-15"_s.arg(i % 12 + 1, 2, 10, QChar(u'0'))
                                        : u"2025-%1"_s.arg(i % 12 + 1, 2, 10, QChar(u'0'));
        dataset.statements.append(
                makeStatement(u"s%1"_s.arg(i), actor, Stance(i % 4), date, u"s"_s));
    }
    dataset.rebuildIndex();
    return dataset;
}

// Shows threeLanes() in view, at size, laid out and painted.
void showThreeLanes(TimelineChartView &view, QSize size = QSize(800, 300))
{
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDataset(threeLanes());
    QTest::qWait(50);
}

QImage shownOnScreen(QWidget &widget)
{
    return widget.screen()
            ->grabWindow(widget.winId())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
}

} // namespace

void TestTimelineChartView::axisTicksNeverReadTheSame_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("width");
    QTest::addRow("two months, wide") << u"2025-09-10"_s << u"2025-11-20"_s << 1200;
    QTest::addRow("three months, narrow") << u"2025-08-01"_s << u"2025-12-01"_s << 900;
    QTest::addRow("a year, wide") << u"2025-01-01"_s << u"2025-12-31"_s << 1400;
    QTest::addRow("four years, wide") << u"2022-01-01"_s << u"2026-02-02"_s << 1400;
    QTest::addRow("four years, narrow") << u"2022-01-01"_s << u"2026-02-02"_s << 400;
    QTest::addRow("twenty years") << u"2006-01-01"_s << u"2026-02-02"_s << 1400;
}

// Each tick's label is as precise as the ticks are far apart: never "Nov 2025" twice.
void TestTimelineChartView::axisTicksNeverReadTheSame()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, width);
    Dataset dataset;
    dataset.id = u"span"_s;
    dataset.title = u"Span"_s;
    dataset.actors = {makeActor(u"a"_s, u"Outlet"_s, ActorKind::Media),
                      makeActor(u"b"_s, u"Company"_s, ActorKind::Organization)};
    dataset.statements = {makeStatement(u"first"_s, u"a"_s, Stance::Claim, from, u"first"_s),
                          makeStatement(u"last"_s, u"b"_s, Stance::Denial, to, u"last"_s)};
    dataset.rebuildIndex();
    Selection selection;
    TimelineChartView view(&selection);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDataset(dataset);
    QCoreApplication::processEvents();

    const auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const int ticks = axis->tickCount();
    QVERIFY(ticks >= 2);
    const qint64 first = axis->min().toMSecsSinceEpoch();
    const qint64 step = (axis->max().toMSecsSinceEpoch() - first) / (ticks - 1);
    QSet<QString> labels;
    for (int i = 0; i < ticks; ++i)
        labels.insert(QDateTime::fromMSecsSinceEpoch(first + i * step).toString(axis->format()));
    QCOMPARE(labels.size(), ticks);
}

void TestTimelineChartView::ticksFollowAResize_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addRow("narrower") << 1400 << 500;
    QTest::addRow("wider") << 500 << 1400;
}

// After a resize the time axis has as many ticks as a chart made at the new size.
void TestTimelineChartView::ticksFollowAResize()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const Dataset dataset = threeLanes();
    Selection selection;
    TimelineChartView resized(&selection);
    TimelineChartView made(&selection);
    resized.resize(from, 400);
    made.resize(to, 400);
    for (TimelineChartView *view : {&resized, &made}) {
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        view->setDataset(dataset);
    }
    QTest::qWait(50);
    resized.resize(to, 400);
    const auto ticks = [](const TimelineChartView &view) {
        return qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0))
                ->tickCount();
    };
    QTRY_COMPARE(ticks(resized), ticks(made));
}

void TestTimelineChartView::laneNamesSurviveShortLanes_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("everyLaneNamed");
    QTest::addRow("tall") << 700 << true;
    QTest::addRow("short") << 300 << true;
    QTest::addRow("tiny") << 160 << false;
}

// Qt Charts' own category labels turned every name into "..." once lanes were short.
void TestTimelineChartView::laneNamesSurviveShortLanes()
{
    QFETCH(int, height);
    QFETCH(bool, everyLaneNamed);
    Dataset dataset;
    dataset.id = u"lanes"_s;
    dataset.title = u"Lanes"_s;
    for (int i = 0; i < 12; ++i) {
        const QString id = u"actor-%1"_s.arg(i);
        dataset.actors.append(makeActor(id, u"Actor %1"_s.arg(i), ActorKind::Person));
        dataset.statements.append(makeStatement(u"s-%1"_s.arg(i), id, Stance::Claim,
                                                u"2026-02-%1"_s.arg(i + 1, 2, 10, QChar(u'0')),
                                                u"text"_s));
    }
    dataset.rebuildIndex();
    Selection selection;
    TimelineChartView view(&selection);
    view.resize(900, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDataset(dataset);
    QCoreApplication::processEvents();

    const QStringList shown = view.laneLabelsShown();
    QCOMPARE(shown.size(), 12);
    int named = 0;
    for (int lane = 0; lane < shown.size(); ++lane) {
        if (shown.at(lane).isEmpty())
            continue;
        QCOMPARE(shown.at(lane), u"Actor %1"_s.arg(lane));
        ++named;
    }
    if (everyLaneNamed)
        QCOMPARE(named, 12);
    else
        QVERIFY2(named >= 3 && named < 12, qPrintable(QString::number(named)));
    QVERIFY(!shown.first().isEmpty());
}

// A merge that brings new stances rebuilt the legend, which then shrank to a sliver.
void TestTimelineChartView::legendSpansTheChartAfterANewDataset()
{
    Dataset first;
    first.id = u"first"_s;
    first.title = u"First"_s;
    first.actors = {makeActor(u"a"_s, u"Outlet"_s, ActorKind::Media)};
    first.statements = {makeStatement(u"c"_s, u"a"_s, Stance::Claim, u"2026-02-01", u"c"_s)};
    first.rebuildIndex();
    Dataset second = first;
    int day = 1;
    for (const Stance stance :
         {Stance::Denial, Stance::Reaction, Stance::Context, Stance::Status}) {
        ++day;
        second.statements.append(makeStatement(u"s%1"_s.arg(day), u"a"_s, stance,
                                               u"2026-02-%1"_s.arg(day, 2, 10, QChar(u'0')),
                                               u"s"_s));
    }
    second.rebuildIndex();

    Selection selection;
    TimelineChartView view(&selection);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDataset(first);
    QCoreApplication::processEvents();
    view.setDataset(second);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const QRectF legend = view.chart()->legend()->geometry();
    QCOMPARE(legend.width(), view.chart()->size().width() - 8);
    QVERIFY(legend.bottom() <= view.chart()->size().height());
    const auto markers = view.chart()->legend()->markers();
    const auto shown
            = std::count_if(markers.cbegin(), markers.cend(),
                            [](const QLegendMarker *marker) { return marker->isVisible(); });
    QCOMPARE(shown, 5);
}

// Thousands of statements dated to the same year, staggered in one lane: the chart draws what
// fits its pixels, not one line per statement.
void TestTimelineChartView::manySpansDrawAtMostOneLinePerPixelRow()
{
    Selection selection;
    TimelineChartView view(&selection);
    showCrowd(view, u"2025", false);
    QCOMPARE(view.spans()->count(), crowd);
    QVERIFY(view.spans()->linesDrawn() >= 1);
    QVERIFY2(view.spans()->linesDrawn() <= view.chart()->plotArea().height(),
             qPrintable(QString::number(view.spans()->linesDrawn())));

    // The selected span is drawn again on its own, wider, over the others.
    const int before = view.spans()->linesDrawn();
    selection.selectStatement(u"s1500"_s, {});
    view.grab();
    QCOMPARE(view.spans()->linesDrawn(), before + 1);
}

// Thousands of statements of one day and one actor: a handle is drawn once per pixel, and the
// selected statement's handle is drawn larger over the others.
void TestTimelineChartView::manyHandlesDrawAtMostOnePerPixel()
{
    Selection selection;
    TimelineChartView view(&selection);
    showCrowd(view, u"2026-02-02", true);
    QCOMPARE(view.handles()->count(), crowd);
    QVERIFY(view.handles()->drawn() >= 2);
    // One column of handles, at most one of each stance per pixel row.
    QVERIFY2(view.handles()->drawn() <= 2 * view.chart()->plotArea().height(),
             qPrintable(QString::number(view.handles()->drawn())));

    const int before = view.handles()->drawn();
    selection.selectStatement(u"s1501"_s, {});
    view.grab();
    QCOMPARE(view.markEmphasis(u"s1501"_s), TimelineHandles::emphasizedSize);
    QCOMPARE(view.markEmphasis(u"s1500"_s), TimelineHandles::size);
    QCOMPARE(view.handles()->drawn(), before + 1);
}

void TestTimelineChartView::selectionRingFollowsTheSelection()
{
    Selection selection;
    TimelineChartView view(&selection);
    showCrowd(view, u"2026-02-02", false);
    QCOMPARE(view.handles()->selected(), -1);
    for (const QString &id : {u"s1500"_s, u"s1501"_s, u"s7"_s}) {
        selection.selectStatement(id, u"a"_s);
        QCOMPARE(view.handles()->selected(), view.layout().indexOf(id));
    }
    selection.selectActor(u"a"_s);
    QCOMPARE(view.handles()->selected(), -1);
}

// A selection repaints only where emphasised marks were or now are; the window shows what a
// repaint of all of it would.
void TestTimelineChartView::selectionRepaintsOnlyWhatItChanges()
{
    Selection selection;
    TimelineChartView view(&selection);
    showThreeLanes(view);

    const std::function<void()> selections[] {
            [&] { selection.selectActor(u"a"_s); },
            [&] { selection.selectStatement(u"s4"_s, u"b"_s); },
            [&] { selection.selectStatement(u"s5"_s, u"c"_s); },
            [&] { selection.clear(); },
    };
    for (const auto &select : selections) {
        select();
        QTRY_COMPARE(shownOnScreen(view),
                     view.grab().toImage().convertToFormat(QImage::Format_RGB32));
    }
}

// The lines between lanes are drawn once and then copied: new lanes, or a resize, draw them
// again where they now are.
void TestTimelineChartView::laneLinesAreDrawnAgainWhereTheyMove()
{
    Selection selection;
    TimelineChartView changed(&selection);
    showThreeLanes(changed);
    changed.setLaneMode(TimelineChartView::LaneMode::Stance);
    TimelineChartView byStance(&selection);
    byStance.setLaneMode(TimelineChartView::LaneMode::Stance);
    showThreeLanes(byStance);
    QTRY_COMPARE(shownOnScreen(changed), shownOnScreen(byStance));

    changed.resize(700, 420);
    TimelineChartView largerByStance(&selection);
    largerByStance.setLaneMode(TimelineChartView::LaneMode::Stance);
    showThreeLanes(largerByStance, QSize(700, 420));
    QTRY_COMPARE(shownOnScreen(changed), shownOnScreen(largerByStance));
}

// Whatever size a view had before, it lays the chart out as a view made at its size does.
void TestTimelineChartView::resizedViewLooksLikeOneMadeAtItsSize()
{
    Selection selection;
    TimelineChartView resized(&selection);
    showThreeLanes(resized);
    resized.resize(700, 420);
    TimelineChartView made(&selection);
    showThreeLanes(made, QSize(700, 420));
    QTRY_COMPARE(shownOnScreen(resized), shownOnScreen(made));
}

QTEST_MAIN(TestTimelineChartView)
#include "tst_timelinechartview.moc"
