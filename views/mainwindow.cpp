#include "views/mainwindow.h"

#include "models/documentstore.h"
#include "models/selection.h"
#include "views/actortreepanel.h"
#include "views/detailpane.h"
#include "views/documentactions.h"
#include "views/dropoverlay.h"
#include "views/exportactions.h"
#include "views/plaintext.h"
#include "views/stancematrixview.h"
#include "views/viewcontent.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString mainSplitterKey = QStringLiteral("window/mainSplitter");
const QString rightSplitterKey = QStringLiteral("window/rightSplitter");
const QString laneModeKey = QStringLiteral("timeline/laneMode");

int countOf(const Dataset &dataset, Stance stance)
{
    return int(std::count_if(dataset.statements.cbegin(), dataset.statements.cend(),
                             [stance](const Statement &s) { return s.stance == stance; }));
}

} // namespace

MainWindow::MainWindow(DocumentStore *store, Use use, QWidget *parent)
    : QMainWindow(parent)
    , m_use(use)
    , m_store(store)
    , m_actions(new DocumentActions(store, this))
    , m_exports(new ExportActions(store, this))
    , m_selection(new Selection(this))
    , m_actorPanel(new ActorTreePanel(m_selection))
    , m_detailPane(new DetailPane(m_selection))
    , m_timeline(new TimelineChartView(m_selection))
    , m_matrix(new StanceMatrixView(m_selection))
    , m_disputedLayer(new QAction(tr("Show &Disputed Statements"), this))
    , m_contextLayer(new QAction(tr("Show &Context and Status"), this))
    , m_views(new QTabWidget)
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, m_mainSplitter))
    , m_statusLabel(new QLabel(this))
    , m_stepTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_mainSplitter->addWidget(m_actorPanel);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_rightSplitter->addWidget(m_detailPane);
    for (QAction *layer : {m_disputedLayer, m_contextLayer}) {
        layer->setCheckable(true);
        layer->setChecked(true);
    }
    m_disputedLayer->setStatusTip(tr("Claims, denials and reactions on the timeline"));
    m_contextLayer->setStatusTip(tr("Context facts and the state of play on the timeline"));
    connect(m_disputedLayer, &QAction::toggled, this, [this](bool visible) {
        m_timeline->setLayerVisible(TimelineChartView::Layer::Disputed, visible);
    });
    connect(m_contextLayer, &QAction::toggled, this, [this](bool visible) {
        m_timeline->setLayerVisible(TimelineChartView::Layer::Context, visible);
    });
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(createTimelinePanel(), tr("&Timeline"));
    m_views->addTab(m_matrix, tr("Stance &Matrix"));
    m_views->setAccessibleName(tr("Timeline and stance matrix"));
    m_rightSplitter->addWidget(m_views);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({380, 1020});
    m_rightSplitter->setSizes({430, 470});
    m_mainSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    setTabOrder(m_actorPanel->searchField(), m_actorPanel->treeView());
    setTabOrder(m_actorPanel->treeView(), m_detailPane);
    setTabOrder(m_detailPane, m_laneCombo);
    setTabOrder(m_laneCombo, m_timeline);

    createMenus();
    createSwitcher();
    m_overlay = new DropOverlay(this);
    setAcceptDrops(true);
    // Qt offers a drag only to the widget under the pointer that accepts drops, never to its
    // parents: the timeline's graphics view and the search field would refuse files. The window
    // takes the drags of those children, so a file can be dropped anywhere.
    const auto children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->acceptDrops())
            child->installEventFilter(this);
    }
    connect(m_actions, &DocumentActions::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_statusLabel->setObjectName(QStringLiteral("statusSummary"));
    m_statusLabel->setTextFormat(Qt::PlainText); // it shows the dataset's title
    statusBar()->addWidget(m_statusLabel, 1);
    createPreparingIndicator();
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(0);
    connect(m_stepTimer, &QTimer::timeout, this, &MainWindow::takeStep);
    resize(1400, 900);

    connect(m_store, &DocumentStore::currentChanged, this, [this] { showCurrentDataset(); });
    connect(m_store, &DocumentStore::datasetChanged, this, [this](int index) {
        if (index == m_store->currentIndex())
            showCurrentDataset();
    });
    connect(m_store, &DocumentStore::modifiedChanged, this, [this](int index, bool modified) {
        if (index == m_store->currentIndex())
            setWindowModified(modified);
    });
    showCurrentDataset(Preparation::Now);
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    m_overlay->showMessage(m_actions->describeDrop(event->mimeData()->urls()));
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_overlay->hide();
    event->accept();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_overlay->hide();
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    m_actions->openUrls(event->mimeData()->urls());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
        dragEnterEvent(static_cast<QDragEnterEvent *>(event));
        return true;
    case QEvent::DragMove:
        dragMoveEvent(static_cast<QDragMoveEvent *>(event));
        return true;
    case QEvent::DragLeave:
        dragLeaveEvent(static_cast<QDragLeaveEvent *>(event));
        return true;
    case QEvent::Drop:
        dropEvent(static_cast<QDropEvent *>(event));
        return true;
    default:
        return QMainWindow::eventFilter(watched, event);
    }
}

