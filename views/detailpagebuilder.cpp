#include "views/detailpagebuilder.h"

#include "models/listtext.h"
#include "views/stancestyle.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DetailDocument)
};

constexpr int excerptLength = 90;
constexpr int shownPerList = 10; // entries of a list in the pane; the rest are counted

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString excerpt(const QString &text)
{
    if (text.size() <= excerptLength)
        return text;
    return text.left(excerptLength - 1).trimmed() + u'…';
}

QString badge(Stance stance)
{
    return u"<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
            StanceStyle::color(stance).name(), StanceStyle::textColorOn(stance).name(),
            escaped(StanceStyle::label(stance).toUpper()));
}

} // namespace

QString DetailPageBuilder::actorName(const QString &actorId) const
{
    const Actor *actor = m_dataset.actor(actorId);
    return actor ? actor->name : actorId;
}

QString DetailPageBuilder::actorAnchor(const QString &actorId) const
{
    return u"<a href=\"%1\">%2</a>"_s.arg(DetailDocument::actorLink(actorId),
                                          escaped(actorName(actorId)));
}

QString DetailPageBuilder::statementReference(const Statement &statement) const
{
    return u"<a href=\"%1\">%2 %3: %4</a>"_s.arg(
            DetailDocument::statementLink(statement.id), badge(statement.stance),
            escaped(actorName(statement.actor)), escaped(excerpt(statement.text)));
}

QString DetailPageBuilder::sourceLine(const Statement &statement) const
{
    QStringList parts;
    for (const QString &sourceId : statement.sources) {
        const Source *source = m_dataset.source(sourceId);
        if (!source)
            continue;
        QStringList facts;
        if (const QString kind = sourceKindLabel(source->kind); !kind.isEmpty())
            facts.append(kind);
        facts.append(source->reliability.isNull()
                             ? Text::tr("ungraded")
                             : Text::tr("reliability %1").arg(source->reliability));
        // A source with an address links to it through the pane, which hands it to the desktop;
        // the address itself is never a link of the page.
        QString part = source->url.isEmpty()
                ? escaped(source->title)
                : u"<a href=\"%1\">%2</a>"_s.arg(DetailDocument::sourceLink(source->id),
                                                 escaped(Text::tr("%1 ↗",
                                                                  "a link that opens "
                                                                  "the web page of a "
                                                                  "source")
                                                                 .arg(source->title)));
        part += u" ("_s + escaped(joinedList(facts)) + u')';
        if (!source->note.isEmpty())
            part += u" — "_s + escaped(source->note);
        parts.append(part);
    }
    if (parts.isEmpty())
        return {};
    return u"<p><b>%1</b></p><ul style=\"margin-top:0px\"><li>%2</li></ul>"_s.arg(
            escaped(Text::tr("Sources:")), parts.join(u"</li><li>"_s));
}

