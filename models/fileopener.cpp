#include "models/fileopener.h"

#include "models/datasetmerge.h"

FileOpenResult openFile(DocumentStore &store, const QString &path)
{
    return openRead(store, path, DatasetReader::readFile(path));
}

FileOpenResult openRead(DocumentStore &store, const QString &path, ReadResult read)
{
    FileOpenResult result;
    result.file = path;
    result.diagnostics = std::move(read.diagnostics);
    if (!read.ok())
        return result;
    result.opened = store.open(*read.dataset, path, DocumentStore::Lookups::Built);
    result.diagnostics += result.opened.diagnostics;
    return result;
}

ReadResult readMergedFiles(const QStringList &files)
{
    ReadResult result;
    std::optional<Dataset> merged;
    for (const QString &file : files) {
        ReadResult read = DatasetReader::readFile(file);
        result.diagnostics += read.diagnostics;
        if (!read.ok())
            return {std::nullopt, result.diagnostics};
        if (!merged) {
            merged = std::move(read.dataset);
            continue;
        }
        MergeResult step = mergeDatasets(*merged, *read.dataset, file);
        result.diagnostics += step.diagnostics;
        if (!step.ok())
            return {std::nullopt, result.diagnostics};
        merged = std::move(step.dataset);
    }
    result.dataset = std::move(merged);
    return result;
}
