#include "modelfixtures.h"
#include "models/actortreemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ModelFixtures;

class TestActorTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheTreeInDatasetOrder();
    void typedAccessorsRoundTrip();
    void rolesAndHeaders();
    void countsClaimsAndDenials();
    void searchTextIsLowerCase();
    void mergeUpdatesInPlace();
    void undoRemovesRowsInPlace();
    void reparentMovesRows();
    void reparentBelowNewAndGoneActors();
    void sameDatasetSignalsNothing();
    void anotherDisputeResets();
    void badParentsStillShowEveryActor();
    void largeDataset();
};

namespace {

QString idOf(const QModelIndex &index)
{
    return index.data(ActorTreeModel::ActorIdRole).toString();
}

} // namespace

void TestActorTreeModel::buildsTheTreeInDatasetOrder()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDataset(base());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(childNames(model), QStringList({u"Media"_s, u"Automakers"_s, u"Government"_s}));
    const QModelIndex makers = model.indexForActor(u"makers"_s);
    QCOMPARE(childNames(model, makers), QStringList({u"Ford Motor Company"_s, u"Xiaomi"_s}));
    const QModelIndex ford = model.indexForActor(u"ford"_s);
    QCOMPARE(model.parent(ford), makers);
    QCOMPARE(childNames(model, ford), QStringList({u"Mark Truby"_s}));
    QCOMPARE(model.rowCount(model.indexForActor(u"truby"_s)), 0);
    QVERIFY(!model.parent(makers).isValid());
    QCOMPARE(model.dataset(), base());
}

void TestActorTreeModel::typedAccessorsRoundTrip()
{
    ActorTreeModel model;
    model.setDataset(merged());
    for (const Actor &actor : merged().actors) {
        const QModelIndex index = model.indexForActor(actor.id);
        QVERIFY2(index.isValid(), qPrintable(actor.id));
        QCOMPARE(model.actorAt(index)->id, actor.id);
        QVERIFY(*model.actorAt(index) == actor);
        QCOMPARE(idOf(index), actor.id);
        QCOMPARE(model.index(index.row(), 0, index.parent()), index);
        const QModelIndex claims = model.indexForActor(actor.id, ActorTreeModel::ClaimsColumn);
        QCOMPARE(claims, index.siblingAtColumn(ActorTreeModel::ClaimsColumn));
        QCOMPARE(model.actorAt(claims)->id, actor.id);
        const QModelIndex parent = model.parent(index);
        QCOMPARE(parent.isValid() ? idOf(parent) : QString(), actor.parent);
    }
    QVERIFY(!model.indexForActor(u"nobody"_s).isValid());
    QVERIFY(!model.indexForActor(u"ford"_s, ActorTreeModel::ColumnCount).isValid());
    QVERIFY(!model.actorAt(QModelIndex()));
    ActorTreeModel other;
    other.setDataset(merged());
    QVERIFY(!model.actorAt(other.indexForActor(u"ford"_s)));
}

void TestActorTreeModel::rolesAndHeaders()
{
    ActorTreeModel model;
    model.setDataset(base());
    const QModelIndex truby = model.indexForActor(u"truby"_s);
    QCOMPARE(truby.data(ActorTreeModel::KindRole).toInt(), int(ActorKind::Person));
    QCOMPARE(truby.data(ActorTreeModel::RoleRole).toString(), u"Chief Communications Officer"_s);
    const QString tip = truby.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Chief Communications Officer"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Person"_s), qPrintable(tip));
    QCOMPARE(model.indexForActor(u"xiaomi"_s).data(ActorTreeModel::AliasesRole).toStringList(),
             QStringList({u"小米"_s}));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Actor"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"Claims"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Denials"_s);
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(model.roleNames().contains(ActorTreeModel::SearchTextRole));
}

