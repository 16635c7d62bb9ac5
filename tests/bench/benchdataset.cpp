#include "tests/bench/benchdataset.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array<QStringView, 12> words = {
        u"partnership", u"factory",  u"battery", u"report",   u"talks",   u"venture",
        u"regulators",  u"supplier", u"shares",  u"contract", u"tariffs", u"investors",
};

// A sentence of a few words, long enough to look like real statement text.
QString sentence(QRandomGenerator &random, int wordCount)
{
    QString text = u"Statement about the"_s;
    for (int i = 0; i < wordCount; ++i)
        text += u' ' + words[random.bounded(int(words.size()))];
    return text + u'.';
}

QString padded(int number, int width)
{
    return QString::number(number).rightJustified(width, u'0');
}

// Every form of the subset the reader accepts: single dates of day, month, season and year
// precision with and without each qualifier, and intervals with known, open and unknown ends.
QString edtf(QRandomGenerator &random)
{
    const int year = 2000 + random.bounded(27);
    const int month = 1 + random.bounded(12);
    const QString day = QString::number(year) + u'-' + padded(month, 2) + u'-'
            + padded(1 + random.bounded(28), 2);
    const QString monthText = QString::number(year) + u'-' + padded(month, 2);
    const QString season = QString::number(year) + u'-' + QString::number(21 + random.bounded(4));
    const QString yearText = QString::number(year);
    const QString later = QString::number(year + 1) + u'-' + padded(month, 2);
    constexpr std::array<QStringView, 4> qualifiers = {u"", u"?", u"~", u"%"};
    const QStringView qualifier = qualifiers[random.bounded(int(qualifiers.size()))];

    // Mostly days, as in real disputes; every other form regularly.
    switch (random.bounded(16)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
    case 5:
        return day;
    case 6:
        return day + qualifier;
    case 7:
        return monthText + qualifier;
    case 8:
        return season + qualifier;
    case 9:
        return yearText + qualifier;
    case 10:
        return monthText + u'/' + later;
    case 11:
        return day + qualifier + u'/' + later + u'~';
    case 12:
        return day + u"/.."_s;
    case 13:
        return u"../"_s + day;
    case 14:
        return day + u'/';
    default:
        return u'/' + day;
    }
}

// Groups at the top, organisations under them, then departments and people, up to five levels.
QList<Actor> makeActors(int count)
{
    QList<Actor> actors;
    actors.reserve(count);
    constexpr int maxDepth = 5;
    const int groups = std::max(3, count / 60);
    QList<int> depth(groups, 1);
    for (int g = 0; g < groups; ++g) {
        Actor group;
        group.id = u"group-"_s + QString::number(g);
        group.name = u"Group "_s + QString::number(g);
        group.kind = ActorKind::Group;
        actors.append(group);
    }
    constexpr std::array<ActorKind, 4> kinds
            = {ActorKind::Organization, ActorKind::Person, ActorKind::Media, ActorKind::Government};
    for (int i = groups; i < count; ++i) {
        Actor actor;
        actor.id = u"actor-"_s + QString::number(i);
        actor.kind = kinds[i % int(kinds.size())];
        actor.name = (actor.kind == ActorKind::Person ? u"Person "_s : u"Organisation "_s)
                + QString::number(i);
        // Each actor hangs under an earlier one, so the tree has no cycle, down to five levels.
        const int candidate = i - groups - i % 4;
        const int parent = i % 4 == 0 || candidate < groups || depth.at(candidate) == maxDepth
                ? i % groups
                : candidate;
        actor.parent = actors.at(parent).id;
        depth.append(depth.at(parent) + 1);
        if (i % 3 == 0)
            actor.role = u"Spokesperson"_s;
        if (i % 5 == 0)
            actor.country = u"US"_s;
        if (i % 7 == 0)
            actor.aliases = {u"Alias "_s + QString::number(i)};
        if (i % 11 == 0)
            actor.description = u"An actor of the benchmark dataset."_s;
        actors.append(actor);
    }
    return actors;
}

