#include "app/commandline.h"
#include "app/headlessmodes.h"
#include "app/quietoffscreen.h"
#include "app/singleinstance.h"
#include "app/startup.h"
#include "models/documentstore.h"
#include "views/documentactions.h"
#include "views/mainwindow.h"
#include "views/theme.h"
#include "views/translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <QWidget>

#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DisputeExplorer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("disputeexplorer.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("dispute-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DISPUTE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Dispute Explorer"));
    QGuiApplication::setDesktopFileName(
            QStringLiteral("io.github.disputeexplorer.DisputeExplorer"));
}

void bringToFront(QWidget *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

int main(int argc, char *argv[])
{
    const PlatformNeed need = platformNeededFor(argumentsOf(argc, argv));
    // Headless modes must work with no display at all, so they choose the offscreen platform
    // before the application object connects to one.
    if (need == PlatformNeed::Offscreen) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        installOffscreenMessageFilter();
    }
    const std::unique_ptr<QCoreApplication> app = need == PlatformNeed::None
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    describeApplication();
    installTranslations(app.get());

    const CommandLineOutcome outcome = parseCommandLine(QCoreApplication::arguments());
    if (!outcome.options) {
        QTextStream(outcome.exitCode == 0 ? stdout : stderr) << outcome.text << Qt::endl;
        return outcome.exitCode;
    }

    const CommandLineOptions &options = *outcome.options;
    auto *gui = qobject_cast<QApplication *>(app.get());
    rememberSystemLook(gui);
    // --theme wins over the View menu's choice, which is kept for the window's next start.
    if (const std::optional<Theme> theme = themeFromName(options.theme))
        applyTheme(gui, *theme);
    else if (options.mode == CommandLineOptions::Mode::Window)
        applyTheme(gui, savedTheme());
    switch (options.mode) {
    case CommandLineOptions::Mode::Validate:
        return runValidate(options.files);
    case CommandLineOptions::Mode::Screenshot:
        return runScreenshot(options);
    case CommandLineOptions::Mode::Report:
        return runReport(options);
    case CommandLineOptions::Mode::Window:
        break;
    }

    // One window per user: when one is running already, it takes this launch's files, unless
    // the user asked for a new window.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (options.mode == CommandLineOptions::Mode::Window && !options.newWindow) {
        if (instance.handOver(options.files))
            return 0;
        instance.listen();
    }

    // The window opens the command line's files itself, as if they were dropped on it, so
    // problems show in its dialog rather than on a terminal nobody may be looking at.
    QGuiApplication::setWindowIcon(
            QIcon(QStringLiteral(":/icons/io.github.disputeexplorer.DisputeExplorer.svg")));
    DocumentStore store;
    openStartupFiles(store, {});
    MainWindow window(&store);
    QObject::connect(&instance, &SingleInstance::filesReceived, &window,
                     [&window](const QStringList &files) {
                         bringToFront(&window);
                         window.documentActions()->openPaths(files);
                     });
    window.restoreSettings();
    window.show();
    window.documentActions()->openPaths(options.files);
    return QCoreApplication::exec();
}
