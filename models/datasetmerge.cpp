#include "models/datasetmerge.h"

#include "models/datasetvalidator.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

// For each position of a merged list, the position of that item in incoming, or -1 when the
// item is only in base.
using Origins = QList<qsizetype>;

template<typename T>
void mergeItems(QList<T> &result, const QList<T> &incoming, MergeSummary::Collection &summary,
                Origins &origins)
{
    QHash<QString, qsizetype> positions;
    positions.reserve(result.size() + incoming.size());
    for (qsizetype i = 0; i < result.size(); ++i)
        positions.insert(result.at(i).id, i);
    origins = Origins(result.size(), -1);

    for (qsizetype j = 0; j < incoming.size(); ++j) {
        const T &item = incoming.at(j);
        const qsizetype at = positions.value(item.id, -1);
        if (at < 0) {
            positions.insert(item.id, result.size());
            result.append(item);
            origins.append(j);
            summary.added.append(item.id);
            continue;
        }
        origins[at] = j;
        if (result.at(at) == item) {
            ++summary.unchanged;
        } else {
            result[at] = item;
            summary.changed.append(item.id);
        }
    }
}

void takeInfo(QString &field, const QString &value, bool &changed)
{
    if (value.isEmpty() || value == field)
        return;
    field = value;
    changed = true;
}

struct MergeOrigins
{
    Origins actors;
    Origins sources;
    Origins statements;
};

// Where a collection item of the merged dataset came from, for rewriting a pointer into it.
struct ItemPlace
{
    qsizetype origin = -1; // position in incoming, -1 when only in base
    QString id;
    QString noun; // "actor", "source", "statement"
};

template<typename T>
std::optional<ItemPlace> placeIn(const QList<T> &items, const Origins &origins, qsizetype position,
                                 const QString &noun)
{
    if (position < 0 || position >= items.size() || position >= origins.size())
        return std::nullopt;
    return ItemPlace {origins.at(position), items.at(position).id, noun};
}

// Rewrites a diagnostic about the merged dataset so that it names a place in the incoming file.
Diagnostic relocate(Diagnostic diagnostic, const Dataset &merged, const MergeOrigins &origins)
{
    const QStringView pointer(diagnostic.pointer);
    if (!pointer.startsWith(u'/'))
        return diagnostic;
    const qsizetype second = pointer.indexOf(u'/', 1);
    if (second < 0)
        return diagnostic;
    qsizetype third = pointer.indexOf(u'/', second + 1);
    if (third < 0)
        third = pointer.size();
    const QStringView collection = pointer.sliced(1, second - 1);
    const QStringView number = pointer.sliced(second + 1, third - second - 1);
    bool isNumber = false;
    const qsizetype position = number.toLongLong(&isNumber);
    if (!isNumber || number.isEmpty() || !number.front().isDigit())
        return diagnostic;

    std::optional<ItemPlace> place;
    if (collection == u"actors")
        place = placeIn(merged.actors, origins.actors, position, u"actor"_s);
    else if (collection == u"sources")
        place = placeIn(merged.sources, origins.sources, position, u"source"_s);
    else if (collection == u"statements")
        place = placeIn(merged.statements, origins.statements, position, u"statement"_s);
    if (!place)
        return diagnostic;

    const QString rest = pointer.sliced(third).toString();
    if (place->origin >= 0) {
        diagnostic.pointer = u"/%1/%2%3"_s.arg(collection, QString::number(place->origin), rest);
    } else {
        const QString where = rest.isEmpty() ? u"%1 \"%2\""_s.arg(place->noun, place->id)
                                             : u"%1 \"%2\", %3"_s.arg(place->noun, place->id, rest);
        diagnostic.message = u"%1 (in the open dataset: %2)"_s.arg(diagnostic.message, where);
        diagnostic.pointer.clear();
    }
    return diagnostic;
}

// The lead message of each count names the kind of item; English takes its singular and plural
// forms from the English translation like every other language.
struct CollectionPhrases
{
    const char *added;
    const char *changed;
    const char *unchanged;
};

