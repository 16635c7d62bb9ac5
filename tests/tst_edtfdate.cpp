#include "models/edtfdate.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

using Precision = EdtfDate::Precision;
using End = EdtfDate::End;

namespace {

// Wraps every EdtfDate text in brackets, so a piece that skips translation shows up bare.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "EdtfDate") != 0)
            return {};
        return u'[' + QString::fromUtf8(sourceText) + u']';
    }
    bool isEmpty() const override { return false; }
};

EdtfDate parsed(QStringView text)
{
    QString error;
    const std::optional<EdtfDate> date = EdtfDate::parse(text, &error);
    if (!date)
        qFatal("%s: %s", qPrintable(text.toString()), qPrintable(error));
    return *date;
}

} // namespace

class TestEdtfDate : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void defaultConstructed();
    void chronologicalOrder();
    void strictWeakOrdering();
    void equality();
    void displayIsTranslatable_data();
    void displayIsTranslatable();
};

void TestEdtfDate::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<End>("start");
    QTest::addColumn<End>("finish");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<bool>("singleDay");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("display");

    const QDate none;
    const End known = End::Known;

    // Level 0
    QTest::addRow("day") << u"2026-02-02"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << known
                         << known << Precision::Day << true << false << false << u"2 Feb 2026"_s;
    QTest::addRow("month") << u"2026-02"_s << QDate(2026, 2, 1) << QDate(2026, 2, 28) << known
                           << known << Precision::Month << false << false << false << u"Feb 2026"_s;
    QTest::addRow("31-day month") << u"2025-12"_s << QDate(2025, 12, 1) << QDate(2025, 12, 31)
                                  << known << known << Precision::Month << false << false << false
                                  << u"Dec 2025"_s;
    QTest::addRow("30-day month") << u"2025-04"_s << QDate(2025, 4, 1) << QDate(2025, 4, 30)
                                  << known << known << Precision::Month << false << false << false
                                  << u"Apr 2025"_s;
    QTest::addRow("year") << u"2024"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31) << known << known
                          << Precision::Year << false << false << false << u"2024"_s;
    QTest::addRow("first of January")
            << u"2026-01-01"_s << QDate(2026, 1, 1) << QDate(2026, 1, 1) << known << known
            << Precision::Day << true << false << false << u"1 Jan 2026"_s;
    QTest::addRow("last day of the year")
            << u"2025-12-31"_s << QDate(2025, 12, 31) << QDate(2025, 12, 31) << known << known
            << Precision::Day << true << false << false << u"31 Dec 2025"_s;

    // Leap years: every 4th, not every 100th, but every 400th.
    QTest::addRow("leap month") << u"2024-02"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29) << known
                                << known << Precision::Month << false << false << false
                                << u"Feb 2024"_s;
    QTest::addRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29) << QDate(2024, 2, 29)
                              << known << known << Precision::Day << true << false << false
                              << u"29 Feb 2024"_s;
    QTest::addRow("leap day of a 400th year")
            << u"2000-02-29"_s << QDate(2000, 2, 29) << QDate(2000, 2, 29) << known << known
            << Precision::Day << true << false << false << u"29 Feb 2000"_s;
    QTest::addRow("February of a 100th year")
            << u"1900-02"_s << QDate(1900, 2, 1) << QDate(1900, 2, 28) << known << known
            << Precision::Month << false << false << false << u"Feb 1900"_s;

    // Qualifiers mark the date but do not widen it.
    QTest::addRow("approximate month")
            << u"2026-02~"_s << QDate(2026, 2, 1) << QDate(2026, 2, 28) << known << known
            << Precision::Month << false << false << true << u"Feb 2026, approximate"_s;
    QTest::addRow("uncertain year")
            << u"2024?"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31) << known << known
            << Precision::Year << false << true << false << u"2024, uncertain"_s;
    QTest::addRow("both on a day")
            << u"2026-02-02%"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << known << known
            << Precision::Day << true << true << true << u"2 Feb 2026, uncertain and approximate"_s;
    QTest::addRow("uncertain day")
            << u"2026-02-02?"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << known << known
            << Precision::Day << true << true << false << u"2 Feb 2026, uncertain"_s;

    // Seasons
    QTest::addRow("spring") << u"2024-21"_s << QDate(2024, 3, 1) << QDate(2024, 5, 31) << known
                            << known << Precision::Season << false << false << false
                            << u"spring 2024"_s;
    QTest::addRow("summer") << u"2024-22"_s << QDate(2024, 6, 1) << QDate(2024, 8, 31) << known
                            << known << Precision::Season << false << false << false
                            << u"summer 2024"_s;
    QTest::addRow("autumn") << u"2024-23"_s << QDate(2024, 9, 1) << QDate(2024, 11, 30) << known
                            << known << Precision::Season << false << false << false
                            << u"autumn 2024"_s;
    QTest::addRow("winter into a leap February")
            << u"2023-24"_s << QDate(2023, 12, 1) << QDate(2024, 2, 29) << known << known
            << Precision::Season << false << false << false << u"winter 2023"_s;
    QTest::addRow("winter into a common February")
            << u"2024-24"_s << QDate(2024, 12, 1) << QDate(2025, 2, 28) << known << known
            << Precision::Season << false << false << false << u"winter 2024"_s;
    QTest::addRow("approximate autumn")
            << u"2024-23~"_s << QDate(2024, 9, 1) << QDate(2024, 11, 30) << known << known
            << Precision::Season << false << false << true << u"autumn 2024, approximate"_s;
    QTest::addRow("winter of the last year")
            << u"9999-24"_s << QDate(9999, 12, 1) << QDate(10000, 2, 29) << known << known
            << Precision::Season << false << false << false << u"winter 9999"_s;

    // Intervals: from the earliest day of the start to the latest day of the end.
    QTest::addRow("interval") << u"2024-10/2025-03"_s << QDate(2024, 10, 1) << QDate(2025, 3, 31)
                              << known << known << Precision::Month << false << false << false
                              << u"Oct 2024 – Mar 2025"_s;
    QTest::addRow("day interval") << u"2026-01-30/2026-02-02"_s << QDate(2026, 1, 30)
                                  << QDate(2026, 2, 2) << known << known << Precision::Day << false
                                  << false << false << u"30 Jan 2026 – 2 Feb 2026"_s;
    QTest::addRow("year interval")
            << u"2024/2026"_s << QDate(2024, 1, 1) << QDate(2026, 12, 31) << known << known
            << Precision::Year << false << false << false << u"2024 – 2026"_s;
    QTest::addRow("mixed precision interval")
            << u"2026-02/2026-02-02"_s << QDate(2026, 2, 1) << QDate(2026, 2, 2) << known << known
            << Precision::Month << false << false << false << u"Feb 2026 – 2 Feb 2026"_s;
    QTest::addRow("season is coarser than month")
            << u"2024-23/2025-01"_s << QDate(2024, 9, 1) << QDate(2025, 1, 31) << known << known
            << Precision::Season << false << false << false << u"autumn 2024 – Jan 2025"_s;
    QTest::addRow("year is coarser than season")
            << u"2024-24/2025"_s << QDate(2024, 12, 1) << QDate(2025, 12, 31) << known << known
            << Precision::Year << false << false << false << u"winter 2024 – 2025"_s;
    QTest::addRow("end inside a winter start")
            << u"2024-24/2025-01"_s << QDate(2024, 12, 1) << QDate(2025, 1, 31) << known << known
            << Precision::Season << false << false << false << u"winter 2024 – Jan 2025"_s;
    QTest::addRow("one-day interval")
            << u"2026-02-02/2026-02-02"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << known
            << known << Precision::Day << true << false << false << u"2 Feb 2026 – 2 Feb 2026"_s;
    QTest::addRow("one day reached from a year")
            << u"2026/2026-01-01"_s << QDate(2026, 1, 1) << QDate(2026, 1, 1) << known << known
            << Precision::Year << false << false << false << u"2026 – 1 Jan 2026"_s;
    QTest::addRow("qualified interval start")
            << u"2024-10~/2025-03"_s << QDate(2024, 10, 1) << QDate(2025, 3, 31) << known << known
            << Precision::Month << false << false << true << u"Oct 2024 (approximate) – Mar 2025"_s;
    QTest::addRow("qualified interval end")
            << u"2024-10/2025-03?"_s << QDate(2024, 10, 1) << QDate(2025, 3, 31) << known << known
            << Precision::Month << false << true << false << u"Oct 2024 – Mar 2025 (uncertain)"_s;
    QTest::addRow("both interval ends qualified")
            << u"2024?/2025~"_s << QDate(2024, 1, 1) << QDate(2025, 12, 31) << known << known
            << Precision::Year << false << true << true
            << u"2024 (uncertain) – 2025 (approximate)"_s;
    QTest::addRow("one-day interval, qualified")
            << u"2026-02-02/2026-02-02%"_s << QDate(2026, 2, 2) << QDate(2026, 2, 2) << known
            << known << Precision::Day << true << true << true
            << u"2 Feb 2026 – 2 Feb 2026 (uncertain and approximate)"_s;

    // Open and unknown ends
    QTest::addRow("open end") << u"2026-02-01/.."_s << QDate(2026, 2, 1) << none << known
                              << End::Open << Precision::Day << false << false << false
                              << u"from 1 Feb 2026"_s;
    QTest::addRow("open start") << u"../2026-02-02"_s << none << QDate(2026, 2, 2) << End::Open
                                << known << Precision::Day << false << false << false
                                << u"until 2 Feb 2026"_s;
    QTest::addRow("unknown end") << u"2026-02-01/"_s << QDate(2026, 2, 1) << none << known
                                 << End::Unknown << Precision::Day << false << false << false
                                 << u"1 Feb 2026 – unknown"_s;
    QTest::addRow("unknown start")
            << u"/2026-02-02"_s << none << QDate(2026, 2, 2) << End::Unknown << known
            << Precision::Day << false << false << false << u"unknown – 2 Feb 2026"_s;
    QTest::addRow("open end after a month")
            << u"2024-10/.."_s << QDate(2024, 10, 1) << none << known << End::Open
            << Precision::Month << false << false << false << u"from Oct 2024"_s;
    QTest::addRow("open start before a season")
            << u"../2024-24"_s << none << QDate(2025, 2, 28) << End::Open << known
            << Precision::Season << false << false << false << u"until winter 2024"_s;
    QTest::addRow("open end, uncertain start")
            << u"2026-02-01?/.."_s << QDate(2026, 2, 1) << none << known << End::Open
            << Precision::Day << false << true << false << u"from 1 Feb 2026 (uncertain)"_s;
    QTest::addRow("open start, approximate end")
            << u"../2026-02~"_s << none << QDate(2026, 2, 28) << End::Open << known
            << Precision::Month << false << false << true << u"until Feb 2026 (approximate)"_s;
    QTest::addRow("unknown start, qualified end")
            << u"/2026-02%"_s << none << QDate(2026, 2, 28) << End::Unknown << known
            << Precision::Month << false << true << true
            << u"unknown – Feb 2026 (uncertain and approximate)"_s;
    QTest::addRow("unknown end, approximate year")
            << u"2024~/"_s << QDate(2024, 1, 1) << none << known << End::Unknown << Precision::Year
            << false << false << true << u"2024 (approximate) – unknown"_s;

    // The edges of four-digit years; 0000 is 1 BC, which QDate calls year -1.
    QTest::addRow("year zero") << u"0000"_s << QDate(-1, 1, 1) << QDate(-1, 12, 31) << known
                               << known << Precision::Year << false << false << false << u"0"_s;
    QTest::addRow("leap day of year zero")
            << u"0000-02-29"_s << QDate(-1, 2, 29) << QDate(-1, 2, 29) << known << known
            << Precision::Day << true << false << false << u"29 Feb 0"_s;
    QTest::addRow("winter of year zero")
            << u"0000-24"_s << QDate(-1, 12, 1) << QDate(1, 2, 28) << known << known
            << Precision::Season << false << false << false << u"winter 0"_s;
    QTest::addRow("year one") << u"0001-01"_s << QDate(1, 1, 1) << QDate(1, 1, 31) << known << known
                              << Precision::Month << false << false << false << u"Jan 1"_s;
    QTest::addRow("last day") << u"9999-12-31"_s << QDate(9999, 12, 31) << QDate(9999, 12, 31)
                              << known << known << Precision::Day << true << false << false
                              << u"31 Dec 9999"_s;
}

