#include "models/actortreemodel.h"

#include <algorithm>

ActorTreeModel::ActorTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ActorTreeModel::~ActorTreeModel() = default;

void ActorTreeModel::setDataset(const Dataset &dataset)
{
    if (dataset.id != m_dataset.id || m_nodes.empty()) {
        beginResetModel();
        m_dataset = dataset;
        rebuild();
        endResetModel();
        return;
    }
    updateInPlace(dataset);
}

void ActorTreeModel::rebuild()
{
    m_roots.clear();
    m_nodes.clear();
    for (const QString &id : m_dataset.actorIdsInTreeOrder()) {
        const Actor *actor = m_dataset.actor(id);
        Node *parent = actor->parent.isEmpty() ? nullptr : nodeOf(actor->parent);
        addNode(id, parent);
    }
    computeFacts();
}

ActorTreeModel::Node *ActorTreeModel::addNode(const QString &actorId, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->actorId = actorId;
    node->parent = parent;
    std::vector<Node *> &siblings = childrenOf(parent);
    node->row = int(siblings.size());
    siblings.push_back(node.get());
    Node *raw = node.get();
    m_nodes.emplace(actorId, std::move(node));
    return raw;
}

void ActorTreeModel::removeNode(Node *node)
{
    // Children go first, so that the whole subtree leaves the lookup table.
    while (!node->children.empty())
        removeNode(node->children.back());
    std::vector<Node *> &siblings = childrenOf(node->parent);
    siblings.erase(siblings.begin() + node->row);
    renumber(node->parent);
    const QString id = node->actorId; // the key must outlive the node erase() destroys
    m_nodes.erase(id);
}

void ActorTreeModel::renumber(Node *parent)
{
    std::vector<Node *> &siblings = childrenOf(parent);
    for (std::size_t i = 0; i < siblings.size(); ++i)
        siblings[i]->row = int(i);
}

void ActorTreeModel::updateInPlace(const Dataset &dataset)
{
    // Rows of actors that are gone, or whose parent changed, are removed (with their
    // subtrees); then every actor not in the tree is inserted under its parent, parents
    // first. Removing deepest first keeps the indexes of the rows still to remove valid.
    std::vector<Node *> doomed;
    for (const auto &entry : std::as_const(m_nodes)) {
        Node *node = entry.second.get();
        const Actor *actor = dataset.actor(node->actorId);
        const QString parentId = node->parent ? node->parent->actorId : QString();
        if (!actor || actor->parent != parentId)
            doomed.push_back(node);
    }
    const auto depth = [](const Node *node) {
        int d = 0;
        for (; node->parent; node = node->parent)
            ++d;
        return d;
    };
    std::sort(doomed.begin(), doomed.end(),
              [&depth](const Node *a, const Node *b) { return depth(a) < depth(b); });
    // Only the topmost of each removed subtree needs its own removal.
    std::vector<QString> removals;
    for (const Node *node : doomed) {
        bool coveredByAncestor = false;
        for (const Node *up = node->parent; up && !coveredByAncestor; up = up->parent)
            coveredByAncestor = std::find(doomed.begin(), doomed.end(), up) != doomed.end();
        if (!coveredByAncestor)
            removals.push_back(node->actorId);
    }
    for (const QString &id : removals) {
        Node *node = nodeOf(id);
        beginRemoveRows(indexOf(node->parent), node->row, node->row);
        removeNode(node);
        endRemoveRows();
    }

    const Dataset previous = m_dataset;
    m_dataset = dataset;
    for (const QString &id : m_dataset.actorIdsInTreeOrder()) {
        if (m_nodes.count(id) > 0)
            continue;
        const Actor *actor = m_dataset.actor(id);
        Node *parent = actor->parent.isEmpty() ? nullptr : nodeOf(actor->parent);
        const int row = int(childrenOf(parent).size());
        beginInsertRows(indexOf(parent), row, row);
        addNode(id, parent);
        endInsertRows();
    }

    const QHash<QString, Facts> previousFacts = m_facts;
    computeFacts();
    for (const auto &entry : std::as_const(m_nodes)) {
        const QString &id = entry.first;
        const Actor *before = previous.actor(id);
        const Facts &was = previousFacts.value(id);
        const Facts &now = m_facts.value(id);
        if (before && *before == *m_dataset.actor(id) && was.claims == now.claims
            && was.denials == now.denials && was.searchText == now.searchText)
            continue;
        const Node *node = entry.second.get();
        emit dataChanged(indexOf(node, NameColumn), indexOf(node, DenialsColumn));
    }
}

