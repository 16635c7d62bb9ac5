#include "app/singleinstance.h"
#include "warningsareerrors.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// Hands files over from a thread of its own, as a second launch would from its own process:
// the blocking hand-over waits for an answer that this thread's event loop must be free to give.
bool handOverFromAnotherLaunch(const QString &serverName, const QStringList &files,
                               const std::optional<QString> &workingDirectory = std::nullopt)
{
    std::atomic<bool> taken = false;
    const std::unique_ptr<QThread> launch(QThread::create([&] {
        const SingleInstance instance(serverName);
        taken = workingDirectory ? instance.handOver(files, *workingDirectory)
                                 : instance.handOver(files);
    }));
    launch->start();
    const QDeadlineTimer deadline(10000);
    while (!launch->wait(QDeadlineTimer(10)) && !deadline.hasExpired())
        QCoreApplication::processEvents();
    return launch->isFinished() && taken;
}

// What an instance that crashed leaves behind: a socket file nobody listens on.
void leaveStaleSocket(const QString &path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(encoded.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()) + 1);
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(descriptor >= 0);
    const int bound = ::bind(descriptor, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::close(descriptor);
    QCOMPARE(bound, 0);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runningInstanceReceivesTheFiles();
    void relativePathsResolveInTheSendersDirectory();
    void launchWithoutFilesOnlyAsksForTheWindow();
    void nothingIsHandedOverWhenNobodyListens();
    void staleSocketOfACrashIsRecovered();
    void liveInstanceKeepsItsName();
    void onlyTheUserCanConnect();
    void serverNameIsPerUser();

private:
    QString serverName() const { return m_dir->filePath(u"instance"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::runningInstanceReceivesTheFiles()
{
    SingleInstance running(serverName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    const QStringList files {u"/data/ford-xiaomi-update.json"_s, u"/data/小米 声明.json"_s};
    QVERIFY(handOverFromAnotherLaunch(serverName(), files));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), files);
}

void TestSingleInstance::relativePathsResolveInTheSendersDirectory()
{
    SingleInstance running(serverName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    QVERIFY(handOverFromAnotherLaunch(serverName(),
                                      {u"update.json"_s, u"../other/b.json"_s, u"/abs/c.json"_s},
                                      u"/home/someone/disputes"_s));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(),
             QStringList({u"/home/someone/disputes/update.json"_s, u"/home/someone/other/b.json"_s,
                          u"/abs/c.json"_s}));

    // By default, against the directory the launch was started in.
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const bool taken = handOverFromAnotherLaunch(serverName(), {u"update.json"_s});
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY(taken);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(),
             QStringList({QDir(m_dir->path()).canonicalPath() + u"/update.json"_s}));
}

void TestSingleInstance::launchWithoutFilesOnlyAsksForTheWindow()
{
    SingleInstance running(serverName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    QVERIFY(handOverFromAnotherLaunch(serverName(), {}));
    QTRY_COMPARE(received.size(), 1);
    QVERIFY(received.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::nothingIsHandedOverWhenNobodyListens()
{
    QVERIFY(!SingleInstance(serverName()).handOver({u"/data/a.json"_s}));
}

void TestSingleInstance::staleSocketOfACrashIsRecovered()
{
    leaveStaleSocket(serverName());
    QVERIFY(QFileInfo::exists(serverName()));
    QVERIFY(!SingleInstance(serverName()).handOver({u"/data/a.json"_s}));

    SingleInstance running(serverName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);
    QVERIFY(handOverFromAnotherLaunch(serverName(), {u"/data/a.json"_s}));
    QTRY_COMPARE(received.size(), 1);
}

void TestSingleInstance::liveInstanceKeepsItsName()
{
    SingleInstance running(serverName());
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::filesReceived);

    SingleInstance late(serverName());
    QVERIFY(!late.listen());
    QSignalSpy lateReceived(&late, &SingleInstance::filesReceived);

    QVERIFY(handOverFromAnotherLaunch(serverName(), {u"/data/a.json"_s}));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(lateReceived.size(), 0);
}

void TestSingleInstance::onlyTheUserCanConnect()
{
    SingleInstance running(serverName());
    QVERIFY(running.listen());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(serverName()).permissions() & others, QFileDevice::Permissions());
}

void TestSingleInstance::serverNameIsPerUser()
{
    const QString name = SingleInstance::defaultServerName();
    QVERIFY2(name.startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR") + u'/'), qPrintable(name));
    QCOMPARE(SingleInstance::defaultServerName(), name);

    const QByteArray home = qgetenv("HOME");
    qputenv("HOME", m_dir->path().toLocal8Bit());
    const QString otherHome = SingleInstance::defaultServerName();
    qputenv("HOME", home);
    QVERIFY(otherHome != name);

    const std::optional<QByteArray> user
            = qEnvironmentVariableIsSet("USER") ? std::optional(qgetenv("USER")) : std::nullopt;
    qputenv("USER", "someone-else");
    const QString otherUser = SingleInstance::defaultServerName();
    user ? qputenv("USER", *user) : qunsetenv("USER");
    QVERIFY(otherUser != name);
}

QTEST_GUILESS_MAIN(TestSingleInstance)

#include "tst_singleinstance.moc"
