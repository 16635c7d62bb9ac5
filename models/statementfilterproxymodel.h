#pragma once

#include "models/dataset.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

class StatementModel;

// Filters and sorts a StatementModel. A statement stays when it passes every filter: a search
// text (in its text, its quote or its actor's name, ignoring case: see SearchText), a set of
// stances, the actor who made it and a date range its span must intersect (an open or unknown end,
// of the span or of the range, counts as unbounded). Sorting the date column sorts chronologically;
// the stance column sorts in the order of the Stance enumeration.
class StatementFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementFilterProxyModel)

public:
    explicit StatementFilterProxyModel(QObject *parent = nullptr);
    ~StatementFilterProxyModel() override;

    static QSet<Stance> allStances();

    QString searchText() const { return m_searchText; }
    // An empty text shows every statement; leading and trailing spaces do not count.
    void setSearchText(const QString &text);

    QSet<Stance> stances() const { return m_stances; }
    // The stances shown; all of them at first, none for an empty set.
    void setStances(const QSet<Stance> &stances);

    QString actorId() const { return m_actorId; }
    // Only the statements this actor made; an empty id shows every actor's.
    void setActorId(const QString &actorId);

    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    // Both days count as inside; an invalid date leaves that side unbounded. Swapped when
    // from is after to.
    void setDateRange(const QDate &from, const QDate &to);

    // Shows every statement again.
    void clearFilters();

    // A StatementModel takes a fast path; any other model is read through the roles.
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const StatementModel *statementModel() const;
    bool accepts(Stance stance, const QString &actorId, const QDate &earliest, const QDate &latest,
                 const QString &searchText) const;

    const StatementModel *m_statementModel = nullptr;
    QString m_searchText; // case-folded, trimmed
    QSet<Stance> m_stances = allStances();
    quint32 m_stanceBits = 0; // bit n set when Stance(n) is shown
    QString m_actorId;
    QDate m_from;
    QDate m_to;
};
