#pragma once

#include "models/dataset.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

// Filters and sorts a StatementModel: by a search text (statement text, quote, actor name,
// ignoring case), by stances, by the actor who made them and by a date range that a
// statement's span must intersect (an open or unknown end counts as unbounded). Sorting the
// date column sorts chronologically.
class StatementFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementFilterProxyModel)

public:
    explicit StatementFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // An empty set shows every stance.
    void setStances(const QSet<Stance> &stances);
    // An empty id shows every actor.
    void setActor(const QString &actorId);
    // An invalid date leaves that side unbounded.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText; // lower case, trimmed
    QSet<Stance> m_stances;
    QString m_actorId;
    QDate m_from;
    QDate m_to;
};
