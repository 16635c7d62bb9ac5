#include "models/datasetmerge.h"
#include "models/datasetvalidator.h"
#include "views/translations.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString fileName = u"incoming.json"_s;
const QString disputeId = u"ford-xiaomi-ev-2026"_s;

EdtfDate date(QStringView text)
{
    return EdtfDate::parse(text).value_or(EdtfDate());
}

Actor makeActor(const QString &id, const QString &name, ActorKind kind, const QString &parent = {})
{
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.kind = kind;
    actor.parent = parent;
    return actor;
}

Source makeSource(const QString &id, const QString &title, const QString &publisher)
{
    Source source;
    source.id = id;
    source.title = title;
    source.kind = SourceKind::Report;
    source.publisher = publisher;
    return source;
}

Statement makeStatement(const QString &id, const QString &actor, Stance stance, const QString &text,
                        const QStringList &respondsTo = {})
{
    Statement statement;
    statement.id = id;
    statement.actor = actor;
    statement.stance = stance;
    statement.date = date(u"2026-02");
    statement.text = text;
    statement.respondsTo = respondsTo;
    return statement;
}

// An empty dataset of the dispute: what a file adds to, before the items of a test row.
Dataset part(const QString &id = disputeId)
{
    Dataset dataset;
    dataset.id = id;
    return dataset;
}

// The open dataset every row merges into: a claim, a denial, four actors, one source.
Dataset base()
{
    Dataset dataset = part();
    dataset.title = u"Ford–Xiaomi EV partnership report"_s;
    dataset.summary = u"A report and a denial."_s;
    dataset.language = u"en"_s;
    dataset.asOf = date(u"2026-02-02");
    dataset.actors = {
            makeActor(u"automakers"_s, u"Automakers"_s, ActorKind::Group),
            makeActor(u"ford"_s, u"Ford Motor Company"_s, ActorKind::Organization, u"automakers"_s),
            makeActor(u"xiaomi"_s, u"小米 Xiaomi"_s, ActorKind::Organization, u"automakers"_s),
            makeActor(u"ft"_s, u"Financial Times"_s, ActorKind::Media),
    };
    dataset.sources = {makeSource(u"ft-report"_s, u"FT report"_s, u"ft"_s)};
    Statement claim = makeStatement(u"ft-claim"_s, u"ft"_s, Stance::Claim,
                                    u"Ford and Xiaomi discuss a joint venture."_s);
    claim.sources = {u"ft-report"_s};
    claim.about = {u"ford"_s, u"xiaomi"_s};
    dataset.statements = {
            claim,
            makeStatement(u"ford-denial"_s, u"ford"_s, Stance::Denial,
                          u"Ford calls the report completely false."_s, {u"ft-claim"_s}),
    };
    dataset.rebuildIndex();
    return dataset;
}

Statement xiaomiDenial()
{
    return makeStatement(u"xiaomi-denial"_s, u"xiaomi"_s, Stance::Denial,
                         u"Xiaomi denies the report."_s, {u"ft-claim"_s});
}

Statement fordStatus()
{
    return makeStatement(u"ford-status"_s, u"ford"_s, Stance::Status,
                         u"No partnership has been announced."_s);
}

MergeSummary::Collection collection(const QStringList &added, const QStringList &changed,
                                    int unchanged)
{
    return {added, changed, unchanged};
}

} // namespace

class TestDatasetMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void helpers();
    void merge_data();
    void merge();
    void mergeIndexesTheResult();
    void differentIdIsRefused();
    void invalidResultIsRefused_data();
    void invalidResultIsRefused();
    void cycleNamesPlacesInTheIncomingFile();
    void warningsOfTheFileAloneAreLeftOut();
    void summaryText_data();
    void summaryText();
};

void TestDatasetMerge::helpers()
{
    QVERIFY(date(u"2026-02").isValid());
    Dataset valid = base();
    QVERIFY(!hasErrors(validateDataset(valid, fileName)));
}

