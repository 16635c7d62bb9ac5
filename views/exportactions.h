#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

class DocumentStore;
class MainWindow;
class QAction;
class QDate;
class QTimer;

// File ▸ Export View… and Edit ▸ Copy View as Image: the window or one of its views as PNG
// (1×, 2× or 3×), SVG or PDF, with the provenance line on by default; the copy puts a 2× PNG
// of the view that has the focus on the clipboard. File ▸ Export Report… writes the report of
// the current dataset as PDF or HTML.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    ExportActions(DocumentStore *store, MainWindow *window);
    ~ExportActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }
    QAction *reportAction() const { return m_report; }

    // "ford-xiaomi-ev-2026-timeline-2026-11-25.png"
    static QString defaultFileName(const QString &datasetId, const QString &view, const QDate &date,
                                   const QString &suffix);
    // The view holding the keyboard focus ("tree", "detail", "timeline"), else "window".
    QString focusedView() const;
    void copyViewAsImage();
    // Writes the report to path (.pdf or .html) and says so in the status bar; false, after
    // telling the user why, when it could not.
    bool exportReportTo(const QString &path);
    // Starts working out the current data's hash on m_hashing, so that an export about to be
    // made (its dialogs are open) finds it ready rather than holding up the window: 0.3 s with
    // 100k statements. Done anyway a while after the data changes, for Copy View as Image,
    // which has no dialog.
    void prepareHash();
    bool hashStarted() const { return m_hash.isValid(); }
    // How long after the data changes its hash is started: a file just opened is being
    // prepared for the views, and an edit often follows another.
    static constexpr int hashDelayMs = 1000;

private:
    void exportView();
    void exportReport();
    QString suggestedPath(const QString &view, const QString &suffix) const;
    // Today's provenance line of the current dataset.
    QString provenanceLine();
    // Drops the hash, and stops working it out if that is under way.
    void dropHash();

    DocumentStore *m_store;
    MainWindow *m_window;
    // The current dataset's data hash, worked out or being worked out: working it out
    // serialises the whole dataset, 0.3 s with 100k statements, and one export often follows
    // another. Dropped whenever the store changes, as it says on every change of the current
    // dataset.
    QFuture<QString> m_hash;
    QAction *m_export;
    QAction *m_copy;
    QAction *m_report;
    std::shared_ptr<std::atomic_bool> m_stopHash; // of m_hash, while it is being worked out
    QTimer *m_hashDelay;                          // started by every change of the data
    // One thread, run only when the processors have nothing else to do: a hash worked out in the
    // background must not slow the window down.
    QThreadPool m_hashing;
};
