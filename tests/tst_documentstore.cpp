#include "models/documentstore.h"
#include "views/translations.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString fileA = u"/data/ford-xiaomi.json"_s;
const QString fileB = u"/data/more/ford-xiaomi-update.json"_s;
const QString fileC = u"/data/ford-xiaomi-later.json"_s;

Statement makeStatement(const QString &id, const QString &actor, Stance stance, const QString &text,
                        const QStringList &respondsTo = {})
{
    Statement statement;
    statement.id = id;
    statement.actor = actor;
    statement.stance = stance;
    statement.date = EdtfDate::parse(u"2026-02").value_or(EdtfDate());
    statement.text = text;
    statement.respondsTo = respondsTo;
    return statement;
}

Actor makeActor(const QString &id, const QString &name, ActorKind kind, const QString &parent = {})
{
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.kind = kind;
    actor.parent = parent;
    return actor;
}

// A small valid dispute: a report's claim and a denial.
Dataset dispute(const QString &id, const QString &title)
{
    Dataset dataset;
    dataset.id = id;
    dataset.title = title;
    dataset.actors = {
            makeActor(u"ford"_s, u"Ford"_s, ActorKind::Organization),
            makeActor(u"ft"_s, u"Financial Times"_s, ActorKind::Media),
    };
    Statement claim = makeStatement(u"claim"_s, u"ft"_s, Stance::Claim, u"A deal is near."_s);
    claim.about = {u"ford"_s};
    dataset.statements = {
            claim,
            makeStatement(u"denial"_s, u"ford"_s, Stance::Denial, u"No deal."_s, {u"claim"_s}),
    };
    dataset.rebuildIndex();
    return dataset;
}

Dataset fordXiaomi()
{
    return dispute(u"ford-xiaomi"_s, u"Ford–Xiaomi"_s);
}

// A file of the same dispute with one statement more.
Dataset fordXiaomiUpdate()
{
    Dataset dataset = fordXiaomi();
    dataset.statements.append(makeStatement(u"status"_s, u"ford"_s, Stance::Status,
                                            u"Talks continue, says a person familiar."_s));
    dataset.rebuildIndex();
    return dataset;
}

// Another file of the same dispute: changes the denial's text and retitles the dispute.
Dataset fordXiaomiLater()
{
    Dataset dataset = fordXiaomi();
    dataset.title = u"Ford–Xiaomi, a week later"_s;
    dataset.statements[1].text = u"Completely false."_s;
    dataset.rebuildIndex();
    return dataset;
}

// Same dispute, but a statement by an actor no file defines: the merge must be refused.
Dataset fordXiaomiBroken()
{
    Dataset dataset = fordXiaomi();
    dataset.statements.append(makeStatement(u"ghost"_s, u"nobody"_s, Stance::Claim, u"Boo."_s));
    dataset.rebuildIndex();
    return dataset;
}

Dataset otherDispute()
{
    return dispute(u"tesla-byd"_s, u"Tesla–BYD"_s);
}

struct Spies
{
    explicit Spies(DocumentStore *store)
        : current(store, &DocumentStore::currentChanged)
        , dataset(store, &DocumentStore::datasetChanged)
        , datasets(store, &DocumentStore::datasetsChanged)
        , modified(store, &DocumentStore::modifiedChanged)
    { }

    int total() const
    {
        return int(current.size() + dataset.size() + datasets.size() + modified.size());
    }

    QSignalSpy current;
    QSignalSpy dataset;
    QSignalSpy datasets;
    QSignalSpy modified;
};

} // namespace

class TestDocumentStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void emptyStore();
    void indexesWhatItIsGiven();
    void keepsLinksWithTheContentTheyDescribe();
    void openTwoDisputes();
    void openSameIdMerges();
    void undoRestoresExactlyAndRedoReapplies();
    void undoToSavedPointClearsModified();
    void undoOfAMergeInAnotherDisputeMakesItCurrent();
    void mergeWithNothingNewPushesNothing();
    void failedMergeChangesNothing();
    void markSaved();
    void replaceClearsHistoryOfThatDataset();
    void replaceKeepsOtherHistory();
    void replaceRefusesAnotherId();
};

