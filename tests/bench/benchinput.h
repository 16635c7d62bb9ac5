#pragma once

#include <QByteArray>
#include <QString>

// Inputs shared by the benchmarks: the JSON of a generated dataset of a given size, made once
// per process, and the row names ("1k", "10k", "100k") of the data-driven benchmarks.
namespace BenchInput {

QByteArray json(int statementCount);
QString rowName(int statementCount);
// Runs the calling program offscreen, with settings in a temporary folder, unless the caller's
// environment says otherwise.
void isolate();

} // namespace BenchInput
