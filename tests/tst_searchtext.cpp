#include "models/searchtext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void foldedTextsMatchIgnoringCase_data();
    void foldedTextsMatchIgnoringCase();
};

void TestSearchText::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("ascii") << u"Ford MOTOR Company, 2026!"_s << u"ford motor company, 2026!"_s;
    QTest::addRow("latin") << u"ÉLYSÉE Straße"_s << u"élysée straße"_s;
    QTest::addRow("greek, one to one") << u"ΣΊΣΥΦΟΣ"_s << u"σίσυφοσ"_s;
    QTest::addRow("cyrillic") << u"МОСКВА"_s << u"москва"_s;
    // Its full lower case is two code points; folding keeps it, so that lengths stay.
    QTest::addRow("dotted capital I stays") << u"İSTANBUL"_s << u"İstanbul"_s;
    QTest::addRow("chinese unchanged") << u"小米集团 Xiaomi"_s << u"小米集团 xiaomi"_s;
    QTest::addRow("outside the BMP") << QString::fromUcs4(U"\U00010400x") // DESERET CAPITAL LONG I
                                     << QString::fromUcs4(U"\U00010428x");
    const QChar lone[] = {QChar(0xD801), QChar(u'A')};
    const QChar loneFolded[] = {QChar(0xD801), QChar(u'a')};
    QTest::addRow("lone surrogate unchanged") << QString(lone, 2) << QString(loneFolded, 2);
}

void TestSearchText::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::folded(text), folded);
    QCOMPARE(SearchText::folded(text).size(), text.size());
    QString inPlace = text;
    SearchText::foldInPlace(inPlace);
    QCOMPARE(inPlace, folded);
}

void TestSearchText::foldedTextsMatchIgnoringCase_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("found");

    QTest::addRow("ascii") << u"Calls the report COMPLETELY false"_s << u"completely False"_s
                           << true;
    QTest::addRow("accents") << u"Le Président de la République"_s << u"PRÉSIDENT"_s << true;
    QTest::addRow("accents matter") << u"Le President"_s << u"président"_s << false;
    QTest::addRow("cyrillic") << u"Заявление МИНИСТЕРСТВА"_s << u"министерства"_s << true;
    QTest::addRow("chinese") << u"小米集团否认"_s << u"否认"_s << true;
    QTest::addRow("absent") << u"Ford"_s << u"xiaomi"_s << false;
}

void TestSearchText::foldedTextsMatchIgnoringCase()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    QFETCH(bool, found);
    QCOMPARE(SearchText::folded(haystack).contains(SearchText::folded(needle)), found);
    QCOMPARE(haystack.contains(needle, Qt::CaseInsensitive), found);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
