#include "views/backgroundread.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

BackgroundRead::BackgroundRead(const QString &path, QWidget *window)
    : QObject(window)
    , m_path(path)
    , m_progress(new QProgressDialog(window))
{
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setWindowTitle(tr("Opening"));
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 0); // the reader cannot say how far it is: a busy indicator
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(progressDelayMs);
    connect(m_progress, &QProgressDialog::canceled, this, &BackgroundRead::cancel);
    connect(&m_watcher, &QFutureWatcher<ReadResult>::finished, this,
            &BackgroundRead::onReadFinished);
    m_watcher.setFuture(QtConcurrent::run([path] { return DatasetReader::readFile(path); }));
}

BackgroundRead::~BackgroundRead()
{
    delete m_progress;
}

void BackgroundRead::cancel()
{
    // A read under way cannot be interrupted; its result is dropped when it arrives.
    disconnect(&m_watcher, nullptr, this, nullptr);
    disconnect(m_progress, nullptr, this, nullptr);
    m_progress->hide();
    emit cancelled();
    deleteLater();
}

void BackgroundRead::onReadFinished()
{
    m_progress->hide();
    emit finished(m_watcher.result());
    deleteLater();
}
