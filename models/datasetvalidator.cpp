#include "models/datasetvalidator.h"

#include "models/datasetreader.h"
#include "models/diagnosticsink.h"
#include "models/jsonpointer.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

// Every pass below is linear: references are followed through the dataset's links, found once,
// and the actor tree is walked once with each actor's depth remembered.

namespace {

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

    DatasetLinks run();

private:
    // Reports a reference that names nothing, unless it is empty (the reader reported it) or
    // its collection is not checked.
    void checkLink(qsizetype position, const QString &id, bool checked, const Place &place,
                   QStringView what)
    {
        if (position < 0 && checked && !id.isEmpty())
            m_sink.error(place.pointer(), u"unknown "_s + what + u' ' + quoted(id));
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
    void warnIfAnsweringNothing(qsizetype i);
    void warnUnmentioned();

    const Dataset &m_dataset;
    DiagnosticSink &m_sink;
    ValidationScope m_scope;
    DatasetLinks m_links;
    std::vector<bool> m_mentioned; // named by a statement, a source, or as a parent
};

DatasetLinks Validator::run()
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

    m_links = DatasetLinks(m_dataset);
    m_mentioned.assign(std::size_t(actorCount), false);
    for (qsizetype i = 0; i < actorCount; ++i) {
        checkLink(m_links.parentOf(i), m_dataset.actors.at(i).parent, m_scope.actors,
                  {u"actors", i, u"parent"}, u"actor");
        // An actor with children is mentioned: it is a heading of the tree.
        mention(m_links.parentOf(i));
    }
    checkActorTree();
    checkSources();
    checkStatements();
    if (m_scope.actors && m_scope.sources && m_scope.statements)
        warnUnmentioned();
    return std::move(m_links);
}

// Each actor has at most one parent, so following parents from any actor either reaches a root
// or enters a cycle. Each actor is visited once: its depth is remembered (-1 for an actor on or
// below a cycle, whose depth is meaningless and whose cycle is reported once).
void Validator::checkActorTree()
{
    enum : char { Unvisited, OnPath, Done };
    const std::size_t count = std::size_t(m_links.actorCount());
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
            next = m_links.parentOf(next);
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
    qsizetype at = m_links.parentOf(first);
    for (std::size_t shown = 1; at != first; ++shown, at = m_links.parentOf(at)) {
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

void Validator::checkSources()
{
    for (qsizetype i = 0; i < m_dataset.sources.size(); ++i) {
        const Source &source = m_dataset.sources.at(i);
        checkLink(m_links.authorOf(i), source.author, m_scope.actors, {u"sources", i, u"author"},
                  u"actor");
        checkLink(m_links.publisherOf(i), source.publisher, m_scope.actors,
                  {u"sources", i, u"publisher"}, u"actor");
        mention(m_links.authorOf(i));
        mention(m_links.publisherOf(i));
    }
}

void Validator::checkStatements()
{
    for (qsizetype i = 0; i < m_dataset.statements.size(); ++i) {
        const Statement &statement = m_dataset.statements.at(i);
        checkLink(m_links.actorOf(i), statement.actor, m_scope.actors, {u"statements", i, u"actor"},
                  u"actor");
        mention(m_links.actorOf(i));
        const DatasetLinks::Positions sources = m_links.sourcesOf(i);
        for (qsizetype j = 0; j < sources.size(); ++j) {
            checkLink(sources[j], statement.sources.at(j), m_scope.sources,
                      {u"statements", i, u"sources", j}, u"source");
        }
        const DatasetLinks::Positions about = m_links.aboutOf(i);
        for (qsizetype j = 0; j < about.size(); ++j) {
            checkLink(about[j], statement.about.at(j), m_scope.actors,
                      {u"statements", i, u"about", j}, u"actor");
            mention(about[j]);
        }
        const DatasetLinks::Positions respondsTo = m_links.respondsToOf(i);
        for (qsizetype j = 0; j < respondsTo.size(); ++j) {
            checkLink(respondsTo[j], statement.respondsTo.at(j), m_scope.statements,
                      {u"statements", i, u"respondsTo", j}, u"statement");
        }
        warnIfAnsweringNothing(i);
    }
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

DatasetLinks validateDataset(Dataset &dataset, DiagnosticSink &sink, const ValidationScope &scope)
{
    dataset.rebuildIndex();
    return Validator(dataset, sink, scope).run();
}

Diagnostics validateDataset(Dataset &dataset, const QString &fileName)
{
    DiagnosticSink sink(fileName, DatasetReader::maxErrors);
    validateDataset(dataset, sink);
    return sink.take();
}
