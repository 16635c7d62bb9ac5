#pragma once

#include "models/dataset.h"

#include <QColor>
#include <QList>
#include <QPainterPath>
#include <QScatterSeries>
#include <QString>

// How a stance looks everywhere: a label and a colour, and on the chart a marker shape (in text,
// the same shape as a symbol), so a stance is never told by colour alone. The colours are from the
// Okabe–Ito palette, which stays distinguishable with the common forms of colour blindness.
namespace StanceStyle {

QList<Stance> allStances();
QString label(Stance stance);       // "claim"
QString pluralLabel(Stance stance); // "Claims"
QColor color(Stance stance);
QColor textColorOn(Stance stance); // readable text on color()
QScatterSeries::MarkerShape markerShape(Stance stance);
QString symbol(Stance stance); // the marker shape as a character: "●" for a circle
// The marker shape as a path of the given width and height, centred on the origin.
QPainterPath markerPath(Stance stance, qreal size);

} // namespace StanceStyle
