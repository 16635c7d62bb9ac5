#pragma once

#include "models/dataset.h"
#include "views/timelinelayout.h"

#include <QChartView>
#include <QHash>

#include <memory>

class LaneGrid;
class LaneLabels;
class QDateTimeAxis;
class QCategoryAxis;
class QScatterSeries;
class TimelineHandles;
class TimelineSpans;
class Selection;

// The timeline: statements over time on a date axis, one lane per actor or per stance,
// coloured and shaped by stance. Points are days; spans are coarser dates, dashed where an
// end is open or unknown. Hover shows what a mark is; a click selects it everywhere. Zoom with
// the wheel, a rubber band, + and -; pan with Shift+arrows or the middle button; 0 fits.
// Left and Right step through the statements in date order, so every mark is reachable from
// the keyboard.
class TimelineChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChartView)

public:
    using LaneMode = TimelineLayout::LaneMode;

    TimelineChartView(Selection *selection, QWidget *parent = nullptr);
    ~TimelineChartView() override;

    void setDataset(const Dataset &dataset);
    LaneMode laneMode() const { return m_laneMode; }
    void setLaneMode(LaneMode mode);
    // Layers of the chart: the disputed statements (claims, denials, reactions) and the
    // context (context and status); each can be hidden.
    enum class Layer { Disputed, Context };
    static Layer layerOf(Stance stance);
    bool isLayerVisible(Layer layer) const;
    void setLayerVisible(Layer layer, bool visible);
    void resetZoom();

    // What the layout depends on besides the dataset.
    struct LayoutOptions
    {
        LaneMode laneMode = LaneMode::Actor;
        bool disputedVisible = true;
        bool contextVisible = true;

        bool shows(Layer layer) const
        {
            return layer == Layer::Disputed ? disputedVisible : contextVisible;
        }
        friend bool operator==(const LayoutOptions &a, const LayoutOptions &b)
        {
            return a.laneMode == b.laneMode && a.disputedVisible == b.disputedVisible
                    && a.contextVisible == b.contextVisible;
        }
    };
    LayoutOptions layoutOptions() const;
    // Where the marks go: the layout of the statements of the visible layers. Needs no widget,
    // so a worker thread may make it. The dataset's links (DatasetLinks) spare it lookups.
    static TimelineLayout layoutOf(const Dataset &dataset, const LayoutOptions &options,
                                   const DatasetLinks *links = nullptr);
    // Shows a dataset whose layout was made beforehand; if the options have changed since, a
    // new one is made.
    void setDataset(const Dataset &dataset, const TimelineLayout &layout,
                    const LayoutOptions &madeWith);

    const TimelineLayout &layout() const { return m_layout; }
    // Where a statement's mark is drawn, in viewport coordinates (for tests and tooltips).
    QPoint markPosition(const QString &statementId) const;
    // The tooltip text of a statement's mark.
    QString markToolTip(const QString &statementId) const;
    // How a mark is drawn now: its size (marker diameter or pen width) shows the emphasis.
    qreal markEmphasis(const QString &statementId) const;
    // The lane names as shown now, top lane first; empty for a lane left unnamed.
    QStringList laneLabelsShown() const;
    const TimelineSpans *spans() const { return m_spans; }
    const TimelineHandles *handles() const { return m_handles; }

signals:
    void laneModeChanged(TimelineChartView::LaneMode mode);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showLayout();
    void updateLaneGrid();
    void applyTheme();
    void updateEmphasis();
    void adaptAxisLabels();
    int legendHeight() const;
    void placeLabelsAndLegend();
    void fitLaneLabels();
    void placeLegend();
    void zoomBy(qreal factor, qreal anchorMs);
    void panBy(qreal fraction);
    void stepSelection(int direction);
    // The mark under a viewport position (within a few pixels), or -1. Hit-testing here rather
    // than through the series' clicked signal: QChartView's rubber band takes every left press
    // in the plot area before a series could see it.
    int markAtPosition(const QPoint &position) const;
    QPointF toViewport(qreal ms, qreal y) const;

    Selection *m_selection;
    Dataset m_dataset;
    TimelineLayout m_layout;
    LaneMode m_laneMode = LaneMode::Actor;
    bool m_disputedVisible = true;
    bool m_contextVisible = true;
    QDateTimeAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_laneAxis = nullptr;
    LaneGrid *m_laneGrid = nullptr; // owned by the chart
    int m_gridLanes = -1;           // the lanes and grid spacing the lane grid was last given
    int m_gridEvery = 0;
    QHash<int, QScatterSeries *> m_pointSeries; // by stance
    QScatterSeries *m_reference = nullptr;      // empty: the axes' series for the drawn marks
    std::unique_ptr<LaneLabels> m_laneLabels;
    TimelineSpans *m_spans;     // owned by the chart
    TimelineHandles *m_handles; // owned by the chart
    QList<bool> m_emphasized;   // by mark: drawn larger, for the selected actor or statement
    QList<int> m_spanMarks;     // the mark of each span given to m_spans, in order
    bool m_panning = false;
    QPoint m_panOrigin;
};