void TestDocumentStore::emptyStore()
{
    DocumentStore store;
    QCOMPARE(store.count(), 0);
    QCOMPARE(store.currentIndex(), -1);
    QVERIFY(store.current() == Dataset());
    QVERIFY(store.datasetAt(3) == Dataset());
    QVERIFY(store.filesAt(0).isEmpty());
    QVERIFY(!store.isModified(0));
    QCOMPARE(store.indexOf(u"ford-xiaomi"_s), -1);
    QVERIFY(store.undoStack());
    QCOMPARE(store.undoStack()->count(), 0);

    Spies spies(&store);
    store.setCurrentIndex(0);
    store.markSaved(0);
    QCOMPARE(store.currentIndex(), -1);
    QCOMPARE(spies.total(), 0);
}

void TestDocumentStore::openTwoDisputes()
{
    DocumentStore store;
    Spies spies(&store);

    const OpenResult first = store.open(fordXiaomi(), fileA);
    QCOMPARE(first.outcome, OpenResult::Outcome::Opened);
    QVERIFY(first.ok());
    QCOMPARE(first.index, 0);
    QVERIFY(first.diagnostics.isEmpty());
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.currentIndex(), 0);
    QVERIFY(store.current() == fordXiaomi());
    QCOMPARE(store.filesAt(0), QStringList {fileA});
    QCOMPARE(spies.datasets.size(), 1);
    QCOMPARE(spies.current.size(), 1);
    QCOMPARE(spies.current.at(0).at(0).toInt(), 0);

    const OpenResult second = store.open(otherDispute(), fileB);
    QCOMPARE(second.outcome, OpenResult::Outcome::Opened);
    QCOMPARE(second.index, 1);
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.currentIndex(), 1);
    QVERIFY(store.current() == otherDispute());
    QVERIFY(store.datasetAt(0) == fordXiaomi());
    QCOMPARE(store.indexOf(u"tesla-byd"_s), 1);
    QCOMPARE(spies.datasets.size(), 2);
    QCOMPARE(spies.current.size(), 2);
    QCOMPARE(spies.current.at(1).at(0).toInt(), 1);

    // Opening is not undoable, and an opened dataset has nothing unsaved.
    QCOMPARE(store.undoStack()->count(), 0);
    QVERIFY(!store.isModified(0));
    QVERIFY(!store.isModified(1));
    QCOMPARE(spies.dataset.size(), 0);
    QCOMPARE(spies.modified.size(), 0);

    store.setCurrentIndex(0);
    QCOMPARE(store.currentIndex(), 0);
    QCOMPARE(spies.current.size(), 3);
    store.setCurrentIndex(0);
    store.setCurrentIndex(2);
    QCOMPARE(spies.current.size(), 3);
    QCOMPARE(store.currentIndex(), 0);
}

void TestDocumentStore::openSameIdMerges()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    Spies spies(&store);

    const OpenResult result = store.open(fordXiaomiUpdate(), fileB);
    QCOMPARE(result.outcome, OpenResult::Outcome::Merged);
    QVERIFY(result.ok());
    QCOMPARE(result.index, 0);
    QCOMPARE(result.summary.statements.added, QStringList {u"status"_s});
    QVERIFY(result.summary.statements.changed.isEmpty());
    QCOMPARE(result.summary.statements.unchanged, 2);
    QCOMPARE(result.summary.actors.unchanged, 2);
    QVERIFY(!result.summary.infoChanged);
    QCOMPARE(result.summary.toText(), u"1 statement added, 2 unchanged"_s);

    QCOMPARE(store.count(), 1);
    QVERIFY(store.current() == fordXiaomiUpdate());
    QVERIFY(store.current().statement(u"status"_s));
    QCOMPARE(store.filesAt(0), QStringList({fileA, fileB}));
    QVERIFY(store.isModified(0));

    QCOMPARE(spies.dataset.size(), 1);
    QCOMPARE(spies.dataset.at(0).at(0).toInt(), 0);
    QCOMPARE(spies.modified.size(), 1);
    QCOMPARE(spies.modified.at(0).at(0).toInt(), 0);
    QCOMPARE(spies.modified.at(0).at(1).toBool(), true);
    QCOMPARE(spies.datasets.size(), 0);
    QCOMPARE(spies.current.size(), 0); // it already was the current dataset

    QCOMPARE(store.undoStack()->count(), 1);
    QVERIFY(store.undoStack()->canUndo());
    QCOMPARE(store.undoStack()->undoText(), u"Merge ford-xiaomi-update.json"_s);

    // A second merge with a changed statement and a new title.
    const OpenResult later = store.open(fordXiaomiLater(), fileC);
    QCOMPARE(later.outcome, OpenResult::Outcome::Merged);
    QCOMPARE(later.summary.statements.changed, QStringList {u"denial"_s});
    QVERIFY(later.summary.infoChanged);
    QCOMPARE(store.current().title, u"Ford–Xiaomi, a week later"_s);
    QCOMPARE(store.current().statements.size(), 3);
    QCOMPARE(store.current().statements.at(1).text, u"Completely false."_s);
    QCOMPARE(store.filesAt(0), QStringList({fileA, fileB, fileC}));
    QCOMPARE(store.undoStack()->count(), 2);
    QCOMPARE(spies.dataset.size(), 2);
    QCOMPARE(spies.modified.size(), 1); // still modified: no new signal
}

