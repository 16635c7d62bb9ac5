#pragma once

#include "models/dataset.h"

#include <QCache>
#include <QFont>
#include <QIcon>
#include <QStaticText>
#include <QStyledItemDelegate>

// Draws an actor row of the tree with the icon of the actor's kind (group, organization,
// person, media, government), so the kind shows at a glance without reading it. Its tooltips
// show names and roles literally, never as markup. Each cell's text is drawn from text laid out
// once, where and as the style draws it: laying it out again at every repaint was most of a
// repaint of the tree.
class ActorItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon iconOf(ActorKind kind);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QFont &font) const;

    mutable QFont m_textFont;
    // In m_textFont. Bounded: a long name's elided form changes with every width of its column.
    mutable QCache<QString, QStaticText> m_texts {4096};
};