void MainWindow::setLaneMode(TimelineChartView::LaneMode mode)
{
    m_timeline->setLaneMode(mode);
    m_laneCombo->setCurrentIndex(m_laneCombo->findData(int(mode)));
    const auto actions = m_laneActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == int(mode));
}

void MainWindow::showCurrentDataset(Preparation preparation)
{
    const Dataset &dataset = m_store->current();
    const DocumentStore::Links links = m_store->linksAt(m_store->currentIndex());
    const bool inPlace = m_actorPanel->model()->updatesInPlace(dataset);
    const TimelineChartView::LayoutOptions options = m_timeline->layoutOptions();
    // A newer dataset ends the steps of showing an older one.
    m_steps.clear();
    m_stepTimer->stop();
    const int request = ++m_contentRequest;
    if (preparation == Preparation::Now || dataset.statements.size() <= backgroundStatements) {
        const ViewContent::Making making = m_use == Use::OnePicture
                ? ViewContent::Making::WhatIsShown
                : ViewContent::Making::EverythingWithThePool;
        showContent(ViewContent::of(dataset, links, options, inPlace, making), Pace::AllAtOnce);
        return;
    }
    // A newer request makes this one's result useless: it is dropped when it comes.
    auto *watcher = new QFutureWatcher<ViewContent>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request == m_contentRequest)
            showContent(watcher->result(), Pace::InSteps);
    });
    watcher->setFuture(QtConcurrent::run([dataset, links, options, inPlace] {
        return ViewContent::of(dataset, links, options, inPlace, ViewContent::Making::Everything);
    }));
    m_preparing->show();
}

void MainWindow::createPreparingIndicator()
{
    m_preparing = new QWidget(this);
    m_preparing->setObjectName(QStringLiteral("preparingIndicator"));
    auto *label = new QLabel(tr("Preparing the views…"), m_preparing);
    auto *bar = new QProgressBar(m_preparing);
    bar->setRange(0, 0); // how far it is cannot be told: a busy indicator
    bar->setMaximumWidth(120);
    // No taller than the status bar's text: the bar going away must not resize the views,
    // which would lay out and paint them all again.
    bar->setMaximumHeight(label->sizeHint().height());
    bar->setAccessibleName(tr("Preparing the views"));
    auto *layout = new QHBoxLayout(m_preparing);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1); // the label keeps beside the bar, at the right
    layout->addWidget(label);
    layout->addWidget(bar);
    statusBar()->addPermanentWidget(m_preparing);
    m_preparing->hide();
}

