#include "models/droppedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DroppedFiles)
};

bool looksLikeText(const QFileInfo &file)
{
    static const QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForFile(file);
    return type.inherits(QStringLiteral("text/plain"))
            || type.inherits(QStringLiteral("application/json"))
            || type.name() == QLatin1String("application/octet-stream")
            || type.name() == QLatin1String("application/x-zerosize"); // the reader says "empty"
}

void expandPath(const QString &path, QList<DroppedFile> &out)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        out.append({path, Text::tr("the file does not exist (it may have been moved or deleted)")});
        return;
    }
    if (info.isDir()) {
        const QFileInfoList entries
                = QDir(path).entryInfoList({QStringLiteral("*.json"), QStringLiteral("*.JSON")},
                                           QDir::Files | QDir::Readable, QDir::Name);
        if (entries.isEmpty()) {
            out.append({path, Text::tr("the folder holds no .json file")});
            return;
        }
        for (const QFileInfo &entry : entries)
            out.append({entry.filePath(), {}});
        return;
    }
    if (!info.isFile()) {
        out.append({path, Text::tr("not a regular file")});
        return;
    }
    if (!info.isReadable()) {
        out.append({path, Text::tr("the file cannot be read (permission denied)")});
        return;
    }
    if (!looksLikeText(info)) {
        static const QMimeDatabase mimes;
        out.append({path,
                    Text::tr("not a dataset: the file is %1, not JSON")
                            .arg(mimes.mimeTypeForFile(info).comment())});
        return;
    }
    out.append({path, {}});
}

} // namespace

QList<DroppedFile> expandDroppedUrls(const QList<QUrl> &urls)
{
    QList<DroppedFile> files;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            files.append({url.toDisplayString(),
                          Text::tr("only files on this computer can be opened, not a web "
                                   "address; download the file first")});
            continue;
        }
        expandPath(url.toLocalFile(), files);
    }
    return files;
}

QList<DroppedFile> expandPaths(const QStringList &paths)
{
    QList<DroppedFile> files;
    for (const QString &path : paths)
        expandPath(path, files);
    return files;
}
