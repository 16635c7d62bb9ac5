#pragma once

#include <QSortFilterProxyModel>

// Filters an ActorTreeModel by a search text: an actor stays when its name, an alias, its role
// or the text or quote of one of its statements contains the text, ignoring case (the model's
// SearchTextRole, see SearchText). Recursive filtering keeps the parents of a match, so a match
// always shows in its place in the tree; an empty text shows every actor.
class ActorFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorFilterProxyModel)

public:
    explicit ActorFilterProxyModel(QObject *parent = nullptr);
    ~ActorFilterProxyModel() override;

    QString searchText() const { return m_searchText; }
    // Leading and trailing spaces do not count.
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText; // case-folded, trimmed
};
