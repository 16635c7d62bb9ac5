#pragma once

#include <QString>

class QHelpEvent;
class QRect;
class QWidget;

// Qt shows a tooltip, and a Qt Charts label, as HTML when its text looks like HTML, so a name
// such as "<img src=...>" from a data file would be drawn as markup (and the image loaded).
// These turn text from the data into markup that shows it literally, tags and all.
namespace PlainText {

// For QToolTip: the text, line breaks kept, as rich text that holds no tag of the data's.
QString toolTip(const QString &text);
// For a label that Qt Charts renders as HTML.
QString chartLabel(const QString &text);
// Answers a tooltip event over the area of an item or header section with the text, shown
// literally; hides the tooltip when there is no text. Returns whether a tooltip is shown.
bool showToolTip(QHelpEvent *event, QWidget *widget, const QRect &area, const QString &text);

} // namespace PlainText
