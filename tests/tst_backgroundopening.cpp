#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "models/stancematrixmodel.h"
#include "views/actortreepanel.h"
#include "views/backgroundread.h"
#include "views/detailpane.h"
#include "views/diagnosticsdialog.h"
#include "views/documentactions.h"
#include "views/mainwindow.h"
#include "views/stancematrixview.h"
#include "views/timelinechartview.h"
#include "warningsareerrors.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::Literals::StringLiterals;

// A file too big to read on the GUI thread is read on a worker: the window keeps running while
// it loads, and Cancel leaves everything as it was. A dataset too big to prepare the views for
// on the GUI thread is prepared on a worker too.
class TestBackgroundOpening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bigFileIsReadWhileTheWindowRuns();
    void cancelLeavesEverythingAsItWas();
    void bigDatasetIsPreparedWhileTheWindowRuns();
    void newerDatasetWinsOverOneStillPreparing();

private:
    // The compiled-in dispute under another id, its statements repeated past the number up to
    // which the views are prepared on the GUI thread.
    static Dataset manyStatements();
    DocumentActions *actions() const { return m_window->documentActions(); }

    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_bigFile;
};

void TestBackgroundOpening::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DisputeExplorerTests"_s);
    QCoreApplication::setApplicationName(u"tst_backgroundopening"_s);
    QVERIFY(m_dir.isValid());

    // The compiled-in dispute under another id, with sources whose long notes take it past the
    // size up to which files are read on the GUI thread.
    const ReadResult builtin = DatasetReader::readFile(BuiltinDataset::path());
    QVERIFY(builtin.ok());
    Dataset big = *builtin.dataset;
    big.id = u"big-dispute"_s;
    big.title = u"A big dispute"_s;
    for (int i = 0; i < 15; ++i) {
        Source source;
        source.id = u"archive-"_s + QString::number(i);
        source.title = u"Archive "_s + QString::number(i);
        source.note = QString(90'000, u'n');
        big.sources.append(source);
    }
    m_bigFile = m_dir.filePath(u"big.json"_s);
    QCOMPARE(DatasetWriter::save(big, m_bigFile), QString());
    QVERIFY(QFileInfo(m_bigFile).size() > DocumentActions::backgroundReadBytes);
}

void TestBackgroundOpening::init()
{
    failOnUnexpectedWarnings();
    QSettings().clear();
    m_store = std::make_unique<DocumentStore>();
    QVERIFY(openFile(*m_store, BuiltinDataset::path()).ok());
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackgroundOpening::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_window.reset();
    m_store.reset();
}

void TestBackgroundOpening::bigFileIsReadWhileTheWindowRuns()
{
    actions()->openPaths({m_bigFile});
    // Back from opening before the file is read: the event loop goes on meanwhile.
    QCOMPARE(m_store->count(), 1);
    QVERIFY(actions()->backgroundRead());
    QCOMPARE(actions()->backgroundRead()->progressDialog()->minimumDuration(),
             BackgroundRead::progressDelayMs);

    QTRY_COMPARE_WITH_TIMEOUT(m_store->count(), 2, 60000);
    QCOMPARE(m_store->current().id, u"big-dispute"_s);
    QCOMPARE(m_window->dataset().statements.size(), m_store->current().statements.size());
    QVERIFY(!actions()->backgroundRead());
    QVERIFY(actions()->recentFiles().contains(QFileInfo(m_bigFile).absoluteFilePath()));
}

void TestBackgroundOpening::cancelLeavesEverythingAsItWas()
{
    const Dataset before = m_store->current();
    actions()->openPaths({m_bigFile});
    QVERIFY(actions()->backgroundRead());
    auto *cancel = actions()->backgroundRead()->progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!actions()->backgroundRead());

    // The read runs to its end on its thread; its result must go nowhere.
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->current(), before);
    QCOMPARE(m_window->dataset(), before);
    QVERIFY(m_window->findChildren<DiagnosticsDialog *>().isEmpty());
    QVERIFY(actions()->recentFiles().isEmpty());
}

Dataset TestBackgroundOpening::manyStatements()
{
    const ReadResult builtin = DatasetReader::readFile(BuiltinDataset::path());
    Dataset many = *builtin.dataset;
    many.id = u"many-statements"_s;
    many.title = u"Many statements"_s;
    const QList<Statement> originals = many.statements;
    for (int copy = 1; many.statements.size() <= MainWindow::backgroundStatements; ++copy) {
        for (Statement statement : originals) {
            statement.id += u"-copy-"_s + QString::number(copy);
            for (QString &target : statement.respondsTo)
                target += u"-copy-"_s + QString::number(copy);
            many.statements.append(statement);
        }
    }
    many.rebuildIndex();
    return many;
}

void TestBackgroundOpening::bigDatasetIsPreparedWhileTheWindowRuns()
{
    const Dataset before = m_window->dataset();
    const int rowsBefore = m_window->matrix()->model()->rowCount();
    const Dataset many = manyStatements();
    QVERIFY(m_store->open(many, u"many.json"_s).ok());
    // The store has it; the views still show what they showed, and say they are busy.
    QCOMPARE(m_store->current().id, many.id);
    QCOMPARE(m_window->dataset(), before);
    QVERIFY(m_window->preparingIndicator()->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(m_window->dataset().id, many.id, 60000);
    QVERIFY(!m_window->preparingIndicator()->isVisible());
    QCOMPARE(m_window->windowTitle(), MainWindow::windowTitleFor(many.title));
    QCOMPARE(m_window->actorPanel()->model()->dataset().statements.size(), many.statements.size());
    QCOMPARE(m_window->timeline()->layout().marks.size(), many.statements.size());
    const qsizetype claims = std::count_if(
            many.statements.cbegin(), many.statements.cend(),
            [](const Statement &statement) { return statement.stance == Stance::Claim; });
    QVERIFY(m_window->detailPane()->toPlainText().startsWith(many.title));
    // The matrix, behind the timeline's tab, takes its rows when it is shown.
    QVERIFY(!m_window->matrix()->isVisible());
    QCOMPARE(m_window->matrix()->model()->rowCount(), rowsBefore);
    m_window->showView(u"matrix"_s);
    QCOMPARE(m_window->matrix()->model()->rowCount(), claims);
    QCOMPARE(m_window->matrix()->table()->model()->rowCount(), claims);
}

void TestBackgroundOpening::newerDatasetWinsOverOneStillPreparing()
{
    const Dataset builtin = m_window->dataset();
    QVERIFY(m_store->open(manyStatements(), u"many.json"_s).ok());
    QVERIFY(m_window->preparingIndicator()->isVisible());
    // Back to the small dispute before the big one is ready: it shows at once, and the big
    // one's preparation, when it ends, changes nothing.
    m_store->setCurrentIndex(0);
    QCOMPARE(m_window->dataset(), builtin);
    QVERIFY(!m_window->preparingIndicator()->isVisible());
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QCOMPARE(m_window->dataset(), builtin);
    QCOMPARE(m_window->timeline()->layout().marks.size(), builtin.statements.size());
    QCOMPARE(m_window->windowTitle(), MainWindow::windowTitleFor(builtin.title));
}

QTEST_MAIN(TestBackgroundOpening)

#include "tst_backgroundopening.moc"
