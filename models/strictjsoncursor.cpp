#include "models/strictjsoncursor.h"

#include "models/datasetreader.h"
#include "models/jsontext.h"

#include <QChar>

bool StrictJsonCursor::string(QString &out)
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
bool StrictJsonCursor::escapedString(qsizetype start, QString &out)
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
bool StrictJsonCursor::appendEscape(QString &out)
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

bool StrictJsonCursor::strings(QStringList &out, bool nonEmptyItems)
{
    return array([&] {
        QString s;
        if (!string(s) || (nonEmptyItems && s.isEmpty()))
            return false;
        out.append(std::move(s));
        return true;
    });
}

// The first '{' from from on that follows "}," (white space aside), or -1 if none is near.
qsizetype StrictJsonCursor::likelyElementStart(qsizetype from) const
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
