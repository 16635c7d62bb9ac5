#include "models/builtindataset.h"
#include "models/cleandatasetparser.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/jsontext.h"

#include "tests/datasetbuilders.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The reader's two ways in must be indistinguishable: whatever bytes it is given, the quick way
// (parseCleanDataset, taken for clean files) and the thorough way give the same diagnostics and
// the same dataset. The quick way must also take what it is for (clean files, escapes and all),
// or it would be dead weight, and decline everything the builder has a word about.
class TestCleanDatasetParser : public QObject
{
    Q_OBJECT

private slots:
    void waysAgree_data();
    void waysAgree();
    void quickWayTakesCleanFiles_data();
    void quickWayTakesCleanFiles();
    void quickWayDeclines_data();
    void quickWayDeclines();
    void corpusValuesInEveryPlace_data();
    void corpusValuesInEveryPlace();
};

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A small clean dataset, with member (text such as "\"quote\": \"x\"") added to its statement,
// or to its root, or in place of the statement's "about" list's element.
QByteArray withStatementMember(const QByteArray &member)
{
    return R"({"format": "dispute-explorer/1", "id": "d", "title": "T",
        "actors": [{"id": "a", "name": "A", "kind": "person"}],
        "statements": [{"id": "s", "actor": "a", "stance": "claim", "date": "2026", "text": "x",
                        )"
            + member + "}]}";
}

QByteArray withRootMember(const QByteArray &member)
{
    return R"({"format": "dispute-explorer/1", "id": "d", "title": "T",
        "actors": [{"id": "a", "name": "A", "kind": "person"}], )"
            + member + "}";
}

QString describe(const ReadResult &result)
{
    QString text = formatAll(result.diagnostics).join(u'\n');
    if (result.dataset)
        text += u"\n[dataset]\n"_s + QString::fromUtf8(DatasetWriter::toJson(*result.dataset));
    return text;
}

void compareWays(const QByteArray &bytes)
{
    const ReadResult quick = DatasetReader::read(bytes, u"f.json"_s);
    const ReadResult thorough
            = DatasetReader::read(bytes, u"f.json"_s, DatasetReader::Way::ThoroughOnly);
    QCOMPARE(describe(quick), describe(thorough));
    QCOMPARE(quick.dataset, thorough.dataset);
    // The document store trusts the lookups of what the reader gives it.
    if (quick.dataset) {
        QVERIFY(quick.dataset->isIndexCurrent());
        QVERIFY(thorough.dataset->isIndexCurrent());
    }
}

QString corpusDir()
{
    return QStringLiteral(DISPUTE_SHARED_DIR "/corpora/JSONTestSuite/test_parsing");
}

// A dataset holding every field of every item, with text that needs escaping.
Dataset everyField()
{
    Dataset dataset;
    dataset.id = u"every-field"_s;
    dataset.title = u"Tabs\tquotes \" backslashes \\ and 小米 😀"_s;
    dataset.summary = u"line\nbreak, nul \u0000 and bell \u0007"_s;
    dataset.language = u"zh-Hans"_s;
    dataset.asOf = edtf(u"2026-02-02");
    Actor parent = makeActor(u"group"_s, u"Group"_s, ActorKind::Group);
    Actor actor = makeActor(u"x.y_z-1"_s, u"小米集团"_s, ActorKind::Organization, u"group"_s);
    actor.role = u"Maker"_s;
    actor.country = u"CN"_s;
    actor.description = u"/slashes/ and \r returns"_s;
    actor.aliases = {u"Xiaomi"_s, QString()};
    dataset.actors = {parent, actor};
    Source source;
    source.id = u"src"_s;
    source.title = u"Report"_s;
    source.kind = SourceKind::Report;
    source.author = u"group"_s;
    source.publisher = u"x.y_z-1"_s;
    source.date = edtf(u"2024-21/2025-03~");
    source.url = u"https://example.org/a?b=c"_s;
    source.reliability = u'B';
    source.note = u"Unnamed sources"_s;
    dataset.sources = {source};
    const QStringList dates
            = {u"2026"_s,    u"2026-02"_s,       u"2026-02-02?"_s,   u"2026-02%"_s,
               u"2024-24"_s, u"../2026-02-02"_s, u"2026-02-01/.."_s, u"2026-02-01/"_s};
    for (qsizetype i = 0; i < dates.size(); ++i) {
        Statement statement = makeStatement(u"s%1"_s.arg(i), u"x.y_z-1"_s, Stance(i % 5), dates[i],
                                            u"Text %1"_s.arg(i));
        statement.quote = u"“quoted”"_s;
        statement.sources = {u"src"_s};
        statement.about = {u"group"_s};
        statement.respondsTo = i > 0 ? QStringList {u"s0"_s} : QStringList();
        statement.credibility = i % 7;
        dataset.statements.append(statement);
    }
    return dataset;
}

