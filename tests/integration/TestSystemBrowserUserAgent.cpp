// The system-browser mode (SystemBrowserUserAgent: loopback redirect on a free port, LoopbackListener on Qt HTTP
// Server) with the whole engine against the local tenant. The injected opener plays the system
// browser: a headless web page of its own that loads the authorize URL, logs in with the login-form filler and then
// really navigates to the loopback listener, as a desktop browser would.
#include "core/oidc/CallbackResponse.h"
#include "EventLoopWait.h"
#include "core/common/Clock.h"
#include "FlowRun.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/SystemBrowserUserAgent.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace tokenscope;

namespace {

// Plays the user's default browser: loads what it is given and, on the provider's pages, runs a fill script (the
// login-form filler by default). It follows every redirect for real, the one to the loopback listener included.
class FakeSystemBrowser : public QObject
{
    Q_OBJECT
public:
    FakeSystemBrowser()
    {
        m_page = new QWebEnginePage(&m_profile, this);
        connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
            const QUrl url = m_page->url();
            if (!ok || !isLoginPage(url) || m_script.isEmpty() || ++m_fills > 5)
                return;
            m_page->runJavaScript(m_script);
        });
    }
    ~FakeSystemBrowser() override { delete m_page; } // the page goes before its profile

    SystemBrowserUserAgent::Opener opener()
    {
        return [this](const QUrl &url) {
            opened << url;
            m_fills = 0;
            m_page->load(url);
            return true;
        };
    }
    void setFillScript(const QString &script) { m_script = script; }
    QUrl url() const { return m_page->url(); }
    // The text of the page shown now (asynchronous in the web engine; poll with QTRY).
    QString text()
    {
        m_page->toPlainText([this](const QString &t) { m_text = t; });
        return m_text;
    }

    QList<QUrl> opened;

private:
    // The tenant's login page (not the listener's page, not the logout page, which confirms itself).
    static bool isLoginPage(const QUrl &url) { return url.path().startsWith(QLatin1String("/interaction/")); }

    QWebEngineProfile m_profile; // off the record
    QWebEnginePage *m_page = nullptr;
    QString m_script = WebEngineUserAgent::fillerScript(LocalTenant::username(), LocalTenant::password());
    QString m_text;
    int m_fills = 0;
};

// Every log message of the test process (on top of the normal output), to prove what is never logged.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool logged(const QString &needle)
{
    return std::any_of(g_messages.begin(), g_messages.end(), [&](const QString &m) { return m.contains(needle); });
}

// True when something accepts TCP connections on 127.0.0.1:port (event loop, no sleeping).
bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(3000);
}

// One request to the listener as another local program would send it: the HTTP status (0 when the connection was
// refused) and the body.
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
};

Answer ask(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &host = {})
{
    QNetworkRequest request(url);
    if (!host.isEmpty())
        request.setRawHeader("Host", host);
    std::unique_ptr<QNetworkReply> reply(method == "POST" ? nam.post(request, QByteArrayLiteral("code=posted&state=posted"))
                                                          : nam.sendCustomRequest(request, method));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {-1, QNetworkReply::TimeoutError, {}};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(), reply->readAll()};
}

} // namespace

class TestSystemBrowserUserAgent : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signIn_data();
    void signIn();
    void logout_data();
    void logout();
    void errorRedirectFailsWithTheReason();
    void cancelStopsListening();
    void timeoutFires();
    void refusedBeforeOpeningTheBrowser_data();
    void refusedBeforeOpeningTheBrowser();
    void parametersSurviveTheListener();
    void fragmentIsRelayedByTheCallbackPage();
    void portNamedInTheRedirectUriIsUsed();
    void onlyThisSignInsStateIsTaken();
    void strayRequestsGetA404_data();
    void strayRequestsGetA404();
    void listensOnLoopbackOnly();

private:
    using Run = FlowRun<SystemBrowserUserAgent>;
    Run makeRun(const Profile &profile, const SystemBrowserUserAgent::Opener &opener);
    Profile loopbackProfile(const QString &clientId, const QString &responseType, const QString &responseMode = {}) const;

    std::unique_ptr<LocalTenant> m_tenant;
    SystemClock m_clock;
};

