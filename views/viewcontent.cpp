#include "views/viewcontent.h"

#include "models/claimanalysis.h"

#include <QtConcurrent/QtConcurrentRun>

ViewContent ViewContent::of(const Dataset &dataset,
                            const TimelineChartView::LayoutOptions &timelineOptions,
                            bool actorTreeUpdatesInPlace)
{
    ViewContent content;
    content.dataset = dataset;
    const Dataset &data = content.dataset;
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(data);
    // The parts need nothing from one another: two cores make two at a time.
    QFuture<StanceMatrixModel::Content> matrix = QtConcurrent::run(
            [&data, &claims] { return StanceMatrixModel::contentOf(data, claims); });
    QFuture<TimelineLayout> timeline = QtConcurrent::run([&data, &timelineOptions] {
        return TimelineChartView::layoutOf(data, timelineOptions);
    });
    if (!actorTreeUpdatesInPlace)
        content.actorFacts = ActorTreeModel::factsOf(data);
    content.detail = std::make_shared<const DetailDocument>(data, claims);
    content.matrix = matrix.takeResult();
    content.timeline = timeline.takeResult();
    content.timelineOptions = timelineOptions;
    return content;
}
