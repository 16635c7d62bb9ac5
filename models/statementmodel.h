#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>
#include <QHash>

// The statements of a dataset as a table, one row per statement in dataset order: date (as
// people write it), actor, stance, text, quote and sources. Roles give the typed values (the
// EDTF span, ids, the statements answered). Loading the same dispute again (a merge, its undo,
// a reload) updates rows in place with inserts and removals; another dispute resets.
class StatementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementModel)

public:
    enum Column {
        DateColumn,
        ActorColumn,
        StanceColumn,
        TextColumn,
        QuoteColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role {
        StatementIdRole = Qt::UserRole + 1,
        ActorIdRole,
        StanceRole,   // Stance as int
        EarliestRole, // QDate; invalid when the start is open or unknown
        LatestRole,   // QDate; invalid when the end is open or unknown
        IsSingleDayRole,
        RespondsToRole, // QStringList of statement ids
        AboutRole,      // QStringList of actor ids
        SourceIdsRole,  // QStringList of source ids
        SortKeyRole,    // chronological order, comparable with <
    };

    explicit StatementModel(QObject *parent = nullptr);

    void setDataset(const Dataset &dataset);
    const Dataset &dataset() const { return m_dataset; }

    QModelIndex indexForStatement(const QString &statementId, int column = TextColumn) const;
    const Statement *statementAt(int row) const;
    // The rows of the statements an actor made, in dataset order.
    QList<int> rowsForActor(const QString &actorId) const { return m_rowsOfActor.value(actorId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void indexRows();
    bool updateInPlace(const Dataset &dataset);
    QString actorName(const QString &actorId) const;
    QString sourceTitles(const Statement &statement) const;

    Dataset m_dataset;
    QHash<QString, QList<int>> m_rowsOfActor;
};
