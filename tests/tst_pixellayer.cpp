#include "views/pixellayer.h"
#include "warningsareerrors.h"

#include <QImage>
#include <QPainter>
#include <QTest>

// The picture an item keeps between paints: drawn once, copied while nothing changes, drawn
// again when told or when the device's resolution or the area changes, and copied pixel for
// pixel where the drawing would have gone.
class TestPixelLayer : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }
    void drawsOnceUntilSomethingChanges();
    void copiesWhatTheDrawingWouldHaveMade();
};

namespace {

const QRectF area(10.5, 20.25, 40, 30);

void drawCross(QPainter *painter)
{
    painter->fillRect(QRectF(area.left(), area.center().y() - 2, area.width(), 4), Qt::red);
    painter->fillRect(QRectF(area.center().x() - 2, area.top(), 4, area.height()), Qt::blue);
}

QImage canvas(qreal scale)
{
    QImage image(QSize(80, 80) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    return image;
}

} // namespace

void TestPixelLayer::drawsOnceUntilSomethingChanges()
{
    PixelLayer layer;
    int drawn = 0;
    const auto render = [&drawn](QPainter *painter) {
        ++drawn;
        drawCross(painter);
    };
    QImage image = canvas(1);
    QPainter painter(&image);
    layer.paint(&painter, area, 1, render);
    layer.paint(&painter, area, 1, render);
    QCOMPARE(drawn, 1);
    layer.invalidate();
    layer.paint(&painter, area, 1, render);
    QCOMPARE(drawn, 2);
    layer.paint(&painter, area, 2, render);
    QCOMPARE(drawn, 3);
    layer.paint(&painter, area.translated(5, 0), 2, render);
    QCOMPARE(drawn, 4);
}

void TestPixelLayer::copiesWhatTheDrawingWouldHaveMade()
{
    for (const qreal scale : {1.0, 1.5, 2.0}) {
        QImage direct = canvas(scale);
        {
            QPainter painter(&direct);
            painter.setClipRect(area);
            drawCross(&painter);
        }
        QImage copied = canvas(scale);
        {
            QPainter painter(&copied);
            PixelLayer layer;
            layer.paint(&painter, area, scale, drawCross);
        }
        QCOMPARE(copied, direct);
    }
}

QTEST_MAIN(TestPixelLayer)
#include "tst_pixellayer.moc"
