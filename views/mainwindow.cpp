#include "views/mainwindow.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, m_mainSplitter))
    , m_actorTree(new QTreeView(m_mainSplitter))
    , m_detailPane(new QTextBrowser(m_rightSplitter))
    , m_timeline(new QChartView(new QChart, m_rightSplitter))
{
    m_actorTree->setObjectName(QStringLiteral("actorTree"));
    m_actorTree->setAccessibleName(tr("Actors"));
    m_detailPane->setObjectName(QStringLiteral("detailPane"));
    m_detailPane->setAccessibleName(tr("Details"));
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setRenderHint(QPainter::Antialiasing);

    m_mainSplitter->addWidget(m_actorTree);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_rightSplitter->addWidget(m_detailPane);
    m_rightSplitter->addWidget(m_timeline);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({360, 1040});
    m_rightSplitter->setSizes({480, 420});
    setCentralWidget(m_mainSplitter);

    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1400, 900);
    setDatasetTitle(QString());
}

MainWindow::~MainWindow() = default;

QString MainWindow::windowTitleFor(const QString &datasetTitle)
{
    const QString application = QGuiApplication::applicationDisplayName();
    if (datasetTitle.isEmpty())
        return application;
    return tr("%1[*] — %2", "window title: dataset title, application name")
            .arg(datasetTitle, application);
}

void MainWindow::setDatasetTitle(const QString &title)
{
    m_datasetTitle = title;
    setWindowTitle(windowTitleFor(title));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    menuBar()->addMenu(tr("&View"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dispute Explorer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dispute Explorer"),
                       tr("<h3>Dispute Explorer %1</h3>"
                          "<p>Explore a contested news story: who claimed what, who denied it, "
                          "on which evidence, and when.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}