QList<Source> makeSources(int count, const QList<Actor> &actors, QRandomGenerator &random)
{
    constexpr std::array<SourceKind, 8> kinds = {
            SourceKind::Unspecified, SourceKind::Report,  SourceKind::Article, SourceKind::Post,
            SourceKind::Statement,   SourceKind::Remarks, SourceKind::Filing,  SourceKind::Other};
    QList<Source> sources;
    sources.reserve(count);
    for (int i = 0; i < count; ++i) {
        Source source;
        source.id = u"source-"_s + QString::number(i);
        source.title = u"Source "_s + QString::number(i);
        source.kind = kinds[i % int(kinds.size())];
        if (i % 2 == 0)
            source.publisher = actors.at(random.bounded(int(actors.size()))).id;
        if (i % 3 == 0)
            source.author = actors.at(random.bounded(int(actors.size()))).id;
        if (i % 4 != 3)
            source.date = EdtfDate::parse(edtf(random));
        if (i % 2 == 1)
            source.url = u"https://news.example.com/story/"_s + QString::number(i);
        if (i % 7 != 6)
            source.reliability = QChar(u'A' + i % 6);
        if (i % 5 == 0)
            source.note = u"cites unnamed people familiar with the matter"_s;
        sources.append(source);
    }
    return sources;
}

} // namespace

namespace BenchDataset {

Dataset make(int statementCount)
{
    QRandomGenerator random(20260202);
    Dataset dataset;
    dataset.id = u"bench-"_s + QString::number(statementCount);
    dataset.title = u"Benchmark dispute of "_s + QString::number(statementCount) + u" statements"_s;
    dataset.summary = u"A generated dispute for measuring the program at scale."_s;
    dataset.language = u"en"_s;
    dataset.asOf = EdtfDate::parse(u"2026-02-02");
    dataset.actors = makeActors(std::clamp(statementCount / 150, 120, 800));
    dataset.sources = makeSources(std::max(1, statementCount / 4), dataset.actors, random);

    const qsizetype actorCount = dataset.actors.size();
    QList<qsizetype> claims; // indexes of the claims so far, for denials and reactions to answer
    dataset.statements.reserve(statementCount);
    for (int i = 0; i < statementCount; ++i) {
        Statement statement;
        statement.id = u"statement-"_s + QString::number(i);
        // The first statements go round the actors, so that every one is mentioned.
        const qsizetype actor = i < actorCount ? i : random.bounded(int(actorCount));
        if (dataset.actors.at(actor).kind == ActorKind::Group)
            statement.about = {dataset.actors.at(actor).id};
        statement.actor = dataset.actors.at(actor).kind == ActorKind::Group
                ? dataset.actors.at(actorCount - 1).id
                : dataset.actors.at(actor).id;
        const int roll = random.bounded(10);
        statement.stance = claims.isEmpty() || roll < 4 ? Stance::Claim
                : roll < 6                              ? Stance::Denial
                : roll < 8                              ? Stance::Reaction
                : roll < 9                              ? Stance::Context
                                                        : Stance::Status;
        statement.date = *EdtfDate::parse(edtf(random));
        statement.text = sentence(random, 4 + random.bounded(5));
        if (random.bounded(3) == 0)
            statement.quote = u"we never said that about the "_s + words[random.bounded(12)];
        const int sourceCount = random.bounded(3);
        for (int s = 0; s < sourceCount; ++s)
            statement.sources.append(
                    dataset.sources.at(random.bounded(int(dataset.sources.size()))).id);
        if (random.bounded(4) == 0)
            statement.about.append(dataset.actors.at(random.bounded(int(actorCount))).id);
        if (statement.stance == Stance::Denial || statement.stance == Stance::Reaction) {
            const qsizetype claim = claims.at(random.bounded(int(claims.size())));
            statement.respondsTo = {dataset.statements.at(claim).id};
        }
        if (random.bounded(2) == 0)
            statement.credibility = 1 + random.bounded(6);
        if (statement.stance == Stance::Claim)
            claims.append(i);
        dataset.statements.append(statement);
    }
    dataset.rebuildIndex();
    return dataset;
}

} // namespace BenchDataset
