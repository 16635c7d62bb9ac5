#include "models/datasetvalidator.h"

#include "models/datasetreader.h"
#include "models/diagnosticsink.h"
#include "models/jsonpointer.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

// Every pass below is linear: ids are looked up in the dataset's own lookups, and the actor
// tree is walked once with each actor's depth remembered.

namespace {

// Below this many statements, a second thread costs more than it saves.
constexpr qsizetype twoThreadsFrom = 4096;

// The position of an id in one of the dataset's lists, or -1.
using IdLookup = qsizetype (Dataset::*)(const QString &id) const;

// The lookups keep each id's first position, so an item found elsewhere repeats an earlier id.
// Only a list with fewer ids in its lookup than items can hold a repeat; only it is walked.
template<typename T>
void reportDuplicateIds(const Dataset &dataset, const QList<T> &items, qsizetype indexed,
                        IdLookup lookup, QStringView collection, QStringView what,
                        DiagnosticSink &sink)
{
    if (indexed == items.size())
        return;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &id = items.at(i).id;
        const qsizetype first = (dataset.*lookup)(id);
        if (!id.isEmpty() && first != i) {
            sink.error(elementPointer(collection, i, u"id"),
                       u"duplicate %1 id %2 (first at %3)"_s.arg(
                               what, quoted(id), elementPointer(collection, first)));
        }
    }
}

void checkCount(qsizetype count, qsizetype limit, const QString &pointer, const QString &what,
                DiagnosticSink &sink)
{
    if (count > limit)
        sink.error(pointer, u"%1 %2, over the %3 limit"_s.arg(count).arg(what).arg(limit));
}

// Where a reference is: /collection/item/field, plus /position inside a list of references.
struct Place
{
    QStringView collection;
    qsizetype item;
    QStringView field;
    qsizetype position = -1;

    QString pointer() const
    {
        QString pointer = elementPointer(collection, item, field);
        if (position >= 0)
            pointer += u'/' + QString::number(position);
        return pointer;
    }
};

class Validator
{
public:
    Validator(const Dataset &dataset, DiagnosticSink &sink, const ValidationScope &scope)
        : m_dataset(dataset)
        , m_sink(sink)
        , m_scope(scope)
    { }

    void run();

private:
    // Reports an id that names nothing.
    auto reporter()
    {
        return [this](const Place &place, QStringView what, const QString &id) {
            m_sink.error(place.pointer(), u"unknown "_s + what + u' ' + quoted(id));
        };
    }
    // The position lookup gives id, or -1. An id naming nothing in a collection that is checked
    // is passed on to unknown(place, what, id); an empty id is skipped (the reader reported it).
    template<typename Unknown>
    qsizetype resolve(const QString &id, IdLookup lookup, bool checked, const Place &place,
                      QStringView what, const Unknown &unknown) const;
    qsizetype resolve(const QString &id, IdLookup lookup, bool checked, const Place &place,
                      QStringView what)
    {
        return resolve(id, lookup, checked, place, what, reporter());
    }
    void mention(qsizetype actor)
    {
        if (actor >= 0)
            m_mentioned[std::size_t(actor)] = true;
    }
    void checkActorTree();
    void reportCycle(const std::vector<qsizetype> &cycle);
    void checkSources();
    void checkStatements();
    template<typename Unknown>
    void resolveStatement(qsizetype i, std::vector<bool> &mentioned, const Unknown &unknown) const;
    bool resolvedOnTwoThreads();
    void warnIfAnsweringNothing(qsizetype i);
    void warnUnmentioned();

    const Dataset &m_dataset;
    DiagnosticSink &m_sink;
    ValidationScope m_scope;
    std::vector<qsizetype> m_parent; // index of each actor's parent, -1 for a root or unknown
    std::vector<bool> m_mentioned;   // named by a statement, a source, or as a parent
};

