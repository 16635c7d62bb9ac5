#pragma once

#include <QMainWindow>

class QChartView;
class QSplitter;
class QTextBrowser;
class QTreeView;

// The explorer window: the actor tree on the left, the detail pane above the timeline chart on
// the right, a menu bar and a status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // "<title> — Dispute Explorer", with the modified marker placeholder.
    static QString windowTitleFor(const QString &datasetTitle);
    void setDatasetTitle(const QString &title);

private:
    void createMenus();
    void showAbout();

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QTreeView *m_actorTree = nullptr;
    QTextBrowser *m_detailPane = nullptr;
    QChartView *m_timeline = nullptr;
    QString m_datasetTitle;
};
