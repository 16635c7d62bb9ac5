#include "models/statementfilterproxymodel.h"

#include "models/statementmodel.h"

StatementFilterProxyModel::StatementFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void StatementFilterProxyModel::setSearchText(const QString &text)
{
    const QString normalized = text.trimmed().toLower();
    if (normalized == m_searchText)
        return;
    m_searchText = normalized;
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setStances(const QSet<Stance> &stances)
{
    if (stances == m_stances)
        return;
    m_stances = stances;
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setActor(const QString &actorId)
{
    if (actorId == m_actorId)
        return;
    m_actorId = actorId;
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool StatementFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const StatementModel *>(sourceModel());
    const Statement *statement = model ? model->statementAt(sourceRow) : nullptr;
    if (!statement)
        return false;
    if (!m_stances.isEmpty() && !m_stances.contains(statement->stance))
        return false;
    if (!m_actorId.isEmpty() && statement->actor != m_actorId)
        return false;
    const QDate earliest = statement->date.earliest();
    const QDate latest = statement->date.latest();
    if (m_to.isValid() && earliest.isValid() && earliest > m_to)
        return false;
    if (m_from.isValid() && latest.isValid() && latest < m_from)
        return false;
    if (m_searchText.isEmpty())
        return true;
    const Actor *actor = model->dataset().actor(statement->actor);
    return statement->text.contains(m_searchText, Qt::CaseInsensitive)
            || statement->quote.contains(m_searchText, Qt::CaseInsensitive)
            || (actor && actor->name.contains(m_searchText, Qt::CaseInsensitive));
}

bool StatementFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == StatementModel::DateColumn) {
        const auto *model = qobject_cast<const StatementModel *>(sourceModel());
        if (model)
            return model->statementAt(left.row())->date < model->statementAt(right.row())->date;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