void TestSystemBrowserUserAgent::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage); // after QTest's own, which it then passes on to
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

TestSystemBrowserUserAgent::Run TestSystemBrowserUserAgent::makeRun(const Profile &profile, const SystemBrowserUserAgent::Opener &opener)
{
    auto agent = std::make_unique<SystemBrowserUserAgent>();
    agent->setOpener(opener);
    agent->setTimeoutMs(60000);
    Run run(&m_clock, 15000, std::move(agent));
    run.flow->setProfile(profile);
    return run;
}

Profile TestSystemBrowserUserAgent::loopbackProfile(const QString &clientId, const QString &responseType, const QString &responseMode) const
{
    QJsonObject json = m_tenant->profile(clientId, responseType);
    json.insert(QStringLiteral("browser"), QStringLiteral("system"));
    json.insert(QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback"));
    if (!responseMode.isEmpty())
        json.insert(QStringLiteral("responseMode"), responseMode);
    // Returned even when invalid: the rows that test the agent's own refusal need such profiles.
    return loadProfile(QJsonDocument(json).toJson()).profile;
}

void TestSystemBrowserUserAgent::signIn_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("expectedMode");
    QTest::addColumn<QStringList>("passedChecks");

    QTest::newRow("native client, code flow, query") << "native-loopback" << "code" << "query"
                                                     << QStringList{"state", "iss_param", "token.id_token.signature", "token.nonce",
                                                                    "token.access_token.signature", "userinfo.sub"};
    QTest::newRow("hybrid code id_token, fragment relayed")
        << "hybrid-app" << "code id_token" << "fragment"
        << QStringList{"state", "iss_param", "nonce", "id_token.signature", "id_token.c_hash", "token.id_token.signature",
                       "token.id_token.sub"};
}

void TestSystemBrowserUserAgent::signIn()
{
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    QFETCH(QString, expectedMode);
    QFETCH(QStringList, passedChecks);

    FakeSystemBrowser browser;
    const Profile profile = loopbackProfile(clientId, responseType);
    QVERIFY2(validateProfile(profile).isEmpty(), qPrintable(validateProfile(profile).join(QLatin1Char('\n'))));
    Run run = makeRun(profile, browser.opener());
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy waiting(run.agent.get(), &SystemBrowserUserAgent::waitingForBrowser);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 1, 30000);
    const QUrl listening = waiting.first().at(1).toUrl();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

    const FlowState &state = run.flow->state();
    QVERIFY2(finished.first().first().toBool(), qPrintable(failures(state)));
    for (const QString &name : {Steps::Discovery, Steps::Authorize, Steps::Callback, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh}) {
        const StepResult *step = state.step(name);
        QVERIFY2(step && step->status == CheckStatus::Pass, qPrintable(name + (step ? QStringLiteral(": ") + step->detail : QString())));
    }
    for (const QString &id : passedChecks) {
        const Check *check = findCheck(state.checks, id);
        QVERIFY2(check, qPrintable(QStringLiteral("missing check ") + id));
        QVERIFY2(check->status == CheckStatus::Pass, qPrintable(id + QStringLiteral(": ") + check->detail));
    }

    // RFC 8252 7.3: the loopback IP literal, a port picked at sign-in, the profile's path; sent in the authorize request
    // and, the same, at the token endpoint (the token step passing proves the provider compared them).
    QCOMPARE(listening.scheme(), QStringLiteral("http"));
    QCOMPARE(listening.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(listening.port() > 0);
    QCOMPARE(listening.path(), QStringLiteral("/callback"));
    QCOMPARE(state.request.redirectUriParam, listening.toString());
    QCOMPARE(QUrlQuery(state.request.url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), listening.toString());
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first(), state.request.url);
    QCOMPARE(state.profile.redirectUri, QStringLiteral("http://127.0.0.1/callback")); // the profile itself is unchanged
    bool tokenRequestChecked = false;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step != Steps::Token)
            continue;
        const QUrlQuery form(QString::fromUtf8(ex.requestBody));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), listening.toString());
        tokenRequestChecked = true;
    }
    QVERIFY(tokenRequestChecked);

    // The answer arrived where the mode puts it (a fragment relayed by the callback page comes back as a fragment).
    QVERIFY(state.callback.has_value());
    QCOMPARE(callbackSourceName(state.callback->source), expectedMode);
    QVERIFY2(state.callback->notes.isEmpty(), qPrintable(state.callback->notes.join(QLatin1Char('\n'))));
    QVERIFY(!state.callback->params.contains(SystemBrowserUserAgent::relayParameter()));

    // Not in any log line (every category of the engine and of Qt's listener is on in this test).
    const QString code = state.callback->params.value(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QVERIFY(logged(QStringLiteral("system browser: listening on %1").arg(listening.toString()))); // the capture works
    QVERIFY(!logged(code));
    QVERIFY(state.request.codeVerifier.isEmpty() || !logged(state.request.codeVerifier));
    QVERIFY(!logged(state.request.state));

    // The browser tab says it can be closed; the listener is gone.
    QTRY_VERIFY_WITH_TIMEOUT(browser.text().contains(QLatin1String("You can close this tab")), 15000);
    QVERIFY(browser.url().toString().startsWith(listening.toString()));
    QVERIFY(!run.agent->isListening());
    QVERIFY(!acceptsConnections(quint16(listening.port())));
}

