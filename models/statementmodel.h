#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The statements of a dataset as a table, one row per statement in dataset order: date (as
// people write it), actor, stance, text, quote and sources. Roles give the typed values (the
// EDTF span, ids, the statements answered, a chronological sort key). Loading the same
// dispute again (a merge, its undo, a reload) updates the rows in place with removals,
// inserts, a layout change for reordered rows and dataChanged, so persistent indexes and a
// view's selection survive; another dispute resets the model. The case-folded search texts
// and each actor's rows are computed once per dataset (statementupdate.cpp holds the in-place
// update).
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
        RespondsToRole,  // QStringList of statement ids
        AboutRole,       // QStringList of actor ids
        SourceIdsRole,   // QStringList of source ids
        SortKeyRole,     // qint64, chronological; see sortKeyAt()
        EdtfRole,        // the date as EDTF text, e.g. "2026-02~"
        CredibilityRole, // Admiralty information grade 1-6; 0 when ungraded
        SearchTextRole,  // text, quote and actor name, case-folded (see SearchText)
    };

    explicit StatementModel(QObject *parent = nullptr);
    ~StatementModel() override;

    // Shows a dataset (its id lookups built with rebuildIndex()). A dataset with the id of the
    // one shown updates the rows in place; any other resets the model.
    void setDataset(const Dataset &dataset);
    const Dataset &dataset() const { return m_dataset; }

    // The row of a statement, or an invalid index for an unknown id.
    QModelIndex indexForStatement(const QString &statementId, int column = DateColumn) const;
    // The statement of a row, or nullptr; valid until the next setDataset().
    const Statement *statementAt(int row) const;
    // The rows of the statements an actor made, ascending; computed once per setDataset(), so
    // up to date once setDataset() returns.
    QList<int> rowsForActor(const QString &actorId) const { return m_rowsOfActor.value(actorId); }

    // Chronological order in one number: by earliest day (open or unknown first), then by
    // latest day (open or unknown last). Equal keys may still differ in EdtfDate's order.
    qint64 sortKeyAt(int row) const;
    // The name of the actor who made the statement; the actor id when the actor is unknown.
    QString actorNameAt(int row) const;
    // SearchTextRole without a QVariant, for the filter.
    QString searchTextAt(int row) const;
    // Titles of the statement's sources, in its order; the id where a source is unknown.
    QStringList sourceTitlesAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The search texts of a dataset's rows. With a previous version of the dataset, its texts
    // and where each statement was in it, the texts of rows whose text, quote and actor's name
    // stayed are reused.
    static QList<QString> searchTextsOf(const Dataset &dataset, const Dataset *previous = nullptr,
                                        const QList<QString> *previousTexts = nullptr,
                                        const QList<qsizetype> *wasAt = nullptr);
    bool updateInPlace(const Dataset &next);
    void removeGone(QList<qsizetype> &goesTo);
    void reorderKept(const QList<qsizetype> &goesTo);
    void insertNew(const QList<qsizetype> &wasAt, const QList<QString> &nextTexts);
    void reportChanged(const Dataset &previous, const QList<qsizetype> &wasAt);
    void indexActors();

    Dataset m_dataset;
    // Halfway through an in-place update, the rows shown, in the old and the new dataset;
    // otherwise the rows are the dataset's statements.
    QList<const Statement *> m_pendingRows;
    bool m_updating = false;
    bool m_uniqueIds = false;     // known: the dataset's statement ids are unique
    QList<QString> m_searchTexts; // by row, folded: text, quote and actor name
    QHash<QString, QList<int>> m_rowsOfActor;
};
