// The window at scale: what its views work out from a dataset, its first paint, a keystroke in the
// search field, a selection change, a rebuild of the timeline, a PNG export and an HTML report,
// with the compiled-in dataset and with generated ones; and the longest the window stops answering
// while it opens a big file. Run with -callgrind for instruction counts, e.g. `bench_window
// -callgrind filter:100k`.
#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "models/documentstore.h"
#include "models/selection.h"
#include "tests/bench/benchinput.h"
#include "views/actortreepanel.h"
#include "views/detailpane.h"
#include "views/documentactions.h"
#include "views/exporter.h"
#include "views/mainwindow.h"
#include "views/reportdocument.h"
#include "views/timelinechartview.h"
#include "views/timelinehandles.h"
#include "views/viewcontent.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QSize windowSize(1400, 900);

// A store holding one dataset: the compiled-in one (statementCount 0) or a generated one.
std::unique_ptr<DocumentStore> storeWith(int statementCount)
{
    const ReadResult read = statementCount == 0
            ? DatasetReader::readFile(BuiltinDataset::path())
            : DatasetReader::read(BenchInput::json(statementCount), u"bench.json"_s);
    auto store = std::make_unique<DocumentStore>();
    if (read.ok())
        store->open(*read.dataset, u"bench.json"_s, DocumentStore::Lookups::Built, read.links);
    return store;
}

// Writes the report of the row's dataset, to a file of the given name, as often as measured.
void writeReports(const QString &fileName)
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    QTemporaryDir folder;
    QBENCHMARK {
        ReportDocument report(store->current(), u"Benchmark"_s);
        QCOMPARE(report.save(folder.filePath(fileName)), QString());
    }
}

void paintOnce(QWidget *window)
{
    window->repaint();
    QCoreApplication::processEvents();
}

// A window on the store, at the benchmarks' size, shown and painted once.
std::unique_ptr<MainWindow> shownWindow(DocumentStore *store)
{
    auto window = std::make_unique<MainWindow>(store);
    window->resize(windowSize);
    window->show();
    paintOnce(window.get());
    return window;
}

// The longest the event loop went without turning since start(). The window answers input
// only when its loop turns, so this is the longest a user waits for a click to be noticed.
class StallProbe
{
public:
    StallProbe()
    {
        m_ticker.setInterval(0);
        QObject::connect(&m_ticker, &QTimer::timeout,
                         [this] { m_longestMs = std::max(m_longestMs, m_sinceTurn.restart()); });
    }
    void start()
    {
        m_longestMs = 0;
        m_sinceTurn.start();
        m_ticker.start();
    }
    qint64 longestMs() const { return std::max(m_longestMs, m_sinceTurn.elapsed()); }

private:
    QElapsedTimer m_sinceTurn;
    qint64 m_longestMs = 0;
    QTimer m_ticker;
};

enum class Until { StatementShown, WholePageShown };

// Selects a statement of another actor, lets the window paint what changed, and turns the event
// loop until the detail pane shows the statement (a long page's top at once) or until it shows
// the whole page, which a long page does a moment later.
void selectAndWait(MainWindow &window, const Statement &statement, Until until)
{
    if (window.selection()->statementId() == statement.id)
        return;
    const QPointer<QTextDocument> before = window.detailPane()->document();
    const int revision = before->revision();
    window.selection()->selectStatement(statement.id, statement.actor);
    const auto shown = [&] {
        return (window.detailPane()->document() != before || before->revision() != revision)
                && (until == Until::StatementShown || !window.detailPane()->isMakingPage());
    };
    QCoreApplication::processEvents();
    while (!shown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Selects, in turn, two statements far apart and of two actors, each until the window shows it.
void selectInTurn(int statements, Until until)
{
    const auto store = storeWith(statements);
    const std::unique_ptr<MainWindow> window = shownWindow(store.get());
    const QList<Statement> &all = store->current().statements;
    QVERIFY(all.size() > 2);
    const Statement &first = all.at(1);
    const auto other = std::find_if(all.begin() + all.size() * 3 / 4, all.end(),
                                    [&](const Statement &s) { return s.actor != first.actor; });
    QVERIFY(other != all.end());
    bool toFirst = true;
    QBENCHMARK {
        selectAndWait(*window, toFirst ? first : *other, until);
        toFirst = !toFirst;
    }
}

} // namespace

class BenchWindow : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void prepareViews_data() { sizes_data(); }
    void prepareViews();
    void firstPaint_data() { sizes_data(); }
    void firstPaint();
    void filter_data() { sizes_data(); }
    void filter();
    void selectionChange_data() { sizes_data(); }
    void selectionChange();
    void selectionWholePage_data() { sizes_data(); }
    void selectionWholePage();
    void selectionStall_data() { loadStall_data(); }
    void selectionStall();
    void chartRebuild_data() { sizes_data(); }
    void chartRebuild();
    void exportPng_data() { sizes_data(); }
    void exportPng();
    void reportHtml_data();
    void reportHtml();
    void reportPdf_data();
    void reportPdf();
    void loadStall_data();
    void loadStall();
};

void BenchWindow::sizes_data()
{
    QTest::addColumn<int>("statements");
    QTest::newRow("builtin") << 0;
    for (const int count : {10'000, 100'000})
        QTest::newRow(qPrintable(BenchInput::rowName(count))) << count;
}

