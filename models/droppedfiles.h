#pragma once

#include <QList>
#include <QString>
#include <QUrl>

// What can be opened from a list of dropped or chosen locations. A file is taken as it is; a
// folder gives its .json files (not its subfolders, so a symlink loop cannot trap it); anything
// that cannot be a dataset gets a message saying why, before any reading: a remote URL, a
// missing or unreadable file, a symbolic link to nowhere (or to itself), an image or other
// non-text file, a folder without JSON files. A file can still vanish or change between this
// and the read: the reader then says so (DatasetReader::readFile).
struct DroppedFile
{
    QString path;    // local path, or the URL as text when it is not local
    QString problem; // empty when the file can be read

    bool isOpenable() const { return problem.isEmpty(); }
};

QList<DroppedFile> expandDroppedUrls(const QList<QUrl> &urls);
QList<DroppedFile> expandPaths(const QStringList &paths);