void TestDatasetMerge::merge_data()
{
    QTest::addColumn<Dataset>("incoming");
    QTest::addColumn<MergeSummary>("summary");
    QTest::addColumn<Dataset>("expected");

    {
        MergeSummary summary;
        summary.actors = collection({}, {}, 4);
        summary.sources = collection({}, {}, 1);
        summary.statements = collection({}, {}, 2);
        QTest::addRow("identical") << base() << summary << base();
    }
    {
        Dataset incoming = part();
        incoming.statements = {xiaomiDenial()};
        MergeSummary summary;
        summary.statements = collection({u"xiaomi-denial"_s}, {}, 0);
        Dataset expected = base();
        expected.statements.append(xiaomiDenial());
        QTest::addRow("statement added") << incoming << summary << expected;
    }
    {
        Dataset incoming = part();
        Statement denial = base().statements.at(1);
        denial.quote = u"completely false"_s;
        incoming.statements = {denial};
        MergeSummary summary;
        summary.statements = collection({}, {u"ford-denial"_s}, 0);
        Dataset expected = base();
        expected.statements[1] = denial;
        QTest::addRow("statement changed in place") << incoming << summary << expected;
    }
    {
        // Added items follow base's in incoming's order; changed ones keep base's position.
        Dataset incoming = part();
        Statement claim = base().statements.at(0);
        claim.credibility = 3;
        incoming.statements = {fordStatus(), base().statements.at(1), claim, xiaomiDenial()};
        MergeSummary summary;
        summary.statements = collection({u"ford-status"_s, u"xiaomi-denial"_s}, {u"ft-claim"_s}, 1);
        Dataset expected = base();
        expected.statements[0] = claim;
        expected.statements.append(fordStatus());
        expected.statements.append(xiaomiDenial());
        QTest::addRow("statements mixed") << incoming << summary << expected;
    }
    {
        Dataset incoming = part();
        Actor ford = base().actors.at(1);
        ford.aliases = {u"Ford"_s};
        const Actor motors = makeActor(u"xiaomi-motors"_s, u"Xiaomi EV"_s, ActorKind::Organization,
                                       u"xiaomi"_s);
        incoming.actors = {motors, ford, base().actors.at(3)};
        Source filing = makeSource(u"xiaomi-filing"_s, u"Exchange filing"_s, u"xiaomi"_s);
        filing.kind = SourceKind::Filing;
        Source report = base().sources.at(0);
        report.reliability = u'B';
        incoming.sources = {filing, report};
        MergeSummary summary;
        summary.actors = collection({u"xiaomi-motors"_s}, {u"ford"_s}, 1);
        summary.sources = collection({u"xiaomi-filing"_s}, {u"ft-report"_s}, 0);
        Dataset expected = base();
        expected.actors[1] = ford;
        expected.actors.append(motors);
        expected.sources[0] = report;
        expected.sources.append(filing);
        QTest::addRow("actors and sources") << incoming << summary << expected;
    }
    {
        Dataset incoming = part();
        incoming.title = u"Ford and Xiaomi: the EV report"_s;
        incoming.asOf = date(u"2026-02-05");
        MergeSummary summary;
        summary.infoChanged = true;
        Dataset expected = base();
        expected.title = incoming.title;
        expected.asOf = incoming.asOf;
        QTest::addRow("info replaced, empty fields kept") << incoming << summary << expected;
    }
    {
        Dataset incoming = part();
        incoming.title = base().title;
        incoming.language = base().language;
        QTest::addRow("same info") << incoming << MergeSummary() << base();
    }
}

