#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"
#include "models/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// Turns bytes (a Qt resource, a file, a drop) into a Dataset, or into the diagnostics that say
// why not. Every rule of the data format is checked; up to maxErrors errors are reported.
struct ReadResult
{
    std::optional<Dataset> dataset;            // set only when there is no error; its lookups built
    Diagnostics diagnostics;                   // errors and warnings, in document order
    std::shared_ptr<const DatasetLinks> links; // the dataset's, set with it

    bool ok() const { return dataset.has_value(); }
};

// The limits below are part of the contract with users and other tools: a file beyond any of
// them is refused with an error that names the limit.
//   file size          64 MiB, checked before reading ("the file is 70.2 MiB, over the 64 MiB
//                      limit")
//   JSON nesting       64 levels of arrays and objects, the root object being level 1
//   a string           100,000 characters (every string value the reader keeps, every unknown
//                      field name)
//   actors             20,000
//   sources            200,000
//   statements         200,000
//   actor tree depth   32 levels, a root actor being level 1
//   diagnostics        the first 100 errors and the first 100 warnings are listed, then one
//                      line says how many more were omitted
class DatasetReader
{
public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024; // bytes, checked before reading
    static constexpr int maxErrors = 100;
    static constexpr int maxNestingDepth = 64;
    static constexpr qsizetype maxStringLength = 100'000;
    static constexpr qsizetype maxActors = 20'000;
    static constexpr qsizetype maxSources = 200'000;
    static constexpr qsizetype maxStatements = 200'000;
    static constexpr int maxActorDepth = 32;

    // A clean file is read in one pass straight into a dataset (parseCleanDataset); any other
    // goes the thorough way, through a parsed document, which says what is wrong. Both ways give
    // the same result: the choice exists so that tests can compare them.
    enum class Way { QuickWhenClean, ThoroughOnly };

    // fileName is used only in the diagnostics. The bytes are freed as soon as they are parsed
    // when the caller hands them over (std::move).
    static ReadResult read(QByteArray bytes, const QString &fileName,
                           Way way = Way::QuickWhenClean);
    // Reads a file or a Qt resource (":/data/..."), refusing it before reading when too large.
    static ReadResult readFile(const QString &path);
};
