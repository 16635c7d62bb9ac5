#include "tests/fuzz/datasetinvariants.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Every input the fuzz target (tests/fuzz) once broke, kept in tests/fixtures/fuzz/ after the fix,
// goes through the same invariants in every normal test run.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
};

void TestFuzzRegressions::findings_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(DISPUTE_FIXTURES_DIR "/fuzz"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!names.isEmpty(), "tests/fixtures/fuzz holds no input");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestFuzzRegressions::findings()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(checkDatasetInvariants(file.readAll()), QString());
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