void TestActorTreeModel::countsClaimsAndDenials()
{
    ActorTreeModel model;
    model.setDataset(base());
    const QModelIndex ft = model.indexForActor(u"ft"_s);
    QCOMPARE(ft.siblingAtColumn(ActorTreeModel::ClaimsColumn).data().toInt(), 2);
    QCOMPARE(ft.data(ActorTreeModel::ClaimCountRole).toInt(), 2);
    QCOMPARE(ft.data(ActorTreeModel::DenialCountRole).toInt(), 0);
    QCOMPARE(ft.data(ActorTreeModel::StatementCountRole).toInt(), 2);
    // Zero is left blank in the view, and is still 0 in the role.
    QVERIFY(!ft.siblingAtColumn(ActorTreeModel::DenialsColumn).data().isValid());
    const QModelIndex truby = model.indexForActor(u"truby"_s, ActorTreeModel::DenialsColumn);
    QCOMPARE(truby.data().toInt(), 1);
    QCOMPARE(truby.data(ActorTreeModel::DenialCountRole).toInt(), 1);
    const QModelIndex commerce = model.indexForActor(u"commerce"_s);
    QCOMPARE(commerce.data(ActorTreeModel::StatementCountRole).toInt(), 2);
    QCOMPARE(commerce.data(ActorTreeModel::ClaimCountRole).toInt(), 0);
    // Counts are the actor's own, not its subtree's.
    QCOMPARE(model.indexForActor(u"ford"_s).data(ActorTreeModel::DenialCountRole).toInt(), 0);
}

void TestActorTreeModel::searchTextIsLowerCase()
{
    ActorTreeModel model;
    model.setDataset(base());
    const auto searchText = [&model](const QString &id) {
        return model.indexForActor(id).data(ActorTreeModel::SearchTextRole).toString();
    };
    QVERIFY(searchText(u"ford"_s).contains(u"ford motor company"_s));
    const QString truby = searchText(u"truby"_s);
    QVERIFY(truby.contains(u"mark truby"_s));
    QVERIFY(truby.contains(u"chief communications officer"_s));
    QVERIFY(truby.contains(u"calls the report false"_s));
    QVERIFY(truby.contains(u"completely false"_s));
    QCOMPARE(truby, truby.toLower());
    QVERIFY(searchText(u"ft"_s).contains(u"joint venture in the us"_s));
    QVERIFY(searchText(u"xiaomi"_s).contains(u"小米"_s));
}

void TestActorTreeModel::mergeUpdatesInPlace()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex truby = model.indexForActor(u"truby"_s);
    const QPersistentModelIndex xiaomi = model.indexForActor(u"xiaomi"_s);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(xiaomi, QItemSelectionModel::ClearAndSelect);
    ModelSpies spies(&model);

    model.setDataset(merged());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.removals.count(), 0);
    QCOMPARE(spies.moves.count(), 0);
    // One insert per parent: Analysts at the top, An analyst, Bernstein, Jim Farley.
    QCOMPARE(spies.inserts.count(), 4);
    QVERIFY(truby.isValid());
    QCOMPARE(model.actorAt(truby)->id, u"truby"_s);
    QCOMPARE(QModelIndex(truby), model.indexForActor(u"truby"_s));
    QVERIFY(xiaomi.isValid());
    QCOMPARE(model.actorAt(xiaomi)->id, u"xiaomi"_s);
    QCOMPARE(selection.currentIndex(), model.indexForActor(u"xiaomi"_s));
    QVERIFY(selection.isSelected(model.indexForActor(u"xiaomi"_s)));

    // New actors are appended below their parents, a new parent with its new child.
    QCOMPARE(childNames(model),
             QStringList({u"Media"_s, u"Automakers"_s, u"Government"_s, u"Analysts"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"media"_s)),
             QStringList({u"Financial Times"_s, u"An analyst"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"ford"_s)),
             QStringList({u"Mark Truby"_s, u"Jim Farley"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"analysts"_s)), QStringList({u"Bernstein"_s}));

    // Xiaomi changed (a description, a new denial), FT's statement text changed; Truby did not.
    QVERIFY(spies.changed(xiaomi));
    QVERIFY(spies.changed(model.indexForActor(u"ft"_s)));
    QVERIFY(!spies.changed(truby));
    QCOMPARE(xiaomi.data(ActorTreeModel::DenialCountRole).toInt(), 1);
    QCOMPARE(model.indexForActor(u"farley"_s).data(ActorTreeModel::StatementCountRole).toInt(), 1);
    QCOMPARE(model.dataset(), merged());
}

