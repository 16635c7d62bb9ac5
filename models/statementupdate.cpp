#include "models/statementmodel.h"

#include "models/searchtext.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <utility>

// The search texts of StatementModel, and its in-place update for a new version of the
// dataset shown.

namespace {

// True when every statement id names exactly one statement, so that ids can identify rows.
bool hasUniqueStatementIds(const Dataset &dataset)
{
    for (qsizetype i = 0; i < dataset.statements.size(); ++i) {
        if (dataset.statementIndex(dataset.statements.at(i).id) != i)
            return false;
    }
    return true;
}

// Ids of the actors whose name a statement would show differently: renamed, new or gone.
QSet<QString> renamedActors(const Dataset &previous, const Dataset &next)
{
    QSet<QString> renamed;
    for (const Actor &actor : next.actors) {
        const Actor *before = previous.actor(actor.id);
        if (!before || before->name != actor.name)
            renamed.insert(actor.id);
    }
    for (const Actor &actor : previous.actors) {
        if (!next.actor(actor.id))
            renamed.insert(actor.id);
    }
    return renamed;
}

// Ids of the sources whose title a statement would show differently: retitled, new or gone.
QSet<QString> retitledSources(const Dataset &previous, const Dataset &next)
{
    QSet<QString> retitled;
    for (const Source &source : next.sources) {
        const Source *before = previous.source(source.id);
        if (!before || before->title != source.title)
            retitled.insert(source.id);
    }
    for (const Source &source : previous.sources) {
        if (!next.source(source.id))
            retitled.insert(source.id);
    }
    return retitled;
}

} // namespace

QList<QString> StatementModel::searchTextsOf(const Dataset &dataset, const Dataset *previous,
                                             const QList<QString> *previousTexts,
                                             const QList<qsizetype> *wasAt)
{
    const bool reuse = previous && previousTexts && wasAt;
    QSet<QString> renamed;
    if (reuse)
        renamed = renamedActors(*previous, dataset);
    QList<QString> texts(dataset.statements.size());
    for (qsizetype i = 0; i < dataset.statements.size(); ++i) {
        const Statement &statement = dataset.statements.at(i);
        const qsizetype was = reuse ? wasAt->at(i) : -1;
        if (was >= 0) {
            const Statement &before = previous->statements.at(was);
            if (before.text == statement.text && before.quote == statement.quote
                && before.actor == statement.actor && !renamed.contains(statement.actor)) {
                texts[i] = previousTexts->at(was);
                continue;
            }
        }
        const Actor *actor = dataset.actor(statement.actor);
        const QString &name = actor ? actor->name : statement.actor;
        QString &text = texts[i];
        text.reserve(statement.text.size() + statement.quote.size() + name.size() + 2);
        text.append(statement.text)
                .append(u'\n')
                .append(statement.quote)
                .append(u'\n')
                .append(name);
        SearchText::foldInPlace(text);
    }
    return texts;
}

