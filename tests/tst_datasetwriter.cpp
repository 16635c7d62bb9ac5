#include "models/datasetreader.h"
#include "models/datasetwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

// DatasetWriter: the exact JSON text (key order, layout, escaping, omitted fields), round trips
// through DatasetReader, and atomic saving.
class TestDatasetWriter : public QObject
{
    Q_OBJECT

private slots:
    void builtinDatasetRoundTrips();
    void fixtureRoundTrips_data();
    void fixtureRoundTrips();
    void keyOrderAndLayout();
    void emptyOptionalFieldsAreOmitted();
    void escaping_data();
    void escaping();
    void nonAsciiStaysLiteral();
    void hashIsThatOfTheWrittenJson_data();
    void hashIsThatOfTheWrittenJson();
    void hashStopsWhenAsked();
    void saveWritesAndReplaces();
    void saveIntoMissingDirectoryFails();
    void saveUnderRegularFileFails();
    void saveIntoReadOnlyDirectoryKeepsTarget();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString fileName = u"saved.json"_s;

EdtfDate date(QStringView text)
{
    const std::optional<EdtfDate> parsed = EdtfDate::parse(text);
    if (!parsed)
        qFatal("bad test date");
    return *parsed;
}

// The smallest valid dataset: one heading actor.
Dataset minimalDataset()
{
    Dataset dataset;
    dataset.id = u"d"_s;
    dataset.title = u"T"_s;
    Actor actor;
    actor.id = u"a"_s;
    actor.name = u"A"_s;
    actor.kind = ActorKind::Group;
    dataset.actors = {actor};
    return dataset;
}

// One actor, one source and one statement, each with every field set.
Dataset fullDataset()
{
    Dataset dataset;
    dataset.id = u"tiny"_s;
    dataset.title = u"Tiny"_s;
    dataset.summary = u"A summary."_s;
    dataset.asOf = date(u"2026-02-02");
    dataset.language = u"en"_s;

    Actor actor;
    actor.id = u"ford"_s;
    actor.name = u"Ford Motor Company"_s;
    actor.kind = ActorKind::Organization;
    actor.role = u"Automaker"_s;
    actor.country = u"US"_s;
    actor.description = u"Makes cars."_s;
    actor.aliases = {u"Ford"_s, u"FoMoCo"_s};
    dataset.actors = {actor};

    Source source;
    source.id = u"ft"_s;
    source.title = u"FT report"_s;
    source.kind = SourceKind::Report;
    source.author = u"ford"_s;
    source.publisher = u"ford"_s;
    source.date = date(u"2026-02~");
    source.url = u"https://example.com/ft"_s;
    source.reliability = u'B';
    source.note = u"cites four unnamed sources"_s;
    dataset.sources = {source};

    Statement statement;
    statement.id = u"s1"_s;
    statement.actor = u"ford"_s;
    statement.stance = Stance::Denial;
    statement.date = date(u"2024-10/2025-03");
    statement.text = u"Ford denies it."_s;
    statement.quote = u"completely false"_s;
    statement.sources = {u"ft"_s};
    statement.about = {u"ford"_s};
    statement.respondsTo = {u"s1"_s};
    statement.credibility = 3;
    dataset.statements = {statement};
    return dataset;
}

// Several hundred kilobytes of JSON, which a hash is given in parts as they are written.
Dataset manyStatements()
{
    Dataset many = fullDataset();
    const Statement statement = many.statements.constFirst();
    for (int i = 0; i < 3000; ++i) {
        Statement copy = statement;
        copy.id = u"statement-%1"_s.arg(i);
        copy.text = u"Statement number %1, in \"quotes\" and über-long. "_s.arg(i).repeated(3);
        many.statements.append(copy);
    }
    return many;
}

// Reads back what the writer wrote; fails the test on any error.
Dataset readBack(const QByteArray &json, QStringList *diagnostics = nullptr)
{
    const ReadResult result = DatasetReader::read(json, fileName);
    if (diagnostics)
        *diagnostics = formatAll(result.diagnostics);
    return result.dataset.value_or(Dataset());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestDatasetWriter::hashIsThatOfTheWrittenJson_data()
{
    QTest::addColumn<Dataset>("dataset");
    QTest::addRow("smallest") << minimalDataset();
    QTest::addRow("every field") << fullDataset();
    QTest::addRow("3,000 statements") << manyStatements();
}

void TestDatasetWriter::hashIsThatOfTheWrittenJson()
{
    QFETCH(Dataset, dataset);
    for (const auto method :
         {QCryptographicHash::Blake2b_256, QCryptographicHash::Sha256, QCryptographicHash::Md5}) {
        QCOMPARE(DatasetWriter::hashOfJson(dataset, method).toHex(),
                 QCryptographicHash::hash(DatasetWriter::toJson(dataset), method).toHex());
    }
}

// A hash no longer wanted ends at the next part written, with nothing; one left to finish is
// the hash of the JSON.
void TestDatasetWriter::hashStopsWhenAsked()
{
    const Dataset many = manyStatements();
    const std::atomic_bool stop = true;
    QCOMPARE(DatasetWriter::hashOfJson(many, QCryptographicHash::Blake2b_256, &stop), QByteArray());
    const std::atomic_bool go = false;
    QCOMPARE(
            DatasetWriter::hashOfJson(many, QCryptographicHash::Blake2b_256, &go),
            QCryptographicHash::hash(DatasetWriter::toJson(many), QCryptographicHash::Blake2b_256));
}

void TestDatasetWriter::builtinDatasetRoundTrips()
{
    const QString path = u":/data/ford-xiaomi-ev-2026.json"_s;
    const ReadResult original = DatasetReader::readFile(path);
    QVERIFY(original.ok());

    const QByteArray json = DatasetWriter::toJson(*original.dataset);
    QStringList diagnostics;
    const Dataset saved = readBack(json, &diagnostics);
    QCOMPARE(diagnostics.join(u'\n'), QString());
    QVERIFY(saved == *original.dataset);
    // The compiled-in file is kept in the writer's layout, so saving it changes nothing.
    QCOMPARE(QString::fromUtf8(json), QString::fromUtf8(readAll(path)));
}

void TestDatasetWriter::fixtureRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DISPUTE_FIXTURES_DIR "/valid"));
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestDatasetWriter::fixtureRoundTrips()
{
    QFETCH(QString, path);
    const ReadResult original = DatasetReader::readFile(path);
    QVERIFY(original.ok());

    const QByteArray json = DatasetWriter::toJson(*original.dataset);
    const ReadResult saved = DatasetReader::read(json, path);
    QCOMPARE(formatAll(saved.diagnostics), formatAll(original.diagnostics));
    QVERIFY(saved.ok());
    QVERIFY(*saved.dataset == *original.dataset);
    QCOMPARE(DatasetWriter::toJson(*saved.dataset), json);
}

