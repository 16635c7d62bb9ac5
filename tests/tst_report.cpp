#include "datasetbuilders.h"
#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "views/reportchart.h"
#include "views/reportdocument.h"
#include "views/reporthtml.h"
#include "views/timelinelayout.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace {

Dataset builtin()
{
    const ReadResult result = DatasetReader::readFile(BuiltinDataset::path());
    if (!result.ok())
        qFatal("the compiled-in dataset does not load");
    return *result.dataset;
}

// Runs of white space made one space: laid-out text breaks lines where it likes.
QString simplified(const QString &text)
{
    return text.simplified();
}

// The text without any white space, as a search in a PDF reader compares it: pdftotext ends a
// line after "cost-" or inside a Chinese word, where the PDF's lines end; and it reads a glyph
// that a CJK font shares between an ideograph and a Kangxi radical (小 and ⼩) as the radical,
// which compatibility normalization, like a reader's search, takes back to the ideograph.
QString squeezed(const QString &text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.remove(QRegularExpression(u"\\s+"_s));
    return result;
}

// The text pdftotext reads out of a PDF: what a reader can select and search.
QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        qFatal("pdftotext is missing: install poppler-utils (./build.sh test does)");
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s\\w])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

// What the report must say of a dataset: every claim, every denial with its quote, every
// source's title.
QStringList expectedTexts(const Dataset &dataset)
{
    QStringList texts;
    for (const Statement &statement : dataset.statements) {
        if (statement.stance == Stance::Claim || statement.stance == Stance::Denial)
            texts.append(statement.text);
        if (statement.stance == Stance::Denial && !statement.quote.isEmpty())
            texts.append(statement.quote);
    }
    for (const Source &source : dataset.sources)
        texts.append(source.title);
    return texts;
}

// Actors "Actor 0" to "Actor N-1": the first claims something about the second, the third
// denies it, and the others react to it; the last makes a second claim nobody answers.
Dataset claimWithActors(int actors)
{
    Dataset dataset;
    dataset.id = u"crowd"_s;
    dataset.title = u"A crowded dispute"_s;
    for (int i = 0; i < actors; ++i) {
        dataset.actors.append(
                makeActor(u"a%1"_s.arg(i), u"Actor %1"_s.arg(i), ActorKind::Organization));
    }
    Statement claim = makeStatement(u"claim"_s, u"a0"_s, Stance::Claim, u"2026-01-01", u"C"_s);
    claim.about = {u"a1"_s};
    dataset.statements.append(claim);
    for (int i = 2; i < actors; ++i) {
        Statement answer
                = makeStatement(u"answer-%1"_s.arg(i), u"a%1"_s.arg(i),
                                i == 2 ? Stance::Denial : Stance::Reaction, u"2026-01-02", u"A"_s);
        answer.respondsTo = {u"claim"_s};
        dataset.statements.append(answer);
    }
    dataset.statements.append(makeStatement(u"later"_s, u"a%1"_s.arg(actors - 1), Stance::Claim,
                                            u"2026-02-01", u"L"_s));
    dataset.rebuildIndex();
    return dataset;
}

QString cellText(QTextTable *table, int row, int column)
{
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    cursor.setPosition(table->cellAt(row, column).lastCursorPosition().position(),
                       QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::LineSeparator, u'\n');
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void init() { failOnUnexpectedWarnings(); }
    void documentHasEveryClaimDenialQuoteAndSource();
    void unansweredClaimIsSaidToBe();
    void claimsShowTheirEvidenceLagsAndSilences();
    void pdfIsSearchableTextOnSeveralPages();
    void pdfChartIsVector();
    void htmlStandsAloneWithAnInlineSvgChart();
    void gradesAreSpelledOut();
    void textFromTheDataIsNeverMarkup();
    void matrixWithManyActorsNamesThemInEachClaim_data();
    void matrixWithManyActorsNamesThemInEachClaim();
    void tallChartIsCutBetweenLanes();
    void tallChartTakesAPagePerSlice();
    void chineseAndLongNames();
    void badPathsSayWhy();
    void progressIsToldAndCancels();
};