// In place, in steps that each leave the model consistent. The new dataset serves the names
// and titles at once; the rows follow: remove those of statements that are gone; if the
// statements that stay changed their order, reorder them with a layout change; insert the new
// statements where the new list has them; then report the rows whose content changed. False
// (nothing done) when ids are not unique: then the caller resets.
bool StatementModel::updateInPlace(const Dataset &next)
{
    if ((!m_uniqueIds && !hasUniqueStatementIds(m_dataset)) || !hasUniqueStatementIds(next))
        return false;
    const Dataset previous = std::exchange(m_dataset, next);
    const QList<Statement> &before = previous.statements;
    const QList<Statement> &after = m_dataset.statements;
    // Where each statement was, and where it goes: one lookup each, for every step.
    QList<qsizetype> wasAt(after.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        wasAt[i] = previous.statementIndex(after.at(i).id);
    QList<qsizetype> goesTo(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        goesTo[i] = m_dataset.statementIndex(before.at(i).id);
    const QList<QString> nextTexts = searchTextsOf(m_dataset, &previous, &m_searchTexts, &wasAt);

    m_pendingRows.resize(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        m_pendingRows[i] = &before.at(i);
    m_updating = true;
    removeGone(goesTo);
    reorderKept(goesTo);
    insertNew(wasAt, nextTexts);
    m_updating = false;
    m_pendingRows.clear();

    m_uniqueIds = true;
    m_searchTexts = nextTexts;
    indexActors();
    reportChanged(previous, wasAt);
    return true;
}

void StatementModel::reportChanged(const Dataset &previous, const QList<qsizetype> &wasAt)
{
    const QSet<QString> renamed = renamedActors(previous, m_dataset);
    const QSet<QString> retitled = retitledSources(previous, m_dataset);
    const auto changed = [&](int row) {
        const qsizetype was = wasAt.at(row);
        if (was < 0)
            return false; // inserted, not changed
        const Statement &statement = m_dataset.statements.at(row);
        if (previous.statements.at(was) != statement || renamed.contains(statement.actor))
            return true;
        return std::any_of(statement.sources.cbegin(), statement.sources.cend(),
                           [&retitled](const QString &id) { return retitled.contains(id); });
    };
    const int count = int(m_dataset.statements.size());
    for (int row = 0; row < count; ++row) {
        if (!changed(row))
            continue;
        int last = row;
        while (last + 1 < count && changed(last + 1))
            ++last;
        emit dataChanged(index(row, 0), index(last, ColumnCount - 1));
        row = last;
    }
}

// goesTo holds, by row, the row's position in the new list, -1 when it is gone.
void StatementModel::removeGone(QList<qsizetype> &goesTo)
{
    // Runs from the end, so that the rows of the runs still to remove stay valid.
    for (int row = int(goesTo.size()) - 1; row >= 0; --row) {
        if (goesTo.at(row) >= 0)
            continue;
        int first = row;
        while (first > 0 && goesTo.at(first - 1) < 0)
            --first;
        const int count = row - first + 1;
        beginRemoveRows({}, first, row);
        m_pendingRows.remove(first, count);
        m_searchTexts.remove(first, count);
        goesTo.remove(first, count);
        endRemoveRows();
        row = first;
    }
}

void StatementModel::reorderKept(const QList<qsizetype> &goesTo)
{
    if (std::is_sorted(goesTo.cbegin(), goesTo.cend()))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int count = int(goesTo.size());
    QList<int> oldRowOf(count); // by new row
    std::iota(oldRowOf.begin(), oldRowOf.end(), 0);
    std::sort(oldRowOf.begin(), oldRowOf.end(),
              [&goesTo](int a, int b) { return goesTo.at(a) < goesTo.at(b); });
    QList<int> newRowOf(count);
    QList<const Statement *> rows(count);
    QList<QString> texts(count);
    for (int row = 0; row < count; ++row) {
        newRowOf[oldRowOf.at(row)] = row;
        rows[row] = m_pendingRows.at(oldRowOf.at(row));
        texts[row] = m_searchTexts.at(oldRowOf.at(row));
    }
    m_pendingRows = std::move(rows);
    m_searchTexts = std::move(texts);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(this->index(newRowOf.at(index.row()), index.column()));
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// wasAt holds, by position in the new list, the statement's position in the old one, or -1.
void StatementModel::insertNew(const QList<qsizetype> &wasAt, const QList<QString> &nextTexts)
{
    // The kept rows are in the new order now; every other statement of the new list is new.
    const QList<Statement> &next = m_dataset.statements;
    const int count = int(next.size());
    for (int row = 0; row < count;) {
        if (wasAt.at(row) >= 0) {
            ++row;
            continue;
        }
        int end = row + 1;
        while (end < count && wasAt.at(end) < 0)
            ++end;
        beginInsertRows({}, row, end - 1);
        m_pendingRows.insert(row, end - row, nullptr);
        m_searchTexts.insert(row, end - row, QString());
        for (int i = row; i < end; ++i) {
            m_pendingRows[i] = &next.at(i);
            m_searchTexts[i] = nextTexts.at(i);
        }
        endInsertRows();
        row = end;
    }
}
