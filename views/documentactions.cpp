#include "views/documentactions.h"

#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "models/listtext.h"
#include "views/backgroundread.h"
#include "views/diagnosticsdialog.h"
#include "views/mergesummarydialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

const QString recentKey = QStringLiteral("files/recent");
const QString folderKey = QStringLiteral("files/lastFolder");
constexpr int maxRecent = 10;
constexpr int reloadDelayMs = 300; // editors often write a file in several steps

QString fileFilter()
{
    return DocumentActions::tr("Dispute data (*.json);;All files (*)");
}

} // namespace

DocumentActions::DocumentActions(DocumentStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_open(new QAction(tr("&Open…"), this))
    , m_recent(new QMenu(tr("Open &Recent"), window))
    , m_saveAs(new QAction(tr("Save Dataset &As…"), this))
    , m_undo(store->undoStack()->createUndoAction(this, tr("&Undo")))
    , m_redo(store->undoStack()->createRedoAction(this, tr("&Redo")))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_open->setShortcut(QKeySequence::Open);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_open, &QAction::triggered, this, &DocumentActions::chooseAndOpen);
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::chooseAndSave);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentActions::onFileChanged);
    updateRecentMenu();
}

void DocumentActions::openPaths(const QStringList &paths)
{
    openDropped(expandPaths(paths));
}

void DocumentActions::openUrls(const QList<QUrl> &urls)
{
    if (urls.isEmpty()) {
        showProblems(tr("Nothing was opened: the drop held no file."), {});
        return;
    }
    openDropped(expandDroppedUrls(urls));
}

void DocumentActions::openDropped(const QList<DroppedFile> &files)
{
    m_batch.files += files;
    if (!m_reading)
        continueBatch();
}

void DocumentActions::continueBatch()
{
    while (!m_batch.files.isEmpty()) {
        const DroppedFile file = m_batch.files.takeFirst();
        if (!file.isOpenable()) {
            m_batch.problems.append(Diagnostic::error(file.path, {}, file.problem).format());
            ++m_batch.failed;
            continue;
        }
        if (QFileInfo(file.path).size() > backgroundReadBytes) {
            readInBackground(file.path);
            return;
        }
        takeResult(file.path, openFile(*m_store, file.path));
    }
    reportBatch();
}

// Reading and validating run on a worker thread; the merge into the store stays here, on the
// GUI thread. Cancel drops this file and the rest of the batch.
void DocumentActions::readInBackground(const QString &path)
{
    m_reading = new BackgroundRead(path, m_window);
    connect(m_reading, &BackgroundRead::finished, this, [this, path](const ReadResult &read) {
        m_reading = nullptr;
        takeResult(path, openRead(*m_store, path, read));
        continueBatch();
    });
    connect(m_reading, &BackgroundRead::cancelled, this, [this] {
        m_reading = nullptr;
        m_batch.files.clear();
        reportBatch();
        emit notice(tr("Opening cancelled: nothing more was opened."));
    });
}

void DocumentActions::takeResult(const QString &path, const FileOpenResult &result)
{
    m_batch.problems += formatAll(result.diagnostics);
    if (!result.ok()) {
        ++m_batch.failed;
        return;
    }
    rememberRecent(path);
    watch({path});
    const OpenResult &outcome = result.opened;
    if (outcome.outcome == OpenResult::Outcome::Merged) {
        auto *dialog = new MergeSummaryDialog(path, m_store->datasetAt(outcome.index),
                                              outcome.summary, m_window);
        dialog->show();
        emit notice(dialog->text());
    } else {
        m_batch.opened.append(m_store->datasetAt(outcome.index).title);
    }
}

void DocumentActions::reportBatch()
{
    const Batch batch = std::exchange(m_batch, {});
    if (!batch.opened.isEmpty())
        emit notice(tr("Opened %1").arg(batch.opened.join(QStringLiteral(", "))));
    if (batch.failed > 0) {
        showProblems(tr("%n file(s) could not be opened; nothing that was open has changed.",
                        nullptr, batch.failed),
                     batch.problems);
    } else if (!batch.problems.isEmpty()) {
        showProblems(tr("Opened, with warnings."), batch.problems);
    }
}

QStringList DocumentActions::describeDrop(const QList<QUrl> &urls) const
{
    constexpr qint64 peekLimit = 4 * 1024 * 1024; // read to tell merge from new; bigger: just open
    constexpr int maxLines = 6;
    QStringList lines;
    const QList<DroppedFile> files = expandDroppedUrls(urls);
    for (const DroppedFile &file : files) {
        const QString name = QFileInfo(file.path).fileName();
        if (!file.isOpenable()) {
            lines.append(tr("%1: cannot be opened").arg(name.isEmpty() ? file.path : name));
            continue;
        }
        if (QFileInfo(file.path).size() > peekLimit) {
            lines.append(tr("Open %1").arg(name));
            continue;
        }
        const ReadResult read = DatasetReader::readFile(file.path);
        if (!read.ok()) {
            lines.append(tr("%1 has errors: it will not be opened").arg(name));
            continue;
        }
        const int index = m_store->indexOf(read.dataset->id);
        lines.append(index >= 0
                             ? tr("Merge %1 into “%2”").arg(name, m_store->datasetAt(index).title)
                             : tr("Open %1 as a new dispute: “%2”").arg(name, read.dataset->title));
    }
    if (lines.size() > maxLines) {
        const qsizetype more = lines.size() - (maxLines - 1);
        lines = lines.mid(0, maxLines - 1);
        lines.append(tr("… and %n more", nullptr, int(more)));
    }
    if (lines.isEmpty())
        lines.append(tr("Nothing to open here"));
    return lines;
}

