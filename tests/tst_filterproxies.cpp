#include "modelfixtures.h"
#include "models/actorfilterproxymodel.h"
#include "models/actortreemodel.h"
#include "models/statementfilterproxymodel.h"
#include "models/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ModelFixtures;

class TestFilterProxies : public QObject
{
    Q_OBJECT

private slots:
    void actorSearchKeepsAncestors_data();
    void actorSearchKeepsAncestors();
    void actorSearchFollowsMergeAndUndo();
    void stanceFilter_data();
    void stanceFilter();
    void actorFilter();
    void dateRangeFilter_data();
    void dateRangeFilter();
    void textFilter_data();
    void textFilter();
    void combinedFiltersAndClear();
    void sortsChronologically();
    void sortsOtherColumns();
    void worksThroughRolesOnAnyModel();
    void statementProxyFollowsMergeAndUndo();
};

namespace {

// Every row of a tree, depth first, as "Parent/Child" paths of display names.
QStringList visibleTree(const QAbstractItemModel &model, const QModelIndex &parent = {},
                        const QString &prefix = {})
{
    QStringList paths;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString path = prefix + index.data().toString();
        paths.append(path);
        paths += visibleTree(model, index, path + u'/');
    }
    return paths;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    return columnOf(model, StatementModel::StatementIdRole);
}

} // namespace

void TestFilterProxies::actorSearchKeepsAncestors_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("visible");

    const QString fordPath = u"Automakers/Ford Motor Company"_s;
    const QString trubyPath = fordPath + u"/Mark Truby"_s;
    QTest::addRow("empty shows all")
            << QString() << QStringList {u"Media"_s,      u"Media/Financial Times"_s,
                                         u"Automakers"_s, fordPath,
                                         trubyPath,       u"Automakers/Xiaomi"_s,
                                         u"Government"_s, u"Government/Commerce Department"_s};
    QTest::addRow("name") << u"mark tru"_s << QStringList {u"Automakers"_s, fordPath, trubyPath};
    QTest::addRow("alias") << u"小米"_s << QStringList {u"Automakers"_s, u"Automakers/Xiaomi"_s};
    QTest::addRow("quote, any case")
            << u"COMPLETELY False"_s << QStringList {u"Automakers"_s, fordPath, trubyPath};
    QTest::addRow("role") << u"communications officer"_s
                          << QStringList {u"Automakers"_s, fordPath, trubyPath};
    QTest::addRow("statement text")
            << u"talks with byd"_s << QStringList {u"Media"_s, u"Media/Financial Times"_s};
    QTest::addRow("a group alone") << u"automakers"_s << QStringList {u"Automakers"_s};
    QTest::addRow("matches in two branches, trimmed")
            << u"  xiaomi "_s
            << QStringList {u"Media"_s, u"Media/Financial Times"_s, u"Automakers"_s,
                            u"Automakers/Xiaomi"_s};
    QTest::addRow("deep and shallow") << u"ford"_s
                                      << QStringList {u"Media"_s, u"Media/Financial Times"_s,
                                                      u"Automakers"_s, fordPath, trubyPath};
    QTest::addRow("nothing") << u"zzz"_s << QStringList();
}

void TestFilterProxies::actorSearchKeepsAncestors()
{
    QFETCH(QString, search);
    QFETCH(QStringList, visible);

    ActorTreeModel model;
    ActorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setSearchText(search);
    QCOMPARE(proxy.searchText(), search.trimmed().toLower());
    QCOMPARE(visibleTree(proxy), visible);
    proxy.setSearchText(QString());
    QCOMPARE(visibleTree(proxy), visibleTree(model));
}

void TestFilterProxies::actorSearchFollowsMergeAndUndo()
{
    ActorTreeModel model;
    ActorFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setSearchText(u"battery"_s);
    QCOMPARE(visibleTree(proxy), QStringList());
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);

    // The merge brings a nested new actor that matches, and changes FT's text to match.
    model.setDataset(merged());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(visibleTree(proxy),
             QStringList({u"Media"_s, u"Media/Financial Times"_s, u"Analysts"_s,
                          u"Analysts/Bernstein"_s}));
    const QPersistentModelIndex ft = proxy.index(0, 0, proxy.index(0, 0));
    QCOMPARE(ft.data(ActorTreeModel::ActorIdRole).toString(), u"ft"_s);

    model.setDataset(base());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(visibleTree(proxy), QStringList());
    QVERIFY(!ft.isValid());

    proxy.setSearchText(u"xiaomi"_s);
    const QPersistentModelIndex xiaomi = proxy.mapFromSource(model.indexForActor(u"xiaomi"_s));
    QVERIFY(xiaomi.isValid());
    model.setDataset(merged());
    QVERIFY(xiaomi.isValid());
    QCOMPARE(xiaomi.data(ActorTreeModel::ActorIdRole).toString(), u"xiaomi"_s);
    QCOMPARE(xiaomi.data(ActorTreeModel::DenialCountRole).toInt(), 1);

    model.setDataset(otherDispute());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(visibleTree(proxy), QStringList());
    proxy.setSearchText(u"小米"_s);
    QCOMPARE(visibleTree(proxy), QStringList({u"小米集团"_s}));
}

