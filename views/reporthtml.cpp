#include "views/reporthtml.h"

#include "models/admiraltygrade.h"
#include "models/claimanalysis.h"
#include "models/listtext.h"
#include "views/reportmatrix.h"
#include "views/stancestyle.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ReportHtml::element;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// An actor tree deeper than this is cut short; the validator refuses deeper ones anyway.
constexpr int maxOutlineDepth = 64;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QList<const Statement *> inDateOrder(QList<const Statement *> statements)
{
    std::stable_sort(statements.begin(), statements.end(),
                     [](const Statement *a, const Statement *b) { return a->date < b->date; });
    return statements;
}

QString header(const Dataset &dataset)
{
    QString html = element(u"h1", u"title", escaped(dataset.title));
    if (!dataset.summary.isEmpty())
        html += element(u"p", u"summary", escaped(dataset.summary));
    QStringList facts;
    if (dataset.asOf)
        facts.append(Text::tr("As of %1").arg(dataset.asOf->toDisplayString()));
    facts.append(Text::tr("%n actor(s)", nullptr, int(dataset.actors.size())));
    facts.append(Text::tr("%n statement(s)", nullptr, int(dataset.statements.size())));
    facts.append(Text::tr("%n source(s)", nullptr, int(dataset.sources.size())));
    return html + element(u"p", u"facts", escaped(facts.join(u" · "_s)));
}

QString chartHeading()
{
    return element(u"h2", u"section", escaped(Text::tr("Timeline")));
}

// Builds the sections; holds the reverse links ("answered by") computed once.
class ReportBuilder
{
public:
    explicit ReportBuilder(const Dataset &dataset)
        : m_dataset(dataset)
    {
        for (const Statement &statement : dataset.statements) {
            m_statements.append(&statement);
            for (const QString &target : statement.respondsTo)
                m_answeredBy[target].append(&statement);
        }
        for (const Actor &actor : dataset.actors) {
            if (dataset.actorIndex(actor.parent) >= 0)
                m_children[actor.parent].append(&actor);
        }
        m_analyses = analyseClaims(dataset);
        for (const ClaimAnalysis &analysis : std::as_const(m_analyses))
            m_analysisOf.insert(analysis.claim->id, &analysis);
        m_statements = inDateOrder(m_statements);
    }

    QString chart(const QStringList &paragraphs) const;
    QString actors() const;
    QString unansweredClaims() const;
    QString matrix() const { return ReportMatrix::html(m_dataset, m_analyses); }
    QString claims() const;
    QString otherStatements() const;
    QString sources() const;

private:
    QString actorName(const QString &actorId) const;
    QString actorItem(const Actor &actor, int depth) const;
    QString statementBlock(const Statement &statement, QStringView cssPrefix,
                           const Statement *answeredClaim = nullptr) const;
    QString sourceList(const Statement &statement) const;
    bool answersClaim(const Statement &statement) const;

    const Dataset &m_dataset;
    QList<const Statement *> m_statements; // in date order
    QHash<QString, QList<const Statement *>> m_answeredBy;
    QHash<QString, QList<const Actor *>> m_children;
    QList<ClaimAnalysis> m_analyses;
    QHash<QString, const ClaimAnalysis *> m_analysisOf;
};

QString ReportBuilder::actorName(const QString &actorId) const
{
    const Actor *actor = m_dataset.actor(actorId);
    return actor ? actor->name : actorId;
}

QString ReportBuilder::chart(const QStringList &paragraphs) const
{
    QString html = chartHeading() + paragraphs.join(QString());
    QStringList legend;
    for (const Stance stance : StanceStyle::allStances()) {
        legend.append(u"<span style=\"color:%1\">%2</span>&nbsp;%3"_s.arg(
                StanceStyle::color(stance).name(), StanceStyle::symbol(stance),
                escaped(StanceStyle::label(stance))));
    }
    html += element(u"p", u"legend", legend.join(u" &nbsp; "_s));
    return html
            + element(u"p", u"note",
                      escaped(Text::tr("One lane per actor. A point is a statement dated to "
                                       "the day; a bar spans a coarser or uncertain date, "
                                       "dashed where an end is open or unknown.")));
}

