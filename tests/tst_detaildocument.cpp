#include "views/detaildocument.h"

#include "datasetbuilders.h"
#include "models/selection.h"
#include "views/detailpane.h"
#include "views/translations.h"
#include "warningsareerrors.h"

#include <QDesktopServices>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

class TestDetailDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void init() { failOnUnexpectedWarnings(); }
    void overviewListsClaimsWithTheirAnswers();
    void overviewSaysWhatIsUnansweredAndOnWhatEvidence();
    void actorPageGroupsByStanceInDateOrder();
    void saidAboutShowsWhoSaidIt();
    void datasetTextIsNeverMarkup();
    void everyTextFieldIsPlainText();
    void sourceUrlsNeverBecomeLinks();
    void sourceLinksOpenOnTheDesktop();
    void detailPaneLoadsNoImage();
    void selectedStatementIsHighlighted();
    void paneScrollsToTheSelectedStatement();
    void longPagesAreShownWhenReady_data();
    void longPagesAreShownWhenReady();
    void longListsShowTheirFirstEntriesAndTheSelected();
    void links();
};

namespace {

// Stands in for the desktop: records the URLs it is asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

Dataset sample()
{
    Dataset dataset;
    dataset.id = u"sample"_s;
    dataset.title = u"Sample dispute"_s;
    dataset.summary = u"A summary."_s;
    dataset.asOf = EdtfDate::parse(u"2026-02-02");
    Actor ft {u"ft"_s, u"Financial Times"_s, ActorKind::Media, {}, {}, {}, {}, {}};
    Actor ford {u"ford"_s, u"Ford"_s, ActorKind::Organization, {}, {}, {}, {}, {}};
    Actor truby {u"truby"_s,
                 u"Mark Truby"_s,
                 ActorKind::Person,
                 u"ford"_s,
                 u"Chief Communications Officer"_s,
                 {},
                 {},
                 {}};
    dataset.actors = {ft, ford, truby};
    Source post {u"post"_s,
                 u"Mark Truby's post on X"_s,
                 SourceKind::Post,
                 u"truby"_s,
                 {},
                 std::nullopt,
                 {},
                 QChar(),
                 {}};
    dataset.sources = {post};

    Statement jv
            = makeStatement(u"jv"_s, u"ft"_s, Stance::Claim, u"2026-02"_s, u"A joint venture."_s);
    jv.about = {u"ford"_s};
    Statement byd = makeStatement(u"byd"_s, u"ft"_s, Stance::Claim, u"2026-02"_s, u"BYD talks."_s);
    Statement denial = makeStatement(u"denial"_s, u"truby"_s, Stance::Denial, u"2026-02-02"_s,
                                     u"Calls the story false."_s);
    denial.quote = u"completely false"_s;
    denial.sources = {u"post"_s};
    denial.respondsTo = {u"jv"_s};
    Statement early = makeStatement(u"early"_s, u"truby"_s, Stance::Denial, u"2026-01-15"_s,
                                    u"An earlier denial."_s);
    early.respondsTo = {u"jv"_s};
    Statement context
            = makeStatement(u"context"_s, u"truby"_s, Stance::Context, u"2025"_s, u"Background."_s);
    dataset.statements = {jv, byd, denial, early, context};
    dataset.rebuildIndex();
    return dataset;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

const DetailDocument::Options options {QColor(0xff, 0xee, 0x88)};

// Whether the text is on the pane's page and scrolled into view.
bool shows(DetailPane &pane, const QString &text)
{
    const QTextCursor found = pane.document()->find(text);
    return !found.isNull() && pane.viewport()->rect().contains(pane.cursorRect(found));
}

} // namespace

void TestDetailDocument::overviewListsClaimsWithTheirAnswers()
{
    const QString text = plainText(DetailDocument::html(sample(), {}, {}, options));
    QVERIFY(text.contains(u"Sample dispute"_s));
    QVERIFY(text.contains(u"As of 2 Feb 2026"_s));
    QVERIFY(text.contains(u"A joint venture."_s));
    QVERIFY(text.contains(u"Answered by:"_s));
    // The BYD claim has no answer, and the page says so.
    const qsizetype byd = text.indexOf(u"BYD talks."_s);
    QVERIFY(byd >= 0);
    QVERIFY(text.indexOf(u"No denial or reaction answers this claim."_s, byd) > byd);
}

void TestDetailDocument::overviewSaysWhatIsUnansweredAndOnWhatEvidence()
{
    Dataset dataset = sample();
    dataset.actors.append({u"xiaomi"_s, u"Xiaomi"_s, ActorKind::Organization, {}, {}, {}, {}, {}});
    dataset.statements[0].about = {u"ford"_s, u"xiaomi"_s};
    dataset.rebuildIndex();
    const QString text = plainText(DetailDocument::html(dataset, {}, {}, options));
    // The unanswered claims are listed first, then each claim's evidence, lags and silences.
    const qsizetype unanswered = text.indexOf(u"Claims nobody answered (1)"_s);
    QVERIFY(unanswered >= 0);
    QVERIFY(text.indexOf(u"BYD talks."_s, unanswered) > unanswered);
    QVERIFY(text.indexOf(u"BYD talks."_s, unanswered)
            < text.indexOf(u"Claims and their answers"_s));
    const qsizetype jv = text.indexOf(u"A joint venture."_s, text.indexOf(u"Claims and their"_s));
    QVERIFY(jv >= 0);
    QVERIFY(text.indexOf(u"Evidence: no source"_s, jv) > jv);
    // Claimed in February 2026 (from 1 February), denied on 2 February: at most a day later.
    QVERIFY(text.indexOf(u"Calls the story false. (lag: within 1 day)"_s, jv) > jv);
    QVERIFY(text.indexOf(u"An earlier denial. (lag: before the claim)"_s, jv) > jv);
    QVERIFY(text.indexOf(u"Never answered by: Xiaomi"_s, jv) > jv);
    QVERIFY(!text.contains(u"Never answered by: Ford"_s));
}

void TestDetailDocument::actorPageGroupsByStanceInDateOrder()
{
    const QString text = plainText(DetailDocument::html(sample(), u"truby"_s, {}, options));
    QVERIFY(text.startsWith(u"Mark Truby"_s));
    QVERIFY(text.contains(u"person · Chief Communications Officer · part of Ford"_s));
    const qsizetype denials = text.indexOf(u"Denials (2)"_s);
    const qsizetype context = text.indexOf(u"Context (1)"_s);
    QVERIFY(denials > 0 && context > denials);
    // Date order inside the group: January before February.
    const qsizetype earlier = text.indexOf(u"An earlier denial."_s);
    const qsizetype later = text.indexOf(u"Calls the story false."_s);
    QVERIFY(earlier > denials && later > earlier && context > later);
    QVERIFY(text.contains(u"“completely false”"_s));
    QVERIFY(text.contains(u"Mark Truby's post on X (post, ungraded)"_s));
    QVERIFY(text.contains(u"Responds to:"_s));
    QVERIFY(text.contains(u"DENIAL"_s)); // the badge says the stance in words
}

void TestDetailDocument::saidAboutShowsWhoSaidIt()
{
    const QString text = plainText(DetailDocument::html(sample(), u"ford"_s, {}, options));
    QVERIFY(text.contains(u"What was said about Ford"_s));
    QVERIFY(text.contains(u"Financial Times"_s));
    QVERIFY(text.contains(u"Includes: Mark Truby"_s));
}

void TestDetailDocument::datasetTextIsNeverMarkup()
{
    Dataset dataset = sample();
    dataset.actors[2].name = u"<b>Bold</b> & <img src=\"http://example.invalid/x.png\">"_s;
    dataset.statements[2].text = u"<a href=\"http://example.invalid\">click</a>"_s;
    dataset.rebuildIndex();
    const QString html = DetailDocument::html(dataset, u"truby"_s, {}, options);
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<b>Bold"_s));
    QVERIFY(!html.contains(u"http://example.invalid\">"_s));
    const QString text = plainText(html);
    QVERIFY(text.contains(u"<b>Bold</b> & <img src=\"http://example.invalid/x.png\">"_s));
    QVERIFY(text.contains(u"<a href=\"http://example.invalid\">click</a>"_s));
}

void TestDetailDocument::everyTextFieldIsPlainText()
{
    const auto markup = [](const QString &field) {
        return u"<i>%1</i><img src=\"file:///x.png\">"_s.arg(field);
    };
    Dataset dataset = sample();
    dataset.title = markup(u"title"_s);
    dataset.summary = markup(u"summary"_s);
    Actor &truby = dataset.actors[2];
    truby.role = markup(u"role"_s);
    truby.description = markup(u"description"_s);
    truby.aliases = {markup(u"alias"_s)};
    dataset.sources[0].title = markup(u"source"_s);
    dataset.sources[0].note = markup(u"note"_s);
    dataset.statements[2].quote = markup(u"quote"_s);
    dataset.rebuildIndex();

    const QString actorPage = DetailDocument::html(dataset, u"truby"_s, {}, options);
    const QString overview = DetailDocument::html(dataset, {}, {}, options);
    for (const QString &html : {actorPage, overview}) {
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<i>role"_s));
    }
    const QString text = plainText(actorPage);
    for (const QString &field :
         {u"role"_s, u"description"_s, u"alias"_s, u"source"_s, u"note"_s, u"quote"_s}) {
        QVERIFY2(text.contains(markup(field)), qPrintable(field));
    }
    const QString overviewText = plainText(overview);
    QVERIFY(overviewText.contains(markup(u"title"_s)));
    QVERIFY(overviewText.contains(markup(u"summary"_s)));
}

void TestDetailDocument::sourceUrlsNeverBecomeLinks()
{
    // The reader refuses any URL that is not http or https (tst_datasetfields); even those are
    // never links of the page: a source's title links to the source, which the pane opens.
    Dataset dataset = sample();
    dataset.sources[0].url = u"https://example.invalid/post"_s;
    dataset.rebuildIndex();
    for (const QString &actor : {u"truby"_s, QString()}) {
        const QString html = DetailDocument::html(dataset, actor, {}, options);
        QVERIFY(!html.contains(u"example.invalid"_s));
        static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString link = it.next().captured(1);
            QVERIFY2(link.startsWith(u"actor:"_s) || link.startsWith(u"statement:"_s)
                             || link == u"source:post"_s,
                     qPrintable(link));
        }
    }
    QVERIFY(DetailDocument::html(dataset, u"truby"_s, {}, options)
                    .contains(u"href=\"source:post\""_s));
}