void TestFilterProxies::stanceFilter_data()
{
    QTest::addColumn<QSet<Stance>>("stances");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("all") << StatementFilterProxyModel::allStances()
                         << QStringList {u"ft-jv"_s,         u"truby-denial"_s,  u"ft-byd"_s,
                                         u"commerce-rule"_s, u"xiaomi-status"_s, u"history"_s};
    QTest::addRow("denials") << QSet<Stance> {Stance::Denial} << QStringList {u"truby-denial"_s};
    QTest::addRow("claims and context")
            << QSet<Stance> {Stance::Claim, Stance::Context}
            << QStringList {u"ft-jv"_s, u"ft-byd"_s, u"commerce-rule"_s, u"history"_s};
    QTest::addRow("reactions") << QSet<Stance> {Stance::Reaction} << QStringList();
    QTest::addRow("none") << QSet<Stance>() << QStringList();
}

void TestFilterProxies::stanceFilter()
{
    QFETCH(QSet<Stance>, stances);
    QFETCH(QStringList, ids);

    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QCOMPARE(proxy.stances(), StatementFilterProxyModel::allStances());
    proxy.setStances(stances);
    QCOMPARE(proxy.stances(), stances);
    QCOMPARE(idsOf(proxy), ids);
}

void TestFilterProxies::actorFilter()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setActorId(u"ft"_s);
    QCOMPARE(proxy.actorId(), u"ft"_s);
    QCOMPARE(idsOf(proxy), QStringList({u"ft-jv"_s, u"ft-byd"_s}));
    proxy.setActorId(u"commerce"_s);
    QCOMPARE(idsOf(proxy), QStringList({u"commerce-rule"_s, u"history"_s}));
    // Only the actor's own statements, not those of the actors below it.
    proxy.setActorId(u"makers"_s);
    QCOMPARE(idsOf(proxy), QStringList());
    proxy.setActorId(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestFilterProxies::dateRangeFilter_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("unbounded") << QDate() << QDate()
                               << QStringList {u"ft-jv"_s,         u"truby-denial"_s,
                                               u"ft-byd"_s,        u"commerce-rule"_s,
                                               u"xiaomi-status"_s, u"history"_s};
    QTest::addRow("from a day on; an open end reaches it")
            << QDate(2026, 2, 2) << QDate() << QStringList {u"truby-denial"_s, u"xiaomi-status"_s};
    QTest::addRow("until a day; an open start reaches it")
            << QDate() << QDate(2025, 1, 1) << QStringList {u"commerce-rule"_s, u"history"_s};
    QTest::addRow("both ends count as inside") << QDate(2025, 3, 31) << QDate(2025, 11, 1)
                                               << QStringList {u"ft-byd"_s, u"commerce-rule"_s};
    QTest::addRow("swapped") << QDate(2025, 11, 1) << QDate(2025, 3, 31)
                             << QStringList {u"ft-byd"_s, u"commerce-rule"_s};
    QTest::addRow("a gap") << QDate(2025, 4, 1) << QDate(2025, 10, 31) << QStringList();
    QTest::addRow("one day inside a month")
            << QDate(2025, 11, 15) << QDate(2025, 11, 15) << QStringList {u"ft-byd"_s};
    QTest::addRow("far future: only the open end")
            << QDate(2030, 1, 1) << QDate() << QStringList {u"xiaomi-status"_s};
    QTest::addRow("far past: only the open start")
            << QDate() << QDate(1900, 1, 1) << QStringList {u"history"_s};
}

void TestFilterProxies::dateRangeFilter()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, ids);

    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setDateRange(from, to);
    QCOMPARE(idsOf(proxy), ids);
    QVERIFY(!proxy.dateFrom().isValid() || !proxy.dateTo().isValid()
            || proxy.dateFrom() <= proxy.dateTo());
}

void TestFilterProxies::textFilter_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("ids");

    QTest::addRow("text and quote") << u"joint venture"_s << QStringList {u"ft-jv"_s};
    QTest::addRow("quote only, any case") << u"COMPLETELY"_s << QStringList {u"truby-denial"_s};
    QTest::addRow("actor name") << u"mark truby"_s << QStringList {u"truby-denial"_s};
    QTest::addRow("actor name, two rows")
            << u"Financial Times"_s << QStringList {u"ft-jv"_s, u"ft-byd"_s};
    QTest::addRow("trimmed") << u"  ford  "_s
                             << QStringList {u"ft-jv"_s, u"truby-denial"_s, u"ft-byd"_s};
    QTest::addRow("nothing") << u"zzz"_s << QStringList();
    QTest::addRow("empty") << QString()
                           << QStringList {u"ft-jv"_s,         u"truby-denial"_s,  u"ft-byd"_s,
                                           u"commerce-rule"_s, u"xiaomi-status"_s, u"history"_s};
}

void TestFilterProxies::textFilter()
{
    QFETCH(QString, search);
    QFETCH(QStringList, ids);

    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setSearchText(search);
    QCOMPARE(proxy.searchText(), search.trimmed().toLower());
    QCOMPARE(idsOf(proxy), ids);
}

