#include "models/cleandatasetparser.h"

#include "models/datasetreader.h"
#include "models/strictjsoncursor.h"
#include "models/valuesyntax.h"

#include <QChar>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cstdint>

namespace {

// The names of an object's fields, in the order of an enumeration of them.
template<std::size_t N>
using FieldNames = std::array<QByteArrayView, N>;

// Which of an object's known fields have been read; a field read twice or not known is refused.
template<std::size_t N>
class KnownFields
{
public:
    explicit KnownFields(const FieldNames<N> &names)
        : m_names(names)
    { }

    // The field's position among the names, or -1 when it is unknown or was read already.
    int take(QByteArrayView key)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (m_names[i] == key) {
                const std::uint32_t bit = 1u << i;
                if (m_read & bit)
                    return -1;
                m_read |= bit;
                return int(i);
            }
        }
        return -1;
    }

    bool has(int field) const { return m_read & (1u << field); }

private:
    const FieldNames<N> &m_names;
    std::uint32_t m_read = 0;
};

enum RootField {
    RootFormat,
    RootId,
    RootTitle,
    Summary,
    Language,
    AsOf,
    Actors,
    Sources,
    Statements
};
const FieldNames<9> rootFields = {"format", "id",     "title",   "summary",   "language",
                                  "asOf",   "actors", "sources", "statements"};

enum ActorField { ActorId, Name, ActorKindField, Parent, Role, Country, Description, Aliases };
const FieldNames<8> actorFields
        = {"id", "name", "kind", "parent", "role", "country", "description", "aliases"};

enum SourceField {
    SourceId,
    SourceTitle,
    SourceKindField,
    Author,
    Publisher,
    SourceDate,
    Url,
    Reliability,
    Note
};
const FieldNames<9> sourceFields
        = {"id", "title", "kind", "author", "publisher", "date", "url", "reliability", "note"};

enum StatementField {
    StatementId,
    ActorRef,
    StanceField,
    StatementDate,
    Text,
    Quote,
    SourceRefs,
    About,
    RespondsTo,
    Credibility
};
const FieldNames<10> statementFields = {"id",    "actor",   "stance", "date",       "text",
                                        "quote", "sources", "about",  "respondsTo", "credibility"};

// The few shapes a dataset has, read by recursive descent: at most four levels deep, so the
// call stack stays small whatever the input.
class Parser : private StrictJsonCursor
{
public:
    using StrictJsonCursor::StrictJsonCursor;

    bool dataset(Dataset &dataset);

private:
    bool date(EdtfDate &out);
    bool date(std::optional<EdtfDate> &out);
    bool reliability(QChar &out);
    bool credibility(int &out);

    bool actor(Actor &actor);
    bool source(Source &source);
    bool statement(Statement &statement);
    template<typename T>
    bool list(QList<T> &list, bool (Parser::*read)(T &));
    template<typename T>
    bool listItem(QList<T> &list, bool (Parser::*read)(T &));
    bool statements(QList<Statement> &statements);
};

bool Parser::date(EdtfDate &out)
{
    QString s;
    if (!nonEmpty(s))
        return false;
    std::optional<EdtfDate> parsed = EdtfDate::parse(std::move(s));
    if (parsed)
        out = *std::move(parsed);
    return parsed.has_value();
}

bool Parser::date(std::optional<EdtfDate> &out)
{
    EdtfDate parsed;
    if (!date(parsed))
        return false;
    out = std::move(parsed);
    return true;
}

bool Parser::reliability(QChar &out)
{
    QString s;
    if (!string(s) || s.size() != 1 || s.front() < u'A' || s.front() > u'F')
        return false;
    out = s.front();
    return true;
}

// Only a plain digit from 1 to 6: what follows must end the member, so "36" or "3.0" (a grade
// too, which is left to the long way) are declined there.
bool Parser::credibility(int &out)
{
    if (m_pos >= m_size || m_data[m_pos] < '1' || m_data[m_pos] > '6')
        return false;
    out = m_data[m_pos++] - '0';
    return true;
}

bool Parser::actor(Actor &actor)
{
    KnownFields<8> fields(actorFields);
    const bool read = object([&](QByteArrayView key) {
        switch (fields.take(key)) {
        case ActorId:
            return checked(actor.id, &isValidId);
        case Name:
            return nonEmpty(actor.name);
        case ActorKindField:
            return choice(actor.kind, &actorKindFromString);
        case Parent:
            return nonEmpty(actor.parent);
        case Role:
            return string(actor.role);
        case Country:
            return checked(actor.country, &isCountryCode);
        case Description:
            return string(actor.description);
        case Aliases:
            return strings(actor.aliases, false);
        }
        return false;
    });
    return read && fields.has(ActorId) && fields.has(Name) && fields.has(ActorKindField);
}

