#include "models/jsonfields.h"

#include "models/datasetreader.h"
#include "models/jsonpointer.h"
#include "models/valuesyntax.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QString foundType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// Length in characters (code points), computed only for strings long enough to matter.
qsizetype characterCount(QStringView text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

} // namespace

QString typeError(QStringView expected, const QJsonValue &found)
{
    return u"expected "_s + expected + u", found "_s + foundType(found);
}

JsonFields::JsonFields(const QJsonObject &object, QStringView collection, qsizetype index,
                       DiagnosticSink &sink)
    : m_object(object)
    , m_collection(collection)
    , m_index(index)
    , m_sink(sink)
{ }

QString JsonFields::pointer(QStringView field) const
{
    return elementPointer(m_collection, m_index, field);
}

void JsonFields::error(QLatin1StringView field, const QString &message)
{
    m_sink.error(pointer(field), message);
}

QJsonValue JsonFields::find(QLatin1StringView key, Need need)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (need == Need::Required)
            m_sink.error(pointer(), u"missing required field \""_s + key + u'"');
    } else {
        ++m_found;
    }
    return value;
}

std::optional<QString> JsonFields::string(QLatin1StringView key, Need need)
{
    const QJsonValue value = find(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        error(key, typeError(u"a string", value));
        return std::nullopt;
    }
    QString s = value.toString();
    if (s.size() > DatasetReader::maxStringLength)
        checkLength(s, pointer(key));
    return s;
}

QString JsonFields::text(QLatin1StringView key, Need need, bool nonEmpty)
{
    std::optional<QString> s = string(key, need);
    if (!s)
        return {};
    if (nonEmpty && s->isEmpty())
        error(key, u"must not be empty"_s);
    return *std::move(s);
}

QString JsonFields::id()
{
    QString s = text("id"_L1, Need::Required, true);
    if (!s.isEmpty() && !isValidId(s)) {
        error("id"_L1,
              u"invalid id %1 (expected lower-case letters, digits, \".\", \"_\" or \"-\", "
              "starting with a letter or digit)"_s.arg(quoted(s)));
    }
    return s;
}

QString JsonFields::reference(QLatin1StringView key, Need need)
{
    return text(key, need, true);
}

QString JsonFields::checked(QLatin1StringView key, bool (*isValid)(QStringView),
                            const QString &what, const QString &expected)
{
    std::optional<QString> s = string(key, Need::Optional);
    if (!s)
        return {};
    if (!isValid(*s))
        error(key, u"invalid "_s + what + u' ' + quoted(*s) + u" (expected "_s + expected + u')');
    return *std::move(s);
}

QStringList JsonFields::strings(QLatin1StringView key, bool references)
{
    const QJsonValue value = find(key, Need::Optional);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        error(key, typeError(u"an array", value));
        return {};
    }
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        QString s;
        if (!item.isString()) {
            m_sink.error(itemPointer(key, i), typeError(u"a string", item));
        } else {
            s = item.toString();
            if (s.size() > DatasetReader::maxStringLength)
                checkLength(s, itemPointer(key, i));
            if (references && s.isEmpty())
                m_sink.error(itemPointer(key, i), u"must not be empty"_s);
        }
        list.append(s);
    }
    return list;
}

std::optional<EdtfDate> JsonFields::date(QLatin1StringView key, Need need)
{
    const QString s = text(key, need, true);
    if (s.isEmpty())
        return std::nullopt;
    QString reason;
    std::optional<EdtfDate> parsed = EdtfDate::parse(s, &reason);
    if (!parsed) {
        QString message = u"invalid EDTF date "_s + quoted(s);
        if (!reason.isEmpty())
            message += u": "_s + reason;
        error(key, message);
    }
    return parsed;
}

std::optional<QJsonArray> JsonFields::array(QLatin1StringView key, Need need)
{
    const QJsonValue value = find(key, need);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        error(key, typeError(u"an array", value));
        return std::nullopt;
    }
    return value.toArray();
}

void JsonFields::finish(std::initializer_list<QLatin1StringView> known)
{
    if (m_found == m_object.size())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        if (key.size() > DatasetReader::maxStringLength
            && characterCount(key) > DatasetReader::maxStringLength) {
            m_sink.error(pointer(),
                         u"a field name is %1 characters long, over the %2 limit"_s
                                 .arg(characterCount(key))
                                 .arg(DatasetReader::maxStringLength));
            continue;
        }
        m_sink.warning(pointer(key), u"unknown field "_s + quoted(key));
    }
}

QString JsonFields::itemPointer(QLatin1StringView key, qsizetype i) const
{
    return pointer(key) + u'/' + QString::number(i);
}

void JsonFields::checkLength(const QString &s, const QString &at)
{
    const qsizetype count = characterCount(s);
    if (count > DatasetReader::maxStringLength) {
        m_sink.error(at,
                     u"the string is %1 characters long, over the %2 limit"_s.arg(count).arg(
                             DatasetReader::maxStringLength));
    }
}
