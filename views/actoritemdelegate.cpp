#include "views/actoritemdelegate.h"

#include "models/actortreemodel.h"
#include "models/dataset.h"
#include "views/plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QIcon>

namespace {

QIcon iconOf(ActorKind kind)
{
    static const QIcon icons[] = {
            QIcon(QStringLiteral(":/icons/kind-group.svg")),
            QIcon(QStringLiteral(":/icons/kind-organization.svg")),
            QIcon(QStringLiteral(":/icons/kind-person.svg")),
            QIcon(QStringLiteral(":/icons/kind-media.svg")),
            QIcon(QStringLiteral(":/icons/kind-government.svg")),
    };
    return icons[int(kind)];
}

} // namespace

void ActorItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != 0)
        return;
    const QVariant kind = index.data(ActorTreeModel::KindRole);
    if (!kind.isValid())
        return;
    option->icon = iconOf(ActorKind(kind.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
}

bool ActorItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return PlainText::showToolTip(event, view->viewport(), option.rect,
                                  index.data(Qt::ToolTipRole).toString());
}
