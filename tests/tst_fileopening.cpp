#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "models/selection.h"
#include "views/diagnosticsdialog.h"
#include "views/documentactions.h"
#include "views/dropoverlay.h"
#include "views/mainwindow.h"
#include "views/mergesummarydialog.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

class TestFileOpening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mergeShowsCountsAndUndoRestoresExactly();
    void newDisputeOpensAndTheSwitcherFollows();
    void badFileChangesNothing();
    void failedMergeLeavesEveryDatasetAsItWas();
    void folderOpensItsJsonFiles();
    void notDatasetsGetAClearMessage_data();
    void notDatasetsGetAClearMessage();
    void emptyUrlListGetsAMessage();
    void dropOnTheTimelineOrSearchReachesTheWindow_data();
    void dropOnTheTimelineOrSearchReachesTheWindow();
    void fileChangedOnDiskReloads();
    void saveAsWritesTheMergedDataset();
    void closingAsksBeforeDiscardingMerges();

private:
    bool drop(const QList<QUrl> &urls);
    QString lastProblems() const;
    QString fixture(const QString &name) const;

    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestFileOpening::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DisputeExplorerTests"_s);
    QCoreApplication::setApplicationName(u"tst_fileopening"_s);
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
    installTranslations(QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
}

void TestFileOpening::init()
{
    failOnUnexpectedWarnings();
    QSettings().clear();
    m_store = std::make_unique<DocumentStore>();
    QVERIFY(openFile(*m_store, BuiltinDataset::path()).ok());
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFileOpening::cleanup()
{
    // Unsaved merges would make closing ask; the test decides, not a dialog.
    for (int i = 0; i < m_store->count(); ++i)
        m_store->markSaved(i);
    m_window.reset();
    m_store.reset();
}

QString TestFileOpening::fixture(const QString &name) const
{
    return QStringLiteral(DISPUTE_FIXTURES_DIR "/valid/") + name;
}

// Sends a drag over the window and drops it, as the platform does: the window must accept the
// enter first. Returns whether it did.
bool TestFileOpening::drop(const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    return dropEvent.isAccepted();
}

QString TestFileOpening::lastProblems() const
{
    const auto dialogs = m_window->findChildren<DiagnosticsDialog *>();
    return dialogs.isEmpty() ? QString() : dialogs.last()->text();
}

void TestFileOpening::mergeShowsCountsAndUndoRestoresExactly()
{
    const Dataset before = m_store->current();
    QVERIFY(m_window->selectId(u"mark-truby"_s));
    const QUrl update = QUrl::fromLocalFile(fixture(u"ford-xiaomi-update.json"_s));

    QMimeData mime;
    mime.setUrls({update});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(m_window->dropOverlay()->isVisible());
    QCOMPARE(m_window->dropOverlay()->message(),
             u"Merge ford-xiaomi-update.json into “Ford–Xiaomi EV partnership report”"_s);
    QDropEvent dropEvent(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropEvent);
    QVERIFY(!m_window->dropOverlay()->isVisible());

    QCOMPARE(m_store->count(), 1);
    const Dataset &merged = m_store->current();
    QCOMPARE(merged.statements.size(), before.statements.size() + 2);
    QCOMPARE(merged.actors.size(), before.actors.size() + 1);
    QCOMPARE(merged.statement(u"ft-byd-claim"_s)->text,
             u"CHANGED BY A TEST FIXTURE: Ford had reached out to BYD."_s);
    const auto summaries = m_window->findChildren<MergeSummaryDialog *>();
    QCOMPARE(summaries.size(), 1);
    QVERIFY2(summaries.first()->text().contains(u"2 statements added, 1 changed, 1 unchanged"_s),
             qPrintable(summaries.first()->text()));
    QVERIFY2(summaries.first()->text().contains(u"1 actor added"_s),
             qPrintable(summaries.first()->text()));
    QVERIFY(summaries.first()->isVisible() && !summaries.first()->isModal());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(m_window->selection()->actorId(), u"mark-truby"_s); // the view keeps its selection

    m_window->documentActions()->undoAction()->trigger();
    QVERIFY(m_store->current() == before);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->selection()->actorId(), u"mark-truby"_s);
    m_window->documentActions()->redoAction()->trigger();
    QCOMPARE(m_store->current().statements.size(), before.statements.size() + 2);
}

void TestFileOpening::newDisputeOpensAndTheSwitcherFollows()
{
    QVERIFY(drop({QUrl::fromLocalFile(fixture(u"chinese-and-long-names.json"_s))}));
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(m_store->current().id, u"fixture-names"_s);
    QCOMPARE(m_window->windowTitle(),
             u"小米集团 fixture: Chinese and very long names[*] — Dispute Explorer"_s);
    QComboBox *switcher = m_window->disputeSwitcher();
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentIndex(), 1);
    QVERIFY(m_window->findChildren<MergeSummaryDialog *>().isEmpty());

    switcher->setCurrentIndex(0);
    emit switcher->activated(0);
    QCOMPARE(m_store->current().id, u"ford-xiaomi-ev-2026"_s);
    QCOMPARE(m_window->windowTitle(), u"Ford–Xiaomi EV partnership report[*] — Dispute Explorer"_s);
    QCOMPARE(m_window->dataset().id, u"ford-xiaomi-ev-2026"_s);
}

