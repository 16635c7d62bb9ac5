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

QString brokenLink()
{
    return Text::tr("the symbolic link leads to no file (its target is missing, or the link "
                    "points back to itself)");
}

// The .json files of a folder, and a message for each entry named .json that is a link to
// nowhere or cannot be read. Subfolders, even named .json, are not entered.
void expandFolder(const QString &path, QList<DroppedFile> &out)
{
    const QFileInfoList entries = QDir(path).entryInfoList(
            {QStringLiteral("*.json"), QStringLiteral("*.JSON")},
            QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    qsizetype found = 0;
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() && !entry.exists())
            out.append({entry.filePath(), brokenLink()});
        else if (!entry.isFile())
            continue;
        else if (!entry.isReadable())
            out.append({entry.filePath(), Text::tr("the file cannot be read (permission denied)")});
        else
            out.append({entry.filePath(), {}});
        ++found;
    }
    if (found == 0)
        out.append({path, Text::tr("the folder holds no .json file")});
}

void expandPath(const QString &path, QList<DroppedFile> &out)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        out.append({path,
                    info.isSymLink() ? brokenLink()
                                     : Text::tr("the file does not exist (it may have been moved "
                                                "or deleted)")});
        return;
    }
    if (info.isDir()) {
        expandFolder(path, out);
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
