#include "views/viewcontent.h"

#include "builtinfixture.h"
#include "models/selection.h"
#include "views/stancematrixview.h"
#include "warningsareerrors.h"

#include <QDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::Literals::StringLiterals;

// The window makes its views' content in one of three ways: everything on a worker thread,
// everything with the thread pool's help while it waits, or, for one picture, what the picture
// shows, leaving the rest for when it is needed. All must give the same views.
class TestViewContent : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }
    void everyWayGivesTheSameContent_data();
    void everyWayGivesTheSameContent();
    void followingLinksGivesWhatLookupsGive_data();
    void followingLinksGivesWhatLookupsGive();
    void actorPagesAreWrittenOnManyThreadsAtOnce();
    void hiddenMatrixMakesItsRowsWhenShown();
};

namespace {

ViewContent contentOf(const Dataset &dataset, ViewContent::Making making)
{
    return ViewContent::of(dataset, nullptr, TimelineChartView::LayoutOptions(), false, making);
}

// Everything the matrix shows of its rows, one line per cell.
QStringList describe(const StanceMatrixModel::Content &matrix)
{
    QStringList lines;
    for (const StanceMatrixModel::Row &row : matrix.rows) {
        for (const StanceMatrixModel::Cell &cell : row.cells)
            lines.append(u"%1 %2 %3 %4"_s.arg(row.analysis.claim->id, cell.actorId,
                                              QString::number(cell.involvement), cell.statementId));
    }
    return lines;
}

QStringList describe(const TimelineLayout &layout)
{
    QStringList lines = layout.laneLabels;
    for (const TimelineMark &mark : layout.marks)
        lines.append(u"%1 %2 %3 %4 %5 %6"_s.arg(mark.statementId, mark.actorId)
                             .arg(mark.startMs)
                             .arg(mark.endMs)
                             .arg(mark.lane)
                             .arg(mark.y));
    return lines;
}

QString pageOf(const DetailDocument &document, const QString &actorId)
{
    return document.html(actorId, QString(), DetailDocument::Options());
}

} // namespace

void TestViewContent::everyWayGivesTheSameContent_data()
{
    QTest::addColumn<ViewContent::Making>("making");
    QTest::newRow("everything with the pool") << ViewContent::Making::EverythingWithThePool;
    QTest::newRow("what is shown") << ViewContent::Making::WhatIsShown;
}

void TestViewContent::everyWayGivesTheSameContent()
{
    QFETCH(ViewContent::Making, making);
    const Dataset dataset = builtinDataset();
    const ViewContent everything = contentOf(dataset, ViewContent::Making::Everything);
    const ViewContent shown = contentOf(dataset, making);

    QCOMPARE(shown.dataset, dataset);
    QCOMPARE(shown.actorFacts.size(), dataset.actors.size());
    QCOMPARE(shown.actorFacts, everything.actorFacts);
    QCOMPARE(describe(shown.timeline), describe(everything.timeline));
    QCOMPARE(shown.timeline.marks.size(), dataset.statements.size());
    const QStringList matrix = describe(shown.matrix());
    QVERIFY(!matrix.isEmpty());
    QCOMPARE(matrix, describe(everything.matrix()));
    QCOMPARE(pageOf(*shown.detail, QString()), pageOf(*everything.detail, QString()));
    for (const Actor &actor : dataset.actors) {
        QCOMPARE(shown.detail->statementsBehindPage(actor.id),
                 everything.detail->statementsBehindPage(actor.id));
        QCOMPARE(pageOf(*shown.detail, actor.id), pageOf(*everything.detail, actor.id));
    }
}

void TestViewContent::followingLinksGivesWhatLookupsGive_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("compiled-in") << BuiltinDataset::path();
    const QDir valid(QStringLiteral(DISPUTE_FIXTURES_DIR "/valid"));
    for (const QString &name : valid.entryList({u"*.json"_s}, QDir::Files))
        QTest::newRow(qPrintable(name)) << valid.filePath(name);
}

// The reader's links, the content's own, and lookups of each id give the same facts, timeline
// and pages.
void TestViewContent::followingLinksGivesWhatLookupsGive()
{
    QFETCH(QString, path);
    ReadResult read = DatasetReader::readFile(path);
    QVERIFY(read.ok());
    QVERIFY(read.links);
    const Dataset &dataset = *read.dataset;
    const ViewContent given
            = ViewContent::of(dataset, read.links, TimelineChartView::LayoutOptions(), false,
                              ViewContent::Making::Everything);
    const ViewContent found = contentOf(dataset, ViewContent::Making::Everything);
    QCOMPARE(given.links, read.links);
    QVERIFY(found.links && found.links != read.links);

    QCOMPARE(found.actorFacts, ActorTreeModel::factsOf(dataset));
    QCOMPARE(given.actorFacts, found.actorFacts);
    for (const auto mode : {TimelineLayout::LaneMode::Actor, TimelineLayout::LaneMode::Stance}) {
        QCOMPARE(describe(TimelineLayout::build(dataset, mode, read.links.get())),
                 describe(TimelineLayout::build(dataset, mode)));
    }
    QCOMPARE(describe(given.timeline), describe(found.timeline));
    const DetailDocument alone(dataset);
    for (const Statement &statement : dataset.statements) {
        const QString page = alone.html(statement.actor, statement.id, DetailDocument::Options());
        QCOMPARE(given.detail->html(statement.actor, statement.id, DetailDocument::Options()),
                 page);
    }
    QCOMPARE(describe(given.matrix()), describe(found.matrix()));
}

// The first actor's page, on whichever thread asks first, finds what every actor's page needs.
void TestViewContent::actorPagesAreWrittenOnManyThreadsAtOnce()
{
    const Dataset dataset = builtinDataset();
    const ViewContent everything = contentOf(dataset, ViewContent::Making::Everything);
    QStringList actorIds;
    for (const Actor &actor : dataset.actors)
        actorIds.append(actor.id);
    const QStringList expected = QtConcurrent::blockingMapped(
            actorIds, [&everything](const QString &id) { return pageOf(*everything.detail, id); });

    for (int round = 0; round < 20; ++round) {
        const ViewContent shown = contentOf(dataset, ViewContent::Making::WhatIsShown);
        const QStringList pages = QtConcurrent::blockingMapped(
                actorIds, [&shown](const QString &id) { return pageOf(*shown.detail, id); });
        QCOMPARE(pages, expected);
    }
    QVERIFY(expected.first().contains(dataset.actors.first().name));
}

void TestViewContent::hiddenMatrixMakesItsRowsWhenShown()
{
    const ViewContent content = contentOf(builtinDataset(), ViewContent::Making::WhatIsShown);
    int made = 0;
    const auto make = [&content, &made] {
        ++made;
        return content.matrix();
    };
    Selection selection;
    StanceMatrixView view(&selection);
    view.setContent(make);
    QCOMPARE(made, 0);
    QCOMPARE(view.model()->rowCount(), 0);

    view.show();
    QCOMPARE(made, 1);
    const int rows = int(content.matrix().rows.size());
    QVERIFY(rows > 0);
    QCOMPARE(view.model()->rowCount(), rows);

    view.setContent(make);
    QCOMPARE(made, 2);
    view.hide();
    view.show();
    QCOMPARE(made, 2);
}

QTEST_MAIN(TestViewContent)
#include "tst_viewcontent.moc"
