#include "views/viewcontent.h"

#include "models/claimanalysis.h"

#include <QtConcurrent/QtConcurrentRun>

ViewContent ViewContent::of(const Dataset &dataset,
                            const TimelineChartView::LayoutOptions &timelineOptions,
                            bool actorTreeUpdatesInPlace, Workers workers)
{
    ViewContent content;
    content.dataset = dataset;
    const Dataset &data = content.dataset;
    // The analyses point into the statements of content.dataset, which every part keeps.
    const QList<ClaimAnalysis> claims = analyseClaims(data);
    // The parts need nothing from one another: with ThreadPoolToo the pool makes two while this
    // thread makes the other two.
    const auto makeMatrix = [&data, &claims] { return StanceMatrixModel::contentOf(data, claims); };
    const auto makeTimeline = [&data, &timelineOptions] {
        return TimelineChartView::layoutOf(data, timelineOptions);
    };
    QFuture<StanceMatrixModel::Content> matrix;
    QFuture<TimelineLayout> timeline;
    if (workers == Workers::ThreadPoolToo) {
        matrix = QtConcurrent::run(makeMatrix);
        timeline = QtConcurrent::run(makeTimeline);
    }
    if (!actorTreeUpdatesInPlace)
        content.actorFacts = ActorTreeModel::factsOf(data);
    content.detail = std::make_shared<const DetailDocument>(data, claims);
    content.matrix = matrix.isValid() ? matrix.takeResult() : makeMatrix();
    content.timeline = timeline.isValid() ? timeline.takeResult() : makeTimeline();
    content.timelineOptions = timelineOptions;
    return content;
}
