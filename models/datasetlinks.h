#pragma once

#include "models/dataset.h"

#include <QtGlobal>

#include <vector>

// A dataset's references as positions in its lists, found once. Every pass over a big dataset
// can then follow them instead of looking each id up again: at 100k statements each lookup is a
// wait on memory, and the validator, the claims' analysis, the timeline and the actors' facts
// each made hundreds of thousands. A reference that is empty or names nothing is -1; a repeated
// id names its first item, as the dataset's lookups do.
//
// The links describe the lists they were found in, like the lookups they are found with: after
// a change to the lists, find them again.
class DatasetLinks
{
public:
    // Positions in one of the dataset's lists, in the order of the references.
    class Positions
    {
    public:
        Positions() = default;
        Positions(const qint32 *begin, const qint32 *end)
            : m_begin(begin)
            , m_end(end)
        { }
        const qint32 *begin() const { return m_begin; }
        const qint32 *end() const { return m_end; }
        qsizetype size() const { return m_end - m_begin; }
        bool isEmpty() const { return m_begin == m_end; }
        qint32 operator[](qsizetype i) const { return m_begin[i]; }

    private:
        const qint32 *m_begin = nullptr;
        const qint32 *m_end = nullptr;
    };

    DatasetLinks() = default; // the links of an empty dataset
    // Needs the dataset's lookups built (Dataset::rebuildIndex()). A big dataset's statements
    // are linked on two threads.
    explicit DatasetLinks(const Dataset &dataset);

    qsizetype actorCount() const { return qsizetype(m_parentOf.size()); }
    qsizetype sourceCount() const { return qsizetype(m_authorOf.size()); }
    qsizetype statementCount() const { return qsizetype(m_actorOf.size()); }

    qsizetype parentOf(qsizetype actor) const { return m_parentOf[std::size_t(actor)]; }
    qsizetype authorOf(qsizetype source) const { return m_authorOf[std::size_t(source)]; }
    qsizetype publisherOf(qsizetype source) const { return m_publisherOf[std::size_t(source)]; }
    qsizetype actorOf(qsizetype statement) const { return m_actorOf[std::size_t(statement)]; }
    Positions sourcesOf(qsizetype statement) const { return listOf(statement, Sources); }
    Positions aboutOf(qsizetype statement) const { return listOf(statement, About); }
    Positions respondsToOf(qsizetype statement) const { return listOf(statement, RespondsTo); }
    // The statements that respond to a statement, in dataset order; one that names it twice in
    // its respondsTo is there twice.
    Positions answersTo(qsizetype statement) const;

private:
    // Each statement's lists of references, one after the other in m_lists.
    enum List : std::size_t { Sources, About, RespondsTo, ListsPerStatement };

    Positions listOf(qsizetype statement, List list) const
    {
        const std::size_t at = std::size_t(statement) * ListsPerStatement + list;
        return {m_lists.data() + m_listStarts[at], m_lists.data() + m_listStarts[at + 1]};
    }
    void linkStatements(const Dataset &dataset, qsizetype from, qsizetype to);
    void findAnswers();

    std::vector<qint32> m_parentOf;
    std::vector<qint32> m_authorOf;
    std::vector<qint32> m_publisherOf;
    std::vector<qint32> m_actorOf;
    std::vector<qint32> m_lists;
    std::vector<qint32> m_listStarts; // ListsPerStatement per statement, then the end
    std::vector<qint32> m_answers;
    std::vector<qint32> m_answerStarts; // one per statement, then the end
};
