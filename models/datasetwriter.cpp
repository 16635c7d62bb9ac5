#include "models/datasetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

// QJsonDocument writes the members of every object in alphabetical order, so it cannot keep
// the documented key order ("id" first) that makes saved files readable and diffable; the JSON
// text is emitted here instead.

namespace {

// Emits pretty-printed JSON into a byte array. Containers are opened and closed explicitly;
// the emitter tracks commas and indentation. It writes through a plain pointer into room it
// makes beforehand: QByteArray's appends, a call for each piece, were most of the writing.
class JsonEmitter
{
public:
    // Without a hash the emitter keeps all it writes, for takeBytes(). With one, it gives what
    // it has written to the hash from time to time (see spill()) and keeps only the rest, and
    // it stops at the next of those times once stop, if given, is set.
    explicit JsonEmitter(QCryptographicHash *hash = nullptr, const std::atomic_bool *stop = nullptr)
        : m_hash(hash)
        , m_stop(stop)
    { }

    QByteArray takeBytes()
    {
        m_out.resize(m_written);
        return std::move(m_out);
    }

    // Gives the hash, if any, what was written, once that is a good part: it is then still in
    // the processor's cache, and the whole document is never held at once.
    void spill(qsizetype atLeast = 256 * 1024)
    {
        if (!m_hash || m_written < atLeast)
            return;
        m_hash->addData(QByteArrayView(m_out.constData(), m_written));
        m_written = 0;
        m_stopped = m_stop && m_stop->load(std::memory_order_relaxed);
    }
    bool stopped() const { return m_stopped; }

    void beginObject(const char *key = nullptr) { begin(key, '{'); }
    void endObject() { end('}'); }
    void beginArray(const char *key = nullptr) { begin(key, '['); }
    void endArray() { end(']'); }

    void value(const char *key, const QString &text)
    {
        member(key);
        appendString(text);
    }
    void value(const char *key, int number)
    {
        member(key);
        append(QByteArray::number(number));
    }

    // Optional members: left out when empty.
    void optional(const char *key, const QString &text)
    {
        if (!text.isEmpty())
            value(key, text);
    }
    void optional(const char *key, const QStringList &texts)
    {
        if (texts.isEmpty())
            return;
        beginArray(key);
        for (const QString &text : texts)
            value(nullptr, text);
        endArray();
    }

private:
    // Where the next bytes go, with room for at least that many; wrote() says where they end.
    char *room(qsizetype bytes)
    {
        if (m_out.size() - m_written < bytes)
            m_out.resize(std::max(2 * m_out.size(), m_written + bytes + 4096));
        return m_out.data() + m_written;
    }
    void wrote(const char *end) { m_written = end - m_out.constData(); }
    void append(QByteArrayView bytes)
    {
        char *at = room(bytes.size());
        std::memcpy(at, bytes.data(), std::size_t(bytes.size()));
        wrote(at + bytes.size());
    }

    // Starts a member of the open object (key given) or an element of the open array.
    void member(const char *key)
    {
        const qsizetype keyLength = key ? qsizetype(std::strlen(key)) : 0;
        char *at = room(2 + 2 * m_empty.size() + keyLength + 4);
        if (!m_empty.isEmpty()) {
            if (!m_empty.last())
                *at++ = ',';
            m_empty.last() = false;
            at = newLine(at, m_empty.size());
        }
        if (key) {
            *at++ = '"';
            std::memcpy(at, key, std::size_t(keyLength));
            at += keyLength;
            std::memcpy(at, "\": ", 3);
            at += 3;
        }
        wrote(at);
    }
    void begin(const char *key, char bracket)
    {
        member(key);
        char *at = room(1);
        *at++ = bracket;
        wrote(at);
        m_empty.append(true);
    }
    void end(char bracket)
    {
        const bool wasEmpty = m_empty.takeLast();
        char *at = room(2 + 2 * m_empty.size());
        if (!wasEmpty)
            at = newLine(at, m_empty.size());
        *at++ = bracket;
        wrote(at);
    }

    static char *newLine(char *at, qsizetype depth)
    {
        *at++ = '\n';
        std::memset(at, ' ', std::size_t(2 * depth));
        return at + 2 * depth;
    }

    // RFC 8259: quotation mark, reverse solidus and the control characters U+0000-U+001F are
    // escaped; everything else, any script included, stays literal UTF-8.
    static bool needsEscape(char16_t c) { return c < 0x20 || c == u'"' || c == u'\\'; }

