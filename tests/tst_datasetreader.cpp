#include "models/datasetreader.h"
#include "models/jsontext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The text-level and file-level rules of DatasetReader: empty input, BOM, UTF-8, JSON syntax
// with line and column, the root, the limits, the error cap, readFile() and the compiled-in
// dataset. The rules of single fields are in tst_datasetfields, whole-dataset rules in
// tst_datasetvalidator.
class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void surrogatePairIsACharacter();
    void textPosition_data();
    void textPosition();
    void bomIsSkipped();
    void fullDatasetIsRead();
    void errorsAreCappedAt100();
    void warningsAreCappedAt100();
    void stringLength_data();
    void stringLength();
    void longFieldNameAndReference();
    void nestingDepth_data();
    void nestingDepth();
    void actorTreeDepth_data();
    void actorTreeDepth();
    void actorCount_data();
    void actorCount();
    void sourceAndStatementCount_data();
    void sourceAndStatementCount();
    void oversizeBytes();
    void readFileMissing();
    void readFileDirectory();
    void readFileOversize();
    void readFileUnreadable();
    void readFileFixture();
    void builtinDatasetIsClean();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString fileName = u"t.json"_s;

// A valid dataset with no warning: one heading actor, nothing else.
const QByteArray minimal = R"({"format": "dispute-explorer/1", "id": "d", "title": "T",
 "actors": [{"id": "a", "name": "A", "kind": "group"}]})";

QByteArray header()
{
    return R"({"format": "dispute-explorer/1", "id": "d", "title": "T", )";
}

QStringList diagnosticsOf(const QByteArray &json)
{
    return formatAll(DatasetReader::read(json, fileName).diagnostics);
}

// n heading actors named a0..a(n-1), each the child of the previous one.
QByteArray actorChain(int n)
{
    QByteArray actors;
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            actors += ", ";
        actors += R"({"id": "a)" + QByteArray::number(i) + R"(", "name": "A", "kind": "group")";
        if (i > 0)
            actors += R"(, "parent": "a)" + QByteArray::number(i - 1) + '"';
        actors += '}';
    }
    return header() + R"("actors": [)" + actors + "]}";
}

} // namespace