void TestSystemBrowserUserAgent::logout_data()
{
    QTest::addColumn<bool>("loopbackPostLogout");
    QTest::newRow("post-logout redirect to the loopback, caught") << true;
    QTest::newRow("no post-logout redirect, done once opened") << false;
}

void TestSystemBrowserUserAgent::logout()
{
    QFETCH(bool, loopbackPostLogout);
    FakeSystemBrowser browser;
    Profile profile = loopbackProfile(QStringLiteral("native-loopback"), QStringLiteral("code"));
    if (!loopbackPostLogout)
        profile.postLogoutRedirectUri.clear();
    Run run = makeRun(profile, browser.opener());
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(failures(run.flow->state())));

    QSignalSpy action(run.flow.get(), &OidcFlow::actionFinished);
    QSignalSpy waiting(run.agent.get(), &SystemBrowserUserAgent::waitingForBrowser);
    run.flow->logout();
    QTRY_COMPARE_WITH_TIMEOUT(action.size(), 1, 30000);
    QCOMPARE(action.first().at(0).toString(), Steps::Logout);
    const StepResult *step = run.flow->state().step(Steps::Logout);
    QVERIFY(step);
    QVERIFY2(action.first().at(1).toBool(), qPrintable(step->detail));
    QCOMPARE(browser.opened.size(), 2);
    const QUrlQuery logoutQuery(browser.opened.last());
    QCOMPARE(browser.opened.last().path(), QStringLiteral("/oidc/logout"));
    if (loopbackPostLogout) {
        // Sent with the port the listener picked, and caught there.
        QCOMPARE(waiting.size(), 1);
        const QUrl listening = waiting.first().at(1).toUrl();
        QCOMPARE(listening.path(), QStringLiteral("/logout"));
        QVERIFY(listening.port() > 0);
        QCOMPARE(logoutQuery.queryItemValue(QStringLiteral("post_logout_redirect_uri"), QUrl::FullyDecoded), listening.toString());
        QVERIFY2(step->detail.contains(listening.toString()), qPrintable(step->detail));
        QTRY_VERIFY_WITH_TIMEOUT(browser.text().contains(QLatin1String("You can close this tab")), 15000);
    } else {
        QCOMPARE(waiting.size(), 0);
        QVERIFY(!logoutQuery.hasQueryItem(QStringLiteral("post_logout_redirect_uri")));
        QVERIFY2(step->detail.contains(QLatin1String("cannot see")), qPrintable(step->detail));
    }
    QVERIFY(run.flow->state().latestIdToken().isEmpty());
    QVERIFY(!run.agent->isListening());
}

