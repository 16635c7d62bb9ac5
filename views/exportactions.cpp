#include "views/exportactions.h"

#include "models/documentstore.h"
#include "views/exporter.h"
#include "views/mainwindow.h"
#include "views/reportdocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

const QString folderKey = QStringLiteral("export/lastFolder");
const QStringList viewNames {QStringLiteral("window"), QStringLiteral("tree"),
                             QStringLiteral("detail"), QStringLiteral("timeline"),
                             QStringLiteral("matrix")};

} // namespace

ExportActions::ExportActions(DocumentStore *store, MainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_export(new QAction(tr("&Export View…"), this))
    , m_copy(new QAction(tr("&Copy View as Image"), this))
    , m_report(new QAction(tr("Export &Report…"), this))
    , m_hashDelay(new QTimer(this))
{
    m_report->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_report->setStatusTip(tr("Write the report of this dispute as a PDF document or an HTML "
                              "page"));
    connect(m_report, &QAction::triggered, this, &ExportActions::exportReport);
    for (const auto changed : {&DocumentStore::currentChanged, &DocumentStore::datasetChanged}) {
        connect(m_store, changed, this, [this] {
            dropHash();
            m_hashDelay->start();
        });
    }
    m_hashing.setMaxThreadCount(1);
    m_hashing.setThreadPriority(QThread::IdlePriority);
    m_hashDelay->setSingleShot(true);
    m_hashDelay->setInterval(hashDelayMs);
    connect(m_hashDelay, &QTimer::timeout, this, &ExportActions::prepareHash);
    m_hashDelay->start();
    m_export->setShortcut(Qt::CTRL | Qt::Key_E);
    m_copy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    connect(m_export, &QAction::triggered, this, &ExportActions::exportView);
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyViewAsImage);
}

QString ExportActions::defaultFileName(const QString &datasetId, const QString &view,
                                       const QDate &date, const QString &suffix)
{
    return QStringLiteral("%1-%2-%3.%4").arg(datasetId, view, date.toString(Qt::ISODate), suffix);
}

QString ExportActions::focusedView() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (const QString &name : viewNames.mid(1)) {
        const QWidget *view = m_window->viewNamed(name);
        if (focus && (focus == view || view->isAncestorOf(focus)))
            return name;
    }
    return viewNames.first();
}

ExportActions::~ExportActions()
{
    // The pool waits for its thread, which may get little time on a busy machine.
    dropHash();
}

void ExportActions::prepareHash()
{
    if (m_hash.isValid())
        return;
    m_stopHash = std::make_shared<std::atomic_bool>(false);
    m_hash = QtConcurrent::run(&m_hashing, [data = m_store->current(), stop = m_stopHash] {
        return Exporter::shortHash(data, stop.get());
    });
}

void ExportActions::dropHash()
{
    if (m_stopHash)
        m_stopHash->store(true);
    m_stopHash.reset();
    m_hash = QFuture<QString>();
}

QString ExportActions::provenanceLine()
{
    const Dataset &current = m_store->current();
    if (!m_hash.isValid())
        m_hash = QtFuture::makeReadyFuture(Exporter::shortHash(current));
    return Exporter::provenanceLine(current, QDate::currentDate(), m_hash.result());
}

void ExportActions::copyViewAsImage()
{
    Exporter::Options options;
    options.scale = 2.0;
    options.provenance = provenanceLine();
    const QString view = focusedView();
    QApplication::clipboard()->setImage(Exporter::toImage(m_window->viewNamed(view), options));
    m_window->statusBar()->showMessage(tr("Copied the %1 as an image").arg(view), 5000);
}

void ExportActions::exportView()
{
    prepareHash();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export View"));
    auto *view = new QComboBox(&dialog);
    view->addItem(tr("Whole window"), viewNames.at(0));
    view->addItem(tr("Actor tree"), viewNames.at(1));
    view->addItem(tr("Details"), viewNames.at(2));
    view->addItem(tr("Timeline"), viewNames.at(3));
    view->addItem(tr("Stance matrix"), viewNames.at(4));
    view->setCurrentIndex(int(viewNames.indexOf(focusedView())));
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("PNG image"), QStringLiteral("png"));
    format->addItem(tr("SVG drawing (vector)"), QStringLiteral("svg"));
    format->addItem(tr("PDF document (vector)"), QStringLiteral("pdf"));
    auto *scale = new QComboBox(&dialog);
    for (const int factor : {1, 2, 3})
        scale->addItem(tr("%1×").arg(factor), factor);
    scale->setCurrentIndex(1);
    auto *provenance = new QCheckBox(tr("Stamp the data's title, date and hash under it"), &dialog);
    provenance->setChecked(true);
    connect(format, &QComboBox::currentIndexChanged, scale,
            [format, scale] { scale->setEnabled(format->currentData() == QLatin1String("png")); });

    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&View:"), view);
    form->addRow(tr("&Format:"), format);
    form->addRow(tr("&Scale:"), scale);
    form->addRow(provenance);
    auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QString suffix = format->currentData().toString();
    const QString viewName = view->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export View"), suggestedPath(viewName, suffix),
            format->currentText() + u" (*." + suffix + u')');
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    m_window->showView(viewName);
    Exporter::Options options;
    options.scale = scale->currentData().toInt();
    if (provenance->isChecked())
        options.provenance = provenanceLine();
    if (const QString error = Exporter::save(m_window->viewNamed(viewName), path, options);
        !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could Not Export"), error);
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString ExportActions::suggestedPath(const QString &view, const QString &suffix) const
{
    return QDir(QSettings().value(folderKey, QDir::homePath()).toString())
            .filePath(defaultFileName(m_store->current().id, view, QDate::currentDate(), suffix));
}

void ExportActions::exportReport()
{
    prepareHash();
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("HTML page (*.html)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Report"),
            suggestedPath(QStringLiteral("report"), QStringLiteral("pdf")), pdf + u";;" + html,
            &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html")
        && suffix != QLatin1String("htm"))
        path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    exportReportTo(path);
}

bool ExportActions::exportReportTo(const QString &path)
{
    // A report of thousands of statements takes seconds: it says how far it is and can be
    // canceled. The dialog shows only when it takes longer than a moment.
    QProgressDialog progress(m_window);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error
            = ReportDocument(m_store->current(), provenanceLine())
                      .save(path, [&progress](const QString &doing, int done, int total) {
                          progress.setLabelText(doing);
                          progress.setMaximum(total);
                          progress.setValue(done);
                          return !progress.wasCanceled();
                      });
    QGuiApplication::restoreOverrideCursor();
    if (progress.wasCanceled()) {
        m_window->statusBar()->showMessage(tr("Canceled the report"), 8000);
        return false;
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Could Not Export the Report"), error);
        return false;
    }
    m_window->statusBar()->showMessage(
            tr("Wrote the report to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}
