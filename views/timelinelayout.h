#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Where each statement goes on the timeline, computed from plain values with no widget: one
// lane per actor (in tree order) or per stance; a day-precise date is a point, anything
// coarser a span from its earliest to its latest instant; an open or unknown end runs to the
// edge of the data's extent and is marked so the chart can draw it as such. Marks that
// overlap within a lane are staggered vertically so none hides another.
struct TimelineMark
{
    QString statementId;
    QString actorId;
    Stance stance = Stance::Claim;
    qint64 startMs = 0; // local time, milliseconds since the epoch
    qint64 endMs = 0;   // equal to startMs for a point
    bool isPoint = false;
    bool openStart = false; // open or unknown start: drawn from the extent's left edge
    bool openEnd = false;   // open or unknown end: drawn to the extent's right edge
    int lane = 0;
    qreal y = 0; // lane centre plus the stagger offset

    // Where the mark's handle is: the point itself, the middle of a closed span, or the known
    // end of a span whose other end is open or unknown.
    qint64 handleMs() const
    {
        if (openStart)
            return endMs;
        if (openEnd)
            return startMs;
        return startMs + (endMs - startMs) / 2;
    }
};

struct TimelineLayout
{
    enum class LaneMode { Actor, Stance };

    QStringList laneLabels;      // top lane first
    QList<TimelineMark> marks;   // in dataset order: a mark's index is its statement's
    QList<Statement> statements; // the dataset's, shared: what markOfStatement indexes
    IdIndex markOfStatement;     // the dataset's own lookup, shared
    QHash<QString, QList<int>> marksOfActor;
    qint64 minMs = 0; // the extent of every known date, with a margin
    qint64 maxMs = 0;

    bool isEmpty() const { return marks.isEmpty(); }
    // Lane i is drawn at y = laneY(i); the first lane is at the top.
    qreal laneY(int lane) const { return laneLabels.size() - 1 - lane; }
    int indexOf(const QString &statementId) const;

    // The dataset's id lookups must be built (Dataset::rebuildIndex()). With the dataset's links
    // (DatasetLinks), each statement's actor is not looked up again.
    static TimelineLayout build(const Dataset &dataset, LaneMode mode,
                                const DatasetLinks *links = nullptr);
};
