#include "models/datasetreader.h"
#include "models/datasetvalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// validateDataset() on Dataset values, as merge uses it: unique ids, references, parent cycles,
// the actor tree depth, the count limits, the warnings, and the error cap.
class TestDatasetValidator : public QObject
{
    Q_OBJECT

private slots:
    void diagnostics_data();
    void diagnostics();
    void countLimits();
    void errorsAreCapped();
    void largeDatasetIsClean();
    void largeDatasetIsReportedInOrder_data();
    void largeDatasetIsReportedInOrder();
    void largeDatasetMentionsActorsInBothHalves();
};

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Actor actor(const char *id, ActorKind kind = ActorKind::Group, const char *parent = "")
{
    Actor a;
    a.id = s(id);
    a.name = a.id;
    a.kind = kind;
    a.parent = s(parent);
    return a;
}

Source source(const char *id, const char *author = "", const char *publisher = "")
{
    Source src;
    src.id = s(id);
    src.title = src.id;
    src.author = s(author);
    src.publisher = s(publisher);
    return src;
}

Statement statement(const char *id, const char *actorId, Stance stance = Stance::Claim)
{
    Statement st;
    st.id = s(id);
    st.actor = s(actorId);
    st.stance = stance;
    st.text = st.id;
    return st;
}

QString e(const QString &text)
{
    return u"merged.json: error: "_s + text;
}

QString w(const QString &text)
{
    return u"merged.json: warning: "_s + text;
}

} // namespace

