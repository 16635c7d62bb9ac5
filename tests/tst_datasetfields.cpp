#include "models/datasetreader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Every rule of a single field of the data format, read through DatasetReader: required fields,
// JSON types, id syntax, enumerations, grades, URLs, codes, dates, the format version, unknown
// fields, and the references the validator resolves afterwards. One row per bad input, with the
// exact diagnostics.
class TestDatasetFields : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void loadedWithWarnings_data();
    void loadedWithWarnings();
};

namespace {

// The start of a dataset with its required scalar fields; rows add the rest and the closing }.
QByteArray doc(const QByteArray &rest)
{
    return R"({"format": "dispute-explorer/1", "id": "d", "title": "T", )" + rest + '}';
}

// A heading actor: no warning even when nothing mentions it.
#define GROUP R"({"id": "a", "name": "A", "kind": "group"})"
#define ACTORS R"("actors": [)" GROUP "]"
// A valid statement by that actor, open for more fields and then "}]".
#define STATEMENT_START \
    ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "claim", "date": "2026", )" \
           R"("text": "t", )"
#define STATEMENT(extra) STATEMENT_START extra "}]"

QString e(const QString &text)
{
    return u"t.json: error: "_s + text;
}

QString w(const QString &text)
{
    return u"t.json: warning: "_s + text;
}

const QString idRule = u"(expected lower-case letters, digits, \".\", \"_\" or \"-\", starting "
                       "with a letter or digit)"_s;

} // namespace