void TestSystemBrowserUserAgent::errorRedirectFailsWithTheReason()
{
    // The login page's Cancel button makes the tenant redirect error=access_denied&error_description=... to the loopback.
    FakeSystemBrowser browser;
    browser.setFillScript(QStringLiteral("(function(){var b=document.querySelector('button[name=cancel]');"
                                         "if(b){b.click();return 'cancel';}return 'none';})()"));
    Run run = makeRun(loopbackProfile(QStringLiteral("native-loopback"), QStringLiteral("code")), browser.opener());
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    const FlowState &state = run.flow->state();
    QCOMPARE(state.step(Steps::Authorize)->status, CheckStatus::Pass); // the browser did come back
    const StepResult *callback = state.step(Steps::Callback);
    QVERIFY(callback);
    QCOMPARE(callback->status, CheckStatus::Fail);
    QVERIFY2(callback->detail.contains(QLatin1String("access_denied")), qPrintable(callback->detail));
    QVERIFY2(callback->detail.contains(QLatin1String("User cancelled the login")), qPrintable(callback->detail));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<OidcFlow::Error>(), OidcFlow::Error::Callback);
    QCOMPARE(state.step(Steps::Token)->status, CheckStatus::Skip);
    QVERIFY(!run.agent->isListening());
}

void TestSystemBrowserUserAgent::cancelStopsListening()
{
    QList<QUrl> opened;
    Run run = makeRun(loopbackProfile(QStringLiteral("native-loopback"), QStringLiteral("code")), [&opened](const QUrl &url) {
        opened << url; // a browser the user never finishes the login in
        return true;
    });
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    QSignalSpy stopped(run.agent.get(), &SystemBrowserUserAgent::stopped);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QVERIFY(run.agent->isListening());
    const quint16 port = quint16(run.agent->listeningUri().port());
    QVERIFY(acceptsConnections(port)); // listening before

    run.flow->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<OidcFlow::Error>(), OidcFlow::Error::Cancelled);
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!run.agent->isListening());
    QVERIFY(run.agent->listeningUri().isEmpty());
    QVERIFY(!acceptsConnections(port)); // refused after
}

void TestSystemBrowserUserAgent::timeoutFires()
{
    int opened = 0;
    Run run = makeRun(loopbackProfile(QStringLiteral("native-loopback"), QStringLiteral("code")), [&opened](const QUrl &) {
        ++opened;
        return true;
    });
    run.agent->setTimeoutMs(500);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy failed(run.agent.get(), &UserAgent::failed);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(opened, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    const StepResult *authorize = run.flow->state().step(Steps::Authorize);
    QVERIFY(authorize);
    QCOMPARE(authorize->status, CheckStatus::Fail);
    QVERIFY2(authorize->detail.contains(QLatin1String("nothing arrived at http://127.0.0.1:")), qPrintable(authorize->detail));
    QVERIFY2(authorize->detail.contains(QLatin1String("stopped listening")), qPrintable(authorize->detail));
    QVERIFY(!run.agent->isListening());
}

void TestSystemBrowserUserAgent::refusedBeforeOpeningTheBrowser_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("form_post") << "hybrid-app" << "code id_token" << "form_post" << ""
                               << "response mode form_post cannot be used with the system browser";
    QTest::newRow("not a loopback redirect URI") << "hybrid-app" << "code" << "" << "https://app.example/callback"
                                                 << "cannot be used with the system browser";
}

