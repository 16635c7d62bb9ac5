#include "models/statementfilterproxymodel.h"

#include "models/searchtext.h"
#include "models/statementmodel.h"

#include <utility>

namespace {

quint32 bitsOf(const QSet<Stance> &stances)
{
    quint32 bits = 0;
    for (const Stance stance : stances)
        bits |= 1u << int(stance);
    return bits;
}

} // namespace

StatementFilterProxyModel::StatementFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_stanceBits = bitsOf(m_stances);
}

StatementFilterProxyModel::~StatementFilterProxyModel() = default;

QSet<Stance> StatementFilterProxyModel::allStances()
{
    return {Stance::Claim, Stance::Denial, Stance::Context, Stance::Reaction, Stance::Status};
}

void StatementFilterProxyModel::setSearchText(const QString &text)
{
    const QString normalized = SearchText::folded(text.trimmed());
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
    m_stanceBits = bitsOf(m_stances);
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setActorId(const QString &actorId)
{
    if (actorId == m_actorId)
        return;
    m_actorId = actorId;
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    QDate first = from;
    QDate last = to;
    if (first.isValid() && last.isValid() && last < first)
        std::swap(first, last);
    if (first == m_from && last == m_to)
        return;
    m_from = first;
    m_to = last;
    invalidateRowsFilter();
}

void StatementFilterProxyModel::clearFilters()
{
    if (m_searchText.isEmpty() && m_stances == allStances() && m_actorId.isEmpty()
        && !m_from.isValid() && !m_to.isValid())
        return;
    m_searchText.clear();
    m_stances = allStances();
    m_stanceBits = bitsOf(m_stances);
    m_actorId.clear();
    m_from = QDate();
    m_to = QDate();
    invalidateRowsFilter();
}

void StatementFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_statementModel = qobject_cast<const StatementModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

// The source model as a StatementModel, or nullptr. sourceModel() turns null when the source
// is destroyed, so the cached pointer is used only while it is still the source.
const StatementModel *StatementFilterProxyModel::statementModel() const
{
    const QAbstractItemModel *source = sourceModel();
    return source && source == m_statementModel ? m_statementModel : nullptr;
}

bool StatementFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (const StatementModel *model = statementModel()) {
        const Statement *statement = model->statementAt(sourceRow);
        return statement
                && accepts(statement->stance, statement->actor, statement->date.earliest(),
                           statement->date.latest(), model->searchTextAt(sourceRow));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return accepts(Stance(index.data(StatementModel::StanceRole).toInt()),
                   index.data(StatementModel::ActorIdRole).toString(),
                   index.data(StatementModel::EarliestRole).toDate(),
                   index.data(StatementModel::LatestRole).toDate(),
                   index.data(StatementModel::SearchTextRole).toString());
}

bool StatementFilterProxyModel::accepts(Stance stance, const QString &actorId,
                                        const QDate &earliest, const QDate &latest,
                                        const QString &searchText) const
{
    const int bit = int(stance);
    if (bit < 0 || bit > 31 || !(m_stanceBits & (1u << bit)))
        return false;
    if (!m_actorId.isEmpty() && actorId != m_actorId)
        return false;
    // The span [earliest, latest] meets [from, to] unless it ends before or starts after it.
    if (m_from.isValid() && latest.isValid() && latest < m_from)
        return false;
    if (m_to.isValid() && earliest.isValid() && earliest > m_to)
        return false;
    return m_searchText.isEmpty() || searchText.contains(m_searchText);
}

bool StatementFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const StatementModel *model = statementModel();
    const int column = left.column();
    if (model && column == right.column()) {
        const int a = left.row();
        const int b = right.row();
        switch (column) {
        case StatementModel::DateColumn:
            if (model->sortKeyAt(a) != model->sortKeyAt(b))
                return model->sortKeyAt(a) < model->sortKeyAt(b);
            return model->statementAt(a)->date < model->statementAt(b)->date;
        case StatementModel::ActorColumn:
            return model->actorNameAt(a).compare(model->actorNameAt(b), sortCaseSensitivity()) < 0;
        case StatementModel::StanceColumn:
            return int(model->statementAt(a)->stance) < int(model->statementAt(b)->stance);
        case StatementModel::TextColumn:
            return model->statementAt(a)->text.compare(model->statementAt(b)->text,
                                                       sortCaseSensitivity())
                    < 0;
        case StatementModel::QuoteColumn:
            return model->statementAt(a)->quote.compare(model->statementAt(b)->quote,
                                                        sortCaseSensitivity())
                    < 0;
        }
    } else if (column == StatementModel::DateColumn) {
        return left.data(StatementModel::SortKeyRole).toLongLong()
                < right.data(StatementModel::SortKeyRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
