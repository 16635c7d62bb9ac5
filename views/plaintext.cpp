#include "views/plaintext.h"

#include <QTextDocument>

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
