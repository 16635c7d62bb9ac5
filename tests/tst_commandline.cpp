#include "app/commandline.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowWithFiles();
    void validate();
    void screenshot();
    void report();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void headlessDetection();
};

static CommandLineOutcome parse(const QStringList &arguments)
{
    return parseCommandLine(QStringList {u"dispute-explorer"_s} + arguments);
}

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"dispute-explorer"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestCommandLine::windowWithFiles()
{
    const CommandLineOutcome outcome = parse({u"a.json"_s, u"小米.json"_s});
    QVERIFY(outcome.options);
    QCOMPARE(outcome.options->mode, CommandLineOptions::Mode::Window);
    QCOMPARE(outcome.options->files, QStringList({u"a.json"_s, u"小米.json"_s}));
    QVERIFY(!outcome.options->newWindow);
    QVERIFY(parse({u"--new-window"_s}).options->newWindow);
}

void TestCommandLine::validate()
{
    const CommandLineOutcome outcome = parse({u"--validate"_s, u"a.json"_s, u"b.json"_s});
    QVERIFY(outcome.options);
    QCOMPARE(outcome.options->mode, CommandLineOptions::Mode::Validate);
    QCOMPARE(outcome.options->files, QStringList({u"a.json"_s, u"b.json"_s}));
}

void TestCommandLine::screenshot()
{
    const CommandLineOutcome outcome = parse(
            {u"--screenshot"_s, u"out.png"_s, u"--size"_s, u"900x600"_s, u"--scale"_s, u"2"_s});
    QVERIFY2(outcome.options, qPrintable(outcome.text));
    QCOMPARE(outcome.options->mode, CommandLineOptions::Mode::Screenshot);
    QCOMPARE(outcome.options->output, u"out.png"_s);
    QCOMPARE(outcome.options->size, QSize(900, 600));
    QCOMPARE(outcome.options->scale, 2.0);
    QCOMPARE(outcome.options->view, u"window"_s);

    const CommandLineOutcome selected = parse(
            {u"--screenshot"_s, u"t.png"_s, u"--view"_s, u"timeline"_s, u"--select"_s, u"ford"_s});
    QVERIFY(selected.options);
    QCOMPARE(selected.options->view, u"timeline"_s);
    QCOMPARE(selected.options->select, u"ford"_s);
    const CommandLineOutcome matrix
            = parse({u"--screenshot"_s, u"m.png"_s, u"--view"_s, u"matrix"_s});
    QVERIFY2(matrix.options, qPrintable(matrix.text));
    QCOMPARE(matrix.options->view, u"matrix"_s);

    const CommandLineOutcome vector
            = parse({u"--screenshot"_s, u"shot.svg"_s, u"--no-provenance"_s});
    QVERIFY(vector.options);
    QVERIFY(!vector.options->provenance);
    QVERIFY(parse({u"--screenshot"_s, u"shot.pdf"_s}).options->provenance);

    const CommandLineOutcome defaults = parse({u"--screenshot"_s, u"shot.png"_s});
    QVERIFY(defaults.options);
    QCOMPARE(defaults.options->scale, 1.0);
    QVERIFY(!defaults.options->size.isValid());
}

