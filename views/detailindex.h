#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"
#include "views/detaildocument.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

// What every page needs from the whole dataset, found once per dataset.
struct DetailDocument::Index
{
    Index(const Dataset &dataset, const QList<ClaimAnalysis> &claims,
          std::shared_ptr<const DatasetLinks> datasetLinks)
        : links(std::move(datasetLinks))
        , analyses(claims)
        , analysisAt(std::size_t(dataset.statements.size()), nullptr)
    {
        for (const ClaimAnalysis &analysis : std::as_const(analyses)) {
            const qsizetype at = dataset.statementPosition(*analysis.claim);
            if (at >= 0)
                analysisAt[std::size_t(at)] = &analysis;
        }
    }
    Q_DISABLE_COPY_MOVE(Index)

    const ClaimAnalysis *analysisOf(qsizetype statement) const
    {
        return statement < 0 ? nullptr : analysisAt[std::size_t(statement)];
    }

    std::shared_ptr<const DatasetLinks> links;
    QList<ClaimAnalysis> analyses;
    std::vector<const ClaimAnalysis *> analysisAt; // by statement position; null for no claim
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
