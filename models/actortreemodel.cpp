#include "models/actortreemodel.h"

#include "models/listtext.h"
#include "models/searchtext.h"

#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// True when every actor id names exactly one actor, so that ids can identify rows.
bool hasUniqueActorIds(const Dataset &dataset)
{
    for (qsizetype i = 0; i < dataset.actors.size(); ++i) {
        if (dataset.actorIndex(dataset.actors.at(i).id) != i)
            return false;
    }
    return true;
}

// The actors of a dataset whose facts may differ from those in a previous version of it: new
// actors, actors whose searched fields changed, and those who made a statement that was
// added, removed or changed (in what the facts count or search), before or after.
QList<bool> actorsToCount(const Dataset &dataset, const Dataset &previous)
{
    QList<bool> dirty(dataset.actors.size(), false);
    const auto mark = [&dataset, &dirty](const QString &actorId) {
        const qsizetype actor = dataset.actorIndex(actorId);
        if (actor >= 0)
            dirty[actor] = true;
    };
    for (qsizetype i = 0; i < dataset.actors.size(); ++i) {
        const Actor &actor = dataset.actors.at(i);
        const qsizetype was = previous.actorIndex(actor.id);
        dirty[i] = was < 0 || previous.actors.at(was).name != actor.name
                || previous.actors.at(was).aliases != actor.aliases
                || previous.actors.at(was).role != actor.role;
    }
    for (const Statement &statement : dataset.statements) {
        const qsizetype was = previous.statementIndex(statement.id);
        if (was >= 0) {
            const Statement &before = previous.statements.at(was);
            if (before.actor == statement.actor && before.stance == statement.stance
                && before.text == statement.text && before.quote == statement.quote)
                continue;
            mark(before.actor);
        }
        mark(statement.actor);
    }
    for (const Statement &statement : previous.statements) {
        if (dataset.statementIndex(statement.id) < 0)
            mark(statement.actor);
    }
    return dirty;
}

} // namespace

ActorTreeModel::ActorTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ActorTreeModel::~ActorTreeModel() = default;

QList<ActorTreeModel::Facts> ActorTreeModel::factsOf(const Dataset &dataset,
                                                     const Dataset *previous,
                                                     const QList<Facts> *previousFacts,
                                                     QList<bool> *changed)
{
    return countFacts(dataset, nullptr, previous, previousFacts, changed);
}

QList<ActorTreeModel::Facts> ActorTreeModel::factsOf(const Dataset &dataset,
                                                     const DatasetLinks &links)
{
    return countFacts(dataset, &links, nullptr, nullptr, nullptr);
}

