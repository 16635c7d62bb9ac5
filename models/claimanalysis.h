#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the data says about each claim, beyond the statements themselves: the evidence behind
// it, who answered it and how soon, and which of the parties it is about never did.

// The sources a statement cites, counted the way a fact-checker counts corroboration: four
// unnamed sources quoted by one outlet are one outlet's word, not four confirmations.
struct EvidenceRollUp
{
    int sources = 0;   // sources cited
    int outlets = 0;   // distinct outlets behind them (publisher, else author, else the source)
    int named = 0;     // sources with a named author
    int anonymous = 0; // sources without one
    QString grades;    // Admiralty reliability letters of the graded sources, best first: "BC"
    int ungraded = 0;  // sources with no grade

    QString toText() const; // "2 sources from 2 outlets: 1 named, 1 anonymous; ungraded"
};

EvidenceRollUp evidenceFor(const Dataset &dataset, const Statement &statement);
// The same, for the sources at these positions in dataset.sources (-1 for an unknown one).
EvidenceRollUp evidenceFor(const Dataset &dataset, DatasetLinks::Positions sources);

// The time from a claim to an answer, from the spans of their EDTF dates: at least minDays, at
// most maxDays. Unknown when an end either depends on is open or unknown.
struct AnswerLag
{
    bool known = false;
    qint64 minDays = 0;
    qint64 maxDays = 0;
    bool uncertain = false; // either date is marked uncertain or approximate

    // "same day", "within 1 day", "3 days", "5 to 12 days", "before the claim", "unknown"
    QString toText() const;
};

AnswerLag answerLag(const EdtfDate &claim, const EdtfDate &answer);

struct ClaimAnalysis
{
    const Statement *claim = nullptr;
    QList<const Statement *> denials;   // in date order
    QList<const Statement *> reactions; // in date order
    EvidenceRollUp evidence;
    // The actors the claim is about that neither they nor anyone inside them (Mark Truby
    // inside Ford) denied or reacted to it; in the claim's order.
    QStringList silentSubjects;

    bool isUnanswered() const { return denials.isEmpty() && reactions.isEmpty(); }
};

// The statements that respond to the statement at a position, in dataset order. They point into
// dataset.
QList<const Statement *> answersTo(const Dataset &dataset, const DatasetLinks &links,
                                   qsizetype statement);

// Every claim of the dataset, in date order. The analyses point into dataset: keep it alive.
QList<ClaimAnalysis> analyseClaims(const Dataset &dataset);
// The same, following the dataset's links found already (DatasetLinks(dataset)).
QList<ClaimAnalysis> analyseClaims(const Dataset &dataset, const DatasetLinks &links);
