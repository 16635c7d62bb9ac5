#include "views/mainwindow.h"

#include "models/documentstore.h"
#include "views/actortreepanel.h"
#include "views/documentactions.h"
#include "views/exportactions.h"
#include "views/plaintext.h"
#include "views/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

// The window's menus, its tool bar of open disputes and the bar above the timeline.

QMenu *MainWindow::createThemeMenu()
{
    auto *menu = new QMenu(tr("&Theme"), this);
    m_themeActions = new QActionGroup(this);
    const std::pair<QString, Theme> choices[] {{tr("Follow the &System"), Theme::System},
                                               {tr("&Light"), Theme::Light},
                                               {tr("&Dark"), Theme::Dark}};
    for (const auto &[text, theme] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(int(theme));
        action->setChecked(theme == currentTheme());
        m_themeActions->addAction(action);
    }
    connect(m_themeActions, &QActionGroup::triggered, this, [](QAction *action) {
        const Theme theme = Theme(action->data().toInt());
        applyTheme(qobject_cast<QApplication *>(QCoreApplication::instance()), theme);
        QSettings().setValue(themeKey, themeName(theme));
    });
    return menu;
}

QWidget *MainWindow::createTimelinePanel()
{
    auto *panel = new QWidget;
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    QList<QCheckBox *> layers;
    for (const auto &[action, text] : {std::pair {m_disputedLayer, tr("Claims and answers")},
                                       std::pair {m_contextLayer, tr("Context and status")}}) {
        auto *box = new QCheckBox(text, panel);
        box->setChecked(action->isChecked());
        box->setToolTip(action->statusTip());
        connect(box, &QCheckBox::toggled, action, &QAction::setChecked);
        connect(action, &QAction::toggled, box, &QCheckBox::setChecked);
        layers.append(box);
    }
    m_laneCombo = new QComboBox(panel);
    m_laneCombo->setObjectName(QStringLiteral("laneMode"));
    m_laneCombo->setAccessibleName(tr("Timeline lanes"));
    m_laneCombo->addItem(tr("One lane per actor"), int(TimelineChartView::LaneMode::Actor));
    m_laneCombo->addItem(tr("One lane per stance"), int(TimelineChartView::LaneMode::Stance));
    auto *fit = new QToolButton(panel);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole timeline (0)"));
    fit->setAccessibleName(tr("Fit the timeline"));
    for (QCheckBox *box : layers)
        bar->addWidget(box);
    bar->addStretch(1);
    bar->addWidget(m_laneCombo);
    bar->addWidget(fit);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_timeline, 1);

    connect(m_laneCombo, &QComboBox::activated, this, [this](int row) {
        setLaneMode(TimelineChartView::LaneMode(m_laneCombo->itemData(row).toInt()));
    });
    connect(fit, &QToolButton::clicked, m_timeline, &TimelineChartView::resetZoom);
    return panel;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->openAction());
    file->addMenu(m_actions->recentMenu());
    file->addSeparator();
    file->addAction(m_actions->saveAsAction());
    file->addAction(m_exports->exportAction());
    file->addAction(m_exports->reportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undoAction());
    edit->addAction(m_actions->redoAction());
    edit->addSeparator();
    edit->addAction(m_exports->copyAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search Actors and Statements"), m_actorPanel,
                                      &ActorTreePanel::focusSearch);
    search->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_laneActions = new QActionGroup(this);
    QAction *byActor = view->addAction(tr("Timeline Lanes by &Actor"));
    QAction *byStance = view->addAction(tr("Timeline Lanes by S&tance"));
    byActor->setData(int(TimelineChartView::LaneMode::Actor));
    byStance->setData(int(TimelineChartView::LaneMode::Stance));
    for (QAction *action : {byActor, byStance}) {
        action->setCheckable(true);
        m_laneActions->addAction(action);
    }
    byActor->setChecked(true);
    connect(m_laneActions, &QActionGroup::triggered, this, [this](QAction *action) {
        setLaneMode(TimelineChartView::LaneMode(action->data().toInt()));
    });
    QAction *fit = view->addAction(tr("&Fit Timeline"), m_timeline, &TimelineChartView::resetZoom);
    fit->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addSeparator();
    view->addAction(m_disputedLayer);
    view->addAction(m_contextLayer);
    view->addSeparator();
    view->addMenu(createThemeMenu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Dispute Explorer"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createSwitcher()
{
    QToolBar *bar = addToolBar(tr("Disputes"));
    bar->setObjectName(QStringLiteral("disputeToolBar"));
    bar->setMovable(false);
    auto *label = new QLabel(tr("Dispute:"), bar);
    m_switcher = new QComboBox(bar);
    m_switcher->setObjectName(QStringLiteral("disputeSwitcher"));
    m_switcher->setAccessibleName(tr("Open disputes"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(24);
    label->setBuddy(m_switcher);
    bar->addWidget(label);
    bar->addWidget(m_switcher);
    connect(m_switcher, &QComboBox::activated, m_store, &DocumentStore::setCurrentIndex);
    connect(m_store, &DocumentStore::datasetsChanged, this, &MainWindow::updateSwitcher);
    connect(m_store, &DocumentStore::currentChanged, this, &MainWindow::updateSwitcher);
    connect(m_store, &DocumentStore::datasetChanged, this, &MainWindow::updateSwitcher);
    connect(m_store, &DocumentStore::modifiedChanged, this, &MainWindow::updateSwitcher);
    updateSwitcher();
}

void MainWindow::updateSwitcher()
{
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    for (int i = 0; i < m_store->count(); ++i) {
        const QString title = m_store->datasetAt(i).title;
        m_switcher->addItem(m_store->isModified(i) ? tr("%1 *").arg(title) : title);
        m_switcher->setItemData(i, PlainText::toolTip(m_store->filesAt(i).join(QLatin1Char('\n'))),
                                Qt::ToolTipRole);
    }
    m_switcher->setCurrentIndex(m_store->currentIndex());
}

void MainWindow::showAbout()
{
    QString provenance;
    if (!m_dataset.title.isEmpty()) {
        QStringList sources;
        for (const Source &source : m_dataset.sources)
            sources.append(source.title.toHtmlEscaped());
        provenance = tr("<p>Showing <b>%1</b>%2.</p>")
                             .arg(m_dataset.title.toHtmlEscaped(),
                                  m_dataset.asOf ? tr(", as of %1")
                                                           .arg(m_dataset.asOf->toDisplayString()
                                                                        .toHtmlEscaped())
                                                 : QString());
        if (!sources.isEmpty())
            provenance += tr("<p>Its sources: %1.</p>").arg(sources.join(QStringLiteral("; ")));
    }
    QMessageBox::about(this, tr("About Dispute Explorer"),
                       tr("<h3>Dispute Explorer %1</h3>"
                          "<p>Explore a contested news story: who claimed what, who denied it, "
                          "on which evidence, and when.</p>")
                                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
                               + provenance);
}
