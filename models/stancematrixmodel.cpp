#include "models/stancematrixmodel.h"

#include "models/listtext.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr int excerptLength = 120;

QString excerpt(const QString &text)
{
    if (text.size() <= excerptLength)
        return text;
    return text.left(excerptLength - 1).trimmed() + u'…';
}

} // namespace

const StanceMatrixModel::Cell *StanceMatrixModel::Row::cellOf(QStringView actorId) const
{
    for (const Cell &cell : cells) {
        if (cell.actorId == actorId)
            return &cell;
    }
    return nullptr;
}

StanceMatrixModel::StanceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

StanceMatrixModel::Content StanceMatrixModel::contentOf(const Dataset &dataset,
                                                        const QList<ClaimAnalysis> &claims)
{
    Content content;
    content.dataset = dataset;
    QSet<QString> involved;
    const auto note = [&involved](Row &row, const QString &actorId, int flag,
                                  const QString &statementId) {
        if (actorId.isEmpty())
            return;
        auto cell = std::find_if(row.cells.begin(), row.cells.end(),
                                 [&actorId](const Cell &c) { return c.actorId == actorId; });
        if (cell == row.cells.end()) {
            row.cells.append({actorId, flag, statementId});
            involved.insert(actorId);
            return;
        }
        // A cell stands for the statement of the actor's strongest part in the claim.
        if (flag < (cell->involvement & (Made | Denied | Reacted | Subject)))
            cell->statementId = statementId;
        cell->involvement |= flag;
    };
    content.rows.reserve(claims.size());
    content.rowOfClaim.reserve(claims.size());
    for (const ClaimAnalysis &analysis : claims) {
        Row row;
        row.analysis = analysis;
        const Statement &claim = *analysis.claim;
        note(row, claim.actor, Made, claim.id);
        for (const Statement *denial : analysis.denials)
            note(row, denial->actor, Denied, denial->id);
        for (const Statement *reaction : analysis.reactions)
            note(row, reaction->actor, Reacted, reaction->id);
        for (const QString &subject : claim.about) {
            note(row, subject, Subject, claim.id);
            if (analysis.silentSubjects.contains(subject))
                note(row, subject, Silent, claim.id);
        }
        content.rowOfClaim.insert(claim.id, int(content.rows.size()));
        content.rows.append(std::move(row));
    }
    for (const QString &actorId : dataset.actorIdsInTreeOrder()) {
        if (involved.contains(actorId))
            content.actorIds.append(actorId);
    }
    return content;
}

void StanceMatrixModel::setContent(Content content)
{
    beginResetModel();
    m_content = std::move(content);
    endResetModel();
}

void StanceMatrixModel::setDataset(const Dataset &dataset)
{
    setContent(contentOf(dataset, analyseClaims(dataset)));
}

int StanceMatrixModel::involvement(int row, int column) const
{
    if (row < 0 || row >= m_content.rows.size() || column < FirstActorColumn
        || column >= columnCount())
        return 0;
    return m_content.rows.at(row).involvement(m_content.actorIds.at(column - FirstActorColumn));
}

int StanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_content.rows.size());
}

int StanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstActorColumn + int(m_content.actorIds.size());
}

QVariant StanceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_content.rows.at(index.row());
    if (index.column() < FirstActorColumn)
        return claimData(row, index.column(), role);
    return actorData(row, m_content.actorIds.at(index.column() - FirstActorColumn), role);
}

QVariant StanceMatrixModel::claimData(const Row &row, int column, int role) const
{
    const ClaimAnalysis &analysis = row.analysis;
    const Statement &claim = *analysis.claim;
    if (role == StatementIdRole)
        return claim.id;
    if (role == StanceRole)
        return column == ClaimColumn ? QVariant(int(Stance::Claim)) : QVariant();
    switch (column) {
    case ClaimColumn:
        if (role == Qt::DisplayRole)
            return excerpt(claim.text);
        if (role == Qt::ToolTipRole || role == SortRole)
            return claim.text;
        break;
    case DateColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return claim.date.toDisplayString();
        if (role == SortRole)
            return sortNumber(row, column);
        break;
    case AnswersColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (analysis.isUnanswered())
                return tr("unanswered");
            return joinedList({tr("%n denial(s)", nullptr, int(analysis.denials.size())),
                               tr("%n reaction(s)", nullptr, int(analysis.reactions.size()))});
        }
        if (role == SortRole)
            return sortNumber(row, column);
        break;
    case EvidenceColumn:
        if (role == Qt::DisplayRole)
            return tr("%n outlet(s)", nullptr, analysis.evidence.outlets);
        if (role == Qt::ToolTipRole)
            return analysis.evidence.toText();
        if (role == SortRole)
            return sortNumber(row, column);
        break;
    }
    return {};
}