void TestActorTreeModel::undoRemovesRowsInPlace()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    model.setDataset(merged());
    const QPersistentModelIndex xiaomi = model.indexForActor(u"xiaomi"_s);
    const QPersistentModelIndex commerce = model.indexForActor(u"commerce"_s);
    const QPersistentModelIndex farley = model.indexForActor(u"farley"_s);
    const QPersistentModelIndex bernstein = model.indexForActor(u"bernstein"_s);
    ModelSpies spies(&model);

    model.setDataset(base());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.inserts.count(), 0);
    // An analyst, Jim Farley, and Analysts with Bernstein below it.
    QCOMPARE(spies.removals.count(), 3);
    QVERIFY(!farley.isValid());
    QVERIFY(!bernstein.isValid());
    QVERIFY(!model.indexForActor(u"analysts"_s).isValid());
    QVERIFY(!model.indexForActor(u"bernstein"_s).isValid());
    QVERIFY(xiaomi.isValid());
    QCOMPARE(model.actorAt(xiaomi)->id, u"xiaomi"_s);
    QCOMPARE(commerce.data().toString(), u"Commerce Department"_s);
    QVERIFY(spies.changed(xiaomi));
    QCOMPARE(xiaomi.data(ActorTreeModel::DenialCountRole).toInt(), 0);
    QCOMPARE(childNames(model), QStringList({u"Media"_s, u"Automakers"_s, u"Government"_s}));

    // And the merge again, into the node slots the undo freed.
    model.setDataset(merged());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(childNames(model, model.indexForActor(u"analysts"_s)), QStringList({u"Bernstein"_s}));
    QCOMPARE(model.actorAt(model.indexForActor(u"bernstein"_s))->id, u"bernstein"_s);
    QCOMPARE(model.actorAt(xiaomi)->id, u"xiaomi"_s);
}

void TestActorTreeModel::reparentMovesRows()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex ford = model.indexForActor(u"ford"_s);
    const QPersistentModelIndex truby = model.indexForActor(u"truby"_s);
    ModelSpies spies(&model);

    Dataset moved = base();
    moved.actors[3].parent = u"media"_s; // Ford, with Mark Truby below it, moves to Media
    moved.rebuildIndex();
    model.setDataset(moved);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.removals.count(), 0);
    QCOMPARE(spies.moves.count(), 1);
    QCOMPARE(childNames(model, model.indexForActor(u"media"_s)),
             QStringList({u"Financial Times"_s, u"Ford Motor Company"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"makers"_s)), QStringList({u"Xiaomi"_s}));
    QVERIFY(ford.isValid());
    QCOMPARE(model.actorAt(ford)->id, u"ford"_s);
    QCOMPARE(idOf(ford.parent()), u"media"_s);
    QCOMPARE(idOf(truby.parent()), u"ford"_s);

    // To the top level and back.
    moved.actors[3].parent.clear();
    moved.rebuildIndex();
    model.setDataset(moved);
    QVERIFY(!ford.parent().isValid());
    model.setDataset(base());
    QCOMPARE(idOf(ford.parent()), u"makers"_s);
    QCOMPARE(spies.moves.count(), 3);
    QCOMPARE(spies.resets.count(), 0);
    QVERIFY(truby.isValid());
}

void TestActorTreeModel::reparentBelowNewAndGoneActors()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex xiaomi = model.indexForActor(u"xiaomi"_s);

    // Xiaomi moves below a new group, which is inserted first.
    Dataset grouped = base();
    grouped.actors.append(
            makeActor(u"china"_s, u"Chinese makers"_s, ActorKind::Group, u"makers"_s));
    grouped.actors[5].parent = u"china"_s;
    grouped.rebuildIndex();
    ModelSpies spies(&model);
    model.setDataset(grouped);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.inserts.count(), 1);
    QCOMPARE(spies.moves.count(), 1);
    QVERIFY(xiaomi.isValid());
    QCOMPARE(idOf(xiaomi.parent()), u"china"_s);
    QCOMPARE(childNames(model, model.indexForActor(u"makers"_s)),
             QStringList({u"Ford Motor Company"_s, u"Chinese makers"_s}));

    // The undo: the group goes, and Xiaomi moves back out of it first, keeping its index.
    model.setDataset(base());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.removals.count(), 1);
    QCOMPARE(spies.moves.count(), 2);
    QVERIFY(xiaomi.isValid());
    QCOMPARE(idOf(xiaomi.parent()), u"makers"_s);
    QCOMPARE(childNames(model, model.indexForActor(u"makers"_s)),
             QStringList({u"Ford Motor Company"_s, u"Xiaomi"_s}));

    // A parent and its child swap places.
    Dataset swapped = base();
    swapped.actors[4].parent = u"makers"_s; // Truby
    swapped.actors[3].parent = u"truby"_s;  // Ford
    swapped.rebuildIndex();
    model.setDataset(swapped);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(idOf(model.indexForActor(u"ford"_s).parent()), u"truby"_s);
    QCOMPARE(idOf(model.indexForActor(u"truby"_s).parent()), u"makers"_s);
}