void ActorTreeModel::computeFacts()
{
    m_facts.clear();
    m_facts.reserve(m_dataset.actors.size());
    for (const Actor &actor : std::as_const(m_dataset.actors)) {
        Facts &facts = m_facts[actor.id];
        facts.searchText = actor.name;
        for (const QString &alias : actor.aliases)
            facts.searchText += QLatin1Char('\n') + alias;
        if (!actor.role.isEmpty())
            facts.searchText += QLatin1Char('\n') + actor.role;
    }
    for (const Statement &statement : std::as_const(m_dataset.statements)) {
        const auto it = m_facts.find(statement.actor);
        if (it == m_facts.end())
            continue;
        ++it->statements;
        if (statement.stance == Stance::Claim)
            ++it->claims;
        else if (statement.stance == Stance::Denial)
            ++it->denials;
        it->searchText += QLatin1Char('\n') + statement.text;
        if (!statement.quote.isEmpty())
            it->searchText += QLatin1Char('\n') + statement.quote;
    }
    for (Facts &facts : m_facts)
        facts.searchText = facts.searchText.toLower();
}

QModelIndex ActorTreeModel::indexOf(const Node *node, int column) const
{
    return node ? createIndex(node->row, column, const_cast<Node *>(node)) : QModelIndex();
}

ActorTreeModel::Node *ActorTreeModel::nodeOf(const QString &actorId) const
{
    const auto it = m_nodes.find(actorId);
    return it == m_nodes.end() ? nullptr : it->second.get();
}

QModelIndex ActorTreeModel::indexForActor(const QString &actorId, int column) const
{
    return indexOf(nodeOf(actorId), column);
}

const Actor *ActorTreeModel::actorAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return m_dataset.actor(static_cast<const Node *>(index.internalPointer())->actorId);
}

QModelIndex ActorTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode
            = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : nullptr;
    return indexOf(childrenOf(parentNode).at(std::size_t(row)), column);
}

QModelIndex ActorTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer())->parent);
}

int ActorTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node
            = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : nullptr;
    return int(childrenOf(node).size());
}

int ActorTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActorTreeModel::data(const QModelIndex &index, int role) const
{
    const Actor *actor = actorAt(index);
    if (!actor)
        return {};
    const Facts facts = m_facts.value(actor->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return actor->name;
        // A count of zero stays blank, so the counts that matter stand out.
        case ClaimsColumn:
            return facts.claims > 0 ? QVariant(facts.claims) : QVariant();
        case DenialsColumn:
            return facts.denials > 0 ? QVariant(facts.denials) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {actor->name};
        if (!actor->role.isEmpty())
            lines.append(actor->role);
        if (!actor->aliases.isEmpty())
            lines.append(tr("Also known as: %1").arg(actor->aliases.join(QStringLiteral(", "))));
        lines.append(tr("%n claim(s), %1", nullptr, facts.claims)
                             .arg(tr("%n denial(s)", nullptr, facts.denials)));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ActorIdRole:
        return actor->id;
    case KindRole:
        return int(actor->kind);
    case RoleRole:
        return actor->role;
    case AliasesRole:
        return actor->aliases;
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
    }
    if (role == Qt::ToolTipRole) {
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