void TestDatasetFields::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    // The format and the top level.
    QTest::addRow("format missing") << QByteArray(R"({"id": "d", "title": "T", )" ACTORS "}")
                                    << QStringList {e(u"missing required field \"format\""_s)};
    QTest::addRow("format a number")
            << QByteArray(R"({"format": 1, "id": "d", "title": "T", )" ACTORS "}")
            << QStringList {e(u"/format: expected a string, found a number"_s)};
    QTest::addRow("newer format, nothing else judged")
            << QByteArray(R"({"format": "dispute-explorer/2", "id": "D D", "shape": []})")
            << QStringList {e(u"/format: this file was made by a newer version of Dispute Explorer "
                              "(format \"dispute-explorer/2\"); this version reads "
                              "\"dispute-explorer/1\""_s)};
    QTest::addRow("much newer format")
            << QByteArray(R"({"format": "dispute-explorer/12"})")
            << QStringList {e(u"/format: this file was made by a newer version of Dispute Explorer "
                              "(format \"dispute-explorer/12\"); this version reads "
                              "\"dispute-explorer/1\""_s)};
    QTest::addRow("foreign format")
            << QByteArray(R"({"format": "geojson", "type": "FeatureCollection"})")
            << QStringList {e(u"/format: unknown format \"geojson\" (expected "
                              "\"dispute-explorer/1\")"_s)};
    QTest::addRow("format with a minor version")
            << QByteArray(R"({"format": "dispute-explorer/1.1"})")
            << QStringList {e(u"/format: unknown format \"dispute-explorer/1.1\" (expected "
                              "\"dispute-explorer/1\")"_s)};
    QTest::addRow("format version 0")
            << QByteArray(R"({"format": "dispute-explorer/0"})")
            << QStringList {e(u"/format: unknown format \"dispute-explorer/0\" (expected "
                              "\"dispute-explorer/1\")"_s)};
    QTest::addRow("only the format") << QByteArray(R"({"format": "dispute-explorer/1"})")
                                     << QStringList {e(u"missing required field \"id\""_s),
                                                     e(u"missing required field \"title\""_s),
                                                     e(u"missing required field \"actors\""_s)};
    QTest::addRow("dataset id with a space") << QByteArray(
            R"({"format": "dispute-explorer/1", "id": "Ford Case", "title": "T", )" ACTORS
            "}") << QStringList {e(u"/id: invalid id \"Ford Case\" "_s + idRule)};
    QTest::addRow("dataset id starting with a dash")
            << QByteArray(R"({"format": "dispute-explorer/1", "id": "-x", "title": "T", )" ACTORS
                          "}")
            << QStringList {e(u"/id: invalid id \"-x\" "_s + idRule)};
    QTest::addRow("dataset id empty")
            << QByteArray(R"({"format": "dispute-explorer/1", "id": "", "title": "T", )" ACTORS "}")
            << QStringList {e(u"/id: must not be empty"_s)};
    QTest::addRow("title empty") << QByteArray(
            R"({"format": "dispute-explorer/1", "id": "d", "title": "", )" ACTORS "}")
                                 << QStringList {e(u"/title: must not be empty"_s)};
    QTest::addRow("title a number")
            << QByteArray(R"({"format": "dispute-explorer/1", "id": "d", "title": 7, )" ACTORS "}")
            << QStringList {e(u"/title: expected a string, found a number"_s)};
    QTest::addRow("summary null") << doc(R"("summary": null, )" ACTORS)
                                  << QStringList {e(u"/summary: expected a string, found null"_s)};
    QTest::addRow("language with an underscore")
            << doc(R"("language": "en_US", )" ACTORS)
            << QStringList {e(u"/language: invalid language tag \"en_US\" (expected a BCP 47 tag "
                              "such as \"en\" or \"zh-Hans\")"_s)};
    QTest::addRow("asOf month 13")
            << doc(R"("asOf": "2026-13", )" ACTORS)
            << QStringList {e(u"/asOf: invalid EDTF date \"2026-13\": month 13 is out of range"_s)};
    QTest::addRow("actors empty") << doc(R"("actors": [])")
                                  << QStringList {e(u"/actors: expected at least one actor"_s)};
    QTest::addRow("actors an object")
            << doc(R"("actors": {"a": {}})")
            << QStringList {e(u"/actors: expected an array, found an object"_s)};
    QTest::addRow("actors missing, references not judged")
            << doc(R"("sources": [{"id": "s", "title": "S", "author": "a"}])")
            << QStringList {e(u"missing required field \"actors\""_s)};
    QTest::addRow("actor not an object")
            << doc(R"("actors": ["a", )" GROUP "]")
            << QStringList {e(u"/actors/0: expected an object, found a string"_s)};

    // Actors.
    QTest::addRow("actor without name and kind")
            << doc(R"("actors": [{"id": "a"}])")
            << QStringList {e(u"/actors/0: missing required field \"name\""_s),
                            e(u"/actors/0: missing required field \"kind\""_s),
                            w(u"/actors/0: an actor nobody mentions"_s)};
    QTest::addRow("actor kind unknown")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "company"}])")
            << QStringList {e(u"/actors/0/kind: unknown actor kind \"company\" (expected group, "
                              "organization, person, media or government)"_s),
                            w(u"/actors/0: an actor nobody mentions"_s)};
    QTest::addRow("actor kind a number")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": 3}])")
            << QStringList {e(u"/actors/0/kind: expected a string, found a number"_s),
                            w(u"/actors/0: an actor nobody mentions"_s)};
    QTest::addRow("quotes and line breaks escaped in messages")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "say \"hi\"\n"}])")
            << QStringList {e(u"/actors/0/kind: unknown actor kind \"say \\\"hi\\\"\\n\" (expected "
                              "group, organization, person, media or government)"_s),
                            w(u"/actors/0: an actor nobody mentions"_s)};
    QTest::addRow("actor id with capitals")
            << doc(R"("actors": [{"id": "Ford", "name": "A", "kind": "group"}])")
            << QStringList {e(u"/actors/0/id: invalid id \"Ford\" "_s + idRule)};
    QTest::addRow("actor parent empty")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "parent": ""}])")
            << QStringList {e(u"/actors/0/parent: must not be empty"_s)};
    QTest::addRow("actor parent unknown")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "parent": "nobody"}])")
            << QStringList {e(u"/actors/0/parent: unknown actor \"nobody\""_s)};
    QTest::addRow("actor country lower-case")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "country": "usa"}])")
            << QStringList {e(u"/actors/0/country: invalid country code \"usa\" (expected two "
                              "capital letters, as in \"US\")"_s)};
    QTest::addRow("actor alias a number")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "aliases": ["x", 3]}])")
            << QStringList {e(u"/actors/0/aliases/1: expected a string, found a number"_s)};
    QTest::addRow("actor aliases a string")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "aliases": "x"}])")
            << QStringList {e(u"/actors/0/aliases: expected an array, found a string"_s)};
    QTest::addRow("duplicate actor id")
            << doc(R"("actors": [)" GROUP ", " GROUP "]")
            << QStringList {e(u"/actors/1/id: duplicate actor id \"a\" (first at /actors/0)"_s)};
    QTest::addRow("parent cycle")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "parent": "b"},
                                 {"id": "b", "name": "B", "kind": "group", "parent": "a"}])")
            << QStringList {e(u"/actors/0/parent: parent cycle: a → b → a"_s)};
    QTest::addRow("own parent") << doc(
            R"("actors": [{"id": "a", "name": "A", "kind": "group", "parent": "a"}])")
                                << QStringList {e(u"/actors/0/parent: parent cycle: a → a"_s)};

    // Sources.
    QTest::addRow("source empty object")
            << doc(ACTORS R"(, "sources": [{}])")
            << QStringList {e(u"/sources/0: missing required field \"id\""_s),
                            e(u"/sources/0: missing required field \"title\""_s)};
    QTest::addRow("source kind unknown")
            << doc(ACTORS R"(, "sources": [{"id": "s", "title": "S", "kind": "blog"}])")
            << QStringList {e(u"/sources/0/kind: unknown source kind \"blog\" (expected report, "
                              "article, post, statement, remarks, filing or other)"_s)};
    const struct
    {
        const char *name;
        const char *url;
        QString expected;
    } urls[] = {
            {"ftp URL", "ftp://example.com/r", u"is not http or https"_s},
            {"javascript URL", "javascript:alert(1)", u"is not http or https"_s},
            {"URL without scheme", "www.ft.com/x", u"is not http or https"_s},
            {"URL without host", "https://", u"has no host"_s},
            {"URL with a space in the host", "http://exa mple.com/", u"is not valid"_s},
    };
    for (const auto &url : urls) {
        QTest::addRow("%s", url.name)
                << doc(QByteArray(ACTORS R"(, "sources": [{"id": "s", "title": "S", "url": ")")
                       + url.url + R"("}])")
                << QStringList {e(u"/sources/0/url: URL \""_s + QString::fromUtf8(url.url)
                                  + u"\" "_s + url.expected)};
    }
    QTest::addRow("URL empty") << doc(ACTORS
                                      R"(, "sources": [{"id": "s", "title": "S", "url": ""}])")
                               << QStringList {e(u"/sources/0/url: must not be empty"_s)};
    for (const char *grade : {"G", "a", "AB"}) {
        QTest::addRow("reliability %s", grade)
                << doc(QByteArray(ACTORS R"(, "sources": [{"id": "s", "title": "S", )")
                       + R"("reliability": ")" + grade + R"("}])")
                << QStringList {e(u"/sources/0/reliability: invalid reliability \"%1\" (expected a "
                                  "source grade from A to F)"_s.arg(QString::fromUtf8(grade)))};
    }
    QTest::addRow("reliability a number")
            << doc(ACTORS R"(, "sources": [{"id": "s", "title": "S", "reliability": 1}])")
            << QStringList {e(u"/sources/0/reliability: expected a string, found a number"_s)};
    QTest::addRow("source author and publisher unknown")
            << doc(ACTORS R"(, "sources": [{"id": "s", "title": "S", "author": "zed",
                                            "publisher": "ft"}])")
            << QStringList {e(u"/sources/0/author: unknown actor \"zed\""_s),
                            e(u"/sources/0/publisher: unknown actor \"ft\""_s)};
    QTest::addRow("source date month 13")
            << doc(ACTORS R"(, "sources": [{"id": "s", "title": "S", "date": "2026-13"}])")
            << QStringList {e(u"/sources/0/date: invalid EDTF date \"2026-13\": month 13 is out of "
                              "range"_s)};
    QTest::addRow("sources a string, references not judged")
            << doc(ACTORS R"(, "sources": "s", "statements": [{"id": "x", "actor": "a",
                   "stance": "claim", "date": "2026", "text": "t", "sources": ["s"]}])")
            << QStringList {e(u"/sources: expected an array, found a string"_s)};

    // Statements.
    QTest::addRow("statement empty object")
            << doc(ACTORS R"(, "statements": [{}])")
            << QStringList {e(u"/statements/0: missing required field \"id\""_s),
                            e(u"/statements/0: missing required field \"actor\""_s),
                            e(u"/statements/0: missing required field \"stance\""_s),
                            e(u"/statements/0: missing required field \"date\""_s),
                            e(u"/statements/0: missing required field \"text\""_s)};
    QTest::addRow("statement not an object")
            << doc(ACTORS R"(, "statements": [3])")
            << QStringList {e(u"/statements/0: expected an object, found a number"_s)};
    QTest::addRow("stance unknown")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "rebuttal",
                   "date": "2026", "text": "t"}])")
            << QStringList {e(u"/statements/0/stance: unknown stance \"rebuttal\" (expected claim, "
                              "denial, context, reaction or status)"_s)};
    QTest::addRow("date month 13")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "claim",
                   "date": "2026-13", "text": "t"}])")
            << QStringList {e(u"/statements/0/date: invalid EDTF date \"2026-13\": month 13 is out "
                              "of range"_s)};
    QTest::addRow("date empty") << doc(
            ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "claim",
                   "date": "", "text": "t"}])")
                                << QStringList {e(u"/statements/0/date: must not be empty"_s)};
    QTest::addRow("text empty") << doc(
            ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "claim",
                   "date": "2026", "text": ""}])")
                                << QStringList {e(u"/statements/0/text: must not be empty"_s)};
    for (const char *grade : {"7", "0", "2.5", "-1"}) {
        QTest::addRow("credibility %s", grade)
                << doc(STATEMENT_START R"("credibility": )" + QByteArray(grade) + "}]")
                << QStringList {
                           e(u"/statements/0/credibility: invalid credibility %1 (expected an "
                             "information grade from 1 to 6)"_s.arg(QString::fromUtf8(grade)))};
    }
    QTest::addRow("credibility a string")
            << doc(STATEMENT(R"("credibility": "3")"))
            << QStringList {e(u"/statements/0/credibility: expected a number, found a string"_s)};
    QTest::addRow("actor unknown")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "xiaomi-motors",
                   "stance": "claim", "date": "2026", "text": "t"}])")
            << QStringList {e(u"/statements/0/actor: unknown actor \"xiaomi-motors\""_s)};
    QTest::addRow("source unknown")
            << doc(STATEMENT(R"("sources": ["nope"])"))
            << QStringList {e(u"/statements/0/sources/0: unknown source \"nope\""_s)};
    QTest::addRow("about unknown")
            << doc(STATEMENT(R"("about": ["a", "x"])"))
            << QStringList {e(u"/statements/0/about/1: unknown actor \"x\""_s)};
    QTest::addRow("respondsTo unknown")
            << doc(STATEMENT(R"("respondsTo": ["ghost"])"))
            << QStringList {e(u"/statements/0/respondsTo/0: unknown statement \"ghost\""_s)};
    QTest::addRow("reference empty")
            << doc(STATEMENT(R"("about": [""])"))
            << QStringList {e(u"/statements/0/about/0: must not be empty"_s)};
    QTest::addRow("respondsTo a string")
            << doc(STATEMENT(R"("respondsTo": "x")"))
            << QStringList {e(u"/statements/0/respondsTo: expected an array, found a string"_s)};
    QTest::addRow("duplicate statement id")
            << doc(ACTORS R"(, "statements": [
                   {"id": "x", "actor": "a", "stance": "claim", "date": "2026", "text": "t"},
                   {"id": "x", "actor": "a", "stance": "claim", "date": "2026", "text": "u"}])")
            << QStringList {e(
                       u"/statements/1/id: duplicate statement id \"x\" (first at /statements/0)"_s)};

    // Every error of a file at once, in document order, then the whole-dataset checks.
    QTest::addRow("many errors at once")
            << QByteArray(R"({"format": "dispute-explorer/1", "id": "D", "title": "T", "colour": 1,
  "actors": [{"id": "a", "name": "A", "kind": "company"}, {"id": "a", "name": "", "kind": "group"}],
  "sources": [{"id": "s", "title": "S", "url": "file:///etc/passwd", "author": "nobody"}],
  "statements": [{"id": "x", "actor": "b", "stance": "denial", "date": "2026", "text": "t",
                  "sources": ["s", "t"]}]})")
            << QStringList {
                       e(u"/id: invalid id \"D\" "_s + idRule),
                       w(u"/colour: unknown field \"colour\""_s),
                       e(u"/actors/0/kind: unknown actor kind \"company\" (expected group, "
                         "organization, person, media or government)"_s),
                       e(u"/actors/1/name: must not be empty"_s),
                       e(u"/sources/0/url: URL \"file:///etc/passwd\" is not http or https"_s),
                       e(u"/actors/1/id: duplicate actor id \"a\" (first at /actors/0)"_s),
                       e(u"/sources/0/author: unknown actor \"nobody\""_s),
                       e(u"/statements/0/actor: unknown actor \"b\""_s),
                       e(u"/statements/0/sources/1: unknown source \"t\""_s),
                       w(u"/statements/0: a denial that responds to nothing"_s),
                       w(u"/actors/0: an actor nobody mentions"_s),
               };
}

