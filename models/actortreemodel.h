#pragma once

#include "models/dataset.h"
#include "models/datasetlinks.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

// The actor tree of a dataset, built from the actors' parent links: the actors without a
// parent are the roots, children follow in dataset order. Columns: name, claims made, denials
// made. Loading the same dispute again (a merge, its undo, a reload) updates the tree in place
// with row removals, inserts, moves and dataChanged, so persistent indexes and a view's
// selection survive; another dispute resets the model. Counts and search texts are computed
// once per dataset (actortreeupdate.cpp holds the in-place update).
class ActorTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorTreeModel)

public:
    enum Column { NameColumn, ClaimsColumn, DenialsColumn, ColumnCount };
    enum Role {
        ActorIdRole = Qt::UserRole + 1,
        KindRole,    // ActorKind as int
        RoleRole,    // the actor's role, e.g. "Chief Communications Officer"
        AliasesRole, // QStringList
        ClaimCountRole,
        DenialCountRole,
        StatementCountRole,
        SearchTextRole, // lower case: name, aliases, role, texts and quotes of its statements
    };

    explicit ActorTreeModel(QObject *parent = nullptr);
    ~ActorTreeModel() override;

    // What the statements say about one actor, computed once per dataset.
    struct Facts
    {
        int claims = 0;
        int denials = 0;
        int statements = 0;
        QString searchText;

        friend bool operator==(const Facts &a, const Facts &b)
        {
            return a.claims == b.claims && a.denials == b.denials && a.statements == b.statements
                    && a.searchText == b.searchText;
        }
        friend bool operator!=(const Facts &a, const Facts &b) { return !(a == b); }
    };
    // The facts of a dataset's actors, on any thread; with previous facts, only those of the
    // actors whose name, aliases, role or statements changed are computed again. Sets *changed
    // (by actor) to whether an actor's facts may differ from before.
    static QList<Facts> factsOf(const Dataset &dataset, const Dataset *previous = nullptr,
                                const QList<Facts> *previousFacts = nullptr,
                                QList<bool> *changed = nullptr);
    // The facts of all the dataset's actors, following its links found already.
    static QList<Facts> factsOf(const Dataset &dataset, const DatasetLinks &links);

    // Shows a dataset (its id lookups built with rebuildIndex()). A dataset with the id of the
    // one shown updates the tree in place; any other resets it.
    void setDataset(const Dataset &dataset);
    // The same, with the facts of the dataset's actors (factsOf(dataset)) already known.
    void setDataset(const Dataset &dataset, QList<Facts> facts);
    // Whether setDataset(dataset) updates the tree in place (and works out the facts that
    // changed itself) rather than resetting it.
    bool updatesInPlace(const Dataset &dataset) const;
    const Dataset &dataset() const { return m_dataset; }

    // The row of an actor, or an invalid index for an unknown id.
    QModelIndex indexForActor(const QString &actorId, int column = NameColumn) const;
    // The actor of a row, or nullptr; valid until the next setDataset().
    const Actor *actorAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // factsOf() with or without links (null).
    static QList<Facts> countFacts(const Dataset &dataset, const DatasetLinks *links,
                                   const Dataset *previous, const QList<Facts> *previousFacts,
                                   QList<bool> *changed);

    // One row of the tree. Nodes live in m_nodes and name each other by position, which is
    // also the internalId of their indexes; a removed node's slot is reused later.
    struct Node
    {
        qsizetype actor = -1; // index into m_dataset.actors; -1 for a free slot
        int parent = -1;      // node index; -1 for a root
        int row = 0;
        QList<int> children;
    };
    static constexpr int Unplaceable = -2; // a wanted parent that is not in the tree yet

    static QList<qsizetype> parentsOf(const Dataset &dataset);
    void rebuild(const Dataset &dataset, QList<Facts> facts);
    void updateInPlace(const Dataset &next);
    void moveMisplaced(const Dataset &next, const QList<qsizetype> &nextParents);
    void removeGone(const Dataset &next);
    void insertNew(const Dataset &next, const QList<qsizetype> &nextParents);

    int allocateNode(qsizetype actor, int parent);
    void freeSubtree(int node);
    void detach(int node);
    int wantedParent(int node, const Dataset &next, const QList<qsizetype> &nextParents) const;
    bool isInSubtree(int node, int root) const;
    const QString &actorIdOf(int node) const;
    int nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(int node, int column = NameColumn) const;
    QList<int> &childrenOf(int node) { return node < 0 ? m_roots : m_nodes[node].children; }
    const QList<int> &childrenOf(int node) const
    {
        return node < 0 ? m_roots : m_nodes.at(node).children;
    }

    Dataset m_dataset;
    QList<Facts> m_facts; // parallel to m_dataset.actors
    QList<Node> m_nodes;
    QList<int> m_roots;
    QList<int> m_freeNodes;
    QHash<QString, int> m_nodeOfActor;
};
