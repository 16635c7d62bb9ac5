#include "models/fileopener.h"

#include "models/datasetreader.h"

FileOpenResult openFile(DocumentStore &store, const QString &path)
{
    FileOpenResult result;
    result.file = path;
    ReadResult read = DatasetReader::readFile(path);
    result.diagnostics = std::move(read.diagnostics);
    if (!read.ok())
        return result;
    result.opened = store.open(*read.dataset, path);
    result.diagnostics += result.opened.diagnostics;
    return result;
}