bool Parser::source(Source &source)
{
    KnownFields<9> fields(sourceFields);
    const bool read = object([&](QByteArrayView key) {
        switch (fields.take(key)) {
        case SourceId:
            return checked(source.id, &isValidId);
        case SourceTitle:
            return nonEmpty(source.title);
        case SourceKindField:
            return choice(source.kind, &sourceKindFromString);
        case Author:
            return nonEmpty(source.author);
        case Publisher:
            return nonEmpty(source.publisher);
        case SourceDate:
            return date(source.date);
        case Url:
            return nonEmpty(source.url) && urlProblem(source.url).isEmpty();
        case Reliability:
            return reliability(source.reliability);
        case Note:
            return string(source.note);
        }
        return false;
    });
    return read && fields.has(SourceId) && fields.has(SourceTitle);
}

bool Parser::statement(Statement &statement)
{
    KnownFields<10> fields(statementFields);
    const bool read = object([&](QByteArrayView key) {
        switch (fields.take(key)) {
        case StatementId:
            return checked(statement.id, &isValidId);
        case ActorRef:
            return nonEmpty(statement.actor);
        case StanceField:
            return choice(statement.stance, &stanceFromString);
        case StatementDate:
            return date(statement.date);
        case Text:
            return nonEmpty(statement.text);
        case Quote:
            return string(statement.quote);
        case SourceRefs:
            return strings(statement.sources, true);
        case About:
            return strings(statement.about, true);
        case RespondsTo:
            return strings(statement.respondsTo, true);
        case Credibility:
            return credibility(statement.credibility);
        }
        return false;
    });
    return read && fields.has(StatementId) && fields.has(ActorRef) && fields.has(StanceField)
            && fields.has(StatementDate) && fields.has(Text);
}

template<typename T>
bool Parser::listItem(QList<T> &list, bool (Parser::*read)(T &))
{
    T item;
    if (!(this->*read)(item))
        return false;
    list.append(std::move(item));
    return true;
}

template<typename T>
bool Parser::list(QList<T> &list, bool (Parser::*read)(T &))
{
    return array([&] { return listItem(list, read); });
}

// A big file's statements are read by two threads, this one and a worker from an element
// start found in the middle of the text. The guess can be wrong (a string may hold "}, {"): it
// was right if this thread's elements end exactly there, and else the worker's are dropped.
bool Parser::statements(QList<Statement> &statements)
{
    constexpr qsizetype twoThreadBytes = 1 << 20;
    const qsizetype split = m_size - m_pos >= twoThreadBytes
            ? likelyElementStart(m_pos + (m_size - m_pos) / 2)
            : -1;
    if (split < 0)
        return list(statements, &Parser::statement);

    Parser later(m_text);
    later.m_pos = split;
    QList<Statement> laterStatements;
    QFuture<bool> laterRead = QtConcurrent::run([&later, &laterStatements] {
        return later.elements([&] { return later.listItem(laterStatements, &Parser::statement); });
    });
    if (!consume('[')) {
        laterRead.waitForFinished();
        return false;
    }
    skipWhitespace();
    const bool read = consume(']')
            || elements([&] { return listItem(statements, &Parser::statement); }, split);
    const bool laterOk = laterRead.result();
    if (!read || m_pos != split)
        return read;
    m_pos = later.m_pos;
    statements.append(std::move(laterStatements));
    return laterOk;
}

bool Parser::dataset(Dataset &dataset)
{
    KnownFields<9> fields(rootFields);
    skipWhitespace();
    const bool read = object([&](QByteArrayView key) {
        switch (fields.take(key)) {
        case RootFormat: {
            QString format;
            return string(format) && format == Dataset::currentFormat;
        }
        case RootId:
            return checked(dataset.id, &isValidId);
        case RootTitle:
            return nonEmpty(dataset.title);
        case Summary:
            return string(dataset.summary);
        case Language:
            return checked(dataset.language, &isPlausibleLanguageTag);
        case AsOf:
            return date(dataset.asOf);
        case Actors:
            return list(dataset.actors, &Parser::actor) && !dataset.actors.isEmpty();
        case Sources:
            return list(dataset.sources, &Parser::source);
        case Statements:
            return statements(dataset.statements);
        }
        return false;
    });
    skipWhitespace();
    return read && m_pos == m_size && fields.has(RootFormat) && fields.has(RootId)
            && fields.has(RootTitle) && fields.has(Actors);
}

} // namespace

std::optional<Dataset> parseCleanDataset(QByteArrayView text)
{
    Dataset dataset;
    if (!Parser(text).dataset(dataset))
        return std::nullopt;
    return dataset;
}
