#pragma once

#include <QObject>
#include <QString>

class DocumentStore;
class MainWindow;
class QAction;
class QDate;

// File ▸ Export View… and Edit ▸ Copy View as Image: the window or one of its views as PNG
// (1×, 2× or 3×), SVG or PDF, with the provenance line on by default; the copy puts a 2× PNG
// of the view that has the focus on the clipboard.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    ExportActions(DocumentStore *store, MainWindow *window);

    QAction *exportAction() const { return m_export; }
    QAction *copyAction() const { return m_copy; }

    // "ford-xiaomi-ev-2026-timeline-2026-11-25.png"
    static QString defaultFileName(const QString &datasetId, const QString &view, const QDate &date,
                                   const QString &suffix);
    // The view holding the keyboard focus ("tree", "detail", "timeline"), else "window".
    QString focusedView() const;
    void copyViewAsImage();

private:
    void exportView();

    DocumentStore *m_store;
    MainWindow *m_window;
    QAction *m_export;
    QAction *m_copy;
};
