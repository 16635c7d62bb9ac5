#pragma once

#include <QStyledItemDelegate>

// Draws an actor row of the tree with the icon of the actor's kind (group, organization,
// person, media, government), so the kind shows at a glance without reading it. Its tooltips
// show names and roles literally, never as markup.
class ActorItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
