#pragma once

#include "models/dataset.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <atomic>

// Writes a Dataset as the JSON of the data format "dispute-explorer/1": pretty-printed (2-space
// indentation, one key and one array element per line), UTF-8 without a byte-order mark, keys
// in the order of the format's documentation, optional fields left out when empty. A saved file
// diffs cleanly and reads back to an equal Dataset.
//
// Key order: top level format, id, title, summary, asOf, language, actors, sources, statements;
// actor: id, name, kind, parent, role, country, description, aliases; source: id, title, kind,
// author, publisher, date, url, reliability, note; statement: id, actor, stance, date, text,
// quote, sources, about, respondsTo, credibility.
namespace DatasetWriter {

QByteArray toJson(const Dataset &dataset);
// The hash of toJson(dataset), worked out as it is written, a part at a time. Empty if stop,
// looked at between parts, is set: a hash no longer wanted ends soon.
QByteArray hashOfJson(const Dataset &dataset, QCryptographicHash::Algorithm method,
                      const std::atomic_bool *stop = nullptr);

// Atomically (QSaveFile): an existing file stays intact if anything fails. Returns an empty
// string on success, else a message for people ("cannot write PATH: REASON").
QString save(const Dataset &dataset, const QString &path);

} // namespace DatasetWriter
