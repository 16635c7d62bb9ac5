#include "models/statementmodel.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int dayBits = 26; // Julian days of years up to about 180,000
constexpr qint64 lastDay = (qint64(1) << dayBits) - 1;

qint64 sortKeyOf(const EdtfDate &date)
{
    const auto day
            = [](const QDate &d) { return std::clamp<qint64>(d.toJulianDay(), 1, lastDay - 1); };
    const qint64 start = date.earliest().isValid() ? day(date.earliest()) : 0;
    const qint64 finish = date.latest().isValid() ? day(date.latest()) : lastDay;
    return (start << dayBits) | finish;
}

} // namespace

StatementModel::StatementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StatementModel::~StatementModel() = default;

void StatementModel::setDataset(const Dataset &dataset)
{
    if (!m_dataset.id.isEmpty() && dataset.id == m_dataset.id && updateInPlace(dataset))
        return;
    beginResetModel();
    m_dataset = dataset;
    m_uniqueIds = false;
    m_searchTexts = searchTextsOf(m_dataset);
    indexActors();
    endResetModel();
}

void StatementModel::indexActors()
{
    m_rowsOfActor.clear();
    for (int row = 0; row < int(m_dataset.statements.size()); ++row)
        m_rowsOfActor[m_dataset.statements.at(row).actor].append(row);
}

QModelIndex StatementModel::indexForStatement(const QString &statementId, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    if (m_updating) { // the lookup does not match the rows yet
        for (int row = 0; row < int(m_pendingRows.size()); ++row) {
            if (m_pendingRows.at(row)->id == statementId)
                return index(row, column);
        }
        return {};
    }
    const qsizetype row = m_dataset.statementIndex(statementId);
    return row < 0 ? QModelIndex() : index(int(row), column);
}

const Statement *StatementModel::statementAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_updating ? m_pendingRows.at(row) : &m_dataset.statements.at(row);
}

qint64 StatementModel::sortKeyAt(int row) const
{
    const Statement *statement = statementAt(row);
    return statement ? sortKeyOf(statement->date) : 0;
}

QString StatementModel::actorNameAt(int row) const
{
    const Statement *statement = statementAt(row);
    if (!statement)
        return {};
    const QString &actorId = statement->actor;
    const Actor *actor = m_dataset.actor(actorId);
    return actor ? actor->name : actorId;
}

QString StatementModel::searchTextAt(int row) const
{
    return row >= 0 && row < m_searchTexts.size() ? m_searchTexts.at(row) : QString();
}

QStringList StatementModel::sourceTitlesAt(int row) const
{
    QStringList titles;
    const Statement *statement = statementAt(row);
    if (!statement)
        return titles;
    for (const QString &sourceId : statement->sources) {
        const Source *source = m_dataset.source(sourceId);
        titles.append(source ? source->title : sourceId);
    }
    return titles;
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_updating ? m_pendingRows.size() : m_dataset.statements.size());
}

int StatementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Statement &statement = *statementAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return role == Qt::DisplayRole ? statement.date.toDisplayString()
                                           : statement.date.toEdtf();
        case ActorColumn:
            return actorNameAt(row);
        case StanceColumn:
            return stanceLabel(statement.stance);
        case TextColumn:
            return statement.text;
        case QuoteColumn:
            return statement.quote;
        case SourcesColumn:
            return sourceTitlesAt(row).join(role == Qt::DisplayRole ? u"; "_s : u"\n"_s);
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
    case SortKeyRole:
        return sortKeyOf(statement.date);
    case EdtfRole:
        return statement.date.toEdtf();
    case CredibilityRole:
        return statement.credibility;
    case SearchTextRole:
        return m_searchTexts.at(row);
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
    names.insert(EdtfRole, "edtf");
    names.insert(CredibilityRole, "credibility");
    names.insert(SearchTextRole, "searchText");
    return names;
}