constexpr CollectionPhrases statementPhrases {
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n statement(s) added"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n statement(s) changed"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n statement(s) unchanged")};

constexpr CollectionPhrases sourcePhrases {
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n source(s) added"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n source(s) changed"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n source(s) unchanged")};

constexpr CollectionPhrases actorPhrases {
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n actor(s) added"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n actor(s) changed"),
        QT_TRANSLATE_N_NOOP("MergeSummary", "%n actor(s) unchanged")};

QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("MergeSummary", text, nullptr, n);
}

// "2 statements added, 1 changed, 1 unchanged": the kind of item named once, in the first count.
QString collectionText(const MergeSummary::Collection &collection, const CollectionPhrases &phrases)
{
    const std::array<std::pair<int, const char *>, 3> counts {{
            {int(collection.added.size()), phrases.added},
            {int(collection.changed.size()), phrases.changed},
            {collection.unchanged, phrases.unchanged},
    }};
    const std::array<const char *, 3> tails {
            nullptr,
            QT_TRANSLATE_N_NOOP("MergeSummary", "%n changed"),
            QT_TRANSLATE_N_NOOP("MergeSummary", "%n unchanged"),
    };
    QStringList parts;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const auto &[n, lead] = counts.at(i);
        if (n == 0)
            continue;
        parts.append(translated(parts.isEmpty() ? lead : tails.at(i), n));
    }
    return parts.join(QCoreApplication::translate("MergeSummary", ", ",
                                                  "separates the counts of one kind of item"));
}

} // namespace

QString MergeSummary::toText() const
{
    QStringList groups;
    const std::array<std::pair<const Collection *, const CollectionPhrases *>, 3> collections {{
            {&statements, &statementPhrases},
            {&sources, &sourcePhrases},
            {&actors, &actorPhrases},
    }};
    for (const auto &[collection, phrases] : collections) {
        if (!collection->isEmpty())
            groups.append(collectionText(*collection, *phrases));
    }
    if (infoChanged)
        groups.append(translated(QT_TRANSLATE_NOOP("MergeSummary", "dataset information updated")));
    if (groups.isEmpty())
        return translated(QT_TRANSLATE_NOOP("MergeSummary", "nothing new"));
    return groups.join(
            QCoreApplication::translate("MergeSummary", "; ", "separates kinds of items"));
}

MergeResult mergeDatasets(const Dataset &base, const Dataset &incoming, const QString &fileName)
{
    MergeResult result;
    if (incoming.id != base.id) {
        result.diagnostics.append(Diagnostic::error(
                fileName, u"/id"_s,
                u"dataset \"%1\" cannot merge into the open dataset \"%2\": only files with the "
                "same id are the same dispute"_s.arg(incoming.id, base.id)));
        return result;
    }

    Dataset merged = base;
    MergeSummary summary;
    takeInfo(merged.title, incoming.title, summary.infoChanged);
    takeInfo(merged.summary, incoming.summary, summary.infoChanged);
    takeInfo(merged.language, incoming.language, summary.infoChanged);
    if (incoming.asOf && incoming.asOf->isValid() && incoming.asOf != merged.asOf) {
        merged.asOf = incoming.asOf;
        summary.infoChanged = true;
    }

    MergeOrigins origins;
    mergeItems(merged.actors, incoming.actors, summary.actors, origins.actors);
    mergeItems(merged.sources, incoming.sources, summary.sources, origins.sources);
    mergeItems(merged.statements, incoming.statements, summary.statements, origins.statements);

    const Diagnostics found = validateDataset(merged, fileName);
    Diagnostics relocated;
    relocated.reserve(found.size());
    for (const Diagnostic &diagnostic : found)
        relocated.append(relocate(diagnostic, merged, origins));

    const bool anyWarning = std::any_of(relocated.cbegin(), relocated.cend(),
                                        [](const Diagnostic &d) { return !d.isError(); });
    if (anyWarning) {
        Dataset alone = incoming;
        const Diagnostics known = validateDataset(alone, fileName);
        relocated.removeIf(
                [&known](const Diagnostic &d) { return !d.isError() && known.contains(d); });
    }

    result.diagnostics = relocated;
    if (hasErrors(result.diagnostics))
        return result;
    result.dataset = std::move(merged);
    result.summary = summary;
    return result;
}
