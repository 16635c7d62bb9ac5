#include "views/stancematrixview.h"

#include "models/selection.h"
#include "models/stancematrixmodel.h"
#include "views/plaintext.h"
#include "views/stancestyle.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int claimColumnWidth = 320;
constexpr int actorColumnWidth = 130;

// Draws a cell's stance as its shape, in its colour, before the words: a stance is told by
// shape and word, never by colour alone. Its tooltips show the data's words literally.
class StanceCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || !index.isValid())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        return PlainText::showToolTip(event, view->viewport(), option.rect,
                                      index.data(Qt::ToolTipRole).toString());
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant stance = index.data(StanceMatrixModel::StanceRole);
        if (!stance.isValid())
            return;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = iconFor(Stance(stance.toInt()), option->fontMetrics.height());
        option->decorationSize = QSize(option->fontMetrics.height(), option->fontMetrics.height());
    }

private:
    static QIcon iconFor(Stance stance, int size)
    {
        QPixmap pixmap(size * 2, size * 2);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setPen(StanceStyle::color(stance));
        QFont font = painter.font();
        font.setPixelSize(size);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, StanceStyle::symbol(stance));
        return QIcon(pixmap);
    }
};

// Sorts through the model's own comparison: the same order as SortRole's values, without
// making two QVariants for each of the half million comparisons that sort 40k claims.
class StanceMatrixProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto *matrix = static_cast<const StanceMatrixModel *>(sourceModel());
        return matrix->sortsBefore(left.row(), right.row(), left.column());
    }
};

} // namespace

StanceMatrixView::StanceMatrixView(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new StanceMatrixModel(this))
    , m_proxy(new StanceMatrixProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("stanceMatrix"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StanceMatrixModel::SortRole);
    m_proxy->setFilterKeyColumn(StanceMatrixModel::ClaimColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter claims"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the claims of the stance matrix"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new StanceCellDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StanceMatrixModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultSectionSize(actorColumnWidth);
    m_table->horizontalHeader()->setHighlightSections(true);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAccessibleName(tr("Stance matrix"));
    m_table->setAccessibleDescription(
            tr("One row per claim and one column per actor: whether the actor made, denied, "
               "reacted to or was the subject of the claim. Enter selects the statement behind "
               "a cell."));
    // The actors' names, the column headers' tooltips, are shown literally.
    m_table->horizontalHeader()->viewport()->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, &StanceMatrixView::selectStatementOf);
    connect(m_table, &QTableView::clicked, this, &StanceMatrixView::selectStatementOf);
    connect(m_selection, &Selection::changed, this, &StanceMatrixView::followSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void StanceMatrixView::setDataset(const Dataset &dataset)
{
    setContent(StanceMatrixModel::contentOf(dataset, analyseClaims(dataset)));
}

void StanceMatrixView::setContent(StanceMatrixModel::Content content)
{
    setContent([content = std::move(content)] { return content; });
}

void StanceMatrixView::setContent(std::function<StanceMatrixModel::Content()> make)
{
    if (isVisible())
        takeContent(make());
    else
        m_waiting = std::move(make);
}

void StanceMatrixView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_waiting)
        takeContent(std::exchange(m_waiting, nullptr)());
}

void StanceMatrixView::takeContent(StanceMatrixModel::Content content)
{
    m_dataset = content.dataset;
    m_model->setContent(std::move(content));
    m_table->setColumnWidth(StanceMatrixModel::ClaimColumn, claimColumnWidth);
    m_table->resizeColumnToContents(StanceMatrixModel::DateColumn);
    m_table->resizeColumnToContents(StanceMatrixModel::AnswersColumn);
    m_table->resizeColumnToContents(StanceMatrixModel::EvidenceColumn);
    followSelection(m_selection->actorId(), m_selection->statementId());
}

bool StanceMatrixView::eventFilter(QObject *watched, QEvent *event)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (watched != header->viewport() || event->type() != QEvent::ToolTip)
        return QWidget::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int section = header->logicalIndexAt(help->pos());
    const QRect area(header->sectionViewportPosition(section), 0, header->sectionSize(section),
                     header->height());
    PlainText::showToolTip(
            help, header->viewport(), area,
            section < 0 ? QString()
                        : m_proxy->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString());
    return true;
}

void StanceMatrixView::selectStatementOf(const QModelIndex &index)
{
    const QString statementId = index.data(StanceMatrixModel::StatementIdRole).toString();
    if (const Statement *statement = m_dataset.statement(statementId))
        m_selection->selectStatement(statement->id, statement->actor);
}

void StanceMatrixView::followSelection(const QString &, const QString &statementId)
{
    const int row = m_model->rowOfClaim(statementId);
    if (row < 0)
        return;
    const QModelIndex claim
            = m_proxy->mapFromSource(m_model->index(row, StanceMatrixModel::ClaimColumn));
    if (!claim.isValid())
        return; // filtered out
    if (m_table->currentIndex().row() != claim.row())
        m_table->setCurrentIndex(claim);
    m_table->scrollTo(claim);
}
