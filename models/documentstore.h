#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"
#include "models/datasetmerge.h"
#include "models/diagnostic.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QUndoStack;

// What DocumentStore::open() did with a dataset.
struct OpenResult
{
    enum class Outcome {
        Opened, // a new dispute: appended as a new entry and made current
        Merged, // same id as an open dataset: merged into it (undoable) and made current
        Failed, // the merge was refused: nothing changed, see diagnostics
    };

    Outcome outcome = Outcome::Failed;
    int index = -1;          // the entry opened or merged into; -1 when Failed
    MergeSummary summary;    // Merged: what changed; empty when the file held nothing new
    Diagnostics diagnostics; // Failed: the errors; Merged: warnings about the merged whole

    bool ok() const { return outcome != Outcome::Failed; }
};

// The open datasets, one entry per dispute (dataset id), and the current one. Opening a dataset
// whose id is already open merges it into that entry through the undo stack; one QUndoStack
// holds the merges of every entry. An entry remembers the files it came from and whether it has
// unsaved merges: it is modified when its content differs from the content last marked saved,
// so undoing back to the saved point makes it unmodified again. The store does not read files
// or resources: callers pass a Dataset (from DatasetReader) and the file it came from.
class DocumentStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentStore)

public:
    // Whether a dataset given to the store has its id lookups built. Those from DatasetReader
    // and mergeDatasets() have; the store checks any other, and rebuilds them if needed: the
    // check alone takes 35 ms at 100k statements, on the GUI thread.
    enum class Lookups { Unknown, Built };
    // A dataset's links (DatasetLinks), when they come with it: the reader finds them as it
    // validates. The store keeps them with the content they describe, and drops them when the
    // content changes another way (a merge, undo, redo).
    using Links = std::shared_ptr<const DatasetLinks>;

    explicit DocumentStore(QObject *parent = nullptr);
    ~DocumentStore() override;

    // A dataset with a new id is appended and made current; that is not undoable (undo is for
    // merges). A dataset with an open id is merged into that entry, which becomes current; the
    // merge is one undo step, and a merge that adds or changes nothing pushes no step.
    OpenResult open(const Dataset &dataset, const QString &file, Lookups lookups = Lookups::Unknown,
                    Links links = {});

    int count() const { return int(m_entries.size()); }
    // Index of the entry holding the dispute with that dataset id, or -1.
    int indexOf(const QString &datasetId) const;

    // -1 only while nothing is open; then current() is an empty Dataset.
    int currentIndex() const { return m_current; }
    // Ignores an index out of range.
    void setCurrentIndex(int index);
    const Dataset &current() const { return datasetAt(m_current); }

    // An empty Dataset for an index out of range.
    const Dataset &datasetAt(int index) const;
    // The links of the entry's content, or null when they did not come with it.
    Links linksAt(int index) const;
    // The files merged into the entry, first the one that opened it.
    QStringList filesAt(int index) const;

    bool isModified(int index) const;
    // The entry's current content becomes its clean state (after it was saved).
    void markSaved(int index);

    // Replaces an entry's content, e.g. after reloading its files from disk. Not undoable: the
    // new content is the entry's clean state, and since QUndoStack cannot drop single commands,
    // the whole undo history is cleared when it holds a merge into this entry. False (and
    // nothing changed) when the index is out of range or the dataset has another id.
    bool replace(int index, const Dataset &dataset, Lookups lookups = Lookups::Unknown,
                 Links links = {});

    QUndoStack *undoStack() const { return m_undoStack; }

signals:
    // Another dispute is current: views reset.
    void currentChanged(int index);
    // The content of an entry changed (merge, undo, redo, replace): views update in place.
    // A switcher that shows titles listens too, since a merge may change the title.
    void datasetChanged(int index);
    // Entries were added: the switcher rebuilds.
    void datasetsChanged();
    void modifiedChanged(int index, bool modified);

private:
    class MergeCommand;

    struct Entry
    {
        Dataset dataset;
        Links links; // of dataset, or null
        QStringList files;
        Dataset saved; // content at the last markSaved(), open or replace
        bool modified = false;
    };

    // Sets an entry's content and files (merge, undo, redo) and makes it current, so that an
    // undone or redone merge is visible even when it was made in another dispute.
    void applyState(int index, const Dataset &dataset, const QStringList &files);
    void updateModified(int index);
    bool isValidIndex(int index) const { return index >= 0 && index < count(); }

    QList<Entry> m_entries;
    int m_current = -1;
    QUndoStack *m_undoStack;
};