QString ReportBuilder::actorItem(const Actor &actor, int depth) const
{
    QStringList facts {actorKindLabel(actor.kind)};
    if (!actor.role.isEmpty())
        facts.append(actor.role);
    if (!actor.country.isEmpty())
        facts.append(actor.country);
    QString html = u"<li><b>%1</b> — %2"_s.arg(escaped(actor.name), escaped(facts.join(u" · "_s)));
    if (!actor.aliases.isEmpty())
        html += u". "_s + escaped(Text::tr("Also known as: %1").arg(actor.aliases.join(u", "_s)));
    if (!actor.description.isEmpty())
        html += u". "_s + escaped(actor.description);
    const QList<const Actor *> children = m_children.value(actor.id);
    if (!children.isEmpty() && depth < maxOutlineDepth) {
        html += u"\n<ul>\n"_s;
        for (const Actor *child : children)
            html += actorItem(*child, depth + 1);
        html += u"</ul>"_s;
    }
    return html + u"</li>\n"_s;
}

QString ReportBuilder::actors() const
{
    QString html = element(u"h2", u"section", escaped(Text::tr("Actors")));
    html += u"<ul class=\"actors\">\n"_s;
    for (const Actor &actor : m_dataset.actors) {
        if (m_dataset.actorIndex(actor.parent) < 0)
            html += actorItem(actor, 0);
    }
    return html + u"</ul>\n"_s;
}

QString ReportBuilder::sourceList(const Statement &statement) const
{
    QStringList parts;
    for (const QString &sourceId : statement.sources) {
        const Source *source = m_dataset.source(sourceId);
        if (!source)
            continue;
        QStringList facts;
        if (const QString kind = sourceKindLabel(source->kind); !kind.isEmpty())
            facts.append(kind);
        facts.append(AdmiraltyGrade::reliabilityLabel(source->reliability));
        parts.append(Text::tr("%1 (%2)", "source title, then its kind and grade")
                             .arg(source->title, joinedList(facts)));
    }
    if (parts.isEmpty())
        return {};
    return Text::tr("Sources: %1").arg(parts.join(u"; "_s));
}

QString ReportBuilder::statementBlock(const Statement &statement, QStringView cssPrefix,
                                      const Statement *answeredClaim) const
{
    QStringList facts {statement.date.toDisplayString(), actorName(statement.actor)};
    if (answeredClaim)
        facts.append(
                Text::tr("lag: %1").arg(answerLag(answeredClaim->date, statement.date).toText()));
    if (statement.credibility > 0)
        facts.append(Text::tr("credibility %1")
                             .arg(AdmiraltyGrade::credibilityLabel(statement.credibility)));
    const QString head = u"<span style=\"color:%1\">%2</span> <b>%3</b> · %4"_s.arg(
            StanceStyle::color(statement.stance).name(), StanceStyle::symbol(statement.stance),
            escaped(StanceStyle::label(statement.stance).toUpper()), escaped(facts.join(u" · "_s)));
    const QString prefix = cssPrefix.toString();
    QString html = element(
            u"p", QString(prefix + u"head"_s),
            u"<a name=\"%1\"></a>"_s.arg(escaped(ReportHtml::statementAnchor(statement.id)))
                    + head);
    html += element(u"p", QString(prefix + u"text"_s), escaped(statement.text));
    if (!statement.quote.isEmpty()) {
        html += element(u"p", QString(prefix + u"quote"_s),
                        escaped(Text::tr("“%1”", "a verbatim quote").arg(statement.quote)));
    }
    if (const QString sources = sourceList(statement); !sources.isEmpty())
        html += element(u"p", QString(prefix + u"sources"_s), escaped(sources));
    return html;
}

