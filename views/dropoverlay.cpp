#include "views/dropoverlay.h"

#include <QEvent>
#include <QPainter>

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dropOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    parent->installEventFilter(this);
    hide();
}

void DropOverlay::showMessage(const QStringList &lines)
{
    m_lines = lines;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(215);
    painter.fillRect(rect(), veil);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    painter.setFont(font);
    const QRect box = rect().adjusted(width() / 6, height() / 3, -width() / 6, -height() / 3);
    QPen border(palette().color(QPalette::Highlight), 3, Qt::DashLine);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box, 16, 16);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(box.adjusted(24, 16, -24, -16), Qt::AlignCenter | Qt::TextWordWrap,
                     m_lines.join(QLatin1Char('\n')));
}
