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
    result.opened
            = store.open(*read.dataset, path, DocumentStore::Lookups::Built, std::move(read.links));
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
            return {std::nullopt, result.diagnostics, nullptr};
        if (!merged) {
            merged = std::move(read.dataset);
            result.links = std::move(read.links);
            continue;
        }
        result.links.reset(); // the merge's links are found again when needed
        MergeResult step = mergeDatasets(*merged, *read.dataset, file);
        result.diagnostics += step.diagnostics;
        if (!step.ok())
            return {std::nullopt, result.diagnostics, nullptr};
        merged = std::move(step.dataset);
    }
    result.dataset = std::move(merged);
    return result;
}
