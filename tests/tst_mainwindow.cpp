#include "models/actortreemodel.h"
#include "models/builtindataset.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "models/selection.h"
#include "models/stancematrixmodel.h"
#include "views/actortreepanel.h"
#include "views/detailpane.h"
#include "views/mainwindow.h"
#include "views/stancematrixview.h"
#include "views/theme.h"
#include "views/timelinechartview.h"
#include "views/timelinelayout.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void titleAndStatus();
    void layoutAndMenus();
    void treeClickUpdatesDetailAndChart();
    void chartClickSelectsStatementAndActor();
    void respondsToLinkSelectsTheClaim();
    void matrixCellsSelectTheirStatements();
    void layersShowAndHideFromTheViewMenu();
    void themeFromTheViewMenu();
    void everyControlHasAnAccessibleName();
    void searchFiltersAndKeepsParents();
    void settingsRoundTrip();
    void corruptSettingsAreIgnored_data();
    void corruptSettingsAreIgnored();

private:
    std::unique_ptr<DocumentStore> m_store;
};

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QStringList visibleNames(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        names.append(index.data().toString());
        names += visibleNames(model, index);
    }
    return names;
}

} // namespace

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DisputeExplorerTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
    installTranslations(QCoreApplication::instance());
}

void TestMainWindow::init()
{
    failOnUnexpectedWarnings();
    QSettings().clear();
    m_store = std::make_unique<DocumentStore>();
    QVERIFY(openFile(*m_store, BuiltinDataset::path()).ok());
}

void TestMainWindow::titleAndStatus()
{
    MainWindow window(m_store.get());
    QCOMPARE(window.windowTitle(), u"Ford–Xiaomi EV partnership report[*] — Dispute Explorer"_s);
    const QString status = window.findChild<QLabel *>(u"statusSummary"_s)->text();
    QCOMPARE(
            status,
            u"Ford–Xiaomi EV partnership report · 15 actors · 5 claims · 2 denials · as of 2 Feb 2026"_s);
}

void TestMainWindow::layoutAndMenus()
{
    MainWindow window(m_store.get());
    auto *main = qobject_cast<QSplitter *>(window.centralWidget());
    QVERIFY(main);
    QCOMPARE(main->orientation(), Qt::Horizontal);
    QCOMPARE(main->widget(0), window.actorPanel());
    auto *right = qobject_cast<QSplitter *>(main->widget(1));
    QVERIFY(right);
    QCOMPARE(right->orientation(), Qt::Vertical);
    QCOMPARE(right->widget(0), window.detailPane());
    QVERIFY(right->widget(1)->isAncestorOf(window.timeline()));

    QStringList titles;
    const auto menus = window.menuBar()->actions();
    for (const QAction *action : menus)
        titles.append(action->text());
    QCOMPARE(titles, QStringList({u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
    const auto help = menus.last()->menu()->actions();
    QVERIFY(std::any_of(help.cbegin(), help.cend(),
                        [](const QAction *a) { return a->menuRole() == QAction::AboutRole; }));
}

void TestMainWindow::treeClickUpdatesDetailAndChart()
{
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *tree = window.actorPanel()->treeView();
    const QModelIndex ft
            = tree->model()
                      ->match(tree->model()->index(0, 0), Qt::DisplayRole, u"Financial Times"_s, 1,
                              Qt::MatchExactly | Qt::MatchRecursive)
                      .value(0);
    QVERIFY(ft.isValid());
    const qreal normal = window.timeline()->markEmphasis(u"ft-jv-claim"_s);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(ft).center());

    QCOMPARE(window.selection()->actorId(), u"financial-times"_s);
    const QString detail = window.detailPane()->toPlainText();
    QVERIFY(detail.startsWith(u"Financial Times"_s));
    QVERIFY(detail.contains(u"What Financial Times said"_s));
    QVERIFY(detail.contains(u"Claims (5)"_s));
    QVERIFY(detail.contains(u"Feb 2026 – 2 Feb 2026"_s));
    QVERIFY(window.timeline()->markEmphasis(u"ft-jv-claim"_s) > normal);
    QCOMPARE(window.timeline()->markEmphasis(u"truby-denial"_s), normal);
}

void TestMainWindow::chartClickSelectsStatementAndActor()
{
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineChartView *chart = window.timeline();
    const QPoint mark = chart->markPosition(u"xiaomi-denial"_s);
    QVERIFY(chart->viewport()->rect().contains(mark));
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, mark);

    QCOMPARE(window.selection()->statementId(), u"xiaomi-denial"_s);
    QCOMPARE(window.selection()->actorId(), u"xiaomi"_s);
    const QModelIndex current = window.actorPanel()->treeView()->currentIndex();
    QCOMPARE(current.data(ActorTreeModel::ActorIdRole).toString(), u"xiaomi"_s);
    QVERIFY(window.detailPane()->toPlainText().startsWith(u"Xiaomi"_s));
    QVERIFY(chart->markToolTip(u"xiaomi-denial"_s).startsWith(u"Xiaomi — denial\n"_s));
}

void TestMainWindow::matrixCellsSelectTheirStatements()
{
    MainWindow window(m_store.get());
    window.showView(u"matrix"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StanceMatrixView *matrix = window.matrix();
    QVERIFY(matrix->isVisible());
    QTableView *table = matrix->table();
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 5);

    // A click on Mark Truby's cell of the software claim selects his denial everywhere.
    int software = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StanceMatrixModel::StatementIdRole) == u"ft-software-claim"_s)
            software = row;
    }
    int truby = -1;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, StanceMatrixModel::ActorIdRole)
            == u"mark-truby"_s)
            truby = column;
    }
    QVERIFY(software >= 0 && truby >= 0);
    const QModelIndex cell = model->index(software, truby);
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QCOMPARE(window.selection()->statementId(), u"truby-denial"_s);
    QCOMPARE(window.selection()->actorId(), u"mark-truby"_s);

    // Enter on a claim's cell selects the claim; selecting a claim elsewhere finds its row.
    table->setCurrentIndex(model->index(0, StanceMatrixModel::ClaimColumn));
    QTest::keyClick(table, Qt::Key_Return);
    const QString firstClaim
            = model->index(0, 0).data(StanceMatrixModel::StatementIdRole).toString();
    QCOMPARE(window.selection()->statementId(), firstClaim);
    QVERIFY(window.selectId(u"ft-byd-claim"_s));
    QCOMPARE(table->currentIndex().data(StanceMatrixModel::StatementIdRole).toString(),
             u"ft-byd-claim"_s);

    // The filter keeps the claims whose words match.
    QTest::keyClicks(matrix->filterField(), u"BYD"_s);
    QCOMPARE(model->rowCount(), 1);
}

