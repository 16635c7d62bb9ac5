#pragma once

#include "models/dataset.h"

#include <QCache>
#include <QFont>
#include <QHash>
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
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const QStaticText &laidOut(const QString &text, const QFont &font) const;

    mutable QFont m_textFont;
    // In m_textFont. Bounded: a long name's elided form changes with every width of its column.
    mutable QCache<QString, QStaticText> m_texts {4096};
    // The sizes of count cells (every column but the names') by their text, in m_countFont and
    // m_countStyle: the header fits the count columns to the sizes of all rows at each layout,
    // and the style lays each text out to measure it.
    mutable QFont m_countFont;
    mutable const QStyle *m_countStyle = nullptr;
    mutable QHash<QString, QSize> m_countSizes;
};
