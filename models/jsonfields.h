#pragma once

#include "models/diagnosticsink.h"
#include "models/edtfdate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <optional>

// Reads the fields of one JSON object of a dataset file (the root, or an element of a top-level
// array such as "/statements/4"), checking presence, JSON type, emptiness, id syntax, dates and
// the string length limit. Keys are Latin-1, as Qt stores the ASCII keys of a parsed document:
// looking them up is then a plain byte comparison. Problems go to a sink, with RFC 6901 pointers
// built only when there is a problem. Each field found is counted, so that finish() looks for
// unknown fields only when the object holds more fields than were read.
class JsonFields
{
public:
    enum class Need { Optional, Required };

    // collection is empty for the root object.
    JsonFields(const QJsonObject &object, QStringView collection, qsizetype index,
               DiagnosticSink &sink);

    QString pointer(QStringView field = {}) const;
    QString pointer(QLatin1StringView field) const { return pointer(QStringView(QString(field))); }
    void error(QLatin1StringView field, const QString &message);

    // The value at key, or an undefined value (reported when the field is required).
    QJsonValue find(QLatin1StringView key, Need need);
    // The string at key; nullopt when absent (reported if required) or not a string (reported).
    std::optional<QString> string(QLatin1StringView key, Need need);
    // The string at key, or an empty string; nonEmpty reports "" as an error.
    QString text(QLatin1StringView key, Need need, bool nonEmpty = false);
    // The required "id", checked against [a-z0-9][a-z0-9._-]*.
    QString id();
    // An id naming another item: non-empty when present; whether it exists is validateDataset's.
    QString reference(QLatin1StringView key, Need need = Need::Optional);
    // A string that isValid must accept; otherwise "invalid WHAT "x" (expected EXPECTED)".
    QString checked(QLatin1StringView key, bool (*isValid)(QStringView), const QString &what,
                    const QString &expected);
    // An array of strings; one list entry per element, even a wrong one (then empty).
    QStringList strings(QLatin1StringView key, bool references);
    std::optional<EdtfDate> date(QLatin1StringView key, Need need);
    // The array at key, or nullopt when it is absent or not an array (then reported).
    std::optional<QJsonArray> array(QLatin1StringView key, Need need);

    // A string naming an enumeration value; otherwise "unknown WHAT "x" (expected CHOICES)".
    template<typename Enum>
    std::optional<Enum> choice(QLatin1StringView key, Need need,
                               std::optional<Enum> (*parse)(QStringView), const QString &what,
                               const QString &choices)
    {
        const std::optional<QString> s = string(key, need);
        if (!s)
            return std::nullopt;
        std::optional<Enum> value = parse(*s);
        if (!value)
            error(key, u"unknown " + what + u' ' + quoted(*s) + u" (expected " + choices + u')');
        return value;
    }

    // Warns about each field not in known, and refuses over-long field names.
    void finish(std::initializer_list<QLatin1StringView> known);

private:
    QString itemPointer(QLatin1StringView key, qsizetype i) const;
    void checkLength(const QString &s, const QString &at);

    const QJsonObject &m_object;
    QStringView m_collection;
    qsizetype m_index;
    DiagnosticSink &m_sink;
    qsizetype m_found = 0;
};

// "expected EXPECTED, found a number" (a string, an array, an object, a boolean, null).
QString typeError(QStringView expected, const QJsonValue &found);