namespace {

QAction *viewMenuAction(MainWindow &window, const QString &text)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->text() != u"&View"_s)
            continue;
        const QList<QAction *> actions = menu->menu()->actions();
        for (QAction *action : actions) {
            if (action->text() == text)
                return action;
            if (action->menu()) {
                const QList<QAction *> inner = action->menu()->actions();
                for (QAction *innerAction : inner) {
                    if (innerAction->text() == text)
                        return innerAction;
                }
            }
        }
    }
    return nullptr;
}

QSet<Stance> stancesOnTheChart(const MainWindow &window)
{
    QSet<Stance> stances;
    for (const TimelineMark &mark : window.timeline()->layout().marks)
        stances.insert(mark.stance);
    return stances;
}

} // namespace

void TestMainWindow::layersShowAndHideFromTheViewMenu()
{
    MainWindow window(m_store.get());
    QAction *context = viewMenuAction(window, u"Show &Context and Status"_s);
    QAction *disputed = viewMenuAction(window, u"Show &Disputed Statements"_s);
    QVERIFY(context && disputed);
    QCOMPARE(stancesOnTheChart(window).size(), 5);

    context->trigger();
    QCOMPARE(stancesOnTheChart(window),
             QSet<Stance>({Stance::Claim, Stance::Denial, Stance::Reaction}));
    const QList<QCheckBox *> boxes = window.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 2);
    QVERIFY(boxes.at(0)->isChecked());
    QVERIFY(!boxes.at(1)->isChecked());

    boxes.at(1)->setChecked(true);
    QVERIFY(context->isChecked());
    disputed->trigger();
    QCOMPARE(stancesOnTheChart(window), QSet<Stance>({Stance::Context, Stance::Status}));
    QVERIFY(!boxes.at(0)->isChecked());
}

void TestMainWindow::themeFromTheViewMenu()
{
    rememberSystemLook(qApp);
    const QPalette system = QApplication::palette();
    MainWindow window(m_store.get());
    QAction *dark = viewMenuAction(window, u"&Dark"_s);
    QAction *followSystem = viewMenuAction(window, u"Follow the &System"_s);
    QVERIFY(dark && followSystem);
    QVERIFY(followSystem->isChecked());

    dark->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(QSettings().value(themeKey).toString(), u"dark"_s);
    QCOMPARE(savedTheme(), Theme::Dark);

    followSystem->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(QSettings().value(themeKey).toString(), u"system"_s);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    int controls = 0;
    QStringList seen;
    for (const QString &view : {u"timeline"_s, u"matrix"_s}) {
        window.showView(view);
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // Controls are what the keyboard can reach; scroll bars and splitters are left out.
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window)
                || widget->inherits("QScrollBar") || widget->focusProxy())
                continue;
            ++controls;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            const QString name = accessible->text(QAccessible::Name).trimmed();
            seen.append(name);
            if (name.isEmpty())
                unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + u' '
                               + widget->objectName());
        }
    }
    QVERIFY2(seen.contains(u"Stance matrix"_s) && seen.contains(u"Timeline"_s)
                     && seen.contains(u"Actors"_s) && seen.contains(u"Details"_s),
             qPrintable(seen.join(u", "_s)));
    QVERIFY(controls >= 10);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::respondsToLinkSelectsTheClaim()
{
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectId(u"mark-truby"_s));
    DetailPane *detail = window.detailPane();
    // The "Responds to" link of Mark Truby's denial quotes the claim it answers.
    QTextCursor link = detail->document()->find(u"Ford Motor Company and Xiaomi explored"_s);
    QVERIFY(!link.isNull());
    QVERIFY(link.charFormat().isAnchor());
    QCOMPARE(link.charFormat().anchorHref(), u"statement:ft-partnership-claim"_s);
    detail->setTextCursor(link);
    detail->ensureCursorVisible();
    const QPoint where = detail->cursorRect(link).center();
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, where);

    QCOMPARE(window.selection()->statementId(), u"ft-partnership-claim"_s);
    QCOMPARE(window.selection()->actorId(), u"financial-times"_s);
    QCOMPARE(window.actorPanel()->treeView()->currentIndex().data().toString(),
             u"Financial Times"_s);
    QVERIFY(detail->toPlainText().startsWith(u"Financial Times"_s));
}