void TestDatasetMerge::merge()
{
    QFETCH(Dataset, incoming);
    QFETCH(MergeSummary, summary);
    QFETCH(Dataset, expected);

    const MergeResult result = mergeDatasets(base(), incoming, fileName);
    QVERIFY2(result.ok(), qPrintable(formatAll(result.diagnostics).join(u'\n')));
    QVERIFY(!hasErrors(result.diagnostics));
    QCOMPARE(result.summary.actors.added, summary.actors.added);
    QCOMPARE(result.summary.actors.changed, summary.actors.changed);
    QCOMPARE(result.summary.actors.unchanged, summary.actors.unchanged);
    QCOMPARE(result.summary.sources.added, summary.sources.added);
    QCOMPARE(result.summary.sources.changed, summary.sources.changed);
    QCOMPARE(result.summary.sources.unchanged, summary.sources.unchanged);
    QCOMPARE(result.summary.statements.added, summary.statements.added);
    QCOMPARE(result.summary.statements.changed, summary.statements.changed);
    QCOMPARE(result.summary.statements.unchanged, summary.statements.unchanged);
    QCOMPARE(result.summary.infoChanged, summary.infoChanged);
    QVERIFY(result.summary == summary);
    QCOMPARE(result.summary.isEmpty(), *result.dataset == base());
    QVERIFY(*result.dataset == expected);
}

void TestDatasetMerge::mergeIndexesTheResult()
{
    Dataset incoming = part();
    incoming.statements = {fordStatus()};
    const MergeResult result = mergeDatasets(base(), incoming, fileName);
    QVERIFY(result.ok());
    QCOMPARE(result.dataset->statementIndex(u"ford-status"_s), 2);
    QVERIFY(result.dataset->statement(u"ford-status"_s));
    QCOMPARE(result.dataset->statement(u"ford-status"_s)->text, fordStatus().text);
    QCOMPARE(result.dataset->actorIndex(u"ft"_s), 3);
    QVERIFY(result.dataset->isIndexCurrent());
}

void TestDatasetMerge::differentIdIsRefused()
{
    const Dataset other = part(u"another-dispute"_s);
    const MergeResult result = mergeDatasets(base(), other, fileName);
    QVERIFY(!result.ok());
    QVERIFY(result.summary.isEmpty());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &error = result.diagnostics.first();
    QVERIFY(error.isError());
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.pointer, u"/id"_s);
    QVERIFY(error.message.contains(u"another-dispute"_s));
    QVERIFY(error.message.contains(disputeId));
}

void TestDatasetMerge::invalidResultIsRefused_data()
{
    QTest::addColumn<Dataset>("incoming");
    QTest::addColumn<QString>("pointer"); // of one expected error, in the incoming file

    // Incoming's first item lands after base's items in the merged dataset; the error still
    // names its position in the incoming file.
    {
        Dataset incoming = part();
        incoming.statements = {makeStatement(u"ghost-claim"_s, u"xiaomi-motors"_s, Stance::Claim,
                                             u"Said by an actor nobody defined."_s)};
        QTest::addRow("unknown actor") << incoming << u"/statements/0/actor"_s;
    }
    {
        Dataset incoming = part();
        Statement status = fordStatus();
        status.sources = {u"ft-report"_s, u"no-such-source"_s};
        incoming.statements = {xiaomiDenial(), status};
        QTest::addRow("unknown source") << incoming << u"/statements/1/sources/1"_s;
    }
    {
        Dataset incoming = part();
        Statement denial = base().statements.at(1);
        denial.respondsTo = {u"no-such-claim"_s};
        incoming.statements = {denial};
        QTest::addRow("changed statement, unknown respondsTo")
                << incoming << u"/statements/0/respondsTo/0"_s;
    }
    {
        Dataset incoming = part();
        incoming.actors = {makeActor(u"xiaomi-motors"_s, u"Xiaomi EV"_s, ActorKind::Organization,
                                     u"no-such-parent"_s)};
        QTest::addRow("unknown parent") << incoming << u"/actors/0/parent"_s;
    }
}

void TestDatasetMerge::invalidResultIsRefused()
{
    QFETCH(Dataset, incoming);
    QFETCH(QString, pointer);

    const MergeResult result = mergeDatasets(base(), incoming, fileName);
    QVERIFY(!result.ok());
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY(result.summary.isEmpty());
    QStringList pointers;
    for (const Diagnostic &diagnostic : result.diagnostics) {
        QCOMPARE(diagnostic.file, fileName);
        if (diagnostic.isError())
            pointers.append(diagnostic.pointer);
    }
    QVERIFY2(pointers.contains(pointer), qPrintable(formatAll(result.diagnostics).join(u'\n')));
}