void TestDatasetValidator::diagnostics_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addColumn<QStringList>("expected");

    Dataset clean;
    clean.actors = {actor("root"),
                    actor("ford", ActorKind::Organization, "root"),
                    actor("truby", ActorKind::Person, "ford"),
                    actor("ft", ActorKind::Media),
                    actor("xiaomi", ActorKind::Organization),
                    actor("reuters", ActorKind::Media)};
    clean.sources = {source("post", "truby"), source("report", "", "ft")};
    clean.statements
            = {statement("claim", "reuters"), statement("denial", "truby", Stance::Denial)};
    clean.statements[0].about = QStringList {s("xiaomi")};
    clean.statements[0].sources = QStringList {s("report")};
    clean.statements[1].respondsTo = QStringList {s("claim")};
    clean.statements[1].sources = QStringList {s("post")};
    QTest::addRow("every actor mentioned one way or another") << clean << QStringList();

    Dataset duplicates;
    duplicates.actors = {actor("a"), actor("b"), actor("a")};
    duplicates.sources = {source("s"), source("s")};
    duplicates.statements
            = {statement("x", "a"), statement("y", "a"), statement("x", "b"), statement("x", "b")};
    QTest::addRow("duplicate ids")
            << duplicates
            << QStringList {e(u"/actors/2/id: duplicate actor id \"a\" (first at /actors/0)"_s),
                            e(u"/sources/1/id: duplicate source id \"s\" (first at /sources/0)"_s),
                            e(u"/statements/2/id: duplicate statement id \"x\" (first at "
                              "/statements/0)"_s),
                            e(u"/statements/3/id: duplicate statement id \"x\" (first at "
                              "/statements/0)"_s)};

    Dataset unknown;
    unknown.actors = {actor("a", ActorKind::Group, "p")};
    unknown.sources = {source("s", "au", "pub")};
    unknown.statements = {statement("x", "who")};
    unknown.statements[0].sources = QStringList {s("s"), s("s2")};
    unknown.statements[0].about = QStringList {s("ab")};
    unknown.statements[0].respondsTo = QStringList {s("x"), s("gone")};
    QTest::addRow("unknown references")
            << unknown
            << QStringList {e(u"/actors/0/parent: unknown actor \"p\""_s),
                            e(u"/sources/0/author: unknown actor \"au\""_s),
                            e(u"/sources/0/publisher: unknown actor \"pub\""_s),
                            e(u"/statements/0/actor: unknown actor \"who\""_s),
                            e(u"/statements/0/sources/1: unknown source \"s2\""_s),
                            e(u"/statements/0/about/0: unknown actor \"ab\""_s),
                            e(u"/statements/0/respondsTo/1: unknown statement \"gone\""_s)};

    Dataset empty;
    empty.actors = {actor("a"), actor("")};
    empty.statements = {statement("", "")};
    empty.statements[0].about = QStringList {QString()};
    QTest::addRow("empty ids and references are left to the reader") << empty << QStringList();

    Dataset cycles;
    cycles.actors = {actor("tail", ActorKind::Group, "b"), actor("b", ActorKind::Group, "c"),
                     actor("c", ActorKind::Group, "b"),    actor("self", ActorKind::Group, "self"),
                     actor("x", ActorKind::Group, "y"),    actor("y", ActorKind::Group, "z"),
                     actor("z", ActorKind::Group, "x"),    actor("under", ActorKind::Group, "x")};
    QTest::addRow("each cycle once, from its first actor")
            << cycles
            << QStringList {e(u"/actors/1/parent: parent cycle: b → c → b"_s),
                            e(u"/actors/3/parent: parent cycle: self → self"_s),
                            e(u"/actors/4/parent: parent cycle: x → y → z → x"_s)};

    Dataset ring;
    for (int i = 0; i < 12; ++i) {
        const QByteArray id = "r" + QByteArray::number(i);
        const QByteArray parent = "r" + QByteArray::number((i + 1) % 12);
        ring.actors.append(actor(id.constData(), ActorKind::Group, parent.constData()));
    }
    QTest::addRow("long cycle shortened")
            << ring
            << QStringList {e(u"/actors/0/parent: parent cycle: r0 → r1 → r2 → r3 → r4 → r5 → r6 → "
                              "r7 → r8 → r9 → … (12 actors)"_s)};

    Dataset deep;
    for (int i = 0; i < 36; ++i) {
        const QByteArray id = "d" + QByteArray::number(i);
        const QByteArray parent = i ? "d" + QByteArray::number(i - 1) : QByteArray();
        deep.actors.append(actor(id.constData(), ActorKind::Group, parent.constData()));
    }
    deep.actors.append(actor("branch", ActorKind::Group, "d32")); // also at depth 34: not again
    deep.actors.append(actor("other", ActorKind::Group, "d31"));  // depth 33: its own error
    QTest::addRow("actor tree too deep")
            << deep
            << QStringList {e(u"/actors/32/parent: actor \"d32\" is at depth 33 of the actor tree, "
                              "over the 32 limit"_s),
                            e(u"/actors/37/parent: actor \"other\" is at depth 33 of the actor "
                              "tree, over the 32 limit"_s)};

    Dataset warnings;
    warnings.actors = {actor("heading"), actor("quiet", ActorKind::Person),
                       actor("parent-only", ActorKind::Organization),
                       actor("child", ActorKind::Group, "parent-only"),
                       actor("speaker", ActorKind::Government)};
    warnings.statements = {statement("d", "speaker", Stance::Denial)};
    QTest::addRow("warnings") << warnings
                              << QStringList {
                                         w(u"/statements/0: a denial that responds to nothing"_s),
                                         w(u"/actors/1: an actor nobody mentions"_s)};
}

void TestDatasetValidator::diagnostics()
{
    QFETCH(Dataset, dataset);
    QFETCH(QStringList, expected);
    QCOMPARE(formatAll(validateDataset(dataset, u"merged.json"_s)).join(u'\n'),
             expected.join(u'\n'));
}

void TestDatasetValidator::countLimits()
{
    Dataset big;
    big.actors.resize(DatasetReader::maxActors + 1, actor("", ActorKind::Group));
    big.sources.resize(DatasetReader::maxSources + 1);
    big.statements.resize(DatasetReader::maxStatements + 1);
    QCOMPARE(formatAll(validateDataset(big, u"merged.json"_s)),
             (QStringList {e(u"/actors: 20001 actors, over the 20000 limit"_s),
                           e(u"/sources: 200001 sources, over the 200000 limit"_s),
                           e(u"/statements: 200001 statements, over the 200000 limit"_s)}));

    big.actors.removeLast();
    big.sources.removeLast();
    big.statements.removeLast();
    QCOMPARE(formatAll(validateDataset(big, u"merged.json"_s)), QStringList());
}

