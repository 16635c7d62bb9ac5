#pragma once

#include <QStringList>

// The items of a short list joined as the user's language writes them ("a, b, c" in English).
QString joinedList(const QStringList &items);
