#include "modelfixtures.h"
#include "models/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ModelFixtures;

class TestStatementModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsInDatasetOrder();
    void columnsAndHeaders();
    void roles();
    void typedAccessorsRoundTrip();
    void sortKeyFollowsEdtfOrder_data();
    void sortKeyFollowsEdtfOrder();
    void mergeUpdatesInPlace();
    void undoRemovesRowsInPlace();
    void insertsAndRemovalsInTheMiddle();
    void reorderIsALayoutChange();
    void renamedActorOrSourceChangesRows();
    void sameDatasetSignalsNothing();
    void anotherDisputeResets();
    void largeDataset();
};

namespace {

QStringList idsOf(const QAbstractItemModel &model)
{
    return columnOf(model, StatementModel::StatementIdRole);
}

QStringList idsOf(const Dataset &dataset)
{
    QStringList ids;
    for (const Statement &statement : dataset.statements)
        ids.append(statement.id);
    return ids;
}

} // namespace

void TestStatementModel::rowsInDatasetOrder()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDataset(base());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(StatementModel::ColumnCount));
    QCOMPARE(idsOf(model), idsOf(base()));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.dataset(), base());
}

void TestStatementModel::columnsAndHeaders()
{
    StatementModel model;
    model.setDataset(base());
    const int row = model.indexForStatement(u"truby-denial"_s).row();
    const auto text = [&model, row](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(text(StatementModel::DateColumn), base().statements.at(1).date.toDisplayString());
    QVERIFY(!text(StatementModel::DateColumn).isEmpty());
    QCOMPARE(text(StatementModel::DateColumn, Qt::ToolTipRole), u"2026-02-02"_s);
    QCOMPARE(text(StatementModel::ActorColumn), u"Mark Truby"_s);
    QCOMPARE(text(StatementModel::StanceColumn), u"denial"_s);
    QCOMPARE(text(StatementModel::TextColumn),
             u"Ford's communications chief calls the report false."_s);
    QCOMPARE(text(StatementModel::QuoteColumn), u"completely false"_s);
    QCOMPARE(text(StatementModel::SourcesColumn),
             u"Mark Truby's post on X; Financial Times report"_s);
    QCOMPARE(text(StatementModel::SourcesColumn, Qt::ToolTipRole),
             u"Mark Truby's post on X\nFinancial Times report"_s);

    const QStringList headers {u"Date"_s,      u"Actor"_s, u"Stance"_s,
                               u"Statement"_s, u"Quote"_s, u"Sources"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestStatementModel::roles()
{
    StatementModel model;
    model.setDataset(base());
    const QModelIndex denial = model.indexForStatement(u"truby-denial"_s);
    QCOMPARE(denial.data(StatementModel::StatementIdRole).toString(), u"truby-denial"_s);
    QCOMPARE(denial.data(StatementModel::ActorIdRole).toString(), u"truby"_s);
    QCOMPARE(denial.data(StatementModel::StanceRole).toInt(), int(Stance::Denial));
    QCOMPARE(denial.data(StatementModel::EarliestRole).toDate(), QDate(2026, 2, 2));
    QCOMPARE(denial.data(StatementModel::LatestRole).toDate(), QDate(2026, 2, 2));
    QCOMPARE(denial.data(StatementModel::IsSingleDayRole).toBool(), true);
    QCOMPARE(denial.data(StatementModel::RespondsToRole).toStringList(), QStringList({u"ft-jv"_s}));
    QCOMPARE(denial.data(StatementModel::AboutRole).toStringList(),
             QStringList({u"ford"_s, u"xiaomi"_s}));
    QCOMPARE(denial.data(StatementModel::SourceIdsRole).toStringList(),
             QStringList({u"ford-x-post"_s, u"ft-report"_s}));
    QCOMPARE(denial.data(StatementModel::EdtfRole).toString(), u"2026-02-02"_s);
    QCOMPARE(denial.data(StatementModel::CredibilityRole).toInt(), 2);
    const QString search = denial.data(StatementModel::SearchTextRole).toString();
    QVERIFY(search.contains(u"ford's communications chief"_s));
    QVERIFY(search.contains(u"completely false"_s));
    QVERIFY(search.contains(u"mark truby"_s));

    const QModelIndex month = model.indexForStatement(u"ft-byd"_s);
    QCOMPARE(month.data(StatementModel::EarliestRole).toDate(), QDate(2025, 11, 1));
    QCOMPARE(month.data(StatementModel::LatestRole).toDate(), QDate(2025, 11, 30));
    QCOMPARE(month.data(StatementModel::IsSingleDayRole).toBool(), false);
    const QModelIndex open = model.indexForStatement(u"xiaomi-status"_s);
    QCOMPARE(open.data(StatementModel::EarliestRole).toDate(), QDate(2026, 2, 1));
    QVERIFY(!open.data(StatementModel::LatestRole).toDate().isValid());
    QVERIFY(model.roleNames().contains(StatementModel::SortKeyRole));
}

void TestStatementModel::typedAccessorsRoundTrip()
{
    StatementModel model;
    model.setDataset(merged());
    for (const Statement &statement : merged().statements) {
        const QModelIndex index = model.indexForStatement(statement.id);
        QVERIFY2(index.isValid(), qPrintable(statement.id));
        QCOMPARE(index.column(), int(StatementModel::DateColumn));
        QVERIFY(*model.statementAt(index.row()) == statement);
        QCOMPARE(model.indexForStatement(statement.id, StatementModel::TextColumn).column(),
                 int(StatementModel::TextColumn));
    }
    QVERIFY(!model.indexForStatement(u"nothing"_s).isValid());
    QVERIFY(!model.indexForStatement(u"ft-jv"_s, StatementModel::ColumnCount).isValid());
    QVERIFY(!model.statementAt(-1));
    QVERIFY(!model.statementAt(model.rowCount()));

    QCOMPARE(model.rowsForActor(u"ft"_s), QList<int>({0, 2}));
    QCOMPARE(model.rowsForActor(u"commerce"_s), QList<int>({3, 5}));
    QCOMPARE(model.rowsForActor(u"farley"_s), QList<int>({7}));
    QVERIFY(model.rowsForActor(u"media"_s).isEmpty());
    QCOMPARE(model.actorNameAt(7), u"Jim Farley"_s);
    QCOMPARE(model.sourceTitlesAt(0), QStringList({u"Financial Times report"_s}));
}

void TestStatementModel::sortKeyFollowsEdtfOrder_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");

    QTest::addRow("days") << u"2026-02-01"_s << u"2026-02-02"_s;
    QTest::addRow("month before its last day") << u"2026-02"_s << u"2026-02-28"_s;
    QTest::addRow("day before its month") << u"2026-02-01"_s << u"2026-02"_s;
    QTest::addRow("years") << u"2025"_s << u"2026-01-01"_s;
    QTest::addRow("open start first") << u"../2020-01-01"_s << u"1990"_s;
    QTest::addRow("open end last") << u"2026-02-01"_s << u"2026-02-01/.."_s;
    QTest::addRow("unknown end last") << u"2026-02-01/2030"_s << u"2026-02-01/"_s;
    QTest::addRow("interval by start") << u"2024-10/2025-03"_s << u"2024-11"_s;
}

void TestStatementModel::sortKeyFollowsEdtfOrder()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    Dataset d;
    d.id = u"dates"_s;
    d.actors = {makeActor(u"a"_s, u"A"_s, ActorKind::Person)};
    d.statements = {makeStatement(u"later"_s, u"a"_s, Stance::Claim, later, u"Later."_s),
                    makeStatement(u"earlier"_s, u"a"_s, Stance::Claim, earlier, u"Earlier."_s)};
    QVERIFY(d.statements.at(1).date < d.statements.at(0).date);
    d.rebuildIndex();
    StatementModel model;
    model.setDataset(d);
    QVERIFY(model.sortKeyAt(1) < model.sortKeyAt(0));
    QCOMPARE(model.index(1, 0).data(StatementModel::SortKeyRole).toLongLong(), model.sortKeyAt(1));
}

void TestStatementModel::mergeUpdatesInPlace()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex denial = model.indexForStatement(u"truby-denial"_s);
    QItemSelectionModel selection(&model);
    selection.select(denial, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ModelSpies spies(&model);

    model.setDataset(merged());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.removals.count(), 0);
    QCOMPARE(spies.layouts.count(), 0);
    QCOMPARE(spies.inserts.count(), 1); // the three new statements, appended as one run
    const QList<QVariant> insert = spies.inserts.constFirst();
    QCOMPARE(insert.at(1).toInt(), 6);
    QCOMPARE(insert.at(2).toInt(), 8);
    QCOMPARE(idsOf(model), idsOf(merged()));
    // Only the statement whose text changed is reported.
    QCOMPARE(spies.changedRows(), QList<int>({2}));
    QCOMPARE(model.index(2, StatementModel::TextColumn).data().toString(),
             u"Ford also held battery talks with BYD."_s);
    QVERIFY(denial.isValid());
    QCOMPARE(model.statementAt(denial.row())->id, u"truby-denial"_s);
    QCOMPARE(selection.selectedRows(), QModelIndexList({QModelIndex(denial)}));
    QCOMPARE(model.rowsForActor(u"xiaomi"_s), QList<int>({4, 6}));
    QCOMPARE(model.dataset(), merged());
}

