#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QChart;
class QGraphicsSimpleTextItem;

// The timeline's lane names, drawn beside the plot by the view itself. Qt Charts turns a
// category label into "..." as soon as its lane is shorter than the text plus padding, so on a
// short chart every name was lost; here a name gets a smaller font when its lane is short, and
// when even the smallest font does not fit, only every second (third, ...) lane is named.
class LaneLabels
{
public:
    explicit LaneLabels(QChart *chart);
    ~LaneLabels();
    Q_DISABLE_COPY_MOVE(LaneLabels)

    // Names from the top lane down; they are elided to maxWidth pixels.
    void setLabels(const QStringList &names, const QFont &font, const QColor &color, int maxWidth);
    // Places the names left of plotArea, one lane each, and shows as many as fit.
    void place(const QRectF &plotArea);
    // The names as shown now, top lane first; an empty string for a lane left unnamed.
    QStringList shownLabels() const;

private:
    QChart *m_chart;
    QList<QGraphicsSimpleTextItem *> m_items;
    QStringList m_names;
    QFont m_font;
    int m_maxWidth = 0;
};