QString ReportBuilder::claims() const
{
    QString html = element(u"h2", u"section", escaped(Text::tr("Claims and their answers")));
    int count = 0;
    for (const Statement *claim : m_statements) {
        if (claim->stance != Stance::Claim)
            continue;
        ++count;
        html += statementBlock(*claim, u"claim-");
        const ClaimAnalysis *analysis = m_analysisOf.value(claim->id);
        if (analysis) {
            html += element(u"p", u"claim-evidence",
                            escaped(Text::tr("Evidence: %1").arg(analysis->evidence.toText())));
        }
        const QList<const Statement *> answers = inDateOrder(m_answeredBy.value(claim->id));
        if (answers.isEmpty()) {
            html += element(u"p", u"unanswered",
                            escaped(Text::tr("No denial or reaction in the data answers this "
                                             "claim.")));
        }
        for (const Statement *answer : answers)
            html += statementBlock(*answer, u"answer-", claim);
        if (analysis && !analysis->isUnanswered() && !analysis->silentSubjects.isEmpty()) {
            QStringList silent;
            for (const QString &actorId : analysis->silentSubjects)
                silent.append(actorName(actorId));
            html += element(u"p", u"silent",
                            escaped(Text::tr("Never answered by: %1").arg(silent.join(u", "_s))));
        }
    }
    if (count == 0)
        html += element(u"p", u"empty", escaped(Text::tr("The data holds no claim.")));
    return html;
}

QString ReportBuilder::unansweredClaims() const
{
    QString items;
    for (const ClaimAnalysis &analysis : m_analyses) {
        if (!analysis.isUnanswered())
            continue;
        const Statement &claim = *analysis.claim;
        items += u"<li>"_s
                + escaped(Text::tr("%1 · %2: %3")
                                  .arg(claim.date.toDisplayString(), actorName(claim.actor),
                                       claim.text))
                + u"</li>\n"_s;
    }
    if (items.isEmpty())
        return {};
    return element(u"h2", u"section", escaped(Text::tr("Claims nobody answered")))
            + u"<ul class=\"unanswered-claims\">\n"_s + items + u"</ul>\n"_s;
}

bool ReportBuilder::answersClaim(const Statement &statement) const
{
    return std::any_of(statement.respondsTo.cbegin(), statement.respondsTo.cend(),
                       [this](const QString &target) {
                           const Statement *answered = m_dataset.statement(target);
                           return answered && answered->stance == Stance::Claim;
                       });
}

QString ReportBuilder::otherStatements() const
{
    QString html;
    for (const Statement *statement : m_statements) {
        if (statement->stance == Stance::Claim || answersClaim(*statement))
            continue;
        html += statementBlock(*statement, u"other-");
    }
    if (html.isEmpty())
        return {};
    return element(u"h2", u"section", escaped(Text::tr("Context and status"))) + html;
}

QString ReportBuilder::sources() const
{
    QString html = element(u"h2", u"section", escaped(Text::tr("Sources")));
    if (m_dataset.sources.isEmpty())
        return html + element(u"p", u"empty", escaped(Text::tr("The data names no source.")));
    QHash<QString, int> citations;
    for (const Statement &statement : m_dataset.statements) {
        for (const QString &sourceId : statement.sources)
            ++citations[sourceId];
    }
    for (const Source &source : m_dataset.sources) {
        QStringList facts;
        if (const QString kind = sourceKindLabel(source.kind); !kind.isEmpty())
            facts.append(kind);
        QStringList by;
        for (const QString &actorId : {source.author, source.publisher}) {
            if (!actorId.isEmpty() && !by.contains(actorName(actorId)))
                by.append(actorName(actorId));
        }
        if (!by.isEmpty())
            facts.append(Text::tr("by %1").arg(by.join(u", "_s)));
        if (source.date)
            facts.append(source.date->toDisplayString());
        facts.append(Text::tr("reliability %1")
                             .arg(AdmiraltyGrade::reliabilityLabel(source.reliability)));
        facts.append(Text::tr("cited by %n statement(s)", nullptr, citations.value(source.id)));
        html += element(
                u"p", u"source-head",
                u"<a name=\"%1\"></a><b>%2</b>"_s.arg(escaped(ReportHtml::sourceAnchor(source.id)),
                                                      escaped(source.title)));
        html += element(u"p", u"source-facts", escaped(facts.join(u" · "_s)));
        if (!source.note.isEmpty())
            html += element(u"p", u"source-note", escaped(source.note));
        if (!source.url.isEmpty())
            html += element(u"p", u"source-url", escaped(source.url));
    }
    return html;
}

} // namespace

