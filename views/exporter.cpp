#include "views/exporter.h"

#include "models/datasetwriter.h"
#include "views/itemcachepause.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QSvgGenerator>
#include <QWidget>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

// Less compression effort than Qt's default: screenshots of the window were written twice as
// fast, and came out no larger.
constexpr int pngQuality = 70;

int provenanceHeight(const QWidget *widget, const QString &provenance)
{
    return provenance.isEmpty() ? 0 : QFontMetrics(widget->font()).height() + 10;
}

// While it lives, whatever places a widget in its parent (a layout, a splitter) leaves the
// widget's size alone: else the widget is put back in its place at the next turn of the event
// loop, as soon as it asks for another layout (a chart view does when resized, a panel when its
// contents change), and drawn there at its old size. Then the parent lays the widget out again.
class LayoutPause final : public QObject
{
public:
    explicit LayoutPause(QWidget *widget)
        : m_parent(widget->parentWidget())
        , m_layout(m_parent ? m_parent->layout() : nullptr)
        , m_layoutWasEnabled(m_layout && m_layout->isEnabled())
    {
        if (m_parent)
            m_parent->installEventFilter(this);
        if (m_layout)
            m_layout->setEnabled(false);
    }
    ~LayoutPause() override
    {
        if (!m_parent)
            return;
        m_parent->removeEventFilter(this);
        if (m_layout) {
            m_layout->setEnabled(m_layoutWasEnabled);
            m_layout->invalidate();
        }
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(m_parent, &request);
    }
    Q_DISABLE_COPY_MOVE(LayoutPause)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == m_parent && event->type() == QEvent::LayoutRequest;
    }

private:
    QPointer<QWidget> m_parent;
    QPointer<QLayout> m_layout;
    bool m_layoutWasEnabled;
};

// Lays the widget out in the size the export asks for, less the provenance line, and paints
// both onto painter (whose device is that size in logical pixels).
void paint(QWidget *widget, QPainter &painter, const QSize &size, const QString &provenance)
{
    const int strip = provenanceHeight(widget, provenance);
    const QSize content(size.width(), size.height() - strip);
    const LayoutPause pause(widget);
    if (widget->size() != content) {
        widget->resize(content);
        QCoreApplication::processEvents();
    }
    painter.fillRect(QRect(QPoint(), size), widget->palette().color(QPalette::Window));
    const ItemCachePause drawnAnew(widget, painter);
    widget->render(&painter, QPoint(), QRegion(),
                   QWidget::DrawWindowBackground | QWidget::DrawChildren);
    if (strip == 0)
        return;
    const QRect line(8, content.height(), size.width() - 16, strip);
    painter.setPen(widget->palette().color(QPalette::WindowText));
    painter.setFont(widget->font());
    painter.drawText(
            line, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
            QFontMetrics(widget->font()).elidedText(provenance, Qt::ElideMiddle, line.width()));
}

// The size asked for; else the widget as it is, with the provenance line added below it, so
// exporting from the window leaves the window as it is.
QSize exportSize(const QWidget *widget, const Exporter::Options &options)
{
    if (options.size.isValid())
        return options.size;
    return widget->size() + QSize(0, provenanceHeight(widget, options.provenance));
}

} // namespace

QString Exporter::shortHash(const Dataset &dataset, const std::atomic_bool *stop)
{
    return QString::fromLatin1(
            DatasetWriter::hashOfJson(dataset, QCryptographicHash::Blake2b_256, stop)
                    .toHex()
                    .left(8));
}

QString Exporter::provenanceLine(const Dataset &dataset, const QDate &exportDate)
{
    return provenanceLine(dataset, exportDate, shortHash(dataset));
}

QString Exporter::provenanceLine(const Dataset &dataset, const QDate &exportDate,
                                 const QString &dataHash)
{
    QStringList parts {dataset.title};
    if (dataset.asOf)
        parts.append(Text::tr("as of %1").arg(dataset.asOf->toDisplayString()));
    parts.append(Text::tr("data %1").arg(dataHash));
    parts.append(
            Text::tr("exported %1")
                    .arg(EdtfDate::parse(exportDate.toString(Qt::ISODate))->toDisplayString()));
    parts.append(QGuiApplication::applicationDisplayName());
    return parts.join(QStringLiteral(" · "));
}

QImage Exporter::toImage(QWidget *widget, const Options &options)
{
    const QSize size = exportSize(widget, options);
    // Opaque: paint() fills the background. A PNG of an image with alpha took 40 % longer to
    // write, and was larger.
    QImage image(size * options.scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(options.scale);
    QPainter painter(&image);
    paint(widget, painter, size, options.provenance);
    return image;
}

QString Exporter::save(QWidget *widget, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString nativePath = QDir::toNativeSeparators(path);
    const QSize size = exportSize(widget, options);
    if (suffix == QLatin1String("png")) {
        if (!toImage(widget, options).save(path, "PNG", pngQuality))
            return Text::tr("cannot write %1").arg(nativePath);
        return {};
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(QGuiApplication::applicationDisplayName());
        svg.setDescription(options.provenance);
        QPainter painter;
        if (!painter.begin(&svg))
            return Text::tr("cannot write %1").arg(nativePath);
        paint(widget, painter, size, options.provenance);
        return painter.end() ? QString() : Text::tr("cannot write %1").arg(nativePath);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QGuiApplication::applicationDisplayName());
        pdf.setTitle(options.provenance);
        // One page the size of the view, at 96 dots per inch, so it maps 1:1 to pixels.
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        QPainter painter;
        if (!painter.begin(&pdf))
            return Text::tr("cannot write %1").arg(nativePath);
        paint(widget, painter, size, options.provenance);
        return painter.end() ? QString() : Text::tr("cannot write %1").arg(nativePath);
    }
    return Text::tr("cannot export to %1: use .png, .svg or .pdf").arg(nativePath);
}
