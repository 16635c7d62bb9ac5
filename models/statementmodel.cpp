#include "models/statementmodel.h"

#include <QSet>

StatementModel::StatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatementModel::setDataset(const Dataset &dataset)
{
    if (dataset.id == m_dataset.id && !m_dataset.statements.isEmpty() && updateInPlace(dataset))
        return;
    beginResetModel();
    m_dataset = dataset;
    indexRows();
    endResetModel();
}

void StatementModel::indexRows()
{
    m_rowsOfActor.clear();
    for (int row = 0; row < m_dataset.statements.size(); ++row)
        m_rowsOfActor[m_dataset.statements.at(row).actor].append(row);
}

// Removes the rows of statements that are gone, then inserts the new ones where the new list
// has them. False (nothing done) when the statements that stay changed their order: then the
// caller resets.
bool StatementModel::updateInPlace(const Dataset &dataset)
{
    QStringList kept;
    for (const Statement &statement : std::as_const(m_dataset.statements)) {
        if (dataset.statement(statement.id))
            kept.append(statement.id);
    }
    QStringList keptInNewOrder;
    for (const Statement &statement : dataset.statements) {
        if (m_dataset.statement(statement.id))
            keptInNewOrder.append(statement.id);
    }
    if (kept != keptInNewOrder)
        return false;

    const Dataset previous = m_dataset;
    for (int row = int(m_dataset.statements.size()) - 1; row >= 0;) {
        if (dataset.statement(m_dataset.statements.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !dataset.statement(m_dataset.statements.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_dataset.statements.remove(first, row - first + 1);
        m_dataset.rebuildIndex();
        endRemoveRows();
        row = first - 1;
    }
    for (int row = 0; row < dataset.statements.size(); ++row) {
        const Statement &statement = dataset.statements.at(row);
        if (m_dataset.statement(statement.id))
            continue;
        beginInsertRows({}, row, row);
        m_dataset.statements.insert(row, statement);
        m_dataset.rebuildIndex();
        endInsertRows();
    }

    m_dataset = dataset;
    indexRows();
    for (int row = 0; row < m_dataset.statements.size(); ++row) {
        const Statement &now = m_dataset.statements.at(row);
        const Statement *before = previous.statement(now.id);
        const Actor *actorBefore = previous.actor(now.actor);
        const bool same = before && *before == now && actorBefore
                && actorBefore->name == actorName(now.actor)
                && sourceTitles(*before) == sourceTitles(now);
        if (!same)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}

QString StatementModel::actorName(const QString &actorId) const
{
    const Actor *actor = m_dataset.actor(actorId);
    return actor ? actor->name : actorId;
}

QString StatementModel::sourceTitles(const Statement &statement) const
{
    QStringList titles;
    for (const QString &sourceId : statement.sources) {
        const Source *source = m_dataset.source(sourceId);
        titles.append(source ? source->title : sourceId);
    }
    return titles.join(QStringLiteral("; "));
}

QModelIndex StatementModel::indexForStatement(const QString &statementId, int column) const
{
    const qsizetype row = m_dataset.statementIndex(statementId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

const Statement *StatementModel::statementAt(int row) const
{
    return row >= 0 && row < m_dataset.statements.size() ? &m_dataset.statements.at(row) : nullptr;
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset.statements.size());
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Statement &statement = m_dataset.statements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return statement.date.toDisplayString();
        case ActorColumn:
            return actorName(statement.actor);
        case StanceColumn:
            return toString(statement.stance);
        case TextColumn:
            return statement.text;
        case QuoteColumn:
            return statement.quote;
        case SourcesColumn:
            return sourceTitles(statement);
        }
        return {};
    case StatementIdRole:
        return statement.id;
    case ActorIdRole:
        return statement.actor;
    case StanceRole:
        return int(statement.stance);
    case EarliestRole:
        return statement.date.earliest();
    case LatestRole:
        return statement.date.latest();
    case IsSingleDayRole:
        return statement.date.isSingleDay();
    case RespondsToRole:
        return statement.respondsTo;
    case AboutRole:
        return statement.about;
    case SourceIdsRole:
        return statement.sources;
    case SortKeyRole: {
        // The position of the statement in chronological order, as a plain number.
        const QDate earliest = statement.date.earliest();
        const QDate latest = statement.date.latest();
        const qint64 start = earliest.isValid() ? earliest.toJulianDay() : 0;
        const qint64 end = latest.isValid() ? latest.toJulianDay() : 9'999'999;
        return double(start) * 1e7 + double(end);
    }
    }
    return {};
}

QVariant StatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActorColumn:
        return tr("Actor");
    case StanceColumn:
        return tr("Stance");
    case TextColumn:
        return tr("Statement");
    case QuoteColumn:
        return tr("Quote");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> StatementModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StatementIdRole, "statementId");
    names.insert(ActorIdRole, "actorId");
    names.insert(StanceRole, "stance");
    names.insert(EarliestRole, "earliest");
    names.insert(LatestRole, "latest");
    names.insert(IsSingleDayRole, "isSingleDay");
    names.insert(RespondsToRole, "respondsTo");
    names.insert(AboutRole, "about");
    names.insert(SourceIdsRole, "sourceIds");
    names.insert(SortKeyRole, "sortKey");
    return names;
}
