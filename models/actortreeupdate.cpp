#include "models/actortreemodel.h"

#include <algorithm>
#include <functional>
#include <utility>

// The in-place update of ActorTreeModel, for a new version of the dataset shown.

// In place, in steps that each leave the model consistent: move the actors whose parent
// changed to a parent that is already shown; remove the rows of actors that are gone (with
// what is still below them); switch to the new dataset and insert the new actors, parents
// first, appended below their parents, then move what waited for a new parent; and report
// changed names, counts and the like with dataChanged.
void ActorTreeModel::updateInPlace(const Dataset &next)
{
    const QList<qsizetype> nextParents = parentsOf(next);
    moveMisplaced(next, nextParents);
    removeGone(next);

    const Dataset previous = std::exchange(m_dataset, next);
    const QList<Facts> previousFacts = m_facts;
    QList<bool> factsChanged;
    m_facts = factsOf(next, &previous, &previousFacts, &factsChanged);
    QList<qsizetype> previousActor(m_nodes.size(), -1);
    for (qsizetype node = 0; node < m_nodes.size(); ++node) {
        Node &n = m_nodes[node];
        if (n.actor < 0)
            continue;
        previousActor[node] = n.actor;
        n.actor = m_dataset.actorIndex(previous.actors.at(n.actor).id);
    }

    insertNew(next, nextParents);
    moveMisplaced(next, nextParents);

    for (qsizetype node = 0; node < previousActor.size(); ++node) {
        const qsizetype was = previousActor.at(node);
        const qsizetype now = m_nodes.at(node).actor;
        if (was < 0 || now < 0)
            continue;
        if (previous.actors.at(was) != m_dataset.actors.at(now)
            || (factsChanged.at(now) && previousFacts.at(was) != m_facts.at(now)))
            emit dataChanged(indexOf(int(node), 0), indexOf(int(node), ColumnCount - 1));
    }
}

void ActorTreeModel::moveMisplaced(const Dataset &next, const QList<qsizetype> &nextParents)
{
    // Each move puts a node below the parent it wants, where it stays; a node that wants to
    // go below its own subtree waits until that part has moved away.
    bool moved = true;
    while (moved) {
        moved = false;
        for (int node = 0; node < int(m_nodes.size()); ++node) {
            if (m_nodes.at(node).actor < 0)
                continue;
            const int target = wantedParent(node, next, nextParents);
            const int from = m_nodes.at(node).parent;
            if (target == Unplaceable || target == from || isInSubtree(target, node))
                continue;
            const int row = m_nodes.at(node).row;
            const int to = int(childrenOf(target).size());
            if (!beginMoveRows(indexOf(from), row, row, indexOf(target), to))
                continue;
            detach(node);
            m_nodes[node].parent = target;
            m_nodes[node].row = to;
            childrenOf(target).append(node);
            endMoveRows();
            moved = true;
        }
    }
}

void ActorTreeModel::removeGone(const Dataset &next)
{
    QList<bool> gone(m_nodes.size(), false);
    for (int node = 0; node < int(m_nodes.size()); ++node)
        gone[node] = m_nodes.at(node).actor >= 0 && next.actorIndex(actorIdOf(node)) < 0;
    // Only the topmost gone node of a subtree needs a removal; rows go by parent.
    QHash<int, QList<int>> rowsByParent;
    for (int node = 0; node < int(m_nodes.size()); ++node) {
        if (!gone.at(node))
            continue;
        bool underGone = false;
        for (int up = m_nodes.at(node).parent; up >= 0 && !underGone; up = m_nodes.at(up).parent)
            underGone = gone.at(up);
        if (!underGone)
            rowsByParent[m_nodes.at(node).parent].append(m_nodes.at(node).row);
    }
    for (auto it = rowsByParent.begin(); it != rowsByParent.end(); ++it) {
        const int parent = it.key();
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        // Contiguous runs, last first, so the rows of the runs still to remove stay valid.
        for (qsizetype i = 0; i < rows.size();) {
            const int last = rows.at(i);
            int first = last;
            for (++i; i < rows.size() && rows.at(i) == first - 1; ++i)
                --first;
            beginRemoveRows(indexOf(parent), first, last);
            QList<int> &siblings = childrenOf(parent);
            for (int row = first; row <= last; ++row)
                freeSubtree(siblings.at(row));
            siblings.remove(first, last - first + 1);
            for (qsizetype row = first; row < siblings.size(); ++row)
                m_nodes[siblings.at(row)].row = int(row);
            endRemoveRows();
        }
    }
}