void TestDatasetReader::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QString empty = u"t.json:1:1: error: the file is empty (expected a JSON object)"_s;
    QTest::addRow("empty") << QByteArray() << QStringList {empty};
    QTest::addRow("whitespace only") << QByteArray(" \r\n\t\n ") << QStringList {empty};
    QTest::addRow("BOM only") << QByteArray("\xEF\xBB\xBF") << QStringList {empty};
    QTest::addRow("BOM and whitespace") << QByteArray("\xEF\xBB\xBF\n\n") << QStringList {empty};

    QTest::addRow("Latin-1 byte on line 2")
            << QByteArray("{\n  \"title\": \"caf\xE9\"\n}")
            << QStringList {u"t.json:2:16: error: invalid UTF-8: byte 0xE9 does not begin a valid "
                            "character"_s};
    QTest::addRow("truncated sequence after a CJK character")
            << QByteArray("{\"t\": \"\xE5\xB0\x8F\xC3(\"}")
            << QStringList {u"t.json:1:9: error: invalid UTF-8: byte 0xC3 does not begin a valid "
                            "character"_s};
    QTest::addRow("overlong form")
            << QByteArray("[\"\xC0\xAF\"]")
            << QStringList {u"t.json:1:3: error: invalid UTF-8: byte 0xC0 does not begin a valid "
                            "character"_s};
    QTest::addRow("encoded surrogate")
            << QByteArray("{\"a\": \"\xED\xA0\x80\"}")
            << QStringList {u"t.json:1:8: error: invalid UTF-8: byte 0xED does not begin a valid "
                            "character"_s};
    QTest::addRow("above U+10FFFF")
            << QByteArray("\xEF\xBB\xBF{\n\"a\": \"\xF4\x90\x80\x80\"}")
            << QStringList {u"t.json:2:7: error: invalid UTF-8: byte 0xF4 does not begin a valid "
                            "character"_s};
    // Escaped halves of a surrogate pair without the other half: no character, and nothing a
    // saved file could hold (found by fuzzing: the dataset changed when saved and read back).
    QTest::addRow("lone low surrogate")
            << QByteArray(R"({"a": "Com\ude39pany"})")
            << QStringList {
                       u"t.json:1:11: error: unpaired surrogate \\uDE39 in a string (half of a "
                       "character)"_s};
    QTest::addRow("high surrogate at the end of a string")
            << QByteArray(R"({"a": "x\uD83D"})")
            << QStringList {u"t.json:1:9: error: unpaired surrogate \\uD83D in a string (half of a "
                            "character)"_s};
    QTest::addRow("high surrogate before another escape")
            << QByteArray(R"({"a": "\uD83D\u0041"})")
            << QStringList {u"t.json:1:8: error: unpaired surrogate \\uD83D in a string (half of a "
                            "character)"_s};
    QTest::addRow("surrogates in the wrong order")
            << QByteArray(R"({"\uDC8D\uD83D": 1})")
            << QStringList {u"t.json:1:3: error: unpaired surrogate \\uDC8D in a string (half of a "
                            "character)"_s};
    QTest::addRow("UTF-16 with BOM")
            << QByteArray("\xFF\xFE{\0}\0", 6)
            << QStringList {u"t.json:1:1: error: invalid UTF-8: byte 0xFF does not begin a valid "
                            "character"_s};

    // Qt's offset stops just after the "x" (column 14); each CJK character is one column, not
    // three bytes. An offset past the end means the end of the text.
    QTest::addRow("syntax error after CJK on line 3")
            << QByteArray("{\n  \"title\": \"\xE5\xB0\x8F\xE7\xB1\xB3\",\n"
                          "  \"id\": \"\xE5\xB0\x8F\xE7\xB1\xB3\" x\n}")
            << QStringList {u"t.json:3:15: error: unterminated object"_s};
    QTest::addRow("BOM does not count as a column")
            << QByteArray("\xEF\xBB\xBF{\"a\" 1}")
            << QStringList {u"t.json:1:7: error: missing name separator"_s};
    QTest::addRow("CRLF line ends") << QByteArray("{\r\n\"a\": 1,\r\n}")
                                    << QStringList {u"t.json:3:2: error: object is missing after "
                                                    "a comma"_s};
    QTest::addRow("garbage after the root")
            << QByteArray("{}\n\n  {}")
            << QStringList {u"t.json:3:3: error: garbage at the end of "
                            "the document"_s};
    QTest::addRow("unterminated string")
            << QByteArray("{\"a\": \"abc")
            << QStringList {u"t.json:1:11: error: unterminated string"_s};

    // Qt 6.4 accepts these; the strict check refuses them at the offending character.
    QTest::addRow("number 1.") << QByteArray("{\"a\": 1.}")
                               << QStringList {u"t.json:1:9: error: illegal number"_s};
    QTest::addRow("number .5") << QByteArray("{\"a\": [.5]}")
                               << QStringList {u"t.json:1:8: error: illegal value"_s};
    QTest::addRow("escape \\x") << QByteArray("{\"a\": \"\\x\"}")
                                << QStringList {u"t.json:1:8: error: invalid escape sequence"_s};
    QTest::addRow("line break in a string")
            << QByteArray("{\"a\": \"x\ny\"}")
            << QStringList {u"t.json:1:9: error: unescaped control character in a string"_s};
    QTest::addRow("tab in a string after a BOM")
            << QByteArray("\xEF\xBB\xBF{\"\xC3\xA9\": \"\t\"}")
            << QStringList {u"t.json:1:8: error: unescaped control character in a string"_s};

    QTest::addRow("root array") << QByteArray("[]")
                                << QStringList {u"t.json: error: expected an object at the root, "
                                                "found an array"_s};
    QTest::addRow("root number") << QByteArray(" -1.5e3 ")
                                 << QStringList {u"t.json: error: expected an object at the root, "
                                                 "found a number"_s};
    QTest::addRow("root string") << QByteArray("\"x\"")
                                 << QStringList {u"t.json: error: expected an object at the root, "
                                                 "found a string"_s};
    QTest::addRow("root null") << QByteArray("null")
                               << QStringList {u"t.json: error: expected an object at the root, "
                                               "found null"_s};
    QTest::addRow("two scalars") << QByteArray("1 2")
                                 << QStringList {u"t.json:1:3: error: garbage at the end of the "
                                                 "document"_s};
    QTest::addRow("bad scalar") << QByteArray("tru")
                                << QStringList {u"t.json:1:1: error: illegal value"_s};
}

