#include "models/stancematrixmodel.h"

#include "modelfixtures.h"
#include "models/builtindataset.h"
#include "models/datasetreader.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Dataset builtin()
{
    const ReadResult result = DatasetReader::readFile(BuiltinDataset::path());
    if (!result.ok())
        qFatal("the compiled-in dataset does not load");
    return *result.dataset;
}

int rowOf(const QAbstractItemModel &model, const QString &claimId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(StanceMatrixModel::StatementIdRole) == claimId)
            return row;
    }
    return -1;
}

int columnOf(const QAbstractItemModel &model, const QString &actorId)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal, StanceMatrixModel::ActorIdRole) == actorId)
            return column;
    }
    return -1;
}

QString cell(const QAbstractItemModel &model, const QString &claimId, const QString &actorId)
{
    return model.index(rowOf(model, claimId), columnOf(model, actorId)).data().toString();
}

} // namespace

class TestStanceMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void init() { failOnUnexpectedWarnings(); }
    void passesTheModelTester();
    void whoDidWhatWithEachClaim();
    void cellsLeadToTheirStatements();
    void sortsAndFiltersThroughAProxy();
    void sortsBeforeAgreesWithTheSortRole();
};

void TestStanceMatrixModel::passesTheModelTester()
{
    StanceMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(builtin());
    model.setDataset(ModelFixtures::base());
    model.setDataset(ModelFixtures::merged());
    model.setDataset(Dataset());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(StanceMatrixModel::FirstActorColumn));
}

void TestStanceMatrixModel::whoDidWhatWithEachClaim()
{
    StanceMatrixModel model;
    model.setDataset(builtin());
    QCOMPARE(model.rowCount(), 5);
    // The actors who took part in a claim, in the tree's order; nobody else.
    QStringList actors;
    for (int column = StanceMatrixModel::FirstActorColumn; column < model.columnCount(); ++column)
        actors.append(model.headerData(column, Qt::Horizontal, StanceMatrixModel::ActorIdRole)
                              .toString());
    QCOMPARE(actors,
             QStringList({u"financial-times"_s, u"financial-automotive-media"_s, u"ford"_s,
                          u"mark-truby"_s, u"xiaomi"_s, u"byd"_s, u"washington"_s,
                          u"john-moolenaar"_s}));
    QCOMPARE(model.headerData(columnOf(model, u"mark-truby"_s), Qt::Horizontal).toString(),
             u"Mark Truby"_s);

    QCOMPARE(cell(model, u"ft-software-claim"_s, u"financial-times"_s), u"claimed"_s);
    QCOMPARE(cell(model, u"ft-software-claim"_s, u"mark-truby"_s), u"denied"_s);
    QCOMPARE(cell(model, u"ft-software-claim"_s, u"ford"_s), u"subject"_s);
    QCOMPARE(cell(model, u"ft-software-claim"_s, u"xiaomi"_s), u"subject, no answer"_s);
    QCOMPARE(cell(model, u"ft-us-entry-claim"_s, u"xiaomi"_s), u"denied, subject"_s);
    QCOMPARE(cell(model, u"ft-byd-claim"_s, u"byd"_s), u"subject, no answer"_s);
    QCOMPARE(cell(model, u"ft-byd-claim"_s, u"ford"_s), u"subject, no answer"_s);
    QCOMPARE(cell(model, u"ft-partnership-claim"_s, u"john-moolenaar"_s), u"reacted"_s);
    QCOMPARE(cell(model, u"ft-jv-claim"_s, u"john-moolenaar"_s), QString());

    const int byd = rowOf(model, u"ft-byd-claim"_s);
    QCOMPARE(model.index(byd, StanceMatrixModel::AnswersColumn).data().toString(), u"unanswered"_s);
    const int partnership = rowOf(model, u"ft-partnership-claim"_s);
    QCOMPARE(model.index(partnership, StanceMatrixModel::AnswersColumn).data().toString(),
             u"2 denials, 3 reactions"_s);
    QCOMPARE(model.index(partnership, StanceMatrixModel::EvidenceColumn).data().toString(),
             u"2 outlets"_s);
    QVERIFY(model.index(partnership, StanceMatrixModel::EvidenceColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"1 named, 1 anonymous"_s));
}

void TestStanceMatrixModel::cellsLeadToTheirStatements()
{
    StanceMatrixModel model;
    model.setDataset(builtin());
    const int software = rowOf(model, u"ft-software-claim"_s);
    const QModelIndex truby = model.index(software, columnOf(model, u"mark-truby"_s));
    QCOMPARE(truby.data(StanceMatrixModel::StatementIdRole).toString(), u"truby-denial"_s);
    QCOMPARE(truby.data(StanceMatrixModel::StanceRole).toInt(), int(Stance::Denial));
    QVERIFY(truby.data(Qt::ToolTipRole).toString().contains(u"“completely false”"_s));
    const QModelIndex xiaomi = model.index(software, columnOf(model, u"xiaomi"_s));
    QCOMPARE(xiaomi.data(StanceMatrixModel::StatementIdRole).toString(), u"ft-software-claim"_s);
    QVERIFY(!xiaomi.data(StanceMatrixModel::StanceRole).isValid());
    QVERIFY(xiaomi.data(Qt::ToolTipRole).toString().contains(u"never answered"_s));
    QCOMPARE(model.index(software, StanceMatrixModel::ClaimColumn)
                     .data(StanceMatrixModel::StatementIdRole)
                     .toString(),
             u"ft-software-claim"_s);
}

void TestStanceMatrixModel::sortsAndFiltersThroughAProxy()
{
    StanceMatrixModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(StanceMatrixModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDataset(builtin());
    proxy.sort(StanceMatrixModel::AnswersColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(StanceMatrixModel::StatementIdRole).toString(),
             u"ft-byd-claim"_s);
    proxy.sort(StanceMatrixModel::AnswersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(StanceMatrixModel::StatementIdRole).toString(),
             u"ft-partnership-claim"_s);
    proxy.setFilterKeyColumn(StanceMatrixModel::ClaimColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"byd"_s);
    QCOMPARE(proxy.rowCount(), 1);
    model.setDataset(ModelFixtures::base());
    QCOMPARE(proxy.rowCount(), 1);
}

// The fast comparison a view's proxy uses must order rows exactly as their SortRole values do.
void TestStanceMatrixModel::sortsBeforeAgreesWithTheSortRole()
{
    StanceMatrixModel model;
    model.setDataset(builtin());
    QVERIFY(model.rowCount() > 2);
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int left = 0; left < model.rowCount(); ++left) {
            for (int right = 0; right < model.rowCount(); ++right) {
                const QVariant a = model.index(left, column).data(StanceMatrixModel::SortRole);
                const QVariant b = model.index(right, column).data(StanceMatrixModel::SortRole);
                const bool expected = QVariant::compare(a, b) == QPartialOrdering::Less;
                QVERIFY2(model.sortsBefore(left, right, column) == expected,
                         qPrintable(u"rows %1 and %2 in column %3"_s.arg(left).arg(right).arg(
                                 column)));
            }
        }
    }
}

QTEST_MAIN(TestStanceMatrixModel)
#include "tst_stancematrixmodel.moc"
