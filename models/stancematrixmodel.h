#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

// Who claims what, who denies it, and who stays silent, at a glance: one row per claim, then
// one column per actor involved in any claim. A cell says what that actor did with the claim -
// made it, denied it, reacted to it, or was its subject (and whether it ever answered) - in
// words, so it never relies on colour; StanceRole lets a view add the stance's shape, and
// StatementIdRole gives the statement behind the cell. The first columns give the claim, its date,
// its answers and its evidence.
class StanceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StanceMatrixModel)

public:
    enum Column { ClaimColumn, DateColumn, AnswersColumn, EvidenceColumn, FirstActorColumn };
    enum Role {
        StatementIdRole = Qt::UserRole + 1, // the statement a cell stands for
        ActorIdRole,                        // the actor of a column (header data)
        SortRole,                           // a value that sorts the column sensibly
        StanceRole, // the stance of the statement behind a cell (int), for its shape and colour
    };
    // What an actor did with a claim; a cell may hold several.
    enum Involvement { Made = 1, Denied = 2, Reacted = 4, Subject = 8, Silent = 16 };

    // One actor's part in a claim.
    struct Cell
    {
        QString actorId;
        int involvement = 0; // Involvement flags
        QString statementId; // the statement behind the cell
    };
    struct Row
    {
        ClaimAnalysis analysis;
        // The claimant, those who answered and the claim's subjects: a few, so a list is
        // quicker to make and to search than a hash.
        QList<Cell> cells;

        // The actor's cell; nullptr when it has no part in the claim.
        const Cell *cellOf(QStringView actorId) const;
        int involvement(QStringView actorId) const
        {
            const Cell *cell = cellOf(actorId);
            return cell ? cell->involvement : 0;
        }
    };
    // What the model shows of a dataset, worked out without the model, so that it can be done
    // on a worker thread.
    struct Content
    {
        Dataset dataset;
        QList<Row> rows;
        QHash<QString, int> rowOfClaim;
        QStringList actorIds; // the actor columns, in the actor tree's order
    };

    explicit StanceMatrixModel(QObject *parent = nullptr);

    // claims: analyseClaims(dataset).
    static Content contentOf(const Dataset &dataset, const QList<ClaimAnalysis> &claims);
    void setContent(Content content);
    void setDataset(const Dataset &dataset);
    int involvement(int row, int column) const;
    // The row of a claim, or -1 when the statement is no claim of the dataset.
    int rowOfClaim(const QString &statementId) const
    {
        return m_content.rowOfClaim.value(statementId, -1);
    }

    // Whether a row comes before another when sorted by a column, as their SortRole values
    // compare, without making a QVariant of either: sorting 40k claims compares a million times.
    bool sortsBefore(int left, int right, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant claimData(const Row &row, int column, int role) const;
    QVariant actorData(const Row &row, const QString &actorId, int role) const;
    qint64 sortNumber(const Row &row, int column) const;
    static int sortNumber(int flags);

    Content m_content;
};
