#include "views/lanelabels.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>

namespace {

constexpr qreal smallestPointSize = 6.0;
constexpr qreal gap = 6.0; // pixels between a name and the plot

} // namespace

LaneLabels::LaneLabels(QChart *chart)
    : m_chart(chart)
{ }

LaneLabels::~LaneLabels()
{
    qDeleteAll(m_items);
}

void LaneLabels::setLabels(const QStringList &names, const QFont &font, const QColor &color,
                           int maxWidth)
{
    qDeleteAll(m_items);
    m_items.clear();
    m_names = names;
    m_font = font;
    m_maxWidth = maxWidth;
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setBrush(color);
        item->setZValue(m_chart->zValue() + 1);
        m_items.append(item);
    }
}

void LaneLabels::place(const QRectF &plotArea)
{
    if (m_items.isEmpty() || plotArea.height() <= 0)
        return;
    const qreal laneHeight = plotArea.height() / m_items.size();
    QFont font = m_font;
    const qreal fullHeight = QFontMetricsF(font).height();
    if (fullHeight > laneHeight) {
        font.setPointSizeF(
                std::max(smallestPointSize, font.pointSizeF() * laneHeight / fullHeight));
    }
    const QFontMetricsF metrics(font);
    // Every step-th lane is named when even the smallest font is taller than one lane.
    const int step = std::max(1, int(std::ceil(metrics.height() / laneHeight)));
    const int width = std::min<int>(m_maxWidth, int(plotArea.left() - gap));
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_items.at(i);
        item->setVisible(i % step == 0 && width > 0);
        if (!item->isVisible())
            continue;
        item->setFont(font);
        item->setText(metrics.elidedText(m_names.at(i), Qt::ElideRight, width));
        const QRectF bounds = item->boundingRect();
        const qreal centre = plotArea.top() + (qreal(i) + 0.5) * laneHeight;
        item->setPos(plotArea.left() - gap - bounds.width(), centre - bounds.height() / 2);
    }
}

QStringList LaneLabels::shownLabels() const
{
    QStringList shown;
    for (const QGraphicsSimpleTextItem *item : m_items)
        shown.append(item->isVisible() ? item->text() : QString());
    return shown;
}
