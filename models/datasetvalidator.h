#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"
#include "models/diagnostic.h"

class DiagnosticSink;

// The rules that concern a whole Dataset value rather than its JSON text: unique ids, every
// reference resolved (parent, actor, sources, about, respondsTo, author, publisher), no parent
// cycles, the documented limits (counts, tree depth), and the warnings for the loadable but
// suspect (a denial that responds to nothing, an actor nobody mentions). Used by the reader
// after building a Dataset and by merge on its result. Pointers name list positions
// ("/statements/4/actor"). At most DatasetReader::maxErrors errors are reported.
// Empty ids and empty references are skipped: the reader reports them as missing or empty.
// The checks go through the dataset's id lookups, which they build first (rebuildIndex()): a
// dataset that passes leaves with its lookups ready.
Diagnostics validateDataset(Dataset &dataset, const QString &fileName);

// Which collections are complete enough to judge references into them. The reader clears a
// flag when a collection could not be read (not an array), so that every reference into it is
// not reported as unknown; it then also skips the "actor nobody mentions" warnings.
struct ValidationScope
{
    bool actors = true;
    bool sources = true;
    bool statements = true;
};

// The same checks, adding to the diagnostics the reader has already collected. Gives the links
// the checks followed, for the passes that come after: they hold -1 for every unknown reference.
DatasetLinks validateDataset(Dataset &dataset, DiagnosticSink &sink,
                             const ValidationScope &scope = {});