void TestSystemBrowserUserAgent::refusedBeforeOpeningTheBrowser()
{
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QString, redirectUri);
    QFETCH(QString, expected);
    int opened = 0;
    Profile profile = loopbackProfile(clientId, responseType, responseMode);
    if (!redirectUri.isEmpty())
        profile.redirectUri = redirectUri;
    QVERIFY(!validateProfile(profile).isEmpty()); // the editor says so while typing, too
    Run run = makeRun(profile, [&opened](const QUrl &) {
        ++opened;
        return true;
    });
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    QSignalSpy urlReady(run.flow.get(), &OidcFlow::authorizationUrlReady);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(opened, 0);
    QCOMPARE(urlReady.size(), 0);
    QVERIFY(!run.agent->isListening());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().at(0).value<OidcFlow::Error>(), OidcFlow::Error::Authorization);
    const StepResult *authorize = run.flow->state().step(Steps::Authorize);
    QVERIFY(authorize);
    QCOMPARE(authorize->status, CheckStatus::Fail);
    QVERIFY2(authorize->detail.contains(expected), qPrintable(authorize->detail));
}

void TestSystemBrowserUserAgent::parametersSurviveTheListener()
{
    // What the engine gets back is what the provider sent: percent-encoded delimiters, '+' for a space, UTF-8, the redirect
    // URI's own query parameter, through Qt's listener and back into a URL.
    SystemBrowserUserAgent agent;
    agent.setOpener([](const QUrl &) { return true; });
    QString error;
    const QUrl listening = agent.prepareAuthorization(QUrl(QStringLiteral("http://127.0.0.1/cb?tenant=a%20b")), QStringLiteral("query"), &error);
    QVERIFY2(!listening.isEmpty(), qPrintable(error));
    QCOMPARE(QUrlQuery(listening).queryItemValue(QStringLiteral("tenant")), QStringLiteral("a b"));
    QSignalSpy received(&agent, &UserAgent::callbackReceived);
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize")), listening, QStringLiteral("query"));
    QVERIFY(agent.isListening());

    QNetworkAccessManager nam;
    // A request to another path is not the callback: 404, and Qt HTTP Server, which would log its URL verbatim, stays
    // quiet (its categories are on in this test).
    QUrl elsewhere = listening;
    elsewhere.setPath(QStringLiteral("/elsewhere"));
    elsewhere.setQuery(QStringLiteral("code=not-for-the-log-5f2a"));
    std::unique_ptr<QNetworkReply> stray(nam.get(QNetworkRequest(elsewhere)));
    LOOP_VERIFY_WITH_TIMEOUT(stray->isFinished(), 10000);
    QCOMPARE(stray->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(received.size(), 0);
    QVERIFY(agent.isListening());
    QVERIFY(!logged(QStringLiteral("not-for-the-log-5f2a")));

    QUrl request = listening;
    request.setQuery(QStringLiteral("tenant=a%20b&code=a%2Bb%2F%3D&state=x%26y%3Dz&error_description=Hello+World%21%20%C3%A4"),
                     QUrl::StrictMode);
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(request)));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QVERIFY(reply->readAll().contains("You can close this tab"));

    const QUrl url = received.first().at(0).toUrl();
    const CallbackResponse response = parseCallback(url, {}, QStringLiteral("query"));
    QVERIFY2(response.defects.isEmpty(), qPrintable(response.defects.join(QLatin1Char('\n'))));
    QCOMPARE(response.params.value(QStringLiteral("code")), QStringLiteral("a+b/="));
    QCOMPARE(response.params.value(QStringLiteral("state")), QStringLiteral("x&y=z"));
    QCOMPARE(response.params.value(QStringLiteral("error_description")), QStringLiteral("Hello World! ä"));
    QCOMPARE(response.params.value(QStringLiteral("tenant")), QStringLiteral("a b"));
    QVERIFY(isCallbackUrl(url, listening));
    QVERIFY(!agent.isListening());
}