void TestDatasetWriter::keyOrderAndLayout()
{
    const QByteArray expected = R"({
  "format": "dispute-explorer/1",
  "id": "tiny",
  "title": "Tiny",
  "summary": "A summary.",
  "asOf": "2026-02-02",
  "language": "en",
  "actors": [
    {
      "id": "ford",
      "name": "Ford Motor Company",
      "kind": "organization",
      "role": "Automaker",
      "country": "US",
      "description": "Makes cars.",
      "aliases": [
        "Ford",
        "FoMoCo"
      ]
    }
  ],
  "sources": [
    {
      "id": "ft",
      "title": "FT report",
      "kind": "report",
      "author": "ford",
      "publisher": "ford",
      "date": "2026-02~",
      "url": "https://example.com/ft",
      "reliability": "B",
      "note": "cites four unnamed sources"
    }
  ],
  "statements": [
    {
      "id": "s1",
      "actor": "ford",
      "stance": "denial",
      "date": "2024-10/2025-03",
      "text": "Ford denies it.",
      "quote": "completely false",
      "sources": [
        "ft"
      ],
      "about": [
        "ford"
      ],
      "respondsTo": [
        "s1"
      ],
      "credibility": 3
    }
  ]
}
)";
    const Dataset dataset = fullDataset();
    const QByteArray json = DatasetWriter::toJson(dataset);
    QCOMPARE(QString::fromUtf8(json), QString::fromUtf8(expected));

    QStringList diagnostics;
    QVERIFY(readBack(json, &diagnostics) == dataset);
    QCOMPARE(diagnostics, QStringList());
}

void TestDatasetWriter::emptyOptionalFieldsAreOmitted()
{
    Dataset dataset = minimalDataset();
    Source source;
    source.id = u"s"_s;
    source.title = u"S"_s;
    dataset.sources = {source};
    Statement statement;
    statement.id = u"c"_s;
    statement.actor = u"a"_s;
    statement.date = date(u"2026");
    statement.text = u"Said."_s;
    dataset.statements = {statement};

    const QByteArray json = DatasetWriter::toJson(dataset);
    QCOMPARE(QString::fromUtf8(json), uR"({
  "format": "dispute-explorer/1",
  "id": "d",
  "title": "T",
  "actors": [
    {
      "id": "a",
      "name": "A",
      "kind": "group"
    }
  ],
  "sources": [
    {
      "id": "s",
      "title": "S"
    }
  ],
  "statements": [
    {
      "id": "c",
      "actor": "a",
      "stance": "claim",
      "date": "2026",
      "text": "Said."
    }
  ]
}
)"_s);
    QVERIFY(readBack(json) == dataset);

    dataset.sources.clear();
    dataset.statements.clear();
    const QByteArray bare = DatasetWriter::toJson(dataset);
    QVERIFY(!bare.contains("\"sources\""));
    QVERIFY(!bare.contains("\"statements\""));
    QVERIFY(readBack(bare) == dataset);
}

