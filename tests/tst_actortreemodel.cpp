#include "datasetbuilders.h"
#include "models/actorfilterproxymodel.h"
#include "models/actortreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestActorTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheTree();
    void countsClaimsAndDenials();
    void mergeInsertsRowsWithoutReset();
    void undoRemovesRowsWithoutReset();
    void reparentMovesTheSubtree();
    void anotherDisputeResets();
    void filterKeepsParentsOfMatches_data();
    void filterKeepsParentsOfMatches();
};

namespace {

Dataset base()
{
    Dataset d;
    d.id = u"dispute"_s;
    d.title = u"Dispute"_s;
    d.actors = {makeActor(u"media"_s, u"Media"_s, ActorKind::Group),
                makeActor(u"ft"_s, u"Financial Times"_s, ActorKind::Media, u"media"_s),
                makeActor(u"makers"_s, u"Automakers"_s, ActorKind::Group),
                makeActor(u"ford"_s, u"Ford Motor Company"_s, ActorKind::Organization, u"makers"_s),
                makeActor(u"truby"_s, u"Mark Truby"_s, ActorKind::Person, u"ford"_s),
                makeActor(u"xiaomi"_s, u"Xiaomi"_s, ActorKind::Organization, u"makers"_s)};
    d.actors[3].aliases = {u"Ford"_s};
    d.actors[4].role = u"Chief Communications Officer"_s;
    d.statements = {
            makeStatement(u"jv"_s, u"ft"_s, Stance::Claim, u"2026-02",
                          u"A joint venture in the US."_s),
            makeStatement(u"byd"_s, u"ft"_s, Stance::Claim, u"2026-02", u"Talks with BYD."_s),
            makeStatement(u"no"_s, u"truby"_s, Stance::Denial, u"2026-02", u"Completely false."_s)};
    d.rebuildIndex();
    return d;
}

Dataset merged()
{
    Dataset d = base();
    d.actors.append(makeActor(u"analyst"_s, u"An analyst"_s, ActorKind::Person, u"media"_s));
    d.actors.append(makeActor(u"farley"_s, u"Jim Farley"_s, ActorKind::Person, u"ford"_s));
    d.actors[5].description = u"Changed."_s;
    d.statements.append(makeStatement(u"x-no"_s, u"xiaomi"_s, Stance::Denial, u"2026-02",
                                      u"Not selling in the US."_s));
    d.rebuildIndex();
    return d;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

} // namespace

void TestActorTreeModel::buildsTheTree()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QCOMPARE(childNames(model), QStringList({u"Media"_s, u"Automakers"_s}));
    const QModelIndex ford = model.indexForActor(u"ford"_s);
    QCOMPARE(ford.data().toString(), u"Ford Motor Company"_s);
    QCOMPARE(childNames(model, ford), QStringList({u"Mark Truby"_s}));
    QCOMPARE(model.parent(ford), model.indexForActor(u"makers"_s));
    QCOMPARE(model.actorAt(ford)->id, u"ford"_s);
    QCOMPARE(ford.data(ActorTreeModel::KindRole).toInt(), int(ActorKind::Organization));
    QCOMPARE(model.indexForActor(u"truby"_s).data(ActorTreeModel::RoleRole).toString(),
             u"Chief Communications Officer"_s);
    QVERIFY(!model.indexForActor(u"nobody"_s).isValid());
    QVERIFY(!model.actorAt(QModelIndex()));
}

void TestActorTreeModel::countsClaimsAndDenials()
{
    ActorTreeModel model;
    model.setDataset(base());
    const QModelIndex ft = model.indexForActor(u"ft"_s);
    QCOMPARE(model.index(ft.row(), ActorTreeModel::ClaimsColumn, ft.parent()).data().toInt(), 2);
    // Zero is left blank in the view, and still 0 in the role.
    QVERIFY(!model.index(ft.row(), ActorTreeModel::DenialsColumn, ft.parent()).data().isValid());
    QCOMPARE(ft.data(ActorTreeModel::DenialCountRole).toInt(), 0);
    QCOMPARE(model.indexForActor(u"truby"_s).data(ActorTreeModel::DenialCountRole).toInt(), 1);
    QCOMPARE(ft.data(ActorTreeModel::StatementCountRole).toInt(), 2);
}