// The claims' analysis, the actors' facts, the detail pane's index, the matrix's rows and the
// timeline's layout, all on one thread, as the window's background preparation makes them.
void BenchWindow::prepareViews()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    QVERIFY(store->count() == 1);
    const TimelineChartView::LayoutOptions options;
    QBENCHMARK {
        const ViewContent content = ViewContent::of(store->current(), store->linksAt(0), options,
                                                    false, ViewContent::Making::Everything);
        QVERIFY(content.detail);
    }
}

void BenchWindow::firstPaint()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    QVERIFY(store->count() == 1);
    QBENCHMARK {
        MainWindow window(store.get());
        window.resize(windowSize);
        window.show();
        paintOnce(&window);
    }
}

// One keystroke: each iteration adds or removes the last letter of the search.
void BenchWindow::filter()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    MainWindow window(store.get());
    window.show();
    QLineEdit *search = window.actorPanel()->searchField();
    search->setText(u"batter"_s);
    bool longer = true;
    QBENCHMARK {
        search->setText(longer ? u"battery"_s : u"batter"_s);
        longer = !longer;
    }
}

// Each iteration selects another statement, alternating between two far apart and of two
// actors, until the detail pane shows it.
void BenchWindow::selectionChange()
{
    QFETCH(int, statements);
    selectInTurn(statements, Until::StatementShown);
}

// The same, until the detail pane shows the whole page.
void BenchWindow::selectionWholePage()
{
    QFETCH(int, statements);
    selectInTurn(statements, Until::WholePageShown);
}

// Not a timing of one step: the longest the event loop went without turning while twenty
// statements were selected one after the other, each until its page was shown and laid out.
void BenchWindow::selectionStall()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    const std::unique_ptr<MainWindow> window = shownWindow(store.get());
    const QList<Statement> &all = store->current().statements;
    StallProbe probe;
    probe.start();
    for (int i = 0; i < 20; ++i) {
        selectAndWait(*window, all.at(i * (all.size() - 1) / 19), Until::WholePageShown);
        QTest::qWait(50); // the rest of the page is laid out and painted
    }
    QTest::setBenchmarkResult(qreal(probe.longestMs()), QTest::WalltimeMilliseconds);
}

void BenchWindow::chartRebuild()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    MainWindow window(store.get());
    window.show();
    bool byStance = true;
    QBENCHMARK {
        window.timeline()->setLaneMode(byStance ? TimelineChartView::LaneMode::Stance
                                                : TimelineChartView::LaneMode::Actor);
        byStance = !byStance;
    }
}

void BenchWindow::exportPng()
{
    QFETCH(int, statements);
    const auto store = storeWith(statements);
    MainWindow window(store.get());
    window.resize(windowSize);
    window.show();
    QTemporaryDir folder;
    Exporter::Options options;
    options.size = windowSize;
    options.provenance = u"Benchmark"_s;
    QBENCHMARK {
        QCOMPARE(Exporter::save(&window, folder.filePath(u"window.png"_s), options), QString());
    }
}

void BenchWindow::reportHtml_data()
{
    QTest::addColumn<int>("statements");
    QTest::newRow("builtin") << 0;
    for (const int count : {1'000, 10'000})
        QTest::newRow(qPrintable(BenchInput::rowName(count))) << count;
}

void BenchWindow::reportHtml()
{
    writeReports(u"report.html"_s);
}

void BenchWindow::reportPdf_data()
{
    QTest::addColumn<int>("statements");
    QTest::newRow("builtin") << 0;
    // 10k statements take 20 s: see the README.
    QTest::newRow(qPrintable(BenchInput::rowName(1'000))) << 1'000;
}

// Laying the pages out, keeping entries together, and drawing them.
void BenchWindow::reportPdf()
{
    writeReports(u"report.pdf"_s);
}

void BenchWindow::loadStall_data()
{
    QTest::addColumn<int>("statements");
    for (const int count : {10'000, 100'000})
        QTest::newRow(qPrintable(BenchInput::rowName(count))) << count;
}

// Not a timing of one step: the longest the event loop went without turning while the window
// opened a big file, from the Open to the views showing it.
void BenchWindow::loadStall()
{
    QFETCH(int, statements);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"big.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BenchInput::json(statements));
    file.close();
    const auto store = storeWith(0);
    MainWindow window(store.get());
    window.resize(windowSize);
    window.show();
    paintOnce(&window);

    StallProbe probe;
    QElapsedTimer total;
    total.start();
    probe.start();
    window.documentActions()->openPaths({path});
    QTRY_VERIFY_WITH_TIMEOUT(window.dataset().statements.size() == statements, 120'000);
    // The window paints when its loop gets to it, as it would for a user; the timeline has
    // painted the new marks when it draws more handles than the compiled-in data has.
    QTRY_VERIFY(window.timeline()->handles()->drawn() > 100);
    QTest::qWait(100);
    qInfo("opened in %lld ms, longest stall of the event loop %lld ms", total.elapsed(),
          probe.longestMs());
    QTest::setBenchmarkResult(qreal(probe.longestMs()), QTest::WalltimeMilliseconds);
}

int main(int argc, char *argv[])
{
    BenchInput::isolate();
    QApplication app(argc, argv);
    BenchWindow benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}

#include "bench_window.moc"
