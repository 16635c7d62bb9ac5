#include "models/admiraltygrade.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AdmiraltyGrade)
};

QString reliabilityMeaning(QChar reliability)
{
    switch (reliability.unicode()) {
    case u'A':
        return Text::tr("completely reliable");
    case u'B':
        return Text::tr("usually reliable");
    case u'C':
        return Text::tr("fairly reliable");
    case u'D':
        return Text::tr("not usually reliable");
    case u'E':
        return Text::tr("unreliable");
    case u'F':
        return Text::tr("reliability cannot be judged");
    }
    return {};
}

QString credibilityMeaning(int credibility)
{
    switch (credibility) {
    case 1:
        return Text::tr("confirmed by other sources");
    case 2:
        return Text::tr("probably true");
    case 3:
        return Text::tr("possibly true");
    case 4:
        return Text::tr("doubtful");
    case 5:
        return Text::tr("improbable");
    case 6:
        return Text::tr("truth cannot be judged");
    }
    return {};
}

} // namespace

namespace AdmiraltyGrade {

QString reliabilityLabel(QChar reliability)
{
    const QString meaning = reliabilityMeaning(reliability);
    if (meaning.isEmpty())
        return Text::tr("ungraded");
    return Text::tr("%1 (%2)", "grade, then its meaning").arg(reliability, meaning);
}

QString credibilityLabel(int credibility)
{
    const QString meaning = credibilityMeaning(credibility);
    if (meaning.isEmpty())
        return Text::tr("ungraded");
    return Text::tr("%1 (%2)", "grade, then its meaning").arg(credibility).arg(meaning);
}

} // namespace AdmiraltyGrade
