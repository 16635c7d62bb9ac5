#pragma once

#include "models/builtindataset.h"
#include "models/dataset.h"
#include "models/datasetreader.h"

#include <QtGlobal>

// The compiled-in dispute as the reader gives it, its lookups built.
inline Dataset builtinDataset()
{
    ReadResult read = DatasetReader::readFile(BuiltinDataset::path());
    if (!read.ok())
        qFatal("the compiled-in dataset does not read");
    return *std::move(read.dataset);
}
