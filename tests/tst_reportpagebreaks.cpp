#include "datasetbuilders.h"
#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "views/reportdocument.h"
#include "views/reporthtml.h"
#include "views/reportpagebreaks.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

// A report of every kind of paragraph the pages break between: claims of one to five lines with
// their answers, quotes and sources, context, a list of unanswered claims, the matrix of 40 actors
// as a table, the actors' outline and sources with notes and addresses.
Dataset mixedDispute()
{
    Dataset dataset;
    dataset.id = u"mixed"_s;
    dataset.title = u"A mixed dispute"_s;
    const QString words = u"Words that run over the report's column of text, long enough to "
                          u"wrap once they are said a few times over. "_s;
    for (int i = 0; i < 40; ++i) {
        dataset.actors.append(makeActor(u"a%1"_s.arg(i), u"Actor %1"_s.arg(i),
                                        i % 3 ? ActorKind::Organization : ActorKind::Person,
                                        i >= 10 ? u"a%1"_s.arg(i % 10) : QString()));
    }
    for (int i = 0; i < 30; ++i) {
        Source source;
        source.id = u"s%1"_s.arg(i);
        source.title = u"Source %1"_s.arg(i);
        source.author = u"a%1"_s.arg(i % 40);
        source.note = words.repeated(i % 3);
        if (i % 2)
            source.url = u"https://example.org/%1"_s.arg(i);
        dataset.sources.append(source);
    }
    for (int i = 0; i < 240; ++i) {
        const Stance stance = i % 4 == 0 ? Stance::Claim
                : i % 4 == 1             ? Stance::Denial
                : i % 4 == 2             ? Stance::Reaction
                                         : Stance::Context;
        Statement statement = makeStatement(u"st%1"_s.arg(i), u"a%1"_s.arg((i * 7) % 40), stance,
                                            u"20%1-0%2"_s.arg(10 + i % 15).arg(1 + i % 9),
                                            words.repeated(1 + (i * 5) % 9));
        if (i % 3 == 0)
            statement.quote = words.left(40 + i % 50);
        for (int s = 0; s < i % 4; ++s)
            statement.sources.append(u"s%1"_s.arg((i + s * 11) % 30));
        if (stance == Stance::Claim)
            statement.about = {u"a%1"_s.arg((i * 3) % 40)};
        else if ((stance == Stance::Denial || stance == Stance::Reaction) && i % 5 != 0)
            statement.respondsTo = {u"st%1"_s.arg(i - i % 4 - (i % 12 < 4 ? 0 : 4))};
        dataset.statements.append(statement);
    }
    dataset.rebuildIndex();
    return dataset;
}

// The report of mixedDispute, laid out on pages of the given height.
std::unique_ptr<QTextDocument> laidOut(qreal pageHeight)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(QSizeF(650, pageHeight));
    document->setDefaultStyleSheet(ReportHtml::styleSheet());
    document->setHtml(ReportHtml::body(mixedDispute(), {}));
    return document;
}

QList<int> blocksStartingPages(const QTextDocument &document)
{
    QList<int> blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            blocks.append(block.blockNumber());
    }
    return blocks;
}

bool startsEntry(const QTextBlock &block)
{
    return !block.begin().atEnd()
            && ReportHtml::startsEntry(
                    block.begin().fragment().charFormat().anchorNames().value(0));
}

// Each entry of a laid-out report, from its first block to its last: its heading, words, quote
// and sources, up to the next entry or heading.
QList<std::pair<QTextBlock, QTextBlock>> entriesOf(const QTextDocument &document)
{
    QList<std::pair<QTextBlock, QTextBlock>> entries;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!startsEntry(block))
            continue;
        QTextBlock last = block;
        while (last.next().isValid() && !startsEntry(last.next())
               && last.next().blockFormat().headingLevel() == 0)
            last = last.next();
        entries.append({block, last});
    }
    return entries;
}

} // namespace

class TestReportPageBreaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void init() { failOnUnexpectedWarnings(); }
    void statementsAreNotSplitAcrossPages();
    void passesBreakAsOneBreakAtATimeDoes_data();
    void passesBreakAsOneBreakAtATimeDoes();
    void passesBreakBelowTablesAsOneBreakAtATimeDoes();
};

