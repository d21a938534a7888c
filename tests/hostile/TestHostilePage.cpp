// Issue 19: the embedded browser's boundary, tried by a hostile login page (tests/hostile, scenario "hostile-page").
// The engine in-process as tokenscope-cli runs it (OidcFlow + WebEngineUserAgent, headless, real Qt WebEngine off
// screen). The page tries, on load, everything the browser must refuse: main-frame navigations to file:, qrc: and
// data:, the camera, the microphone, a screen capture, the location, notifications, the clipboard, a download, the
// callback in a frame, a local file in a frame and with fetch(), JavaScript dialogs; then it waits. Each attempt must be
// refused (the page says what it got) and named (the agent's refused(), the authorize step's detail, the report's
// browserRefusals); the framed callback must not be taken; and the sign-in must still work when the test follows one of
// the page's links to the callback (a plain link, target=_blank, window.open).
#include "browser/CallbackPage.h"
#include "core/common/Clock.h"
#include "EventLoopWait.h"
#include "core/report/FlowReport.h"
#include "FlowRun.h"
#include "HostileProvider.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

#include <memory>
#include <optional>

using namespace tokenscope;

namespace {

// The result of a script in the page's own world (where the page keeps window.hostileResults), waited for with the
// event loop.
QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    test::waitUntil([&result] { return result->has_value(); }, 10000);
    return result->value_or(QVariant());
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(needle); });
}

} // namespace

class TestHostilePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyAttemptIsRefusedAndNamed_data();
    void everyAttemptIsRefusedAndNamed();

private:
    std::unique_ptr<HostileProvider> m_provider;
    SystemClock m_clock;
};

void TestHostilePage::initTestCase()
{
    m_provider = std::make_unique<HostileProvider>();
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
    QVERIFY(m_provider->scenarios().contains(QStringLiteral("hostile-page")));
}

void TestHostilePage::everyAttemptIsRefusedAndNamed_data()
{
    QTest::addColumn<QString>("link");     // the page's element the test clicks to go on to the callback
    QTest::addColumn<QString>("newWindow"); // what the refusal of the new window says; "" = none asked for
    QTest::newRow("a plain link") << "continue" << "";
    QTest::newRow("target=_blank, kept in the view") << "continue-blank" << "a new tab (a link with target=_blank, or window.open)";
    QTest::newRow("window.open, kept in the view") << "continue-open" << "a new tab (a link with target=_blank, or window.open)";
}