void TestFilterProxies::combinedFiltersAndClear()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setSearchText(u"ford"_s);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setStances({Stance::Claim});
    QCOMPARE(idsOf(proxy), QStringList({u"ft-jv"_s, u"ft-byd"_s}));
    proxy.setDateRange(QDate(2026, 1, 1), QDate());
    QCOMPARE(idsOf(proxy), QStringList({u"ft-jv"_s}));
    proxy.setActorId(u"truby"_s);
    QCOMPARE(idsOf(proxy), QStringList());
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 6);
    QVERIFY(proxy.searchText().isEmpty());
    QVERIFY(proxy.actorId().isEmpty());
    QVERIFY(!proxy.dateFrom().isValid());
}

void TestFilterProxies::sortsChronologically()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.sort(StatementModel::DateColumn);
    // The open start first; a day before the open span starting that day.
    const QStringList chronological {u"history"_s, u"commerce-rule"_s, u"ft-byd"_s,
                                     u"ft-jv"_s,   u"xiaomi-status"_s, u"truby-denial"_s};
    QCOMPARE(idsOf(proxy), chronological);
    proxy.sort(StatementModel::DateColumn, Qt::DescendingOrder);
    QStringList reversed(chronological.crbegin(), chronological.crend());
    QCOMPARE(idsOf(proxy), reversed);

    // Equal spans fall back to EdtfDate's own order, and to the dataset order after that.
    Dataset ties = base();
    ties.statements[1].date = *EdtfDate::parse(u"2026-02-01");
    ties.rebuildIndex();
    model.setDataset(ties);
    proxy.sort(StatementModel::DateColumn);
    QCOMPARE(idsOf(proxy).mid(3, 3),
             QStringList({u"ft-jv"_s, u"truby-denial"_s, u"xiaomi-status"_s}));
}

void TestFilterProxies::sortsOtherColumns()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.sort(StatementModel::StanceColumn);
    QCOMPARE(idsOf(proxy),
             QStringList({u"ft-jv"_s, u"ft-byd"_s, u"truby-denial"_s, u"commerce-rule"_s,
                          u"history"_s, u"xiaomi-status"_s}));
    proxy.sort(StatementModel::ActorColumn);
    QCOMPARE(idsOf(proxy),
             QStringList({u"commerce-rule"_s, u"history"_s, u"ft-jv"_s, u"ft-byd"_s,
                          u"truby-denial"_s, u"xiaomi-status"_s}));
    proxy.sort(StatementModel::TextColumn);
    QCOMPARE(idsOf(proxy).constFirst(), u"history"_s); // "Earlier limits ..."
    proxy.sort(StatementModel::SourcesColumn);
    QCOMPARE(idsOf(proxy).constLast(), u"truby-denial"_s); // "Mark Truby's post on X; ..."
}

void TestFilterProxies::worksThroughRolesOnAnyModel()
{
    StatementModel model;
    QIdentityProxyModel middle;
    middle.setSourceModel(&model);
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&middle);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.sort(StatementModel::DateColumn);
    QCOMPARE(idsOf(proxy).constFirst(), u"history"_s);
    QCOMPARE(idsOf(proxy).constLast(), u"truby-denial"_s);
    proxy.setStances({Stance::Claim, Stance::Denial});
    proxy.setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    proxy.setSearchText(u"FORD"_s);
    QCOMPARE(idsOf(proxy), QStringList({u"ft-jv"_s, u"truby-denial"_s}));
    proxy.setActorId(u"truby"_s);
    QCOMPARE(idsOf(proxy), QStringList({u"truby-denial"_s}));
}

void TestFilterProxies::statementProxyFollowsMergeAndUndo()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    proxy.setStances({Stance::Denial, Stance::Claim});
    proxy.sort(StatementModel::DateColumn);
    QCOMPARE(idsOf(proxy), QStringList({u"ft-byd"_s, u"ft-jv"_s, u"truby-denial"_s}));
    const QPersistentModelIndex denial = proxy.index(2, 0);
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&proxy, &QAbstractItemModel::rowsRemoved);

    model.setDataset(merged());
    QCOMPARE(resets.count(), 0);
    QVERIFY(inserts.count() > 0);
    QCOMPARE(idsOf(proxy),
             QStringList({u"ft-byd"_s, u"ft-jv"_s, u"truby-denial"_s, u"xiaomi-denial"_s}));
    QVERIFY(denial.isValid());
    QCOMPARE(denial.data(StatementModel::StatementIdRole).toString(), u"truby-denial"_s);

    model.setDataset(base());
    QCOMPARE(resets.count(), 0);
    QVERIFY(removals.count() > 0);
    QCOMPARE(idsOf(proxy), QStringList({u"ft-byd"_s, u"ft-jv"_s, u"truby-denial"_s}));
    QVERIFY(denial.isValid());

    model.setDataset(otherDispute());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(idsOf(proxy), QStringList({u"only"_s}));
}

QTEST_GUILESS_MAIN(TestFilterProxies)
#include "tst_filterproxies.moc"
