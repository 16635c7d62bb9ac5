// Renders an SVG into a square PNG of the given size: the build makes the application icon's
// fixed sizes for the desktop's icon theme with it.
//
//   svgtopng IN.svg SIZE OUT.png

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 4) {
        err << "usage: svgtopng IN.svg SIZE OUT.png" << Qt::endl;
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool sizeOk = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&sizeOk);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!sizeOk || size <= 0) {
        err << "svgtopng: SIZE must be a positive number of pixels" << Qt::endl;
        return 2;
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        err << "svgtopng: cannot read " << input << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(output, "PNG")) {
        err << "svgtopng: cannot write " << output << Qt::endl;
        return 1;
    }
    return 0;
}