void TestDocumentStore::undoRestoresExactlyAndRedoReapplies()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    const Dataset beforeMerges = store.current();
    store.open(fordXiaomiUpdate(), fileB);
    const Dataset afterFirst = store.current();
    store.open(fordXiaomiLater(), fileC);
    const Dataset afterSecond = store.current();
    QVERIFY(afterFirst != beforeMerges);
    QVERIFY(afterSecond != afterFirst);

    Spies spies(&store);
    QUndoStack *stack = store.undoStack();

    stack->undo();
    QVERIFY(store.current() == afterFirst);
    QCOMPARE(store.filesAt(0), QStringList({fileA, fileB}));
    QCOMPARE(spies.dataset.size(), 1);
    QVERIFY(store.isModified(0));

    stack->undo();
    QVERIFY(store.current() == beforeMerges);
    QVERIFY(store.current() == fordXiaomi());
    QCOMPARE(store.filesAt(0), QStringList {fileA});
    QVERIFY(!store.current().statement(u"status"_s)); // the lookups follow the content
    QCOMPARE(store.current().statementIndex(u"status"_s), -1);
    QVERIFY(!store.isModified(0));
    QCOMPARE(spies.dataset.size(), 2);
    QCOMPARE(spies.modified.size(), 1);
    QCOMPARE(spies.modified.at(0).at(1).toBool(), false);
    QVERIFY(!stack->canUndo());

    stack->redo();
    QVERIFY(store.current() == afterFirst);
    QVERIFY(store.isModified(0));
    stack->redo();
    QVERIFY(store.current() == afterSecond);
    QCOMPARE(store.filesAt(0), QStringList({fileA, fileB, fileC}));
    QCOMPARE(store.current().statementIndex(u"status"_s), 2);
    QCOMPARE(spies.dataset.size(), 4);
    QCOMPARE(spies.modified.size(), 2);
    QCOMPARE(spies.modified.at(1).at(1).toBool(), true);
    QCOMPARE(spies.current.size(), 0);
    QCOMPARE(spies.datasets.size(), 0);
}

void TestDocumentStore::undoToSavedPointClearsModified()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(fordXiaomiUpdate(), fileB);
    store.markSaved(0);
    QVERIFY(!store.isModified(0));

    store.open(fordXiaomiLater(), fileC);
    QVERIFY(store.isModified(0));

    Spies spies(&store);
    store.undoStack()->undo(); // back to the saved point
    QVERIFY(!store.isModified(0));
    store.undoStack()->undo(); // before the saved point
    QVERIFY(store.isModified(0));
    store.undoStack()->redo();
    QVERIFY(!store.isModified(0));
    QCOMPARE(spies.modified.size(), 3);
    QCOMPARE(spies.modified.at(0).at(1).toBool(), false);
    QCOMPARE(spies.modified.at(1).at(1).toBool(), true);
    QCOMPARE(spies.modified.at(2).at(1).toBool(), false);
}

void TestDocumentStore::undoOfAMergeInAnotherDisputeMakesItCurrent()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(otherDispute(), fileB);
    QCOMPARE(store.currentIndex(), 1);

    Spies spies(&store);
    const OpenResult result = store.open(fordXiaomiUpdate(), fileC);
    QCOMPARE(result.outcome, OpenResult::Outcome::Merged);
    QCOMPARE(result.index, 0);
    QCOMPARE(store.currentIndex(), 0);
    QCOMPARE(spies.current.size(), 1);
    QCOMPARE(spies.dataset.at(0).at(0).toInt(), 0);
    QVERIFY(store.isModified(0));
    QVERIFY(!store.isModified(1));

    store.setCurrentIndex(1);
    store.undoStack()->undo();
    QCOMPARE(store.currentIndex(), 0);
    QVERIFY(store.datasetAt(0) == fordXiaomi());
    QVERIFY(store.datasetAt(1) == otherDispute());
    QCOMPARE(spies.dataset.size(), 2);
    QCOMPARE(spies.dataset.at(1).at(0).toInt(), 0);
    QCOMPARE(spies.current.size(), 3);
    QCOMPARE(spies.current.at(2).at(0).toInt(), 0);
}