void TestDatasetMerge::cycleNamesPlacesInTheIncomingFile()
{
    // automakers → ford → automakers. In the merged dataset automakers is /actors/0 and ford
    // /actors/1; in the file automakers is /actors/1 and ford is not there at all.
    Dataset incoming = part();
    Actor automakers = base().actors.at(0);
    automakers.parent = u"ford"_s;
    incoming.actors = {makeActor(u"byd"_s, u"BYD"_s, ActorKind::Organization), automakers};

    const MergeResult result = mergeDatasets(base(), incoming, fileName);
    QVERIFY(!result.ok());
    QVERIFY(hasErrors(result.diagnostics));
    const QString all = formatAll(result.diagnostics).join(u'\n');
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (!diagnostic.isError())
            continue;
        if (diagnostic.pointer.isEmpty()) {
            QVERIFY2(diagnostic.message.contains(u"in the open dataset: actor \"ford\""_s),
                     qPrintable(all));
        } else {
            QVERIFY2(diagnostic.pointer.startsWith(u"/actors/1"_s), qPrintable(all));
        }
    }
}

void TestDatasetMerge::warningsOfTheFileAloneAreLeftOut()
{
    // A denial that responds to nothing is loadable but suspect; the reader has warned about
    // it when it read the file, so the merge does not say it again.
    Dataset incoming = part();
    incoming.actors = base().actors;
    incoming.statements = {makeStatement(u"xiaomi-denial"_s, u"xiaomi"_s, Stance::Denial,
                                         u"Xiaomi denies something."_s)};
    const Diagnostics alone = validateDataset(incoming, fileName);
    QVERIFY(!hasErrors(alone));
    QVERIFY2(!alone.isEmpty(), "the validator warns about a denial that responds to nothing");

    const MergeResult result = mergeDatasets(base(), incoming, fileName);
    QVERIFY(result.ok());
    for (const Diagnostic &warning : alone)
        QVERIFY2(!result.diagnostics.contains(warning), qPrintable(warning.format()));
}

void TestDatasetMerge::summaryText_data()
{
    QTest::addColumn<MergeSummary>("summary");
    QTest::addColumn<QString>("text");

    QTest::addRow("nothing") << MergeSummary() << u"nothing new"_s;
    {
        MergeSummary summary;
        summary.statements = collection({u"a"_s, u"b"_s}, {u"c"_s}, 1);
        summary.actors = collection({u"d"_s}, {}, 0);
        QTest::addRow("example") << summary
                                 << u"2 statements added, 1 changed, 1 unchanged; 1 actor added"_s;
    }
    {
        MergeSummary summary;
        summary.statements = collection({}, {u"c"_s}, 3);
        summary.sources = collection({}, {}, 2); // nothing new there: not named
        QTest::addRow("changed only") << summary << u"1 statement changed, 3 unchanged"_s;
    }
    {
        MergeSummary summary;
        summary.actors = collection({u"a"_s, u"b"_s, u"c"_s}, {}, 4);
        summary.sources = collection({}, {u"s"_s, u"t"_s}, 0);
        summary.statements = collection({u"x"_s}, {}, 0);
        summary.infoChanged = true;
        QTest::addRow("everything")
                << summary
                << u"1 statement added; 2 sources changed; 3 actors added, 4 unchanged; dataset "
                   "information updated"_s;
    }
    {
        MergeSummary summary;
        summary.infoChanged = true;
        QTest::addRow("info only") << summary << u"dataset information updated"_s;
    }
}

void TestDatasetMerge::summaryText()
{
    QFETCH(MergeSummary, summary);
    QFETCH(QString, text);
    QCOMPARE(summary.toText(), text);
}

QTEST_GUILESS_MAIN(TestDatasetMerge)
#include "tst_datasetmerge.moc"
