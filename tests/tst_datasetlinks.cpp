#include "models/datasetlinks.h"

#include "models/datasetreader.h"

#include "datasetbuilders.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// DatasetLinks: every reference of a dataset as a position in its list, and the answers to
// each statement.
class TestDatasetLinks : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatasetHasNoLinks();
    void referencesArePositions();
    void repeatedIdNamesTheFirstItem();
    void answersAreInDatasetOrder();
    void bigDatasetMatchesLookups();
    void readerGivesTheLinksOfItsDataset_data();
    void readerGivesTheLinksOfItsDataset();
};

namespace {

Source makeSource(const QString &id, const QString &author, const QString &publisher)
{
    Source source;
    source.id = id;
    source.title = id;
    source.author = author;
    source.publisher = publisher;
    return source;
}

Statement statement(const QString &id, const QString &actor, const QStringList &respondsTo = {})
{
    Statement st = makeStatement(id, actor, Stance::Claim, u"2026-01-05", id);
    st.respondsTo = respondsTo;
    return st;
}

QList<qint32> toList(DatasetLinks::Positions positions)
{
    return {positions.begin(), positions.end()};
}

using Lookup = qsizetype (Dataset::*)(const QString &id) const;

QList<qint32> expectedPositions(const Dataset &dataset, Lookup lookup, const QStringList &ids)
{
    QList<qint32> positions;
    for (const QString &id : ids)
        positions.append(id.isEmpty() ? -1 : qint32((dataset.*lookup)(id)));
    return positions;
}

QString joined(const QList<qint32> &positions)
{
    QStringList texts;
    for (const qint32 position : positions)
        texts.append(QString::number(position));
    return texts.join(u' ');
}

QString describeStatement(const QList<qint32> &actor, const QList<qint32> &sources,
                          const QList<qint32> &about, const QList<qint32> &respondsTo,
                          const QList<qint32> &answers)
{
    return u"actor %1; sources %2; about %3; respondsTo %4; answers %5"_s.arg(
            joined(actor), joined(sources), joined(about), joined(respondsTo), joined(answers));
}

// Every link, one line per item.
QStringList describeLinks(const DatasetLinks &links)
{
    QStringList lines;
    for (qsizetype i = 0; i < links.actorCount(); ++i)
        lines.append(u"actor %1: parent %2"_s.arg(i).arg(links.parentOf(i)));
    for (qsizetype i = 0; i < links.sourceCount(); ++i) {
        lines.append(u"source %1: author %2, publisher %3"_s.arg(i)
                             .arg(links.authorOf(i))
                             .arg(links.publisherOf(i)));
    }
    for (qsizetype i = 0; i < links.statementCount(); ++i) {
        lines.append(describeStatement({qint32(links.actorOf(i))}, toList(links.sourcesOf(i)),
                                       toList(links.aboutOf(i)), toList(links.respondsToOf(i)),
                                       toList(links.answersTo(i))));
    }
    return lines;
}

} // namespace

void TestDatasetLinks::emptyDatasetHasNoLinks()
{
    Dataset dataset;
    dataset.rebuildIndex();
    for (const DatasetLinks &links : {DatasetLinks(), DatasetLinks(dataset)}) {
        QCOMPARE(links.actorCount(), 0);
        QCOMPARE(links.sourceCount(), 0);
        QCOMPARE(links.statementCount(), 0);
    }
}

void TestDatasetLinks::referencesArePositions()
{
    Dataset dataset;
    dataset.actors = {makeActor(u"root"_s, u"Root"_s, ActorKind::Organization),
                      makeActor(u"child"_s, u"Child"_s, ActorKind::Group, u"root"_s),
                      makeActor(u"orphan"_s, u"Orphan"_s, ActorKind::Person, u"ghost"_s),
                      makeActor(u"grandchild"_s, u"Grandchild"_s, ActorKind::Person, u"child"_s)};
    dataset.sources = {makeSource(u"report"_s, u"child"_s, u"root"_s),
                       makeSource(u"post"_s, QString(), u"ghost"_s)};
    dataset.statements = {statement(u"claim"_s, u"grandchild"_s),
                          statement(u"denial"_s, u"ghost"_s, {u"missing"_s, u"claim"_s}),
                          statement(u"reaction"_s, QString(), {u"denial"_s, u"claim"_s})};
    dataset.statements[0].sources = QStringList {u"post"_s, u"report"_s};
    dataset.statements[0].about = QStringList {u"grandchild"_s, u"root"_s};
    dataset.statements[1].sources = QStringList {u"nowhere"_s, QString(), u"post"_s};
    dataset.statements[2].about = QStringList {u"ghost"_s, u"child"_s};
    dataset.rebuildIndex();
    const DatasetLinks links(dataset);

    QCOMPARE(links.actorCount(), 4);
    QCOMPARE(links.sourceCount(), 2);
    QCOMPARE(links.statementCount(), 3);
    using Scalars = QList<qsizetype>;
    QCOMPARE(Scalars({links.parentOf(0), links.parentOf(1), links.parentOf(2), links.parentOf(3)}),
             Scalars({-1, 0, -1, 1}));
    QCOMPARE(Scalars({links.authorOf(0), links.authorOf(1)}), Scalars({1, -1}));
    QCOMPARE(Scalars({links.publisherOf(0), links.publisherOf(1)}), Scalars({0, -1}));
    QCOMPARE(Scalars({links.actorOf(0), links.actorOf(1), links.actorOf(2)}), Scalars({3, -1, -1}));
    QCOMPARE(toList(links.sourcesOf(0)), QList<qint32>({1, 0}));
    QCOMPARE(toList(links.sourcesOf(1)), QList<qint32>({-1, -1, 1}));
    QVERIFY(links.sourcesOf(2).isEmpty());
    QCOMPARE(toList(links.aboutOf(0)), QList<qint32>({3, 0}));
    QVERIFY(links.aboutOf(1).isEmpty());
    QCOMPARE(toList(links.aboutOf(2)), QList<qint32>({-1, 1}));
    QVERIFY(links.respondsToOf(0).isEmpty());
    QCOMPARE(toList(links.respondsToOf(1)), QList<qint32>({-1, 0}));
    QCOMPARE(toList(links.respondsToOf(2)), QList<qint32>({1, 0}));
}

