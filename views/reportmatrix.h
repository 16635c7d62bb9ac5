#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"

#include <QList>
#include <QString>

// The report's stance matrix, "Who did what with each claim": a row per claim and a column per
// actor, as on screen; with more than ten actors in the claims, a row per claim that names who
// took part, claimant first. Empty when there is no claim.
namespace ReportMatrix {

QString html(const Dataset &dataset, const QList<ClaimAnalysis> &analyses);

} // namespace ReportMatrix
