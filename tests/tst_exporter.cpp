#include "models/builtindataset.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "views/exportactions.h"
#include "views/exporter.h"
#include "views/mainwindow.h"
#include "warningsareerrors.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QFile>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { failOnUnexpectedWarnings(); }
    void pngHasExactlyTheSizeAskedFor_data();
    void pngHasExactlyTheSizeAskedFor();
    void viewFillsTheSizeAskedFor_data();
    void viewFillsTheSizeAskedFor();
    void svgIsVector();
    void pdfIsOnePage();
    void provenanceNamesTheData();
    void defaultFileName();
    void copyViewPutsA2xImageOfTheFocusedViewOnTheClipboard();
    void reportActionWritesTheReportOfTheCurrentDataset();
    void longReportSaysHowFarItIsAndCancels();
    void provenanceFollowsTheDataFromExportToExport();
    void hashIsStartedSoonAfterTheDataChanges();

private:
    // The provenance line of the report of the current dataset, exported as name.
    QString provenanceOfReport(const QString &name);

    DocumentStore m_store;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestExporter::initTestCase()
{
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
    QVERIFY(openFile(m_store, BuiltinDataset::path()).ok());
    m_window = std::make_unique<MainWindow>(&m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExporter::pngHasExactlyTheSizeAskedFor_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addRow("window 1x") << u"window"_s << QSize(1400, 900) << 1.0;
    QTest::addRow("window 2x") << u"window"_s << QSize(900, 600) << 2.0;
    QTest::addRow("timeline 3x") << u"timeline"_s << QSize(800, 400) << 3.0;
    QTest::addRow("tree 1.5x") << u"tree"_s << QSize(300, 500) << 1.5;
}

void TestExporter::pngHasExactlyTheSizeAskedFor()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    Exporter::Options options;
    options.size = size;
    options.scale = scale;
    options.provenance = Exporter::provenanceLine(m_store.current(), QDate(2026, 11, 25));
    const QString path = m_dir.filePath(view + u".png"_s);
    QCOMPARE(Exporter::save(m_window->viewNamed(view), path, options), QString());
    const QImage image(path);
    QCOMPARE(image.size(), size * scale);
    // Not blank: a real rendering has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestExporter::viewFillsTheSizeAskedFor_data()
{
    QTest::addColumn<QString>("view");
    QTest::addRow("timeline, in a layout") << u"timeline"_s;
    QTest::addRow("tree, in a splitter") << u"tree"_s;
}

// A view bigger in the export than in the window is laid out at that size, not drawn at its
// size in the window in a corner of the image; and it goes back to its place afterwards.
void TestExporter::viewFillsTheSizeAskedFor()
{
    QFETCH(QString, view);
    QWidget *shown = m_window->viewNamed(view);
    const QSize before = shown->size();
    // What a chart view does when its chart's minimum size changes, and a panel when its
    // contents do: its parent lays it out again at the next turn of the event loop, which comes
    // during the export.
    shown->updateGeometry();
    const QSize size = before + QSize(300, 200);
    Exporter::Options options;
    options.size = size;
    const QString path = m_dir.filePath(u"big-"_s + view + u".png"_s);
    QCOMPARE(Exporter::save(shown, path, options), QString());
    const QImage image(path);
    QCOMPARE(image.size(), size);
    // Beyond its old size the view is drawn, not the window's colour around a small view.
    const QColor window = shown->palette().color(QPalette::Window);
    const QColor beyond = image.pixelColor(before.width() + 150, before.height() + 100);
    QVERIFY2(beyond != window, qPrintable(beyond.name()));
    QCOMPARE(shown->size(), before);
}

void TestExporter::svgIsVector()
{
    const QString path = m_dir.filePath(u"timeline.svg"_s);
    Exporter::Options options;
    options.size = QSize(1000, 500);
    QCOMPARE(Exporter::save(m_window->timeline(), path, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int paths = 0;
    int images = 0;
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        paths += xml.name() == u"path"_s || xml.name() == u"polyline"_s;
        images += xml.name() == u"image"_s;
        texts += xml.name() == u"text"_s;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(paths > 10);
    QCOMPARE(images, 0);
    QVERIFY(texts > 5); // axis labels stay text
}

void TestExporter::pdfIsOnePage()
{
    const QString path = m_dir.filePath(u"window.pdf"_s);
    Exporter::Options options;
    options.size = QSize(1400, 900);
    options.provenance = u"provenance"_s;
    QCOMPARE(Exporter::save(m_window.get(), path, options), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             1);
    // Vector content: text is set in embedded fonts, not a picture of the window (the only
    // images are the actors' small kind icons).
    QVERIFY(pdf.contains("/FontFile"));
    QVERIFY(file.size() < 2 * 1024 * 1024);
}

void TestExporter::provenanceNamesTheData()
{
    const QString line = Exporter::provenanceLine(m_store.current(), QDate(2026, 11, 25));
    QVERIFY(line.startsWith(u"Ford–Xiaomi EV partnership report · as of 2 Feb 2026 · data "_s));
    QVERIFY(line.endsWith(u" · exported 25 Nov 2026 · Dispute Explorer"_s));
    const QString hash = Exporter::shortHash(m_store.current());
    QVERIFY(line.contains(hash));
    // Anyone can check it: it begins the BLAKE2b-256 of the data as the program saves it
    // (`b2sum -l 256`), the form the compiled-in file is kept in.
    QFile saved(BuiltinDataset::path());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(hash,
             QString::fromLatin1(
                     QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Blake2b_256)
                             .toHex()
                             .left(8)));
    Dataset changed = m_store.current();
    changed.statements[0].text += u" (edited)"_s;
    QVERIFY(Exporter::shortHash(changed) != hash);
    QCOMPARE(Exporter::save(m_window.get(), m_dir.filePath(u"x.gif"_s), {}),
             u"cannot export to %1: use .png, .svg or .pdf"_s.arg(m_dir.filePath(u"x.gif"_s)));
}

void TestExporter::defaultFileName()
{
    QCOMPARE(ExportActions::defaultFileName(u"ford-xiaomi-ev-2026"_s, u"timeline"_s,
                                            QDate(2026, 11, 25), u"svg"_s),
             u"ford-xiaomi-ev-2026-timeline-2026-11-25.svg"_s);
}

void TestExporter::copyViewPutsA2xImageOfTheFocusedViewOnTheClipboard()
{
    m_window->resize(1400, 900);
    QTRY_COMPARE(m_window->size(), QSize(1400, 900));
    m_window->timeline()->setFocus();
    QTRY_VERIFY(m_window->timeline()->hasFocus());
    QCOMPARE(m_window->exportActions()->focusedView(), u"timeline"_s);
    const QSize before = m_window->timeline()->size();
    m_window->exportActions()->copyAction()->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    // Twice the view's size, plus the provenance line; the window itself is left as it was.
    QCOMPARE(copied.width(), before.width() * 2);
    QVERIFY(copied.height() > before.height() * 2);
    QCOMPARE(m_window->timeline()->size(), before);
}

void TestExporter::reportActionWritesTheReportOfTheCurrentDataset()
{
    const QList<QAction *> fileActions = m_window->menuBar()->actions().first()->menu()->actions();
    QVERIFY(fileActions.contains(m_window->exportActions()->reportAction()));
    QCOMPARE(m_window->exportActions()->reportAction()->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

    const QString path = m_dir.filePath(u"report from the window.pdf"_s);
    QVERIFY(m_window->exportActions()->exportReportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"report from the window.pdf"_s));
    QVERIFY(!QGuiApplication::overrideCursor());
}

// A report of thousands of statements takes seconds: a dialog says how far it is, over the
// window, and its Cancel writes nothing.
void TestExporter::longReportSaysHowFarItIsAndCancels()
{
    Dataset dataset;
    dataset.id = u"long"_s;
    dataset.title = u"A long dispute"_s;
    for (int i = 0; i < 30; ++i) {
        Actor actor;
        actor.id = u"a%1"_s.arg(i);
        actor.name = u"Actor %1"_s.arg(i);
        actor.kind = ActorKind::Organization;
        dataset.actors.append(actor);
    }
    for (int i = 0; i < 2000; ++i) {
        Statement statement;
        statement.id = u"s%1"_s.arg(i);
        statement.actor = u"a%1"_s.arg(i % 30);
        statement.stance = i % 2 ? Stance::Denial : Stance::Claim;
        statement.date = *EdtfDate::parse(u"2026-01-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')));
        statement.text
                = u"What was said, at some length, so that it takes a line or two. "_s.repeated(
                        1 + i % 3);
        if (i % 2)
            statement.respondsTo = {u"s%1"_s.arg(i - 1)};
        dataset.statements.append(statement);
    }
    dataset.rebuildIndex();
    DocumentStore store;
    QVERIFY(store.open(dataset, u"long.json"_s).ok());
    MainWindow window(&store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString shown;
    QTimer canceler;
    connect(&canceler, &QTimer::timeout, this, [&shown] {
        if (auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget())) {
            shown = dialog->labelText();
            dialog->cancel();
        }
    });
    canceler.start(20);
    const QString path = m_dir.filePath(u"long report.pdf"_s);
    QVERIFY(!window.exportActions()->exportReportTo(path));
    QVERIFY2(shown == u"Laying out the pages…"_s || shown == u"Writing the pages…"_s,
             qPrintable(shown));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(window.statusBar()->currentMessage(), u"Canceled the report"_s);
    QVERIFY(!QGuiApplication::overrideCursor());
    QVERIFY(!QApplication::activeModalWidget());
}

QString TestExporter::provenanceOfReport(const QString &name)
{
    const QString path = m_dir.filePath(name);
    if (!m_window->exportActions()->exportReportTo(path))
        return QString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QString html = QString::fromUtf8(file.readAll());
    const qsizetype start = html.indexOf(u"<footer class=\"provenance\">"_s);
    return start < 0 ? QString() : html.mid(start, html.indexOf(u"</footer>"_s, start) - start);
}

// One export after another names the data as it is at each: the hash worked out for the first
// is not reused once the data has changed.
void TestExporter::provenanceFollowsTheDataFromExportToExport()
{
    const Dataset before = m_store.current();
    const QString first = provenanceOfReport(u"first.html"_s);
    QVERIFY(first.contains(u"data "_s + Exporter::shortHash(before)));
    QCOMPARE(provenanceOfReport(u"again.html"_s), first);

    Dataset changed = before;
    changed.summary += u" Changed."_s;
    QVERIFY(m_store.replace(m_store.currentIndex(), changed));
    const QString second = provenanceOfReport(u"second.html"_s);
    QVERIFY(second.contains(u"data "_s + Exporter::shortHash(changed)));
    QVERIFY(Exporter::shortHash(changed) != Exporter::shortHash(before));

    // A hash worked out in the background while an export's dialogs are open is used only if
    // the data is still what it was worked out for.
    ExportActions *actions = m_window->exportActions();
    Dataset third = before;
    third.summary += u" Changed again."_s;
    QVERIFY(m_store.replace(m_store.currentIndex(), third));
    actions->prepareHash();
    QVERIFY(m_store.replace(m_store.currentIndex(), before));
    QVERIFY(provenanceOfReport(u"back.html"_s).contains(u"data "_s + Exporter::shortHash(before)));
    QVERIFY(m_store.replace(m_store.currentIndex(), third));
    actions->prepareHash();
    QVERIFY(provenanceOfReport(u"prepared.html"_s)
                    .contains(u"data "_s + Exporter::shortHash(third)));
    QVERIFY(m_store.replace(m_store.currentIndex(), before));
}

// A while after the data changes its hash is started in the background, so that Copy View as
// Image, which has no dialog, finds it worked out rather than working it out while the window
// waits.
void TestExporter::hashIsStartedSoonAfterTheDataChanges()
{
    const ExportActions *actions = m_window->exportActions();
    const Dataset before = m_store.current();
    Dataset changed = before;
    changed.summary += u" Changed once more."_s;
    QVERIFY(m_store.replace(m_store.currentIndex(), changed));
    QVERIFY(!actions->hashStarted());
    QTRY_VERIFY_WITH_TIMEOUT(actions->hashStarted(), 3 * ExportActions::hashDelayMs);
    QVERIFY(provenanceOfReport(u"later.html"_s)
                    .contains(u"data "_s + Exporter::shortHash(changed)));
    QVERIFY(m_store.replace(m_store.currentIndex(), before));
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
