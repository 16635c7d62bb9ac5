#include "models/datasetwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <atomic>
#include <utility>

// QJsonDocument writes the members of every object in alphabetical order, so it cannot keep
// the documented key order ("id" first) that makes saved files readable and diffable; the JSON
// text is emitted here instead.

namespace {

// Emits pretty-printed JSON into a byte array. Containers are opened and closed explicitly;
// the emitter tracks commas and indentation.
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

    QByteArray takeBytes() { return std::move(m_out); }

    // Gives the hash, if any, what was written, once that is a good part: it is then still in
    // the processor's cache, and the whole document is never held at once.
    void spill(qsizetype atLeast = 256 * 1024)
    {
        if (!m_hash || m_out.size() < atLeast)
            return;
        m_hash->addData(m_out);
        m_out.resize(0); // keeps its capacity
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
        m_out += QByteArray::number(number);
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
    // Starts a member of the open object (key given) or an element of the open array.
    void member(const char *key)
    {
        if (!m_empty.isEmpty()) {
            if (!m_empty.last())
                m_out += ',';
            m_empty.last() = false;
            newLine(m_empty.size());
        }
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\": ";
        }
    }
    void begin(const char *key, char bracket)
    {
        member(key);
        m_out += bracket;
        m_empty.append(true);
    }
    void end(char bracket)
    {
        const bool wasEmpty = m_empty.takeLast();
        if (!wasEmpty)
            newLine(m_empty.size());
        m_out += bracket;
    }

    void newLine(qsizetype depth)
    {
        m_out += '\n';
        m_out.append(2 * depth, ' ');
    }

    // Appends text as UTF-8, straight into the output: most text is ASCII.
    void appendUtf8(QStringView text)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size());
        char *out = m_out.data() + at;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x80) {
                m_out.resize(at + i);
                m_out += text.sliced(i).toUtf8();
                return;
            }
            out[i] = char(c);
        }
    }

    // RFC 8259: quotation mark, reverse solidus and the control characters U+0000-U+001F are
    // escaped; everything else, any script included, stays literal UTF-8.
    void appendString(const QString &text)
    {
        m_out += '"';
        const QStringView view(text);
        qsizetype literalFrom = 0;
        for (qsizetype i = 0; i < view.size(); ++i) {
            const char16_t c = view.at(i).unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            appendUtf8(view.sliced(literalFrom, i - literalFrom));
            literalFrom = i + 1;
            switch (c) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case u'\b':
                m_out += "\\b";
                break;
            case u'\f':
                m_out += "\\f";
                break;
            case u'\n':
                m_out += "\\n";
                break;
            case u'\r':
                m_out += "\\r";
                break;
            case u'\t':
                m_out += "\\t";
                break;
            default:
                m_out += "\\u";
                m_out += QByteArray::number(c, 16).rightJustified(4, '0');
            }
        }
        appendUtf8(view.sliced(literalFrom));
        m_out += '"';
    }

    QCryptographicHash *m_hash;
    const std::atomic_bool *m_stop;
    bool m_stopped = false;
    QByteArray m_out;
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
