#include "models/datasetreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Runs every file of the JSONTestSuite parsing corpus (shared/corpora/JSONTestSuite/test_parsing)
// through DatasetReader::read():
//   n_*  invalid JSON:   at least one "FILE:LINE:COL: error: " diagnostic, and no dataset
//   y_*  valid JSON:     no syntax error; no dataset (none is a dataset), errors only in the
//                        "FILE: error: " form
//   i_*  either:         whatever the reader decides, it must not crash and must agree with
//                        itself (a dataset only without errors)
// and none may take a second: a generous guard against a parser that hangs or goes quadratic,
// not a benchmark (the slowest file takes milliseconds).
class TestJsonTestSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
};

namespace {

QString corpusDir()
{
    return QStringLiteral(DISPUTE_SHARED_DIR "/corpora/JSONTestSuite/test_parsing");
}

} // namespace

void TestJsonTestSuite::initTestCase()
{
    if (QDir(corpusDir()).exists())
        return;
    const QString message = u"the JSONTestSuite corpus is missing: "_s + corpusDir();
    if (qEnvironmentVariableIntValue("DISPUTE_REQUIRE_SHARED") == 1)
        QFAIL(qPrintable(message));
    QSKIP(qPrintable(message + u" (set DISPUTE_REQUIRE_SHARED=1 to make this a failure)"_s));
}

void TestJsonTestSuite::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(corpusDir());
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "the corpus folder holds no .json file");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestJsonTestSuite::corpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = DatasetReader::read(bytes, u"FILE"_s);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 1000, qPrintable(u"reading took %1 ms"_s.arg(elapsed)));
    const QStringList lines = formatAll(result.diagnostics);

    static const QRegularExpression syntaxError(u"^FILE:\\d+:\\d+: error: "_s);
    const bool anySyntaxError = std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return syntaxError.match(l).hasMatch();
    });
    QCOMPARE(result.ok(), !hasErrors(result.diagnostics));

    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u'n')) {
        QVERIFY2(anySyntaxError, qPrintable(lines.join(u'\n')));
        QVERIFY(!result.ok());
    } else if (name.startsWith(u'y')) {
        QVERIFY(!result.ok());
        for (const QString &line : lines) {
            QVERIFY2(line.startsWith(u"FILE: error: "_s) || line.startsWith(u"FILE: warning: "_s),
                     qPrintable(line));
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonTestSuite)
#include "tst_jsontestsuite.moc"
