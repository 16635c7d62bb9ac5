#include "models/datasetbuilder.h"

#include "models/diagnosticsink.h"
#include "models/jsonfields.h"
#include "models/jsonpointer.h"
#include "models/valuesyntax.h"

#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

using Need = JsonFields::Need;

Actor readActor(const QJsonObject &object, qsizetype index, DiagnosticSink &sink)
{
    JsonFields fields(object, u"actors", index, sink);
    Actor actor;
    actor.id = fields.id();
    actor.name = fields.text("name"_L1, Need::Required, true);
    if (auto kind = fields.choice("kind"_L1, Need::Required, &actorKindFromString, u"actor kind"_s,
                                  u"group, organization, person, media or government"_s))
        actor.kind = *kind;
    actor.parent = fields.reference("parent"_L1);
    actor.role = fields.text("role"_L1, Need::Optional);
    actor.country = fields.checked("country"_L1, &isCountryCode, u"country code"_s,
                                   u"two capital letters, as in \"US\""_s);
    actor.description = fields.text("description"_L1, Need::Optional);
    actor.aliases = fields.strings("aliases"_L1, false);
    fields.finish({"id"_L1, "name"_L1, "kind"_L1, "parent"_L1, "role"_L1, "country"_L1,
                   "description"_L1, "aliases"_L1});
    return actor;
}

QChar readReliability(JsonFields &fields)
{
    const std::optional<QString> s = fields.string("reliability"_L1, Need::Optional);
    if (!s)
        return {};
    if (s->size() == 1 && s->front() >= u'A' && s->front() <= u'F')
        return s->front();
    fields.error("reliability"_L1,
                 u"invalid reliability %1 (expected a source grade from A to F)"_s.arg(quoted(*s)));
    return {};
}

Source readSource(const QJsonObject &object, qsizetype index, DiagnosticSink &sink)
{
    JsonFields fields(object, u"sources", index, sink);
    Source source;
    source.id = fields.id();
    source.title = fields.text("title"_L1, Need::Required, true);
    if (auto kind
        = fields.choice("kind"_L1, Need::Optional, &sourceKindFromString, u"source kind"_s,
                        u"report, article, post, statement, remarks, filing or other"_s))
        source.kind = *kind;
    source.author = fields.reference("author"_L1);
    source.publisher = fields.reference("publisher"_L1);
    source.date = fields.date("date"_L1, Need::Optional);
    source.url = fields.text("url"_L1, Need::Optional, true);
    if (!source.url.isEmpty()) {
        const QString problem = urlProblem(source.url);
        if (!problem.isEmpty())
            fields.error("url"_L1, u"URL "_s + quoted(source.url) + u' ' + problem);
    }
    source.reliability = readReliability(fields);
    source.note = fields.text("note"_L1, Need::Optional);
    fields.finish({"id"_L1, "title"_L1, "kind"_L1, "author"_L1, "publisher"_L1, "date"_L1, "url"_L1,
                   "reliability"_L1, "note"_L1});
    return source;
}

int readCredibility(JsonFields &fields)
{
    const QJsonValue value = fields.find("credibility"_L1, Need::Optional);
    if (value.isUndefined())
        return 0;
    if (!value.isDouble()) {
        fields.error("credibility"_L1, typeError(u"a number", value));
        return 0;
    }
    const double grade = value.toDouble();
    if (grade >= 1 && grade <= 6 && std::floor(grade) == grade)
        return int(grade);
    fields.error("credibility"_L1,
                 u"invalid credibility %1 (expected an information grade from 1 to 6)"_s.arg(
                         QString::number(grade, 'g', QLocale::FloatingPointShortest)));
    return 0;
}

