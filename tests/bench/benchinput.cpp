#include "tests/bench/benchinput.h"

#include "models/datasetwriter.h"
#include "tests/bench/benchdataset.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace BenchInput {

QByteArray json(int statementCount)
{
    static QHash<int, QByteArray> cache;
    auto it = cache.find(statementCount);
    if (it == cache.end())
        it = cache.insert(statementCount,
                          DatasetWriter::toJson(BenchDataset::make(statementCount)));
    return it.value();
}

QString rowName(int statementCount)
{
    return statementCount % 1000 == 0 ? QString::number(statementCount / 1000) + u'k'
                                      : QString::number(statementCount);
}

void isolate()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QTemporaryDir home;
    if (home.isValid()) {
        const QByteArray path = QDir(home.path()).absolutePath().toLocal8Bit();
        qputenv("HOME", path);
        qputenv("XDG_CONFIG_HOME", path + "/.config");
        qputenv("XDG_DATA_HOME", path + "/.local/share");
        qputenv("XDG_CACHE_HOME", path + "/.cache");
    }
}

} // namespace BenchInput