void Validator::run()
{
    const qsizetype actorCount = m_dataset.actors.size();
    checkCount(actorCount, DatasetReader::maxActors, u"/actors"_s, u"actors"_s, m_sink);
    checkCount(m_dataset.sources.size(), DatasetReader::maxSources, u"/sources"_s, u"sources"_s,
               m_sink);
    checkCount(m_dataset.statements.size(), DatasetReader::maxStatements, u"/statements"_s,
               u"statements"_s, m_sink);

    reportDuplicateIds(m_dataset, m_dataset.actors, m_dataset.distinctActorIds(),
                       &Dataset::actorIndex, u"actors", u"actor", m_sink);
    reportDuplicateIds(m_dataset, m_dataset.sources, m_dataset.distinctSourceIds(),
                       &Dataset::sourceIndex, u"sources", u"source", m_sink);
    reportDuplicateIds(m_dataset, m_dataset.statements, m_dataset.distinctStatementIds(),
                       &Dataset::statementIndex, u"statements", u"statement", m_sink);

    m_parent.assign(std::size_t(actorCount), -1);
    m_mentioned.assign(std::size_t(actorCount), false);
    for (qsizetype i = 0; i < actorCount; ++i) {
        const QString &parent = m_dataset.actors.at(i).parent;
        // An actor with children is mentioned: it is a heading of the tree.
        const qsizetype p = resolve(parent, &Dataset::actorIndex, m_scope.actors,
                                    {u"actors", i, u"parent"}, u"actor");
        m_parent[std::size_t(i)] = p;
        mention(p);
    }
    checkActorTree();
    checkSources();
    checkStatements();
    if (m_scope.actors && m_scope.sources && m_scope.statements)
        warnUnmentioned();
}

// Each actor has at most one parent, so following parents from any actor either reaches a root
// or enters a cycle. Each actor is visited once: its depth is remembered (-1 for an actor on or
// below a cycle, whose depth is meaningless and whose cycle is reported once).
void Validator::checkActorTree()
{
    enum : char { Unvisited, OnPath, Done };
    const std::size_t count = m_parent.size();
    std::vector<char> state(count, Unvisited);
    std::vector<int> depth(count, 0);
    std::vector<qsizetype> path;
    for (std::size_t start = 0; start < count; ++start) {
        if (state[start] != Unvisited)
            continue;
        path.clear();
        qsizetype next = qsizetype(start);
        while (next >= 0 && state[std::size_t(next)] == Unvisited) {
            state[std::size_t(next)] = OnPath;
            path.push_back(next);
            next = m_parent[std::size_t(next)];
        }
        int base = next < 0 ? 0 : depth[std::size_t(next)];
        if (next >= 0 && state[std::size_t(next)] == OnPath) {
            // The path runs into itself: from `next` to the end of the path is a cycle.
            const auto from = std::find(path.cbegin(), path.cend(), next);
            reportCycle(std::vector<qsizetype>(from, path.cend()));
            for (auto it = from; it != path.cend(); ++it) {
                depth[std::size_t(*it)] = -1;
                state[std::size_t(*it)] = Done;
            }
            path.erase(from, path.end());
            base = -1;
        }
        for (auto it = path.crbegin(); it != path.crend(); ++it) {
            const int d = base < 0 ? -1 : base + 1;
            depth[std::size_t(*it)] = d;
            state[std::size_t(*it)] = Done;
            base = d;
            if (d == DatasetReader::maxActorDepth + 1) {
                m_sink.error(elementPointer(u"actors", *it, u"parent"),
                             u"actor %1 is at depth %2 of the actor tree, over the %3 limit"_s
                                     .arg(quoted(m_dataset.actors.at(*it).id))
                                     .arg(d)
                                     .arg(DatasetReader::maxActorDepth));
            }
        }
    }
}

void Validator::reportCycle(const std::vector<qsizetype> &cycle)
{
    // Start the text at the cycle's first actor in the file, so the report does not depend on
    // where the walk happened to enter the cycle.
    const qsizetype first = *std::min_element(cycle.cbegin(), cycle.cend());
    constexpr std::size_t maxShown = 10;
    QString text = u"parent cycle: "_s + m_dataset.actors.at(first).id;
    qsizetype at = m_parent[std::size_t(first)];
    for (std::size_t shown = 1; at != first; ++shown, at = m_parent[std::size_t(at)]) {
        if (shown == maxShown) {
            text += u" → … ("_s + QString::number(cycle.size()) + u" actors)"_s;
            break;
        }
        text += u" → "_s + m_dataset.actors.at(at).id;
    }
    if (at == first)
        text += u" → "_s + m_dataset.actors.at(first).id;
    m_sink.error(elementPointer(u"actors", first, u"parent"), text);
}

template<typename Unknown>
qsizetype Validator::resolve(const QString &id, IdLookup lookup, bool checked, const Place &place,
                             QStringView what, const Unknown &unknown) const
{
    if (id.isEmpty())
        return -1;
    const qsizetype i = (m_dataset.*lookup)(id);
    if (i < 0 && checked)
        unknown(place, what, id);
    return i;
}

