#include "models/claimanalysis.h"

#include "builtinfixture.h"
#include "datasetbuilders.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const ClaimAnalysis &analysisOf(const QList<ClaimAnalysis> &analyses, const QString &claimId)
{
    for (const ClaimAnalysis &analysis : analyses) {
        if (analysis.claim->id == claimId)
            return analysis;
    }
    qFatal("no analysis of %s", qPrintable(claimId));
}

QStringList idsOf(const QList<const Statement *> &statements)
{
    QStringList ids;
    for (const Statement *statement : statements)
        ids.append(statement->id);
    return ids;
}

} // namespace

class TestClaimAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void init() { failOnUnexpectedWarnings(); }
    void fordXiaomiClaims();
    void answersAreInDatasetOrder();
    void whatTheDenialsDoNotCover();
    void silenceFollowsTheActorTree();
    void oneOutletIsOneVoice();
    void lag_data();
    void lag();
};

void TestClaimAnalysis::fordXiaomiClaims()
{
    const Dataset dataset = builtinDataset();
    const QList<ClaimAnalysis> analyses = analyseClaims(dataset);
    QCOMPARE(analyses.size(), 5);
    const ClaimAnalysis &partnership = analysisOf(analyses, u"ft-partnership-claim"_s);
    QCOMPARE(idsOf(partnership.denials), QStringList({u"truby-denial"_s, u"xiaomi-denial"_s}));
    QCOMPARE(idsOf(partnership.reactions),
             QStringList({u"media-traction"_s, u"washington-scrutiny"_s, u"moolenaar-backlash"_s}));
    QVERIFY(!partnership.isUnanswered());

    QStringList unanswered;
    for (const ClaimAnalysis &analysis : analyses) {
        if (analysis.isUnanswered())
            unanswered.append(analysis.claim->id);
    }
    QCOMPARE(unanswered, QStringList {u"ft-byd-claim"_s});
}

void TestClaimAnalysis::answersAreInDatasetOrder()
{
    Dataset dataset;
    dataset.actors = {makeActor(u"a"_s, u"A"_s, ActorKind::Person)};
    Statement claim = makeStatement(u"c"_s, u"a"_s, Stance::Claim, u"2026-02-02", u"C"_s);
    Statement later = makeStatement(u"d1"_s, u"a"_s, Stance::Denial, u"2026-02-05", u"D"_s);
    later.respondsTo = {u"c"_s};
    Statement both = makeStatement(u"r"_s, u"a"_s, Stance::Reaction, u"2026-02-04", u"R"_s);
    both.respondsTo = {u"d1"_s, u"c"_s};
    Statement earlier = makeStatement(u"d2"_s, u"a"_s, Stance::Denial, u"2026-02-03", u"D"_s);
    earlier.respondsTo = {u"c"_s};
    dataset.statements = {claim, later, both, earlier};
    dataset.rebuildIndex();

    const DatasetLinks links(dataset);
    QCOMPARE(idsOf(answersTo(dataset, links, 0)), QStringList({u"d1"_s, u"r"_s, u"d2"_s}));
    QCOMPARE(idsOf(answersTo(dataset, links, 1)), QStringList {u"r"_s});
    QCOMPARE(idsOf(answersTo(dataset, links, 2)), QStringList());
    // The analysis puts them in date order.
    const QList<ClaimAnalysis> analyses = analyseClaims(dataset, links);
    QCOMPARE(analyses.size(), 1);
    QCOMPARE(idsOf(analyses.first().denials), QStringList({u"d2"_s, u"d1"_s}));
    QCOMPARE(idsOf(analyses.first().reactions), QStringList {u"r"_s});
}

void TestClaimAnalysis::whatTheDenialsDoNotCover()
{
    const Dataset dataset = builtinDataset();
    const QList<ClaimAnalysis> analyses = analyseClaims(dataset);
    // Ford answered through Mark Truby, who is part of Ford.
    QCOMPARE(analysisOf(analyses, u"ft-partnership-claim"_s).silentSubjects, QStringList());
    QCOMPARE(analysisOf(analyses, u"ft-jv-claim"_s).silentSubjects, QStringList());
    QCOMPARE(analysisOf(analyses, u"ft-software-claim"_s).silentSubjects,
             QStringList {u"xiaomi"_s});
    QCOMPARE(analysisOf(analyses, u"ft-us-entry-claim"_s).silentSubjects, QStringList());
    QCOMPARE(analysisOf(analyses, u"ft-byd-claim"_s).silentSubjects,
             QStringList({u"ford"_s, u"byd"_s}));
}

