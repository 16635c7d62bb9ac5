#include "views/actoritemdelegate.h"

#include "datasetbuilders.h"
#include "models/actortreemodel.h"
#include "warningsareerrors.h"

#include <QHBoxLayout>
#include <QImage>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

class TestActorItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init() { failOnUnexpectedWarnings(); }
    void countsLookAsTheStyleDrawsThem();
};

namespace {

// Two actors with claims and denials: "Ford" 12 and 3, "Xiaomi" 7 and 104.
Dataset counted()
{
    Dataset dataset;
    dataset.id = u"counts"_s;
    dataset.title = u"Counts"_s;
    dataset.actors = {makeActor(u"ford"_s, u"Ford"_s, ActorKind::Organization),
                      makeActor(u"xiaomi"_s, u"Xiaomi"_s, ActorKind::Organization)};
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
    add(u"xiaomi"_s, Stance::Denial, 104);
    dataset.rebuildIndex();
    return dataset;
}

// Sizes and names as the actor delegate does, counts as the style draws any text.
class StyleDrawnCounts final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() == ActorTreeModel::NameColumn)
            m_actors.paint(painter, option, index);
        else
            QStyledItemDelegate::paint(painter, option, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_actors.sizeHint(option, index);
    }

private:
    ActorItemDelegate m_actors;
};

} // namespace

// The counts, drawn from text laid out once, are the pixels the style draws for them: on a plain
// row and a selected one, and again after the font changes.
void TestActorItemDelegate::countsLookAsTheStyleDrawsThem()
{
    ActorTreeModel model;
    model.setDataset(counted());
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QTreeView drawn;
    QTreeView byStyle;
    drawn.setItemDelegate(new ActorItemDelegate(&drawn));
    byStyle.setItemDelegate(new StyleDrawnCounts(&byStyle));
    for (QTreeView *view : {&drawn, &byStyle}) {
        view->setModel(&model);
        view->setAllColumnsShowFocus(true);
        view->setFocusPolicy(Qt::NoFocus); // neither shows its selection as the focused one
        layout->addWidget(view);
    }
    window.resize(800, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto compareCounts = [&] {
        for (QTreeView *view : {&drawn, &byStyle}) {
            view->setCurrentIndex(model.index(1, 0));
            view->expandAll();
        }
        QCoreApplication::processEvents();
        const QImage drawnImage
                = drawn.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage styleImage
                = byStyle.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int cells = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (const int column :
                 {int(ActorTreeModel::ClaimsColumn), int(ActorTreeModel::DenialsColumn)}) {
                const QModelIndex index = model.index(row, column);
                const QRect cell = drawn.visualRect(index);
                QCOMPARE(cell, byStyle.visualRect(index));
                QVERIFY(!index.data().toString().isEmpty());
                QCOMPARE(drawnImage.copy(cell), styleImage.copy(cell));
                ++cells;
            }
        }
        QCOMPARE(cells, 4);
    };
    compareCounts();
    QFont bigger = window.font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6);
    window.setFont(bigger);
    compareCounts();
}

QTEST_MAIN(TestActorItemDelegate)
#include "tst_actoritemdelegate.moc"
