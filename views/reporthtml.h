#pragma once

#include "models/dataset.h"

#include <QSize>
#include <QString>
#include <QStringList>

// The report of a dataset as HTML that QTextDocument lays out for the PDF and that a browser
// reads as it is: title, summary and asOf; the timeline chart; the claims nobody answered; the
// stance matrix; the actors as an outline; every claim with its evidence and the statements that
// answer it, with their lags; the other statements; the sources with their kind and grade. Every
// text from the data is escaped. The chart is given as paragraphs: the HTML file's inline SVG,
// or the PDF's slices, each an <img> whose source names a slice of chartSource, which the PDF
// draws there.
namespace ReportHtml {

inline constexpr QStringView chartSource = u"dispute-explorer:timeline";

// chartParagraphs: chartParagraph()s.
QString body(const Dataset &dataset, const QStringList &chartParagraphs);
// What body() writes before the chart: the title, what follows it and the chart's heading.
QString beforeChart(const Dataset &dataset);
// An <img> for a slice of the chart, and the slice an image's name stands for (-1 if none).
QString chartElement(const QSize &size, int slice);
QString chartParagraph(const QString &chartHtml, bool startsPage = false);
int chartSliceOf(const QString &imageName);
// The anchor names at the start of an entry's first paragraph: "statement-truby-denial",
// "source-ft-report". An entry's paragraphs run up to the next entry or heading.
QString statementAnchor(const QString &statementId);
QString sourceAnchor(const QString &sourceId);
bool startsEntry(const QString &anchorName);
// CSS that QTextDocument and browsers both understand, and that prints well in black and white.
QString styleSheet();
// <tag class="cssClass">html</tag> and a line end: how the report's parts are written.
QString element(QStringView tag, QStringView cssClass, const QString &html);

} // namespace ReportHtml
