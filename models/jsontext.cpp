#include "models/jsontext.h"

#include <cstdint>
#include <cstring>

namespace {

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence that starts at data[i] (a byte >= 0x80), or 0.
// The ranges are those of RFC 3629's table of well-formed byte sequences.
int sequenceLength(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char lead = data[i];
    int length = 0;
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            secondMin = 0xA0; // overlong below U+0800
        else if (lead == 0xED)
            secondMax = 0x9F; // surrogates U+D800..U+DFFF
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            secondMin = 0x90; // overlong below U+10000
        else if (lead == 0xF4)
            secondMax = 0x8F; // above U+10FFFF
    } else {
        return 0; // a stray continuation byte, an overlong C0/C1 lead, or F5..FF
    }
    if (size - i < length)
        return 0;
    if (data[i + 1] < secondMin || data[i + 1] > secondMax)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
    }
    return length;
}

bool isHexDigit(char c)
{
    return isJsonDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

qsizetype utf8BomLength(QByteArrayView text)
{
    return text.startsWith(QByteArrayView("\xEF\xBB\xBF")) ? 3 : 0;
}

int escapedUnit(QByteArrayView text, qsizetype at)
{
    if (at < 0 || at + 4 > text.size())
        return -1;
    int unit = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const char c = text[i];
        if (!isHexDigit(c))
            return -1;
        unit = unit * 16 + (isJsonDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return unit;
}

bool isJsonWhitespaceOnly(QByteArrayView text)
{
    for (const char c : text) {
        if (!isJsonWhitespace(c))
            return false;
    }
    return true;
}

// Qt 6.4 has no public UTF-8 check that says *where* the text goes wrong (QStringDecoder
// only reports that it replaced something), and the error must point at the first bad byte.
qsizetype findInvalidUtf8(QByteArrayView text)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Most dataset text is ASCII: skip it eight bytes at a time.
        while (size - i >= 8) {
            std::uint64_t chunk;
            std::memcpy(&chunk, data + i, sizeof chunk);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(data, size, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

TextPosition textPosition(QByteArrayView text, qsizetype offset)
{
    const auto *data = reinterpret_cast<const unsigned char *>(text.data());
    if (offset > text.size())
        offset = text.size();
    while (offset > 0 && offset < text.size() && isContinuation(data[offset]))
        --offset;

    TextPosition position;
    for (qsizetype i = 0; i < offset; ++i) {
        const unsigned char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || data[i + 1] != '\n'))) {
            ++position.line;
            position.column = 1;
        } else if (c != '\r' && !isContinuation(c)) {
            ++position.column;
        }
    }
    return position;
}
