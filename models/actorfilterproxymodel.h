#pragma once

#include <QSortFilterProxyModel>

// Filters an ActorTreeModel by a search text: an actor stays when its name, an alias, its role
// or the text of one of its statements contains the text (ignoring case); the parents of a
// match stay too, so a match is always shown in its place in the tree.
class ActorFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorFilterProxyModel)

public:
    explicit ActorFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText; // lower case, trimmed
};
