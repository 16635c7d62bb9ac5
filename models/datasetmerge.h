#pragma once

#include "models/dataset.h"
#include "models/diagnostic.h"

#include <QString>
#include <QStringList>

#include <optional>

// What a merge did: per collection the ids it added and changed (in the incoming file's order)
// and how many items it found already present with the same content. Items only in the open
// dataset are kept and not counted.
struct MergeSummary
{
    struct Collection
    {
        QStringList added;
        QStringList changed;
        int unchanged = 0;

        bool isEmpty() const { return added.isEmpty() && changed.isEmpty(); }
        friend bool operator==(const Collection &a, const Collection &b)
        {
            return a.added == b.added && a.changed == b.changed && a.unchanged == b.unchanged;
        }
        friend bool operator!=(const Collection &a, const Collection &b) { return !(a == b); }
    };

    Collection actors;
    Collection sources;
    Collection statements;
    bool infoChanged = false; // title, summary, language or asOf replaced by a different value

    // Nothing added or changed: the merge leaves the dataset as it was.
    bool isEmpty() const
    {
        return actors.isEmpty() && sources.isEmpty() && statements.isEmpty() && !infoChanged;
    }

    // For people, translatable: "2 statements added, 1 changed, 1 unchanged; 1 actor added".
    // A collection is named only when something in it was added or changed.
    QString toText() const;

    friend bool operator==(const MergeSummary &a, const MergeSummary &b)
    {
        return a.actors == b.actors && a.sources == b.sources && a.statements == b.statements
                && a.infoChanged == b.infoChanged;
    }
    friend bool operator!=(const MergeSummary &a, const MergeSummary &b) { return !(a == b); }
};

struct MergeResult
{
    std::optional<Dataset> dataset; // the merged whole, indexed; set only when there is no error
    MergeSummary summary;           // empty when the merge failed
    Diagnostics diagnostics;        // errors (then no dataset) and warnings

    bool ok() const { return dataset.has_value(); }
};

// Merges the dataset read from fileName into base, the open dataset of the same dispute (same
// id, else an error on /id). Actors, sources and statements are united by id: an id only in
// incoming is appended after base's items in incoming's order, an id in both takes incoming's
// content at base's position. incoming's non-empty title, summary, language and asOf replace
// base's. The result is checked as a whole with validateDataset(); on any error there is no
// dataset and base is untouched (it is const anyway).
//
// Diagnostics name places in fileName: a pointer into an item that came from incoming is
// rewritten to that item's position in incoming; a problem in an item only base has gets an
// empty pointer and says so in the message ("... (in the open dataset: actor "ford", /parent)").
// Warnings that incoming alone would also get are left out: the reader has reported them.
MergeResult mergeDatasets(const Dataset &base, const Dataset &incoming, const QString &fileName);