void TestReportPageBreaks::statementsAreNotSplitAcrossPages()
{
    Dataset dataset;
    dataset.id = u"long"_s;
    dataset.title = u"A long dispute"_s;
    dataset.actors = {makeActor(u"a"_s, u"Outlet"_s, ActorKind::Media),
                      makeActor(u"b"_s, u"Company"_s, ActorKind::Organization)};
    const QString words = u"A claim that runs over several lines of the page, long enough to "
                          u"wrap two or three times in the report's column of text. "_s;
    for (int i = 0; i < 40; ++i) {
        const QString id = u"claim-%1"_s.arg(i);
        dataset.statements.append(makeStatement(id, u"a"_s, Stance::Claim,
                                                u"2026-01-%1"_s.arg(i % 28 + 1, 2, 10, QChar(u'0')),
                                                words.repeated(1 + i % 3)));
        Statement denial = makeStatement(u"denial-%1"_s.arg(i), u"b"_s, Stance::Denial,
                                         u"2026-02-01", words);
        denial.quote = u"completely false"_s;
        denial.respondsTo = {id};
        dataset.statements.append(denial);
    }
    dataset.rebuildIndex();

    ReportDocument report(dataset, {});
    QTextDocument *document = report.document();
    QVERIFY(report.pageCount() > 5);
    const qreal pageHeight = document->pageSize().height();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QList<std::pair<QTextBlock, QTextBlock>> entries = entriesOf(*document);
    for (const auto &[block, last] : entries) {
        QCOMPARE(pageOf(layout->blockBoundingRect(block).top()),
                 pageOf(layout->blockBoundingRect(last).bottom() - 1));
    }
    QCOMPARE(entries.size(), 40 * 2); // each claim, and under it the denial that answers it
}

void TestReportPageBreaks::passesBreakAsOneBreakAtATimeDoes_data()
{
    QTest::addColumn<qreal>("pageHeight");
    // Page heights the layout can place exactly, in 64ths of a pixel, as the report's are: the
    // report's A4 and Letter, and others from a third of A4 up, where pages end at other places.
    QTest::newRow("A4") << 957.890625;
    QTest::newRow("Letter") << 911.703125;
    for (int i = 0; i < 6; ++i) {
        const qreal height = 300 + i * 163 + i / 64.0;
        QTest::newRow(qPrintable(u"%1"_s.arg(height))) << height;
    }
}

// Breaking pages in passes, with where the blocks go worked out between layouts, puts every
// break where laying the document out again after each one puts it: no entry is split and no
// page ends early.
void TestReportPageBreaks::passesBreakAsOneBreakAtATimeDoes()
{
    QFETCH(qreal, pageHeight);
    const std::unique_ptr<QTextDocument> inPasses = laidOut(pageHeight);
    const std::unique_ptr<QTextDocument> oneAtATime = laidOut(pageHeight);
    keepReportEntriesTogether(*inPasses, PageBreaking::InPasses);
    keepReportEntriesTogether(*oneAtATime, PageBreaking::OneAtATime);
    const QList<int> breaks = blocksStartingPages(*oneAtATime);
    QVERIFY2(breaks.size() > 10, qPrintable(QString::number(breaks.size())));
    QCOMPARE(blocksStartingPages(*inPasses), breaks);
    QCOMPARE(inPasses->pageCount(), oneAtATime->pageCount());

    // Every entry short enough stays on one page.
    QAbstractTextDocumentLayout *layout = inPasses->documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(y / pageHeight); };
    int entries = 0;
    for (const auto &[block, last] : entriesOf(*inPasses)) {
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal bottom = layout->blockBoundingRect(last).bottom();
        if (bottom - top < pageHeight / 2) {
            ++entries;
            QCOMPARE(pageOf(top + 0.5), pageOf(bottom - 1));
        }
    }
    QVERIFY2(entries > 150, qPrintable(QString::number(entries)));
}

// Below a table, the layout may start a page with no top margin: whatever the page's height,
// the compiled-in report, whose actors follow the stance matrix, breaks where it does when laid
// out again after each break.
void TestReportPageBreaks::passesBreakBelowTablesAsOneBreakAtATimeDoes()
{
    const ReadResult builtin = DatasetReader::readFile(BuiltinDataset::path());
    QVERIFY(builtin.ok());
    const QString html = ReportHtml::body(*builtin.dataset, {});
    int breaks = 0;
    int belowTables = 0;
    for (int i = 0; i < 100; ++i) {
        const qreal pageHeight = 150 + i * 4.015625;
        QTextDocument inPasses;
        QTextDocument oneAtATime;
        for (QTextDocument *document : {&inPasses, &oneAtATime}) {
            document->setDocumentMargin(0);
            document->setPageSize(QSizeF(650, pageHeight));
            document->setDefaultStyleSheet(ReportHtml::styleSheet());
            document->setHtml(html);
        }
        keepReportEntriesTogether(inPasses, PageBreaking::InPasses);
        keepReportEntriesTogether(oneAtATime, PageBreaking::OneAtATime);
        const QList<int> blocks = blocksStartingPages(oneAtATime);
        QCOMPARE(blocksStartingPages(inPasses), blocks);
        breaks += int(blocks.size());
        for (const int block : blocks) {
            if (QTextCursor(oneAtATime.findBlockByNumber(block - 1)).currentTable())
                ++belowTables;
        }
    }
    QVERIFY(breaks > 100);
    QVERIFY2(belowTables > 0, qPrintable(QString::number(belowTables)));
}

QTEST_MAIN(TestReportPageBreaks)
#include "tst_reportpagebreaks.moc"
