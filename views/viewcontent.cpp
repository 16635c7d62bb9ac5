#include "views/viewcontent.h"

#include "models/claimanalysis.h"

#include <QtConcurrent/QtConcurrentRun>

ViewContent ViewContent::of(const Dataset &dataset,
                            const TimelineChartView::LayoutOptions &timelineOptions,
                            bool actorTreeUpdatesInPlace, Making making)
{
    ViewContent content;
    content.dataset = dataset;
    content.timelineOptions = timelineOptions;
    const Dataset &data = content.dataset;
    // The timeline and the actors' facts need no claims' analysis: with the pool's help one pool
    // thread makes them while this one analyses the claims and writes the detail document.
    // Only one, as a third busy thread would slow the claims down on two cores.
    const auto makeWithoutClaims = [&content, &timelineOptions, actorTreeUpdatesInPlace] {
        content.timeline = TimelineChartView::layoutOf(content.dataset, timelineOptions);
        if (!actorTreeUpdatesInPlace)
            content.actorFacts = ActorTreeModel::factsOf(content.dataset);
    };
    QFuture<void> withoutClaims;
    if (making != Making::Everything)
        withoutClaims = QtConcurrent::run(makeWithoutClaims);
    // The analyses point into the statements of content.dataset, which every part keeps.
    const AnswersById answers = answersOf(data);
    const QList<ClaimAnalysis> claims = analyseClaims(data, answers);
    content.detail = std::make_shared<const DetailDocument>(data, claims, answers);
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
