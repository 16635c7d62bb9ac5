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
    actor.name = fields.text(u"name", Need::Required, true);
    if (auto kind = fields.choice(u"kind", Need::Required, &actorKindFromString, u"actor kind"_s,
                                  u"group, organization, person, media or government"_s))
        actor.kind = *kind;
    actor.parent = fields.reference(u"parent");
    actor.role = fields.text(u"role", Need::Optional);
    actor.country = fields.checked(u"country", &isCountryCode, u"country code"_s,
                                   u"two capital letters, as in \"US\""_s);
    actor.description = fields.text(u"description", Need::Optional);
    actor.aliases = fields.strings(u"aliases", false);
    fields.finish(
            {u"id", u"name", u"kind", u"parent", u"role", u"country", u"description", u"aliases"});
    return actor;
}

QChar readReliability(JsonFields &fields)
{
    const std::optional<QString> s = fields.string(u"reliability", Need::Optional);
    if (!s)
        return {};
    if (s->size() == 1 && s->front() >= u'A' && s->front() <= u'F')
        return s->front();
    fields.error(u"reliability",
                 u"invalid reliability %1 (expected a source grade from A to F)"_s.arg(quoted(*s)));
    return {};
}

Source readSource(const QJsonObject &object, qsizetype index, DiagnosticSink &sink)
{
    JsonFields fields(object, u"sources", index, sink);
    Source source;
    source.id = fields.id();
    source.title = fields.text(u"title", Need::Required, true);
    if (auto kind = fields.choice(u"kind", Need::Optional, &sourceKindFromString, u"source kind"_s,
                                  u"report, article, post, statement, remarks, filing or other"_s))
        source.kind = *kind;
    source.author = fields.reference(u"author");
    source.publisher = fields.reference(u"publisher");
    source.date = fields.date(u"date", Need::Optional);
    source.url = fields.text(u"url", Need::Optional, true);
    if (!source.url.isEmpty()) {
        const QString problem = urlProblem(source.url);
        if (!problem.isEmpty())
            fields.error(u"url", u"URL "_s + quoted(source.url) + u' ' + problem);
    }
    source.reliability = readReliability(fields);
    source.note = fields.text(u"note", Need::Optional);
    fields.finish({u"id", u"title", u"kind", u"author", u"publisher", u"date", u"url",
                   u"reliability", u"note"});
    return source;
}

int readCredibility(JsonFields &fields)
{
    const QJsonValue value = fields.find(u"credibility", Need::Optional);
    if (value.isUndefined())
        return 0;
    if (!value.isDouble()) {
        fields.error(u"credibility", typeError(u"a number", value));
        return 0;
    }
    const double grade = value.toDouble();
    if (grade >= 1 && grade <= 6 && std::floor(grade) == grade)
        return int(grade);
    fields.error(u"credibility",
                 u"invalid credibility %1 (expected an information grade from 1 to 6)"_s.arg(
                         QString::number(grade, 'g', QLocale::FloatingPointShortest)));
    return 0;
}

Statement readStatement(const QJsonObject &object, qsizetype index, DiagnosticSink &sink)
{
    JsonFields fields(object, u"statements", index, sink);
    Statement statement;
    statement.id = fields.id();
    statement.actor = fields.reference(u"actor", Need::Required);
    if (auto stance = fields.choice(u"stance", Need::Required, &stanceFromString, u"stance"_s,
                                    u"claim, denial, context, reaction or status"_s))
        statement.stance = *stance;
    if (auto date = fields.date(u"date", Need::Required))
        statement.date = *date;
    statement.text = fields.text(u"text", Need::Required, true);
    statement.quote = fields.text(u"quote", Need::Optional);
    statement.sources = fields.strings(u"sources", true);
    statement.about = fields.strings(u"about", true);
    statement.respondsTo = fields.strings(u"respondsTo", true);
    statement.credibility = readCredibility(fields);
    fields.finish({u"id", u"actor", u"stance", u"date", u"text", u"quote", u"sources", u"about",
                   u"respondsTo", u"credibility"});
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
    const QJsonValue value = fields.find(u"format", Need::Required);
    if (value.isUndefined())
        return true;
    if (!value.isString()) {
        fields.error(u"format", typeError(u"a string", value));
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
    dataset.title = fields.text(u"title", Need::Required, true);
    dataset.summary = fields.text(u"summary", Need::Optional);
    dataset.language = fields.checked(u"language", &isPlausibleLanguageTag, u"language tag"_s,
                                      u"a BCP 47 tag such as \"en\" or \"zh-Hans\""_s);
    dataset.asOf = fields.date(u"asOf", Need::Optional);
    const std::optional<QJsonArray> actors = fields.array(u"actors", Need::Required);
    const std::optional<QJsonArray> sources = fields.array(u"sources", Need::Optional);
    const std::optional<QJsonArray> statements = fields.array(u"statements", Need::Optional);
    fields.finish({u"format", u"id", u"title", u"summary", u"language", u"asOf", u"actors",
                   u"sources", u"statements"});

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