void Validator::checkSources()
{
    for (qsizetype i = 0; i < m_dataset.sources.size(); ++i) {
        const Source &source = m_dataset.sources.at(i);
        mention(resolve(source.author, &Dataset::actorIndex, m_scope.actors,
                        {u"sources", i, u"author"}, u"actor"));
        mention(resolve(source.publisher, &Dataset::actorIndex, m_scope.actors,
                        {u"sources", i, u"publisher"}, u"actor"));
    }
}

void Validator::checkStatements()
{
    const qsizetype count = m_dataset.statements.size();
    if (count >= twoThreadsFrom && resolvedOnTwoThreads()) {
        for (qsizetype i = 0; i < count; ++i)
            warnIfAnsweringNothing(i);
        return;
    }
    for (qsizetype i = 0; i < count; ++i) {
        resolveStatement(i, m_mentioned, reporter());
        warnIfAnsweringNothing(i);
    }
}

// Marks in mentioned the actors statement i names.
template<typename Unknown>
void Validator::resolveStatement(qsizetype i, std::vector<bool> &mentioned,
                                 const Unknown &unknown) const
{
    const auto mention = [&mentioned](qsizetype actor) {
        if (actor >= 0)
            mentioned[std::size_t(actor)] = true;
    };
    const Statement &statement = m_dataset.statements.at(i);
    mention(resolve(statement.actor, &Dataset::actorIndex, m_scope.actors,
                    {u"statements", i, u"actor"}, u"actor", unknown));
    for (qsizetype j = 0; j < statement.sources.size(); ++j) {
        resolve(statement.sources.at(j), &Dataset::sourceIndex, m_scope.sources,
                {u"statements", i, u"sources", j}, u"source", unknown);
    }
    for (qsizetype j = 0; j < statement.about.size(); ++j) {
        mention(resolve(statement.about.at(j), &Dataset::actorIndex, m_scope.actors,
                        {u"statements", i, u"about", j}, u"actor", unknown));
    }
    for (qsizetype j = 0; j < statement.respondsTo.size(); ++j) {
        resolve(statement.respondsTo.at(j), &Dataset::statementIndex, m_scope.statements,
                {u"statements", i, u"respondsTo", j}, u"statement", unknown);
    }
}

// Each lookup of a big dataset is a wait on memory, so two threads resolve half the statements
// each. Whether every reference resolved: when one names nothing, the caller resolves them all
// again on one thread, to report the unknown ones in order.
bool Validator::resolvedOnTwoThreads()
{
    const auto resolveRange = [this](qsizetype from, qsizetype to, std::vector<bool> &mentioned) {
        bool allKnown = true;
        const auto unknown
                = [&allKnown](const Place &, QStringView, const QString &) { allKnown = false; };
        for (qsizetype i = from; i < to; ++i)
            resolveStatement(i, mentioned, unknown);
        return allKnown;
    };
    const qsizetype count = m_dataset.statements.size();
    const qsizetype half = count / 2;
    std::vector<bool> laterMentioned(m_mentioned.size(), false);
    QFuture<bool> later = QtConcurrent::run([&resolveRange, &laterMentioned, half, count] {
        return resolveRange(half, count, laterMentioned);
    });
    std::vector<bool> earlierMentioned = m_mentioned;
    const bool earlierKnown = resolveRange(0, half, earlierMentioned);
    if (!later.result() || !earlierKnown)
        return false;
    for (std::size_t a = 0; a < m_mentioned.size(); ++a)
        m_mentioned[a] = earlierMentioned[a] || laterMentioned[a];
    return true;
}

void Validator::warnIfAnsweringNothing(qsizetype i)
{
    const Statement &statement = m_dataset.statements.at(i);
    if (statement.stance == Stance::Denial && statement.respondsTo.isEmpty())
        m_sink.warning(elementPointer(u"statements", i), u"a denial that responds to nothing"_s);
}

void Validator::warnUnmentioned()
{
    for (qsizetype i = 0; i < m_dataset.actors.size(); ++i) {
        const Actor &actor = m_dataset.actors.at(i);
        // An actor without an id cannot be mentioned; the reader has reported it already.
        if (actor.kind != ActorKind::Group && !actor.id.isEmpty() && !m_mentioned[std::size_t(i)])
            m_sink.warning(elementPointer(u"actors", i), u"an actor nobody mentions"_s);
    }
}

} // namespace

void validateDataset(Dataset &dataset, DiagnosticSink &sink, const ValidationScope &scope)
{
    dataset.rebuildIndex();
    Validator(dataset, sink, scope).run();
}

Diagnostics validateDataset(Dataset &dataset, const QString &fileName)
{
    DiagnosticSink sink(fileName, DatasetReader::maxErrors);
    validateDataset(dataset, sink);
    return sink.take();
}