// Following a source's link asks the desktop to open its web page, and only an http or https
// one.
void TestDetailDocument::sourceLinksOpenOnTheDesktop()
{
    UrlCatcher catcher;
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s})
        QDesktopServices::setUrlHandler(scheme, &catcher, "open");
    const auto cleanUp = qScopeGuard([] {
        for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s})
            QDesktopServices::unsetUrlHandler(scheme);
    });

    Dataset dataset = sample();
    dataset.sources[0].url = u"https://example.invalid/post"_s;
    dataset.rebuildIndex();
    Selection selection;
    DetailPane pane(&selection);
    pane.setDataset(dataset);
    emit pane.anchorClicked(QUrl(u"source:post"_s));
    QCOMPARE(catcher.opened, QList<QUrl> {QUrl(u"https://example.invalid/post"_s)});

    catcher.opened.clear();
    for (const QString &url : {u"file:///etc/passwd"_s, u"javascript:alert(1)"_s}) {
        dataset.sources[0].url = url;
        pane.setDataset(dataset);
        emit pane.anchorClicked(QUrl(u"source:post"_s));
    }
    emit pane.anchorClicked(QUrl(u"source:nothing"_s));
    QVERIFY(catcher.opened.isEmpty());
}

void TestDetailDocument::detailPaneLoadsNoImage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"local.png"_s);
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(path));
    const QUrl url = QUrl::fromLocalFile(path);
    const QString html = u"<p><img src=\"%1\"></p>"_s.arg(url.toString());

    // A plain document would load the local image; the pane loads nothing at all.
    QTextDocument plain;
    plain.setHtml(html);
    QVERIFY(!plain.resource(QTextDocument::ImageResource, url).isNull());

    Selection selection;
    DetailPane pane(&selection);
    pane.setHtml(html);
    QVERIFY(pane.document()->resource(QTextDocument::ImageResource, url).isNull());
    QVERIFY(pane.document()
                    ->resource(QTextDocument::ImageResource,
                               QUrl(u"https://example.invalid/x.png"_s))
                    .isNull());
    QVERIFY(!pane.openLinks());
    QVERIFY(!pane.openExternalLinks());
}

