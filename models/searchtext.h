#pragma once

#include <QString>

// Text for case-insensitive substring search, made once so that each search is a plain,
// case-sensitive QString::contains(): fold both the text searched and the text searched for.
// Folding lowers every code point by the simple (one to one) Unicode mapping, in place, so a
// folded text keeps its length; ASCII takes a fast path.
namespace SearchText {

void foldInPlace(QString &text);

inline QString folded(QString text)
{
    foldInPlace(text);
    return text;
}

} // namespace SearchText