void TestDocumentStore::mergeWithNothingNewPushesNothing()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    Spies spies(&store);

    const OpenResult result = store.open(fordXiaomi(), fileB);
    QCOMPARE(result.outcome, OpenResult::Outcome::Merged);
    QVERIFY(result.summary.isEmpty());
    QCOMPARE(result.summary.statements.unchanged, 2);
    QCOMPARE(store.undoStack()->count(), 0);
    QVERIFY(!store.isModified(0));
    QCOMPARE(store.filesAt(0), QStringList {fileA});
    QCOMPARE(spies.total(), 0);
}

void TestDocumentStore::failedMergeChangesNothing()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(otherDispute(), fileB);
    store.open(fordXiaomiUpdate(), fileC);
    store.setCurrentIndex(1);

    const Dataset first = store.datasetAt(0);
    const Dataset second = store.datasetAt(1);
    const QStringList files = store.filesAt(0);
    const int commands = store.undoStack()->count();
    const int undoIndex = store.undoStack()->index();
    const QString undoText = store.undoStack()->undoText();

    Spies spies(&store);
    QSignalSpy stackSpy(store.undoStack(), &QUndoStack::indexChanged);
    const OpenResult result = store.open(fordXiaomiBroken(), u"/data/broken.json"_s);
    QCOMPARE(result.outcome, OpenResult::Outcome::Failed);
    QVERIFY(!result.ok());
    QCOMPARE(result.index, -1);
    QVERIFY(hasErrors(result.diagnostics));
    QVERIFY(result.summary.isEmpty());

    QCOMPARE(store.count(), 2);
    QCOMPARE(store.currentIndex(), 1);
    QVERIFY(store.datasetAt(0) == first);
    QVERIFY(store.datasetAt(1) == second);
    QCOMPARE(store.filesAt(0), files);
    QVERIFY(store.isModified(0));
    QVERIFY(!store.isModified(1));
    QCOMPARE(store.undoStack()->count(), commands);
    QCOMPARE(store.undoStack()->index(), undoIndex);
    QCOMPARE(store.undoStack()->undoText(), undoText);
    QCOMPARE(spies.total(), 0);
    QCOMPARE(stackSpy.size(), 0);
}

void TestDocumentStore::markSaved()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(fordXiaomiUpdate(), fileB);
    QVERIFY(store.isModified(0));

    Spies spies(&store);
    store.markSaved(0);
    QVERIFY(!store.isModified(0));
    QCOMPARE(spies.modified.size(), 1);
    QCOMPARE(spies.modified.at(0).at(0).toInt(), 0);
    QCOMPARE(spies.modified.at(0).at(1).toBool(), false);
    store.markSaved(0); // already clean: no signal
    QCOMPARE(spies.modified.size(), 1);
    QCOMPARE(spies.dataset.size(), 0);
    // The history stays: undo goes back before the saved content, which is unsaved again.
    QCOMPARE(store.undoStack()->count(), 1);
    store.undoStack()->undo();
    QVERIFY(store.isModified(0));
    QVERIFY(store.current() == fordXiaomi());
}

void TestDocumentStore::replaceClearsHistoryOfThatDataset()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(fordXiaomiUpdate(), fileB);
    QCOMPARE(store.undoStack()->count(), 1);

    Spies spies(&store);
    Dataset reloaded = fordXiaomiLater();
    QVERIFY(store.replace(0, reloaded));
    QVERIFY(store.current() == reloaded);
    QVERIFY(store.current().statement(u"denial"_s));
    QCOMPARE(store.filesAt(0), QStringList({fileA, fileB}));
    QVERIFY(!store.isModified(0));
    QCOMPARE(store.undoStack()->count(), 0);
    QVERIFY(!store.undoStack()->canUndo());
    QCOMPARE(spies.dataset.size(), 1);
    QCOMPARE(spies.dataset.at(0).at(0).toInt(), 0);
    QCOMPARE(spies.modified.size(), 1);
    QCOMPARE(spies.modified.at(0).at(1).toBool(), false);
    QCOMPARE(spies.current.size(), 0);
    QCOMPARE(spies.datasets.size(), 0);

    // Merging after a reload works on the reloaded content (incoming wins: the older title
    // and denial text come back).
    const OpenResult result = store.open(fordXiaomiUpdate(), fileB);
    QCOMPARE(result.summary.statements.added, QStringList {u"status"_s});
    QCOMPARE(result.summary.statements.changed, QStringList {u"denial"_s});
    QVERIFY(result.summary.infoChanged);
    QCOMPARE(store.undoStack()->count(), 1);
    store.undoStack()->undo();
    QVERIFY(store.current() == reloaded);
    QVERIFY(!store.isModified(0));
}