void TestCommandLine::report()
{
    const CommandLineOutcome pdf = parse({u"--report"_s, u"out.PDF"_s, u"extra.json"_s});
    QVERIFY2(pdf.options, qPrintable(pdf.text));
    QCOMPARE(pdf.options->mode, CommandLineOptions::Mode::Report);
    QCOMPARE(pdf.options->output, u"out.PDF"_s);
    QCOMPARE(pdf.options->files, QStringList {u"extra.json"_s});
    QVERIFY(pdf.options->provenance);

    const CommandLineOutcome html = parse({u"--report"_s, u"out.html"_s, u"--no-provenance"_s});
    QVERIFY2(html.options, qPrintable(html.text));
    QCOMPARE(html.options->mode, CommandLineOptions::Mode::Report);
    QVERIFY(!html.options->provenance);
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::addRow("unknown option")
            << QStringList {u"--frobnicate"_s} << u"Unknown option 'frobnicate'."_s;
    QTest::addRow("validate without files")
            << QStringList {u"--validate"_s} << u"--validate needs at least one FILE"_s;
    QTest::addRow("unknown view") << QStringList {
            u"--screenshot"_s, u"o.png"_s, u"--view"_s,
            u"sideways"_s} << u"--view must be one of window, tree, detail, timeline, matrix"_s;
    QTest::addRow("two modes") << QStringList {u"--validate"_s, u"--screenshot"_s, u"o.png"_s,
                                               u"a.json"_s}
                               << u"--validate, --screenshot and --report cannot be combined"_s;
    QTest::addRow("bad size") << QStringList {u"--screenshot"_s, u"o.png"_s, u"--size"_s, u"big"_s}
                              << u"--size must be WxH between 200x150 and 8000x8000"_s;
    QTest::addRow("bad scale") << QStringList {u"--screenshot"_s, u"o.png"_s, u"--scale"_s, u"0"_s}
                               << u"--scale must be a number from 1 to 4"_s;
    QTest::addRow("bad suffix") << QStringList {u"--screenshot"_s, u"o.gif"_s}
                                << u"--screenshot needs a file ending in .png, .svg or .pdf"_s;
    QTest::addRow("size without screenshot")
            << QStringList {u"--size"_s, u"900x600"_s} << u"need --screenshot"_s;
    QTest::addRow("report suffix") << QStringList {u"--report"_s, u"r.docx"_s}
                                   << u"--report needs a file ending in .pdf or .html"_s;
    QTest::addRow("report with size")
            << QStringList {u"--report"_s, u"r.pdf"_s, u"--size"_s, u"900x600"_s}
            << u"need --screenshot"_s;
    QTest::addRow("provenance alone") << QStringList {u"--no-provenance"_s}
                                      << u"--no-provenance needs --screenshot or --report"_s;
    QTest::addRow("bad theme") << QStringList {u"--theme"_s, u"sepia"_s}
                               << u"--theme must be light or dark"_s;
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLineOutcome outcome = parse(arguments);
    QVERIFY(!outcome.options);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.text.contains(message), qPrintable(outcome.text));
    QVERIFY(outcome.text.startsWith(u"dispute-explorer: "_s));
}

void TestCommandLine::helpAndVersion()
{
    const CommandLineOutcome help = parse({u"--help"_s});
    QVERIFY(!help.options);
    QCOMPARE(help.exitCode, 0);
    for (const QString &option :
         {u"--validate"_s, u"--screenshot"_s, u"--report"_s, u"--view"_s, u"--select"_s,
          u"--size"_s, u"--scale"_s, u"--theme"_s, u"--new-window"_s, u"--version"_s})
        QVERIFY2(help.text.contains(option), qPrintable(option));

    const CommandLineOutcome version = parse({u"--version"_s});
    QVERIFY(!version.options);
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.text, u"dispute-explorer 9.8.7"_s);
}

void TestCommandLine::headlessDetection()
{
    QCOMPARE(platformNeededFor({u"x"_s, u"--validate"_s, u"a.json"_s}), PlatformNeed::None);
    QCOMPARE(platformNeededFor({u"x"_s, u"--version"_s}), PlatformNeed::None);
    QCOMPARE(platformNeededFor({u"x"_s, u"--screenshot=o.png"_s}), PlatformNeed::Offscreen);
    QCOMPARE(platformNeededFor({u"x"_s, u"--report"_s, u"r.pdf"_s}), PlatformNeed::Offscreen);
    QCOMPARE(platformNeededFor({u"x"_s, u"a.json"_s}), PlatformNeed::Display);
    QCOMPARE(platformNeededFor({u"--validate"_s}), PlatformNeed::Display); // argv[0] is skipped
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
