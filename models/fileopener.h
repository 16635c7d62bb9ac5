#pragma once

#include "models/datasetreader.h"
#include "models/diagnostic.h"
#include "models/documentstore.h"

#include <QString>

// What opening one file did: the reader's and the merge's diagnostics together, and, when the
// file had no error, what the store did with it.
struct FileOpenResult
{
    QString file;
    Diagnostics diagnostics;
    OpenResult opened; // Failed when the file did not load

    bool ok() const { return opened.ok(); }
};

// The one way a data file comes in, from the command line, a drop or the File menu: read and
// validated by DatasetReader, then opened as a new dispute or merged by the store. A file with
// any error changes nothing that is open.
FileOpenResult openFile(DocumentStore &store, const QString &path);
// The second half of openFile, for a file already read (on another thread, say): opens or
// merges the dataset read from path when it has no error.
FileOpenResult openRead(DocumentStore &store, const QString &path, ReadResult read);

// Reads files again, in order, merging each into the first: the content of a store entry
// rebuilt from its files after one changed on disk. No dataset when any file fails.
ReadResult readMergedFiles(const QStringList &files);