// Who answered for a subject, through the actors' parents, also in data that names actors the
// dataset does not hold.
void TestClaimAnalysis::silenceFollowsTheActorTree()
{
    Dataset dataset;
    dataset.actors = {makeActor(u"group"_s, u"Group"_s, ActorKind::Organization),
                      makeActor(u"unit"_s, u"Unit"_s, ActorKind::Organization, u"group"_s),
                      makeActor(u"spokes"_s, u"Spokes"_s, ActorKind::Person, u"unit"_s),
                      makeActor(u"other"_s, u"Other"_s, ActorKind::Organization),
                      makeActor(u"orphan"_s, u"Orphan"_s, ActorKind::Person, u"lost"_s)};
    Statement claim = makeStatement(u"c"_s, u"other"_s, Stance::Claim, u"2026-02-02", u"C"_s);
    claim.about = {u"group"_s, u"other"_s, u"unit"_s, u"ghost"_s, u"lost"_s, u"spokes"_s};
    Statement denial = makeStatement(u"d"_s, u"spokes"_s, Stance::Denial, u"2026-02-03", u"D"_s);
    denial.respondsTo = {u"c"_s};
    Statement ghost = makeStatement(u"g"_s, u"ghost"_s, Stance::Reaction, u"2026-02-04", u"G"_s);
    ghost.respondsTo = {u"c"_s};
    Statement orphan = makeStatement(u"o"_s, u"orphan"_s, Stance::Denial, u"2026-02-05", u"O"_s);
    orphan.respondsTo = {u"c"_s};
    Statement context = makeStatement(u"x"_s, u"other"_s, Stance::Context, u"2026-02-06", u"X"_s);
    context.respondsTo = {u"c"_s};
    dataset.statements = {claim, denial, ghost, orphan, context};
    dataset.rebuildIndex();

    const QList<ClaimAnalysis> analyses = analyseClaims(dataset);
    QCOMPARE(analyses.size(), 1);
    // The spokesperson answered for its unit and the group above it; an answer by context does
    // not count; "ghost" answered for itself, and the orphan for the parent it names.
    QCOMPARE(analyses.first().silentSubjects, QStringList {u"other"_s});
}

void TestClaimAnalysis::oneOutletIsOneVoice()
{
    const Dataset dataset = builtinDataset();
    // The FT report (four unnamed sources, no author) and the news report this dataset comes
    // from (its author is an actor): two outlets, one named, one anonymous, none graded.
    const EvidenceRollUp ft = evidenceFor(dataset, *dataset.statement(u"ft-jv-claim"_s));
    QCOMPARE(ft.sources, 2);
    QCOMPARE(ft.outlets, 2);
    QCOMPARE(ft.named, 1);
    QCOMPARE(ft.anonymous, 1);
    QCOMPARE(ft.ungraded, 2);
    QCOMPARE(ft.grades, QString());
    QCOMPARE(ft.toText(), u"2 sources from 2 outlets: 1 named, 1 anonymous; ungraded"_s);

    Dataset made;
    made.actors = {makeActor(u"outlet"_s, u"Outlet"_s, ActorKind::Media),
                   makeActor(u"reporter"_s, u"Reporter"_s, ActorKind::Person, u"outlet"_s)};
    for (const auto &[id, author, grade] :
         {std::tuple {u"a"_s, QString(), QChar(u'C')}, std::tuple {u"b"_s, QString(), QChar(u'A')},
          std::tuple {u"c"_s, u"reporter"_s, QChar()}}) {
        Source source;
        source.id = id;
        source.title = id;
        source.publisher = u"outlet"_s;
        source.author = author;
        source.reliability = grade;
        made.sources.append(source);
    }
    Statement claim = makeStatement(u"claim"_s, u"outlet"_s, Stance::Claim, u"2026", u"x"_s);
    claim.sources = {u"a"_s, u"b"_s, u"c"_s, u"missing"_s};
    made.statements = {claim};
    made.rebuildIndex();
    const EvidenceRollUp three = evidenceFor(made, claim);
    QCOMPARE(three.sources, 3);
    QCOMPARE(three.outlets, 1);
    QCOMPARE(three.named, 1);
    QCOMPARE(three.anonymous, 2);
    QCOMPARE(three.grades, u"AC"_s);
    QCOMPARE(three.toText(),
             u"3 sources from 1 outlet: 1 named, 2 anonymous; graded AC, 1 ungraded"_s);
}

void TestClaimAnalysis::lag_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("text");
    QTest::addRow("same day") << u"2026-02-02"_s << u"2026-02-02"_s << u"same day"_s;
    QTest::addRow("next day") << u"2026-02-01"_s << u"2026-02-02"_s << u"1 day"_s;
    QTest::addRow("exact days") << u"2026-02-01"_s << u"2026-02-11"_s << u"10 days"_s;
    QTest::addRow("Ford-Xiaomi spans")
            << u"2026-02/2026-02-02"_s << u"2026-02/2026-02-02"_s << u"within 1 day"_s;
    QTest::addRow("month to day") << u"2026-01"_s << u"2026-02-10"_s << u"10 to 40 days"_s;
    QTest::addRow("within a week")
            << u"2026-02-01"_s << u"2026-02-01/2026-02-05"_s << u"within 4 days"_s;
    QTest::addRow("open start") << u"/2026-02-02"_s << u"2026-02-03"_s << u"unknown"_s;
    QTest::addRow("open end") << u"2026-02-01"_s << u"2026-02-02/.."_s << u"unknown"_s;
    QTest::addRow("before") << u"2026-03-01"_s << u"2026-02-01"_s << u"before the claim"_s;
    QTest::addRow("approximate") << u"2026-02-01~"_s << u"2026-02-03"_s
                                 << u"2 days (dates uncertain)"_s;
}

void TestClaimAnalysis::lag()
{
    QFETCH(QString, claim);
    QFETCH(QString, answer);
    QFETCH(QString, text);
    QCOMPARE(answerLag(edtf(claim), edtf(answer)).toText(), text);
}

QTEST_MAIN(TestClaimAnalysis)
#include "tst_claimanalysis.moc"
