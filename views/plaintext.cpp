#include "views/plaintext.h"

#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

QString PlainText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString PlainText::chartLabel(const QString &text)
{
    return text.toHtmlEscaped();
}

bool PlainText::showToolTip(QHelpEvent *event, QWidget *widget, const QRect &area,
                            const QString &text)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), toolTip(text), widget, area);
    return true;
}
