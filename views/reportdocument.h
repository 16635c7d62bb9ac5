#pragma once

#include "models/dataset.h"

#include <QImage>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class ReportChart;
class ReportChartObject;

// The report of a dataset (see ReportHtml), laid out on pages the size of the locale's paper
// (A4, or Letter in the United States), and written as a PDF - real text, the chart as vector
// drawing, the provenance line and "Page N of M" under every page - or as one standalone HTML
// file with the chart as an inline SVG.
class ReportDocument
{
public:
    ReportDocument(const Dataset &dataset, const QString &provenance);
    ~ReportDocument();
    Q_DISABLE_COPY_MOVE(ReportDocument)

    // The laid-out document the PDF prints, one page per page.
    QTextDocument *document() { return &paged(); }
    int pageCount() { return paged().pageCount(); }
    QString toHtml() const;

    // Told what is being done, and how much of it, now and then while a PDF is written; it
    // cancels the writing by answering false. total is 0 while how much is not known.
    using Progress = std::function<bool(const QString &doing, int done, int total)>;

    // Writes PDF or HTML by the path's suffix, atomically; empty on success, else why not.
    // Canceled, it writes nothing and says so.
    QString save(const QString &path, const Progress &progress = {});

private:
    void setUp(QTextDocument &document);
    QStringList chartSlices();
    QTextDocument &paged(const Progress &progress = {});
    QString writePdf(const QString &path, const Progress &progress);
    QString writeHtml(const QString &path) const;

    const Dataset m_dataset; // a copy: its lists are shared, and the pages are laid out later
    QString m_provenance;
    std::unique_ptr<ReportChart> m_chart;
    std::unique_ptr<ReportChartObject> m_chartObject;
    QImage m_layoutDevice;    // 96 dots per inch whatever the screen, so pages break the same
    QTextDocument m_document; // laid out on pages when first needed
    bool m_laidOut = false;
};
