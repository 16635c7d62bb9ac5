#pragma once

#include "datasetbuilders.h"
#include "models/dataset.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QStringList>

// Small datasets built in code for the item model tests, shaped like a dispute and its merge:
//
//   base():   Media > Financial Times            merged(): adds An analyst (Media),
//             Automakers > Ford > Mark Truby                Jim Farley (Ford), and a new
//                        > Xiaomi                           root Analysts > Bernstein; adds
//             Government > Commerce Department              3 statements, changes 1 and
//                                                           Xiaomi's description.
namespace ModelFixtures {

using namespace Qt::Literals::StringLiterals;

inline Source source(const QString &id, const QString &title)
{
    Source s;
    s.id = id;
    s.title = title;
    return s;
}

inline Dataset base()
{
    Dataset d;
    d.id = u"ford-xiaomi"_s;
    d.title = u"Ford and Xiaomi"_s;
    d.actors
            = {makeActor(u"media"_s, u"Media"_s, ActorKind::Group),
               makeActor(u"ft"_s, u"Financial Times"_s, ActorKind::Media, u"media"_s),
               makeActor(u"makers"_s, u"Automakers"_s, ActorKind::Group),
               makeActor(u"ford"_s, u"Ford Motor Company"_s, ActorKind::Organization, u"makers"_s),
               makeActor(u"truby"_s, u"Mark Truby"_s, ActorKind::Person, u"ford"_s),
               makeActor(u"xiaomi"_s, u"Xiaomi"_s, ActorKind::Organization, u"makers"_s),
               makeActor(u"gov"_s, u"Government"_s, ActorKind::Group),
               makeActor(u"commerce"_s, u"Commerce Department"_s, ActorKind::Government, u"gov"_s)};
    d.actors[3].aliases = {u"Ford"_s};
    d.actors[4].role = u"Chief Communications Officer"_s;
    d.actors[5].aliases = {u"小米"_s};
    d.sources = {source(u"ft-report"_s, u"Financial Times report"_s),
                 source(u"ford-x-post"_s, u"Mark Truby's post on X"_s)};
    d.statements = {
            makeStatement(u"ft-jv"_s, u"ft"_s, Stance::Claim, u"2026-02-01"_s,
                          u"Ford and Xiaomi discuss a Joint Venture in the US."_s),
            makeStatement(u"truby-denial"_s, u"truby"_s, Stance::Denial, u"2026-02-02"_s,
                          u"Ford's communications chief calls the report false."_s),
            makeStatement(u"ft-byd"_s, u"ft"_s, Stance::Claim, u"2025-11"_s,
                          u"Ford also held talks with BYD."_s),
            makeStatement(u"commerce-rule"_s, u"commerce"_s, Stance::Context, u"2024-10/2025-03"_s,
                          u"Rules restrict connected-vehicle software from China."_s),
            makeStatement(u"xiaomi-status"_s, u"xiaomi"_s, Stance::Status, u"2026-02-01/.."_s,
                          u"Xiaomi has not commented."_s),
            makeStatement(u"history"_s, u"commerce"_s, Stance::Context, u"../2024-06-30"_s,
                          u"Earlier limits on Chinese suppliers."_s),
    };
    d.statements[0].quote = u"a joint venture"_s;
    d.statements[0].sources = {u"ft-report"_s};
    d.statements[1].quote = u"completely false"_s;
    d.statements[1].sources = {u"ford-x-post"_s, u"ft-report"_s};
    d.statements[1].respondsTo = {u"ft-jv"_s};
    d.statements[1].about = {u"ford"_s, u"xiaomi"_s};
    d.statements[1].credibility = 2;
    d.rebuildIndex();
    return d;
}

inline Dataset merged()
{
    Dataset d = base();
    d.actors.append(makeActor(u"analyst"_s, u"An analyst"_s, ActorKind::Person, u"media"_s));
    d.actors.append(makeActor(u"farley"_s, u"Jim Farley"_s, ActorKind::Person, u"ford"_s));
    d.actors.append(makeActor(u"analysts"_s, u"Analysts"_s, ActorKind::Group));
    d.actors.append(makeActor(u"bernstein"_s, u"Bernstein"_s, ActorKind::Media, u"analysts"_s));
    d.actors[5].description = u"Chinese electronics maker."_s;
    d.statements[2].text = u"Ford also held battery talks with BYD."_s;
    d.statements.append(makeStatement(u"xiaomi-denial"_s, u"xiaomi"_s, Stance::Denial,
                                      u"2026-02-03"_s,
                                      u"Xiaomi says it will not sell cars in the US."_s));
    d.statements.append(makeStatement(u"farley-praise"_s, u"farley"_s, Stance::Reaction,
                                      u"2026-02"_s,
                                      u"Farley praises the Chinese electric cars he drives."_s));
    d.statements.append(makeStatement(u"bernstein-note"_s, u"bernstein"_s, Stance::Context,
                                      u"2025"_s, u"Analysts see battery costs falling."_s));
    d.rebuildIndex();
    return d;
}

inline Dataset otherDispute()
{
    Dataset d;
    d.id = u"other"_s;
    d.title = u"Another dispute"_s;
    d.actors = {makeActor(u"solo"_s, u"小米集团"_s, ActorKind::Organization)};
    d.statements = {makeStatement(u"only"_s, u"solo"_s, Stance::Claim, u"2026"_s, u"Alone."_s)};
    d.rebuildIndex();
    return d;
}

// The display texts of column 0 of a parent's rows.
inline QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

// The texts of one role in column 0, top level only (for tables).
inline QStringList columnOf(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

// The change signals of a model, to tell an in-place update from a reset.
struct ModelSpies
{
    explicit ModelSpies(const QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserts(model, &QAbstractItemModel::rowsInserted)
        , removals(model, &QAbstractItemModel::rowsRemoved)
        , moves(model, &QAbstractItemModel::rowsMoved)
        , changes(model, &QAbstractItemModel::dataChanged)
        , layouts(model, &QAbstractItemModel::layoutChanged)
    { }

    int total() const
    {
        return int(resets.count() + inserts.count() + removals.count() + moves.count()
                   + changes.count() + layouts.count());
    }

    // Whether a dataChanged covered the row of an index.
    bool changed(const QModelIndex &index) const
    {
        for (const QList<QVariant> &args : changes) {
            const QModelIndex first = args.at(0).toModelIndex();
            const QModelIndex last = args.at(1).toModelIndex();
            if (first.parent() == index.parent() && first.row() <= index.row()
                && index.row() <= last.row())
                return true;
        }
        return false;
    }

    // The top-level rows dataChanged named, in order.
    QList<int> changedRows() const
    {
        QList<int> rows;
        for (const QList<QVariant> &args : changes) {
            const int last = args.at(1).toModelIndex().row();
            for (int row = args.at(0).toModelIndex().row(); row <= last; ++row)
                rows.append(row);
        }
        return rows;
    }

    QSignalSpy resets;
    QSignalSpy inserts;
    QSignalSpy removals;
    QSignalSpy moves;
    QSignalSpy changes;
    QSignalSpy layouts;
};

} // namespace ModelFixtures