void TestDatasetReader::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ReadResult result = DatasetReader::read(json, fileName);
    QCOMPARE(formatAll(result.diagnostics).join(u'\n'), expected.join(u'\n'));
    QVERIFY(!result.ok());
}

void TestDatasetReader::surrogatePairIsACharacter()
{
    QByteArray json = minimal;
    json.replace(R"("title": "T")", R"("title": "gem \ud83d\udc8D")");
    const ReadResult result = DatasetReader::read(json, fileName);
    QCOMPARE(formatAll(result.diagnostics), QStringList());
    QCOMPARE(result.dataset->title, u"gem 💍"_s);
}

void TestDatasetReader::textPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::addRow("LF") << QByteArray("a\nbc") << 3 << 2 << 2;
    QTest::addRow("CRLF") << QByteArray("a\r\nbc") << 4 << 2 << 2;
    QTest::addRow("lone CR") << QByteArray("a\rbc") << 3 << 2 << 2;
    QTest::addRow("after two-byte") << QByteArray("\xC3\xA9x") << 2 << 1 << 2;
    QTest::addRow("after four-byte") << QByteArray("\xF0\x9F\x98\x80x") << 4 << 1 << 2;
    QTest::addRow("inside a character") << QByteArray("a\xE5\xB0\x8F") << 2 << 1 << 2;
    QTest::addRow("past the end") << QByteArray("ab\n") << 9 << 2 << 1;
}

