#include "models/datasetlinks.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Below this many statements, a second thread costs more than it saves.
constexpr qsizetype twoThreadsFrom = 4096;

using IdLookup = qsizetype (Dataset::*)(const QString &id) const;

qint32 positionOf(const Dataset &dataset, IdLookup lookup, const QString &id)
{
    return id.isEmpty() ? -1 : qint32((dataset.*lookup)(id));
}

void appendPositions(const Dataset &dataset, IdLookup lookup, const QStringList &ids, qint32 *out)
{
    for (const QString &id : ids)
        *out++ = positionOf(dataset, lookup, id);
}

} // namespace

DatasetLinks::DatasetLinks(const Dataset &dataset)
{
    m_parentOf.reserve(std::size_t(dataset.actors.size()));
    for (const Actor &actor : dataset.actors)
        m_parentOf.push_back(positionOf(dataset, &Dataset::actorIndex, actor.parent));
    m_authorOf.reserve(std::size_t(dataset.sources.size()));
    m_publisherOf.reserve(std::size_t(dataset.sources.size()));
    for (const Source &source : dataset.sources) {
        m_authorOf.push_back(positionOf(dataset, &Dataset::actorIndex, source.author));
        m_publisherOf.push_back(positionOf(dataset, &Dataset::actorIndex, source.publisher));
    }

    // Where each list goes is known from the lists' sizes alone, so that two threads can fill
    // halves of the statements at once.
    const qsizetype count = dataset.statements.size();
    m_listStarts.reserve(std::size_t(count) * ListsPerStatement + 1);
    qint32 end = 0;
    for (const Statement &statement : dataset.statements) {
        m_listStarts.push_back(end);
        end += qint32(statement.sources.size());
        m_listStarts.push_back(end);
        end += qint32(statement.about.size());
        m_listStarts.push_back(end);
        end += qint32(statement.respondsTo.size());
    }
    m_listStarts.push_back(end);
    m_lists.resize(std::size_t(end));
    m_actorOf.resize(std::size_t(count));
    if (count >= twoThreadsFrom) {
        const qsizetype half = count / 2;
        QFuture<void> later = QtConcurrent::run(
                [this, &dataset, half, count] { linkStatements(dataset, half, count); });
        linkStatements(dataset, 0, half);
        later.waitForFinished();
    } else {
        linkStatements(dataset, 0, count);
    }
    findAnswers();
}

void DatasetLinks::linkStatements(const Dataset &dataset, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const Statement &statement = dataset.statements.at(i);
        m_actorOf[std::size_t(i)] = positionOf(dataset, &Dataset::actorIndex, statement.actor);
        qint32 *lists = m_lists.data() + m_listStarts[std::size_t(i) * ListsPerStatement];
        appendPositions(dataset, &Dataset::sourceIndex, statement.sources, lists);
        lists += statement.sources.size();
        appendPositions(dataset, &Dataset::actorIndex, statement.about, lists);
        lists += statement.about.size();
        appendPositions(dataset, &Dataset::statementIndex, statement.respondsTo, lists);
    }
}

// Counting, then placing: each statement's answers end up together, in dataset order.
void DatasetLinks::findAnswers()
{
    const std::size_t count = m_actorOf.size();
    m_answerStarts.assign(count + 1, 0);
    for (std::size_t i = 0; i < count; ++i) {
        for (const qint32 target : respondsToOf(qsizetype(i))) {
            if (target >= 0)
                ++m_answerStarts[std::size_t(target) + 1];
        }
    }
    for (std::size_t i = 0; i < count; ++i)
        m_answerStarts[i + 1] += m_answerStarts[i];
    m_answers.resize(std::size_t(m_answerStarts[count]));
    std::vector<qint32> next(m_answerStarts.cbegin(), m_answerStarts.cend() - 1);
    for (std::size_t i = 0; i < count; ++i) {
        for (const qint32 target : respondsToOf(qsizetype(i))) {
            if (target >= 0)
                m_answers[std::size_t(next[std::size_t(target)]++)] = qint32(i);
        }
    }
}

DatasetLinks::Positions DatasetLinks::answersTo(qsizetype statement) const
{
    return {m_answers.data() + m_answerStarts[std::size_t(statement)],
            m_answers.data() + m_answerStarts[std::size_t(statement) + 1]};
}
