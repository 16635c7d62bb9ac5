#include "models/builtindataset.h"
#include "models/documentstore.h"
#include "models/fileopener.h"
#include "views/mainwindow.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// The program in Simplified Chinese, chosen from the user's language as the test's environment
// sets it (LANGUAGE=zh_CN, as a desktop session does), with the compiled-in dataset.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void systemLocaleAsksForChinese();
    void menusAreChinese();
    void statusLineCountsInChinese();
    void standardButtonsAreChinese();
    void everyMessageIsTranslated();

private:
    std::unique_ptr<DocumentStore> m_store;
};

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.script() == QChar::Script_Han; });
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%(n|\\d+)"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// One message of a .ts file: what the program asks QCoreApplication::translate for.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString state; // the translation's type: empty when finished
};

QList<Message> messagesOf(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes", {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.state = xml.attributes().value(u"type"_s).toString();
            messages.append(message);
        }
    }
    return messages;
}

} // namespace

void TestTranslations::initTestCase()
{
    QCoreApplication::setOrganizationName(u"DisputeExplorerTests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    QGuiApplication::setApplicationDisplayName(u"Dispute Explorer"_s);
    installTranslations(QCoreApplication::instance());
}

void TestTranslations::init()
{
    failOnUnexpectedWarnings();
    QSettings().clear();
    m_store = std::make_unique<DocumentStore>();
    QVERIFY(openFile(*m_store, BuiltinDataset::path()).ok());
}

void TestTranslations::systemLocaleAsksForChinese()
{
    const QStringList languages = QLocale::system().uiLanguages();
    QVERIFY2(!languages.isEmpty(), "no user-interface language");
    QCOMPARE(QLocale(languages.first()).language(), QLocale::Chinese);
}

void TestTranslations::menusAreChinese()
{
    MainWindow window(m_store.get());
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), u"文件(&F)"_s);
    for (QAction *menu : menus) {
        QVERIFY2(hasHan(menu->text()), qPrintable(menu->text()));
        const auto actions = menu->menu()->findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (!action->isSeparator() && !action->text().isEmpty())
                QVERIFY2(hasHan(action->text()), qPrintable(action->text()));
        }
    }
}

void TestTranslations::statusLineCountsInChinese()
{
    MainWindow window(m_store.get());
    const QString status = window.findChild<QLabel *>(u"statusSummary"_s)->text();
    QCOMPARE(status,
             u"Ford–Xiaomi EV partnership report · 15 个行动者 · 5 条说法 · 2 条否认 · 截至 "
             "2026年2月2日"_s);
}

void TestTranslations::standardButtonsAreChinese()
{
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                             | QDialogButtonBox::Save);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), u"确定"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"取消"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), u"保存"_s);
}

void TestTranslations::everyMessageIsTranslated()
{
    QTranslator chinese;
    QVERIFY(chinese.load(u":/i18n/dispute-explorer_zh_CN.qm"_s));
    const QList<Message> messages
            = messagesOf(QStringLiteral(DISPUTE_TRANSLATIONS_DIR "/dispute-explorer_zh_CN.ts"));
    QVERIFY2(!messages.isEmpty(), "the Simplified Chinese .ts file holds no message");
    for (const Message &message : messages) {
        if (message.state == u"vanished" || message.state == u"obsolete")
            continue;
        const QString where = message.context + u": "_s + message.source;
        QVERIFY2(message.state.isEmpty(), qPrintable(where));
        const QString translation = chinese.translate(
                qPrintable(message.context), message.source.toUtf8().constData(),
                message.comment.isEmpty() ? nullptr : message.comment.toUtf8().constData(),
                message.numerus ? 2 : -1);
        QVERIFY2(!translation.isEmpty(), qPrintable(where));
        QCOMPARE(placeholders(translation), placeholders(message.source));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
