#include "app/headlessmodes.h"

#include "views/mainwindow.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessModes)
};

} // namespace

int runScreenshot(const CommandLineOptions &options)
{
    MainWindow window;
    if (options.size.isValid())
        window.resize(options.size);
    window.show();
    QCoreApplication::processEvents();

    QImage image(window.size() * options.scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        window.render(&painter);
    }
    if (!image.save(options.output)) {
        QTextStream(stderr)
                << Text::tr("%1: error: cannot write the screenshot").arg(options.output)
                << Qt::endl;
        return 1;
    }
    return 0;
}