void MainWindow::showContent(const ViewContent &content, Pace pace)
{
    // With 100k statements a step takes up to about a tenth of a second: taken one at a time,
    // with the event loop turning between them, the window keeps answering.
    QList<std::function<void()>> steps {
            [this, content] {
                const QString actorId = m_selection->actorId();
                const QString statementId = m_selection->statementId();
                if ((!actorId.isEmpty() && !content.dataset.actor(actorId))
                    || (!statementId.isEmpty() && !content.dataset.statement(statementId)))
                    m_selection->clear();
                if (content.actorFacts.isEmpty())
                    m_actorPanel->setDataset(content.dataset);
                else
                    m_actorPanel->setDataset(content.dataset, content.actorFacts);
            },
            [this, content] { m_detailPane->setDataset(content.dataset, content.detail); },
            [this, content] {
                m_timeline->setDataset(content.dataset, content.timeline, content.timelineOptions);
            },
            [this, content] { m_matrix->setContent(content.matrix); },
            [this, content] {
                m_dataset = content.dataset;
                m_preparing->hide();
                setWindowTitle(windowTitleFor(m_dataset.title));
                setWindowModified(m_store->isModified(m_store->currentIndex()));
                updateStatus();
            },
    };
    if (pace == Pace::AllAtOnce) {
        for (const auto &step : std::as_const(steps))
            step();
    } else {
        m_steps = steps;
        takeStep();
    }
}

// The step timer fires once the events already waiting, paints among them, are handled: the
// window paints and answers between two steps.
void MainWindow::takeStep()
{
    if (m_steps.isEmpty())
        return;
    m_steps.takeFirst()();
    if (!m_steps.isEmpty())
        m_stepTimer->start();
}

bool MainWindow::selectId(const QString &id)
{
    if (const Statement *statement = m_dataset.statement(id)) {
        m_selection->selectStatement(statement->id, statement->actor);
        return true;
    }
    if (m_dataset.actor(id)) {
        m_selection->selectActor(id);
        return true;
    }
    return false;
}

QWidget *MainWindow::viewNamed(const QString &name)
{
    if (name == QLatin1String("window"))
        return this;
    if (name == QLatin1String("tree"))
        return m_actorPanel;
    if (name == QLatin1String("detail"))
        return m_detailPane;
    if (name == QLatin1String("timeline"))
        return m_timeline;
    if (name == QLatin1String("matrix"))
        return m_matrix;
    return nullptr;
}

void MainWindow::showView(const QString &name)
{
    if (name == QLatin1String("timeline"))
        m_views->setCurrentIndex(0);
    else if (name == QLatin1String("matrix"))
        m_views->setCurrentWidget(m_matrix);
}

void MainWindow::updateStatus()
{
    QStringList parts {m_dataset.title, tr("%n actor(s)", nullptr, int(m_dataset.actors.size())),
                       tr("%n claim(s)", nullptr, countOf(m_dataset, Stance::Claim)),
                       tr("%n denial(s)", nullptr, countOf(m_dataset, Stance::Denial))};
    if (m_dataset.asOf)
        parts.append(tr("as of %1").arg(m_dataset.asOf->toDisplayString()));
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::restoreSettings()
{
    // A value that is there but cannot be restored (a damaged or foreign settings file) is
    // ignored: the window keeps its default for it, and one warning names the file.
    const QSettings settings;
    bool ignored = false;
    const auto restore = [&settings, &ignored](const QString &key, auto &&restoreFrom) {
        if (settings.contains(key) && !restoreFrom(settings.value(key).toByteArray()))
            ignored = true;
    };
    restore(geometryKey, [this](const QByteArray &data) { return restoreGeometry(data); });
    restore(stateKey, [this](const QByteArray &data) { return restoreState(data); });
    restore(mainSplitterKey,
            [this](const QByteArray &data) { return m_mainSplitter->restoreState(data); });
    restore(rightSplitterKey,
            [this](const QByteArray &data) { return m_rightSplitter->restoreState(data); });
    bool isNumber = false;
    const int lanes = settings.value(laneModeKey).toInt(&isNumber);
    const bool byStance = isNumber && lanes == int(TimelineChartView::LaneMode::Stance);
    if (settings.contains(laneModeKey) && !byStance
        && !(isNumber && lanes == int(TimelineChartView::LaneMode::Actor)))
        ignored = true;
    setLaneMode(byStance ? TimelineChartView::LaneMode::Stance
                         : TimelineChartView::LaneMode::Actor);
    if (ignored) {
        qWarning("Ignoring settings that cannot be restored in %s",
                 qPrintable(settings.fileName()));
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(mainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(rightSplitterKey, m_rightSplitter->saveState());
    settings.setValue(laneModeKey, int(m_timeline->laneMode()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_actions->confirmClose()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}
