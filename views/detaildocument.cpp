#include "views/detaildocument.h"

#include "models/claimanalysis.h"
#include "views/detailindex.h"
#include "views/detailpagebuilder.h"

namespace {

constexpr QStringView actorScheme = u"actor:";
constexpr QStringView statementScheme = u"statement:";
constexpr QStringView sourceScheme = u"source:";

QString withoutScheme(const QString &link, QStringView scheme)
{
    return link.startsWith(scheme) ? link.mid(scheme.size()) : QString();
}

} // namespace

QString DetailDocument::actorLink(const QString &actorId)
{
    return actorScheme + actorId;
}

QString DetailDocument::statementLink(const QString &statementId)
{
    return statementScheme + statementId;
}

QString DetailDocument::sourceLink(const QString &sourceId)
{
    return sourceScheme + sourceId;
}

QString DetailDocument::sourceIdFromLink(const QString &link)
{
    return withoutScheme(link, sourceScheme);
}

QString DetailDocument::actorIdFromLink(const QString &link)
{
    return withoutScheme(link, actorScheme);
}

QString DetailDocument::statementIdFromLink(const QString &link)
{
    return withoutScheme(link, statementScheme);
}

DetailDocument::DetailDocument(const Dataset &dataset)
    : m_dataset(dataset)
{
    auto links = std::make_shared<const DatasetLinks>(m_dataset);
    m_index = std::make_unique<Index>(m_dataset, analyseClaims(m_dataset, *links), links);
}

DetailDocument::DetailDocument(const Dataset &dataset, const QList<ClaimAnalysis> &claims,
                               std::shared_ptr<const DatasetLinks> links)
    : m_dataset(dataset)
    , m_index(std::make_unique<Index>(m_dataset, claims, std::move(links)))
{ }

DetailDocument::~DetailDocument() = default;

const DetailDocument::ActorIndex &DetailDocument::actorIndex() const
{
    std::call_once(m_actorIndexMade,
                   [this] { m_actorIndex = std::make_unique<const ActorIndex>(m_dataset); });
    return *m_actorIndex;
}

void DetailDocument::prepareActorPages() const
{
    actorIndex();
}

QString DetailDocument::html(const QString &actorId, const QString &statementId,
                             const Options &options) const
{
    const DetailPageBuilder builder(m_dataset, *m_index, statementId, options);
    if (const Actor *actor = m_dataset.actor(actorId))
        return builder.actorPage(*actor, actorIndex());
    return builder.overview();
}

QString DetailDocument::topOfPage(const QString &actorId, const QString &statementId,
                                  const Options &options) const
{
    const DetailPageBuilder builder(m_dataset, *m_index, statementId, options);
    if (const Actor *actor = m_dataset.actor(actorId))
        return builder.actorPageTop(*actor);
    return builder.overviewHeading();
}

qsizetype DetailDocument::statementsBehindPage(const QString &actorId) const
{
    if (const Actor *actor = m_dataset.actor(actorId)) {
        const ActorIndex &index = actorIndex();
        return index.saidBy.value(actor->id).size() + index.saidAbout.value(actor->id).size();
    }
    return m_index->analyses.size();
}

QString DetailDocument::html(const Dataset &dataset, const QString &actorId,
                             const QString &statementId, const Options &options)
{
    return DetailDocument(dataset).html(actorId, statementId, options);
}
