#include "views/stancestyle.h"

#include <QCoreApplication>
#include <QPolygonF>

#include <cmath>

namespace StanceStyle {

QList<Stance> allStances()
{
    return {Stance::Claim, Stance::Denial, Stance::Reaction, Stance::Context, Stance::Status};
}

QString label(Stance stance)
{
    return stanceLabel(stance);
}

QString pluralLabel(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return QCoreApplication::translate("Stance", "Claims");
    case Stance::Denial:
        return QCoreApplication::translate("Stance", "Denials");
    case Stance::Context:
        return QCoreApplication::translate("Stance", "Context");
    case Stance::Reaction:
        return QCoreApplication::translate("Stance", "Reactions");
    case Stance::Status:
        return QCoreApplication::translate("Stance", "Status");
    }
    return {};
}

QColor color(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Stance::Denial:
        return QColor(0xD5, 0x5E, 0x00); // vermilion
    case Stance::Context:
        return QColor(0x88, 0x88, 0x88); // grey
    case Stance::Reaction:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Stance::Status:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    }
    return {};
}

QColor textColorOn(Stance stance)
{
    return stance == Stance::Reaction ? QColor(Qt::black) : QColor(Qt::white);
}

QScatterSeries::MarkerShape markerShape(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return QScatterSeries::MarkerShapeCircle;
    case Stance::Denial:
        return QScatterSeries::MarkerShapeRectangle;
    case Stance::Reaction:
        return QScatterSeries::MarkerShapeTriangle;
    case Stance::Context:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case Stance::Status:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString symbol(Stance stance)
{
    switch (markerShape(stance)) {
    case QScatterSeries::MarkerShapeRectangle:
        return QStringLiteral("\u25A0");
    case QScatterSeries::MarkerShapeTriangle:
        return QStringLiteral("\u25B2");
    case QScatterSeries::MarkerShapeRotatedRectangle:
        return QStringLiteral("\u25C6");
    case QScatterSeries::MarkerShapeStar:
        return QStringLiteral("\u2605");
    default:
        return QStringLiteral("\u25CF");
    }
}

QPainterPath markerPath(Stance stance, qreal size)
{
    const qreal r = size / 2;
    QPainterPath path;
    switch (markerShape(stance)) {
    case QScatterSeries::MarkerShapeRectangle:
        path.addRect(QRectF(-r, -r, size, size));
        break;
    case QScatterSeries::MarkerShapeTriangle:
        path.addPolygon(QPolygonF({QPointF(0, -r), QPointF(r, r), QPointF(-r, r)}));
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeRotatedRectangle:
        path.addPolygon(QPolygonF({QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)}));
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeStar: {
        // Five points, the inner corners at the golden ratio of the outer radius.
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? r : r * 0.382;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            star.append(QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
        path.addPolygon(star);
        path.closeSubpath();
        break;
    }
    default:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    }
    return path;
}

} // namespace StanceStyle