void TestReport::documentHasEveryClaimDenialQuoteAndSource()
{
    const Dataset dataset = builtin();
    ReportDocument report(dataset, u"provenance line"_s);
    const QString text = simplified(report.document()->toPlainText());
    const QStringList expected = expectedTexts(dataset);
    QVERIFY(expected.size() > 10);
    for (const QString &wanted : expected)
        QVERIFY2(text.contains(simplified(wanted)), qPrintable(wanted));
    QVERIFY(text.contains(dataset.title));
    QVERIFY(text.contains(u"As of 2 Feb 2026"_s));
    QVERIFY(text.contains(u"15 actors · 19 statements · 4 sources"_s));
    for (const Actor &actor : dataset.actors)
        QVERIFY2(text.contains(actor.name), qPrintable(actor.name));
    QVERIFY(text.contains(u"cited by 19 statements"_s));
}

void TestReport::unansweredClaimIsSaidToBe()
{
    const Dataset dataset = builtin();
    ReportDocument report(dataset, {});
    const QString text = report.document()->toPlainText();
    const QString unanswered = u"No denial or reaction in the data answers this claim."_s;
    // Only the BYD claim stands unanswered, and the note follows it.
    QCOMPARE(text.count(unanswered), 1);
    const QString bydText = dataset.statement(u"ft-byd-claim"_s)->text;
    const qsizetype byd = text.lastIndexOf(bydText);
    QVERIFY(byd >= 0);
    QVERIFY(text.indexOf(unanswered) > byd);
    QCOMPARE(text.indexOf(u"CLAIM"_s, byd), -1);

    // The claims nobody answered are listed before the rest of the report.
    const qsizetype list = text.indexOf(u"Claims nobody answered"_s);
    QVERIFY(list >= 0);
    QCOMPARE(text.indexOf(bydText, list), text.indexOf(bydText));
    QVERIFY(text.indexOf(bydText) < text.indexOf(u"Claims and their answers"_s));
    const QString listed = text.mid(list, text.indexOf(u"Who did what"_s) - list);
    QVERIFY(listed.contains(bydText));
    QVERIFY(!listed.contains(dataset.statement(u"ft-jv-claim"_s)->text));
}

void TestReport::claimsShowTheirEvidenceLagsAndSilences()
{
    const Dataset dataset = builtin();
    ReportDocument report(dataset, {});
    const QString text = simplified(report.document()->toPlainText());
    const qsizetype software
            = text.lastIndexOf(simplified(dataset.statement(u"ft-software-claim"_s)->text));
    QVERIFY(software >= 0);
    const qsizetype next = text.indexOf(u"CLAIM"_s, software);
    const QString block = text.mid(software, next - software);
    QVERIFY2(
            block.contains(u"Evidence: 2 sources from 2 outlets: 1 named, 1 anonymous; ungraded"_s),
            qPrintable(block));
    QVERIFY(block.contains(u"DENIAL · Feb 2026 – 2 Feb 2026 · Mark Truby · lag: within 1 day"_s));
    QVERIFY(block.contains(u"Never answered by: Xiaomi"_s));
    QVERIFY(!block.contains(u"Xiaomi echoed"_s));

    // The matrix: one row per claim, the actors who took part across.
    const qsizetype matrix = text.indexOf(u"Who did what with each claim"_s);
    QVERIFY(matrix >= 0);
    QVERIFY(text.indexOf(u"subject, no answer"_s, matrix) > matrix);
    QTextCursor cursor = report.document()->find(u"Who did what with each claim"_s);
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::NextBlock);
    QTextTable *table = cursor.currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 1 + 5);
    QCOMPARE(table->columns(), 2 + 8);
}

