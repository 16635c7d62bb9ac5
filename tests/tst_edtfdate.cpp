#include "models/edtfdate.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

class TestEdtfDate : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void chronologicalOrder();
};

using Precision = EdtfDate::Precision;
using End = EdtfDate::End;

void TestEdtfDate::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<bool>("singleDay");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("display");

    const QDate none;
    QTest::newRow("day") << u"2026-02-02"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2)
                         << Precision::Day << true << false << false << u"2 Feb 2026"_s;
    QTest::newRow("month") << u"2026-02"_s << QDate(2026, 2, 1) << QDate(2026, 2, 28)
                           << Precision::Month << false << false << false << u"Feb 2026"_s;
    QTest::newRow("leap month") << u"2024-02"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29)
                                << Precision::Month << false << false << false << u"Feb 2024"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29) << QDate(2024, 2, 29)
                              << Precision::Day << true << false << false << u"29 Feb 2024"_s;
    QTest::newRow("year") << u"2024"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                          << Precision::Year << false << false << false << u"2024"_s;
    QTest::newRow("approximate month")
            << u"2026-02~"_s << QDate(2026, 2, 1) << QDate(2026, 2, 28) << Precision::Month << false
            << false << true << u"Feb 2026, approximate"_s;
    QTest::newRow("uncertain year")
            << u"2024?"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31) << Precision::Year << false
            << true << false << u"2024, uncertain"_s;
    QTest::newRow("both on a day")
            << u"2026-02-02%"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << Precision::Day << true
            << true << true << u"2 Feb 2026, uncertain and approximate"_s;
    QTest::newRow("spring") << u"2024-21"_s << QDate(2024, 3, 1) << QDate(2024, 5, 31)
                            << Precision::Season << false << false << false << u"spring 2024"_s;
    QTest::newRow("summer") << u"2024-22"_s << QDate(2024, 6, 1) << QDate(2024, 8, 31)
                            << Precision::Season << false << false << false << u"summer 2024"_s;
    QTest::newRow("autumn") << u"2024-23"_s << QDate(2024, 9, 1) << QDate(2024, 11, 30)
                            << Precision::Season << false << false << false << u"autumn 2024"_s;
    QTest::newRow("winter crosses the year")
            << u"2023-24"_s << QDate(2023, 12, 1) << QDate(2024, 2, 29) << Precision::Season
            << false << false << false << u"winter 2023"_s;
    QTest::newRow("interval") << u"2024-10/2025-03"_s << QDate(2024, 10, 1) << QDate(2025, 3, 31)
                              << Precision::Month << false << false << false
                              << u"Oct 2024 – Mar 2025"_s;
    QTest::newRow("mixed precision interval")
            << u"2026-02/2026-02-02"_s << QDate(2026, 2, 1) << QDate(2026, 2, 2) << Precision::Month
            << false << false << false << u"Feb 2026 – 2 Feb 2026"_s;
    QTest::newRow("qualified interval end")
            << u"2024-10~/2025-03"_s << QDate(2024, 10, 1) << QDate(2025, 3, 31) << Precision::Month
            << false << false << true << u"Oct 2024 (approximate) – Mar 2025"_s;
    QTest::newRow("one-day interval")
            << u"2026-02-02/2026-02-02"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2)
            << Precision::Day << true << false << false << u"2 Feb 2026 – 2 Feb 2026"_s;
    QTest::newRow("open end") << u"2026-02-01/.."_s << QDate(2026, 2, 1) << none << Precision::Day
                              << false << false << false << u"from 1 Feb 2026"_s;
    QTest::newRow("open start") << u"../2026-02-02"_s << none << QDate(2026, 2, 2) << Precision::Day
                                << false << false << false << u"until 2 Feb 2026"_s;
    QTest::newRow("unknown end") << u"2026-02-01/"_s << QDate(2026, 2, 1) << none << Precision::Day
                                 << false << false << false << u"1 Feb 2026 – unknown"_s;
    QTest::newRow("unknown start")
            << u"/2026-02-02"_s << none << QDate(2026, 2, 2) << Precision::Day << false << false
            << false << u"unknown – 2 Feb 2026"_s;
    QTest::newRow("year zero") << u"0000"_s << QDate(0, 1, 1) << QDate(0, 12, 31) << Precision::Year
                               << false << false << false << u"0"_s;
}