void TestDatasetReader::textPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition position = ::textPosition(text, offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestDatasetReader::bomIsSkipped()
{
    const ReadResult plain = DatasetReader::read(minimal, fileName);
    const ReadResult withBom = DatasetReader::read("\xEF\xBB\xBF" + minimal, fileName);
    QCOMPARE(formatAll(withBom.diagnostics), QStringList());
    QVERIFY(withBom.ok());
    QVERIFY(plain.ok());
    QCOMPARE(*withBom.dataset, *plain.dataset);
}

void TestDatasetReader::fullDatasetIsRead()
{
    const QByteArray json = R"({
  "format": "dispute-explorer/1",
  "id": "ford-xiaomi",
  "title": "Ford–Xiaomi",
  "summary": "One paragraph.",
  "asOf": "2026-02-02",
  "language": "en-GB",
  "actors": [
    {"id": "automakers", "name": "Automakers", "kind": "group"},
    {"id": "ford", "name": "Ford", "kind": "organization", "parent": "automakers",
     "country": "US", "role": "automaker", "description": "d", "aliases": ["Ford Motor"]},
    {"id": "xiaomi", "name": "小米", "kind": "organization", "parent": "automakers"},
    {"id": "ft", "name": "Financial Times", "kind": "media"}
  ],
  "sources": [
    {"id": "ft-report", "title": "FT report", "kind": "report", "publisher": "ft",
     "date": "2026-02", "url": "https://www.ft.com/x", "reliability": "B", "note": "n"}
  ],
  "statements": [
    {"id": "claim", "actor": "ft", "stance": "claim", "date": "2026-02", "text": "t",
     "sources": ["ft-report"], "about": ["ford", "xiaomi"], "credibility": 3},
    {"id": "denial", "actor": "ford", "stance": "denial", "date": "2026-02", "text": "t",
     "quote": "completely false", "respondsTo": ["claim"]}
  ]
})";
    const ReadResult result = DatasetReader::read(json, fileName);
    QCOMPARE(formatAll(result.diagnostics).join(u'\n'), QString());
    QVERIFY(result.ok());
    const Dataset &d = *result.dataset;
    QCOMPARE(d.id, u"ford-xiaomi"_s);
    QCOMPARE(d.title, u"Ford–Xiaomi"_s);
    QCOMPARE(d.language, u"en-GB"_s);
    QVERIFY(d.asOf.has_value());
    QCOMPARE(d.asOf->toEdtf(), u"2026-02-02"_s);
    QCOMPARE(d.actors.size(), 4);
    QCOMPARE(toString(d.actors.at(1).kind), u"organization"_s);
    QCOMPARE(d.actors.at(1).parent, u"automakers"_s);
    QCOMPARE(d.actors.at(1).country, u"US"_s);
    QCOMPARE(d.actors.at(1).aliases, QStringList {u"Ford Motor"_s});
    QCOMPARE(d.actors.at(2).name, u"小米"_s);
    QCOMPARE(toString(d.actors.at(3).kind), u"media"_s);
    QCOMPARE(toString(d.sources.at(0).kind), u"report"_s);
    QCOMPARE(d.sources.at(0).reliability, QChar(u'B'));
    QCOMPARE(d.sources.at(0).url, u"https://www.ft.com/x"_s);
    QCOMPARE(d.sources.at(0).date->toEdtf(), u"2026-02"_s);
    QCOMPARE(d.statements.at(0).credibility, 3);
    QCOMPARE(d.statements.at(0).about, (QStringList {u"ford"_s, u"xiaomi"_s}));
    QCOMPARE(toString(d.statements.at(1).stance), u"denial"_s);
    QCOMPARE(d.statements.at(1).quote, u"completely false"_s);
    QCOMPARE(d.statements.at(1).respondsTo, QStringList {u"claim"_s});
    // The lookups are ready.
    QCOMPARE(d.actorIndex(u"xiaomi"_s), 2);
    QCOMPARE(d.statementIndex(u"denial"_s), 1);
    QVERIFY(d.source(u"ft-report"_s));
}

void TestDatasetReader::errorsAreCappedAt100()
{
    QByteArray actors;
    for (int i = 0; i < 150; ++i)
        actors += QByteArray(i ? ", " : "") + R"({"id": "a)" + QByteArray::number(i)
                + R"(", "kind": "group"})";
    const QStringList lines = diagnosticsOf(header() + R"("actors": [)" + actors + "]}");
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines.first(), u"t.json: error: /actors/0: missing required field \"name\""_s);
    QCOMPARE(lines.at(99), u"t.json: error: /actors/99: missing required field \"name\""_s);
    QCOMPARE(lines.last(),
             u"t.json: error: 50 more errors were omitted (only the first 100 are listed)"_s);
}

void TestDatasetReader::warningsAreCappedAt100()
{
    QByteArray fields;
    for (int i = 0; i < 101; ++i)
        fields += R"("x)" + QByteArray::number(1000 + i) + R"(": 1, )";
    const ReadResult result = DatasetReader::read(header() + fields + R"("actors": [{"id": "a",
        "name": "A", "kind": "group"}]})",
                                                  fileName);
    QVERIFY(result.ok()); // warnings alone do not refuse a file
    const QStringList lines = formatAll(result.diagnostics);
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines.first(), u"t.json: warning: /x1000: unknown field \"x1000\""_s);
    QCOMPARE(lines.last(),
             u"t.json: warning: 1 more warning was omitted (only the first 100 are listed)"_s);
}