void TestDetailDocument::paneScrollsToTheSelectedStatement()
{
    Dataset dataset = sample();
    for (int i = 1; i <= 8; ++i) {
        dataset.statements.append(makeStatement(u"status-"_s + QString::number(i), u"ft"_s,
                                                Stance::Status, u"2026-02-0%1"_s.arg(i),
                                                u"Status number %1."_s.arg(i)));
    }
    dataset.rebuildIndex();
    Selection selection;
    DetailPane pane(&selection);
    pane.resize(400, 160);
    pane.setDataset(dataset);
    // A hidden pane scrolls when it is shown.
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    selection.selectStatement(u"status-7"_s, u"ft"_s);
    QVERIFY(pane.verticalScrollBar()->value() > 0);
    QVERIFY(shows(pane, u"Status number 7."_s));
    QVERIFY(!shows(pane, u"Status number 1."_s));

    selection.selectActor(u"ft"_s);
    QCOMPARE(pane.verticalScrollBar()->value(), 0);
}

void TestDetailDocument::longPagesAreShownWhenReady_data()
{
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("repeats");
    QTest::addRow("long statements, parsed on a worker") << 30 << 80;
    QTest::addRow("many statements, written and parsed on a worker") << 60 << 1;
}

// A long page, or one made from many statements, is made on a worker thread. Meanwhile the pane
// shows at once what will be at the page's top, where it will be: the selected statement's entry,
// the actor's heading, or the page it has when that is the same actor's and holds the statement.
// A page made for an older selection never replaces a newer one.
void TestDetailDocument::longPagesAreShownWhenReady()
{
    QFETCH(int, statements);
    QFETCH(int, repeats);
    Dataset dataset = sample();
    for (int i = 1; i <= statements; ++i) {
        dataset.statements.append(makeStatement(
                u"long-"_s + QString::number(i), u"ft"_s, Stance::Status, u"2026-03-01"_s,
                u"Long status number %1. "_s.arg(i).repeated(repeats)));
    }
    dataset.rebuildIndex();
    const DetailDocument document(dataset);
    QVERIFY(document.statementsBehindPage(u"ft"_s) > DetailPane::backgroundPageStatements
            || document.html(u"ft"_s, {}, options).size() > DetailPane::backgroundPageLength);
    QVERIFY(document.statementsBehindPage(u"truby"_s) <= DetailPane::backgroundPageStatements);
    QVERIFY(document.html(u"truby"_s, {}, options).size() <= DetailPane::backgroundPageLength);
    Selection selection;
    DetailPane pane(&selection);
    pane.resize(400, 160);
    pane.setDataset(dataset);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.toPlainText().startsWith(u"Sample dispute"_s));

    selection.selectStatement(u"long-5"_s, u"ft"_s);
    QVERIFY(pane.isMakingPage());
    QVERIFY(!pane.toPlainText().contains(u"Financial Times"_s));
    QVERIFY(shows(pane, u"Long status number 5."_s));
    const int entryTop = pane.cursorRect(pane.document()->find(u"Long status number 5."_s)).top();
    QTRY_VERIFY(pane.toPlainText().startsWith(u"Financial Times"_s));
    QVERIFY(!pane.isMakingPage());
    QVERIFY(pane.verticalScrollBar()->value() > 0);
    QVERIFY(shows(pane, u"Long status number 5."_s));
    QCOMPARE(pane.cursorRect(pane.document()->find(u"Long status number 5."_s)).top(), entryTop);

    // Another statement of the page shown: the pane goes to it at once, on the page it has.
    const QTextDocument *page = pane.document();
    selection.selectStatement(u"long-2"_s, u"ft"_s);
    QCOMPARE(pane.document(), page);
    QVERIFY(shows(pane, u"Long status number 2."_s));
    pane.waitForPage();
    QVERIFY(pane.document() != page);
    QVERIFY(shows(pane, u"Long status number 2."_s));

    selection.selectActor(u"ft"_s);
    QCOMPARE(pane.verticalScrollBar()->value(), 0);
    pane.waitForPage();
    QVERIFY(pane.toPlainText().startsWith(u"Financial Times"_s));
    QCOMPARE(pane.verticalScrollBar()->value(), 0);

    // Another actor: its heading at once.
    selection.selectActor(u"truby"_s);
    selection.selectActor(u"ft"_s);
    QVERIFY(pane.isMakingPage());
    QVERIFY(pane.toPlainText().startsWith(u"Financial Times"_s));
    QVERIFY(!pane.toPlainText().contains(u"Long status"_s));
    pane.waitForPage();
    QVERIFY(pane.toPlainText().contains(u"Long status"_s));
    QVERIFY(shows(pane, u"Financial Times"_s));

    selection.selectStatement(u"long-5"_s, u"ft"_s);
    selection.selectActor(u"truby"_s);
    QVERIFY(pane.toPlainText().startsWith(u"Mark Truby"_s));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(pane.toPlainText().startsWith(u"Mark Truby"_s));

    // The pane goes with a page still being made: the page goes too (the sanitizers check).
    selection.selectActor(u"ft"_s);
}