void TestFileOpening::badFileChangesNothing()
{
    const Dataset before = m_store->current();
    const QString path = m_dir.filePath(u"broken update.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"dispute-explorer/1\",\n  \"id\": \"ford-xiaomi-ev-2026\",\n  "
               "\"title\": \"x\"\n  \"actors\": []\n}\n");
    file.close();
    const int undoSteps = m_store->undoStack()->count();

    QVERIFY(drop({QUrl::fromLocalFile(path)}));
    QCOMPARE(m_store->count(), 1);
    QVERIFY(m_store->current() == before);
    QCOMPARE(m_store->undoStack()->count(), undoSteps);
    QVERIFY(!m_window->isWindowModified());
    const QString problems = lastProblems();
    // The comma missing after line 4 is noticed at the next key, where Qt's parser stops.
    QCOMPARE(problems, path + u":5:4: error: unterminated object"_s);
}

void TestFileOpening::failedMergeLeavesEveryDatasetAsItWas()
{
    // Two disputes open, one of them with an unsaved merge and an undo step.
    m_window->documentActions()->openPaths(
            {fixture(u"ford-xiaomi-update.json"_s), fixture(u"minimal.json"_s)});
    QCOMPARE(m_store->count(), 2);
    m_store->setCurrentIndex(0);

    // Valid alone, refused as a merge: it hangs the open dispute's "automakers" 31 levels deep,
    // which puts Ford and the people below it over the actor tree's depth limit.
    QByteArray actors;
    for (int i = 0; i <= 30; ++i) {
        actors += R"({"id": "x)" + QByteArray::number(i) + R"(", "name": "X", "kind": "group")"
                + (i > 0 ? R"(, "parent": "x)" + QByteArray::number(i - 1) + '"' : QByteArray())
                + "},\n";
    }
    actors += R"({"id": "automakers", "name": "Automakers", "kind": "group", "parent": "x30"})";
    const QString deep = m_dir.filePath(u"too deep.json"_s);
    QFile file(deep);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "dispute-explorer/1", "id": "ford-xiaomi-ev-2026", "title": "T",
               "actors": [)"
               + actors + "]}");
    file.close();
    const ReadResult alone = DatasetReader::readFile(deep);
    QVERIFY2(alone.ok(), qPrintable(formatAll(alone.diagnostics).join(u'\n')));

    const QList<Dataset> datasets {m_store->datasetAt(0), m_store->datasetAt(1)};
    const QList<QStringList> files {m_store->filesAt(0), m_store->filesAt(1)};
    const int undoSteps = m_store->undoStack()->count();
    const int undoIndex = m_store->undoStack()->index();
    const QString title = m_window->windowTitle();
    QVERIFY(m_window->isWindowModified());

    QVERIFY(drop({QUrl::fromLocalFile(deep)}));
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(m_store->currentIndex(), 0);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(m_store->datasetAt(i) == datasets.at(i));
        QCOMPARE(m_store->filesAt(i), files.at(i));
    }
    QVERIFY(m_store->isModified(0));
    QVERIFY(!m_store->isModified(1));
    QCOMPARE(m_store->undoStack()->count(), undoSteps);
    QCOMPARE(m_store->undoStack()->index(), undoIndex);
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(m_window->isWindowModified());
    QVERIFY2(lastProblems().contains(u"over the 32 limit"_s), qPrintable(lastProblems()));
}

void TestFileOpening::folderOpensItsJsonFiles()
{
    QTemporaryDir folder;
    QVERIFY(QFile::copy(fixture(u"minimal.json"_s), folder.filePath(u"a.json"_s)));
    QVERIFY(QFile::copy(fixture(u"chinese-and-long-names.json"_s), folder.filePath(u"b.json"_s)));
    QFile notes(folder.filePath(u"notes.txt"_s));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a dataset, and not .json: skipped");
    notes.close();

    QVERIFY(drop({QUrl::fromLocalFile(folder.path())}));
    QCOMPARE(m_store->count(), 3);
    QVERIFY(m_store->indexOf(u"fixture-minimal"_s) >= 0);
    QVERIFY(m_store->indexOf(u"fixture-names"_s) >= 0);
    QVERIFY(lastProblems().isEmpty());
}

