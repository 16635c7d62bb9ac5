#include "views/actortreepanel.h"

#include "models/actorfilterproxymodel.h"
#include "models/actortreemodel.h"
#include "models/selection.h"
#include "views/actoritemdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

ActorTreePanel::ActorTreePanel(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new ActorTreeModel(this))
    , m_proxy(new ActorFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_search->setObjectName(QStringLiteral("actorSearch"));
    m_search->setPlaceholderText(tr("Search actors and statements (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setAccessibleDescription(
            tr("Filters the actor tree by name, alias, role and statement text"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("actorTree"));
    m_tree->setAccessibleName(tr("Actors"));
    m_tree->setAccessibleDescription(
            tr("The people and organisations of the dispute, with their claims and denials"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new ActorItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);

    connect(m_search, &QLineEdit::textChanged, this, &ActorTreePanel::applySearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActorTreePanel::onCurrentRowChanged);
    connect(m_selection, &Selection::changed, this, &ActorTreePanel::followSelection);
}

void ActorTreePanel::setDataset(const Dataset &dataset)
{
    setDataset(dataset, ActorTreeModel::factsOf(dataset));
}

void ActorTreePanel::setDataset(const Dataset &dataset, QList<ActorTreeModel::Facts> facts)
{
    m_following = true;
    m_model->setDataset(dataset, std::move(facts));
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->expandAll();
    m_following = false;
    followSelection();
}

void ActorTreePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ActorTreePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_tree->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActorTreePanel::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_following || !current.isValid())
        return;
    const QString actorId = current.data(ActorTreeModel::ActorIdRole).toString();
    if (actorId != m_selection->actorId())
        m_selection->selectActor(actorId);
}

void ActorTreePanel::followSelection()
{
    const QModelIndex index
            = m_proxy->mapFromSource(m_model->indexForActor(m_selection->actorId()));
    m_following = true;
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearSelection();
        m_tree->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_following = false;
}

void ActorTreePanel::applySearch(const QString &text)
{
    m_proxy->setSearchText(text);
    m_tree->expandAll();
    followSelection();
}