void TestDatasetFields::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ReadResult result = DatasetReader::read(json, u"t.json"_s);
    QCOMPARE(formatAll(result.diagnostics).join(u'\n'), expected.join(u'\n'));
    QVERIFY(!result.ok());
}

void TestDatasetFields::loadedWithWarnings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("unknown top-level field")
            << doc(R"("colour": "red", )" ACTORS)
            << QStringList {w(u"/colour: unknown field \"colour\""_s)};
    QTest::addRow("unknown actor field, escaped in the pointer")
            << doc(R"("actors": [{"id": "a", "name": "A", "kind": "group", "a/b~c": 1}])")
            << QStringList {w(u"/actors/0/a~1b~0c: unknown field \"a/b~c\""_s)};
    QTest::addRow("unknown statement fields")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "claim",
                   "date": "2026", "text": "t", "tone": "angry", "mood": null}])")
            << QStringList {w(u"/statements/0/mood: unknown field \"mood\""_s),
                            w(u"/statements/0/tone: unknown field \"tone\""_s)};
    QTest::addRow("actor nobody mentions")
            << doc(R"("actors": [)" GROUP R"(, {"id": "b", "name": "B", "kind": "person"}])")
            << QStringList {w(u"/actors/1: an actor nobody mentions"_s)};
    QTest::addRow("denial without respondsTo")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "denial",
                   "date": "2026", "text": "t"}])")
            << QStringList {w(u"/statements/0: a denial that responds to nothing"_s)};
    QTest::addRow("denial with empty respondsTo")
            << doc(ACTORS R"(, "statements": [{"id": "x", "actor": "a", "stance": "denial",
                   "date": "2026", "text": "t", "respondsTo": []}])")
            << QStringList {w(u"/statements/0: a denial that responds to nothing"_s)};
}

void TestDatasetFields::loadedWithWarnings()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const ReadResult result = DatasetReader::read(json, u"t.json"_s);
    QCOMPARE(formatAll(result.diagnostics).join(u'\n'), expected.join(u'\n'));
    QVERIFY(result.ok());
}

QTEST_GUILESS_MAIN(TestDatasetFields)
#include "tst_datasetfields.moc"
