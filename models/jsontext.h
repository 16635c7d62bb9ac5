#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <cstring>

// The byte-level facts about a JSON text that the reader needs before and after parsing:
// the UTF-8 byte-order mark, whether there is anything but whitespace, where the first invalid
// UTF-8 byte is, and which line and column a byte offset falls on.

// Length of a UTF-8 byte-order mark at the start of text (3), or 0.
qsizetype utf8BomLength(QByteArrayView text);

// True for the four characters JSON allows between tokens: space, tab, line feed, carriage return.
inline bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// True for the ten digits of a JSON number.
inline bool isJsonDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when text holds only JSON whitespace (space, tab, line feed, carriage return), or nothing.
bool isJsonWhitespaceOnly(QByteArrayView text);

// Offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence), or -1.
qsizetype findInvalidUtf8(QByteArrayView text);

struct TextPosition
{
    int line = 1;   // 1-based; a line ends at LF, CR LF or a lone CR
    int column = 1; // 1-based, counted in characters (code points), not bytes
};

// The UTF-16 code unit written by the four hex digits of a \u escape at text[at], or -1 when
// there are not four hex digits there.
int escapedUnit(QByteArrayView text, qsizetype at);

// True when none of the eight bytes at p ends a string or needs a closer look: no quote, no
// backslash, no control character. Most string content passes, so strings are scanned eight
// bytes at a time.
inline bool isPlainStringChunk(const char *p)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    std::uint64_t chunk;
    std::memcpy(&chunk, p, sizeof chunk);
    const auto hasZeroByte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t quote = hasZeroByte(chunk ^ (ones * '"'));
    const std::uint64_t backslash = hasZeroByte(chunk ^ (ones * '\\'));
    const std::uint64_t control = (chunk - ones * 0x20) & ~chunk & highs;
    return (quote | backslash | control) == 0;
}

// The line and column of the character at byte offset (clamped to the text; an offset inside a
// multi-byte character means that character). The bytes before offset must be valid UTF-8.
TextPosition textPosition(QByteArrayView text, qsizetype offset);
