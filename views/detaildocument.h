#pragma once

#include "models/claimanalysis.h"
#include "models/dataset.h"

#include <QColor>
#include <QString>

#include <memory>
#include <mutex>

// The detail pane's content, as HTML built from plain dataset values. Every text that comes
// from a data file is escaped, so nothing in a file is ever interpreted as markup; the only
// links are the ones made here, to actors, statements and sources of the same dataset.
// Pages may be written on several threads at once.
class DetailDocument
{
public:
    struct Options
    {
        QColor highlight; // background of the selected statement
    };
    struct Index;
    struct ActorIndex;

    // Finds what every page needs from the dataset once, so that each selection only writes
    // its page. The dataset is kept (its lists are shared, not copied). Needs no widget: a
    // worker thread may make it. What only actors' pages need is found when first needed,
    // or by prepareActorPages().
    explicit DetailDocument(const Dataset &dataset);
    // The same, with the dataset's links found and its claims analysed already
    // (DatasetLinks(dataset), analyseClaims(dataset, links)).
    DetailDocument(const Dataset &dataset, const QList<ClaimAnalysis> &claims,
                   std::shared_ptr<const DatasetLinks> links);
    ~DetailDocument();
    Q_DISABLE_COPY_MOVE(DetailDocument)

    static QString actorLink(const QString &actorId);
    static QString statementLink(const QString &statementId);
    static QString sourceLink(const QString &sourceId);
    // The actor or statement id a link made here points to; empty for anything else.
    static QString actorIdFromLink(const QString &link);
    static QString statementIdFromLink(const QString &link);
    static QString sourceIdFromLink(const QString &link);

    // With no actor: an overview of the dispute. With an actor: who it is, what it said and what
    // was said about it, grouped by stance in date order; the selected statement highlighted.
    QString html(const QString &actorId, const QString &statementId, const Options &options) const;
    // The top of that page, as the pane shows it at once while the whole page is made: the
    // selected statement's entry when the page has it, else the page's heading. Quick to write
    // and to lay out, however big the dataset.
    QString topOfPage(const QString &actorId, const QString &statementId,
                      const Options &options) const;
    // How many statements the page is made from (it lists a few of each kind): an actor's page
    // from those said by and about the actor, the overview from the claims.
    qsizetype statementsBehindPage(const QString &actorId) const;
    // Finds what actors' pages need now rather than at the first one (0.1 s at 100k statements).
    void prepareActorPages() const;
    // The same, for one page of a dataset.
    static QString html(const Dataset &dataset, const QString &actorId, const QString &statementId,
                        const Options &options);

private:
    const ActorIndex &actorIndex() const;

    Dataset m_dataset;
    std::unique_ptr<const Index> m_index;
    mutable std::once_flag m_actorIndexMade;
    mutable std::unique_ptr<const ActorIndex> m_actorIndex;
};
