#include "views/viewcontent.h"

#include "models/claimanalysis.h"

#include <QtConcurrent/QtConcurrentRun>

ViewContent ViewContent::of(const Dataset &dataset, std::shared_ptr<const DatasetLinks> links,
                            const TimelineChartView::LayoutOptions &timelineOptions,
                            bool actorTreeUpdatesInPlace, Making making)
{
    ViewContent content;
    content.dataset = dataset;
    content.links = links ? std::move(links) : std::make_shared<const DatasetLinks>(dataset);
    content.timelineOptions = timelineOptions;
    const Dataset &data = content.dataset;
    // The timeline and the actors' facts need no claims' analysis: with the pool's help one pool
    // thread makes them while this one analyses the claims and writes the detail document.
    // Only one, as a third busy thread would slow the claims down on two cores.
    const auto makeWithoutClaims = [&content, &timelineOptions, actorTreeUpdatesInPlace] {
        content.timeline = TimelineChartView::layoutOf(content.dataset, timelineOptions,
                                                       content.links.get());
        if (!actorTreeUpdatesInPlace)
            content.actorFacts = ActorTreeModel::factsOf(content.dataset, *content.links);
    };
    QFuture<void> withoutClaims;
    if (making != Making::Everything)
        withoutClaims = QtConcurrent::run(makeWithoutClaims);
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(data, *content.links);
    content.detail = std::make_shared<const DetailDocument>(data, claims, content.links);
    if (making == Making::WhatIsShown) {
        content.matrix = [data, claims] { return StanceMatrixModel::contentOf(data, claims); };
    } else {
        content.detail->prepareActorPages();
        content.matrix = [matrix = StanceMatrixModel::contentOf(data, claims)] { return matrix; };
    }
    if (withoutClaims.isValid())
        withoutClaims.waitForFinished();
    else
        makeWithoutClaims();
    return content;
}