void TestStatementModel::undoRemovesRowsInPlace()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    model.setDataset(merged());
    const QPersistentModelIndex status = model.indexForStatement(u"xiaomi-status"_s);
    const QPersistentModelIndex added = model.indexForStatement(u"farley-praise"_s);
    ModelSpies spies(&model);

    model.setDataset(base());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.inserts.count(), 0);
    QCOMPARE(spies.removals.count(), 1);
    QCOMPARE(spies.changedRows(), QList<int>({2}));
    QCOMPARE(idsOf(model), idsOf(base()));
    QVERIFY(!added.isValid());
    QVERIFY(status.isValid());
    QCOMPARE(model.statementAt(status.row())->id, u"xiaomi-status"_s);
    QVERIFY(model.rowsForActor(u"farley"_s).isEmpty());
}

void TestStatementModel::insertsAndRemovalsInTheMiddle()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex last = model.indexForStatement(u"history"_s);
    ModelSpies spies(&model);

    // Two new statements after the first, one after the old fourth; the old third goes.
    Dataset edited = base();
    const auto add = [](const QString &id) {
        return makeStatement(id, u"ft"_s, Stance::Claim, u"2026", id.toUpper());
    };
    edited.statements.removeAt(2);
    edited.statements.insert(3, add(u"n3"_s));
    edited.statements.insert(1, add(u"n2"_s));
    edited.statements.insert(1, add(u"n1"_s));
    edited.rebuildIndex();
    model.setDataset(edited);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.removals.count(), 1);
    QCOMPARE(spies.inserts.count(), 2);
    QCOMPARE(idsOf(model), idsOf(edited));
    QCOMPARE(model.statementAt(last.row())->id, u"history"_s);
    QCOMPARE(model.rowsForActor(u"ft"_s), QList<int>({0, 1, 2, 5}));
    QCOMPARE(model.indexForStatement(u"n3"_s).row(), 5);

    model.setDataset(base());
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(idsOf(model), idsOf(base()));
    QCOMPARE(model.statementAt(last.row())->id, u"history"_s);
}