void TestDatasetLinks::repeatedIdNamesTheFirstItem()
{
    Dataset dataset;
    dataset.actors = {makeActor(u"a"_s, u"First"_s, ActorKind::Person),
                      makeActor(u"a"_s, u"Second"_s, ActorKind::Person, u"a"_s)};
    dataset.sources = {makeSource(u"src"_s, u"a"_s, u"a"_s), makeSource(u"src"_s, {}, {})};
    dataset.statements = {statement(u"s0"_s, u"a"_s), statement(u"s1"_s, u"a"_s),
                          statement(u"s1"_s, u"a"_s), statement(u"s2"_s, u"a"_s, {u"s1"_s})};
    dataset.statements[3].sources = QStringList {u"src"_s};
    dataset.rebuildIndex();
    const DatasetLinks links(dataset);

    QCOMPARE(links.parentOf(1), 0);
    QCOMPARE(links.authorOf(0), 0);
    QCOMPARE(links.actorOf(3), 0);
    QCOMPARE(toList(links.sourcesOf(3)), QList<qint32>({0}));
    QCOMPARE(toList(links.respondsToOf(3)), QList<qint32>({1}));
    QCOMPARE(toList(links.answersTo(1)), QList<qint32>({3}));
    QVERIFY(links.answersTo(2).isEmpty());
}

void TestDatasetLinks::answersAreInDatasetOrder()
{
    Dataset dataset;
    dataset.actors = {makeActor(u"speaker"_s, u"Speaker"_s, ActorKind::Person)};
    dataset.statements = {statement(u"early"_s, u"speaker"_s, {u"claim"_s}),
                          statement(u"claim"_s, u"speaker"_s),
                          statement(u"silent"_s, u"speaker"_s),
                          statement(u"twice"_s, u"speaker"_s, {u"claim"_s, u"claim"_s}),
                          statement(u"lost"_s, u"speaker"_s, {u"nowhere"_s, u"early"_s}),
                          statement(u"late"_s, u"speaker"_s, {u"claim"_s})};
    dataset.rebuildIndex();
    const DatasetLinks links(dataset);

    QCOMPARE(toList(links.answersTo(1)), QList<qint32>({0, 3, 3, 5}));
    QCOMPARE(toList(links.answersTo(0)), QList<qint32>({4}));
    qsizetype answerCount = 0;
    for (qsizetype i = 0; i < links.statementCount(); ++i)
        answerCount += links.answersTo(i).size();
    QCOMPARE(answerCount, 5); // "nowhere" answers nobody
    QVERIFY(links.answersTo(2).isEmpty());
}

