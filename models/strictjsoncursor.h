#pragma once

#include "models/jsontext.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>

// A position in a strict JSON text and the steps of a recursive descent over it, for the
// reader's quick way in (parseCleanDataset()). Every step returns false at the first thing it
// does not take, whereupon the whole parse is given up: the long way says what is wrong.
// Strings longer than DatasetReader::maxStringLength are not taken.
class StrictJsonCursor
{
public:
    explicit StrictJsonCursor(QByteArrayView text)
        : m_text(text)
        , m_data(text.data())
        , m_size(text.size())
    { }

protected:
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

    bool nonEmpty(QString &out) { return string(out) && !out.isEmpty(); }
    bool checked(QString &out, bool (*isValid)(QStringView)) { return string(out) && isValid(out); }
    bool strings(QStringList &out, bool nonEmptyItems);

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

    // The first '{' from from on that follows "}," (white space aside), or -1 if none is near:
    // likely the start of an array's element, though it may be inside a string.
    qsizetype likelyElementStart(qsizetype from) const;

    const QByteArrayView m_text;
    const char *const m_data;
    const qsizetype m_size;
    qsizetype m_pos = 0;

private:
    bool escapedString(qsizetype start, QString &out);
    bool appendEscape(QString &out);
};
