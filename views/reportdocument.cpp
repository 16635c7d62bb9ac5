#include "views/reportdocument.h"

#include "views/reportchart.h"
#include "views/reporthtml.h"
#include "views/reportpagebreaks.h"
#include "views/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

// The PDF is laid out in pixels of 1/96 inch, like the screen, so the chart and the text keep
// the proportions they have in the HTML.
constexpr int resolution = 96;
constexpr int dotsPerMetre = 3780; // 96 dots per inch
constexpr qreal marginMillimetres = 18;
constexpr qreal bodyPointSize = 10;
constexpr qreal footerPointSize = 7.5;
// What a page holds of a chart's paragraph besides the chart: its margin and its line's descent.
constexpr qreal chartRoom = 8 + 8;

QPageLayout pageLayout()
{
    const QPageSize paper(QLocale().measurementSystem() == QLocale::ImperialUSSystem
                                  ? QPageSize::Letter
                                  : QPageSize::A4);
    return QPageLayout(
            paper, QPageLayout::Portrait,
            QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
            QPageLayout::Millimeter);
}

QFont footerFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(footerPointSize);
    return font;
}

qreal footerHeight()
{
    return QFontMetricsF(footerFont()).height() * 2.5;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace

ReportDocument::ReportDocument(const Dataset &dataset, const QString &provenance)
    : m_dataset(dataset)
    , m_provenance(provenance)
    , m_chart(std::make_unique<ReportChart>(m_dataset))
    , m_chartObject(std::make_unique<ReportChartObject>(m_chart.get()))
    , m_layoutDevice(1, 1, QImage::Format_RGB32)
{
    m_layoutDevice.setDotsPerMeterX(dotsPerMetre);
    m_layoutDevice.setDotsPerMeterY(dotsPerMetre);
    setUp(m_document);
    m_document.documentLayout()->registerHandler(QTextFormat::ImageObject, m_chartObject.get());
    m_document.setMetaInformation(QTextDocument::DocumentTitle, dataset.title);
}

// A document laid out as the report's pages are.
void ReportDocument::setUp(QTextDocument &document)
{
    document.documentLayout()->setPaintDevice(&m_layoutDevice);
    const QRectF page = pageLayout().paintRectPixels(resolution);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(bodyPointSize);
    // Any letter spacing turns ligatures off, so "efficient" is written with an f, an f and an
    // i that a reader's search finds, not with the one glyph of "ﬃ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    // In 64ths of a pixel, as the layout places its blocks: pages then start where it breaks them,
    // not a little more each page further down.
    document.setPageSize(
            QSizeF(page.width(), std::floor((page.height() - footerHeight()) * 64) / 64));
    document.setDefaultStyleSheet(ReportHtml::styleSheet());
}

// The chart as slices that each fit on a page, the first in what the page under the report's
// title leaves. The document's pixels are the page's; the chart's are as wide as the chart.
QStringList ReportDocument::chartSlices()
{
    const QSizeF body = m_document.pageSize();
    const qreal toChart = m_chart->size().width() / body.width();
    QTextDocument top;
    setUp(top);
    top.setHtml(ReportHtml::beforeChart(m_dataset));
    const qreal used = std::fmod(top.documentLayout()->documentSize().height(), body.height());
    const bool firstStartsPage = m_chart->slice(int((body.height() - used - chartRoom) * toChart),
                                                int((body.height() - chartRoom) * toChart));
    QStringList slices;
    for (qsizetype slice = 0; slice < m_chart->sliceCount(); ++slice) {
        const QSize size = m_chart->sliceSize(slice);
        slices.append(ReportHtml::chartParagraph(
                ReportHtml::chartElement(
                        QSize(int(body.width()), int(body.width() * size.height() / size.width())),
                        int(slice)),
                slice > 0 || firstStartsPage));
    }
    return slices;
}

// Only a PDF needs the pages: an HTML report is written without laying them out, which takes
// most of a big report's time.
QTextDocument &ReportDocument::paged(const Progress &progress)
{
    if (!m_laidOut) {
        const QString doing = Text::tr("Laying out the pages…");
        if (progress && !progress(doing, 0, 0))
            return m_document;
        m_document.setHtml(ReportHtml::body(m_dataset, chartSlices()));
        m_laidOut = keepReportEntriesTogether(m_document, PageBreaking::InPasses,
                                              [&progress, &doing](int done, int total) {
                                                  return !progress || progress(doing, done, total);
                                              });
    }
    return m_document;
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::toHtml() const
{
    QString svg = QString::fromUtf8(
            m_chart->svg(Text::tr("Timeline of %1").arg(m_dataset.title), m_provenance));
    svg = svg.mid(svg.indexOf(u"<svg"_s));
    const QString body = ReportHtml::body(m_dataset, {ReportHtml::chartParagraph(svg)});
    const QString language = m_dataset.language.isEmpty() ? u"en"_s : m_dataset.language;
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
            language.toHtmlEscaped());
    html += u"<meta name=\"generator\" content=\"%1 %2\">\n"_s.arg(
            QGuiApplication::applicationDisplayName(), QCoreApplication::applicationVersion());
    html += u"<title>%1</title>\n<style>\n"_s.arg(m_dataset.title.toHtmlEscaped());
    html += u"body { font-family: sans-serif; font-size: 11pt; max-width: 50em; "
            u"margin: 2em auto; padding: 0 1em; line-height: 1.4; }\n"
            u"p { margin: 0; }\n"
            u"p.chart svg { width: 100%; height: auto; }\n"
            u"footer.provenance { margin-top: 2em; border-top: 1px solid #666666; "
            u"padding-top: 0.5em; font-size: 8pt; color: #333333; }\n"_s;
    html += ReportHtml::styleSheet();
    html += u"</style>\n</head>\n<body>\n"_s + body;
    if (!m_provenance.isEmpty())
        html += u"<footer class=\"provenance\">%1</footer>\n"_s.arg(m_provenance.toHtmlEscaped());
    return html + u"</body>\n</html>\n"_s;
}

QString ReportDocument::save(const QString &path, const Progress &progress)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, progress);
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeHtml(path);
    return Text::tr("cannot write a report to %1: use .pdf or .html")
            .arg(QDir::toNativeSeparators(path));
}