// A file of over a megabyte, whose statements the quick way reads on two threads, with the
// second thread's first statement guessed from the middle of the text. Each statement quotes
// quote, and each of as many sources has note; the sources follow the statements with
// sourcesAfter.
QByteArray bigFile(const QString &quote, const QString &note = QString(), bool sourcesAfter = false)
{
    Dataset dataset;
    dataset.id = u"big"_s;
    dataset.title = u"Big"_s;
    dataset.actors = {makeActor(u"a"_s, u"A"_s, ActorKind::Person)};
    for (int i = 0; i < 2000; ++i) {
        Source source;
        source.id = u"src-%1"_s.arg(i);
        source.title = u"Source %1"_s.arg(i);
        source.note = note;
        dataset.sources.append(source);
        Statement statement = makeStatement(u"s%1"_s.arg(i), u"a"_s, Stance::Claim, u"2026",
                                            u"Text %1"_s.arg(i));
        statement.quote = quote;
        statement.sources = {source.id};
        dataset.statements.append(statement);
    }
    QByteArray json = DatasetWriter::toJson(dataset);
    if (sourcesAfter) {
        const qsizetype sources = json.indexOf("\"sources\"");
        const qsizetype statements = json.indexOf("\"statements\"");
        const qsizetype end = json.lastIndexOf('}');
        const QByteArray sourcesMember = json.sliced(sources, statements - sources).trimmed();
        json = json.first(sources) + json.sliced(statements, end - statements).trimmed() + ",\n"
                + sourcesMember.chopped(1) + "\n}\n";
    }
    if (json.size() < (1 << 20))
        qFatal("bigFile() is too small to be read on two threads");
    return json;
}

// A quote that says "}, {" all along, as a statement between two others does.
QString bracesAndCommas()
{
    return u"}, {"_s.repeated(150);
}

} // namespace