void TestReport::pdfIsSearchableTextOnSeveralPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    const Dataset dataset = builtin();
    ReportDocument report(dataset, u"Ford–Xiaomi EV partnership report · data 1234abcd"_s);
    QCOMPARE(report.save(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    const int pages = pdfPageCount(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QCOMPARE(pages, report.pageCount());

    const QString text = squeezed(pdfText(path));
    for (const QString &wanted : expectedTexts(dataset))
        QVERIFY2(text.contains(squeezed(wanted)), qPrintable(wanted));
    for (int page = 1; page <= pages; ++page)
        QVERIFY(text.contains(u"Page%1of%2"_s.arg(page).arg(pages)));
    QCOMPARE(text.count(u"data1234abcd"_s), pages);
}

void TestReport::pdfChartIsVector()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    ReportDocument report(builtin(), {});
    QCOMPARE(report.save(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(!pdf.contains("/Subtype /Image"));
    // The chart's lane labels are text a reader can search, like the rest.
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Mark Truby"_s));
    QVERIFY(text.contains(u"Xiaomi"_s));
}

void TestReport::htmlStandsAloneWithAnInlineSvgChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.html"_s);
    const Dataset dataset = builtin();
    ReportDocument report(dataset, u"the provenance"_s);
    QCOMPARE(report.save(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QCOMPARE(html.count(u"<svg"_s), 1);
    QVERIFY(html.contains(u"<path"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<image"_s));
    QVERIFY(!html.contains(u"<?xml"_s));
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(html.contains(u"<footer class=\"provenance\">the provenance</footer>"_s));
    for (const QString &wanted : expectedTexts(dataset))
        QVERIFY2(html.contains(wanted.toHtmlEscaped()), qPrintable(wanted));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
}

void TestReport::gradesAreSpelledOut()
{
    Dataset dataset;
    dataset.id = u"graded"_s;
    dataset.title = u"Graded"_s;
    dataset.actors = {makeActor(u"a"_s, u"Outlet"_s, ActorKind::Media)};
    Source graded;
    graded.id = u"s1"_s;
    graded.title = u"A graded source"_s;
    graded.kind = SourceKind::Article;
    graded.publisher = u"a"_s;
    graded.reliability = u'B';
    Source ungraded = graded;
    ungraded.id = u"s2"_s;
    ungraded.title = u"An ungraded source"_s;
    ungraded.reliability = QChar();
    dataset.sources = {graded, ungraded};
    Statement claim = makeStatement(u"c"_s, u"a"_s, Stance::Claim, u"2026-02", u"A claim."_s);
    claim.credibility = 2;
    claim.sources = {u"s1"_s, u"s2"_s};
    dataset.statements = {claim};
    dataset.rebuildIndex();

    const QString text = simplified(ReportDocument(dataset, {}).document()->toPlainText());
    QVERIFY(text.contains(u"credibility 2 (probably true)"_s));
    QVERIFY(text.contains(u"A graded source (article, B (usually reliable))"_s));
    QVERIFY(text.contains(u"An ungraded source (article, ungraded)"_s));
    QVERIFY(text.contains(u"article · by Outlet · reliability B (usually reliable) · cited by 1 "
                          u"statement"_s));
}

void TestReport::textFromTheDataIsNeverMarkup()
{
    Dataset dataset;
    dataset.id = u"hostile"_s;
    dataset.title = u"<h1>Title</h1>"_s;
    dataset.actors = {makeActor(u"a"_s, u"<b>Bold</b> & Co"_s, ActorKind::Person)};
    Statement claim = makeStatement(u"c"_s, u"a"_s, Stance::Claim, u"2026-02-01",
                                    u"<img src=\"file:///etc/passwd\">"_s);
    claim.quote = u"<a href=\"https://example.org\">link</a>"_s;
    dataset.statements = {claim};
    dataset.rebuildIndex();

    ReportDocument report(dataset, {});
    const QString text = report.document()->toPlainText();
    QVERIFY(text.contains(u"<b>Bold</b> & Co"_s));
    QVERIFY(text.contains(u"<img src=\"file:///etc/passwd\">"_s));
    QVERIFY(text.contains(u"<a href=\"https://example.org\">link</a>"_s));
    for (QTextBlock block = report.document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            QVERIFY(!format.isImageFormat()
                    || ReportHtml::chartSliceOf(format.toImageFormat().name()) == 0);
            QVERIFY(format.anchorHref().isEmpty());
        }
    }
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"&lt;img src=&quot;file:///etc/passwd&quot;&gt;"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<a href"_s));
    QVERIFY(html.contains(u"<title>&lt;h1&gt;Title&lt;/h1&gt;</title>"_s));
}

void TestReport::matrixWithManyActorsNamesThemInEachClaim_data()
{
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("columns");
    QTest::newRow("a column each for 10") << 10 << 2 + 10;
    QTest::newRow("too many for a column each") << 11 << 3;
    QTest::newRow("many more") << 300 << 3;
}

// A column per actor leaves no room for a word once there are many: the matrix then gives each
// claim's row the actors who took part, and grows with their parts, not with claims times actors.
void TestReport::matrixWithManyActorsNamesThemInEachClaim()
{
    QFETCH(int, actors);
    QFETCH(int, columns);
    ReportDocument report(claimWithActors(actors), {});
    QTextCursor cursor = report.document()->find(u"Who did what with each claim"_s);
    QVERIFY(!cursor.isNull());
    cursor.movePosition(QTextCursor::NextBlock);
    if (columns == 3) {
        QCOMPARE(cursor.block().text(),
                 u"%1 actors took part in the claims, too many for a column each: each claim "
                 u"names those who took part."_s.arg(actors));
        cursor.movePosition(QTextCursor::NextBlock);
    }
    QTextTable *table = cursor.currentTable();
    QVERIFY(table);
    QCOMPARE(table->rows(), 1 + 2);
    QCOMPARE(table->columns(), columns);
    if (columns != 3)
        return;
    QCOMPARE(cellText(table, 0, 2), u"Who took part"_s);
    QCOMPARE(cellText(table, 1, 0), u"C"_s);
    QCOMPARE(cellText(table, 1, 1), u"1 denial, %1 reactions"_s.arg(actors - 3));
    QStringList parts {u"Actor 0: ●\u00a0claimed"_s, u"Actor 2: ■\u00a0denied"_s};
    for (int i = 3; i < actors; ++i)
        parts.append(u"Actor %1: ▲\u00a0reacted"_s.arg(i));
    parts.append(u"Actor 1: subject, no answer"_s);
    QCOMPARE(cellText(table, 1, 2).split(u'\n'), parts);
    QCOMPARE(cellText(table, 2, 0), u"L"_s);
    QCOMPARE(cellText(table, 2, 1), u"unanswered"_s);
    QCOMPARE(cellText(table, 2, 2), u"Actor %1: ●\u00a0claimed"_s.arg(actors - 1));
}

// Each lane's name once, in the slices that each fit their height, each under its lanes' dates.
void TestReport::tallChartIsCutBetweenLanes()
{
    const Dataset dataset = claimWithActors(300);
    ReportChart chart(dataset);
    QVERIFY(!chart.slice(300, 900));
    QVERIFY(chart.sliceCount() > 2);
    QStringList names;
    for (qsizetype slice = 0; slice < chart.sliceCount(); ++slice) {
        const QSize size = chart.sliceSize(slice);
        QCOMPARE(size.width(), chart.size().width());
        QVERIFY2(size.height() <= (slice == 0 ? 300 : 900), qPrintable(QString::number(slice)));
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        QPainter painter(&svg);
        chart.paintSlice(&painter, QRectF(QPointF(), size), slice);
        painter.end();
        const QString text = QString::fromUtf8(buffer.data());
        static const QRegularExpression name(u">(Actor \\d+)</text>"_s);
        for (const QRegularExpressionMatch &match : name.globalMatch(text))
            names.append(match.captured(1));
        QVERIFY2(text.count(u" 2026</text>"_s) >= 2, qPrintable(QString::number(slice)));
    }
    QCOMPARE(names, TimelineLayout::build(dataset, TimelineLayout::LaneMode::Actor).laneLabels);

    // Nothing of the chart's other lanes is drawn above or below a slice.
    const QSize size = chart.sliceSize(1);
    QImage image(size.width(), size.height() * 3, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paintSlice(&painter, QRectF(QPointF(0, size.height()), size), 1);
    painter.end();
    for (int y = 0; y < image.height(); ++y) {
        if (y >= size.height() && y < 2 * size.height())
            continue;
        for (int x = 0; x < image.width(); ++x)
            QVERIFY2(image.pixel(x, y) == qRgb(255, 255, 255),
                     qPrintable(u"%1,%2"_s.arg(x).arg(y)));
    }

    // No lane fits in the first height: the first slice starts a page.
    QVERIFY(chart.slice(20, 900));
    QVERIFY(chart.sliceSize(0).height() > 20);
    // All fits: one slice, the whole chart.
    QVERIFY(!chart.slice(chart.size().height(), 900));
    QCOMPARE(chart.sliceCount(), 1);
    QCOMPARE(chart.sliceSize(0), chart.size());
}

// A chart taller than a page is cut into slices, the first under the report's title, each on a
// page of its own, in place of one picture that ran over the pages' ends.
void TestReport::tallChartTakesAPagePerSlice()
{
    ReportDocument report(claimWithActors(300), {});
    QTextDocument *document = report.document();
    const qreal pageHeight = document->pageSize().height();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    QList<int> pages;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QString name = fragment.fragment().charFormat().toImageFormat().name();
            if (ReportHtml::chartSliceOf(name) < 0)
                continue;
            QCOMPARE(ReportHtml::chartSliceOf(name), pages.size());
            const QRectF place = document->documentLayout()->blockBoundingRect(block);
            QCOMPARE(pageOf(place.top()), pageOf(place.bottom() - 1));
            pages.append(pageOf(place.top()));
        }
    }
    QVERIFY(pages.size() > 2);
    for (int slice = 0; slice < pages.size(); ++slice)
        QCOMPARE(pages.at(slice), slice);
}

void TestReport::chineseAndLongNames()
{
    const ReadResult result = DatasetReader::readFile(QStringLiteral(DISPUTE_FIXTURES_DIR)
                                                      + u"/valid/chinese-and-long-names.json"_s);
    QVERIFY(result.ok());
    QTemporaryDir dir;
    ReportDocument report(*result.dataset, {});
    const QString path = dir.filePath(u"名字 report.pdf"_s);
    QCOMPARE(report.save(path), QString());
    const QString text = squeezed(pdfText(path));
    for (const Actor &actor : result.dataset->actors)
        QVERIFY2(text.contains(squeezed(actor.name)), qPrintable(actor.name));
}

void TestReport::badPathsSayWhy()
{
    QTemporaryDir dir;
    ReportDocument report(builtin(), {});
    const QString docx = dir.filePath(u"report.docx"_s);
    QCOMPARE(report.save(docx), u"cannot write a report to %1: use .pdf or .html"_s.arg(docx));
    QVERIFY(!QFile::exists(docx));
    const QString missing = dir.filePath(u"no such folder/report.pdf"_s);
    QVERIFY(report.save(missing).startsWith(u"cannot write %1: "_s.arg(missing)));
    QVERIFY(!QFile::exists(missing));
}

// A PDF says how far it is, first laying out, then page by page, and a cancel writes nothing.
void TestReport::progressIsToldAndCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QStringList told;
    ReportDocument report(claimWithActors(300), {});
    QCOMPARE(report.save(path,
                         [&told](const QString &doing, int done, int total) {
                             told.append(u"%1 %2/%3"_s.arg(doing).arg(done).arg(total));
                             return true;
                         }),
             QString());
    const int pages = report.pageCount();
    QVERIFY(pages > 5);
    QCOMPARE(told.first(), u"Laying out the pages… 0/0"_s);
    QStringList writing;
    for (int page = 0; page < pages; ++page)
        writing.append(u"Writing the pages… %1/%2"_s.arg(page).arg(pages));
    QCOMPARE(told.mid(told.size() - pages), writing);
    QVERIFY(QFile::exists(path));

    for (const int cancelAt : {0, 3}) {
        const QString canceled = dir.filePath(u"canceled %1.pdf"_s.arg(cancelAt));
        int calls = 0;
        ReportDocument again(claimWithActors(300), {});
        QCOMPARE(again.save(canceled,
                            [&calls, cancelAt](const QString &, int, int) {
                                return calls++ < cancelAt;
                            }),
                 u"the report was canceled"_s);
        QCOMPARE(calls, cancelAt + 1);
        QVERIFY(!QFile::exists(canceled));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"report.pdf"_s});
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