QString ReportDocument::writeHtml(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    file.write(toHtml().toUtf8());
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QString ReportDocument::writePdf(const QString &path, const Progress &progress)
{
    const QString canceled = Text::tr("the report was canceled");
    paged(progress);
    if (!m_laidOut)
        return canceled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(resolution);
        pdf.setPageLayout(pageLayout());
        pdf.setTitle(m_dataset.title);
        pdf.setCreator(QGuiApplication::applicationDisplayName());
        QPainter painter;
        if (!painter.begin(&pdf))
            return cannotWrite(path, Text::tr("the PDF could not be started"));
        const QSizeF body = m_document.pageSize();
        const int pages = m_document.pageCount();
        QAbstractTextDocumentLayout::PaintContext context;
        // Black on white whatever the program's theme: a report is for paper.
        context.palette = paletteFor(Theme::Light);
        const QString doing = Text::tr("Writing the pages…");
        for (int page = 0; page < pages; ++page) {
            if (progress && !progress(doing, page, pages)) {
                painter.end();
                file.cancelWriting();
                return canceled;
            }
            if (page > 0)
                pdf.newPage();
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            painter.save();
            painter.translate(0, -clip.top());
            painter.setClipRect(clip);
            context.clip = clip;
            m_document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer(0, body.height(), body.width(), footerHeight());
            painter.setFont(footerFont());
            painter.setPen(QColor(0x33, 0x33, 0x33));
            const QString number = Text::tr("Page %1 of %2").arg(page + 1).arg(pages);
            const qreal numberWidth = QFontMetricsF(footerFont()).horizontalAdvance(number) + 16;
            painter.drawText(footer, Qt::AlignBottom | Qt::AlignRight, number);
            painter.drawText(footer.adjusted(0, 0, -numberWidth, 0),
                             Qt::AlignBottom | Qt::AlignLeft,
                             QFontMetricsF(footerFont())
                                     .elidedText(m_provenance, Qt::ElideMiddle,
                                                 footer.width() - numberWidth));
        }
        painter.end();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}
