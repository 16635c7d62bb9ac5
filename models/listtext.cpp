#include "models/listtext.h"

#include <QCoreApplication>

QString joinedList(const QStringList &items)
{
    return items.join(QCoreApplication::translate("List", ", ", "between the items of a list"));
}
