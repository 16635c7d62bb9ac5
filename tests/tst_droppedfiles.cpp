#include "models/documentstore.h"
#include "models/droppedfiles.h"
#include "models/fileopener.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// Files as people have them: odd names, unreadable or vanishing files, folders holding links
// that lead nowhere or back to themselves. Each opens, or gets a message saying why not, and
// none changes what is open when it fails.
class TestDroppedFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oddNamesOpen_data();
    void oddNamesOpen();
    void folderWithOddNamesOpensThemAll();
    void folderNamedJsonIsAFolder();
    void unreadableFile();
    void fileThatVanishesBeforeTheReadChangesNothing();
    void linkLoopsInAFolderGetAMessage();
    void droppedLinkLoopGetsAMessage();

private:
    QString copyOfMinimal(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir; // a new one for each test
};

namespace {

const QString brokenLink = u"the symbolic link leads to no file (its target is missing, or the "
                           "link points back to itself)"_s;

QString minimalFixture()
{
    return QStringLiteral(DISPUTE_FIXTURES_DIR "/valid/minimal.json");
}

QStringList describe(const QList<DroppedFile> &files, const QString &dir)
{
    QStringList lines;
    for (const DroppedFile &file : files) {
        const QString name = QDir(dir).relativeFilePath(file.path);
        lines.append(file.isOpenable() ? name : name + u": "_s + file.problem);
    }
    return lines;
}

} // namespace

void TestDroppedFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDroppedFiles::copyOfMinimal(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    return QFile::copy(minimalFixture(), path) ? path : QString();
}

void TestDroppedFiles::oddNamesOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("spaces") << u"a dispute with  spaces .json"_s;
    QTest::addRow("unicode") << u"小米 争议 – Überprüfung ✓.json"_s;
    QTest::addRow("very long") << QString(240, u'l') + u".json"_s;
    QTest::addRow("leading dash") << u"-rf.json"_s;
    QTest::addRow("markup and quotes") << u"<img src=x> \"y\" 'z' & %1 $HOME.json"_s;
    QTest::addRow("no extension") << u"dispute"_s;
}

void TestDroppedFiles::oddNamesOpen()
{
    QFETCH(QString, name);
    const QString path = copyOfMinimal(name);
    QVERIFY(!path.isEmpty());
    const QList<DroppedFile> files = expandDroppedUrls({QUrl::fromLocalFile(path)});
    QCOMPARE(describe(files, m_dir->path()), QStringList {name});

    DocumentStore store;
    const FileOpenResult result = openFile(store, files.first().path);
    QVERIFY2(result.ok(), qPrintable(formatAll(result.diagnostics).join(u'\n')));
    QCOMPARE(store.filesAt(0), QStringList {path});
}

void TestDroppedFiles::folderWithOddNamesOpensThemAll()
{
    const QStringList names {u" leading space.json"_s, u"ÄÖÜ 小米.json"_s,
                             QString(200, u'x') + u".json"_s};
    for (const QString &name : names)
        QVERIFY(!copyOfMinimal(name).isEmpty());
    QStringList expected = names;
    expected.sort();
    QCOMPARE(describe(expandPaths({m_dir->path()}), m_dir->path()), expected);
}

void TestDroppedFiles::folderNamedJsonIsAFolder()
{
    const QString folder = m_dir->filePath(u"looks like a file.json"_s);
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(describe(expandPaths({folder}), m_dir->path()),
             QStringList {u"looks like a file.json: the folder holds no .json file"_s});

    // Inside a dropped folder, a subfolder named .json is not entered and not reported.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"inner/sub.json"_s)));
    QVERIFY(QFile::copy(minimalFixture(), m_dir->filePath(u"inner/ok.json"_s)));
    QCOMPARE(describe(expandPaths({m_dir->filePath(u"inner"_s)}), m_dir->filePath(u"inner"_s)),
             QStringList {u"ok.json"_s});
}

void TestDroppedFiles::unreadableFile()
{
    const QString path = copyOfMinimal(u"locked.json"_s);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    if (geteuid() == 0)
        QSKIP("root reads any file whatever its permissions, so nothing here is unreadable");
    const QString message = u"locked.json: the file cannot be read (permission denied)"_s;
    QCOMPARE(describe(expandPaths({path}), m_dir->path()), QStringList {message});
    QCOMPARE(describe(expandPaths({m_dir->path()}), m_dir->path()), QStringList {message});
}

void TestDroppedFiles::fileThatVanishesBeforeTheReadChangesNothing()
{
    DocumentStore store;
    QVERIFY(openFile(store, minimalFixture()).ok());
    const Dataset before = store.datasetAt(0);

    const QString path = copyOfMinimal(u"vanishing.json"_s);
    const QList<DroppedFile> files = expandPaths({path});
    QCOMPARE(describe(files, m_dir->path()), QStringList {u"vanishing.json"_s});
    QVERIFY(QFile::remove(path)); // between the drop and the read

    const FileOpenResult result = openFile(store, files.first().path);
    QVERIFY(!result.ok());
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path + u": error: cannot read: no such file"_s});
    QCOMPARE(store.count(), 1);
    QVERIFY(store.datasetAt(0) == before);
    QCOMPARE(store.filesAt(0), QStringList {minimalFixture()});
}

void TestDroppedFiles::linkLoopsInAFolderGetAMessage()
{
    const QDir dir(m_dir->path());
    QVERIFY(!copyOfMinimal(u"ok.json"_s).isEmpty());
    QVERIFY(QFile::link(u"self.json"_s, dir.filePath(u"self.json"_s)));
    QVERIFY(QFile::link(u"pong.json"_s, dir.filePath(u"ping.json"_s)));
    QVERIFY(QFile::link(u"ping.json"_s, dir.filePath(u"pong.json"_s)));
    QVERIFY(QFile::link(u"missing.json"_s, dir.filePath(u"dangling.json"_s)));
    QVERIFY(QFile::link(u"."_s, dir.filePath(u"back.json"_s))); // the folder itself: not entered
    QVERIFY(QFile::link(u"ok.json"_s, dir.filePath(u"alias.json"_s)));

    QCOMPARE(describe(expandPaths({dir.path()}), dir.path()),
             (QStringList {u"alias.json"_s, u"dangling.json: "_s + brokenLink, u"ok.json"_s,
                           u"ping.json: "_s + brokenLink, u"pong.json: "_s + brokenLink,
                           u"self.json: "_s + brokenLink}));
}

void TestDroppedFiles::droppedLinkLoopGetsAMessage()
{
    const QString path = m_dir->filePath(u"loop.json"_s);
    QVERIFY(QFile::link(u"loop.json"_s, path));
    QCOMPARE(describe(expandDroppedUrls({QUrl::fromLocalFile(path)}), m_dir->path()),
             QStringList {u"loop.json: "_s + brokenLink});
    DocumentStore store;
    const FileOpenResult result = openFile(store, path);
    QVERIFY(!result.ok());
    QCOMPARE(store.count(), 0);
    QCOMPARE(formatAll(result.diagnostics),
             QStringList {path
                          + u": error: cannot read: the symbolic link leads to no file (its "
                            "target is missing, or the link points back to itself)"_s});
}

QTEST_GUILESS_MAIN(TestDroppedFiles)
#include "tst_droppedfiles.moc"