void TestEdtfDate::valid()
{
    QFETCH(QString, text);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(Precision, precision);
    QFETCH(bool, singleDay);
    QFETCH(bool, uncertain);
    QFETCH(bool, approximate);
    QFETCH(QString, display);

    QString error;
    const std::optional<EdtfDate> date = EdtfDate::parse(text, &error);
    QVERIFY2(date, qPrintable(error));
    QVERIFY(date->isValid());
    QCOMPARE(date->toEdtf(), text);
    QCOMPARE(date->earliest(), earliest);
    QCOMPARE(date->latest(), latest);
    QCOMPARE(date->precision(), precision);
    QCOMPARE(date->isSingleDay(), singleDay);
    QCOMPARE(date->isUncertain(), uncertain);
    QCOMPARE(date->isApproximate(), approximate);
    QCOMPARE(date->isInterval(), text.contains(u'/'));
    QCOMPARE(date->toDisplayString(), display);
}

void TestEdtfDate::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"the date is empty"_s;
    QTest::newRow("month 13") << u"2026-13"_s << u"month 13 is out of range"_s;
    QTest::newRow("month 0") << u"2026-00"_s << u"month 0 is out of range"_s;
    QTest::newRow("season 25") << u"2024-25"_s << u"month 25 is out of range"_s;
    QTest::newRow("season with a day") << u"2024-21-01"_s << u"month 21 is out of range"_s;
    QTest::newRow("30 February") << u"2026-02-30"_s << u"day 30 is out of range for 2026-02"_s;
    QTest::newRow("29 February, no leap year")
            << u"2025-02-29"_s << u"day 29 is out of range for 2025-02"_s;
    QTest::newRow("short month") << u"2026-2"_s << u"\"2026-2\" is not an EDTF date"_s;
    QTest::newRow("two-digit year") << u"26"_s << u"\"26\" is not an EDTF date"_s;
    QTest::newRow("five-digit year") << u"20260"_s << u"\"20260\" is not an EDTF date"_s;
    QTest::newRow("space") << u"2026-02 "_s << u"\"2026-02 \" is not an EDTF date"_s;
    QTest::newRow("time") << u"2026-02-02T10:00"_s << u"\"2026-02-02T10:00\" is not an EDTF date"_s;
    QTest::newRow("prefix qualifier") << u"~2026"_s << u"\"~2026\" is not an EDTF date"_s;
    QTest::newRow("two qualifiers") << u"2026?~"_s << u"\"2026?~\" is not an EDTF date"_s;
    QTest::newRow("words") << u"early February"_s << u"\"early February\" is not an EDTF date"_s;
    QTest::newRow("both ends open") << u"../.."_s << u"an interval needs at least one known end"_s;
    QTest::newRow("both ends unknown") << u"/"_s << u"an interval needs at least one known end"_s;
    QTest::newRow("backwards") << u"2025-03/2024-10"_s << u"the interval ends before it starts"_s;
    QTest::newRow("three parts") << u"2024/2025/2026"_s
                                 << u"\"2024/2025/2026\" is not an EDTF date"_s;
    QTest::newRow("bad end") << u"2024/2025-13"_s << u"month 13 is out of range"_s;
    QTest::newRow("negative year") << u"-2024"_s << u"\"-2024\" is not an EDTF date"_s;
    QTest::newRow("full-width digits") << u"２０２６"_s << u"\"２０２６\" is not an EDTF date"_s;
}

void TestEdtfDate::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString reason;
    QVERIFY(!EdtfDate::parse(text, &reason));
    QCOMPARE(reason, error);
    QVERIFY(!EdtfDate::parse(text)); // no error string wanted: still refused, no crash
}

void TestEdtfDate::chronologicalOrder()
{
    const QStringList expected {u"../2024-01-01"_s,   u"/2024-06"_s,   u"2024"_s,
                                u"2024-21"_s,         u"2024-03-15"_s, u"2024-03-15/.."_s,
                                u"2024-10/2025-03"_s, u"2025-01"_s,    u"2025-01-31"_s};
    QList<EdtfDate> dates;
    for (const QString &text : expected)
        dates.append(*EdtfDate::parse(text));
    for (int round = 0; round < 20; ++round) {
        QList<EdtfDate> shuffled = dates;
        std::shuffle(shuffled.begin(), shuffled.end(), *QRandomGenerator::global());
        std::sort(shuffled.begin(), shuffled.end());
        QStringList sorted;
        for (const EdtfDate &date : shuffled)
            sorted.append(date.toEdtf());
        QCOMPARE(sorted, expected);
    }
    const EdtfDate day = *EdtfDate::parse(u"2026-02-02");
    QVERIFY(!(day < day));
    QVERIFY(day == *EdtfDate::parse(u"2026-02-02"));
    QVERIFY(day != *EdtfDate::parse(u"2026-02-02~"));
}

QTEST_GUILESS_MAIN(TestEdtfDate)
#include "tst_edtfdate.moc"
