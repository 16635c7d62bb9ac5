#pragma once

#include "models/edtfdate.h"
#include "models/idindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The plain values of a dispute dataset (format "dispute-explorer/1"), as read from JSON.
// No Qt object, no model: cheap to copy, compare and merge.

enum class ActorKind { Group, Organization, Person, Media, Government };
enum class SourceKind { Unspecified, Report, Article, Post, Statement, Remarks, Filing, Other };
enum class Stance { Claim, Denial, Context, Reaction, Status };

// The JSON names of the enumerations, and back. fromString returns nullopt for unknown text.
QString toString(ActorKind kind);
QString toString(SourceKind kind);
QString toString(Stance stance);
std::optional<ActorKind> actorKindFromString(QStringView text);
std::optional<SourceKind> sourceKindFromString(QStringView text);
std::optional<Stance> stanceFromString(QStringView text);
// The enumerations as translated lower-case words for people: "claim", "person", "article".
// A source of unspecified kind has no word.
QString stanceLabel(Stance stance);
QString actorKindLabel(ActorKind kind);
QString sourceKindLabel(SourceKind kind);

struct Actor
{
    QString id;
    QString name;
    ActorKind kind = ActorKind::Organization;
    QString parent; // empty for a root
    QString role;
    QString country; // ISO 3166 alpha-2
    QString description;
    QStringList aliases;

    friend bool operator==(const Actor &a, const Actor &b);
    friend bool operator!=(const Actor &a, const Actor &b) { return !(a == b); }
};

struct Source
{
    QString id;
    QString title;
    SourceKind kind = SourceKind::Unspecified;
    QString author;    // actor id
    QString publisher; // actor id
    std::optional<EdtfDate> date;
    QString url;       // http or https only
    QChar reliability; // Admiralty source grade 'A'..'F'; null when ungraded
    QString note;

    friend bool operator==(const Source &a, const Source &b);
    friend bool operator!=(const Source &a, const Source &b) { return !(a == b); }
};

struct Statement
{
    QString id;
    QString actor; // actor id
    Stance stance = Stance::Claim;
    EdtfDate date;
    QString text;
    QString quote;
    QStringList sources;    // source ids
    QStringList about;      // actor ids
    QStringList respondsTo; // statement ids
    int credibility = 0;    // Admiralty information grade 1..6; 0 when ungraded

    friend bool operator==(const Statement &a, const Statement &b);
    friend bool operator!=(const Statement &a, const Statement &b) { return !(a == b); }
};

// Plain values: a list moves them in memory without moving them one by one (Qt's containers,
// QDate and EdtfDate hold no pointer into themselves).
Q_DECLARE_TYPEINFO(Actor, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Statement, Q_RELOCATABLE_TYPE);

struct Dataset
{
    static constexpr QStringView currentFormat = u"dispute-explorer/1";

    QString format = currentFormat.toString();
    QString id;
    QString title;
    QString summary;
    QString language;
    std::optional<EdtfDate> asOf;
    QList<Actor> actors;
    QList<Source> sources;
    QList<Statement> statements;

    // Position of an id in its list (the first, should it repeat), or -1. Valid after
    // rebuildIndex().
    qsizetype actorIndex(const QString &id) const { return m_actorIndex.find(actors, id); }
    qsizetype sourceIndex(const QString &id) const { return m_sourceIndex.find(sources, id); }
    qsizetype statementIndex(const QString &id) const
    {
        return m_statementIndex.find(statements, id);
    }
    const Actor *actor(const QString &id) const;
    const Source *source(const QString &id) const;
    const Statement *statement(const QString &id) const;
    // The position of one of the statements: from its address when it is an item of the list
    // (no lookup), else from its id.
    qsizetype statementPosition(const Statement &statement) const;
    // The statements' positions by id, to share with a list kept in the statements' order
    // (IdIndex::find() needs the statements).
    const IdIndex &statementPositions() const { return m_statementIndex; }

    // Actor ids depth first from the roots (actors with no parent, or an unknown one), children
    // in dataset order: the order of the actor tree.
    QStringList actorIdsInTreeOrder() const;

    // Recomputes the id lookups; call after changing the lists.
    void rebuildIndex();
    // How many different ids each lookup holds: fewer than the list's items when an id repeats.
    qsizetype distinctActorIds() const { return m_actorIndex.size(); }
    qsizetype distinctSourceIds() const { return m_sourceIndex.size(); }
    qsizetype distinctStatementIds() const { return m_statementIndex.size(); }
    // Whether the id lookups give every item's position, each id once (a dataset with a
    // repeated id never has a current index).
    bool isIndexCurrent() const;
    // Rebuilds the lookups unless they are current, so that copies of the dataset go on sharing
    // them (checking and rebuilding each take about 18 ms for 100k statements).
    void ensureIndex();

    // Equal content; the lookups are derived and not compared.
    friend bool operator==(const Dataset &a, const Dataset &b);
    friend bool operator!=(const Dataset &a, const Dataset &b) { return !(a == b); }

private:
    IdIndex m_actorIndex;
    IdIndex m_sourceIndex;
    IdIndex m_statementIndex;
};
