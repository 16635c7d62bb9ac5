#pragma once

#include "models/dataset.h"
#include "views/timelinechartview.h"

#include <QMainWindow>

#include <functional>

class ActorTreePanel;
class DetailPane;
class DocumentActions;
class DocumentStore;
class DropOverlay;
class ExportActions;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class Selection;
struct ViewContent;
class StanceMatrixView;

// The explorer window over a DocumentStore: the actor tree on the left, the detail pane above
// the timeline chart on the right, all showing the store's current dataset and following one
// shared Selection; a menu bar and a status bar with the dataset's counts. Geometry, splitter
// sizes and the lane mode persist through QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // What the window is for. A window made for one picture (--screenshot) shows its first
    // dataset as soon as the picture's parts are made, and makes the rest when it is needed.
    enum class Use { Interactive, OnePicture };

    explicit MainWindow(DocumentStore *store, Use use = Use::Interactive,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // "<title> — Dispute Explorer", with the modified marker placeholder.
    static QString windowTitleFor(const QString &datasetTitle);

    DocumentStore *store() const { return m_store; }
    DocumentActions *documentActions() const { return m_actions; }
    DropOverlay *dropOverlay() const { return m_overlay; }
    ExportActions *exportActions() const { return m_exports; }
    QComboBox *disputeSwitcher() const { return m_switcher; }
    const Dataset &dataset() const { return m_dataset; }

    // Datasets with more statements are prepared for the views on a worker thread.
    static constexpr int backgroundStatements = 2000;
    // The widget in the status bar that shows while the views are being prepared.
    QWidget *preparingIndicator() const { return m_preparing; }

    // Selects an actor, or a statement and its actor; false when the id is neither.
    bool selectId(const QString &id);

    Selection *selection() const { return m_selection; }
    ActorTreePanel *actorPanel() const { return m_actorPanel; }
    DetailPane *detailPane() const { return m_detailPane; }
    TimelineChartView *timeline() const { return m_timeline; }
    StanceMatrixView *matrix() const { return m_matrix; }
    // The widget of a named view: "window", "tree", "detail", "timeline" or "matrix"; null if
    // unknown.
    QWidget *viewNamed(const QString &name);
    // Brings the timeline or the matrix to the front (they share a place); others are shown.
    void showView(const QString &name);

    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Big datasets are prepared for the views on a worker thread, so the window keeps answering;
    // while that runs the views show what they showed before and the status bar says so.
    enum class Preparation { Now, InBackgroundIfBig };
    void showCurrentDataset(Preparation preparation = Preparation::InBackgroundIfBig);
    enum class Pace { AllAtOnce, InSteps };
    void showContent(const ViewContent &content, Pace pace);
    void takeStep();
    void createPreparingIndicator();
    QWidget *createTimelinePanel();
    QMenu *createThemeMenu();
    void createMenus();
    void createSwitcher();
    void updateSwitcher();
    void updateStatus();
    void setLaneMode(TimelineChartView::LaneMode mode);
    void showAbout();

    Use m_use;
    DocumentStore *m_store;
    DocumentActions *m_actions;
    ExportActions *m_exports;
    Dataset m_dataset;
    Selection *m_selection;
    ActorTreePanel *m_actorPanel;
    DetailPane *m_detailPane;
    TimelineChartView *m_timeline;
    StanceMatrixView *m_matrix;
    QAction *m_disputedLayer;
    QAction *m_contextLayer;
    QActionGroup *m_themeActions = nullptr;
    QTabWidget *m_views;
    QSplitter *m_mainSplitter;
    QSplitter *m_rightSplitter;
    QComboBox *m_laneCombo = nullptr;
    QActionGroup *m_laneActions = nullptr;
    QLabel *m_statusLabel;
    QWidget *m_preparing = nullptr;
    int m_contentRequest = 0;
    QTimer *m_stepTimer;
    QList<std::function<void()>> m_steps; // of showing a prepared dataset, still to take
    QComboBox *m_switcher = nullptr;
    DropOverlay *m_overlay = nullptr;
};
