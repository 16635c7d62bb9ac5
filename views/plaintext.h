#pragma once

#include <QString>

// Qt shows a tooltip, and a Qt Charts label, as HTML when its text looks like HTML, so a name
// such as "<img src=...>" from a data file would be drawn as markup (and the image loaded).
// These turn text from the data into markup that shows it literally, tags and all.
namespace PlainText {

// For QToolTip: the text, line breaks kept, as rich text that holds no tag of the data's.
QString toolTip(const QString &text);
// For a label that Qt Charts renders as HTML.
QString chartLabel(const QString &text);

} // namespace PlainText
