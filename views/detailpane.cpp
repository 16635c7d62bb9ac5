#include "views/detailpane.h"

#include "models/selection.h"
#include "views/detaildocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// QTextDocument loads a local file itself when the widget's loadResource() gives nothing, so the
// pane's document must refuse too: no image or style sheet is ever read, local or remote.
class DocumentWithoutResources final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// A page with no parent: a worker thread may make it.
QTextDocument *pageOf(const QString &html, const QFont &font)
{
    auto *page = new DocumentWithoutResources;
    page->setDefaultFont(font);
    // Nothing is laid out until the pane gives the page its width.
    page->setPageSize(QSizeF(0, 0));
    page->setHtml(html);
    return page;
}

bool hasAnchor(const QTextDocument *document, const QString &name)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorNames().contains(name))
                return true;
        }
    }
    return false;
}

} // namespace

DetailPane::DetailPane(Selection *selection, QWidget *parent)
    : QTextBrowser(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("detailPane"));
    // One page at a time: pages asked for in a quick run of selections wait, and are dropped
    // unmade when a newer one is asked for, instead of taking the window's core.
    m_pageMaker.setMaxThreadCount(1);
    setDocument(pageOf(QString(), font()));
    document()->setParent(this);
    setAccessibleName(tr("Details"));
    setAccessibleDescription(tr("What the selected actor said and what was said about it"));
    setOpenLinks(false);
    // The text wraps to the pane's width; a few pixels of table padding must not add a bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailPane::followLink);
    connect(m_selection, &Selection::changed, this, &DetailPane::render);
}

void DetailPane::setDataset(const Dataset &dataset)
{
    setDataset(dataset, std::make_shared<const DetailDocument>(dataset));
}

void DetailPane::setDataset(const Dataset &dataset, std::shared_ptr<const DetailDocument> document)
{
    m_dataset = dataset;
    m_document = std::move(document);
    m_shownActorId.reset();
    render();
}

QVariant DetailPane::loadResource(int, const QUrl &)
{
    return {};
}

void DetailPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DetailPane::render()
{
    DetailDocument::Options options;
    options.highlight = palette().color(QPalette::Highlight);
    options.highlight.setAlphaF(1.0);
    options.highlight = options.highlight.lighter(
            palette().color(QPalette::Base).lightness() > 128 ? 170 : 60);
    const QString actorId = m_selection->actorId();
    const QString statementId = m_selection->statementId();
    if (!m_document)
        m_document = std::make_shared<const DetailDocument>(m_dataset);
    ++*m_pageRequest;
    if (m_document->statementsBehindPage(actorId) > backgroundPageStatements) {
        showTopOfPage(actorId, statementId, options);
        showWhenReady([document = m_document, actorId, statementId,
                       options] { return document->html(actorId, statementId, options); },
                      actorId, statementId);
        return;
    }
    const QString html = m_document->html(actorId, statementId, options);
    if (html.size() > backgroundPageLength) {
        showTopOfPage(actorId, statementId, options);
        showWhenReady([html] { return html; }, actorId, statementId);
        return;
    }
    showPage(pageOf(html, font()), actorId, statementId);
}

// While a long page is made, the pane shows at once what will be at its top: the page it has,
// when that is the same actor's and holds the statement, or else the top of the new page.
void DetailPane::showTopOfPage(const QString &actorId, const QString &statementId,
                               const DetailDocument::Options &options)
{
    if (m_shownActorId == actorId
        && (statementId.isEmpty()
            || hasAnchor(document(), DetailDocument::statementLink(statementId)))) {
        scrollTo(statementId);
        return;
    }
    QTextDocument *top = pageOf(m_document->topOfPage(actorId, statementId, options), font());
    // Room below the entry, as the whole page has, lets the pane scroll it to the same place.
    QTextFrameFormat format = top->rootFrame()->frameFormat();
    format.setBottomMargin(format.bottomMargin() + viewport()->height());
    top->rootFrame()->setFrameFormat(format);
    showPage(top, actorId, statementId);
}

// Makes the page on a worker thread, and shows it if nothing was asked for since. A page asked
// for since is not made, or not parsed, if the worker sees it in time.
void DetailPane::showWhenReady(std::function<QString()> writeHtml, const QString &actorId,
                               const QString &statementId)
{
    const int request = *m_pageRequest;
    auto *watcher = new QFutureWatcher<QTextDocument *>(this);
    m_pagesInFlight.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, request, actorId, statementId] {
                m_pagesInFlight.removeOne(watcher);
                watcher->deleteLater();
                if (request == *m_pageRequest)
                    showPage(watcher->result(), actorId, statementId);
                else
                    delete watcher->result();
            });
    auto makePage = [writeHtml = std::move(writeHtml), font = font(), latest = m_pageRequest,
                     request, thread = thread()]() -> QTextDocument * {
        if (*latest != request)
            return nullptr;
        const QString html = writeHtml();
        if (*latest != request)
            return nullptr;
        QTextDocument *page = pageOf(html, font);
        page->moveToThread(thread);
        return page;
    };
    watcher->setFuture(QtConcurrent::run(&m_pageMaker, std::move(makePage)));
}

void DetailPane::waitForPage()
{
    while (!m_pagesInFlight.isEmpty()) {
        QFutureWatcher<QTextDocument *> *watcher = m_pagesInFlight.constLast();
        watcher->waitForFinished();
        QCoreApplication::sendPostedEvents(watcher);
    }
    // The page is laid out a part at a time; a screenshot shows the scroll bar of all of it.
    document()->documentLayout()->documentSize();
}

DetailPane::~DetailPane()
{
    for (QFutureWatcher<QTextDocument *> *watcher : std::as_const(m_pagesInFlight)) {
        watcher->waitForFinished();
        delete watcher->result();
    }
}

// A new document is laid out a part at a time as the event loop turns; replacing the text of
// the shown one would lay all of it out at once.
void DetailPane::showPage(QTextDocument *page, const QString &actorId, const QString &statementId)
{
    page->setParent(this);
    QTextDocument *old = document();
    setDocument(page);
    old->deleteLater();
    m_shownActorId = actorId;
    scrollTo(statementId);
}

void DetailPane::scrollTo(const QString &statementId)
{
    if (statementId.isEmpty())
        verticalScrollBar()->setValue(0);
    else
        scrollToAnchor(DetailDocument::statementLink(statementId));
}

void DetailPane::followLink(const QUrl &link)
{
    const QString text = link.toString();
    if (const QString statementId = DetailDocument::statementIdFromLink(text);
        !statementId.isEmpty()) {
        if (const Statement *statement = m_dataset.statement(statementId))
            m_selection->selectStatement(statement->id, statement->actor);
        return;
    }
    if (const QString actorId = DetailDocument::actorIdFromLink(text); !actorId.isEmpty()) {
        m_selection->selectActor(actorId);
        return;
    }
    if (const Source *source = m_dataset.source(DetailDocument::sourceIdFromLink(text)))
        openSource(*source);
}

// The desktop opens a source's web page (the reader accepts only http and https addresses; a
// dataset made some other way is checked again here). The pane never loads it itself.
void DetailPane::openSource(const Source &source)
{
    const QUrl url(source.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        QDesktopServices::openUrl(url);
}
