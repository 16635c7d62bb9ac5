#pragma once

#include "models/dataset.h"
#include "views/detaildocument.h"

#include <QTextBrowser>

#include <memory>

class Selection;

// The detail pane: who the selected actor is, what it said and what was said about it, with
// links between claims and the statements that answer them. Follows the shared Selection and
// sets it when a link is followed (click, or Tab to a link and Enter).
class DetailPane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    DetailPane(Selection *selection, QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset);
    // The same, with the dataset's document already made.
    void setDataset(const Dataset &dataset, std::shared_ptr<const DetailDocument> document);

protected:
    // Nothing is ever loaded from a link or an image reference: the pane shows its own text only.
    QVariant loadResource(int type, const QUrl &name) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void followLink(const QUrl &link);
    void openSource(const Source &source);

    Selection *m_selection;
    Dataset m_dataset;
    std::shared_ptr<const DetailDocument> m_document; // of m_dataset
};