void TestFileOpening::notDatasetsGetAClearMessage_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("image") << u"image"_s << u"not a dataset: the file is PNG image, not JSON"_s;
    QTest::addRow("folder without JSON") << u"folder"_s << u"the folder holds no .json file"_s;
    QTest::addRow("vanished file")
            << u"vanished"_s << u"the file does not exist (it may have been moved or deleted)"_s;
    QTest::addRow("remote URL") << u"remote"_s << u"only files on this computer can be opened"_s;
}

void TestFileOpening::notDatasetsGetAClearMessage()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const Dataset before = m_store->current();
    QUrl url;
    QTemporaryDir place;
    if (kind == u"image"_s) {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(place.filePath(u"photo.png"_s)));
        url = QUrl::fromLocalFile(place.filePath(u"photo.png"_s));
    } else if (kind == u"folder"_s) {
        url = QUrl::fromLocalFile(place.path());
    } else if (kind == u"vanished"_s) {
        url = QUrl::fromLocalFile(place.filePath(u"gone.json"_s));
    } else {
        url = QUrl(u"https://example.org/dispute.json"_s);
    }
    QVERIFY(drop({url}));
    QVERIFY(m_store->current() == before);
    QCOMPARE(m_store->count(), 1);
    QVERIFY2(lastProblems().contains(message), qPrintable(lastProblems()));
}

void TestFileOpening::emptyUrlListGetsAMessage()
{
    const Dataset before = m_store->current();
    QSignalSpy notices(m_window->documentActions(), &DocumentActions::notice);
    m_window->documentActions()->openUrls({});
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.first().first().toString(), u"Nothing was opened: the drop held no file."_s);
    QVERIFY(m_store->current() == before);
}

void TestFileOpening::dropOnTheTimelineOrSearchReachesTheWindow_data()
{
    QTest::addColumn<QString>("target");
    QTest::addRow("timeline") << u"timelineChart"_s;
    QTest::addRow("search field") << u"actorSearch"_s;
    QTest::addRow("detail pane") << u"detailPane"_s;
}

// Through the window's platform window, as a real drag arrives: Qt then picks the widget under
// the pointer, which must not swallow the drop.
void TestFileOpening::dropOnTheTimelineOrSearchReachesTheWindow()
{
    QFETCH(QString, target);
    auto *widget = m_window->findChild<QWidget *>(target);
    QVERIFY(widget);
    const QPoint where = widget->mapTo(m_window.get(), widget->rect().center());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture(u"chinese-and-long-names.json"_s))});
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window->windowHandle(), &enter);
    QVERIFY(enter.isAccepted());
    QVERIFY(m_window->dropOverlay()->isVisible());
    QDropEvent dropEvent(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window->windowHandle(), &dropEvent);
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(m_store->current().id, u"fixture-names"_s);
}

void TestFileOpening::fileChangedOnDiskReloads()
{
    const QString path = m_dir.filePath(u"watched.json"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(fixture(u"chinese-and-long-names.json"_s), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    m_window->documentActions()->openPaths({path});
    const int index = m_store->indexOf(u"fixture-names"_s);
    QVERIFY(index >= 0);
    QVERIFY(m_window->selectId(u"lei-jun"_s));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("雷军否认了这一报道。", "雷军再次否认了这一报道。");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->datasetAt(index).statement(u"lei-denial"_s)->text,
                              u"虚构测试数据：雷军再次否认了这一报道。"_s, 5000);
    QCOMPARE(m_window->selection()->actorId(), u"lei-jun"_s); // the selection is kept

    const Dataset good = m_store->datasetAt(index);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ broken");
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(lastProblems().contains(u"watched.json:1:"_s), 5000);
    QVERIFY(m_store->datasetAt(index) == good);
}

void TestFileOpening::saveAsWritesTheMergedDataset()
{
    m_window->documentActions()->openPaths({fixture(u"ford-xiaomi-update.json"_s)});
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir.filePath(u"saved.json"_s);
    QCOMPARE(m_window->documentActions()->saveCurrentAs(path), QString());
    QVERIFY(!m_window->isWindowModified());
    const ReadResult reread = DatasetReader::readFile(path);
    QVERIFY(reread.ok());
    QVERIFY(*reread.dataset == m_store->current());
    QCOMPARE(m_window->documentActions()->recentFiles().first(), path);
}

void TestFileOpening::closingAsksBeforeDiscardingMerges()
{
    m_window->documentActions()->openPaths({fixture(u"ford-xiaomi-update.json"_s)});
    QVERIFY(m_window->isWindowModified());
    // The question is modal: answer it from the event loop it runs.
    QString asked;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            QCOMPARE(box->textFormat(), Qt::PlainText); // the titles are the data's
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QVERIFY(asked.contains(u"Ford–Xiaomi EV partnership report"_s));
    answer(QMessageBox::Discard);
    QVERIFY(m_window->close());
}

QTEST_MAIN(TestFileOpening)
#include "tst_fileopening.moc"
