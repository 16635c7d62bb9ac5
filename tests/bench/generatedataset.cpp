// Writes a benchmark dataset: generatedataset OUT.json STATEMENTS
#include "models/datasetwriter.h"
#include "tests/bench/benchdataset.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool isNumber = false;
    const int statements = arguments.size() == 3 ? arguments.at(2).toInt(&isNumber) : 0;
    if (!isNumber || statements < 1) {
        QTextStream(stderr) << "usage: bench_generate OUT.json STATEMENTS" << Qt::endl;
        return 2;
    }
    const QString error = DatasetWriter::save(BenchDataset::make(statements), arguments.at(1));
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    return 0;
}