void TestDocumentStore::replaceKeepsOtherHistory()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(otherDispute(), fileB);
    store.open(fordXiaomiUpdate(), fileC);
    QCOMPARE(store.undoStack()->count(), 1);

    Dataset reloaded = otherDispute();
    reloaded.summary = u"Reloaded from disk."_s;
    QVERIFY(store.replace(1, reloaded));
    QVERIFY(store.datasetAt(1) == reloaded);
    QCOMPARE(store.undoStack()->count(), 1);
    store.undoStack()->undo();
    QVERIFY(store.datasetAt(0) == fordXiaomi());
    QVERIFY(store.datasetAt(1) == reloaded);
}

void TestDocumentStore::replaceRefusesAnotherId()
{
    DocumentStore store;
    store.open(fordXiaomi(), fileA);
    store.open(fordXiaomiUpdate(), fileB);
    Spies spies(&store);

    QVERIFY(!store.replace(0, otherDispute()));
    QVERIFY(!store.replace(1, fordXiaomi()));
    QVERIFY(!store.replace(-1, fordXiaomi()));
    QVERIFY(store.current() == fordXiaomiUpdate());
    QCOMPARE(store.undoStack()->count(), 1);
    QVERIFY(store.isModified(0));
    QCOMPARE(spies.total(), 0);
}

// The store looks ids up in what it holds: it indexes a dataset whose lookups are missing or
// stale, and keeps the lookups of one indexed already.
void TestDocumentStore::indexesWhatItIsGiven()
{
    Dataset unindexed = fordXiaomi();
    unindexed.statements[0].id = u"renamed-claim"_s;
    QVERIFY(!unindexed.isIndexCurrent());
    Dataset other = otherDispute();
    QVERIFY(other.isIndexCurrent());
    Dataset repeated = dispute(u"repeated"_s, u"Repeated"_s);
    repeated.statements.append(repeated.statements.first());
    repeated.rebuildIndex();
    QVERIFY(!repeated.isIndexCurrent());

    DocumentStore store;
    QVERIFY(store.open(unindexed, u"a.json"_s).ok());
    QVERIFY(store.open(other, u"b.json"_s).ok());
    const Dataset &first = store.datasetAt(0);
    QVERIFY(first.isIndexCurrent());
    QVERIFY(first.statement(u"renamed-claim"_s));
    QVERIFY(!first.statement(u"claim"_s));
    QVERIFY(store.datasetAt(1).statement(u"denial"_s));
    QVERIFY(store.replace(0, unindexed));
    QVERIFY(store.datasetAt(0).statement(u"renamed-claim"_s));
}

// Links describe one content: a merge, its undo and its redo drop them, and a replacement
// brings its own.
void TestDocumentStore::keepsLinksWithTheContentTheyDescribe()
{
    const Dataset dataset = fordXiaomi();
    const auto links = std::make_shared<const DatasetLinks>(dataset);
    DocumentStore store;
    QVERIFY(store.open(dataset, u"a.json"_s, DocumentStore::Lookups::Built, links).ok());
    QVERIFY(store.open(otherDispute(), u"b.json"_s).ok());
    QCOMPARE(store.linksAt(0), links);
    QCOMPARE(store.linksAt(1), nullptr);
    QCOMPARE(store.linksAt(2), nullptr);

    const OpenResult unchanged = store.open(fordXiaomi(), u"c.json"_s);
    QCOMPARE(unchanged.outcome, OpenResult::Outcome::Merged);
    QVERIFY(unchanged.summary.isEmpty());
    QCOMPARE(store.linksAt(0), links);

    QVERIFY(store.open(fordXiaomiUpdate(), u"d.json"_s).ok());
    QCOMPARE(store.linksAt(0), nullptr);
    QVERIFY(store.replace(0, dataset, DocumentStore::Lookups::Built, links));
    QCOMPARE(store.linksAt(0), links);
    QVERIFY(store.open(fordXiaomiUpdate(), u"d.json"_s).ok());
    store.undoStack()->undo();
    QCOMPARE(store.datasetAt(0), dataset);
    QCOMPARE(store.linksAt(0), nullptr);
    QVERIFY(store.replace(0, dataset));
    QCOMPARE(store.linksAt(0), nullptr);
}

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
