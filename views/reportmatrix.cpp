#include "views/reportmatrix.h"

#include "models/stancematrixmodel.h"
#include "views/reporthtml.h"
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

// More actors than this in the claims leave their columns too narrow for a word on paper.
constexpr qsizetype maxMatrixActors = 10;
constexpr QStringView matrixTableStart = u"<table class=\"matrix\" width=\"100%\" border=\"1\" "
                                         u"cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A cell of the matrix: the shape of the stance behind it, if any, then its words.
QString matrixCell(const QModelIndex &index)
{
    QString text = escaped(index.data().toString());
    const QVariant stance = index.data(StanceMatrixModel::StanceRole);
    if (stance.isValid() && index.column() >= StanceMatrixModel::FirstActorColumn) {
        text = u"<span style=\"color:%1\">%2</span>&nbsp;"_s.arg(
                       StanceStyle::color(Stance(stance.toInt())).name(),
                       StanceStyle::symbol(Stance(stance.toInt())))
                + text;
    }
    return text;
}

// The matrix as on screen: one row per claim, one column per actor.
QString matrixGrid(const StanceMatrixModel &model)
{
    QString html = matrixTableStart.toString();
    const QList<int> columns = [&model] {
        QList<int> list {StanceMatrixModel::ClaimColumn, StanceMatrixModel::AnswersColumn};
        for (int column = StanceMatrixModel::FirstActorColumn; column < model.columnCount();
             ++column)
            list.append(column);
        return list;
    }();
    // The claim gets a quarter of the width; the other columns take what their words need.
    for (const int column : columns) {
        const QString width
                = column == StanceMatrixModel::ClaimColumn ? u" width=\"25%\""_s : QString();
        html += u"<th%1>%2</th>"_s.arg(
                width, escaped(model.headerData(column, Qt::Horizontal).toString()));
    }
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        html += u"<tr>"_s;
        for (const int column : columns)
            html += u"<td>"_s + matrixCell(model.index(row, column)) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    return html + u"</tbody>\n</table>\n"_s;
}

// The matrix with too many actors for a column each: one row per claim, in which each actor who
// took part has a line. It grows with the parts actors took, not with claims times actors.
QString matrixByClaim(const StanceMatrixModel &model, const StanceMatrixModel::Content &content)
{
    QHash<QString, int> columnOf;
    columnOf.reserve(content.actorIds.size());
    for (qsizetype i = 0; i < content.actorIds.size(); ++i)
        columnOf.insert(content.actorIds.at(i), StanceMatrixModel::FirstActorColumn + int(i));
    QString html = matrixTableStart.toString();
    html += u"<th width=\"45%\">%1</th><th>%2</th><th>%3</th>"_s.arg(
            escaped(model.headerData(StanceMatrixModel::ClaimColumn, Qt::Horizontal).toString()),
            escaped(model.headerData(StanceMatrixModel::AnswersColumn, Qt::Horizontal).toString()),
            escaped(Text::tr("Who took part")));
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (int row = 0; row < model.rowCount(); ++row) {
        // The claimant first, then those who denied, reacted, or were what the claim is about.
        QList<std::pair<int, int>> parts; // each actor's first part, then its column
        for (const StanceMatrixModel::Cell &cell : content.rows.at(row).cells) {
            parts.append({cell.involvement & -cell.involvement, columnOf.value(cell.actorId)});
        }
        std::sort(parts.begin(), parts.end());
        QStringList lines;
        for (const auto &[part, column] : parts) {
            lines.append(u"<b>%1</b>: %2"_s.arg(
                    escaped(model.headerData(column, Qt::Horizontal).toString()),
                    matrixCell(model.index(row, column))));
        }
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n"_s.arg(
                matrixCell(model.index(row, StanceMatrixModel::ClaimColumn)),
                matrixCell(model.index(row, StanceMatrixModel::AnswersColumn)),
                lines.join(u"<br>"_s));
    }
    return html + u"</tbody>\n</table>\n"_s;
}

} // namespace

namespace ReportMatrix {

QString html(const Dataset &dataset, const QList<ClaimAnalysis> &analyses)
{
    const StanceMatrixModel::Content content = StanceMatrixModel::contentOf(dataset, analyses);
    StanceMatrixModel model;
    model.setContent(content);
    if (model.rowCount() == 0)
        return {};
    QString html = element(u"h2", u"section", escaped(Text::tr("Who did what with each claim")));
    const qsizetype actors = content.actorIds.size();
    if (actors <= maxMatrixActors)
        return html + matrixGrid(model);
    html += element(u"p", u"note",
                    escaped(Text::tr("%n actor(s) took part in the claims, too many for a "
                                     "column each: each claim names those who took part.",
                                     nullptr, int(actors))));
    return html + matrixByClaim(model, content);
}

} // namespace ReportMatrix
