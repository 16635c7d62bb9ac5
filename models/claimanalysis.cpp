#include "models/claimanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClaimAnalysis)
};

// A lag this short or shorter reads "within N days" when its exact length is not known.
constexpr qint64 daysCalledWithin = 7;

QList<const Statement *> inDateOrder(QList<const Statement *> statements)
{
    std::stable_sort(statements.begin(), statements.end(),
                     [](const Statement *a, const Statement *b) { return a->date < b->date; });
    return statements;
}

// True when actorId is ancestor or one of its descendants (through parent links).
bool isWithin(const Dataset &dataset, QString actorId, const QString &ancestor)
{
    // Bounded like the validator's tree depth, so a cycle in unvalidated data cannot hang.
    for (int depth = 0; depth < 64 && !actorId.isEmpty(); ++depth) {
        if (actorId == ancestor)
            return true;
        const Actor *actor = dataset.actor(actorId);
        actorId = actor ? actor->parent : QString();
    }
    return false;
}

} // namespace

QString EvidenceRollUp::toText() const
{
    if (sources == 0)
        return Text::tr("no source");
    const QString counts = Text::tr("%n source(s)", nullptr, sources) + u' '
            + Text::tr("from %n outlet(s)", nullptr, outlets);
    const QString kinds = Text::tr("%1 named, %2 anonymous").arg(named).arg(anonymous);
    QString grading;
    if (grades.isEmpty())
        grading = Text::tr("ungraded");
    else if (ungraded == 0)
        grading = Text::tr("graded %1").arg(grades);
    else
        grading = Text::tr("graded %1, %n ungraded", nullptr, ungraded).arg(grades);
    return Text::tr("%1: %2; %3", "counts: named and anonymous; grades")
            .arg(counts, kinds, grading);
}

EvidenceRollUp evidenceFor(const Dataset &dataset, const Statement &statement)
{
    EvidenceRollUp rollUp;
    // A statement cites a few sources: a short list is quicker than a set, and allocates nothing.
    QVarLengthArray<QStringView, 8> outlets;
    for (const QString &sourceId : statement.sources) {
        const Source *source = dataset.source(sourceId);
        if (!source)
            continue;
        ++rollUp.sources;
        const QStringView outlet = !source->publisher.isEmpty() ? source->publisher
                : !source->author.isEmpty()                     ? source->author
                                                                : source->id;
        if (!outlets.contains(outlet))
            outlets.append(outlet);
        if (source->author.isEmpty())
            ++rollUp.anonymous;
        else
            ++rollUp.named;
        if (source->reliability.isNull())
            ++rollUp.ungraded;
        else
            rollUp.grades.append(source->reliability);
    }
    rollUp.outlets = int(outlets.size());
    std::sort(rollUp.grades.begin(), rollUp.grades.end());
    return rollUp;
}

QString AnswerLag::toText() const
{
    QString text;
    if (!known)
        return Text::tr("unknown");
    if (maxDays < 0)
        text = Text::tr("before the claim");
    else if (maxDays == 0)
        text = Text::tr("same day");
    else if (minDays == maxDays)
        text = Text::tr("%n day(s)", nullptr, int(maxDays));
    else if (maxDays <= daysCalledWithin)
        text = Text::tr("within %n day(s)", nullptr, int(maxDays));
    else
        text = Text::tr("%1 to %2 days").arg(minDays).arg(maxDays);
    return uncertain ? Text::tr("%1 (dates uncertain)").arg(text) : text;
}

AnswerLag answerLag(const EdtfDate &claim, const EdtfDate &answer)
{
    AnswerLag lag;
    if (!claim.earliest().isValid() || !claim.latest().isValid() || !answer.earliest().isValid()
        || !answer.latest().isValid())
        return lag;
    lag.known = true;
    lag.minDays = std::max<qint64>(0, claim.latest().daysTo(answer.earliest()));
    lag.maxDays = claim.earliest().daysTo(answer.latest());
    lag.minDays = std::min(lag.minDays, std::max<qint64>(lag.maxDays, 0));
    lag.uncertain = claim.isUncertain() || claim.isApproximate() || answer.isUncertain()
            || answer.isApproximate();
    return lag;
}

AnswersById answersOf(const Dataset &dataset)
{
    AnswersById answers;
    answers.reserve(dataset.statements.size());
    for (const Statement &statement : dataset.statements) {
        for (const QString &target : statement.respondsTo)
            answers[target].append(&statement);
    }
    return answers;
}

QList<ClaimAnalysis> analyseClaims(const Dataset &dataset)
{
    return analyseClaims(dataset, answersOf(dataset));
}

QList<ClaimAnalysis> analyseClaims(const Dataset &dataset, const AnswersById &answers)
{
    QList<const Statement *> claims;
    for (const Statement &statement : dataset.statements) {
        if (statement.stance == Stance::Claim)
            claims.append(&statement);
    }

    QList<ClaimAnalysis> analyses;
    analyses.reserve(claims.size());
    for (const Statement *claim : inDateOrder(claims)) {
        ClaimAnalysis analysis;
        analysis.claim = claim;
        analysis.evidence = evidenceFor(dataset, *claim);
        const QList<const Statement *> answered = inDateOrder(answers.value(claim->id));
        for (const Statement *answer : answered) {
            if (answer->stance == Stance::Denial)
                analysis.denials.append(answer);
            else if (answer->stance == Stance::Reaction)
                analysis.reactions.append(answer);
        }
        for (const QString &subject : claim->about) {
            const bool spoke
                    = std::any_of(answered.cbegin(), answered.cend(), [&](const Statement *answer) {
                          return (answer->stance == Stance::Denial
                                  || answer->stance == Stance::Reaction)
                                  && isWithin(dataset, answer->actor, subject);
                      });
            if (!spoke)
                analysis.silentSubjects.append(subject);
        }
        analyses.append(std::move(analysis));
    }
    return analyses;
}
