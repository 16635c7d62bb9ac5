// The floor of loading a file: read it and let Qt parse it, nothing else.
//   bench_floor_parse FILE
#include <QFile>
#include <QJsonDocument>

int main(int argc, char *argv[])
{
    if (argc != 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isObject() ? 0 : 1;
}
