#include "models/claimanalysis.h"

#include <QCoreApplication>
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

// Bounded like the validator's tree depth, so that a cycle in unvalidated data cannot hang.
constexpr int maxDepth = 64;

// True when actorId is ancestor or one of its descendants (through parent links), for ids that
// may name no actor.
bool isWithin(const Dataset &dataset, QString actorId, const QString &ancestor)
{
    for (int depth = 0; depth < maxDepth && !actorId.isEmpty(); ++depth) {
        if (actorId == ancestor)
            return true;
        const Actor *actor = dataset.actor(actorId);
        actorId = actor ? actor->parent : QString();
    }
    return false;
}

// The same for the statement's actor, by positions: the actor nearly always has one.
bool isWithin(const Dataset &dataset, const DatasetLinks &links, qsizetype statement,
              qsizetype ancestor, const QString &ancestorId)
{
    qsizetype actor = links.actorOf(statement);
    if (actor < 0 || ancestor < 0)
        return isWithin(dataset, dataset.statements.at(statement).actor, ancestorId);
    for (int depth = 0; depth < maxDepth && actor >= 0; ++depth) {
        if (actor == ancestor)
            return true;
        actor = links.parentOf(actor);
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
    QVarLengthArray<qint32, 8> sources;
    for (const QString &sourceId : statement.sources)
        sources.append(qint32(dataset.sourceIndex(sourceId)));
    return evidenceFor(dataset, {sources.cbegin(), sources.cend()});
}

EvidenceRollUp evidenceFor(const Dataset &dataset, DatasetLinks::Positions sources)
{
    EvidenceRollUp rollUp;
    // A statement cites a few sources: a short list is quicker than a set, and allocates nothing.
    QVarLengthArray<QStringView, 8> outlets;
    for (const qint32 position : sources) {
        if (position < 0)
            continue;
        const Source *source = &dataset.sources.at(position);
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

QList<const Statement *> answersTo(const Dataset &dataset, const DatasetLinks &links,
                                   qsizetype statement)
{
    const DatasetLinks::Positions positions = links.answersTo(statement);
    QList<const Statement *> answers;
    answers.reserve(positions.size());
    for (const qint32 answer : positions)
        answers.append(&dataset.statements.at(answer));
    return answers;
}

QList<ClaimAnalysis> analyseClaims(const Dataset &dataset)
{
    return analyseClaims(dataset, DatasetLinks(dataset));
}

QList<ClaimAnalysis> analyseClaims(const Dataset &dataset, const DatasetLinks &links)
{
    QList<const Statement *> claims;
    for (const Statement &statement : dataset.statements) {
        if (statement.stance == Stance::Claim)
            claims.append(&statement);
    }

    QList<ClaimAnalysis> analyses;
    analyses.reserve(claims.size());
    for (const Statement *claim : inDateOrder(claims)) {
        const qsizetype position = dataset.statementPosition(*claim);
        ClaimAnalysis analysis;
        analysis.claim = claim;
        analysis.evidence = evidenceFor(dataset, links.sourcesOf(position));
        const QList<const Statement *> answered = inDateOrder(answersTo(dataset, links, position));
        for (const Statement *answer : answered) {
            if (answer->stance == Stance::Denial)
                analysis.denials.append(answer);
            else if (answer->stance == Stance::Reaction)
                analysis.reactions.append(answer);
        }
        const DatasetLinks::Positions subjects = links.aboutOf(position);
        for (qsizetype i = 0; i < subjects.size(); ++i) {
            const QString &subject = claim->about.at(i);
            const bool spoke
                    = std::any_of(answered.cbegin(), answered.cend(), [&](const Statement *answer) {
                          return (answer->stance == Stance::Denial
                                  || answer->stance == Stance::Reaction)
                                  && isWithin(dataset, links, dataset.statementPosition(*answer),
                                              subjects[i], subject);
                      });
            if (!spoke)
                analysis.silentSubjects.append(subject);
        }
        analyses.append(std::move(analysis));
    }
    return analyses;
}
