#pragma once

#include "models/datasetreader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

class QProgressDialog;
class QWidget;

// Reads and validates one data file on a worker thread, so the window stays responsive while
// a big file loads. After a moment a progress dialog with Cancel appears. Cancelling drops the
// result whenever it comes: nothing the caller holds changes. The caller merges the result on
// the GUI thread when finished() arrives. Deletes itself after finished() or cancelled().
class BackgroundRead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundRead)

public:
    static constexpr int progressDelayMs = 300;

    BackgroundRead(const QString &path, QWidget *window);
    ~BackgroundRead() override;

    QString path() const { return m_path; }
    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();

signals:
    void finished(const ReadResult &result);
    void cancelled();

private:
    void onReadFinished();

    QString m_path;
    QFutureWatcher<ReadResult> m_watcher;
    QProgressDialog *m_progress;
};