void TestSystemBrowserUserAgent::fragmentIsRelayedByTheCallbackPage()
{
    // A fragment never reaches a server: the first request carries nothing and is answered with the page whose script
    // asks again with the fragment as query. Played here with plain HTTP requests; signIn() has Chromium do it.
    SystemBrowserUserAgent agent;
    agent.setOpener([](const QUrl &) { return true; });
    QString error;
    const QUrl listening = agent.prepareAuthorization(QUrl(QStringLiteral("http://127.0.0.1/callback")), QStringLiteral("fragment"), &error);
    QVERIFY2(!listening.isEmpty(), qPrintable(error));
    QSignalSpy received(&agent, &UserAgent::callbackReceived);
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize")), listening, QStringLiteral("fragment"));

    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> first(nam.get(QNetworkRequest(listening)));
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 10000);
    const QByteArray page = first->readAll();
    QVERIFY(page.contains("location.hash"));
    QVERIFY(page.contains(SystemBrowserUserAgent::relayParameter().toUtf8()));
    QCOMPARE(received.size(), 0);
    QVERIFY(agent.isListening()); // still waiting for the relayed fragment

    QUrl relayed = listening;
    relayed.setQuery(SystemBrowserUserAgent::relayParameter() + QStringLiteral("=fragment&code=c1&id_token=a.b.c&state=s1"));
    std::unique_ptr<QNetworkReply> second(nam.get(QNetworkRequest(relayed)));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    const QUrl url = received.first().at(0).toUrl();
    QVERIFY(!url.hasQuery());
    const CallbackResponse response = parseCallback(url, {}, QStringLiteral("fragment"));
    QCOMPARE(response.source, CallbackSource::Fragment);
    QVERIFY(response.notes.isEmpty());
    QCOMPARE(response.params.value(QStringLiteral("code")), QStringLiteral("c1"));
    QCOMPARE(response.params.value(QStringLiteral("id_token")), QStringLiteral("a.b.c"));
    QCOMPARE(response.params.value(QStringLiteral("state")), QStringLiteral("s1"));
    QVERIFY(!response.params.contains(SystemBrowserUserAgent::relayParameter()));
}

// Issue 19: another local program posting to the listener (a wrong or missing state) must neither end nor spoil the
// sign-in: a plain 404, logged without the values; the real answer is taken once, then the port is closed.
void TestSystemBrowserUserAgent::onlyThisSignInsStateIsTaken()
{
    SystemBrowserUserAgent agent;
    agent.setOpener([](const QUrl &) { return true; });
    QString error;
    const QUrl listening = agent.prepareAuthorization(QUrl(QStringLiteral("http://127.0.0.1/callback")), QStringLiteral("query"), &error);
    QVERIFY2(!listening.isEmpty(), qPrintable(error));
    QSignalSpy received(&agent, &UserAgent::callbackReceived);
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize?client_id=c&state=the-real-state")), listening,
                             QStringLiteral("query"));
    QNetworkAccessManager nam;
    auto withQuery = [&](const QString &query) {
        QUrl url = listening;
        url.setQuery(query);
        return url;
    };
    for (const QString &query : {QStringLiteral("code=forged-code-1&state=attacker"), QStringLiteral("code=forged-code-2"),
                                 QStringLiteral("error=access_denied&state=attacker")}) {
        const Answer answer = ask(nam, "GET", withQuery(query));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body, QByteArray("Not Found\n"));
    }
    QCOMPARE(received.size(), 0);
    QVERIFY(agent.isListening());
    QVERIFY(logged(QStringLiteral("with another state")));
    QVERIFY(logged(QStringLiteral("without state")));
    QVERIFY(logged(QStringLiteral("loopback listener: 404 for a request to /callback that is not this sign-in's answer")));
    QVERIFY(!logged(QStringLiteral("forged-code"))); // the values never reach the log
    QVERIFY(!logged(QStringLiteral("attacker")));

    const Answer taken = ask(nam, "GET", withQuery(QStringLiteral("code=real-code&state=the-real-state")));
    QCOMPARE(taken.status, 200);
    QVERIFY(taken.body.contains("You can close this tab"));
    LOOP_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(QUrlQuery(received.first().at(0).toUrl()).queryItemValue(QStringLiteral("code")), QStringLiteral("real-code"));
    QVERIFY(!agent.isListening()); // once: the port is closed after the first valid answer
    QVERIFY(!acceptsConnections(quint16(listening.port())));
    // The same answer again (a reload of the browser tab, a replay) is not taken a second time.
    const Answer again = ask(nam, "GET", withQuery(QStringLiteral("code=real-code&state=the-real-state")));
    QVERIFY2(again.status == 404 || (again.status == 0 && again.error == QNetworkReply::ConnectionRefusedError),
             qPrintable(QStringLiteral("%1 %2").arg(again.status).arg(int(again.error))));
    QCOMPARE(received.size(), 1);
}

