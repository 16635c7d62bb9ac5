#pragma once

#include "models/dataset.h"

#include <QSize>
#include <QString>

// The report of a dataset as HTML that QTextDocument lays out for the PDF and that a browser
// reads as it is: title, summary and asOf; the timeline chart; the claims nobody answered; the
// stance matrix; the actors as an outline; every claim with its evidence and the statements that
// answer it, with their lags; the other statements; the sources with their kind and grade. Every
// text from the data is escaped. The chart is an <img> whose source is chartSource: the PDF draws
// the chart there, the HTML file puts an inline SVG in its place.
namespace ReportHtml {

inline constexpr QStringView chartSource = u"dispute-explorer:timeline";

QString body(const Dataset &dataset, const QSize &chartSize);
// The <img> element body() writes for the chart.
QString chartElement(const QSize &chartSize);
// The anchor names at the start of an entry's first paragraph: "statement-truby-denial",
// "source-ft-report". An entry's paragraphs run up to the next entry or heading.
QString statementAnchor(const QString &statementId);
QString sourceAnchor(const QString &sourceId);
bool startsEntry(const QString &anchorName);
// CSS that QTextDocument and browsers both understand, and that prints well in black and white.
QString styleSheet();

} // namespace ReportHtml
