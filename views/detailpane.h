#pragma once

#include "models/dataset.h"
#include "views/detaildocument.h"

#include <QFutureWatcher>
#include <QTextBrowser>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Selection;

// The detail pane: who the selected actor is, what it said and what was said about it, with
// links between claims and the statements that answer them. Follows the shared Selection and
// sets it when a link is followed (click, or Tab to a link and Enter). Each page is a new
// document, laid out a part at a time while the event loop turns. A long page is written and
// parsed on a worker thread, so a selection never waits for it: the pane shows its top at once,
// the selected statement where the whole page will show it, and the whole page when it is ready.
class DetailPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    DetailPane(Selection *selection, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Pages made from more statements are written and parsed on a worker thread; pages with
    // more characters of HTML are parsed there.
    static constexpr qsizetype backgroundPageStatements = 40;
    static constexpr qsizetype backgroundPageLength = 16 * 1024;

    // Waits for the page being made, if any, shows it and lays all of it out: for a screenshot.
    void waitForPage();
    // Whether a long page is still being made; the pane shows its top meanwhile.
    bool isMakingPage() const { return !m_pagesInFlight.isEmpty(); }

    void setDataset(const Dataset &dataset);
    // The same, with the dataset's document already made.
    void setDataset(const Dataset &dataset, std::shared_ptr<const DetailDocument> document);

protected:
    // Nothing is ever loaded from a link or an image reference: the pane shows its own text only.
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void showTopOfPage(const QString &actorId, const QString &statementId,
                       const DetailDocument::Options &options);
    void showWhenReady(std::function<QString()> writeHtml, const QString &actorId,
                       const QString &statementId);
    void showPage(QTextDocument *page, const QString &actorId, const QString &statementId);
    void scrollTo(const QString &statementId);
    void followLink(const QUrl &link);
    void openSource(const Source &source);

    Selection *m_selection;
    Dataset m_dataset;
    std::shared_ptr<const DetailDocument> m_document; // of m_dataset
    // Whose page is shown (an empty id: the overview's), when it is a page of m_dataset.
    std::optional<QString> m_shownActorId;
    // The newest page asked for; one asked for earlier is dropped.
    std::shared_ptr<std::atomic_int> m_pageRequest = std::make_shared<std::atomic_int>(0);
    QThreadPool m_pageMaker;
    QList<QFutureWatcher<QTextDocument *> *> m_pagesInFlight; // their pages are the pane's
};
