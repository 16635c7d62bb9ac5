#include "views/viewcontent.h"

#include "models/claimanalysis.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

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
    // thread makes them while this one analyses the claims and writes the detail document, and
    // then takes whichever of the two the pool thread has not begun. Only one pool thread, as a
    // third busy thread would slow the claims down on two cores.
    std::atomic_bool timelineTaken = false;
    std::atomic_bool factsTaken = actorTreeUpdatesInPlace;
    const auto makeTimeline = [&content, &timelineOptions, &timelineTaken] {
        if (!timelineTaken.exchange(true)) {
            content.timeline = TimelineChartView::layoutOf(content.dataset, timelineOptions,
                                                           content.links.get());
        }
    };
    const auto makeFacts = [&content, &factsTaken] {
        if (!factsTaken.exchange(true))
            content.actorFacts = ActorTreeModel::factsOf(content.dataset, *content.links);
    };
    QFuture<void> withoutClaims;
    if (making != Making::Everything) {
        withoutClaims = QtConcurrent::run([&makeTimeline, &makeFacts] {
            makeTimeline();
            makeFacts();
        });
    }
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(data, *content.links);
    content.detail = std::make_shared<const DetailDocument>(data, claims, content.links);
    if (making == Making::WhatIsShown) {
        content.matrix = [data, claims] { return StanceMatrixModel::contentOf(data, claims); };
    } else {
        content.detail->prepareActorPages();
        content.matrix = [matrix = StanceMatrixModel::contentOf(data, claims)] { return matrix; };
    }
    makeFacts();
    makeTimeline();
    if (withoutClaims.isValid())
        withoutClaims.waitForFinished();
    return content;
}