QVariant StanceMatrixModel::actorData(const Row &row, const QString &actorId, int role) const
{
    const Cell *cell = row.cellOf(actorId);
    const int flags = cell ? cell->involvement : 0;
    if (role == SortRole)
        return sortNumber(flags);
    if (flags == 0)
        return {};
    const QString &statementId = cell->statementId;
    const Statement *statement = m_content.dataset.statement(statementId);
    switch (role) {
    case Qt::DisplayRole: {
        QStringList words;
        if (flags & Made)
            words.append(tr("claimed"));
        if (flags & Denied)
            words.append(tr("denied"));
        if (flags & Reacted)
            words.append(tr("reacted"));
        if (flags & Subject)
            words.append((flags & Silent) ? tr("subject, no answer") : tr("subject"));
        return joinedList(words);
    }
    case Qt::ToolTipRole: {
        if (!statement)
            return {};
        const Actor *actor = m_content.dataset.actor(actorId);
        const QString name = actor ? actor->name : actorId;
        if (flags & (Made | Denied | Reacted)) {
            QString tip = tr("%1, %2: %3")
                                  .arg(name, statement->date.toDisplayString(), statement->text);
            if (!statement->quote.isEmpty())
                tip += u' ' + tr("“%1”", "a verbatim quote").arg(statement->quote);
            return tip;
        }
        return (flags & Silent)
                ? tr("%1 is what this claim is about, and never answered it").arg(name)
                : tr("%1 is what this claim is about").arg(name);
    }
    case StatementIdRole:
        return statementId;
    case StanceRole:
        if (statement && (flags & (Made | Denied | Reacted)))
            return int(statement->stance);
        return {};
    }
    return {};
}

qint64 StanceMatrixModel::sortNumber(const Row &row, int column) const
{
    const ClaimAnalysis &analysis = row.analysis;
    switch (column) {
    case ClaimColumn:
        return 0; // sorted by its text
    case DateColumn: {
        const QDate earliest = analysis.claim->date.earliest();
        return earliest.isValid() ? earliest.toJulianDay() : 0;
    }
    case AnswersColumn:
        return analysis.denials.size() * 1000 + analysis.reactions.size();
    case EvidenceColumn:
        return analysis.evidence.outlets;
    }
    return sortNumber(row.involvement(m_content.actorIds.value(column - FirstActorColumn)));
}

// Denials first, then claims, reactions, silent subjects, subjects, nothing.
int StanceMatrixModel::sortNumber(int flags)
{
    if (flags == 0)
        return 0;
    if (flags & Denied)
        return 5;
    if (flags & Made)
        return 4;
    if (flags & Reacted)
        return 3;
    return (flags & Silent) ? 2 : 1;
}

bool StanceMatrixModel::sortsBefore(int left, int right, int column) const
{
    const Row &a = m_content.rows.at(left);
    const Row &b = m_content.rows.at(right);
    if (column == ClaimColumn)
        return a.analysis.claim->text < b.analysis.claim->text;
    return sortNumber(a, column) < sortNumber(b, column);
}

QVariant StanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole && section >= 0 && section < rowCount()
                ? QVariant(section + 1)
                : QVariant();
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section >= FirstActorColumn) {
        const QString &actorId = m_content.actorIds.at(section - FirstActorColumn);
        if (role == ActorIdRole)
            return actorId;
        const Actor *actor = m_content.dataset.actor(actorId);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return actor ? actor->name : actorId;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case DateColumn:
        return tr("Date");
    case AnswersColumn:
        return tr("Answers");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}
