#include "models/actortreemodel.h"
#include "models/datasetreader.h"
#include "models/documentstore.h"
#include "models/stancematrixmodel.h"
#include "views/actortreepanel.h"
#include "views/mainwindow.h"
#include "views/stancematrixview.h"
#include "views/timelinechartview.h"
#include "views/translations.h"

#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

// Names, texts and titles from a data file are plain text in every view that could take them
// for markup: Qt shows a tooltip, a label and a chart's axis label as HTML when the text looks
// like HTML. (The detail pane is covered by tst_detaildocument.)
class TestPlainTextViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusAndSwitcherShowTheTitleLiterally();
    void actorTooltipShowsMarkupLiterally();
    void laneLabelsShowMarkupLiterally();
    void markTooltipShowsMarkupLiterally();
    void matrixTooltipsShowMarkupLiterally();

private:
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

const QString title = u"<h1>Big</h1> & <a href=\"https://example.invalid\">link</a>"_s;
const QString name = u"<i>Ann</i>"_s;
const QString role = u"<img src=\"file:///nonexistent/picture.png\"> & co"_s;
const QString text = u"<b>Claims</b> <img src=\"https://example.invalid/x.png\">"_s;

QByteArray json(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'"', u"\\\""_s);
    return escaped.toUtf8();
}

Dataset hostileDataset()
{
    const QByteArray file = R"({"format": "dispute-explorer/1", "id": "hostile", "title": ")"
            + json(title) + R"(", "actors": [
        {"id": "g", "name": "Group", "kind": "group"},
        {"id": "ann", "name": ")"
            + json(name) + R"(", "kind": "person", "parent": "g", "role": ")" + json(role) + R"("}],
        "statements": [{"id": "s", "actor": "ann", "stance": "claim", "date": "2026-02-02",
        "text": ")"
            + json(text) + R"("}]})";
    const ReadResult read = DatasetReader::read(file, u"hostile.json"_s);
    if (!read.ok())
        qFatal("%s", qPrintable(formatAll(read.diagnostics).join(u'\n')));
    return *read.dataset;
}

// What a person sees of rich text.
QString shown(const QString &richText)
{
    QTextDocument document;
    document.setHtml(richText);
    return document.toPlainText();
}

} // namespace

void TestPlainTextViews::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DisputeExplorerTests"_s);
    QCoreApplication::setApplicationName(u"tst_plaintextviews"_s);
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
    installTranslations(QCoreApplication::instance());
}

void TestPlainTextViews::init()
{
    // Showing a tooltip offscreen also says that the platform cannot raise its window.
    QTest::failOnWarning(QRegularExpression(
            u"^(?!This plugin does not support (propagateSizeHints|raise)\\(\\)$)"_s));
    m_store = std::make_unique<DocumentStore>();
    QVERIFY(m_store->open(hostileDataset(), u"hostile.json"_s).ok());
    m_window = std::make_unique<MainWindow>(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPlainTextViews::cleanup()
{
    QToolTip::hideText();
    m_window.reset();
    m_store.reset();
}

void TestPlainTextViews::statusAndSwitcherShowTheTitleLiterally()
{
    auto *status = m_window->findChild<QLabel *>(u"statusSummary"_s);
    QVERIFY(status);
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(status->text().startsWith(title));
    QCOMPARE(m_window->disputeSwitcher()->itemText(0), title);
    const QString tip = m_window->disputeSwitcher()->itemData(0, Qt::ToolTipRole).toString();
    QCOMPARE(shown(tip), u"hostile.json"_s);
}

void TestPlainTextViews::actorTooltipShowsMarkupLiterally()
{
    QTreeView *tree = m_window->actorPanel()->treeView();
    tree->expandAll();
    const QModelIndex group = tree->model()->index(0, 0);
    const QModelIndex ann = tree->model()->index(0, 0, group);
    QCOMPARE(ann.data(ActorTreeModel::ActorIdRole).toString(), u"ann"_s);
    const QPoint centre = tree->visualRect(ann).center();
    QHelpEvent help(QEvent::ToolTip, centre, tree->viewport()->mapToGlobal(centre));
    QCoreApplication::sendEvent(tree->viewport(), &help);

    QVERIFY(QToolTip::isVisible());
    const QString seen = shown(QToolTip::text());
    QVERIFY2(seen.startsWith(name + u'\n' + role + u'\n'), qPrintable(seen));
}

void TestPlainTextViews::laneLabelsShowMarkupLiterally()
{
    TimelineChartView *chart = m_window->timeline();
    QStringList labels;
    const auto items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *textItem = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            labels.append(textItem->toPlainText());
        else if (auto *simpleItem = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            labels.append(simpleItem->text());
    }
    QVERIFY2(labels.contains(name), qPrintable(labels.join(u" | "_s)));
}

void TestPlainTextViews::markTooltipShowsMarkupLiterally()
{
    TimelineChartView *chart = m_window->timeline();
    const QPoint mark = chart->markPosition(u"s"_s);
    QVERIFY(chart->viewport()->rect().contains(mark));
    QTest::mouseMove(chart->viewport(), mark);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString seen = shown(QToolTip::text());
    QVERIFY2(seen.startsWith(name + u" — claim\n"_s), qPrintable(seen));
    QVERIFY2(seen.endsWith(text), qPrintable(seen));
}

void TestPlainTextViews::matrixTooltipsShowMarkupLiterally()
{
    m_window->showView(u"matrix"_s);
    QTableView *table = m_window->matrix()->table();
    QAbstractItemModel *model = table->model();
    int annColumn = -1;
    for (int column = StanceMatrixModel::FirstActorColumn; column < model->columnCount();
         ++column) {
        if (model->headerData(column, Qt::Horizontal, StanceMatrixModel::ActorIdRole) == u"ann"_s)
            annColumn = column;
    }
    QVERIFY(annColumn >= 0);

    const auto toolTipAt = [](QWidget *viewport, QPoint position) {
        QToolTip::hideText();
        QHelpEvent help(QEvent::ToolTip, position, viewport->mapToGlobal(position));
        QCoreApplication::sendEvent(viewport, &help);
        return QToolTip::isVisible() ? shown(QToolTip::text()) : QString();
    };
    const QModelIndex claim = model->index(0, StanceMatrixModel::ClaimColumn);
    QCOMPARE(toolTipAt(table->viewport(), table->visualRect(claim).center()), text);
    const QString cell
            = toolTipAt(table->viewport(), table->visualRect(model->index(0, annColumn)).center());
    QVERIFY2(cell.startsWith(name) && cell.endsWith(text), qPrintable(cell));

    QHeaderView *header = table->horizontalHeader();
    const QPoint section(header->sectionViewportPosition(annColumn) + 4, header->height() / 2);
    QCOMPARE(toolTipAt(header->viewport(), section), name);
}

QTEST_MAIN(TestPlainTextViews)
#include "tst_plaintextviews.moc"