namespace ReportHtml {

QString element(QStringView tag, QStringView cssClass, const QString &html)
{
    return u"<%1 class=\"%2\">%3</%1>\n"_s.arg(tag, cssClass, html);
}

QString statementAnchor(const QString &statementId)
{
    return u"statement-"_s + statementId;
}

QString sourceAnchor(const QString &sourceId)
{
    return u"source-"_s + sourceId;
}

bool startsEntry(const QString &anchorName)
{
    return anchorName.startsWith(statementAnchor(QString()))
            || anchorName.startsWith(sourceAnchor(QString()));
}

QString chartElement(const QSize &size, int slice)
{
    return u"<img src=\"%1#%2\" width=\"%3\" height=\"%4\" alt=\"%5\"/>"_s.arg(chartSource)
            .arg(slice)
            .arg(size.width())
            .arg(size.height())
            .arg(escaped(Text::tr("Timeline of the statements")));
}

QString chartParagraph(const QString &chartHtml, bool startsPage)
{
    if (startsPage)
        return u"<p class=\"chart\" style=\"page-break-before: always\">%1</p>\n"_s.arg(chartHtml);
    return element(u"p", u"chart", chartHtml);
}

int chartSliceOf(const QString &imageName)
{
    const QString prefix = chartSource + u'#';
    if (!imageName.startsWith(prefix))
        return -1;
    bool ok = false;
    const int slice = QStringView(imageName).mid(prefix.size()).toInt(&ok);
    return ok ? slice : -1;
}

QString beforeChart(const Dataset &dataset)
{
    return header(dataset) + chartHeading();
}

QString body(const Dataset &dataset, const QStringList &chartParagraphs)
{
    const ReportBuilder builder(dataset);
    return header(dataset) + builder.chart(chartParagraphs) + builder.unansweredClaims()
            + builder.matrix() + builder.actors() + builder.claims() + builder.otherStatements()
            + builder.sources();
}

QString styleSheet()
{
    return uR"(body { color: #000000; background-color: #ffffff; }
p { margin-top: 0px; margin-bottom: 0px; }
h1.title { font-size: 20pt; margin-bottom: 6px; }
h2.section { font-size: 14pt; margin-top: 18px; margin-bottom: 6px; }
p.facts, p.note, p.legend { color: #333333; margin-top: 6px; }
p.chart { margin-top: 8px; }
p.note { font-size: 8pt; }
p.claim-head { margin-top: 14px; font-size: 11pt; }
p.answer-head, p.answer-text, p.answer-quote, p.answer-sources, p.unanswered { margin-left: 28px; }
p.answer-head { margin-top: 8px; }
p.claim-text, p.answer-text, p.other-text { margin-top: 3px; }
p.other-head { margin-top: 10px; }
p.claim-quote, p.answer-quote, p.other-quote { font-style: italic; margin-top: 2px; }
p.claim-sources, p.answer-sources, p.other-sources { font-size: 8pt; color: #333333; margin-top: 2px; }
p.unanswered { font-style: italic; font-weight: bold; margin-top: 4px; }
p.source-head { margin-top: 10px; }
p.source-facts, p.source-note, p.source-url { margin-top: 2px; }
p.source-url { font-size: 8pt; }
p.claim-evidence { font-size: 8pt; color: #333333; margin-top: 2px; }
p.silent { margin-left: 28px; margin-top: 6px; font-weight: bold; }
table.matrix { border-collapse: collapse; border-color: #666666; font-size: 7pt; margin-top: 6px; }
table.matrix th { text-align: left; background-color: #eeeeee; }
ul.unanswered-claims { margin-top: 0px; margin-bottom: 0px; }
ul.actors { margin-top: 0px; margin-bottom: 0px; }
)"_s;
}

} // namespace ReportHtml