// Issue 19: every request that is not this sign-in's answer gets a plain 404 and a line in the log (the path, never the
// query), and the listener goes on waiting for the real one.
void TestSystemBrowserUserAgent::strayRequestsGetA404_data()
{
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("host"); // "" = as addressed; PORT is replaced
    QTest::addColumn<QString>("logLine");

    const QString valid = QStringLiteral("code=stray-code-7c1&state=the-real-state");
    QTest::newRow("another path") << "query" << QByteArray("GET") << "/elsewhere" << valid << QByteArray() << "a GET request to another path, /elsewhere";
    QTest::newRow("the root") << "query" << QByteArray("GET") << "/" << valid << QByteArray() << "a GET request to another path, /";
    QTest::newRow("a longer path") << "query" << QByteArray("GET") << "/callback/x" << valid << QByteArray() << "another path, /callback/x";
    QTest::newRow("a prefix of the path") << "query" << QByteArray("GET") << "/callbac" << valid << QByteArray() << "another path, /callbac";
    QTest::newRow("POST to the callback path") << "query" << QByteArray("POST") << "/callback" << valid << QByteArray()
                                               << "a POST request to /callback (only GET is answered)";
    QTest::newRow("POST elsewhere") << "query" << QByteArray("POST") << "/token" << valid << QByteArray() << "a POST request to another path, /token";
    QTest::newRow("PUT to the callback path") << "query" << QByteArray("PUT") << "/callback" << valid << QByteArray()
                                              << "a PUT request to /callback (only GET is answered)";
    QTest::newRow("wrong state") << "query" << QByteArray("GET") << "/callback" << "code=stray-code-7c1&state=stray-state-7c1"
                                 << QByteArray() << "with another state";
    QTest::newRow("no state") << "query" << QByteArray("GET") << "/callback" << "code=stray-code-7c1" << QByteArray() << "without state";
    QTest::newRow("error without state") << "query" << QByteArray("GET") << "/callback" << "error=access_denied" << QByteArray()
                                         << "without state";
    QTest::newRow("no parameters (query mode)") << "query" << QByteArray("GET") << "/callback" << "" << QByteArray() << "without parameters";
    QTest::newRow("wrong state, relayed fragment") << "fragment" << QByteArray("GET") << "/callback"
                                                   << SystemBrowserUserAgent::relayParameter() + "=fragment&code=stray-code-7c1&state=stray-state-7c1"
                                                   << QByteArray() << "with another state";
    QTest::newRow("another host name (DNS rebinding)") << "query" << QByteArray("GET") << "/callback" << valid
                                                       << QByteArray("rebound.example:PORT") << "for another host (\"rebound.example:PORT\")";
    QTest::newRow("localhost instead of the IP literal") << "query" << QByteArray("GET") << "/callback" << valid
                                                         << QByteArray("localhost:PORT") << "for another host";
}

