#pragma once

#include "models/actortreemodel.h"
#include "models/dataset.h"

#include <QWidget>

class ActorFilterProxyModel;
class QLineEdit;
class QTreeView;
class Selection;

// The left pane: a search field over the actor tree. Typing filters actors and statements
// (names, aliases, roles, statement text) while the parents of matches stay visible; Esc
// clears the search. The current row follows the shared Selection and sets it.
class ActorTreePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorTreePanel)

public:
    ActorTreePanel(Selection *selection, QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset);
    // The same, with the facts of its actors (ActorTreeModel::factsOf) already known.
    void setDataset(const Dataset &dataset, QList<ActorTreeModel::Facts> facts);
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QTreeView *treeView() const { return m_tree; }
    ActorTreeModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void followSelection();
    void applySearch(const QString &text);

    Selection *m_selection;
    ActorTreeModel *m_model;
    ActorFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_tree;
    bool m_following = false;
};
