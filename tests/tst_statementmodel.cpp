#include "datasetbuilders.h"
#include "models/statementfilterproxymodel.h"
#include "models/statementmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStatementModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndRoles();
    void mergeInsertsAndUndoRemovesWithoutReset();
    void changedStatementReportsDataChanged();
    void reorderOrAnotherDisputeResets();
    void filters_data();
    void filters();
    void sortsChronologically();
};

namespace {

Dataset base()
{
    Dataset d;
    d.id = u"dispute"_s;
    d.title = u"Dispute"_s;
    Actor ft;
    ft.id = u"ft"_s;
    ft.name = u"Financial Times"_s;
    ft.kind = ActorKind::Media;
    Actor truby;
    truby.id = u"truby"_s;
    truby.name = u"Mark Truby"_s;
    truby.kind = ActorKind::Person;
    d.actors = {ft, truby};
    Source post;
    post.id = u"post"_s;
    post.title = u"Post on X"_s;
    d.sources = {post};
    Statement denial = makeStatement(u"no"_s, u"truby"_s, Stance::Denial, u"2026-02-02"_s,
                                     u"Calls it false."_s);
    denial.quote = u"completely false"_s;
    denial.sources = {u"post"_s};
    denial.respondsTo = {u"jv"_s};
    d.statements = {
            makeStatement(u"jv"_s, u"ft"_s, Stance::Claim, u"2026-02"_s, u"A joint venture."_s),
            denial, makeStatement(u"old"_s, u"ft"_s, Stance::Context, u"2024"_s, u"Background."_s)};
    d.rebuildIndex();
    return d;
}

Dataset merged()
{
    Dataset d = base();
    d.statements.append(makeStatement(u"new1"_s, u"ft"_s, Stance::Claim, u"2026-03"_s, u"More."_s));
    d.statements.append(makeStatement(u"new2"_s, u"truby"_s, Stance::Reaction, u"/2026-01"_s,
                                      u"Earlier reaction."_s));
    d.rebuildIndex();
    return d;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(StatementModel::StatementIdRole).toString());
    return result;
}

} // namespace

void TestStatementModel::rowsAndRoles()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QCOMPARE(ids(model), QStringList({u"jv"_s, u"no"_s, u"old"_s}));
    const QModelIndex no = model.indexForStatement(u"no"_s);
    QCOMPARE(model.index(no.row(), StatementModel::DateColumn).data().toString(), u"2 Feb 2026"_s);
    QCOMPARE(model.index(no.row(), StatementModel::ActorColumn).data().toString(), u"Mark Truby"_s);
    QCOMPARE(model.index(no.row(), StatementModel::QuoteColumn).data().toString(),
             u"completely false"_s);
    QCOMPARE(model.index(no.row(), StatementModel::SourcesColumn).data().toString(),
             u"Post on X"_s);
    QCOMPARE(no.data(StatementModel::StanceRole).toInt(), int(Stance::Denial));
    QCOMPARE(no.data(StatementModel::RespondsToRole).toStringList(), QStringList({u"jv"_s}));
    QVERIFY(no.data(StatementModel::IsSingleDayRole).toBool());
    const QModelIndex jv = model.indexForStatement(u"jv"_s);
    QCOMPARE(jv.data(StatementModel::EarliestRole).toDate(), QDate(2026, 2, 1));
    QCOMPARE(jv.data(StatementModel::LatestRole).toDate(), QDate(2026, 2, 28));
    QCOMPARE(model.rowsForActor(u"ft"_s), QList<int>({0, 2}));
    QCOMPARE(model.statementAt(1)->id, u"no"_s);
    QVERIFY(!model.statementAt(3));
}

