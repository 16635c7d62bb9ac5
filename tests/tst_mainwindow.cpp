#include "views/mainwindow.h"

#include <QChartView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void title();
    void layout();
    void menus();
};

void TestMainWindow::initTestCase()
{
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
}

void TestMainWindow::title()
{
    MainWindow window;
    window.setDatasetTitle(u"Ford–Xiaomi EV partnership report"_s);
    QCOMPARE(window.windowTitle(), u"Ford–Xiaomi EV partnership report[*] — Dispute Explorer"_s);
    window.setWindowModified(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void TestMainWindow::layout()
{
    MainWindow window;
    auto *tree = window.findChild<QTreeView *>(u"actorTree"_s);
    auto *detail = window.findChild<QTextBrowser *>(u"detailPane"_s);
    auto *chart = window.findChild<QChartView *>(u"timelineChart"_s);
    QVERIFY(tree && detail && chart);

    auto *main = qobject_cast<QSplitter *>(window.centralWidget());
    QVERIFY(main);
    QCOMPARE(main->orientation(), Qt::Horizontal);
    QCOMPARE(main->widget(0), tree);
    auto *right = qobject_cast<QSplitter *>(main->widget(1));
    QVERIFY(right);
    QCOMPARE(right->orientation(), Qt::Vertical);
    QCOMPARE(right->widget(0), detail);
    QCOMPARE(right->widget(1), chart);
    QVERIFY(window.statusBar());
}

void TestMainWindow::menus()
{
    MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    QCOMPARE(titles, QStringList({u"&File"_s, u"&View"_s, u"&Help"_s}));
    const QMenu *help = actions.last()->menu();
    QVERIFY(help);
    QVERIFY(std::any_of(help->actions().cbegin(), help->actions().cend(),
                        [](const QAction *a) { return a->menuRole() == QAction::AboutRole; }));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