void DocumentActions::showProblems(const QString &summary, const QStringList &lines)
{
    if (lines.isEmpty()) {
        auto *shown = new QMessageBox(QMessageBox::Information, tr("Nothing to open"), summary,
                                      QMessageBox::Close, m_window);
        shown->setObjectName(QStringLiteral("nothingToOpen"));
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->setModal(false);
        shown->show();
        emit notice(summary);
        return;
    }
    auto *dialog = new DiagnosticsDialog(summary, lines, m_window);
    dialog->show();
    emit notice(summary);
}

void DocumentActions::chooseAndOpen()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
            m_window, tr("Open Dispute Data"), settings.value(folderKey).toString(), fileFilter());
    if (paths.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(paths.first()).absolutePath());
    openPaths(paths);
}

QString DocumentActions::saveCurrentAs(const QString &path)
{
    const int index = m_store->currentIndex();
    const QString error = DatasetWriter::save(m_store->current(), path);
    if (!error.isEmpty())
        return error;
    m_store->markSaved(index);
    rememberRecent(path);
    emit notice(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return {};
}

void DocumentActions::chooseAndSave()
{
    QSettings settings;
    const QString suggested = QDir(settings.value(folderKey, QDir::homePath()).toString())
                                      .filePath(m_store->current().id + QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Dataset As"), suggested,
                                                      fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    if (const QString error = saveCurrentAs(path); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Could Not Save"), error);
}

bool DocumentActions::confirmClose()
{
    QStringList unsaved;
    for (int i = 0; i < m_store->count(); ++i) {
        if (m_store->isModified(i))
            unsaved.append(m_store->datasetAt(i).title);
    }
    if (unsaved.isEmpty())
        return true;
    QMessageBox question(QMessageBox::Question, tr("Discard Merged Data?"),
                         tr("Merged data has not been saved: %1.\n\nClose anyway and discard it?")
                                 .arg(joinedList(unsaved)),
                         QMessageBox::Discard | QMessageBox::Cancel, m_window);
    question.setTextFormat(Qt::PlainText); // the titles come from the data
    question.setDefaultButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Discard;
}

QStringList DocumentActions::recentFiles() const
{
    return QSettings().value(recentKey).toStringList();
}

void DocumentActions::rememberRecent(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(recentKey, recent.mid(0, maxRecent));
    updateRecentMenu();
}

void DocumentActions::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName(), this,
                                              [this, path] { openPaths({path}); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recent->addSeparator();
        m_recent->addAction(tr("&Clear Menu"), this, [this] {
            QSettings().remove(recentKey);
            updateRecentMenu();
        });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void DocumentActions::watch(const QStringList &files)
{
    for (const QString &file : files) {
        if (!file.startsWith(QLatin1Char(':')) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
    }
}

void DocumentActions::onFileChanged(const QString &path)
{
    if (m_pendingReloads.contains(path))
        return;
    m_pendingReloads.append(path);
    QTimer::singleShot(reloadDelayMs, this, [this, path] {
        m_pendingReloads.removeAll(path);
        // A file saved by renaming a new one over it is no longer watched: watch it again.
        watch({path});
        for (int index = 0; index < m_store->count(); ++index) {
            if (m_store->filesAt(index).contains(path))
                reload(index);
        }
    });
}

// Reading runs on a worker thread, as opening a big file does. A dataset closed meanwhile is
// left alone; one given more files meanwhile is read again.
void DocumentActions::reload(int index)
{
    const QString id = m_store->datasetAt(index).id;
    const QStringList files = m_store->filesAt(index);
    const int request = ++m_reloadRequests[id];
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, files, request] {
        watcher->deleteLater();
        if (m_reloadRequests.value(id) != request)
            return;
        m_reloadRequests.remove(id);
        const int now = m_store->indexOf(id);
        if (now < 0)
            return;
        if (m_store->filesAt(now) != files)
            reload(now);
        else
            takeReload(now, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readMergedFiles, files));
}

void DocumentActions::takeReload(int index, const ReadResult &result)
{
    if (!result.ok()) {
        showProblems(tr("“%1” changed on disk but can no longer be read; the previous state is "
                        "kept.")
                             .arg(m_store->datasetAt(index).title),
                     formatAll(result.diagnostics));
        return;
    }
    m_store->replace(index, *result.dataset, DocumentStore::Lookups::Built, result.links);
    emit notice(tr("Reloaded “%1”: a file changed on disk.").arg(result.dataset->title));
}
