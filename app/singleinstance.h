#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// Keeps one window per user: a later launch hands its files over a local socket to the
// instance that is already running, which opens them in its own window.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);

    // The socket of this user's running instance: named after the user and their home folder,
    // in the user's private runtime folder when there is one.
    static QString defaultServerName();

    // Sends files to the running instance, relative ones made absolute against
    // workingDirectory (the current one by default), and waits until it has taken them.
    // False when no instance answered: then this launch should open its own window.
    bool handOver(const QStringList &files) const;
    bool handOver(const QStringList &files, const QString &workingDirectory) const;

    // Becomes the running instance that later launches hand their files to. A socket left
    // behind by an instance that crashed is removed first. False when a live instance holds
    // the name already, or the socket cannot be made.
    bool listen();

signals:
    // Absolute paths handed over by a later launch; empty when it had no files and only asks
    // for the window.
    void filesReceived(const QStringList &files);

private:
    bool instanceAnswers() const;
    void receive(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
