// Reading a data file at scale: Qt's bare parse (the floor), then the whole reader (parse,
// strict syntax check, build, validate), the item models built from the dataset, and writing it
// back as JSON (saving it, or hashing it for an export's provenance line).
// Run with -callgrind for instruction counts, e.g. `bench_reader -callgrind read:10k`.
#include "models/actortreemodel.h"
#include "models/datasetreader.h"
#include "models/datasetwriter.h"
#include "models/statementmodel.h"
#include "tests/bench/benchinput.h"

#include <QJsonDocument>
#include <QTest>

class BenchReader : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void parseFloor_data() { sizes_data(); }
    void parseFloor();
    void read_data() { sizes_data(); }
    void read();
    void buildModels_data() { sizes_data(); }
    void buildModels();
    void write_data() { sizes_data(); }
    void write();
    void hashOfJson_data() { sizes_data(); }
    void hashOfJson();
};

void BenchReader::sizes_data()
{
    QTest::addColumn<int>("statements");
    for (const int count : {1'000, 10'000, 100'000})
        QTest::newRow(qPrintable(BenchInput::rowName(count))) << count;
}

void BenchReader::parseFloor()
{
    QFETCH(int, statements);
    const QByteArray json = BenchInput::json(statements);
    QBENCHMARK {
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
    }
}

void BenchReader::read()
{
    QFETCH(int, statements);
    const QByteArray json = BenchInput::json(statements);
    QBENCHMARK {
        const ReadResult result = DatasetReader::read(json, QStringLiteral("bench.json"));
        QVERIFY(result.ok());
    }
}

void BenchReader::buildModels()
{
    QFETCH(int, statements);
    const ReadResult result = DatasetReader::read(BenchInput::json(statements), QString());
    QVERIFY(result.ok());
    QBENCHMARK {
        ActorTreeModel actors;
        actors.setDataset(*result.dataset);
        StatementModel statementModel;
        statementModel.setDataset(*result.dataset);
    }
}

void BenchReader::write()
{
    QFETCH(int, statements);
    const ReadResult result = DatasetReader::read(BenchInput::json(statements), QString());
    QVERIFY(result.ok());
    QBENCHMARK {
        const QByteArray json = DatasetWriter::toJson(*result.dataset);
        QVERIFY(!json.isEmpty());
    }
}

// What the provenance line's data hash takes: writing the JSON and hashing it.
void BenchReader::hashOfJson()
{
    QFETCH(int, statements);
    const ReadResult result = DatasetReader::read(BenchInput::json(statements), QString());
    QVERIFY(result.ok());
    QBENCHMARK {
        const QByteArray hash
                = DatasetWriter::hashOfJson(*result.dataset, QCryptographicHash::Blake2b_256);
        QCOMPARE(hash.size(), 32);
    }
}

int main(int argc, char *argv[])
{
    BenchInput::isolate();
    QCoreApplication app(argc, argv);
    BenchReader benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}

#include "bench_reader.moc"