QList<ActorTreeModel::Facts> ActorTreeModel::countFacts(const Dataset &dataset,
                                                        const DatasetLinks *links,
                                                        const Dataset *previous,
                                                        const QList<Facts> *previousFacts,
                                                        QList<bool> *changed)
{
    const qsizetype actorCount = dataset.actors.size();
    QList<bool> dirty(actorCount, true);
    if (previous && previousFacts)
        dirty = actorsToCount(dataset, *previous);

    // Exact lengths first, so that each search text is allocated once.
    QList<Facts> facts(actorCount);
    QList<qsizetype> lengths(actorCount, 0);
    for (qsizetype i = 0; i < actorCount; ++i) {
        const Actor &actor = dataset.actors.at(i);
        if (!dirty.at(i)) {
            facts[i] = previousFacts->at(previous->actorIndex(actor.id));
            continue;
        }
        lengths[i] = actor.name.size() + (actor.role.isEmpty() ? 0 : 1 + actor.role.size());
        for (const QString &alias : actor.aliases)
            lengths[i] += 1 + alias.size();
    }
    QList<qsizetype> actorOf(dataset.statements.size(), -1);
    for (qsizetype s = 0; s < dataset.statements.size(); ++s) {
        const Statement &statement = dataset.statements.at(s);
        const qsizetype actor = links ? links->actorOf(s) : dataset.actorIndex(statement.actor);
        if (actor < 0 || !dirty.at(actor))
            continue;
        actorOf[s] = actor;
        Facts &f = facts[actor];
        ++f.statements;
        if (statement.stance == Stance::Claim)
            ++f.claims;
        else if (statement.stance == Stance::Denial)
            ++f.denials;
        lengths[actor] += 1 + statement.text.size()
                + (statement.quote.isEmpty() ? 0 : 1 + statement.quote.size());
    }
    for (qsizetype i = 0; i < actorCount; ++i) {
        if (!dirty.at(i))
            continue;
        const Actor &actor = dataset.actors.at(i);
        QString &text = facts[i].searchText;
        text.reserve(lengths.at(i));
        text.append(actor.name);
        for (const QString &alias : actor.aliases)
            text.append(u'\n').append(alias);
        if (!actor.role.isEmpty())
            text.append(u'\n').append(actor.role);
    }
    for (qsizetype s = 0; s < dataset.statements.size(); ++s) {
        if (actorOf.at(s) < 0)
            continue;
        const Statement &statement = dataset.statements.at(s);
        QString &text = facts[actorOf.at(s)].searchText;
        text.append(u'\n').append(statement.text);
        if (!statement.quote.isEmpty())
            text.append(u'\n').append(statement.quote);
    }
    for (qsizetype i = 0; i < actorCount; ++i) {
        if (dirty.at(i))
            SearchText::foldInPlace(facts[i].searchText);
    }
    if (changed)
        *changed = std::move(dirty);
    return facts;
}

// The parent of every actor as an index into the actors, -1 for a root. An unknown parent
// makes a root, and so does the actor that closes a cycle: the reader refuses both, the model
// only must not loop on them.
QList<qsizetype> ActorTreeModel::parentsOf(const Dataset &dataset)
{
    const qsizetype count = dataset.actors.size();
    QList<qsizetype> parents(count, -1);
    for (qsizetype i = 0; i < count; ++i) {
        const QString &parent = dataset.actors.at(i).parent;
        if (!parent.isEmpty())
            parents[i] = dataset.actorIndex(parent);
    }
    enum Mark : char { Unseen, OnPath, Done };
    // A std::vector: GCC 12 at -O3 warns falsely that QList<char>(count, value) may memset
    // more than an object can hold.
    std::vector<char> marks(std::size_t(count), Unseen);
    QList<qsizetype> path;
    for (qsizetype i = 0; i < count; ++i) {
        path.clear();
        qsizetype at = i;
        while (at >= 0 && marks[std::size_t(at)] == Unseen) {
            marks[std::size_t(at)] = OnPath;
            path.append(at);
            at = parents.at(at);
        }
        if (at >= 0 && marks[std::size_t(at)] == OnPath)
            parents[path.constLast()] = -1;
        for (const qsizetype visited : std::as_const(path))
            marks[std::size_t(visited)] = Done;
    }
    return parents;
}

void ActorTreeModel::setDataset(const Dataset &dataset)
{
    if (updatesInPlace(dataset))
        updateInPlace(dataset);
    else
        setDataset(dataset, factsOf(dataset));
}

void ActorTreeModel::setDataset(const Dataset &dataset, QList<Facts> facts)
{
    if (updatesInPlace(dataset)) {
        updateInPlace(dataset);
        return;
    }
    beginResetModel();
    rebuild(dataset, std::move(facts));
    endResetModel();
}

bool ActorTreeModel::updatesInPlace(const Dataset &dataset) const
{
    return !m_dataset.id.isEmpty() && dataset.id == m_dataset.id && hasUniqueActorIds(dataset)
            && hasUniqueActorIds(m_dataset);
}

