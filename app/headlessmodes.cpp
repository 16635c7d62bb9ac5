#include "app/headlessmodes.h"

#include "app/leftforexit.h"
#include "app/startup.h"
#include "models/datasetreader.h"
#include "models/documentstore.h"
#include "views/detailpane.h"
#include "views/exporter.h"
#include "views/mainwindow.h"
#include "views/reportdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessModes)
};

// The provenance line's data hash serialises the whole dataset (0.3 s at 100k statements): it
// is worked out on pool while the caller makes what it exports, at idle priority, so that it
// takes only what the views leave of the processor. Empty when not wanted.
QFuture<QString> provenanceLineOf(const Dataset &dataset, bool wanted, QThreadPool *pool)
{
    if (!wanted)
        return QtFuture::makeReadyFuture(QString());
    pool->setThreadPriority(QThread::IdlePriority);
    return QtConcurrent::run(
            pool, [dataset] { return Exporter::provenanceLine(dataset, QDate::currentDate()); });
}

} // namespace

int runValidate(const QStringList &files)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exitCode = 0;
    for (const QString &file : files) {
        ReadResult result = DatasetReader::readFile(file);
        for (const Diagnostic &diagnostic : result.diagnostics)
            err << diagnostic.format() << Qt::endl;
        if (!result.ok()) {
            exitCode = 1;
            continue;
        }
        const Dataset &dataset = *result.dataset;
        out << Text::tr("%1: ok, %2, %3, %4", "file, then counts of actors, statements, sources")
                        .arg(file, Text::tr("%n actor(s)", nullptr, int(dataset.actors.size())),
                             Text::tr("%n statement(s)", nullptr, int(dataset.statements.size())),
                             Text::tr("%n source(s)", nullptr, int(dataset.sources.size())))
            << Qt::endl;
        if (&file == &files.last())
            leaveForExit(std::make_shared<Dataset>(*std::move(result.dataset)));
    }
    return exitCode;
}

int runScreenshot(const CommandLineOptions &options)
{
    auto store = std::make_shared<DocumentStore>();
    if (!openStartupFiles(*store, options.files))
        return 1;
    QThreadPool hashing;
    const QFuture<QString> provenance
            = provenanceLineOf(store->current(), options.provenance, &hashing);

    auto window = std::make_shared<MainWindow>(store.get(), MainWindow::Use::OnePicture);
    if (options.size.isValid())
        window->resize(options.size);
    if (!options.select.isEmpty() && !window->selectId(options.select)) {
        QTextStream(stderr) << Text::tr("dispute-explorer: --select: no actor or statement "
                                        "\"%1\" in \"%2\"")
                                       .arg(options.select, store->current().title)
                            << Qt::endl;
        return 1;
    }
    window->showView(options.view);
    window->show();
    QCoreApplication::processEvents();
    window->detailPane()->waitForPage();

    Exporter::Options exportOptions;
    exportOptions.scale = options.scale;
    exportOptions.size = options.size;
    exportOptions.provenance = provenance.result();
    if (const QString error
        = Exporter::save(window->viewNamed(options.view), options.output, exportOptions);
        !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    leaveForExit(std::move(window));
    leaveForExit(std::move(store));
    return 0;
}

int runReport(const CommandLineOptions &options)
{
    auto store = std::make_shared<DocumentStore>();
    if (!openStartupFiles(*store, options.files))
        return 1;
    const QString provenance = options.provenance
            ? Exporter::provenanceLine(store->current(), QDate::currentDate())
            : QString();
    ReportDocument report(store->current(), provenance);
    if (const QString error = report.save(options.output); !error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    leaveForExit(std::move(store));
    return 0;
}