void TestDatasetValidator::errorsAreCapped()
{
    Dataset dataset;
    dataset.actors = {actor("a")};
    for (int i = 0; i < 250; ++i)
        dataset.statements.append(
                statement(QByteArray("s" + QByteArray::number(i)).constData(), "b"));
    const QStringList lines = formatAll(validateDataset(dataset, u"merged.json"_s));
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines.at(99), e(u"/statements/99/actor: unknown actor \"b\""_s));
    QCOMPARE(lines.last(), e(u"150 more errors were omitted (only the first 100 are listed)"_s));
}

void TestDatasetValidator::largeDatasetIsClean()
{
    // The shape of a big real file: 100,000 statements answering each other. Its speed is
    // measured by the benchmarks; here it must simply be clean.
    Dataset dataset;
    dataset.actors = {actor("root"), actor("speaker", ActorKind::Person, "root")};
    dataset.sources = {source("src", "speaker")};
    dataset.statements.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        Statement st = statement("", "speaker", i % 2 ? Stance::Denial : Stance::Claim);
        st.id = u"s%1"_s.arg(i);
        st.sources = QStringList {u"src"_s};
        if (i % 2)
            st.respondsTo = QStringList {u"s%1"_s.arg(i - 1)};
        dataset.statements.append(st);
    }
    QCOMPARE(formatAll(validateDataset(dataset, u"big.json"_s)), QStringList());
}

// Big datasets have their references resolved on two threads, half the statements each.
Dataset largeDataset(int count)
{
    Dataset dataset;
    dataset.actors = {actor("root"), actor("early", ActorKind::Person, "root"),
                      actor("late", ActorKind::Person, "root"),
                      actor("silent", ActorKind::Person, "root")};
    dataset.sources = {source("src")};
    for (int i = 0; i < count; ++i) {
        Statement st = statement("", i < count / 2 ? "early" : "late");
        st.id = u"s%1"_s.arg(i);
        st.sources = QStringList {u"src"_s};
        dataset.statements.append(st);
    }
    return dataset;
}

void TestDatasetValidator::largeDatasetIsReportedInOrder_data()
{
    QTest::addColumn<int>("unknownAt");
    QTest::addColumn<QStringList>("expected");
    const QString denial = w(u"/statements/5000: a denial that responds to nothing"_s);
    const QString silent = w(u"/actors/3: an actor nobody mentions"_s);
    QTest::addRow("in the first half")
            << 10
            << QStringList {e(u"/statements/10/respondsTo/0: unknown statement \"s99999\""_s),
                            denial, silent};
    QTest::addRow("in the second half")
            << 15'000
            << QStringList {denial,
                            e(u"/statements/15000/respondsTo/0: unknown statement \"s99999\""_s),
                            silent};
}

void TestDatasetValidator::largeDatasetIsReportedInOrder()
{
    QFETCH(int, unknownAt);
    QFETCH(QStringList, expected);
    Dataset dataset = largeDataset(20'000);
    dataset.statements[5'000].stance = Stance::Denial;
    dataset.statements[unknownAt].respondsTo = QStringList {u"s99999"_s};
    QCOMPARE(formatAll(validateDataset(dataset, u"merged.json"_s)), expected);
}

void TestDatasetValidator::largeDatasetMentionsActorsInBothHalves()
{
    Dataset dataset = largeDataset(20'000);
    dataset.statements[5'000].stance = Stance::Denial;
    QCOMPARE(formatAll(validateDataset(dataset, u"merged.json"_s)),
             (QStringList {w(u"/statements/5000: a denial that responds to nothing"_s),
                           w(u"/actors/3: an actor nobody mentions"_s)}));
}

QTEST_GUILESS_MAIN(TestDatasetValidator)
#include "tst_datasetvalidator.moc"
