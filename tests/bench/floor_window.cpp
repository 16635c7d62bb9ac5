// The floor of starting and painting: a bare window with a tree view and a chart view, shown
// offscreen and saved once as a PNG, as `dispute-explorer --screenshot` does with the real one.
//   bench_floor_window OUT.png
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QStandardItemModel>
#include <QTreeView>

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QStandardItemModel model;
    model.appendRow(new QStandardItem(QStringLiteral("Actor")));
    auto *tree = new QTreeView;
    tree->setModel(&model);
    layout->addWidget(tree);
    auto *chart = new QChart;
    chart->setTitle(QStringLiteral("Timeline"));
    layout->addWidget(new QChartView(chart), 1);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    return window.grab().save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
