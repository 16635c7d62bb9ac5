#include "models/jsonsyntax.h"

#include "models/jsontext.h"

#include <QJsonParseError>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

QString qtMessage(QJsonParseError::ParseError error)
{
    QJsonParseError e;
    e.error = error;
    return e.errorString();
}

// Walks the grammar without building anything; containers are kept on an explicit stack so
// that no input can exhaust the call stack.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_data(text.data())
        , m_size(text.size())
    { }

    std::optional<JsonSyntaxError> run();
    int deepest() const { return m_deepest; }

private:
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_size; }
    char current() const { return m_data[m_pos]; }
    bool fail(qsizetype offset, QJsonParseError::ParseError error);
    bool fail(qsizetype offset, const QString &message);

    bool scalar();
    bool string();
    bool number();
    bool literal(QByteArrayView word);
    bool member(); // "key" ':' — leaves m_pos at the value

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::vector<char> m_stack; // '{' or '[' for each open container
    int m_deepest = 0;
    std::optional<JsonSyntaxError> m_error;
};

void Scanner::skipWhitespace()
{
    while (m_pos < m_size) {
        if (!isJsonWhitespace(m_data[m_pos]))
            return;
        ++m_pos;
    }
}

bool Scanner::fail(qsizetype offset, QJsonParseError::ParseError error)
{
    return fail(offset, qtMessage(error));
}

bool Scanner::fail(qsizetype offset, const QString &message)
{
    m_error = JsonSyntaxError {offset, message};
    return false;
}

// A \u escape of half a surrogate pair must come with its other half: alone it is no character,
// and no UTF-8 file (such as one saved from the dataset) could hold it.
bool Scanner::string()
{
    const qsizetype start = m_pos++;
    qsizetype plainFrom = m_pos; // where the next eight bytes are tried at once
    while (m_pos < m_size) {
        if (m_pos >= plainFrom) {
            if (m_size - m_pos >= 8 && isPlainStringChunk(m_data + m_pos)) {
                m_pos += 8;
                plainFrom = m_pos;
                continue;
            }
            plainFrom = m_pos + 8; // something in these eight bytes: one at a time
        }
        const auto c = static_cast<unsigned char>(m_data[m_pos]);
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(m_pos, u"unescaped control character in a string"_s);
        if (c == '\\') {
            const qsizetype escape = m_pos++;
            if (atEnd())
                break;
            switch (current()) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u': {
                const QByteArrayView text(m_data, m_size);
                const int unit = escapedUnit(text, m_pos + 1);
                if (unit < 0)
                    return fail(escape, QJsonParseError::IllegalEscapeSequence);
                m_pos += 4; // at the last hex digit
                const bool paired = isHighSurrogate(unit) && m_pos + 2 < m_size
                        && m_data[m_pos + 1] == '\\' && m_data[m_pos + 2] == 'u'
                        && isLowSurrogate(escapedUnit(text, m_pos + 3));
                if (paired) {
                    m_pos += 6;
                } else if (isHighSurrogate(unit) || isLowSurrogate(unit)) {
                    return fail(escape,
                                u"unpaired surrogate \\u%1 in a string (half of a character)"_s.arg(
                                        QString::number(unit, 16).toUpper()));
                }
                break;
            }
            default:
                return fail(escape, QJsonParseError::IllegalEscapeSequence);
            }
        }
        ++m_pos;
    }
    return fail(start, QJsonParseError::UnterminatedString);
}

bool Scanner::number()
{
    if (current() == '-')
        ++m_pos;
    if (atEnd() || !isJsonDigit(current()))
        return fail(m_pos, QJsonParseError::IllegalNumber);
    if (current() == '0') {
        ++m_pos;
    } else {
        while (!atEnd() && isJsonDigit(current()))
            ++m_pos;
    }
    if (!atEnd() && current() == '.') {
        ++m_pos;
        if (atEnd() || !isJsonDigit(current()))
            return fail(m_pos, QJsonParseError::IllegalNumber);
        while (!atEnd() && isJsonDigit(current()))
            ++m_pos;
    }
    if (!atEnd() && (current() == 'e' || current() == 'E')) {
        ++m_pos;
        if (!atEnd() && (current() == '+' || current() == '-'))
            ++m_pos;
        if (atEnd() || !isJsonDigit(current()))
            return fail(m_pos, QJsonParseError::IllegalNumber);
        while (!atEnd() && isJsonDigit(current()))
            ++m_pos;
    }
    return true;
}

bool Scanner::literal(QByteArrayView word)
{
    if (QByteArrayView(m_data + m_pos, m_size - m_pos).startsWith(word)) {
        m_pos += word.size();
        return true;
    }
    return fail(m_pos, QJsonParseError::IllegalValue);
}

bool Scanner::scalar()
{
    switch (current()) {
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        if (current() == '-' || isJsonDigit(current()))
            return number();
        return fail(m_pos, QJsonParseError::IllegalValue);
    }
}

bool Scanner::member()
{
    skipWhitespace();
    if (atEnd())
        return fail(m_pos, QJsonParseError::UnterminatedObject);
    if (current() != '"')
        return fail(m_pos, QJsonParseError::IllegalValue);
    if (!string())
        return false;
    skipWhitespace();
    if (atEnd() || current() != ':')
        return fail(m_pos, QJsonParseError::MissingNameSeparator);
    ++m_pos;
    return true;
}

std::optional<JsonSyntaxError> Scanner::run()
{
    for (;;) {
        // A value is expected here.
        skipWhitespace();
        if (atEnd()) {
            if (m_stack.empty())
                fail(m_pos, QJsonParseError::IllegalValue);
            else
                fail(m_pos,
                     m_stack.back() == '{' ? QJsonParseError::UnterminatedObject
                                           : QJsonParseError::UnterminatedArray);
            return m_error;
        }
        const char open = current();
        if (open == '{' || open == '[') {
            ++m_pos;
            skipWhitespace();
            const char close = open == '{' ? '}' : ']';
            if (!atEnd() && current() == close) {
                ++m_pos;
                m_deepest = std::max(m_deepest, int(m_stack.size()) + 1);
            } else {
                m_stack.push_back(open);
                m_deepest = std::max(m_deepest, int(m_stack.size()));
                if (open == '{' && !member())
                    return m_error;
                continue;
            }
        } else if (!scalar()) {
            return m_error;
        }

        // After a complete value: close containers, or go on after a comma.
        for (;;) {
            skipWhitespace();
            if (m_stack.empty()) {
                if (!atEnd())
                    fail(m_pos, QJsonParseError::GarbageAtEnd);
                return m_error;
            }
            const bool inObject = m_stack.back() == '{';
            if (atEnd()) {
                fail(m_pos,
                     inObject ? QJsonParseError::UnterminatedObject
                              : QJsonParseError::UnterminatedArray);
                return m_error;
            }
            if (current() == (inObject ? '}' : ']')) {
                ++m_pos;
                m_stack.pop_back();
                continue;
            }
            if (current() != ',') {
                fail(m_pos, QJsonParseError::MissingValueSeparator);
                return m_error;
            }
            ++m_pos;
            if (inObject && !member())
                return m_error;
            if (!inObject) {
                skipWhitespace();
                if (!atEnd() && current() == ']') {
                    fail(m_pos, QJsonParseError::MissingObject);
                    return m_error;
                }
            }
            break;
        }
    }
}

} // namespace

std::optional<JsonSyntaxError> findJsonSyntaxError(QByteArrayView text, int *deepest)
{
    Scanner scanner(text);
    std::optional<JsonSyntaxError> error = scanner.run();
    if (deepest)
        *deepest = scanner.deepest();
    return error;
}
