#include "models/diagnostic.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDiagnostic : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void hasErrorsIgnoresWarnings();
};

void TestDiagnostic::format_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("expected");

    QTest::addRow("syntax") << Diagnostic::syntaxError(u"a.json"_s, 3, 14, u"unterminated string"_s)
                            << u"a.json:3:14: error: unterminated string"_s;
    QTest::addRow("pointer")
            << Diagnostic::error(u"b.json"_s, u"/statements/4/actor"_s,
                                 u"unknown actor \"xiaomi-motors\""_s)
            << u"b.json: error: /statements/4/actor: unknown actor \"xiaomi-motors\""_s;
    QTest::addRow("warning") << Diagnostic::warning(u"c.json"_s, u"/actors/0/colour"_s,
                                                    u"unknown field \"colour\""_s)
                             << u"c.json: warning: /actors/0/colour: unknown field \"colour\""_s;
    QTest::addRow("whole file") << Diagnostic::error(u"d.json"_s, {}, u"cannot read: gone"_s)
                                << u"d.json: error: cannot read: gone"_s;
    QTest::addRow("unicode name")
            << Diagnostic::error(u"小米 data.json"_s, u"/title"_s,
                                 u"expected a string, found a number"_s)
            << u"小米 data.json: error: /title: expected a string, found a number"_s;
}

void TestDiagnostic::format()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, expected);
    QCOMPARE(diagnostic.format(), expected);
}

void TestDiagnostic::hasErrorsIgnoresWarnings()
{
    Diagnostics list {Diagnostic::warning(u"f"_s, u"/x"_s, u"suspect"_s)};
    QVERIFY(!hasErrors(list));
    list.append(Diagnostic::error(u"f"_s, u"/y"_s, u"wrong"_s));
    QVERIFY(hasErrors(list));
    QCOMPARE(formatAll(list),
             QStringList({u"f: warning: /x: suspect"_s, u"f: error: /y: wrong"_s}));
}

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "tst_diagnostic.moc"
