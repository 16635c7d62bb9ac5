#include "views/reportpagebreaks.h"

#include "views/reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace {

constexpr qreal noise = 0.25; // the layout places blocks in 64ths of a pixel

bool startsEntry(const QTextBlock &block)
{
    const QTextBlock::iterator first = block.begin();
    if (first.atEnd())
        return false;
    const QStringList anchors = first.fragment().charFormat().anchorNames();
    return !anchors.isEmpty() && ReportHtml::startsEntry(anchors.first());
}

// An entry's paragraphs run up to the next entry or heading.
QTextBlock entryEnd(QTextBlock last)
{
    while (last.next().isValid() && !startsEntry(last.next())
           && last.next().blockFormat().headingLevel() == 0)
        last = last.next();
    return last;
}

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

bool startsPage(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// Adds page breaks in passes. Adding a break lays out again all that follows it, so a report of a
// thousand pages is not laid out again after each one: a pass reads the places the layout gives,
// and after the first break it adds, it works out where the blocks below go instead. The layout
// moves a line that would cross a page's end down to the next page; below a break those pages
// end elsewhere, so the blocks go where they would with no line moved, until something crosses a
// page's end that is no entry to move, or a table, or a break starts a page below a table. The
// pass then adds its breaks at once, and the next one starts at its first break, so that each
// break it worked out is checked on the layout.
class PageBreaks
{
public:
    PageBreaks(QTextDocument &document, PageBreaking breaking)
        : m_document(document)
        , m_breaking(breaking)
        , m_layout(*document.documentLayout())
        , m_pageHeight(document.pageSize().height())
    { }

    // The block the next pass starts at; an invalid one when every entry keeps together.
    QTextBlock pass(QTextBlock block);

private:
    // The page of what starts at y, which may be a hair above the page's top it is placed at;
    // and of what ends at y, which may end a pixel below its page's end.
    int pageOf(qreal y) const { return int((y + 0.5) / m_pageHeight); }
    int pageOfEnd(qreal y) const { return int((y - 1) / m_pageHeight); }
    // Whether something ending at y ends so close to a page's end that the layout may move its
    // last line to the next page.
    bool endsPage(qreal y) const { return (pageOfEnd(y) + 1) * m_pageHeight - y < 2; }
    // Where a block is placed: its first line may have been moved below that to start a page.
    qreal top(const QTextBlock &block) const { return m_layout.blockBoundingRect(block).top(); }
    // Where a block's lines end below its place, and how far the layout moved them down to start
    // a page.
    struct Lines
    {
        qreal end = 0;
        qreal moved = 0;
    };
    static Lines linesOf(const QTextBlock &block);
    qreal pushedBelow(const QTextBlock &block) const;
    qreal pushedBelow(const QTextBlock &first, const QTextBlock &last) const;

    QTextDocument &m_document;
    PageBreaking m_breaking;
    QAbstractTextDocumentLayout &m_layout;
    qreal m_pageHeight;
};

// A block's bounding rectangle starts at its place, where its first line would be, and is as tall
// as its lines from the first one's top.
PageBreaks::Lines PageBreaks::linesOf(const QTextBlock &block)
{
    Lines lines;
    const QTextLayout *layout = block.layout();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (line.y() - lines.end > noise)
            lines.moved += line.y() - lines.end;
        lines.end = line.y() + line.height();
    }
    return lines;
}

// How far the layout moved the block's lines, and the block after it, down to start a page.
qreal PageBreaks::pushedBelow(const QTextBlock &block) const
{
    const Lines lines = linesOf(block);
    qreal pushed = lines.moved;
    const QTextBlock next = block.next();
    if (next.isValid() && !inTable(next)) {
        const qreal gap = top(next) - top(block) - lines.end
                - std::max(block.blockFormat().bottomMargin(), next.blockFormat().topMargin());
        if (gap > noise)
            pushed += gap;
    }
    return pushed;
}

qreal PageBreaks::pushedBelow(const QTextBlock &first, const QTextBlock &last) const
{
    qreal pushed = 0;
    for (QTextBlock block = first;; block = block.next()) {
        pushed += pushedBelow(block);
        if (block == last)
            return pushed;
    }
}

QTextBlock PageBreaks::pass(QTextBlock block)
{
    m_layout.documentSize(); // the layout is lazy: this finishes it
    QList<QTextBlock> breaks;
    QTextBlock stop;
    bool guessing = false;
    qreal shift = 0; // where a block goes below the pass's first break, less where it is
    for (; block.isValid(); block = block.next()) {
        if (inTable(block)) {
            if (guessing) { // a table's rows break by themselves
                stop = block;
                break;
            }
            continue;
        }
        QTextBlock last = block;
        if (startsEntry(block)) {
            last = entryEnd(block);
        } else if (block.blockFormat().headingLevel() > 0 && block.next().isValid()) {
            // A heading stays with what follows it: the next paragraph, or the next entry.
            last = startsEntry(block.next()) ? entryEnd(block.next()) : block.next();
        }
        if (guessing && startsPage(block) && block.previous().isValid()) {
            const qreal above = top(block) + shift
                    - std::max(block.previous().blockFormat().bottomMargin(),
                               block.blockFormat().topMargin());
            shift = (pageOfEnd(above) + 1) * m_pageHeight + block.blockFormat().topMargin()
                    - top(block);
        }
        const qreal entryTop = top(block) + shift;
        // Where the entry ends in the layout (a table after a heading breaks by its rows), and
        // its height with none of its lines moved to start a page: on a page of its own.
        qreal entryBottom = entryTop;
        qreal entryHeight = 0;
        if (!inTable(last)) {
            const Lines lines = linesOf(last);
            entryBottom = top(last) + lines.end + shift;
            const qreal moved
                    = lines.moved + (last == block ? 0 : pushedBelow(block, last.previous()));
            entryHeight = entryBottom - moved - entryTop;
            if (guessing) // below a break, the lines the layout moved are back in place
                entryBottom -= moved;
        }
        const bool split = pageOf(entryTop) != pageOfEnd(entryBottom);
        QTextBlock first = block;
        if (split && entryHeight < m_pageHeight / 2) {
            if (block.previous().isValid() && block.previous().blockFormat().headingLevel() > 0)
                first = block.previous();
            if (!startsPage(first)) {
                const qreal firstTop = top(first) + shift;
                shift = (pageOf(firstTop) + 1) * m_pageHeight + first.blockFormat().topMargin()
                        - top(first);
                guessing = true;
                breaks.append(first);
                // Below a table, the layout may start a page without the block's top margin.
                if (m_breaking == PageBreaking::OneAtATime || !first.previous().isValid()
                    || inTable(first.previous()))
                    break;
            }
        } else if (guessing && (split || endsPage(entryBottom))) {
            stop = block; // the layout moves lines of it as it likes
            break;
        }
        if (guessing)
            shift -= pushedBelow(first, last);
        block = last;
    }
    if (breaks.isEmpty())
        return stop;
    QTextCursor edit(&m_document);
    edit.beginEditBlock();
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    for (const QTextBlock &first : std::as_const(breaks))
        QTextCursor(first).mergeBlockFormat(format);
    edit.endEditBlock();
    return breaks.first();
}

} // namespace

bool keepReportEntriesTogether(QTextDocument &document, PageBreaking breaking,
                               const std::function<bool(int done, int total)> &progress)
{
    PageBreaks breaks(document, breaking);
    for (QTextBlock from = document.begin(); from.isValid();) {
        from = breaks.pass(from);
        if (progress && from.isValid() && !progress(from.blockNumber(), document.blockCount()))
            return false;
    }
    return true;
}