void TestDatasetLinks::bigDatasetMatchesLookups()
{
    // Above the 4096 statements from which the statements are linked on two threads, in halves.
    const int count = 20'001;
    const int half = count / 2;
    const auto actorId = [](int i) { return u"a%1"_s.arg(i); };
    Dataset dataset;
    for (int i = 0; i < 40; ++i) {
        const QString parent = i % 5 == 0 ? QString() : i % 7 == 3 ? u"ghost"_s : actorId(i / 2);
        dataset.actors.append(makeActor(actorId(i), actorId(i), ActorKind::Person, parent));
    }
    for (int i = 0; i < 25; ++i) {
        dataset.sources.append(makeSource(u"src%1"_s.arg(i), i % 4 == 0 ? QString() : actorId(i),
                                          i % 6 == 1 ? u"nobody"_s : actorId(i * 3 % 45)));
    }
    // Some moduli reach past the lists (src25, a40, s20001...): ids that name nothing.
    dataset.statements.reserve(count);
    for (int i = 0; i < count; ++i) {
        Statement st = statement(u"s%1"_s.arg(i),
                                 i % 11 == 0           ? QString()
                                         : i % 13 == 0 ? u"stranger"_s
                                                       : actorId(i % 40));
        for (int k = 0; k < i % 3; ++k)
            st.sources.append(u"src%1"_s.arg((i + k * 7) % 27));
        if (i % 31 == 0)
            st.sources.append(QString());
        for (int k = 0; k < i % 4; ++k)
            st.about.append(actorId((i * k + 3) % 41));
        for (int k = 0; k < (i + 1) % 4; ++k)
            st.respondsTo.append(u"s%1"_s.arg((i * 7919 + k * 104'729) % (count + 50)));
        if (i % 23 == 0 && !st.respondsTo.isEmpty())
            st.respondsTo.append(st.respondsTo.first());
        dataset.statements.append(st);
    }
    Statement &lastOfFirstHalf = dataset.statements[half - 1];
    lastOfFirstHalf.actor = u"a2"_s;
    lastOfFirstHalf.respondsTo = QStringList {u"s0"_s, u"absent"_s};
    Statement &firstOfSecondHalf = dataset.statements[half];
    firstOfSecondHalf.actor = u"nobody"_s;
    firstOfSecondHalf.sources = QStringList {QString(), u"src3"_s};
    firstOfSecondHalf.respondsTo = QStringList {u"s%1"_s.arg(half - 1), u"s%1"_s.arg(count - 1)};
    dataset.rebuildIndex();
    const DatasetLinks links(dataset);

    QCOMPARE(links.actorOf(half - 1), 2);
    QCOMPARE(toList(links.respondsToOf(half - 1)), QList<qint32>({0, -1}));
    QCOMPARE(links.actorOf(half), -1);
    QCOMPARE(toList(links.sourcesOf(half)), QList<qint32>({-1, 3}));
    QCOMPARE(toList(links.respondsToOf(half)), QList<qint32>({half - 1, count - 1}));

    QStringList parentIds, authorIds, publisherIds;
    QList<qint32> parents, authors, publishers;
    for (qsizetype i = 0; i < dataset.actors.size(); ++i) {
        parentIds.append(dataset.actors[i].parent);
        parents.append(qint32(links.parentOf(i)));
    }
    for (qsizetype i = 0; i < dataset.sources.size(); ++i) {
        authorIds.append(dataset.sources[i].author);
        publisherIds.append(dataset.sources[i].publisher);
        authors.append(qint32(links.authorOf(i)));
        publishers.append(qint32(links.publisherOf(i)));
    }
    QCOMPARE(parents, expectedPositions(dataset, &Dataset::actorIndex, parentIds));
    QCOMPARE(authors, expectedPositions(dataset, &Dataset::actorIndex, authorIds));
    QCOMPARE(publishers, expectedPositions(dataset, &Dataset::actorIndex, publisherIds));

    QList<QList<qint32>> expectedAnswers(count);
    for (int i = 0; i < count; ++i) {
        for (const qint32 target : expectedPositions(dataset, &Dataset::statementIndex,
                                                     dataset.statements[i].respondsTo)) {
            if (target >= 0)
                expectedAnswers[target].append(i);
        }
    }
    QCOMPARE(links.statementCount(), count);
    const QStringList actual
            = describeLinks(links).mid(dataset.actors.size() + dataset.sources.size());
    QStringList expected;
    for (int i = 0; i < count; ++i) {
        const Statement &st = dataset.statements[i];
        expected.append(describeStatement(
                expectedPositions(dataset, &Dataset::actorIndex, {st.actor}),
                expectedPositions(dataset, &Dataset::sourceIndex, st.sources),
                expectedPositions(dataset, &Dataset::actorIndex, st.about),
                expectedPositions(dataset, &Dataset::statementIndex, st.respondsTo),
                expectedAnswers[i]));
    }
    QCOMPARE(actual, expected);
}

void TestDatasetLinks::readerGivesTheLinksOfItsDataset_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DatasetReader::Way>("way");
    const QDir valid(QStringLiteral(DISPUTE_FIXTURES_DIR "/valid"));
    for (const QString &name : valid.entryList({u"*.json"_s}, QDir::Files)) {
        QTest::addRow("%s, quick", qPrintable(name))
                << valid.filePath(name) << DatasetReader::Way::QuickWhenClean;
        QTest::addRow("%s, thorough", qPrintable(name))
                << valid.filePath(name) << DatasetReader::Way::ThoroughOnly;
    }
}

void TestDatasetLinks::readerGivesTheLinksOfItsDataset()
{
    QFETCH(QString, path);
    QFETCH(DatasetReader::Way, way);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ReadResult read = DatasetReader::read(file.readAll(), path, way);
    QVERIFY(read.ok());
    QVERIFY(read.links);
    const QStringList given = describeLinks(*read.links);
    QCOMPARE(given.size(),
             read.dataset->actors.size() + read.dataset->sources.size()
                     + read.dataset->statements.size());
    QCOMPARE(given, describeLinks(DatasetLinks(*read.dataset)));
}

QTEST_GUILESS_MAIN(TestDatasetLinks)
#include "tst_datasetlinks.moc"