void TestMainWindow::searchFiltersAndKeepsParents()
{
    MainWindow window(m_store.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLineEdit *search = window.actorPanel()->searchField();
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"shanghai"_s); // only in Jim Farley's statement text
    const QAbstractItemModel *shown = window.actorPanel()->treeView()->model();
    QCOMPARE(visibleNames(shown),
             QStringList({u"Automakers"_s, u"Ford Motor Company"_s, u"Jim Farley"_s}));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(visibleNames(shown).size(), 15);
}

void TestMainWindow::settingsRoundTrip()
{
    QList<int> sizes;
    {
        MainWindow window(m_store.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *byStance = findAction(&window, u"Timeline Lanes by S&tance"_s);
        QVERIFY(byStance);
        byStance->trigger();
        QCOMPARE(window.timeline()->laneMode(), TimelineChartView::LaneMode::Stance);
        auto *main = qobject_cast<QSplitter *>(window.centralWidget());
        main->setSizes({500, 900});
        sizes = main->sizes();
        window.close();
    }
    MainWindow restored(m_store.get());
    restored.restoreSettings();
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.timeline()->laneMode(), TimelineChartView::LaneMode::Stance);
    QCOMPARE(qobject_cast<QSplitter *>(restored.centralWidget())->sizes(), sizes);
    QVERIFY(findAction(&restored, u"Timeline Lanes by S&tance"_s)->isChecked());
}

void TestMainWindow::corruptSettingsAreIgnored_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("warned");            // some value is there but cannot be restored
    QTest::addColumn<QStringList>("qtWarnings"); // what Qt itself says about the values
    QByteArray noise;
    quint32 state = 9;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1664525u + 1013904223u;
        noise += char(state >> 24);
    }
    QTest::addRow("noise") << noise << false << QStringList();
    QTest::addRow("noise after a section")
            << QByteArray("[window]\ngeometry=") + noise << true << QStringList();
    QTest::addRow("unterminated section")
            << QByteArray("[window\ngeometry=x\n") << true << QStringList();
    QTest::addRow("malformed key") << QByteArray("[window]\n\\=x\n") << false << QStringList();
    QTest::addRow("values of the wrong kind")
            << QByteArray("[window]\ngeometry=@ByteArray(not a geometry)\nstate=@Variant(\\0\\0\\0"
                          "\\x7f\\0\\0\\0\\x1)\nmainSplitter=-1\nrightSplitter=@Rect(1 2)\n"
                          "[timeline]\nlaneMode=@Variant(\\xff\\xff\\xff\\xff)\n")
            << true
            << QStringList {u"QVariant::load: unknown user type with name )."_s,
                            u"Trying to construct an instance of an invalid type, type id: -98"_s};
    QTest::addRow("truncated") << QByteArray("[window]\nstate=@Variant(\\0\\0\\0\\x") << true
                               << QStringList();
    QTest::addRow("huge lane mode")
            << QByteArray("[timeline]\nlaneMode=99999999999999999999\n") << true << QStringList();
}

void TestMainWindow::corruptSettingsAreIgnored()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, warned);
    QFETCH(QStringList, qtWarnings);
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    // Whatever the file holds, the window opens with its defaults for what it cannot use, and
    // says so when a value was there but could not be restored.
    for (const QString &warning : qtWarnings)
        QTest::ignoreMessage(QtWarningMsg, qPrintable(warning));
    if (warned) {
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(u"Ignoring settings that cannot be restored in "_s + path));
    }

    MainWindow window(m_store.get());
    window.restoreSettings();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.timeline()->laneMode(), TimelineChartView::LaneMode::Actor);
    const QList<int> sizes = qobject_cast<QSplitter *>(window.centralWidget())->sizes();
    QCOMPARE(sizes.size(), 2);
    QVERIFY(sizes.at(0) > 0 && sizes.at(1) > 0);
    QVERIFY(window.width() > 0 && window.height() > 0);
    QFile::remove(path);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
