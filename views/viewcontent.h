#pragma once

#include "models/actortreemodel.h"
#include "models/dataset.h"
#include "models/datasetlinks.h"
#include "models/stancematrixmodel.h"
#include "views/detaildocument.h"
#include "views/timelinechartview.h"
#include "views/timelinelayout.h"

#include <QList>

#include <functional>
#include <memory>

// What the window's views work out from one dataset before they can show it: the facts of its
// actors, the document of the detail pane, the rows of the stance matrix and the timeline's
// layout, with the claims analysed once for all of them. None of it needs a widget, so for a
// big dataset the window makes it on a worker thread and stays responsive; each view then only
// takes its part.
struct ViewContent
{
    Dataset dataset;
    std::shared_ptr<const DatasetLinks> links;
    QList<ActorTreeModel::Facts> actorFacts; // empty when the actor tree updates in place
    std::shared_ptr<const DetailDocument> detail;
    // Gives the matrix's rows: made already, or made when called (Making::WhatIsShown).
    std::function<StanceMatrixModel::Content()> matrix;
    TimelineLayout timeline;
    TimelineChartView::LayoutOptions timelineOptions;

    enum class Making {
        // Everything, on the calling thread: a worker that leaves the other core to a window
        // that goes on answering.
        Everything,
        // Everything, for a window that waits for it: the thread pool helps.
        EverythingWithThePool,
        // For a window that waits to make one picture: the thread pool helps, and what the
        // picture may not show is left until it is needed: the matrix's rows (the matrix is a
        // tab) and what actors' pages need (DetailDocument::prepareActorPages()).
        WhatIsShown,
    };

    // With actorTreeUpdatesInPlace (ActorTreeModel::updatesInPlace) the tree works out the
    // facts that changed itself: actorFacts stays empty. The dataset's links are found unless
    // given (null).
    static ViewContent of(const Dataset &dataset, std::shared_ptr<const DatasetLinks> links,
                          const TimelineChartView::LayoutOptions &timelineOptions,
                          bool actorTreeUpdatesInPlace, Making making);
};