void TestHostilePage::everyAttemptIsRefusedAndNamed()
{
    QFETCH(QString, link);
    QFETCH(QString, newWindow);

    // No credentials, no fill script: nothing but the test acts on the page.
    FlowRun<> run(&m_clock, 10000, 60000);
    QJsonObject json = m_provider->profile(QStringLiteral("hostile-page"));
    json.insert(QStringLiteral("clientSecret"), QStringLiteral("hostile-page-test-secret"));
    run.flow->setProfile(loadProfileOrWarn(json));
    QSignalSpy refused(run.agent.get(), &UserAgent::refused);
    QSignalSpy callbacks(run.agent.get(), &UserAgent::callbackReceived);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    QWebEnginePage *page = run.agent->page();
    const QString origin = QUrl(m_provider->baseUrl()).adjusted(QUrl::RemovePath).toString();

    LOOP_VERIFY_WITH_TIMEOUT(page->title().startsWith(QLatin1String("hostile page: tried everything")) || !finished.isEmpty(), 60000);
    QVERIFY2(finished.isEmpty(), qPrintable(failures(run.flow->state())));
    QCOMPARE(page->title(), QStringLiteral("hostile page: tried everything")); // it never left the page
    QCOMPARE(page->url().path(), QStringLiteral("/hostile-page/authorize"));

    // What the page got: nothing it asked for.
    const QJsonObject results = QJsonDocument::fromJson(evaluate(page, QStringLiteral("JSON.stringify(window.hostileResults)")).toString().toUtf8()).object();
    qInfo().noquote() << "the page saw:" << QJsonDocument(results).toJson(QJsonDocument::Compact);
    for (const QString &name : {QStringLiteral("camera"), QStringLiteral("microphone"), QStringLiteral("desktop"), QStringLiteral("screen"),
                                QStringLiteral("geolocation"),
                                QStringLiteral("notifications"), QStringLiteral("clipboard"), QStringLiteral("paste"),
                                QStringLiteral("local fetch"), QStringLiteral("qrc fetch")}) {
        const QString outcome = results.value(name).toString();
        QVERIFY2(outcome.startsWith(QLatin1String("refused: ")), qPrintable(name + QStringLiteral(": ") + outcome));
    }
    QCOMPARE(results.value(QStringLiteral("confirm")).toString(), QStringLiteral("false")); // headless: Cancel
    QCOMPARE(results.value(QStringLiteral("prompt")).toString(), QStringLiteral("null"));
    QCOMPARE(results.value(QStringLiteral("navigations")).toString(), QStringLiteral("stayed on the page"));

    // What the browser named, each in words for the user. Some come asynchronously (a download is cancelled when the
    // profile hears of it): wait for each.
    // Not named here, because they never reach Qt in a headless page (the page still gets nothing): a screen capture
    // (Qt 6.4 refuses it with "Invalid state" before any permission request when there is no screen to capture, in the
    // window too) and the location (a page without a view never gets an answer from Chromium's location service, so
    // no permission request is made; in the window it is asked for and denied: TestHostileWindow).
    const QStringList expected = {
        origin + QStringLiteral(" showed a JavaScript alert (\"The hostile page says hello\"): not shown"),
        origin + QStringLiteral(" asked for a confirmation (\"Allow the hostile page everything?\"): answered Cancel"),
        origin + QStringLiteral(" asked for input (\"Your password, please\"): answered Cancel"),
        origin + QStringLiteral(" asked for the camera: denied"),
        origin + QStringLiteral(" asked for the microphone: denied"),
        origin + QStringLiteral(" asked for permission to show notifications: denied"),
        QStringLiteral("the page tried to read the clipboard: refused"),
        QStringLiteral("the page tried to load file:///etc/hosts: refused"),               // fetch(), stopped by the interceptor
        QStringLiteral("the page tried to fetch qrc:/tokenscope/browser/fetched.js: refused"), // fetch(), stopped by Chromium
        QStringLiteral("the page started a download of %1hostile-page/download: cancelled").arg(m_provider->baseUrl()),
        QStringLiteral("a frame inside the page tried to load the callback URL https://app.example/callback: refused and not used"),
        QStringLiteral("the page tried to load file:///etc/hostname: refused"),            // a frame
        QStringLiteral("the page tried to load file:///etc/passwd: refused"),              // the main frame
        QStringLiteral("the page tried to open qrc:/tokenscope/browser/filler.js: refused"), // the main frame
        QStringLiteral("the page tried to open a data: URL as the whole page: refused"),
    };
    auto refusals = [&refused] {
        QStringList out;
        for (const QList<QVariant> &args : refused)
            out << args.first().toString();
        return out;
    };
    for (const QString &line : expected)
        LOOP_VERIFY_WITH_TIMEOUT(anyContains(refusals(), line) || (qInfo().noquote() << refusals().join(QLatin1Char('\n')), false), 10000);
    QCOMPARE(callbacks.size(), 0); // the framed callback was not taken
    QVERIFY(finished.isEmpty());

    // Going on: the sign-in works, validated as always.
    const int before = int(refused.size());
    page->runJavaScript(QStringLiteral("document.getElementById('%1').click()").arg(link));
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const FlowState &state = run.flow->state();
    QVERIFY2(finished.first().first().toBool(), qPrintable(failures(state)));
    QCOMPARE(callbacks.size(), 1);
    for (const QString &id : {QStringLiteral("state"), QStringLiteral("nonce"), QStringLiteral("id_token.signature"), QStringLiteral("id_token.c_hash"),
                              QStringLiteral("token.id_token.signature")}) {
        const Check *check = findCheck(state.checks, id);
        QVERIFY2(check && check->status == CheckStatus::Pass, qPrintable(id + (check ? QStringLiteral(": ") + check->detail : QString())));
    }
    if (newWindow.isEmpty()) {
        QCOMPARE(refused.size(), before);
    } else {
        QVERIFY2(anyContains(refusals().mid(before), QStringLiteral("the page asked for %1: refused; what it opens loads in this view").arg(newWindow)),
                 qPrintable(refusals().mid(before).join(QLatin1Char('\n'))));
    }

    // Named where the user looks: the authorize step's detail and the report.
    QCOMPARE(state.browserRefusals, refusals());
    const StepResult *authorize = state.step(Steps::Authorize);
    QVERIFY(authorize);
    QCOMPARE(authorize->status, CheckStatus::Pass);
    for (const QString &line : expected)
        QVERIFY2(authorize->detail.contains(line), qPrintable(line + QStringLiteral("\nnot in: ") + authorize->detail));
    const QJsonArray reported = flowReport(state).value(QStringLiteral("browserRefusals")).toArray();
    QCOMPARE(reported.size(), state.browserRefusals.size());
    for (const QString &line : expected)
        QVERIFY2(anyContains(state.browserRefusals, line), qPrintable(line));
    for (qsizetype i = 0; i < reported.size(); ++i)
        QCOMPARE(reported.at(i).toString(), state.browserRefusals.at(i));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    // A camera and a microphone for Chromium to ask about (off screen there are none, and getUserMedia() fails with
    // NotFoundError before any permission request). Never --use-fake-ui-for-media-stream: that one grants.
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --use-fake-device-for-media-stream");
    QLoggingCategory::setFilterRules(QStringLiteral("js.*=false"));
    QApplication app(argc, argv);
    TestHostilePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHostilePage.moc"
