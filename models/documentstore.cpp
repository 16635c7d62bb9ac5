#include "models/documentstore.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

// One merge into one entry: the entry's content and files before and after. Implicit sharing
// keeps the two copies cheap. The first redo() is the merge itself (QUndoStack::push).
class DocumentStore::MergeCommand final : public QUndoCommand
{
public:
    MergeCommand(DocumentStore *store, int index, const Entry &before, const Entry &after,
                 const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_index(index)
        , m_before(before.dataset)
        , m_beforeFiles(before.files)
        , m_after(after.dataset)
        , m_afterFiles(after.files)
    { }

    int index() const { return m_index; }

    void undo() override { m_store->applyState(m_index, m_before, m_beforeFiles); }
    void redo() override { m_store->applyState(m_index, m_after, m_afterFiles); }

private:
    DocumentStore *m_store;
    int m_index;
    Dataset m_before;
    QStringList m_beforeFiles;
    Dataset m_after;
    QStringList m_afterFiles;
};

DocumentStore::DocumentStore(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{ }

DocumentStore::~DocumentStore()
{
    // The commands point back at this store; drop them while it is still whole.
    delete m_undoStack;
}

OpenResult DocumentStore::open(const Dataset &dataset, const QString &file, Lookups lookups,
                               Links links)
{
    Q_ASSERT(lookups == Lookups::Unknown || dataset.isIndexCurrent());
    OpenResult result;
    const int existing = indexOf(dataset.id);
    if (existing < 0) {
        Entry entry;
        entry.dataset = dataset;
        if (lookups == Lookups::Unknown)
            entry.dataset.ensureIndex();
        entry.links = std::move(links);
        entry.files = QStringList {file};
        entry.saved = entry.dataset;
        m_entries.append(entry);
        emit datasetsChanged();
        result.outcome = OpenResult::Outcome::Opened;
        result.index = count() - 1;
        setCurrentIndex(result.index);
        return result;
    }

    MergeResult merged = mergeDatasets(m_entries.at(existing).dataset, dataset, file);
    result.diagnostics = merged.diagnostics;
    if (!merged.ok())
        return result;

    result.outcome = OpenResult::Outcome::Merged;
    result.index = existing;
    result.summary = merged.summary;
    if (merged.summary.isEmpty()) {
        setCurrentIndex(existing);
        return result;
    }

    const Entry &before = m_entries.at(existing);
    Entry after;
    after.dataset = std::move(*merged.dataset);
    after.files = before.files;
    if (!after.files.contains(file))
        after.files.append(file);
    const QString name = QFileInfo(file).fileName();
    const QString text = name.isEmpty() ? tr("Merge") : tr("Merge %1").arg(name);
    // push() runs the command's redo(), which applies the merge.
    m_undoStack->push(new MergeCommand(this, existing, before, after, text));
    return result;
}

int DocumentStore::indexOf(const QString &datasetId) const
{
    for (int i = 0; i < count(); ++i) {
        if (m_entries.at(i).dataset.id == datasetId)
            return i;
    }
    return -1;
}

void DocumentStore::setCurrentIndex(int index)
{
    if (!isValidIndex(index) || index == m_current)
        return;
    m_current = index;
    emit currentChanged(index);
}

const Dataset &DocumentStore::datasetAt(int index) const
{
    static const Dataset empty;
    return isValidIndex(index) ? m_entries.at(index).dataset : empty;
}

DocumentStore::Links DocumentStore::linksAt(int index) const
{
    return isValidIndex(index) ? m_entries.at(index).links : Links();
}

QStringList DocumentStore::filesAt(int index) const
{
    return isValidIndex(index) ? m_entries.at(index).files : QStringList();
}

bool DocumentStore::isModified(int index) const
{
    return isValidIndex(index) && m_entries.at(index).modified;
}

void DocumentStore::markSaved(int index)
{
    if (!isValidIndex(index))
        return;
    m_entries[index].saved = m_entries.at(index).dataset;
    updateModified(index);
}

bool DocumentStore::replace(int index, const Dataset &dataset, Lookups lookups, Links links)
{
    Q_ASSERT(lookups == Lookups::Unknown || dataset.isIndexCurrent());
    if (!isValidIndex(index) || dataset.id != m_entries.at(index).dataset.id)
        return false;

    for (int i = 0; i < m_undoStack->count(); ++i) {
        const auto *command = dynamic_cast<const MergeCommand *>(m_undoStack->command(i));
        if (command && command->index() == index) {
            m_undoStack->clear();
            break;
        }
    }

    Entry &entry = m_entries[index];
    entry.dataset = dataset;
    if (lookups == Lookups::Unknown)
        entry.dataset.ensureIndex();
    entry.links = std::move(links);
    entry.saved = entry.dataset;
    emit datasetChanged(index);
    updateModified(index);
    return true;
}

void DocumentStore::applyState(int index, const Dataset &dataset, const QStringList &files)
{
    Entry &entry = m_entries[index];
    entry.dataset = dataset;
    entry.links.reset();
    entry.files = files;
    emit datasetChanged(index);
    updateModified(index);
    setCurrentIndex(index);
}

void DocumentStore::updateModified(int index)
{
    Entry &entry = m_entries[index];
    const bool modified = entry.dataset != entry.saved;
    if (modified == entry.modified)
        return;
    entry.modified = modified;
    emit modifiedChanged(index, modified);
}