void TestDatasetReader::stringLength_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("at the limit") << QString(100'000, u'x') << QStringList();
    QTest::addRow("one over")
            << QString(100'001, u'x')
            << QStringList {u"t.json: error: /title: the string is 100001 characters long, over "
                            "the 100000 limit"_s};
    // 100,000 emoji are 200,000 UTF-16 units but 100,000 characters.
    QString emoji;
    for (int i = 0; i < 100'000; ++i)
        emoji += u"😀";
    QTest::addRow("emoji at the limit") << emoji << QStringList();
}

void TestDatasetReader::stringLength()
{
    QFETCH(QString, title);
    QFETCH(QStringList, expected);
    QByteArray json = minimal;
    json.replace(R"("title": "T")", QByteArray(R"("title": ")" + title.toUtf8() + '"'));
    QCOMPARE(diagnosticsOf(json).join(u'\n'), expected.join(u'\n'));
}

void TestDatasetReader::longFieldNameAndReference()
{
    const QByteArray name(100'001, 'k');
    const QByteArray json = header() + '"' + name + R"(": 1, "actors": [{"id": "a", "name": "A",
        "kind": "group", "aliases": ["ok", ")"
            + name + R"("]}]})";
    QCOMPARE(diagnosticsOf(json).join(u'\n'),
             QStringList({u"t.json: error: a field name is 100001 characters long, over the 100000 "
                          "limit"_s,
                          u"t.json: error: /actors/0/aliases/1: the string is 100001 characters "
                          "long, over the 100000 limit"_s})
                     .join(u'\n'));
}

void TestDatasetReader::nestingDepth_data()
{
    QTest::addColumn<int>("arrays");
    QTest::addColumn<QStringList>("expected");

    // The root object is level 1, so 63 arrays inside it reach level 64.
    QTest::addRow("64 levels") << 63 << QStringList {u"t.json: warning: /x: unknown field \"x\""_s};
    QString pointer = u"/x"_s;
    for (int i = 0; i < 63; ++i)
        pointer += u"/0"_s;
    QTest::addRow("65 levels") << 64
                               << QStringList {u"t.json: error: "_s + pointer
                                               + u": nested 65 levels deep, over the 64 limit"_s};
}

void TestDatasetReader::nestingDepth()
{
    QFETCH(int, arrays);
    QFETCH(QStringList, expected);
    QByteArray json = minimal;
    json.replace(R"("id": "d")",
                 QByteArray(R"("x": )" + QByteArray(arrays, '[') + QByteArray(arrays, ']')
                            + R"(, "id": "d")"));
    QCOMPARE(diagnosticsOf(json).join(u'\n'), expected.join(u'\n'));
}

void TestDatasetReader::actorTreeDepth_data()
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("32 levels") << 32 << QStringList();
    QTest::addRow("33 levels") << 33
                               << QStringList {u"t.json: error: /actors/32/parent: actor \"a32\" "
                                               "is at depth 33 of the actor tree, over the 32 "
                                               "limit"_s};
    QTest::addRow("40 levels, reported once")
            << 40
            << QStringList {u"t.json: error: /actors/32/parent: actor \"a32\" is at depth 33 of "
                            "the actor tree, over the 32 limit"_s};
}

void TestDatasetReader::actorTreeDepth()
{
    QFETCH(int, actors);
    QFETCH(QStringList, expected);
    QCOMPARE(diagnosticsOf(actorChain(actors)), expected);
}

void TestDatasetReader::actorCount_data()
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("at the limit") << 20'000 << QStringList();
    QTest::addRow("one over") << 20'001
                              << QStringList {u"t.json: error: /actors: 20001 actors, over the "
                                              "20000 limit"_s};
}

void TestDatasetReader::actorCount()
{
    QFETCH(int, actors);
    QFETCH(QStringList, expected);
    QByteArray list;
    list.reserve(actors * 48);
    for (int i = 0; i < actors; ++i)
        list += QByteArray(i ? ", " : "") + R"({"id": "a)" + QByteArray::number(i)
                + R"(", "name": "A", "kind": "group"})";
    QCOMPARE(diagnosticsOf(header() + R"("actors": [)" + list + "]}"), expected);
}

