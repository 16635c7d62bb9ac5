#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QJsonDocument;

// RFC 6901 JSON Pointers into parsed JSON, as the diagnostics print them ("/statements/4/actor").

// One reference token: "~" becomes "~0" and "/" becomes "~1".
QString escapePointerToken(QStringView token);

// "/" + collection + "/" + index, optionally + "/" + escaped field: the pointer of a field of
// an element of a top-level array. With an empty collection, "/" + escaped field (a field of
// the root object). Builds the string only when a diagnostic needs it.
QString elementPointer(QStringView collection, qsizetype index, QStringView field = {});

// The pointer of the first array or object (in document order) deeper than maxDepth, the root
// being at depth 1; nullopt when there is none. Iterative, so a deep document cannot exhaust
// the call stack.
std::optional<QString> findTooDeepValue(const QJsonDocument &document, int maxDepth);
