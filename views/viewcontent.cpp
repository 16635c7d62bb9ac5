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
    // The timeline and the actors' facts need no claims' analysis: with WhatIsShown the pool
    // makes them while this thread analyses the claims and writes the detail document.
    const auto makeTimeline = [&data, &timelineOptions] {
        return TimelineChartView::layoutOf(data, timelineOptions);
    };
    const auto makeFacts = [&data, actorTreeUpdatesInPlace] {
        return actorTreeUpdatesInPlace ? QList<ActorTreeModel::Facts>()
                                       : ActorTreeModel::factsOf(data);
    };
    QFuture<TimelineLayout> timeline;
    QFuture<QList<ActorTreeModel::Facts>> facts;
    if (making == Making::WhatIsShown) {
        timeline = QtConcurrent::run(makeTimeline);
        facts = QtConcurrent::run(makeFacts);
    }
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(data);
    content.detail = std::make_shared<const DetailDocument>(data, claims);
    if (making == Making::Everything) {
        content.detail->prepareActorPages();
        content.matrix = [matrix = StanceMatrixModel::contentOf(data, claims)] { return matrix; };
        content.actorFacts = makeFacts();
        content.timeline = makeTimeline();
    } else {
        content.matrix = [data, claims] { return StanceMatrixModel::contentOf(data, claims); };
        content.actorFacts = facts.takeResult();
        content.timeline = timeline.takeResult();
    }
    return content;
}
