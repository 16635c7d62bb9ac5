#include "models/datasetreader.h"

#include "models/cleandatasetparser.h"
#include "models/datasetbuilder.h"
#include "models/datasetvalidator.h"
#include "models/diagnosticsink.h"
#include "models/jsonpointer.h"
#include "models/jsonsyntax.h"
#include "models/jsontext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

// "70.2": rounded up to a tenth, so that a file just over the limit never reads "64.0 MiB".
QString mebibytes(qint64 bytes)
{
    const qint64 tenths = (bytes * 10 + mebibyte - 1) / mebibyte;
    return QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
}

QString tooLarge(qint64 bytes)
{
    return u"the file is %1 MiB, over the %2 MiB limit"_s.arg(mebibytes(bytes))
            .arg(DatasetReader::maxFileSize / mebibyte);
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

char firstNonWhitespace(QByteArrayView text)
{
    for (const char c : text) {
        if (!isJsonWhitespace(c))
            return c;
    }
    return 0;
}

// What a JSON text whose root is not an array or object holds, from its first character.
QString scalarName(char first)
{
    switch (first) {
    case '"':
        return u"a string"_s;
    case 't':
    case 'f':
        return u"a boolean"_s;
    case 'n':
        return u"null"_s;
    default:
        return u"a number"_s;
    }
}

// Reports a syntax error at a byte offset of text (which starts after any BOM). Qt's offsets are
// where its parser stopped: at the offending character or just after it, and for an error at the
// end of the text sometimes past it (clamped to the end). Columns count characters, not bytes.
void syntaxError(QByteArrayView text, qsizetype offset, const QString &message,
                 DiagnosticSink &sink)
{
    const TextPosition position = textPosition(text, offset);
    sink.syntaxError(position.line, position.column, message);
}

// Parses text (valid UTF-8, not blank). On invalid JSON, reports where and returns nothing; a
// valid text whose root is not an object is reported too. The strict check runs first so that
// the text is no longer needed once Qt has parsed it; its verdict is used as before: only for
// what Qt accepted, or to tell whether a root Qt refused is valid JSON nonetheless.
std::optional<QJsonObject> parseRoot(QByteArrayView text, DiagnosticSink &sink)
{
    int deepest = 0;
    const std::optional<JsonSyntaxError> strict = findJsonSyntaxError(text, &deepest);
    QJsonParseError error;
    const QJsonDocument document
            = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reads only arrays and objects: for any other root, say whether it is valid JSON.
        const char first = firstNonWhitespace(text);
        if (first == '{' || first == '[') {
            syntaxError(text, error.offset, error.errorString(), sink);
        } else if (strict) {
            syntaxError(text, strict->offset, strict->message, sink);
        } else {
            sink.error({}, u"expected an object at the root, found "_s + scalarName(first));
        }
        return std::nullopt;
    }
    // Qt tolerates some invalid JSON ("1.", "\x", raw line breaks in strings); refuse it.
    if (strict) {
        syntaxError(text, strict->offset, strict->message, sink);
        return std::nullopt;
    }
    if (!document.isObject()) {
        sink.error({}, u"expected an object at the root, found an array"_s);
        return std::nullopt;
    }
    // The text check measured the depth; the walk over the document only finds the pointer.
    const auto deep = deepest > DatasetReader::maxNestingDepth
            ? findTooDeepValue(document, DatasetReader::maxNestingDepth)
            : std::nullopt;
    if (deep) {
        const int depth = DatasetReader::maxNestingDepth + 1;
        sink.error(*deep,
                   u"nested %1 levels deep, over the %2 limit"_s.arg(depth).arg(
                           DatasetReader::maxNestingDepth));
        return std::nullopt;
    }
    return document.object();
}

// Gives the result the dataset, with its lookups built and its links, when checking the
// references between its items finds no error (nor did anything before).
void keepIfValid(Dataset dataset, const ValidationScope &scope, DiagnosticSink &sink,
                 ReadResult &result)
{
    DatasetLinks links = validateDataset(dataset, sink, scope);
    if (sink.hasErrors())
        return;
    result.dataset = std::move(dataset);
    result.links = std::make_shared<const DatasetLinks>(std::move(links));
}

} // namespace

ReadResult DatasetReader::read(QByteArray bytes, const QString &fileName, Way way)
{
    DiagnosticSink sink(fileName, maxErrors);
    ReadResult result;

    const QByteArrayView all(bytes);
    const QByteArrayView text = all.sliced(utf8BomLength(all));
    if (bytes.size() > maxFileSize) {
        sink.error({}, tooLarge(bytes.size()));
    } else if (isJsonWhitespaceOnly(text)) {
        sink.syntaxError(1, 1, u"the file is empty (expected a JSON object)"_s);
    } else if (const qsizetype bad = findInvalidUtf8(text); bad >= 0) {
        const auto byte = static_cast<unsigned char>(text[bad]);
        const QString hex = QString::number(byte, 16).toUpper();
        syntaxError(text, bad,
                    u"invalid UTF-8: byte 0x%1 does not begin a valid character"_s.arg(hex), sink);
    } else if (std::optional<Dataset> clean
               = way == Way::QuickWhenClean ? parseCleanDataset(text) : std::nullopt) {
        bytes = QByteArray();
        keepIfValid(*std::move(clean), ValidationScope(), sink, result);
    } else if (std::optional<QJsonObject> root = parseRoot(text, sink)) {
        // Each stage frees what the next no longer needs, so that the text, the parsed document
        // and the dataset are never all in memory at once.
        bytes = QByteArray();
        BuiltDataset built = buildDataset(*root, sink);
        root.reset();
        if (!built.formatRefused)
            keepIfValid(std::move(built.dataset), built.complete, sink, result);
    }
    result.diagnostics = sink.take();
    return result;
}

ReadResult DatasetReader::readFile(const QString &path)
{
    const auto refuse = [&path](const QString &message) {
        ReadResult result;
        result.diagnostics.append(Diagnostic::error(path, {}, message));
        return result;
    };

    const QFileInfo info(path);
    if (!info.exists() && info.isSymLink()) {
        return refuse(u"cannot read: the symbolic link leads to no file (its target is missing, "
                      "or the link points back to itself)"_s);
    }
    if (!info.exists())
        return refuse(u"cannot read: no such file"_s);
    if (info.isDir())
        return refuse(u"cannot read: it is a directory, not a file"_s);
    if (info.size() > maxFileSize)
        return refuse(tooLarge(info.size()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(u"cannot read: "_s + lowerFirst(file.errorString()));
    // Read at most one byte more than the limit: a file that grew since the check is refused
    // by read() without loading all of it.
    QByteArray bytes = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return refuse(u"cannot read: "_s + lowerFirst(file.errorString()));
    file.close();
    return read(std::move(bytes), path);
}