void TestCleanDatasetParser::waysAgree_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("compiled-in") << fileBytes(BuiltinDataset::path());
    const QDir fixtures(QStringLiteral(DISPUTE_FIXTURES_DIR));
    for (const QString &folder : {u"valid"_s, u"invalid-schema"_s, u"reader"_s}) {
        const QDir dir(fixtures.filePath(folder));
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(folder + u'/' + name)) << fileBytes(dir.filePath(name));
    }
    QTest::newRow("every field") << DatasetWriter::toJson(everyField());
    QTest::newRow("byte-order mark") << "\xEF\xBB\xBF" + withStatementMember("\"quote\": \"q\"");
    QTest::newRow("unknown field") << withStatementMember("\"mood\": \"calm\"");
    QTest::newRow("repeated field") << withStatementMember("\"text\": \"again\"");
    QTest::newRow("credibility 3.0") << withStatementMember("\"credibility\": 3.0");
    QTest::newRow("credibility 3e0") << withStatementMember("\"credibility\": 3e0");
    QTest::newRow("credibility 7") << withStatementMember("\"credibility\": 7");
    QTest::newRow("credibility 36") << withStatementMember("\"credibility\": 36");
    QTest::newRow("credibility -1") << withStatementMember("\"credibility\": -1");
    QTest::newRow("credibility \"3\"") << withStatementMember("\"credibility\": \"3\"");
    QTest::newRow("lone high surrogate") << withStatementMember(R"("quote": "\ud83d x")");
    QTest::newRow("lone low surrogate") << withStatementMember(R"("quote": "\ude00")");
    QTest::newRow("escaped nul") << withStatementMember(R"("quote": "a\u0000b")");
    QTest::newRow("unknown escape") << withStatementMember(R"("quote": "\x41")");
    QTest::newRow("raw tab in a string") << withStatementMember("\"quote\": \"a\tb\"");
    QTest::newRow("empty reference") << withStatementMember(R"("about": [""])");
    QTest::newRow("reference to nothing") << withStatementMember(R"("about": ["nobody"])");
    QTest::newRow("null for a list") << withStatementMember(R"("about": null)");
    QTest::newRow("bad date") << withRootMember(R"("asOf": "yesterday")");
    QTest::newRow("empty actors") << R"({"format": "dispute-explorer/1", "id": "d", "title": "T",
                                         "actors": []})"_ba;
    QTest::newRow("newer format") << R"({"format": "dispute-explorer/2", "id": "d", "title": "T",
                                         "actors": [{"id": "a", "name": "A", "kind": "person"}]})"_ba;
    QTest::newRow("trailing comma") << withRootMember(R"("sources": [],)");
    QTest::newRow("trailing text") << withRootMember(R"("sources": [])") + " x";
    QTest::newRow("text over the limit")
            << withStatementMember("\"quote\": \"" + QByteArray(100'001, 'q') + '"');
    QTest::newRow("text at the limit in astral characters")
            << withStatementMember("\"quote\": \"" + QString(50'000, u'x').toUtf8()
                                   + QString(u"😀"_s).repeated(50'000).toUtf8() + '"');
}

void TestCleanDatasetParser::waysAgree()
{
    QFETCH(QByteArray, bytes);
    compareWays(bytes);
}

void TestCleanDatasetParser::quickWayTakesCleanFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("compiled-in") << fileBytes(BuiltinDataset::path());
    const QDir valid(QStringLiteral(DISPUTE_FIXTURES_DIR "/valid"));
    for (const QString &name : valid.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << fileBytes(valid.filePath(name));
    QTest::newRow("every field") << DatasetWriter::toJson(everyField());
    QTest::newRow("escapes") << withStatementMember(
            R"("quote": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00")");
    QTest::newRow("no whitespace")
            << DatasetWriter::toJson(everyField()).simplified().replace("\": ", "\":");
    QTest::newRow("big") << bigFile(u"Quoted words"_s.repeated(50));
    QTest::newRow("big, quoting braces and commas") << bigFile(bracesAndCommas());
    QTest::newRow("big, statements before sources")
            << bigFile(u"Words"_s, u"Noted words"_s.repeated(60), true);
}

void TestCleanDatasetParser::quickWayTakesCleanFiles()
{
    QFETCH(QByteArray, bytes);
    const std::optional<Dataset> quick
            = parseCleanDataset(QByteArrayView(bytes).sliced(utf8BomLength(bytes)));
    QVERIFY(quick.has_value());
    const ReadResult thorough
            = DatasetReader::read(bytes, u"f.json"_s, DatasetReader::Way::ThoroughOnly);
    QVERIFY(thorough.ok());
    QCOMPARE(*quick, *thorough.dataset);
}

void TestCleanDatasetParser::quickWayDeclines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("unknown field") << withStatementMember("\"mood\": \"calm\"");
    QTest::newRow("repeated field") << withStatementMember("\"text\": \"again\"");
    QTest::newRow("escaped key") << withStatementMember(R"("quot\u0065": "q")");
    QTest::newRow("credibility 3.0") << withStatementMember("\"credibility\": 3.0");
    QTest::newRow("credibility 0") << withStatementMember("\"credibility\": 0");
    QTest::newRow("lone surrogate") << withStatementMember(R"("quote": "\ud83d")");
    QTest::newRow("empty reference in a list")
            << withStatementMember(R"("about": ["a"], "sources": [""])");
    QTest::newRow("missing text") << R"({"format": "dispute-explorer/1", "id": "d", "title": "T",
        "actors": [{"id": "a", "name": "A", "kind": "person"}],
        "statements": [{"id": "s", "actor": "a", "stance": "claim", "date": "2026"}]})"_ba;
    QTest::newRow("url not http") << withRootMember(R"("sources": [{"id": "s", "title": "S",
                                                    "url": "ftp://example.org"}])");
    QTest::newRow("reliability G") << withRootMember(R"("sources": [{"id": "s", "title": "S",
                                                     "reliability": "G"}])");
    QTest::newRow("array root") << "[]"_ba;
    QTest::newRow("unclosed") << withRootMember(R"("sources": [)");
    const QByteArray big = bigFile(u"Quoted words"_s.repeated(50));
    QTest::newRow("big, unknown field first")
            << QByteArray(big).replace("\"text\": \"Text 1\"", "\"mood\": \"calm\"");
    QTest::newRow("big, unknown field last")
            << QByteArray(big).replace("\"text\": \"Text 1999\"", "\"mood\": \"calm\"");
    QTest::newRow("big, unclosed") << big.first(big.lastIndexOf(']'));
}

void TestCleanDatasetParser::quickWayDeclines()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!parseCleanDataset(bytes).has_value());
    compareWays(bytes);
}

// Every value of the JSONTestSuite corpus, valid JSON or not, put where the quick way reads a
// string, a number and a list element: the two ways must still agree.
void TestCleanDatasetParser::corpusValuesInEveryPlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QDir dir(corpusDir());
    if (!dir.exists()) {
        const QString message = u"the JSONTestSuite corpus is missing: "_s + corpusDir();
        if (qEnvironmentVariableIntValue("DISPUTE_REQUIRE_SHARED") == 1)
            QFAIL(qPrintable(message));
        QSKIP(qPrintable(message + u" (set DISPUTE_REQUIRE_SHARED=1 to make this a failure)"_s));
    }
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QByteArray value = fileBytes(dir.filePath(name));
        QTest::newRow(qPrintable(u"summary "_s + name)) << withRootMember("\"summary\": " + value);
        QTest::newRow(qPrintable(u"credibility "_s + name))
                << withStatementMember("\"credibility\": " + value);
        QTest::newRow(qPrintable(u"about "_s + name))
                << withStatementMember("\"about\": [" + value + ']');
    }
}

void TestCleanDatasetParser::corpusValuesInEveryPlace()
{
    QFETCH(QByteArray, bytes);
    compareWays(bytes);
}

QTEST_GUILESS_MAIN(TestCleanDatasetParser)
#include "tst_cleandatasetparser.moc"
