#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// The command line of conventions.md, parsed with QCommandLineParser into plain options.
struct CommandLineOptions
{
    enum class Mode { Window, Validate, Screenshot, Report };

    Mode mode = Mode::Window;
    QStringList files; // data files to open, in order
    QString output;    // --screenshot or --report target
    QString view = QStringLiteral("window");
    QString select;
    QSize size;
    qreal scale = 1.0;
    QString theme;
    bool newWindow = false;
    bool provenance = true; // stamp the provenance line under a screenshot
};

// What the parse decided: either options to run with, or an exit right away (help, version,
// usage error) with the text to print and the exit code (0, or 2 for a usage error).
struct CommandLineOutcome
{
    std::optional<CommandLineOptions> options;
    int exitCode = 0;
    QString text; // printed on stdout for exit code 0, on stderr otherwise
};

CommandLineOutcome parseCommandLine(const QStringList &arguments);

// What the arguments need before the application object exists: no GUI at all (help, version,
// validation), an offscreen GUI (screenshot, report: they work with no display), or a display.
enum class PlatformNeed { None, Offscreen, Display };
PlatformNeed platformNeededFor(const QStringList &arguments);
