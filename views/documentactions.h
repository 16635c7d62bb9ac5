#pragma once

#include "models/droppedfiles.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

class BackgroundRead;
class DocumentStore;
struct FileOpenResult;
struct ReadResult;
class QAction;
class QFileSystemWatcher;
class QMenu;
class QWidget;

// Everything that brings data files in and out of the store, behind the File and Edit menus:
// the one path every file takes (command line, drop, File ▸ Open, Open Recent), Save Dataset
// As, undo and redo of merges, and watching opened files so a dataset reloads when one changes
// on disk. Problems are reported in a dialog that lists every diagnostic; nothing that is open
// changes when a file fails.
class DocumentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentActions)

public:
    DocumentActions(DocumentStore *store, QWidget *window);

    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    void openPaths(const QStringList &paths);
    void openUrls(const QList<QUrl> &urls);
    void openDropped(const QList<DroppedFile> &files);
    // What dropping these would do, a line a file: "Merge update.json into “…”", "Open x.json
    // as a new dispute: “…”", or why a file cannot be opened.
    QStringList describeDrop(const QList<QUrl> &urls) const;
    // Saves the current dataset to path; empty on success, else why not.
    QString saveCurrentAs(const QString &path);
    // Asks before discarding unsaved merges; true when the window may close.
    bool confirmClose();

    QStringList recentFiles() const;
    // The file being read on a worker thread, or null. Files over backgroundReadBytes are read
    // there; smaller ones read in a few milliseconds and open at once.
    BackgroundRead *backgroundRead() const { return m_reading; }
    static constexpr qint64 backgroundReadBytes = 1024 * 1024;

signals:
    // A short message for the status bar.
    void notice(const QString &message);

private:
    // The files of a drop (or an Open) still to open, and what the opened ones did so far.
    struct Batch
    {
        QList<DroppedFile> files;
        QStringList problems;
        int failed = 0;
        QStringList opened;
    };

    void continueBatch();
    void readInBackground(const QString &path);
    void takeResult(const QString &path, const FileOpenResult &result);
    void reportBatch();
    void chooseAndOpen();
    void chooseAndSave();
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void watch(const QStringList &files);
    void onFileChanged(const QString &path);
    void reload(int index);
    void takeReload(int index, const ReadResult &result);
    void showProblems(const QString &summary, const QStringList &lines);

    DocumentStore *m_store;
    QWidget *m_window;
    QAction *m_open;
    QMenu *m_recent;
    QAction *m_saveAs;
    QAction *m_undo;
    QAction *m_redo;
    QFileSystemWatcher *m_watcher;
    QStringList m_pendingReloads;
    QHash<QString, int> m_reloadRequests; // by dataset id: a newer reload drops an older one
    Batch m_batch;
    BackgroundRead *m_reading = nullptr;
};