void TestStatementModel::mergeInsertsAndUndoRemovesWithoutReset()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    const QPersistentModelIndex no = model.indexForStatement(u"no"_s);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    model.setDataset(merged());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 2);
    QCOMPARE(ids(model), QStringList({u"jv"_s, u"no"_s, u"old"_s, u"new1"_s, u"new2"_s}));
    QCOMPARE(model.rowsForActor(u"truby"_s), QList<int>({1, 4}));
    QVERIFY(no.isValid());
    QCOMPARE(no.data(StatementModel::StatementIdRole).toString(), u"no"_s);

    model.setDataset(base()); // the undo of the merge
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 1); // the two appended rows go in one block
    QCOMPARE(ids(model), QStringList({u"jv"_s, u"no"_s, u"old"_s}));
    QCOMPARE(no.row(), 1);
}

void TestStatementModel::changedStatementReportsDataChanged()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    Dataset changed = base();
    changed.statements[2].text = u"Changed background."_s;
    changed.rebuildIndex();
    model.setDataset(changed);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, StatementModel::TextColumn).data().toString(),
             u"Changed background."_s);
}

void TestStatementModel::reorderOrAnotherDisputeResets()
{
    StatementModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(base());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Dataset reordered = base();
    std::swap(reordered.statements[0], reordered.statements[2]);
    reordered.rebuildIndex();
    model.setDataset(reordered);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(ids(model), QStringList({u"old"_s, u"no"_s, u"jv"_s}));

    Dataset other = base();
    other.id = u"other"_s;
    model.setDataset(other);
    QCOMPARE(resets.count(), 2);
}

void TestStatementModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("stances");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("expected");

    const QDate none;
    const QStringList all {u"jv"_s, u"no"_s, u"old"_s, u"new1"_s, u"new2"_s};
    QTest::addRow("nothing set") << QString() << QList<int>() << QString() << none << none << all;
    QTest::addRow("text") << u"JOINT"_s << QList<int>() << QString() << none << none
                          << QStringList {u"jv"_s};
    QTest::addRow("quote") << u"completely"_s << QList<int>() << QString() << none << none
                           << QStringList {u"no"_s};
    QTest::addRow("actor name") << u"truby"_s << QList<int>() << QString() << none << none
                                << QStringList {u"no"_s, u"new2"_s};
    QTest::addRow("stances") << QString() << QList<int> {int(Stance::Claim), int(Stance::Denial)}
                             << QString() << none << none
                             << QStringList {u"jv"_s, u"no"_s, u"new1"_s};
    QTest::addRow("actor id") << QString() << QList<int>() << u"ft"_s << none << none
                              << QStringList {u"jv"_s, u"old"_s, u"new1"_s};
    // A span counts when it intersects the range; an unknown start is unbounded.
    QTest::addRow("February") << QString() << QList<int>() << QString() << QDate(2026, 2, 10)
                              << QDate(2026, 2, 20) << QStringList {u"jv"_s};
    QTest::addRow("until 2025") << QString() << QList<int>() << QString() << none
                                << QDate(2025, 12, 31) << QStringList {u"old"_s, u"new2"_s};
    QTest::addRow("combined") << u"e"_s << QList<int> {int(Stance::Claim)} << u"ft"_s
                              << QDate(2026, 3, 1) << none << QStringList {u"new1"_s};
}

void TestStatementModel::filters()
{
    QFETCH(QString, search);
    QFETCH(QList<int>, stances);
    QFETCH(QString, actor);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, expected);

    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(merged());
    QSet<Stance> stanceSet;
    for (const int stance : stances)
        stanceSet.insert(Stance(stance));
    proxy.setSearchText(search);
    proxy.setStances(stanceSet);
    proxy.setActor(actor);
    proxy.setDateRange(from, to);
    QCOMPARE(ids(proxy), expected);
}

void TestStatementModel::sortsChronologically()
{
    StatementModel model;
    StatementFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(merged());
    proxy.sort(StatementModel::DateColumn);
    QCOMPARE(ids(proxy), QStringList({u"new2"_s, u"old"_s, u"jv"_s, u"no"_s, u"new1"_s}));
}

QTEST_GUILESS_MAIN(TestStatementModel)
#include "tst_statementmodel.moc"
