#include "app/startup.h"

#include "models/builtindataset.h"
#include "models/fileopener.h"

#include <QTextStream>

bool openStartupFiles(DocumentStore &store, const QStringList &files)
{
    QTextStream err(stderr);
    const auto report = [&err](const FileOpenResult &result) {
        for (const Diagnostic &diagnostic : result.diagnostics)
            err << diagnostic.format() << Qt::endl;
    };
    const FileOpenResult builtin = openFile(store, BuiltinDataset::path());
    report(builtin);
    bool ok = builtin.ok();
    for (const QString &file : files) {
        const FileOpenResult result = openFile(store, file);
        report(result);
        ok = ok && result.ok();
    }
    return ok;
}
