#include "app/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

CommandLineOutcome usageError(const QString &message)
{
    return {std::nullopt, 2,
            QCoreApplication::applicationName() + QStringLiteral(": ") + message + QLatin1Char('\n')
                    + Text::tr("Try '--help' for more information.")};
}

const QStringList &screenshotFormats()
{
    static const QStringList formats {QStringLiteral("png"), QStringLiteral("svg"),
                                      QStringLiteral("pdf")};
    return formats;
}

} // namespace

PlatformNeed platformNeededFor(const QStringList &arguments)
{
    PlatformNeed need = PlatformNeed::Display;
    for (const QString &argument : arguments.mid(1)) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--validate") || name == QLatin1String("--help")
            || name == QLatin1String("-h") || name == QLatin1String("--version")
            || name == QLatin1String("-v"))
            return PlatformNeed::None;
        if (name == QLatin1String("--screenshot") || name == QLatin1String("--report"))
            need = PlatformNeed::Offscreen;
    }
    return need;
}

CommandLineOutcome parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Text::tr("Explore a contested news story: who claimed what, who denied it, on which "
                     "evidence, and when."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption validate(
            QStringLiteral("validate"),
            Text::tr("Check the data files and exit: one line per file on "
                     "stdout, diagnostics on stderr."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Text::tr("Render the window offscreen into <out> "
                                                 "(.png, .svg or .pdf) and exit."),
                                        Text::tr("out"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    Text::tr("Write the report of the current dataset into <out> "
                                             "(.pdf or .html) and exit."),
                                    Text::tr("out"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Text::tr("With --screenshot: window, tree, detail, timeline or "
                                           "matrix."),
                                  Text::tr("view"), QStringLiteral("window"));
    const QCommandLineOption select(
            QStringLiteral("select"),
            Text::tr("With --screenshot: select the actor or statement <id> "
                     "first."),
            Text::tr("id"));
    const QCommandLineOption size(
            QStringLiteral("size"),
            Text::tr("With --screenshot: window size in pixels, e.g. 1400x900."), Text::tr("WxH"));
    const QCommandLineOption scale(
            QStringLiteral("scale"),
            Text::tr("With --screenshot: device pixel ratio of the image (1 to "
                     "4)."),
            Text::tr("factor"), QStringLiteral("1"));
    const QCommandLineOption theme(
            QStringLiteral("theme"),
            Text::tr("Use the light or dark palette instead of the system's."),
            Text::tr("light|dark"));
    const QCommandLineOption noProvenance(
            QStringLiteral("no-provenance"),
            Text::tr("With --screenshot or --report: leave out the line naming the data, its date "
                     "and hash."));
    const QCommandLineOption newWindow(
            QStringLiteral("new-window"),
            Text::tr("Open a new window even if the program is running."));
    for (const QCommandLineOption &option :
         {validate, screenshot, report, view, select, size, scale, theme, noProvenance, newWindow})
        parser.addOption(option);
    parser.addPositionalArgument(Text::tr("files"), Text::tr("Dispute data files (JSON) to open."),
                                 Text::tr("[FILE...]"));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        return {std::nullopt, 0, parser.helpText()};
    if (parser.isSet(version)) {
        return {std::nullopt, 0,
                QCoreApplication::applicationName() + QLatin1Char(' ')
                        + QCoreApplication::applicationVersion()};
    }

    CommandLineOptions options;
    options.files = parser.positionalArguments();
    options.theme = parser.value(theme);
    if (parser.isSet(theme) && options.theme != QLatin1String("light")
        && options.theme != QLatin1String("dark"))
        return usageError(Text::tr("--theme must be light or dark"));
    options.newWindow = parser.isSet(newWindow);

    const int modes = int(parser.isSet(validate)) + int(parser.isSet(screenshot))
            + int(parser.isSet(report));
    if (modes > 1)
        return usageError(Text::tr("--validate, --screenshot and --report cannot be combined"));

    if (parser.isSet(validate)) {
        if (options.files.isEmpty())
            return usageError(Text::tr("--validate needs at least one FILE"));
        options.mode = CommandLineOptions::Mode::Validate;
        return {options, 0, {}};
    }

    const bool screenshotOnly = parser.isSet(view) || parser.isSet(select) || parser.isSet(size)
            || parser.isSet(scale);
    if (!parser.isSet(screenshot) && screenshotOnly)
        return usageError(Text::tr("--view, --select, --size and --scale need --screenshot"));
    options.provenance = !parser.isSet(noProvenance);
    if (parser.isSet(report)) {
        options.mode = CommandLineOptions::Mode::Report;
        options.output = parser.value(report);
        static const QStringList reportFormats {QStringLiteral("pdf"), QStringLiteral("html"),
                                                QStringLiteral("htm")};
        if (!reportFormats.contains(QFileInfo(options.output).suffix().toLower()))
            return usageError(Text::tr("--report needs a file ending in .pdf or .html"));
        return {options, 0, {}};
    }
    if (!parser.isSet(screenshot)) {
        if (parser.isSet(noProvenance))
            return usageError(Text::tr("--no-provenance needs --screenshot or --report"));
        return {options, 0, {}};
    }

    options.mode = CommandLineOptions::Mode::Screenshot;
    options.output = parser.value(screenshot);
    const QString suffix = QFileInfo(options.output).suffix().toLower();
    if (!screenshotFormats().contains(suffix)) {
        return usageError(Text::tr("--screenshot needs a file ending in .png, .svg or .pdf"));
    }

    options.view = parser.value(view);
    static const QStringList views {QStringLiteral("window"), QStringLiteral("tree"),
                                    QStringLiteral("detail"), QStringLiteral("timeline"),
                                    QStringLiteral("matrix")};
    if (!views.contains(options.view))
        return usageError(Text::tr("--view must be one of window, tree, detail, timeline, matrix"));
    options.select = parser.value(select);

    if (parser.isSet(size)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = sizePattern.match(parser.value(size));
        const int width = match.captured(1).toInt();
        const int height = match.captured(2).toInt();
        if (!match.hasMatch() || width < 200 || height < 150 || width > 8000 || height > 8000)
            return usageError(Text::tr("--size must be WxH between 200x150 and 8000x8000, e.g. "
                                       "1400x900"));
        options.size = QSize(width, height);
    }

    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    if (!ok || options.scale < 1.0 || options.scale > 4.0)
        return usageError(Text::tr("--scale must be a number from 1 to 4"));

    return {options, 0, {}};
}