    void appendString(const QString &text)
    {
        const char16_t *chars = QStringView(text).utf16();
        const qsizetype length = text.size();
        // An ASCII character takes a byte, an escape at most six.
        char *at = room(2 + 6 * length);
        *at++ = '"';
        for (qsizetype i = 0; i < length; ++i) {
            const char16_t c = chars[i];
            if (c >= 0x80) {
                // The rest of the run that needs no escape, in UTF-8.
                qsizetype end = i + 1;
                while (end < length && !needsEscape(chars[end]))
                    ++end;
                wrote(at);
                append(QStringView(chars + i, end - i).toUtf8());
                at = room(2 + 6 * (length - end));
                i = end - 1;
            } else if (!needsEscape(c)) {
                *at++ = char(c);
            } else {
                at = escape(at, c);
            }
        }
        *at++ = '"';
        wrote(at);
    }

    static char *escape(char *at, char16_t c)
    {
        const auto two = [&at](char second) {
            *at++ = '\\';
            *at++ = second;
            return at;
        };
        switch (c) {
        case u'"':
            return two('"');
        case u'\\':
            return two('\\');
        case u'\b':
            return two('b');
        case u'\f':
            return two('f');
        case u'\n':
            return two('n');
        case u'\r':
            return two('r');
        case u'\t':
            return two('t');
        default:
            static constexpr char hex[] = "0123456789abcdef";
            std::memcpy(at, "\\u00", 4);
            at[4] = hex[c >> 4];
            at[5] = hex[c & 0xf];
            return at + 6;
        }
    }

    QCryptographicHash *m_hash;
    const std::atomic_bool *m_stop;
    bool m_stopped = false;
    QByteArray m_out; // m_written bytes written, the rest room for more
    qsizetype m_written = 0;
    QList<bool> m_empty; // per open container: nothing written into it yet
};

QString edtf(const std::optional<EdtfDate> &date)
{
    return date ? date->toEdtf() : QString();
}

void writeActor(JsonEmitter &json, const Actor &actor)
{
    json.beginObject();
    json.value("id", actor.id);
    json.value("name", actor.name);
    json.value("kind", toString(actor.kind));
    json.optional("parent", actor.parent);
    json.optional("role", actor.role);
    json.optional("country", actor.country);
    json.optional("description", actor.description);
    json.optional("aliases", actor.aliases);
    json.endObject();
}

void writeSource(JsonEmitter &json, const Source &source)
{
    json.beginObject();
    json.value("id", source.id);
    json.value("title", source.title);
    if (source.kind != SourceKind::Unspecified)
        json.value("kind", toString(source.kind));
    json.optional("author", source.author);
    json.optional("publisher", source.publisher);
    json.optional("date", edtf(source.date));
    json.optional("url", source.url);
    if (!source.reliability.isNull())
        json.value("reliability", QString(source.reliability));
    json.optional("note", source.note);
    json.endObject();
}

void writeStatement(JsonEmitter &json, const Statement &statement)
{
    json.beginObject();
    json.value("id", statement.id);
    json.value("actor", statement.actor);
    json.value("stance", toString(statement.stance));
    json.value("date", statement.date.toEdtf());
    json.value("text", statement.text);
    json.optional("quote", statement.quote);
    json.optional("sources", statement.sources);
    json.optional("about", statement.about);
    json.optional("respondsTo", statement.respondsTo);
    if (statement.credibility != 0)
        json.value("credibility", statement.credibility);
    json.endObject();
}

template<typename T>
void writeList(JsonEmitter &json, const char *key, const QList<T> &items,
               void (*writeItem)(JsonEmitter &, const T &))
{
    if (items.isEmpty())
        return;
    json.beginArray(key);
    for (const T &item : items) {
        writeItem(json, item);
        json.spill();
        if (json.stopped())
            return;
    }
    json.endArray();
}

void write(JsonEmitter &json, const Dataset &dataset)
{
    json.beginObject();
    json.value("format", dataset.format);
    json.value("id", dataset.id);
    json.value("title", dataset.title);
    json.optional("summary", dataset.summary);
    json.optional("asOf", edtf(dataset.asOf));
    json.optional("language", dataset.language);
    writeList(json, "actors", dataset.actors, writeActor);
    writeList(json, "sources", dataset.sources, writeSource);
    writeList(json, "statements", dataset.statements, writeStatement);
    json.endObject();
}

} // namespace

QByteArray DatasetWriter::toJson(const Dataset &dataset)
{
    JsonEmitter json;
    write(json, dataset);
    QByteArray bytes = json.takeBytes();
    bytes += '\n';
    return bytes;
}

QByteArray DatasetWriter::hashOfJson(const Dataset &dataset, QCryptographicHash::Algorithm method,
                                     const std::atomic_bool *stop)
{
    QCryptographicHash hash(method);
    JsonEmitter json(&hash, stop);
    write(json, dataset);
    json.spill(0);
    if (json.stopped())
        return {};
    hash.addData(QByteArrayView("\n"));
    return hash.result();
}

QString DatasetWriter::save(const Dataset &dataset, const QString &path)
{
    const QByteArray bytes = toJson(dataset);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return QCoreApplication::translate("DatasetWriter", "cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
}
