#include "app/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

// Long enough for a busy instance to read a message, short enough that a hung one does not
// keep the user waiting long before this launch opens its own window.
constexpr int timeoutMs = 5000;
constexpr char accepted = '+';
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

QStringList absolutePaths(const QStringList &files, const QString &workingDirectory)
{
    const QDir directory(workingDirectory);
    QStringList paths;
    paths.reserve(files.size());
    for (const QString &file : files)
        paths.append(QDir::cleanPath(directory.absoluteFilePath(file)));
    return paths;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

QString SingleInstance::defaultServerName()
{
    const QByteArray user = qgetenv("USER") + '\n' + QDir::homePath().toUtf8();
    const QString name
            = QStringLiteral("dispute-explorer-")
            + QString::fromLatin1(
                      QCryptographicHash::hash(user, QCryptographicHash::Sha256).toHex().left(16));
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
    return name;
}

bool SingleInstance::handOver(const QStringList &files) const
{
    return handOver(files, QDir::currentPath());
}

bool SingleInstance::handOver(const QStringList &files, const QString &workingDirectory) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(streamVersion);
    out << absolutePaths(files, workingDirectory);
    socket.write(message);
    socket.waitForBytesWritten(timeoutMs);
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    char answer = 0;
    const bool taken = socket.getChar(&answer) && answer == accepted;
    socket.disconnectFromServer();
    return taken;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this,
                        [this, socket] { receive(socket); });
            }
        });
    }
    if (m_server->isListening())
        return true;
    // Listening with access options replaces whatever holds the name, so a live instance must
    // be asked first. Anything else found there is a socket left behind by a crash.
    if (instanceAnswers())
        return false;
    QLocalServer::removeServer(m_serverName);
    return m_server->listen(m_serverName);
}

bool SingleInstance::instanceAnswers() const
{
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    const bool answers = probe.waitForConnected(timeoutMs);
    probe.abort();
    return answers;
}

void SingleInstance::receive(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(streamVersion);
    in.startTransaction();
    QStringList files;
    in >> files;
    if (!in.commitTransaction()) {
        if (in.status() != QDataStream::ReadPastEnd)
            socket->abort(); // not a message of ours
        return;              // otherwise the rest of the message is still on its way
    }
    socket->putChar(accepted);
    socket->disconnectFromServer();
    // Opening files can show a dialog; the launch that sent them need not wait for it.
    QMetaObject::invokeMethod(
            this, [this, files] { emit filesReceived(files); }, Qt::QueuedConnection);
}