void TestActorTreeModel::mergeInsertsRowsWithoutReset()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex truby = model.indexForActor(u"truby"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.setDataset(merged());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 2);
    QVERIFY(truby.isValid());
    QCOMPARE(truby.data().toString(), u"Mark Truby"_s);
    QCOMPARE(childNames(model, model.indexForActor(u"ford"_s)),
             QStringList({u"Mark Truby"_s, u"Jim Farley"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"media"_s)),
             QStringList({u"Financial Times"_s, u"An analyst"_s}));
    // Xiaomi changed (a description and a new denial): its row reports it.
    const QModelIndex xiaomi = model.indexForActor(u"xiaomi"_s);
    QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [&xiaomi](const QList<QVariant> &args) {
        return args.at(0).toModelIndex() == xiaomi;
    }));
    QCOMPARE(xiaomi.data(ActorTreeModel::DenialCountRole).toInt(), 1);
}

void TestActorTreeModel::undoRemovesRowsWithoutReset()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(merged());
    const QPersistentModelIndex xiaomi = model.indexForActor(u"xiaomi"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    model.setDataset(base());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 2);
    QVERIFY(!model.indexForActor(u"farley"_s).isValid());
    QVERIFY(!model.indexForActor(u"analyst"_s).isValid());
    QVERIFY(xiaomi.isValid());
    QCOMPARE(xiaomi.data(ActorTreeModel::DenialCountRole).toInt(), 0);
}

void TestActorTreeModel::reparentMovesTheSubtree()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    Dataset moved = base();
    moved.actors[3].parent = u"media"_s; // Ford, with Mark Truby under it, moves to Media
    moved.rebuildIndex();
    model.setDataset(moved);
    QCOMPARE(childNames(model, model.indexForActor(u"media"_s)),
             QStringList({u"Financial Times"_s, u"Ford Motor Company"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"makers"_s)), QStringList({u"Xiaomi"_s}));
    QCOMPARE(childNames(model, model.indexForActor(u"ford"_s)), QStringList({u"Mark Truby"_s}));
}

void TestActorTreeModel::anotherDisputeResets()
{
    ActorTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Dataset other;
    other.id = u"other"_s;
    other.title = u"Other"_s;
    other.actors = {makeActor(u"solo"_s, u"小米"_s, ActorKind::Organization)};
    other.rebuildIndex();
    model.setDataset(other);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(childNames(model), QStringList({u"小米"_s}));
}

void TestActorTreeModel::filterKeepsParentsOfMatches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("roots");
    QTest::addColumn<QStringList>("underMakers");

    QTest::addRow("empty shows all") << QString() << QStringList {u"Media"_s, u"Automakers"_s}
                                     << QStringList {u"Ford Motor Company"_s, u"Xiaomi"_s};
    QTest::addRow("name") << u"xiao"_s << QStringList {u"Automakers"_s}
                          << QStringList {u"Xiaomi"_s};
    QTest::addRow("statement text, any case") << u"COMPLETELY"_s << QStringList {u"Automakers"_s}
                                              << QStringList {u"Ford Motor Company"_s};
    QTest::addRow("role") << u"communications"_s << QStringList {u"Automakers"_s}
                          << QStringList {u"Ford Motor Company"_s};
    QTest::addRow("nothing") << u"zzz"_s << QStringList() << QStringList();
}

void TestActorTreeModel::filterKeepsParentsOfMatches()
{
    QFETCH(QString, search);
    QFETCH(QStringList, roots);
    QFETCH(QStringList, underMakers);

    ActorTreeModel model;
    ActorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setSearchText(search);
    QCOMPARE(childNames(proxy), roots);
    const QModelIndex makers = proxy.mapFromSource(model.indexForActor(u"makers"_s));
    QCOMPARE(childNames(proxy, makers), underMakers);
    // The filter survives a merge that adds matching rows.
    model.setDataset(merged());
    proxy.setSearchText(QString());
    QCOMPARE(childNames(proxy), QStringList({u"Media"_s, u"Automakers"_s}));
}

QTEST_GUILESS_MAIN(TestActorTreeModel)
#include "tst_actortreemodel.moc"
