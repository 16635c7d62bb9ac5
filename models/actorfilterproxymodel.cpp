#include "models/actorfilterproxymodel.h"

#include "models/actortreemodel.h"
#include "models/searchtext.h"

ActorFilterProxyModel::ActorFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

ActorFilterProxyModel::~ActorFilterProxyModel() = default;

void ActorFilterProxyModel::setSearchText(const QString &text)
{
    const QString normalized = SearchText::folded(text.trimmed());
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
    // The model keeps its text case-folded already, so a plain search is enough.
    return index.data(ActorTreeModel::SearchTextRole).toString().contains(m_searchText);
}