void TestSystemBrowserUserAgent::strayRequestsGetA404()
{
    QFETCH(QString, responseMode);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QByteArray, host);
    QFETCH(QString, logLine);

    SystemBrowserUserAgent agent;
    agent.setOpener([](const QUrl &) { return true; });
    agent.setTimeoutMs(60000);
    QString error;
    const QUrl listening = agent.prepareAuthorization(QUrl(QStringLiteral("http://127.0.0.1/callback")), responseMode, &error);
    QVERIFY2(!listening.isEmpty(), qPrintable(error));
    QSignalSpy received(&agent, &UserAgent::callbackReceived);
    QSignalSpy failed(&agent, &UserAgent::failed);
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize?state=the-real-state")), listening, responseMode);
    const QByteArray port = QByteArray::number(listening.port());
    host.replace("PORT", port);
    logLine.replace(QLatin1String("PORT"), QString::fromLatin1(port));

    QNetworkAccessManager nam;
    QUrl url = listening;
    url.setPath(path);
    url.setQuery(query.isEmpty() ? QString() : query);
    g_messages.clear();
    const Answer stray = ask(nam, method, url, host);
    QCOMPARE(stray.status, 404);
    QCOMPARE(stray.body, QByteArray("Not Found\n")); // plain, not a page
    QVERIFY2(logged(logLine), qPrintable(g_messages.join(QLatin1Char('\n'))));
    QVERIFY(logged(QStringLiteral("loopback listener: 404 for")));
    QVERIFY(!logged(QStringLiteral("stray-code-7c1"))); // the values never reach the log
    QVERIFY(!logged(QStringLiteral("stray-state-7c1")));
    QCOMPARE(received.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(agent.isListening()); // still waiting for the real answer

    // Which then arrives and is taken (in fragment mode relayed as the page's script does).
    QUrl real = listening;
    real.setQuery(responseMode == QLatin1String("fragment") ? SystemBrowserUserAgent::relayParameter() + QStringLiteral("=fragment&code=c&state=the-real-state")
                                                            : QStringLiteral("code=c&state=the-real-state"));
    QCOMPARE(ask(nam, "GET", real).status, 200);
    LOOP_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QVERIFY(!agent.isListening());
}

// Issue 19: the listener is on 127.0.0.1 only: not on ::1, not on any other address; and it stops on timeout (cancel:
// cancelStopsListening).
void TestSystemBrowserUserAgent::listensOnLoopbackOnly()
{
    SystemBrowserUserAgent agent;
    agent.setOpener([](const QUrl &) { return true; });
    agent.setTimeoutMs(60000);
    QString error;
    const QUrl listening = agent.prepareAuthorization(QUrl(QStringLiteral("http://127.0.0.1/callback")), QStringLiteral("query"), &error);
    QVERIFY2(!listening.isEmpty(), qPrintable(error));
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize?state=s")), listening, QStringLiteral("query"));
    const quint16 port = quint16(listening.port());
    QVERIFY(acceptsConnections(port));
    // Bound to 127.0.0.1 itself, not to every address: another address of the loopback range (which a listener on
    // 0.0.0.0 would answer, like this machine's network addresses) is refused, and so is ::1.
    for (const QHostAddress &other : {QHostAddress(QStringLiteral("127.0.0.2")), QHostAddress(QHostAddress::LocalHostIPv6)}) {
        QTcpSocket socket;
        socket.connectToHost(other, port);
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(other.toString()));
    }

    // A timeout stops it, too.
    QSignalSpy failed(&agent, &UserAgent::failed);
    agent.setTimeoutMs(200);
    agent.startAuthorization(QUrl(QStringLiteral("https://idp.example/authorize?state=s")), listening, QStringLiteral("query"));
    QVERIFY(failed.wait(10000));
    QVERIFY(!agent.isListening());
    QVERIFY(!acceptsConnections(port));
}

void TestSystemBrowserUserAgent::portNamedInTheRedirectUriIsUsed()
{
    // For providers that compare the port too: a port in the profile's redirect URI is listened on as is.
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    const quint16 port = busy.serverPort();
    const QUrl fixed(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    SystemBrowserUserAgent agent;
    QString error;
    QVERIFY(agent.prepareAuthorization(fixed, QStringLiteral("query"), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("the port is in use")), qPrintable(error));
    QVERIFY(!agent.isListening());

    busy.close();
    error.clear();
    QCOMPARE(agent.prepareAuthorization(fixed, QStringLiteral("query"), &error), fixed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(agent.isListening());
    QVERIFY(acceptsConnections(port));
    agent.cancel();
    QVERIFY(!acceptsConnections(port));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*=true\nqt.httpserver*=true\njs.*=false"));
    QApplication app(argc, argv);
    TestSystemBrowserUserAgent test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSystemBrowserUserAgent.moc"
