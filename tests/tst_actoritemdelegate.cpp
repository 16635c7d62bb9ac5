#include "views/actoritemdelegate.h"

#include "datasetbuilders.h"
#include "models/actortreemodel.h"
#include "warningsareerrors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

#include <array>

using namespace Qt::Literals::StringLiterals;

class TestActorItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }
    void cellsLookAsTheStyleDrawsThem();
    void countColumnsFitAsTheStyleFitsThem();
};

namespace {

// Actors with claims and denials: "Ford" 12 and 3, "Xiaomi" 7 and 104 (more with
// moreXiaomiDenials), a person with a long name inside Ford 2 and 1, and one with a Chinese name
// 1 and 5.
Dataset counted(int moreXiaomiDenials = 0)
{
    Dataset dataset;
    dataset.id = u"counts"_s;
    dataset.title = u"Counts"_s;
    dataset.actors = {makeActor(u"ford"_s, u"Ford"_s, ActorKind::Organization),
                      makeActor(u"farley"_s,
                                u"James D. Farley Jr., President and Chief Executive Officer"_s,
                                ActorKind::Person, u"ford"_s),
                      makeActor(u"xiaomi"_s, u"Xiaomi"_s, ActorKind::Organization),
                      makeActor(u"lei"_s, u"雷军"_s, ActorKind::Person)};
    const auto add = [&](const QString &actor, Stance stance, int count) {
        for (int i = 0; i < count; ++i) {
            dataset.statements.append(
                    makeStatement(u"%1-%2-%3"_s.arg(actor).arg(int(stance)).arg(i), actor, stance,
                                  u"2026-02-0%1"_s.arg(i % 9 + 1), u"text"_s));
        }
    };
    add(u"ford"_s, Stance::Claim, 12);
    add(u"ford"_s, Stance::Denial, 3);
    add(u"xiaomi"_s, Stance::Claim, 7);
    add(u"xiaomi"_s, Stance::Denial, 104 + moreXiaomiDenials);
    add(u"farley"_s, Stance::Claim, 2);
    add(u"farley"_s, Stance::Denial, 1);
    add(u"lei"_s, Stance::Claim, 1);
    add(u"lei"_s, Stance::Denial, 5);
    dataset.rebuildIndex();
    return dataset;
}

// The kinds' icons as the actor delegate shows them, the rest as the style draws any item.
class StyleDrawn final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant kind = index.data(ActorTreeModel::KindRole);
        if (index.column() != ActorTreeModel::NameColumn || !kind.isValid())
            return;
        option->icon = ActorItemDelegate::iconOf(ActorKind(kind.toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

// Two trees of one model side by side in a shown window: one drawn by the actor delegate, one
// by the style.
struct SideBySide
{
    explicit SideBySide(ActorTreeModel *model)
    {
        auto *layout = new QHBoxLayout(&window);
        drawn.setItemDelegate(new ActorItemDelegate(&drawn));
        byStyle.setItemDelegate(new StyleDrawn(&byStyle));
        for (QTreeView *view : views()) {
            view->setModel(model);
            layout->addWidget(view);
        }
        window.resize(800, 300);
    }
    std::array<QTreeView *, 2> views() { return {&drawn, &byStyle}; }

    QWidget window;
    QTreeView drawn;
    QTreeView byStyle;
};

} // namespace

// Names and counts, drawn from text laid out once, are the pixels the style draws for them: on
// plain rows and a selected one, long names elided, and again after the font changes.
void TestActorItemDelegate::cellsLookAsTheStyleDrawsThem()
{
    ActorTreeModel model;
    model.setDataset(counted());
    SideBySide trees(&model);
    auto &[window, drawn, byStyle] = trees;
    for (QTreeView *view : trees.views()) {
        view->setAllColumnsShowFocus(true);
        view->setFocusPolicy(Qt::NoFocus); // neither shows its selection as the focused one
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto compareCells = [&] {
        for (QTreeView *view : {&drawn, &byStyle}) {
            view->expandAll();
            view->setCurrentIndex(model.indexForActor(u"xiaomi"_s));
            view->header()->resizeSection(ActorTreeModel::NameColumn, 170); // elides a name
        }
        QCoreApplication::processEvents();
        const QImage drawnImage
                = drawn.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage styleImage
                = byStyle.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int cells = 0;
        for (const QString &actor : {u"ford"_s, u"farley"_s, u"xiaomi"_s, u"lei"_s}) {
            const QModelIndex name = model.indexForActor(actor);
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = name.siblingAtColumn(column);
                const QRect cell = drawn.visualRect(index);
                QCOMPARE(cell, byStyle.visualRect(index));
                QVERIFY(cell.isValid());
                QVERIFY(!index.data().toString().isEmpty());
                QCOMPARE(drawnImage.copy(cell), styleImage.copy(cell));
                ++cells;
            }
        }
        QCOMPARE(cells, 12);
    };
    compareCells();
    QFont bigger = window.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    window.setFont(bigger);
    compareCells();
}

// The header fits the count columns to the sizes the delegate gives, which it remembers by
// text: they must stay the style's, also once the font and the counts change.
void TestActorItemDelegate::countColumnsFitAsTheStyleFitsThem()
{
    ActorTreeModel model;
    model.setDataset(counted());
    SideBySide trees(&model);
    auto &[window, drawn, byStyle] = trees;
    for (QTreeView *view : trees.views()) {
        for (int column = 1; column < model.columnCount(); ++column)
            view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto compareSizes = [&] {
        for (QTreeView *view : {&drawn, &byStyle})
            view->expandAll();
        QCoreApplication::processEvents();
        int cells = 0;
        for (const QString &actor : {u"ford"_s, u"farley"_s, u"xiaomi"_s, u"lei"_s}) {
            const QModelIndex name = model.indexForActor(actor);
            for (int column = 1; column < model.columnCount(); ++column) {
                const QModelIndex index = name.siblingAtColumn(column);
                QCOMPARE(drawn.sizeHintForIndex(index), byStyle.sizeHintForIndex(index));
                ++cells;
            }
        }
        QCOMPARE(cells, 8);
        for (int column = 1; column < model.columnCount(); ++column)
            QCOMPARE(drawn.header()->sectionSize(column), byStyle.header()->sectionSize(column));
    };
    compareSizes();
    const QModelIndex xiaomiDenials
            = model.indexForActor(u"xiaomi"_s, ActorTreeModel::DenialsColumn);
    const int denialsWidth = drawn.sizeHintForIndex(xiaomiDenials).width();
    QFont bigger = window.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    window.setFont(bigger);
    compareSizes();
    QVERIFY(drawn.sizeHintForIndex(xiaomiDenials).width() > denialsWidth);
    model.setDataset(counted(1000));
    compareSizes();
    QCOMPARE(model.indexForActor(u"xiaomi"_s, ActorTreeModel::DenialsColumn).data().toString(),
             u"1104"_s);
}

QTEST_MAIN(TestActorItemDelegate)
#include "tst_actoritemdelegate.moc"
