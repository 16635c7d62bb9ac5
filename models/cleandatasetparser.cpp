#include "models/cleandatasetparser.h"

#include "models/datasetreader.h"
#include "models/jsontext.h"
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

// A recursive descent over the few shapes a dataset has (at most four levels deep, so the call
// stack stays small whatever the input). Every step returns false at the first thing it does
// not take, and the whole parse is then given up.
class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
        , m_data(text.data())
        , m_size(text.size())
    { }

    bool dataset(Dataset &dataset);

private:
    void skipWhitespace()
    {
        while (m_pos < m_size) {
            if (!isJsonWhitespace(m_data[m_pos]))
                return;
            ++m_pos;
        }
    }

    bool consume(char c)
    {
        if (m_pos < m_size && m_data[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // '{' members '}', calling onMember(key) with the value next to be read.
    template<typename OnMember>
    bool object(OnMember onMember)
    {
        if (!consume('{'))
            return false;
        skipWhitespace();
        if (consume('}'))
            return true;
        for (;;) {
            QByteArrayView key;
            if (!plainString(key))
                return false;
            skipWhitespace();
            if (!consume(':'))
                return false;
            skipWhitespace();
            if (!onMember(key))
                return false;
            skipWhitespace();
            if (consume('}'))
                return true;
            if (!consume(','))
                return false;
            skipWhitespace();
        }
    }

    // '[' elements ']', calling onElement() at each element.
    template<typename OnElement>
    bool array(OnElement onElement)
    {
        if (!consume('['))
            return false;
        skipWhitespace();
        return consume(']') || elements(onElement);
    }

    // Elements from m_pos to the array's ']'. With stop, they end before an element that begins
    // at stop, if one does: m_pos is then stop.
    template<typename OnElement>
    bool elements(OnElement onElement, qsizetype stop = -1)
    {
        for (;;) {
            if (!onElement())
                return false;
            skipWhitespace();
            if (consume(']'))
                return true;
            if (!consume(','))
                return false;
            skipWhitespace();
            if (m_pos == stop)
                return true;
        }
    }

    // A string without escapes, as its bytes: every field name of the format, and every name of
    // one of its enumerations, is plain ASCII.
    bool plainString(QByteArrayView &text)
    {
        if (!consume('"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_size) {
            const auto c = static_cast<unsigned char>(m_data[m_pos]);
            if (c == '"') {
                text = m_text.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == '\\' || c < 0x20)
                return false;
            ++m_pos;
        }
        return false;
    }

    bool string(QString &out);
    bool escapedString(qsizetype start, QString &out);
    bool appendEscape(QString &out);

    bool nonEmpty(QString &out) { return string(out) && !out.isEmpty(); }
    bool checked(QString &out, bool (*isValid)(QStringView)) { return string(out) && isValid(out); }
    bool strings(QStringList &out, bool nonEmptyItems);
    bool date(EdtfDate &out);
    bool date(std::optional<EdtfDate> &out);
    // One of an enumeration's names, which are short: read without making a string of it.
    template<typename Enum>
    bool choice(Enum &out, std::optional<Enum> (*parse)(QStringView))
    {
        QByteArrayView name;
        std::array<char16_t, 16> buffer;
        if (!plainString(name) || name.size() > qsizetype(buffer.size()))
            return false;
        std::transform(name.begin(), name.end(), buffer.begin(),
                       [](char c) { return char16_t(static_cast<unsigned char>(c)); });
        const std::optional<Enum> value = parse(QStringView(buffer.data(), name.size()));
        if (value)
            out = *value;
        return value.has_value();
    }
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
    qsizetype likelyStatementStart(qsizetype from) const;

    const QByteArrayView m_text;
    const char *const m_data;
    const qsizetype m_size;
    qsizetype m_pos = 0;
};

bool Parser::string(QString &out)
{
    if (!consume('"'))
        return false;
    const qsizetype start = m_pos;
    for (;;) {
        while (m_size - m_pos >= 8 && isPlainStringChunk(m_data + m_pos))
            m_pos += 8;
        if (m_pos >= m_size)
            return false;
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"') {
            out = QString::fromUtf8(m_data + start, m_pos - start);
            ++m_pos;
            return out.size() <= DatasetReader::maxStringLength;
        }
        if (c == '\\')
            return escapedString(start, out);
        if (c < 0x20)
            return false;
        ++m_pos;
    }
}

// The rest of a string from its first backslash, at m_pos; start is where its text began.
bool Parser::escapedString(qsizetype start, QString &out)
{
    out.clear();
    qsizetype run = start; // where the text since the last escape began
    while (m_pos < m_size) {
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"' || c == '\\')
            out += QString::fromUtf8(m_data + run, m_pos - run);
        if (c == '"') {
            ++m_pos;
            return out.size() <= DatasetReader::maxStringLength;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (!appendEscape(out))
                return false;
            run = m_pos;
        } else {
            ++m_pos;
        }
    }
    return false;
}

// Decodes the escape at m_pos. A \u escape of half a surrogate pair is taken only with its other
// half; a lone one is left to the long way, which decides what becomes of it.
bool Parser::appendEscape(QString &out)
{
    m_pos += 1; // the backslash
    if (m_pos >= m_size)
        return false;
    const char c = m_data[m_pos++];
    switch (c) {
    case '"':
    case '\\':
    case '/':
        out += QLatin1Char(c);
        return true;
    case 'b':
        out += u'\b';
        return true;
    case 'f':
        out += u'\f';
        return true;
    case 'n':
        out += u'\n';
        return true;
    case 'r':
        out += u'\r';
        return true;
    case 't':
        out += u'\t';
        return true;
    case 'u':
        break;
    default:
        return false;
    }
    const int unit = escapedUnit(m_text, m_pos);
    if (unit < 0 || QChar::isLowSurrogate(char32_t(unit)))
        return false;
    m_pos += 4;
    if (!QChar::isHighSurrogate(char32_t(unit))) {
        out += QChar(char16_t(unit));
        return true;
    }
    if (m_size - m_pos < 6 || m_data[m_pos] != '\\' || m_data[m_pos + 1] != 'u')
        return false;
    const int low = escapedUnit(m_text, m_pos + 2);
    if (low < 0 || !QChar::isLowSurrogate(char32_t(low)))
        return false;
    m_pos += 6;
    out += QChar(char16_t(unit));
    out += QChar(char16_t(low));
    return true;
}

bool Parser::strings(QStringList &out, bool nonEmptyItems)
{
    return array([&] {
        QString s;
        if (!string(s) || (nonEmptyItems && s.isEmpty()))
            return false;
        out.append(std::move(s));
        return true;
    });
}

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
            ? likelyStatementStart(m_pos + (m_size - m_pos) / 2)
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

// The first '{' from from on that follows "}," (white space aside), or -1 if none is near.
qsizetype Parser::likelyStatementStart(qsizetype from) const
{
    constexpr qsizetype searched = 1 << 16;
    const qsizetype end = std::min(m_size, from + searched);
    const auto previousNonWhitespace = [this](qsizetype i) {
        while (i >= 0 && isJsonWhitespace(m_data[i]))
            --i;
        return i;
    };
    for (qsizetype i = from; i < end; ++i) {
        if (m_data[i] != '{')
            continue;
        const qsizetype comma = previousNonWhitespace(i - 1);
        if (comma > 0 && m_data[comma] == ',' && m_data[previousNonWhitespace(comma - 1)] == '}')
            return i;
    }
    return -1;
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