Statement readStatement(const QJsonObject &object, qsizetype index, DiagnosticSink &sink)
{
    JsonFields fields(object, u"statements", index, sink);
    Statement statement;
    statement.id = fields.id();
    statement.actor = fields.reference("actor"_L1, Need::Required);
    if (auto stance = fields.choice("stance"_L1, Need::Required, &stanceFromString, u"stance"_s,
                                    u"claim, denial, context, reaction or status"_s))
        statement.stance = *stance;
    if (auto date = fields.date("date"_L1, Need::Required))
        statement.date = *date;
    statement.text = fields.text("text"_L1, Need::Required, true);
    statement.quote = fields.text("quote"_L1, Need::Optional);
    statement.sources = fields.strings("sources"_L1, true);
    statement.about = fields.strings("about"_L1, true);
    statement.respondsTo = fields.strings("respondsTo"_L1, true);
    statement.credibility = readCredibility(fields);
    fields.finish({"id"_L1, "actor"_L1, "stance"_L1, "date"_L1, "text"_L1, "quote"_L1, "sources"_L1,
                   "about"_L1, "respondsTo"_L1, "credibility"_L1});
    return statement;
}

template<typename T>
void readList(const QJsonArray &array, QStringView collection, QList<T> &list,
              T (*read)(const QJsonObject &, qsizetype, DiagnosticSink &), DiagnosticSink &sink)
{
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (value.isObject()) {
            list.append(read(value.toObject(), i, sink));
        } else {
            sink.error(elementPointer(collection, i), typeError(u"an object", value));
            list.append(T());
        }
    }
}

// True for "dispute-explorer/N" with N a whole number above 1 (the rest is unknown).
bool isNewerFormat(QStringView format)
{
    constexpr QStringView prefix = u"dispute-explorer/";
    if (!format.startsWith(prefix))
        return false;
    const QStringView version = format.mid(prefix.size());
    if (version.isEmpty() || version.front() == u'0')
        return false;
    for (const QChar c : version) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return version != u"1";
}

// Checks "format"; false when the file must not be read any further.
bool readFormat(JsonFields &fields, DiagnosticSink &sink)
{
    const QJsonValue value = fields.find("format"_L1, Need::Required);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        fields.error("format"_L1, typeError(u"a string", value));
        return true;
    }
    const QString format = value.toString();
    if (format == Dataset::currentFormat)
        return true;
    const QString current = quoted(Dataset::currentFormat);
    if (isNewerFormat(format)) {
        sink.error(u"/format"_s,
                   u"this file was made by a newer version of Dispute Explorer (format %1); "
                   "this version reads %2"_s.arg(quoted(format), current));
    } else {
        sink.error(u"/format"_s, u"unknown format %1 (expected %2)"_s.arg(quoted(format), current));
    }
    return false;
}

} // namespace

BuiltDataset buildDataset(const QJsonObject &root, DiagnosticSink &sink)
{
    BuiltDataset built;
    Dataset &dataset = built.dataset;
    JsonFields fields(root, {}, 0, sink);

    // A newer or foreign format is refused alone: its other fields are not ours to judge.
    if (!readFormat(fields, sink)) {
        built.formatRefused = true;
        return built;
    }
    dataset.id = fields.id();
    dataset.title = fields.text("title"_L1, Need::Required, true);
    dataset.summary = fields.text("summary"_L1, Need::Optional);
    dataset.language = fields.checked("language"_L1, &isPlausibleLanguageTag, u"language tag"_s,
                                      u"a BCP 47 tag such as \"en\" or \"zh-Hans\""_s);
    dataset.asOf = fields.date("asOf"_L1, Need::Optional);
    const std::optional<QJsonArray> actors = fields.array("actors"_L1, Need::Required);
    const std::optional<QJsonArray> sources = fields.array("sources"_L1, Need::Optional);
    const std::optional<QJsonArray> statements = fields.array("statements"_L1, Need::Optional);
    fields.finish({"format"_L1, "id"_L1, "title"_L1, "summary"_L1, "language"_L1, "asOf"_L1,
                   "actors"_L1, "sources"_L1, "statements"_L1});

    built.complete.actors = actors.has_value();
    built.complete.sources = sources.has_value() || !root.contains(u"sources");
    built.complete.statements = statements.has_value() || !root.contains(u"statements");
    if (actors) {
        if (actors->isEmpty())
            sink.error(u"/actors"_s, u"expected at least one actor"_s);
        readList(*actors, u"actors", dataset.actors, &readActor, sink);
    }
    if (sources)
        readList(*sources, u"sources", dataset.sources, &readSource, sink);
    if (statements)
        readList(*statements, u"statements", dataset.statements, &readStatement, sink);
    return built;
}
