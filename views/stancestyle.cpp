#include "views/stancestyle.h"

#include <QCoreApplication>

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

} // namespace StanceStyle