void ActorTreeModel::insertNew(const Dataset &next, const QList<qsizetype> &nextParents)
{
    QList<QList<qsizetype>> children(next.actors.size());
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < next.actors.size(); ++i)
        (nextParents.at(i) < 0 ? roots : children[nextParents.at(i)]).append(i);

    // Breadth first: when an actor's children come up, the actor is in the tree.
    const auto insertChildren = [this, &next](int parent, const QList<qsizetype> &wanted) {
        QList<qsizetype> fresh;
        for (const qsizetype actor : wanted) {
            if (!m_nodeOfActor.contains(next.actors.at(actor).id))
                fresh.append(actor);
        }
        if (fresh.isEmpty())
            return;
        const int first = int(childrenOf(parent).size());
        beginInsertRows(indexOf(parent), first, first + int(fresh.size()) - 1);
        for (const qsizetype actor : std::as_const(fresh))
            allocateNode(actor, parent);
        endInsertRows();
    };
    insertChildren(-1, roots);
    QList<qsizetype> queue = roots;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const qsizetype actor = queue.at(i);
        const int node = m_nodeOfActor.value(next.actors.at(actor).id, Unplaceable);
        if (node != Unplaceable)
            insertChildren(node, children.at(actor));
        queue.append(children.at(actor));
    }
}

int ActorTreeModel::allocateNode(qsizetype actor, int parent)
{
    int node;
    if (m_freeNodes.isEmpty()) {
        node = int(m_nodes.size());
        m_nodes.append(Node());
    } else {
        node = m_freeNodes.takeLast();
    }
    QList<int> &siblings = childrenOf(parent);
    Node &n = m_nodes[node];
    n.actor = actor;
    n.parent = parent;
    n.row = int(siblings.size());
    n.children.clear();
    siblings.append(node);
    m_nodeOfActor.insert(m_dataset.actors.at(actor).id, node);
    return node;
}

// Frees a node and everything below it, without touching its parent's list of children.
void ActorTreeModel::freeSubtree(int node)
{
    const QList<int> children = m_nodes.at(node).children;
    for (const int child : children)
        freeSubtree(child);
    m_nodeOfActor.remove(actorIdOf(node));
    Node &n = m_nodes[node];
    n.actor = -1;
    n.parent = -1;
    n.children.clear();
    m_freeNodes.append(node);
}

void ActorTreeModel::detach(int node)
{
    QList<int> &siblings = childrenOf(m_nodes.at(node).parent);
    const int row = m_nodes.at(node).row;
    siblings.removeAt(row);
    for (qsizetype i = row; i < siblings.size(); ++i)
        m_nodes[siblings.at(i)].row = int(i);
}

// The node a node should sit below in the next dataset: -1 for the top level, Unplaceable
// when the node's actor is gone or its parent is not in the tree yet.
int ActorTreeModel::wantedParent(int node, const Dataset &next,
                                 const QList<qsizetype> &nextParents) const
{
    const qsizetype actor = next.actorIndex(actorIdOf(node));
    if (actor < 0)
        return Unplaceable;
    const qsizetype parent = nextParents.at(actor);
    if (parent < 0)
        return -1;
    return m_nodeOfActor.value(next.actors.at(parent).id, Unplaceable);
}

bool ActorTreeModel::isInSubtree(int node, int root) const
{
    for (int at = node; at >= 0; at = m_nodes.at(at).parent) {
        if (at == root)
            return true;
    }
    return false;
}
