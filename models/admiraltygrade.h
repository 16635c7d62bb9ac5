#pragma once

#include <QChar>
#include <QString>

// The Admiralty (NATO) grading of intelligence, as the data format uses it: a source's
// reliability from A to F, and a statement's credibility from 1 to 6. The labels are the
// standard meanings, translated: "B (usually reliable)", "2 (probably true)". An ungraded
// value (a null QChar, 0) reads "ungraded".
namespace AdmiraltyGrade {

QString reliabilityLabel(QChar reliability);
QString credibilityLabel(int credibility);

} // namespace AdmiraltyGrade
