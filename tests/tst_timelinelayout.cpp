#include "views/timelinelayout.h"

#include "datasetbuilders.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private slots:
    void pointsAndSpans();
    void openEndsRunToTheExtent();
    void actorLanesFollowTheTree();
    void stanceLanes();
    void overlappingMarksAreStaggered();
};

namespace {

Dataset sample()
{
    Dataset dataset;
    dataset.id = u"sample"_s;
    dataset.title = u"Sample"_s;
    dataset.actors = {{u"media"_s, u"Media"_s, ActorKind::Group, {}, {}, {}, {}, {}},
                      {u"ft"_s, u"Financial Times"_s, ActorKind::Media, u"media"_s, {}, {}, {}, {}},
                      {u"makers"_s, u"Automakers"_s, ActorKind::Group, {}, {}, {}, {}, {}},
                      {u"ford"_s, u"Ford"_s, ActorKind::Organization, u"makers"_s, {}, {}, {}, {}},
                      {u"truby"_s, u"Mark Truby"_s, ActorKind::Person, u"ford"_s, {}, {}, {}, {}}};
    dataset.statements
            = {makeStatement(u"denial"_s, u"truby"_s, Stance::Denial, u"2026-02-02", u"text"_s),
               makeStatement(u"claim"_s, u"ft"_s, Stance::Claim, u"2026-02", u"text"_s),
               makeStatement(u"warning"_s, u"ford"_s, Stance::Context, u"/2026-02-02", u"text"_s),
               makeStatement(u"later"_s, u"ford"_s, Stance::Status, u"2026-02-02/..", u"text"_s)};
    dataset.rebuildIndex();
    return dataset;
}

qint64 ms(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0)).toMSecsSinceEpoch();
}

} // namespace

void TestTimelineLayout::pointsAndSpans()
{
    const TimelineLayout layout = TimelineLayout::build(sample(), TimelineLayout::LaneMode::Actor);
    QCOMPARE(layout.marks.size(), 4);

    const TimelineMark &day = layout.marks.at(layout.indexOf(u"denial"_s));
    QVERIFY(day.isPoint);
    QCOMPARE(day.startMs, day.endMs);
    QCOMPARE(day.startMs, ms(2026, 2, 2) + 12 * 3600 * 1000);

    const TimelineMark &month = layout.marks.at(layout.indexOf(u"claim"_s));
    QVERIFY(!month.isPoint);
    QCOMPARE(month.startMs, ms(2026, 2, 1));
    QCOMPARE(month.endMs, ms(2026, 3, 1));
    QVERIFY(!month.openStart && !month.openEnd);
}

void TestTimelineLayout::openEndsRunToTheExtent()
{
    const TimelineLayout layout = TimelineLayout::build(sample(), TimelineLayout::LaneMode::Actor);
    const TimelineMark &unknownStart = layout.marks.at(layout.indexOf(u"warning"_s));
    QVERIFY(unknownStart.openStart);
    QCOMPARE(unknownStart.startMs, layout.minMs);
    QCOMPARE(unknownStart.endMs, ms(2026, 2, 3));

    const TimelineMark &openEnd = layout.marks.at(layout.indexOf(u"later"_s));
    QVERIFY(openEnd.openEnd);
    QCOMPARE(openEnd.startMs, ms(2026, 2, 2));
    QCOMPARE(openEnd.endMs, layout.maxMs);

    QVERIFY(layout.minMs < ms(2026, 2, 1));
    QVERIFY(layout.maxMs > ms(2026, 3, 1));
}

void TestTimelineLayout::actorLanesFollowTheTree()
{
    const TimelineLayout layout = TimelineLayout::build(sample(), TimelineLayout::LaneMode::Actor);
    // Only actors who said something get a lane, in depth-first tree order.
    QCOMPARE(layout.laneLabels, QStringList({u"Financial Times"_s, u"Ford"_s, u"Mark Truby"_s}));
    QCOMPARE(layout.marks.at(layout.indexOf(u"claim"_s)).lane, 0);
    QCOMPARE(layout.marks.at(layout.indexOf(u"warning"_s)).lane, 1);
    QCOMPARE(layout.marks.at(layout.indexOf(u"denial"_s)).lane, 2);
    QCOMPARE(layout.laneY(0), 2.0); // the first lane is on top
}

void TestTimelineLayout::stanceLanes()
{
    const TimelineLayout layout = TimelineLayout::build(sample(), TimelineLayout::LaneMode::Stance);
    QCOMPARE(layout.laneLabels,
             QStringList({u"Claims"_s, u"Denials"_s, u"Context"_s, u"Status"_s}));
    QCOMPARE(layout.marks.at(layout.indexOf(u"denial"_s)).lane, 1);
}

void TestTimelineLayout::overlappingMarksAreStaggered()
{
    const TimelineLayout layout = TimelineLayout::build(sample(), TimelineLayout::LaneMode::Actor);
    // Ford's two statements overlap on 2 Feb (the unknown start runs to the end of 2 Feb, the
    // open end starts on it): they must not share a row.
    const TimelineMark &a = layout.marks.at(layout.indexOf(u"warning"_s));
    const TimelineMark &b = layout.marks.at(layout.indexOf(u"later"_s));
    QCOMPARE(a.lane, b.lane);
    QVERIFY(a.y != b.y);
    QVERIFY(qAbs(a.y - layout.laneY(a.lane)) < 0.5);
    QVERIFY(qAbs(b.y - layout.laneY(b.lane)) < 0.5);
    // A mark alone in its lane sits on the lane's centre.
    const TimelineMark &alone = layout.marks.at(layout.indexOf(u"claim"_s));
    QCOMPARE(alone.y, layout.laneY(alone.lane));
}

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