void TestDatasetReader::sourceAndStatementCount_data()
{
    QTest::addColumn<QByteArray>("collection");
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QStringList>("expected");

    const QByteArray source = R"({"id": "s%1", "title": "T"})";
    const QByteArray statement
            = R"({"id": "s%1", "actor": "a", "stance": "context", "date": "2026", "text": "T"})";
    QTest::addRow("sources one over")
            << QByteArray("sources") << source
            << QStringList {u"t.json: error: /sources: 200001 sources, over the 200000 limit"_s};
    QTest::addRow("statements one over")
            << QByteArray("statements") << statement
            << QStringList {u"t.json: error: /statements: 200001 statements, over the 200000 "
                            "limit"_s};
}

void TestDatasetReader::sourceAndStatementCount()
{
    QFETCH(QByteArray, collection);
    QFETCH(QByteArray, item);
    QFETCH(QStringList, expected);
    const int count = int(DatasetReader::maxSources) + 1;
    QCOMPARE(DatasetReader::maxStatements + 1, count);
    QByteArray list;
    list.reserve(count * (item.size() + 8));
    for (int i = 0; i < count; ++i) {
        QByteArray one = item;
        list += (i ? ", " : "") + one.replace("%1", QByteArray::number(i));
    }
    QCOMPARE(diagnosticsOf(header() + R"("actors": [{"id": "a", "name": "A", "kind": "group"}], ")"
                           + collection + R"(": [)" + list + "]}"),
             expected);
}

void TestDatasetReader::oversizeBytes()
{
    const QByteArray bytes(DatasetReader::maxFileSize + 1, ' ');
    QCOMPARE(diagnosticsOf(bytes),
             QStringList {u"t.json: error: the file is 64.1 MiB, over the 64 MiB limit"_s});
}

void TestDatasetReader::readFileMissing()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"missing.json"_s);
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path + u": error: cannot read: no such file"_s});
}

void TestDatasetReader::readFileDirectory()
{
    const QString path = m_dir.filePath(u"folder.json"_s);
    QVERIFY(QDir().mkpath(path));
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path + u": error: cannot read: it is a directory, not a file"_s});
}

void TestDatasetReader::readFileOversize()
{
    // A sparse file: 70.2 MiB on paper, nothing on disk. It must be refused before reading.
    const QString path = m_dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(70 * 1024 * 1024 + 200 * 1024));
    file.close();
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path + u": error: the file is 70.2 MiB, over the 64 MiB limit"_s});
}

void TestDatasetReader::readFileUnreadable()
{
    const QString path = m_dir.filePath(u"locked.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(minimal);
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    if (QFile probe(path); probe.open(QIODevice::ReadOnly))
        QSKIP("permissions are not enforced for this user (root?)");
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path + u": error: cannot read: permission denied"_s});
}

void TestDatasetReader::readFileFixture()
{
    const QString path = QStringLiteral(DISPUTE_FIXTURES_DIR "/reader/two-errors.json");
    const ReadResult result = DatasetReader::readFile(path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             (QStringList {path
                                   + u": error: /actors/0/kind: unknown actor kind \"company\" "
                                     "(expected group, organization, person, media or "
                                     "government)"_s,
                           path
                                   + u": error: /sources/0/url: URL \"ftp://example.com/r\" is not "
                                     "http or https"_s,
                           path + u": warning: /actors/0: an actor nobody mentions"_s}));
}

void TestDatasetReader::builtinDatasetIsClean()
{
    const ReadResult result = DatasetReader::readFile(u":/data/ford-xiaomi-ev-2026.json"_s);
    QCOMPARE(formatAll(result.diagnostics).join(u'\n'), QString());
    QVERIFY(result.ok());
    QVERIFY(!result.dataset->statements.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatasetReader)
#include "tst_datasetreader.moc"