void ActorTreeModel::rebuild(const Dataset &dataset, QList<Facts> facts)
{
    m_dataset = dataset;
    m_facts = std::move(facts);
    m_nodes.clear();
    m_roots.clear();
    m_freeNodes.clear();
    m_nodeOfActor.clear();
    // Node i shows actor i; children are appended in dataset order.
    const qsizetype count = m_dataset.actors.size();
    const QList<qsizetype> parents = parentsOf(m_dataset);
    m_nodes.resize(count);
    m_nodeOfActor.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        Node &node = m_nodes[i];
        node.actor = i;
        node.parent = int(parents.at(i));
        QList<int> &siblings = childrenOf(node.parent);
        node.row = int(siblings.size());
        siblings.append(int(i));
        m_nodeOfActor.insert(m_dataset.actors.at(i).id, int(i));
    }
}

const QString &ActorTreeModel::actorIdOf(int node) const
{
    return m_dataset.actors.at(m_nodes.at(node).actor).id;
}

int ActorTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    const auto node = qsizetype(index.internalId());
    return node < m_nodes.size() && m_nodes.at(node).actor >= 0 ? int(node) : -1;
}

QModelIndex ActorTreeModel::indexOf(int node, int column) const
{
    return node < 0 ? QModelIndex() : createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex ActorTreeModel::indexForActor(const QString &actorId, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return indexOf(m_nodeOfActor.value(actorId, -1), column);
}

const Actor *ActorTreeModel::actorAt(const QModelIndex &index) const
{
    const int node = nodeAt(index);
    return node < 0 ? nullptr : &m_dataset.actors.at(m_nodes.at(node).actor);
}

QModelIndex ActorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int child = childrenOf(nodeAt(parent)).at(row);
    return createIndex(row, column, quintptr(child));
}

QModelIndex ActorTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeAt(child);
    return node < 0 ? QModelIndex() : indexOf(m_nodes.at(node).parent);
}

int ActorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const int node = nodeAt(parent);
    if (parent.isValid() && node < 0)
        return 0;
    return int(childrenOf(node).size());
}

int ActorTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActorTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeAt(index);
    if (node < 0)
        return {};
    const qsizetype at = m_nodes.at(node).actor;
    const Actor &actor = m_dataset.actors.at(at);
    const Facts &facts = m_facts.at(at);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return actor.name;
        // A count of zero stays blank, so that the counts that matter stand out.
        case ClaimsColumn:
            return facts.claims > 0 ? QVariant(facts.claims) : QVariant();
        case DenialsColumn:
            return facts.denials > 0 ? QVariant(facts.denials) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {actor.name};
        if (!actor.role.isEmpty())
            lines.append(actor.role);
        if (QString kind = actorKindLabel(actor.kind); !kind.isEmpty()) {
            kind[0] = kind[0].toUpper();
            lines.append(kind);
        }
        if (!actor.aliases.isEmpty())
            lines.append(tr("Also known as: %1").arg(joinedList(actor.aliases)));
        lines.append(tr("%n claim(s), %1", nullptr, facts.claims)
                             .arg(tr("%n denial(s)", nullptr, facts.denials)));
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case ActorIdRole:
        return actor.id;
    case KindRole:
        return int(actor.kind);
    case RoleRole:
        return actor.role;
    case AliasesRole:
        return actor.aliases;
    case ClaimCountRole:
        return facts.claims;
    case DenialCountRole:
        return facts.denials;
    case StatementCountRole:
        return facts.statements;
    case SearchTextRole:
        return facts.searchText;
    }
    return {};
}

QVariant ActorTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Actor");
        case ClaimsColumn:
            return tr("Claims");
        case DenialsColumn:
            return tr("Denials");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ClaimsColumn:
            return tr("Claims this actor made");
        case DenialsColumn:
            return tr("Denials this actor made");
        }
    }
    return {};
}

QHash<int, QByteArray> ActorTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ActorIdRole, "actorId");
    names.insert(KindRole, "kind");
    names.insert(RoleRole, "role");
    names.insert(AliasesRole, "aliases");
    names.insert(ClaimCountRole, "claimCount");
    names.insert(DenialCountRole, "denialCount");
    names.insert(StatementCountRole, "statementCount");
    names.insert(SearchTextRole, "searchText");
    return names;
}
