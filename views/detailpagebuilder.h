#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"
#include "views/detaildocument.h"
#include "views/detailindex.h"

#include <QList>
#include <QString>

// Writes one page of the detail pane as HTML, from what the detail document found once per
// dataset: every text that comes from a data file escaped, and a list longer than ten entries
// shown in part.
class DetailPageBuilder
{
public:
    DetailPageBuilder(const Dataset &dataset, const DetailDocument::Index &index,
                      const QString &selectedStatement, const DetailDocument::Options &options)
        : m_dataset(dataset)
        , m_selected(selectedStatement)
        , m_options(options)
        , m_index(index)
    { }

    QString overview() const;
    QString overviewHeading() const;
    QString actorPage(const Actor &actor, const DetailDocument::ActorIndex &index) const;
    QString actorPageTop(const Actor &actor) const;

private:
    QString actorName(const QString &actorId) const;
    QString actorAnchor(const QString &actorId) const;
    QStringList memberAnchors(const Actor &actor) const;
    QString actorHeading(const Actor &actor, const QStringList &members) const;
    QString statementBlock(const Statement &statement, bool showActor) const;
    QString statementReference(const Statement &statement) const;
    QString sourceLine(const Statement &statement) const;
    QString groupedByStance(const QList<const Statement *> &statements, bool showActor) const;
    QString evidenceLine(const Statement &claim) const;
    QString silentSubjects(const Statement &claim) const;
    QString unansweredClaims() const;
    static QString notShown(int count);

    const Dataset &m_dataset;
    QString m_selected;
    DetailDocument::Options m_options;

    const DetailDocument::Index &m_index;
};
