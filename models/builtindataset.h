#pragma once

#include <QString>

// The dispute compiled into the program: the February 2026 report that Ford and Xiaomi
// explored a US electric-vehicle joint venture, and the denials that followed.
namespace BuiltinDataset {

// The Qt resource path of its JSON file, readable with DatasetReader::readFile().
inline QString path()
{
    return QStringLiteral(":/data/ford-xiaomi-ev-2026.json");
}

} // namespace BuiltinDataset
