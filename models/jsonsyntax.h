#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// A strict RFC 8259 check of a JSON text. QJsonDocument::fromJson (Qt 6.4) tolerates some
// things the standard forbids: numbers such as "1." or ".5", unknown escapes such as "\x",
// raw control characters (a line break, a tab) inside strings. The data format promises that
// invalid JSON is refused, so the reader runs this check on what Qt accepted. It also decides
// whether a text Qt refused because its root is not an object or an array (Qt only reads
// those) is valid JSON nonetheless. The text must already be valid UTF-8.
struct JsonSyntaxError
{
    qsizetype offset = 0; // byte offset of the offending character
    QString message;      // Qt's wording where Qt has one ("illegal number")
};

// The first error, or nullopt. When deepest is given, it receives the deepest nesting of arrays
// and objects seen (the root container being 1), which costs nothing here and spares a walk
// over the parsed document when the text is within the nesting limit.
std::optional<JsonSyntaxError> findJsonSyntaxError(QByteArrayView text, int *deepest = nullptr);
