#pragma once

#include "models/dataset.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <atomic>

class QWidget;

// Renders a widget - the whole window or one view - into a PNG at a device pixel ratio, an SVG
// (vector: the chart stays sharp and its text stays text) or a one-page PDF of vector content.
// A provenance line can be stamped under it, so a picture in a report can be traced back to its
// data: the dataset's title and asOf, a short hash of its content and the export date. The
// output is exactly the size asked for: the widget is laid out in what the line leaves.
class Exporter
{
public:
    struct Options
    {
        QSize size;         // logical pixels; when invalid, the widget's own size plus the line
        qreal scale = 1.0;  // device pixel ratio of a PNG
        QString provenance; // stamped under the widget when not empty
    };

    // "Ford–Xiaomi EV partnership report · as of 2 Feb 2026 · data 1a2b3c4d · exported 25 Nov
    // 2026 · Dispute Explorer"
    static QString provenanceLine(const Dataset &dataset, const QDate &exportDate);
    // The same, with the data hash worked out already (shortHash(dataset)).
    static QString provenanceLine(const Dataset &dataset, const QDate &exportDate,
                                  const QString &dataHash);
    // The first 8 hex digits of the BLAKE2b-256 of the dataset written as JSON, as the program
    // saves it (`b2sum -l 256` of the file). Five times quicker than SHA-256 here: 37 MB, the
    // JSON of 100k statements, take 80 ms instead of 440 ms. Empty if stop is set meanwhile.
    static QString shortHash(const Dataset &dataset, const std::atomic_bool *stop = nullptr);

    static QImage toImage(QWidget *widget, const Options &options);
    // Writes PNG, SVG or PDF by the path's suffix; empty on success, else why not.
    static QString save(QWidget *widget, const QString &path, const Options &options);
};
