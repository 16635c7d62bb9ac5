#pragma once

#include "models/dataset.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <unordered_map>
#include <vector>

// The actor tree of a dataset, built from the actors' parent links: one row per actor, its
// children below it in dataset order. Columns: name, claims made, denials made. Loading the
// same dispute again (a merge, its undo, a reload) updates the tree in place with row inserts
// and removals, so views keep their selection; another dispute resets it.
class ActorTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorTreeModel)

public:
    enum Column { NameColumn, ClaimsColumn, DenialsColumn, ColumnCount };
    enum Role {
        ActorIdRole = Qt::UserRole + 1,
        KindRole, // ActorKind as int
        RoleRole, // the actor's role, e.g. "CEO"
        AliasesRole,
        ClaimCountRole,
        DenialCountRole,
        StatementCountRole,
        SearchTextRole, // lower-case name, aliases, role and the texts of its statements
    };

    explicit ActorTreeModel(QObject *parent = nullptr);
    ~ActorTreeModel() override;

    void setDataset(const Dataset &dataset);
    const Dataset &dataset() const { return m_dataset; }

    QModelIndex indexForActor(const QString &actorId, int column = NameColumn) const;
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
    struct Node
    {
        QString actorId;
        Node *parent = nullptr;
        std::vector<Node *> children;
        int row = 0;
    };
    struct Facts
    {
        int claims = 0;
        int denials = 0;
        int statements = 0;
        QString searchText;
    };

    void rebuild();
    void updateInPlace(const Dataset &dataset);
    void computeFacts();
    Node *addNode(const QString &actorId, Node *parent);
    void removeNode(Node *node);
    void renumber(Node *parent);
    QModelIndex indexOf(const Node *node, int column = NameColumn) const;
    std::vector<Node *> &childrenOf(Node *parent) { return parent ? parent->children : m_roots; }
    const std::vector<Node *> &childrenOf(const Node *parent) const
    {
        return parent ? parent->children : m_roots;
    }

    Dataset m_dataset;
    std::vector<Node *> m_roots;
    Node *nodeOf(const QString &actorId) const;

    std::unordered_map<QString, std::unique_ptr<Node>> m_nodes; // by actor id; owns every node
    QHash<QString, Facts> m_facts;
};
