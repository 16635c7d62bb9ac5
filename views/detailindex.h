#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"
#include "views/detaildocument.h"

#include <QHash>
#include <QList>
#include <QString>

// What every page needs from the whole dataset, found once per dataset.
struct DetailDocument::Index
{
    Index(const QList<ClaimAnalysis> &claims, const AnswersById &answers)
        : answeredBy(answers)
        , analyses(claims)
    {
        analysisOf.reserve(analyses.size());
        for (const ClaimAnalysis &analysis : std::as_const(analyses))
            analysisOf.insert(analysis.claim->id, &analysis);
    }
    Q_DISABLE_COPY_MOVE(Index)

    AnswersById answeredBy;
    QList<ClaimAnalysis> analyses;
    QHash<QString, const ClaimAnalysis *> analysisOf;
};

// What the actors' pages need besides, found once per dataset.
struct DetailDocument::ActorIndex
{
    explicit ActorIndex(const Dataset &dataset)
    {
        for (const Statement &statement : dataset.statements) {
            saidBy[statement.actor].append(&statement);
            for (const QString &subject : statement.about) {
                QList<const Statement *> &about = saidAbout[subject];
                if (subject != statement.actor && (about.isEmpty() || about.last() != &statement))
                    about.append(&statement);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(ActorIndex)

    QHash<QString, QList<const Statement *>> saidBy;    // by actor
    QHash<QString, QList<const Statement *>> saidAbout; // by actor, not said by it
};