void TestEdtfDate::valid()
{
    QFETCH(QString, text);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(End, start);
    QFETCH(End, finish);
    QFETCH(Precision, precision);
    QFETCH(bool, singleDay);
    QFETCH(bool, uncertain);
    QFETCH(bool, approximate);
    QFETCH(QString, display);

    QString error;
    const std::optional<EdtfDate> date = EdtfDate::parse(text, &error);
    QVERIFY2(date, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(date->isValid());
    QCOMPARE(date->toEdtf(), text);
    QCOMPARE(date->isInterval(), text.contains(u'/'));
    QCOMPARE(date->earliest().isValid(), start == End::Known);
    QCOMPARE(date->latest().isValid(), finish == End::Known);
    QCOMPARE(date->earliest(), earliest);
    QCOMPARE(date->latest(), latest);
    QCOMPARE(date->startEnd(), start);
    QCOMPARE(date->finishEnd(), finish);
    QCOMPARE(date->precision(), precision);
    QCOMPARE(date->isSingleDay(), singleDay);
    QCOMPARE(date->isUncertain(), uncertain);
    QCOMPARE(date->isApproximate(), approximate);
    QCOMPARE(date->toDisplayString(), display);

    // Parsing a view into a longer string reads only the view.
    const QString padded = u"x"_s + text + u"x"_s;
    const std::optional<EdtfDate> fromView
            = EdtfDate::parse(QStringView(padded).mid(1, text.size()));
    QVERIFY(fromView);
    QCOMPARE(fromView->toEdtf(), text);
    QCOMPARE(fromView->earliest(), earliest);
    QCOMPARE(fromView->latest(), latest);
}

void TestEdtfDate::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << QString() << u"the date is empty"_s;

    // Out of range
    QTest::addRow("month 13") << u"2026-13"_s << u"month 13 is out of range"_s;
    QTest::addRow("month 0") << u"2026-00"_s << u"month 0 is out of range"_s;
    QTest::addRow("month 20") << u"2026-20"_s << u"month 20 is out of range"_s;
    QTest::addRow("season 25") << u"2024-25"_s << u"month 25 is out of range"_s;
    QTest::addRow("month 13 with a day") << u"2026-13-01"_s << u"month 13 is out of range"_s;
    QTest::addRow("season with a day") << u"2024-21-01"_s << u"month 21 is out of range"_s;
    QTest::addRow("qualified month 13") << u"2026-13~"_s << u"month 13 is out of range"_s;
    QTest::addRow("day 0") << u"2026-01-00"_s << u"day 0 is out of range for 2026-01"_s;
    QTest::addRow("32 January") << u"2026-01-32"_s << u"day 32 is out of range for 2026-01"_s;
    QTest::addRow("31 April") << u"2026-04-31"_s << u"day 31 is out of range for 2026-04"_s;
    QTest::addRow("30 February") << u"2024-02-30"_s << u"day 30 is out of range for 2024-02"_s;
    QTest::addRow("29 February, common year")
            << u"2025-02-29"_s << u"day 29 is out of range for 2025-02"_s;
    QTest::addRow("29 February, 100th year")
            << u"1900-02-29"_s << u"day 29 is out of range for 1900-02"_s;
    QTest::addRow("29 February of year one")
            << u"0001-02-29"_s << u"day 29 is out of range for 0001-02"_s;

    // Not the shape of a date
    QTest::addRow("short month") << u"2026-2"_s << u"\"2026-2\" is not an EDTF date"_s;
    QTest::addRow("short day") << u"2026-02-2"_s << u"\"2026-02-2\" is not an EDTF date"_s;
    QTest::addRow("two-digit year") << u"26"_s << u"\"26\" is not an EDTF date"_s;
    QTest::addRow("three-digit year") << u"202"_s << u"\"202\" is not an EDTF date"_s;
    QTest::addRow("five-digit year") << u"20260"_s << u"\"20260\" is not an EDTF date"_s;
    QTest::addRow("negative year") << u"-2024"_s << u"\"-2024\" is not an EDTF date"_s;
    QTest::addRow("letter O for zero") << u"2O26"_s << u"\"2O26\" is not an EDTF date"_s;
    QTest::addRow("slashes for dashes")
            << u"2026.02.02"_s << u"\"2026.02.02\" is not an EDTF date"_s;
    QTest::addRow("Unicode hyphen")
            << u"2026\u201002"_s << u"\"2026\u201002\" is not an EDTF date"_s;
    QTest::addRow("full-width digits") << u"２０２６"_s << u"\"２０２６\" is not an EDTF date"_s;
    QTest::addRow("time") << u"2026-02-02T10:00"_s << u"\"2026-02-02T10:00\" is not an EDTF date"_s;
    QTest::addRow("too many fields")
            << u"2026-02-02-01"_s << u"\"2026-02-02-01\" is not an EDTF date"_s;
    QTest::addRow("trailing dash") << u"2026-"_s << u"\"2026-\" is not an EDTF date"_s;
    QTest::addRow("words") << u"early February"_s << u"\"early February\" is not an EDTF date"_s;

    // Qualifiers go once, at the end
    QTest::addRow("prefix qualifier") << u"~2026"_s << u"\"~2026\" is not an EDTF date"_s;
    QTest::addRow("two qualifiers") << u"2026?~"_s << u"\"2026?~\" is not an EDTF date"_s;
    QTest::addRow("qualifier inside") << u"2026?-02"_s << u"\"2026?-02\" is not an EDTF date"_s;
    QTest::addRow("qualifier alone") << u"?"_s << u"\"?\" is not an EDTF date"_s;
    QTest::addRow("qualified open end") << u"2024/..~"_s << u"\"..~\" is not an EDTF date"_s;

    // Whitespace anywhere
    QTest::addRow("leading space") << u" 2026"_s << u"\" 2026\" is not an EDTF date"_s;
    QTest::addRow("trailing space") << u"2026-02 "_s << u"\"2026-02 \" is not an EDTF date"_s;
    QTest::addRow("inner space") << u"2026- 02"_s << u"\"2026- 02\" is not an EDTF date"_s;
    QTest::addRow("tab") << u"2026-02-02\t"_s << u"\"2026-02-02\t\" is not an EDTF date"_s;
    QTest::addRow("newline") << u"\n2026"_s << u"\"\n2026\" is not an EDTF date"_s;
    QTest::addRow("no-break space") << u"2026\u00a0"_s << u"\"2026\u00a0\" is not an EDTF date"_s;
    QTest::addRow("space before the slash")
            << u"2024 /2025"_s << u"\"2024 \" is not an EDTF date"_s;
    QTest::addRow("space after the slash") << u"2024/ 2025"_s << u"\" 2025\" is not an EDTF date"_s;
    QTest::addRow("space as an end") << u" /2025"_s << u"\" \" is not an EDTF date"_s;

    // Intervals
    QTest::addRow("both ends open") << u"../.."_s << u"an interval needs at least one known end"_s;
    QTest::addRow("both ends unknown") << u"/"_s << u"an interval needs at least one known end"_s;
    QTest::addRow("open start, unknown end")
            << u"../"_s << u"an interval needs at least one known end"_s;
    QTest::addRow("unknown start, open end")
            << u"/.."_s << u"an interval needs at least one known end"_s;
    QTest::addRow("open alone") << u".."_s << u"\"..\" is not an EDTF date"_s;
    QTest::addRow("three dots") << u".../2026"_s << u"\"...\" is not an EDTF date"_s;
    QTest::addRow("backwards months")
            << u"2025-03/2024-10"_s << u"the interval ends before it starts"_s;
    QTest::addRow("backwards days")
            << u"2026-02-02/2026-02-01"_s << u"the interval ends before it starts"_s;
    QTest::addRow("backwards seasons")
            << u"2025-21/2024-24"_s << u"the interval ends before it starts"_s;
    QTest::addRow("backwards, qualified")
            << u"2025~/2024?"_s << u"the interval ends before it starts"_s;
    QTest::addRow("three parts") << u"2024/2025/2026"_s
                                 << u"\"2024/2025/2026\" is not an EDTF date"_s;
    QTest::addRow("double slash") << u"2024//2026"_s << u"\"2024//2026\" is not an EDTF date"_s;
    QTest::addRow("bad end") << u"2024/2025-13"_s << u"month 13 is out of range"_s;
    QTest::addRow("bad start") << u"2024-02-30/2025"_s << u"day 30 is out of range for 2024-02"_s;
    QTest::addRow("short end") << u"2024/2025-1"_s << u"\"2025-1\" is not an EDTF date"_s;
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

void TestEdtfDate::defaultConstructed()
{
    const EdtfDate date;
    QVERIFY(!date.isValid());
    QVERIFY(!date.isInterval());
    QVERIFY(!date.isSingleDay());
    QVERIFY(!date.earliest().isValid());
    QVERIFY(!date.latest().isValid());
    QVERIFY(date.toEdtf().isEmpty());
    QVERIFY(date.toDisplayString().isEmpty());
    QVERIFY(!(date < date));
    QVERIFY(date == EdtfDate());
}

void TestEdtfDate::chronologicalOrder()
{
    // By earliest day (open or unknown first), then latest day (open or unknown last), then text.
    // "/2024-01-01" follows "../2024-01-01" and "2024?" follows "2024" only by their text.
    const QStringList expected {
            u"../2024-01-01"_s, u"/2024-01-01"_s,   u"/2024-06"_s,        u"../2025"_s,
            u"0000"_s,          u"1999-12-31"_s,    u"2024-01-01"_s,      u"2024-01"_s,
            u"2024"_s,          u"2024?"_s,         u"2024~"_s,           u"2024/2025"_s,
            u"2024-01-01/"_s,   u"2024-01-01/.."_s, u"2024-02-29"_s,      u"2024-21"_s,
            u"2024-03-15"_s,    u"2024-03-15/.."_s, u"2024-10/2025-03"_s, u"2024-24"_s,
            u"2025-01"_s,       u"2025-01-31"_s,    u"9999-12-31/.."_s,
    };
    QList<EdtfDate> dates;
    for (const QString &text : expected)
        dates.append(parsed(text));
    QRandomGenerator random(20260202);
    for (int round = 0; round < 50; ++round) {
        QList<EdtfDate> shuffled = dates;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::sort(shuffled.begin(), shuffled.end());
        QStringList sorted;
        for (const EdtfDate &date : shuffled)
            sorted.append(date.toEdtf());
        QCOMPARE(sorted, expected);
    }
}

void TestEdtfDate::strictWeakOrdering()
{
    const QStringList texts {u"../2026"_s,         u"/2026"_s,           u"2026"_s,
                             u"2026~"_s,           u"2026-02"_s,         u"2026-02-02"_s,
                             u"2026-02-02/.."_s,   u"2026-02-02/"_s,     u"2025-24"_s,
                             u"2026-01/2026-02"_s, u"2026-02/2026-03"_s, u"0000"_s};
    QList<EdtfDate> dates;
    for (const QString &text : texts)
        dates.append(parsed(text));
    dates.append(EdtfDate());
    for (const EdtfDate &a : dates) {
        QVERIFY2(!(a < a), qPrintable(a.toEdtf()));
        for (const EdtfDate &b : dates) {
            QVERIFY2(!(a < b && b < a), qPrintable(a.toEdtf() + u' ' + b.toEdtf()));
            // Only equal texts are equivalent.
            QCOMPARE(!(a < b) && !(b < a), a == b);
            for (const EdtfDate &c : dates) {
                if (a < b && b < c)
                    QVERIFY2(a < c, qPrintable(a.toEdtf() + u' ' + c.toEdtf()));
            }
        }
    }
}

void TestEdtfDate::equality()
{
    const EdtfDate day = parsed(u"2026-02-02");
    QVERIFY(day == parsed(u"2026-02-02"));
    QVERIFY(!(day != parsed(u"2026-02-02")));
    QVERIFY(day != parsed(u"2026-02-02~"));
    QVERIFY(day != parsed(u"2026-02-02/2026-02-02"));
    QVERIFY(parsed(u"../2026") != parsed(u"/2026"));
}

void TestEdtfDate::displayIsTranslatable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::addRow("day") << u"2026-02-02"_s << u"[2 [Feb] 2026]"_s;
    QTest::addRow("month") << u"2026-12"_s << u"[[Dec] 2026]"_s;
    QTest::addRow("year") << u"2024"_s << u"[2024]"_s;
    QTest::addRow("season") << u"2024-21"_s << u"[spring 2024]"_s;
    QTest::addRow("qualified") << u"2024%"_s << u"[[2024], [uncertain and approximate]]"_s;
    QTest::addRow("interval") << u"2024-23~/2025?"_s
                              << u"[[[autumn 2024] ([approximate])] – [[2025] ([uncertain])]]"_s;
    QTest::addRow("open end") << u"2026-02/.."_s << u"[from [[Feb] 2026]]"_s;
    QTest::addRow("open start") << u"../2026-02"_s << u"[until [[Feb] 2026]]"_s;
    QTest::addRow("unknown ends") << u"/2026"_s << u"[[unknown] – [2026]]"_s;
}

void TestEdtfDate::displayIsTranslatable()
{
    QFETCH(QString, text);
    QFETCH(QString, display);

    BracketTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString shown = parsed(text).toDisplayString();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(shown, display);
}

QTEST_GUILESS_MAIN(TestEdtfDate)
#include "tst_edtfdate.moc"
