#pragma once

#include <QString>
#include <QStringView>

// The syntax of the small string values of the data format, checked by hand (no regular
// expression: the reader calls these hundreds of thousands of times).

// [a-z0-9][a-z0-9._-]*
bool isValidId(QStringView id);

// Two capital letters A-Z (ISO 3166-1 alpha-2 shape; the code itself is not looked up).
bool isCountryCode(QStringView code);

// A plausible BCP 47 tag: a primary subtag of 2-8 letters, then subtags of 1-8 letters or
// digits, separated by "-" ("en", "zh-Hans-CN", "de-CH-1996"). Not checked against the registry.
bool isPlausibleLanguageTag(QStringView tag);

// Why url may not be used as a link (it must parse, be http or https, and name a host), as a
// phrase that follows the url in a message; empty when the url is fine.
QString urlProblem(const QString &url);