void TestStatementModel::reorderIsALayoutChange()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex first = model.indexForStatement(u"ft-jv"_s);
    ModelSpies spies(&model);

    Dataset reordered = base();
    reordered.statements.move(0, 4);
    reordered.statements.append(
            makeStatement(u"new"_s, u"ft"_s, Stance::Claim, u"2026", u"New."_s));
    reordered.rebuildIndex();
    model.setDataset(reordered);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.layouts.count(), 1);
    QCOMPARE(spies.inserts.count(), 1);
    QCOMPARE(idsOf(model), idsOf(reordered));
    QVERIFY(first.isValid());
    QCOMPARE(first.row(), 4);
    QCOMPARE(first.data(StatementModel::StatementIdRole).toString(), u"ft-jv"_s);
}

void TestStatementModel::renamedActorOrSourceChangesRows()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    ModelSpies spies(&model);
    Dataset renamed = base();
    renamed.actors[1].name = u"FT"_s;           // ft made rows 0 and 2
    renamed.sources[1].title = u"Truby on X"_s; // ford-x-post is cited by row 1
    renamed.statements[5].date = edtf(u"2024"); // row 5
    renamed.rebuildIndex();
    model.setDataset(renamed);
    QCOMPARE(spies.resets.count(), 0);
    QCOMPARE(spies.changedRows(), QList<int>({0, 1, 2, 5}));
    QCOMPARE(model.index(0, StatementModel::ActorColumn).data().toString(), u"FT"_s);
    QCOMPARE(model.index(5, 0).data(StatementModel::EarliestRole).toDate(), QDate(2024, 1, 1));
}

void TestStatementModel::sameDatasetSignalsNothing()
{
    StatementModel model;
    model.setDataset(merged());
    ModelSpies spies(&model);
    model.setDataset(merged());
    QCOMPARE(spies.total(), 0);
}

void TestStatementModel::anotherDisputeResets()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex row = model.indexForStatement(u"ft-jv"_s);
    ModelSpies spies(&model);
    model.setDataset(otherDispute());
    QCOMPARE(spies.resets.count(), 1);
    QCOMPARE(spies.inserts.count() + spies.removals.count(), 0);
    QVERIFY(!row.isValid());
    QCOMPARE(idsOf(model), QStringList({u"only"_s}));
    QVERIFY(model.rowsForActor(u"ft"_s).isEmpty());
}

void TestStatementModel::largeDataset()
{
    Dataset big;
    big.id = u"big"_s;
    for (int a = 0; a < 500; ++a)
        big.actors.append(makeActor(u"a%1"_s.arg(a), u"Actor %1"_s.arg(a), ActorKind::Person));
    const EdtfDate month = edtf(u"2026-02");
    const EdtfDate day = edtf(u"2025-10-03");
    for (int s = 0; s < 100'000; ++s) {
        Statement statement;
        statement.id = u"s%1"_s.arg(s);
        statement.actor = u"a%1"_s.arg(s % 500);
        statement.date = s % 2 ? month : day;
        statement.text = u"Statement number %1"_s.arg(s);
        big.statements.append(statement);
    }
    big.rebuildIndex();
    StatementModel model;
    model.setDataset(big);
    QCOMPARE(model.rowCount(), 100'000);
    QCOMPARE(model.rowsForActor(u"a7"_s).size(), 200);
    QCOMPARE(model.rowsForActor(u"a7"_s).at(1), 507);

    const QPersistentModelIndex kept = model.indexForStatement(u"s99999"_s);
    big.statements.append(makeStatement(u"late"_s, u"a1"_s, Stance::Denial, u"2026", u"Late."_s));
    big.rebuildIndex();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setDataset(big);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(model.statementAt(kept.row())->id, u"s99999"_s);
    QCOMPARE(model.rowsForActor(u"a1"_s).constLast(), 100'000);
}

QTEST_GUILESS_MAIN(TestStatementModel)
#include "tst_statementmodel.moc"