void TestActorTreeModel::sameDatasetSignalsNothing()
{
    ActorTreeModel model;
    model.setDataset(merged());
    ModelSpies spies(&model);
    model.setDataset(merged());
    QCOMPARE(spies.total(), 0);
}

void TestActorTreeModel::anotherDisputeResets()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex ford = model.indexForActor(u"ford"_s);
    ModelSpies spies(&model);
    model.setDataset(otherDispute());
    QCOMPARE(spies.resets.count(), 1);
    QCOMPARE(spies.inserts.count(), 0);
    QVERIFY(!ford.isValid());
    QCOMPARE(childNames(model), QStringList({u"小米集团"_s}));
    model.setDataset(base());
    QCOMPARE(spies.resets.count(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestActorTreeModel::badParentsStillShowEveryActor()
{
    // The reader refuses these; the model must still terminate and show every actor once.
    Dataset bad;
    bad.id = u"bad"_s;
    bad.actors = {makeActor(u"a"_s, u"A"_s, ActorKind::Group, u"b"_s),
                  makeActor(u"b"_s, u"B"_s, ActorKind::Group, u"a"_s),
                  makeActor(u"self"_s, u"Self"_s, ActorKind::Group, u"self"_s),
                  makeActor(u"orphan"_s, u"Orphan"_s, ActorKind::Person, u"missing"_s)};
    bad.rebuildIndex();
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(bad);
    for (const Actor &actor : std::as_const(bad.actors))
        QVERIFY2(model.indexForActor(actor.id).isValid(), qPrintable(actor.id));
    QCOMPARE(childNames(model), QStringList({u"B"_s, u"Self"_s, u"Orphan"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"b"_s)), QStringList({u"A"_s}));
}

void TestActorTreeModel::largeDataset()
{
    // 10 groups of 49 actors each, and 100,000 statements spread over them.
    Dataset big;
    big.id = u"big"_s;
    for (int g = 0; g < 10; ++g) {
        const QString group = u"g%1"_s.arg(g);
        big.actors.append(makeActor(group, u"Group %1"_s.arg(g), ActorKind::Group));
        for (int a = 0; a < 49; ++a)
            big.actors.append(makeActor(u"%1-%2"_s.arg(group).arg(a), u"Actor %1"_s.arg(a),
                                        ActorKind::Person, group));
    }
    const EdtfDate date = edtf(u"2026-02");
    for (int s = 0; s < 100'000; ++s) {
        Statement statement;
        statement.id = u"s%1"_s.arg(s);
        statement.actor = big.actors.at(s % big.actors.size()).id;
        statement.stance = s % 3 == 0 ? Stance::Denial : Stance::Claim;
        statement.date = date;
        statement.text = u"Statement number %1"_s.arg(s);
        big.statements.append(statement);
    }
    big.rebuildIndex();
    ActorTreeModel model;
    model.setDataset(big);
    QCOMPARE(model.rowCount(), 10);
    int statements = 0;
    int denials = 0;
    for (const Actor &actor : std::as_const(big.actors)) {
        const QModelIndex index = model.indexForActor(actor.id);
        statements += index.data(ActorTreeModel::StatementCountRole).toInt();
        denials += index.data(ActorTreeModel::DenialCountRole).toInt();
    }
    QCOMPARE(statements, 100'000);
    QCOMPARE(denials, 33'334);
    QVERIFY(model.indexForActor(u"g0-0"_s)
                    .data(ActorTreeModel::SearchTextRole)
                    .toString()
                    .contains(u"statement number 501"_s));

    // A merge of one more actor stays in place.
    const QPersistentModelIndex kept = model.indexForActor(u"g9-48"_s);
    big.actors.append(makeActor(u"late"_s, u"Late"_s, ActorKind::Person, u"g9"_s));
    big.rebuildIndex();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDataset(big);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.actorAt(kept)->id, u"g9-48"_s);
    QCOMPARE(model.rowCount(model.indexForActor(u"g9"_s)), 50);
}

QTEST_GUILESS_MAIN(TestActorTreeModel)
#include "tst_actortreemodel.moc"
