#pragma once

#include "models/dataset.h"

// A large, valid dataset for benchmarks, the same for the same size on every machine: a tree of
// hundreds of actors several levels deep, sources of every kind and grade, and statements with
// every date form of the format, quotes, sources, "about" lists and denials that answer claims.
// Every actor but the group headings is mentioned, and every denial answers something, so the
// file reads without a warning.
namespace BenchDataset {

Dataset make(int statementCount);

} // namespace BenchDataset
