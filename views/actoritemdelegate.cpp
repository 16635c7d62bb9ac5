#include "views/actoritemdelegate.h"

#include "models/actortreemodel.h"
#include "models/dataset.h"
#include "views/plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>

#include <utility>

QIcon ActorItemDelegate::iconOf(ActorKind kind)
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

void ActorItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = std::exchange(cell.text, QString());
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    // Where and in which colour the style puts an item's text: in its text rectangle less a
    // margin, elided if too long, to the fraction of a pixel across and on whole pixels down.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget)
                               .adjusted(margin, 0, -margin, 0);
    const QStaticText *laid = &laidOut(text, cell.font);
    if (laid->size().width() > room.width()) {
        laid = &laidOut(QFontMetrics(cell.font).elidedText(text, cell.textElideMode, room.width()),
                        cell.font);
    }
    const QSizeF size = laid->size();
    const Qt::Alignment across = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal left = room.x();
    if (across & Qt::AlignRight)
        left += room.width() - size.width();
    else if (across & Qt::AlignHCenter)
        left += (room.width() - size.width()) / 2;
    const int top = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                        QSize(room.width(), int(size.height())), room)
                            .top();
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (cell.state & QStyle::State_Active)                            ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role
            = cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setPen(cell.palette.color(group, role));
    painter->setFont(cell.font);
    painter->drawStaticText(QPointF(left, top), *laid);
    painter->restore();
}

QSize ActorItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.column() == 0)
        return QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    if (option.font != m_countFont || style != m_countStyle) {
        m_countFont = option.font;
        m_countStyle = style;
        m_countSizes.clear();
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    auto size = m_countSizes.constFind(text);
    if (size == m_countSizes.cend())
        size = m_countSizes.insert(text, QStyledItemDelegate::sizeHint(option, index));
    return *size;
}

// The reference holds until the next text is laid out, which may push this one out.
const QStaticText &ActorItemDelegate::laidOut(const QString &text, const QFont &font) const
{
    if (font != m_textFont) {
        m_textFont = font;
        m_texts.clear();
    }
    if (const QStaticText *laid = m_texts.object(text))
        return *laid;
    auto *laid = new QStaticText(text);
    laid->setTextFormat(Qt::PlainText);
    laid->prepare(QTransform(), font);
    m_texts.insert(text, laid);
    return *laid;
}

bool ActorItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    return PlainText::showToolTip(event, view->viewport(), option.rect,
                                  index.data(Qt::ToolTipRole).toString());
}
