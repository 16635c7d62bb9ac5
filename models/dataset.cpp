#include "models/dataset.h"

#include <QCoreApplication>

#include <array>
#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

template<typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<std::pair<Enum, QStringView>, N> &names)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(QStringView text,
                            const std::array<std::pair<Enum, QStringView>, N> &names)
{
    for (const auto &[e, name] : names) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ActorKind, QStringView>, 5> actorKindNames {{
        {ActorKind::Group, u"group"},
        {ActorKind::Organization, u"organization"},
        {ActorKind::Person, u"person"},
        {ActorKind::Media, u"media"},
        {ActorKind::Government, u"government"},
}};

constexpr std::array<std::pair<SourceKind, QStringView>, 7> sourceKindNames {{
        {SourceKind::Report, u"report"},
        {SourceKind::Article, u"article"},
        {SourceKind::Post, u"post"},
        {SourceKind::Statement, u"statement"},
        {SourceKind::Remarks, u"remarks"},
        {SourceKind::Filing, u"filing"},
        {SourceKind::Other, u"other"},
}};

constexpr std::array<std::pair<Stance, QStringView>, 5> stanceNames {{
        {Stance::Claim, u"claim"},
        {Stance::Denial, u"denial"},
        {Stance::Context, u"context"},
        {Stance::Reaction, u"reaction"},
        {Stance::Status, u"status"},
}};

template<typename T>
bool indexMatches(const QList<T> &items, const IdIndex &index)
{
    if (index.size() != items.size())
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (index.find(items, items.at(i).id) != i)
            return false;
    }
    return true;
}

template<typename T>
const T *lookup(const QList<T> &items, const IdIndex &index, const QString &id)
{
    const qsizetype i = index.find(items, id);
    return i < 0 ? nullptr : &items.at(i);
}

} // namespace

QString toString(ActorKind kind)
{
    return nameOf(kind, actorKindNames);
}

QString toString(SourceKind kind)
{
    return nameOf(kind, sourceKindNames);
}

QString toString(Stance stance)
{
    return nameOf(stance, stanceNames);
}

std::optional<ActorKind> actorKindFromString(QStringView text)
{
    return valueOf(text, actorKindNames);
}

std::optional<SourceKind> sourceKindFromString(QStringView text)
{
    return valueOf(text, sourceKindNames);
}

std::optional<Stance> stanceFromString(QStringView text)
{
    return valueOf(text, stanceNames);
}

QString stanceLabel(Stance stance)
{
    switch (stance) {
    case Stance::Claim:
        return QCoreApplication::translate("Stance", "claim");
    case Stance::Denial:
        return QCoreApplication::translate("Stance", "denial");
    case Stance::Context:
        return QCoreApplication::translate("Stance", "context");
    case Stance::Reaction:
        return QCoreApplication::translate("Stance", "reaction");
    case Stance::Status:
        return QCoreApplication::translate("Stance", "status");
    }
    return {};
}

QString actorKindLabel(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Group:
        return QCoreApplication::translate("ActorKind", "group");
    case ActorKind::Organization:
        return QCoreApplication::translate("ActorKind", "organization");
    case ActorKind::Person:
        return QCoreApplication::translate("ActorKind", "person");
    case ActorKind::Media:
        return QCoreApplication::translate("ActorKind", "media");
    case ActorKind::Government:
        return QCoreApplication::translate("ActorKind", "government");
    }
    return {};
}

QString sourceKindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Unspecified:
        return {};
    case SourceKind::Report:
        return QCoreApplication::translate("SourceKind", "report");
    case SourceKind::Article:
        return QCoreApplication::translate("SourceKind", "article");
    case SourceKind::Post:
        return QCoreApplication::translate("SourceKind", "post");
    case SourceKind::Statement:
        return QCoreApplication::translate("SourceKind", "statement");
    case SourceKind::Remarks:
        return QCoreApplication::translate("SourceKind", "remarks");
    case SourceKind::Filing:
        return QCoreApplication::translate("SourceKind", "filing");
    case SourceKind::Other:
        return QCoreApplication::translate("SourceKind", "other");
    }
    return {};
}

bool operator==(const Actor &a, const Actor &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.parent == b.parent
            && a.role == b.role && a.country == b.country && a.description == b.description
            && a.aliases == b.aliases;
}

bool operator==(const Source &a, const Source &b)
{
    return a.id == b.id && a.title == b.title && a.kind == b.kind && a.author == b.author
            && a.publisher == b.publisher && a.date == b.date && a.url == b.url
            && a.reliability == b.reliability && a.note == b.note;
}

bool operator==(const Statement &a, const Statement &b)
{
    return a.id == b.id && a.actor == b.actor && a.stance == b.stance && a.date == b.date
            && a.text == b.text && a.quote == b.quote && a.sources == b.sources
            && a.about == b.about && a.respondsTo == b.respondsTo && a.credibility == b.credibility;
}

bool operator==(const Dataset &a, const Dataset &b)
{
    return a.format == b.format && a.id == b.id && a.title == b.title && a.summary == b.summary
            && a.language == b.language && a.asOf == b.asOf && a.actors == b.actors
            && a.sources == b.sources && a.statements == b.statements;
}

const Actor *Dataset::actor(const QString &id) const
{
    return lookup(actors, m_actorIndex, id);
}

const Source *Dataset::source(const QString &id) const
{
    return lookup(sources, m_sourceIndex, id);
}

const Statement *Dataset::statement(const QString &id) const
{
    return lookup(statements, m_statementIndex, id);
}

qsizetype Dataset::statementPosition(const Statement &statement) const
{
    const std::less<const Statement *> before;
    const Statement *first = statements.constData();
    if (!before(&statement, first) && before(&statement, first + statements.size()))
        return &statement - first;
    return statementIndex(statement.id);
}

void Dataset::rebuildIndex()
{
    m_actorIndex = IdIndex::of(actors);
    m_sourceIndex = IdIndex::of(sources);
    m_statementIndex = IdIndex::of(statements);
}

bool Dataset::isIndexCurrent() const
{
    return indexMatches(actors, m_actorIndex) && indexMatches(sources, m_sourceIndex)
            && indexMatches(statements, m_statementIndex);
}

void Dataset::ensureIndex()
{
    if (!isIndexCurrent())
        rebuildIndex();
}

QStringList Dataset::actorIdsInTreeOrder() const
{
    QHash<QString, QStringList> children;
    QStringList roots;
    for (const Actor &a : actors) {
        if (a.parent.isEmpty() || !actor(a.parent))
            roots.append(a.id);
        else
            children[a.parent].append(a.id);
    }
    QStringList order;
    order.reserve(actors.size());
    QStringList stack(roots.crbegin(), roots.crend());
    // A valid dataset has no cycle; the size guard only keeps a bad one from looping.
    while (!stack.isEmpty() && order.size() < actors.size()) {
        const QString id = stack.takeLast();
        order.append(id);
        const QStringList &kids = children[id];
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return order;
}