QString DetailPageBuilder::statementBlock(const Statement &statement, bool showActor) const
{
    QString html = u"<a name=\"%1\"></a><p>%2 <b>%3</b>"_s.arg(
            DetailDocument::statementLink(statement.id), badge(statement.stance),
            escaped(statement.date.toDisplayString()));
    if (showActor)
        html += u" · "_s + actorAnchor(statement.actor);
    if (statement.credibility > 0)
        html += u" · "_s + escaped(Text::tr("credibility %1").arg(statement.credibility));
    html += u"</p><p>"_s + escaped(statement.text) + u"</p>"_s;
    if (!statement.quote.isEmpty()) {
        html += u"<p><i>"_s + escaped(Text::tr("“%1”", "a verbatim quote").arg(statement.quote))
                + u"</i></p>"_s;
    }
    html += sourceLine(statement);
    if (statement.stance == Stance::Claim)
        html += evidenceLine(statement);
    for (const QString &targetId : statement.respondsTo) {
        if (const Statement *target = m_dataset.statement(targetId)) {
            html += u"<p><b>%1</b> %2</p>"_s.arg(escaped(Text::tr("Responds to:")),
                                                 statementReference(*target));
        }
    }
    const qsizetype position = m_dataset.statementPosition(statement);
    const QList<const Statement *> answers = position < 0
            ? QList<const Statement *>()
            : answersTo(m_dataset, *m_index.links, position);
    for (const Statement *answer : answers) {
        QString lag;
        if (statement.stance == Stance::Claim)
            lag = u" ("_s
                    + escaped(Text::tr("lag: %1").arg(
                            answerLag(statement.date, answer->date).toText()))
                    + u')';
        html += u"<p><b>%1</b> %2%3</p>"_s.arg(escaped(Text::tr("Answered by:")),
                                               statementReference(*answer), lag);
    }
    if (statement.stance == Stance::Claim)
        html += silentSubjects(statement);
    if (statement.stance == Stance::Claim && answers.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(
                escaped(Text::tr("No denial or reaction answers this claim.")));

    // A table is what gives the selected statement its background; laying tables out is slow,
    // so the others are plain blocks, indented as far as the table's padding.
    if (statement.id != m_selected)
        return u"<div style=\"margin-left:4px; margin-right:4px\">%1</div>"_s.arg(html);
    return u"<table width=\"100%\" cellpadding=\"4\" cellspacing=\"0\" border=\"0\"><tr><td bgcolor=\"%1\">%2</td></tr></table>"_s
            .arg(m_options.highlight.name(), html);
}

QString DetailPageBuilder::evidenceLine(const Statement &claim) const
{
    const ClaimAnalysis *analysis = m_index.analysisOf(m_dataset.statementPosition(claim));
    if (!analysis)
        return {};
    return u"<p><b>%1</b> %2</p>"_s.arg(escaped(Text::tr("Evidence:")),
                                        escaped(analysis->evidence.toText()));
}

// The parties the claim is about who never answered it, when somebody else did.
QString DetailPageBuilder::silentSubjects(const Statement &claim) const
{
    const ClaimAnalysis *analysis = m_index.analysisOf(m_dataset.statementPosition(claim));
    if (!analysis || analysis->silentSubjects.isEmpty() || analysis->isUnanswered())
        return {};
    QStringList silent;
    for (const QString &actorId : analysis->silentSubjects)
        silent.append(actorAnchor(actorId));
    return u"<p><b>%1</b> %2</p>"_s.arg(escaped(Text::tr("Never answered by:")),
                                        joinedList(silent));
}

QString DetailPageBuilder::unansweredClaims() const
{
    QStringList items;
    int count = 0;
    for (const ClaimAnalysis &analysis : m_index.analyses) {
        if (!analysis.isUnanswered())
            continue;
        if (++count <= shownPerList || analysis.claim->id == m_selected)
            items.append(statementReference(*analysis.claim));
    }
    if (count == 0)
        return {};
    QString html = u"<h3>%1</h3><ul><li>%2</li></ul>"_s.arg(
            escaped(Text::tr("Claims nobody answered (%1)").arg(count)),
            items.join(u"</li><li>"_s));
    return html + notShown(count - int(items.size()));
}

// A list longer than shownPerList shows its first entries (and the selected statement): a
// document of every statement of a big dataset would take the pane seconds to lay out.
QString DetailPageBuilder::notShown(int count)
{
    if (count <= 0)
        return {};
    return u"<p><i>%1</i></p>"_s.arg(escaped(
            Text::tr("%n more not shown here: the search, the timeline and the stance matrix "
                     "find them.",
                     nullptr, count)));
}

// Only the entries shown are put in date order (equal dates keep the list's order): sorting all
// of them took the overview of 40,000 claims 30 ms.
QString DetailPageBuilder::groupedByStance(const QList<const Statement *> &statements,
                                           bool showActor) const
{
    const auto earlier = [&statements](qsizetype a, qsizetype b) {
        const EdtfDate &first = statements.at(a)->date;
        const EdtfDate &second = statements.at(b)->date;
        if (first < second)
            return true;
        if (second < first)
            return false;
        return a < b;
    };
    std::array<QList<qsizetype>, std::size_t(Stance::Status) + 1> byStance;
    for (qsizetype i = 0; i < statements.size(); ++i)
        byStance.at(std::size_t(statements.at(i)->stance)).append(i);
    QString html;
    for (const Stance stance : StanceStyle::allStances()) {
        QList<qsizetype> &positions = byStance.at(std::size_t(stance));
        if (positions.isEmpty())
            continue;
        const auto firstNotShown
                = positions.begin() + std::min(positions.size(), qsizetype(shownPerList));
        std::partial_sort(positions.begin(), firstNotShown, positions.end(), earlier);
        // The selected statement, when later than the first ones, comes after all of them.
        const auto selected = std::find_if(firstNotShown, positions.end(), [&](qsizetype at) {
            return statements.at(at)->id == m_selected;
        });
        QString group;
        int shown = 0;
        for (auto at = positions.begin(); at != firstNotShown; ++at, ++shown)
            group += statementBlock(*statements.at(*at), showActor);
        if (selected != positions.end()) {
            group += statementBlock(*statements.at(*selected), showActor);
            ++shown;
        }
        html += u"<h4>%1 (%2)</h4>"_s.arg(escaped(StanceStyle::pluralLabel(stance)))
                        .arg(positions.size())
                + group + notShown(int(positions.size()) - shown);
    }
    return html;
}

QStringList DetailPageBuilder::memberAnchors(const Actor &actor) const
{
    QStringList members;
    for (const Actor &other : m_dataset.actors) {
        if (other.parent == actor.id)
            members.append(actorAnchor(other.id));
    }
    return members;
}

QString DetailPageBuilder::actorHeading(const Actor &actor, const QStringList &members) const
{
    QString html = u"<h2>"_s + escaped(actor.name) + u"</h2>"_s;
    QStringList facts {actorKindLabel(actor.kind)};
    if (!actor.role.isEmpty())
        facts.append(actor.role);
    if (!actor.country.isEmpty())
        facts.append(actor.country);
    html += u"<p>"_s + escaped(facts.join(u" · "_s));
    if (!actor.parent.isEmpty())
        html += u" · "_s + escaped(Text::tr("part of")) + u' ' + actorAnchor(actor.parent);
    html += u"</p>"_s;
    if (!actor.aliases.isEmpty()) {
        html += u"<p>"_s + escaped(Text::tr("Also known as: %1").arg(joinedList(actor.aliases)))
                + u"</p>"_s;
    }
    if (!actor.description.isEmpty())
        html += u"<p>"_s + escaped(actor.description) + u"</p>"_s;
    if (!members.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(escaped(Text::tr("Includes:")), joinedList(members));
    return html;
}

QString DetailPageBuilder::actorPage(const Actor &actor,
                                     const DetailDocument::ActorIndex &index) const
{
    const QStringList members = memberAnchors(actor);
    QString html = actorHeading(actor, members);
    const QList<const Statement *> said = index.saidBy.value(actor.id);
    const QList<const Statement *> about = index.saidAbout.value(actor.id);
    if (!said.isEmpty()) {
        html += u"<h3>"_s + escaped(Text::tr("What %1 said").arg(actor.name)) + u"</h3>"_s
                + groupedByStance(said, false);
    }
    if (!about.isEmpty()) {
        html += u"<h3>"_s + escaped(Text::tr("What was said about %1").arg(actor.name)) + u"</h3>"_s
                + groupedByStance(about, true);
    }
    if (said.isEmpty() && about.isEmpty() && members.isEmpty())
        html += u"<p><i>"_s + escaped(Text::tr("No statement by or about this actor."))
                + u"</i></p>"_s;
    return html;
}

// The selected statement is on the actor's page when the actor said it or it is about the actor;
// the page then opens at its entry.
QString DetailPageBuilder::actorPageTop(const Actor &actor) const
{
    if (const Statement *selected = m_dataset.statement(m_selected)) {
        if (selected->actor == actor.id)
            return statementBlock(*selected, false);
        if (selected->about.contains(actor.id))
            return statementBlock(*selected, true);
    }
    return actorHeading(actor, memberAnchors(actor));
}

QString DetailPageBuilder::overviewHeading() const
{
    QString html = u"<h2>"_s + escaped(m_dataset.title) + u"</h2>"_s;
    if (m_dataset.asOf)
        html += u"<p>"_s + escaped(Text::tr("As of %1").arg(m_dataset.asOf->toDisplayString()))
                + u"</p>"_s;
    if (!m_dataset.summary.isEmpty())
        html += u"<p>"_s + escaped(m_dataset.summary) + u"</p>"_s;
    html += u"<p><i>"_s
            + escaped(Text::tr("Select an actor in the tree or a mark on the timeline to see what "
                               "was said, by whom, and on which evidence."))
            + u"</i></p>"_s;
    return html;
}

QString DetailPageBuilder::overview() const
{
    QString html = overviewHeading();
    QList<const Statement *> claims;
    for (const Statement &statement : m_dataset.statements) {
        if (statement.stance == Stance::Claim)
            claims.append(&statement);
    }
    html += unansweredClaims();
    if (!claims.isEmpty()) {
        html += u"<h3>"_s + escaped(Text::tr("Claims and their answers")) + u"</h3>"_s
                + groupedByStance(claims, true);
    }
    return html;
}