void TestDatasetWriter::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("quote") << u"say \"no\""_s << QByteArray(R"("say \"no\"")");
    QTest::newRow("backslash") << u"C:\\path\\"_s << QByteArray(R"("C:\\path\\")");
    QTest::newRow("newline") << u"one\ntwo\r\n"_s << QByteArray(R"("one\ntwo\r\n")");
    QTest::newRow("tab") << u"a\tb"_s << QByteArray(R"("a\tb")");
    QTest::newRow("U+0001") << u"a\u0001b"_s << QByteArray(R"("a\u0001b")");
    QTest::newRow("U+001f") << u"\u001f"_s << QByteArray(R"("\u001f")");
    QTest::newRow("backspace, form feed") << u"\b\f"_s << QByteArray(R"("\b\f")");
    QTest::newRow("script end") << u"</script><!--"_s << QByteArray(R"("</script><!--")");
    QTest::newRow("U+2028") << u"a\u2028b"_s
                            << QByteArray("\"a\xE2\x80\xA8"
                                          "b\"");
    QTest::newRow("among other scripts")
            << u"雷\"军\n😀\\é"_s
            << QByteArray("\"\xE9\x9B\xB7\\\"\xE5\x86\x9B\\n\xF0\x9F\x98\x80\\\\\xC3\xA9\"");
    QTest::newRow("long, every kind")
            << u"a\"é\t😀"_s.repeated(20'000)
            << "\"" + QByteArray("a\\\"\xC3\xA9\\t\xF0\x9F\x98\x80").repeated(20'000) + "\"";
}

void TestDatasetWriter::escaping()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);

    Dataset dataset = minimalDataset();
    dataset.title = text;
    dataset.actors.first().aliases = {text};
    const QByteArray json = DatasetWriter::toJson(dataset);
    QVERIFY2(json.contains(QByteArray("\"title\": " + written + ",\n")), json.constData());
    QVERIFY2(json.contains(QByteArray("        " + written + "\n")), json.constData());
    QVERIFY(readBack(json) == dataset);
}

void TestDatasetWriter::nonAsciiStaysLiteral()
{
    Dataset dataset = minimalDataset();
    dataset.title = u"小米集团 – Ford–Xiaomi 😀"_s;
    dataset.actors.first().name = u"雷军"_s;
    const QByteArray json = DatasetWriter::toJson(dataset);
    QVERIFY(json.contains(QByteArray("\"title\": \"" + dataset.title.toUtf8() + "\"")));
    QVERIFY(json.contains(
            QByteArray("\"name\": \"" + dataset.actors.first().name.toUtf8() + "\"")));
    QVERIFY(!json.contains("\\u"));
    QVERIFY(!json.startsWith("\xEF\xBB\xBF"));
    QVERIFY(readBack(json) == dataset);
}

void TestDatasetWriter::saveWritesAndReplaces()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.filePath(u"replace"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/out.json"_s;

    const Dataset first = minimalDataset();
    QCOMPARE(DatasetWriter::save(first, path), QString());
    QCOMPARE(readAll(path), DatasetWriter::toJson(first));

    const Dataset second = fullDataset();
    QCOMPARE(DatasetWriter::save(second, path), QString());
    QCOMPARE(readAll(path), DatasetWriter::toJson(second));
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(result.ok());
    QVERIFY(*result.dataset == second);
    // No temporary file is left beside the target.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.json"_s});
}

void TestDatasetWriter::saveIntoMissingDirectoryFails()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"missing/out.json"_s);
    const QString error = DatasetWriter::save(minimalDataset(), path);
    const QString prefix = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s;
    QVERIFY2(error.startsWith(prefix) && error.size() > prefix.size(), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"missing"_s)));
}

void TestDatasetWriter::saveUnderRegularFileFails()
{
    QVERIFY(m_dir.isValid());
    const QString parent = m_dir.filePath(u"afile"_s);
    const QByteArray content = "not a folder\n";
    QVERIFY(writeAll(parent, content));

    const QString path = parent + u"/x.json"_s;
    const QString error = DatasetWriter::save(minimalDataset(), path);
    const QString prefix = u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s;
    QVERIFY2(error.startsWith(prefix) && error.size() > prefix.size(), qPrintable(error));
    QCOMPARE(readAll(parent), content);
    QVERIFY(QFileInfo(parent).isFile());
}

void TestDatasetWriter::saveIntoReadOnlyDirectoryKeepsTarget()
{
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/out.json"_s;
    const QByteArray old = DatasetWriter::toJson(minimalDataset());
    QVERIFY(writeAll(path, old));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const bool enforced = !QFileInfo(dir).isWritable();

    const QString error = DatasetWriter::save(fullDataset(), path);
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    if (!enforced)
        QSKIP("permissions are not enforced for this user (root)");
    QVERIFY(error.startsWith(u"cannot write "_s + QDir::toNativeSeparators(path) + u": "_s));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList {u"out.json"_s});
}

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
