#include "models/actorfilterproxymodel.h"

#include "models/actortreemodel.h"

ActorFilterProxyModel::ActorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void ActorFilterProxyModel::setSearchText(const QString &text)
{
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_searchText)
        return;
    m_searchText = normalized;
    invalidateRowsFilter();
}

bool ActorFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ActorTreeModel::SearchTextRole).toString().contains(m_searchText);
}
