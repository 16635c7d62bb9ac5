#include "views/viewcontent.h"

#include "models/claimanalysis.h"

ViewContent ViewContent::of(const Dataset &dataset,
                            const TimelineChartView::LayoutOptions &timelineOptions,
                            bool actorTreeUpdatesInPlace)
{
    ViewContent content;
    content.dataset = dataset;
    if (!actorTreeUpdatesInPlace)
        content.actorFacts = ActorTreeModel::factsOf(dataset);
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(content.dataset);
    content.detail = std::make_shared<const DetailDocument>(content.dataset, claims);
    content.matrix = StanceMatrixModel::contentOf(content.dataset, claims);
    content.timeline = TimelineChartView::layoutOf(content.dataset, timelineOptions);
    content.timelineOptions = timelineOptions;
    return content;
}
