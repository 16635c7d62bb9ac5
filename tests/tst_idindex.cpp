#include "models/idindex.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Item
{
    QString id;
};

QList<Item> itemsWithIds(const QStringList &ids)
{
    QList<Item> items;
    for (const QString &id : ids)
        items.append({id});
    return items;
}

} // namespace

class TestIdIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryIdAndNoOther();
    void keepsTheFirstOfARepeatedId();
    void emptyListFindsNothing();
    void copiesFindTheSame();
    void neverReadsPastAListThatShrank();
};

// Enough ids that probes run through occupied slots, ids that differ in one character, in
// length, in case and beyond Latin-1.
void TestIdIndex::findsEveryIdAndNoOther()
{
    QStringList ids;
    for (int i = 0; i < 20'000; ++i)
        ids.append(u"statement-"_s + QString::number(i));
    ids += {u"甲"_s, u"乙"_s, u"Statement-1"_s, QString(300, u'x'), QString(301, u'x')};
    const QList<Item> items = itemsWithIds(ids);
    const IdIndex index = IdIndex::of(items);
    QCOMPARE(index.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        QCOMPARE(index.find(items, items.at(i).id), i);
    for (const QString &missing : {u"statement-20000"_s, u"statement-"_s, u"statement-1 "_s,
                                   u"STATEMENT-1"_s, u"丙"_s, QString(), QString(299, u'x')}) {
        QCOMPARE(index.find(items, missing), -1);
    }
}

void TestIdIndex::keepsTheFirstOfARepeatedId()
{
    const QList<Item> items = itemsWithIds({u"a"_s, u"b"_s, u"a"_s, u"c"_s, u"b"_s, u"a"_s});
    const IdIndex index = IdIndex::of(items);
    QCOMPARE(index.size(), 3);
    QCOMPARE(index.find(items, u"a"), 0);
    QCOMPARE(index.find(items, u"b"), 1);
    QCOMPARE(index.find(items, u"c"), 3);
}

void TestIdIndex::emptyListFindsNothing()
{
    const QList<Item> none;
    QCOMPARE(IdIndex().find(none, u"a"), -1);
    QCOMPARE(IdIndex().size(), 0);
    const IdIndex index = IdIndex::of(none);
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.find(none, u"a"), -1);
    QCOMPARE(index.find(none, QString()), -1);
}

void TestIdIndex::copiesFindTheSame()
{
    const QList<Item> items = itemsWithIds({u"x"_s, u"y"_s, u"z"_s});
    IdIndex copy;
    {
        const IdIndex index = IdIndex::of(items);
        copy = index;
    }
    QCOMPARE(copy.size(), 3);
    QCOMPARE(copy.find(items, u"z"), 2);
}

// A dataset's lists may change before its index is made again: a lookup then may miss, but
// never reads an item the list no longer has.
void TestIdIndex::neverReadsPastAListThatShrank()
{
    QList<Item> items;
    for (int i = 0; i < 100; ++i)
        items.append({u"id-"_s + QString::number(i)});
    const IdIndex index = IdIndex::of(items);
    items.resize(10);
    QCOMPARE(index.find(items, u"id-5"), 5);
    QCOMPARE(index.find(items, u"id-50"), -1);
}

QTEST_GUILESS_MAIN(TestIdIndex)
#include "tst_idindex.moc"