void TestDetailDocument::selectedStatementIsHighlighted()
{
    const QString plain = DetailDocument::html(sample(), u"truby"_s, {}, options);
    const QString selected = DetailDocument::html(sample(), u"truby"_s, u"denial"_s, options);
    QVERIFY(!plain.contains(u"#ffee88"_s));
    QCOMPARE(selected.count(u"#ffee88"_s), 1);
    QVERIFY(selected.contains(u"<a name=\"statement:denial\">"_s));
}

// A big dataset's overview lists ten claims and counts the rest; the selected claim is
// always there, highlighted, wherever it falls.
void TestDetailDocument::longListsShowTheirFirstEntriesAndTheSelected()
{
    Dataset dataset = sample();
    for (int i = 0; i < 250; ++i) {
        dataset.statements.append(makeStatement(u"many%1"_s.arg(i), u"ft"_s, Stance::Claim,
                                                u"2027-%1"_s.arg(i % 12 + 1, 2, 10, QChar(u'0')),
                                                u"Claim number %1."_s.arg(i)));
    }
    dataset.rebuildIndex();
    const QString html = DetailDocument::html(dataset, {}, u"many249"_s, options);
    const QString text = plainText(html);
    QVERIFY(text.contains(u"Claims (252)"_s));
    // 252 claims, 251 of them unanswered: each list shows ten and the selected one.
    QCOMPARE(html.count(u"<a name=\"statement:"_s), 11);
    QVERIFY(text.contains(u"241 more not shown here"_s));
    QVERIFY(text.contains(u"Claims nobody answered (251)"_s));
    QVERIFY(text.contains(u"240 more not shown here"_s));
    QVERIFY(html.contains(u"<a name=\"statement:many249\">"_s));
    QCOMPARE(html.count(u"#ffee88"_s), 1);

    const QString actorPage = DetailDocument::html(dataset, u"ft"_s, {}, options);
    QCOMPARE(actorPage.count(u"<a name=\"statement:"_s), 10);
    QVERIFY(plainText(actorPage).contains(u"242 more not shown here"_s));
}

void TestDetailDocument::links()
{
    QCOMPARE(DetailDocument::statementLink(u"jv"_s), u"statement:jv"_s);
    QCOMPARE(DetailDocument::statementIdFromLink(u"statement:jv"_s), u"jv"_s);
    QCOMPARE(DetailDocument::actorIdFromLink(u"actor:ford"_s), u"ford"_s);
    QVERIFY(DetailDocument::actorIdFromLink(u"https://example.invalid"_s).isEmpty());
    QVERIFY(DetailDocument::statementIdFromLink(u"actor:ford"_s).isEmpty());
    const QString html = DetailDocument::html(sample(), u"truby"_s, {}, options);
    QVERIFY(html.contains(u"href=\"statement:jv\""_s));
    QVERIFY(html.contains(u"href=\"actor:ford\""_s));
}

QTEST_MAIN(TestDetailDocument)
#include "tst_detaildocument.moc"
