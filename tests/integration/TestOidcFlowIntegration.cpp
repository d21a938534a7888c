// The whole engine (OidcFlow + WebEngineUserAgent) against the local Auth0-shaped tenant, one row per flow shape.
#include "core/common/Clock.h"
#include "EventLoopWait.h"
#include "core/report/FlowReport.h"
#include "FlowRun.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/Totp.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <map>

using namespace tokenscope;

class TestOidcFlowIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void flow_data();
    void flow();
    void errorRedirect();
    void wrongPasswordFailsClearly();
    void loopbackCallbackOnTenantHost();
    void logoutEndsTheProviderSession();
    void revokeRefreshToken();
    void refreshWithANarrowerScope();
    void socialConnection_data();
    void socialConnection();
    // The built-in filler on pages other than the plain login form (tests/idp variants spa-login, mfa-totp,
    // logout-confirm).
    void singlePageAppLogin();
    void singlePageAppWrongPasswordSaysWhatItSaw();
    void timeoutSaysWhatThePageShowed();
    void totpAnswersTheOneTimeCodePage();
    void totpMissingOrWrongFailsClearly();
    void logoutConfirmationPageIsConfirmed_data();
    void logoutConfirmationPageIsConfirmed();

private:
    using Run = FlowRun<>;
    Run makeRun(const QJsonObject &profileJson, const QString &username, const QString &password);

    LocalTenant *tenant(const QString &variant);

    std::unique_ptr<LocalTenant> m_tenant;
    LocalTenants m_variants;
    SystemClock m_clock;
};

LocalTenant *TestOidcFlowIntegration::tenant(const QString &variant)
{
    return m_variants.get(variant);
}

void TestOidcFlowIntegration::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

TestOidcFlowIntegration::Run TestOidcFlowIntegration::makeRun(const QJsonObject &profileJson, const QString &username,
                                                               const QString &password)
{
    Run run(&m_clock, 15000, 20000, username, password);
    run.flow->setProfile(loadProfileOrWarn(profileJson));
    return run;
}

void TestOidcFlowIntegration::flow_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QStringList>("passedSteps");
    QTest::addColumn<QStringList>("passedChecks");

    const QStringList all{Steps::Discovery, Steps::Authorize, Steps::Callback, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh};
    QTest::newRow("hybrid code id_token token, basic auth")
        << "hybrid-app" << "code id_token token" << "" << all
        << QStringList{"state", "iss_param", "nonce", "id_token.signature", "id_token.c_hash", "id_token.at_hash",
                       "token.id_token.signature", "token.id_token.sub", "token.access_token.signature", "token.access_token.aud",
                       "userinfo.sub", "refresh.id_token.signature", "refresh.id_token.sub"};
    QTest::newRow("hybrid code id_token, post auth, form_post")
        << "hybrid-app-post" << "code id_token" << "form_post" << all
        << QStringList{"state", "iss_param", "nonce", "id_token.signature", "id_token.c_hash", "token.id_token.signature"};
    QTest::newRow("code with PKCE, public client")
        << "spa-pkce" << "code" << "" << all << QStringList{"state", "iss_param", "token.id_token.signature", "token.nonce"};
    QTest::newRow("implicit id_token token")
        << "spa-pkce" << "id_token token" << ""
        << QStringList{Steps::Discovery, Steps::Authorize, Steps::Callback, Steps::Userinfo, Steps::Api}
        << QStringList{"state", "iss_param", "nonce", "id_token.signature", "id_token.at_hash", "id_token.aud"};
    QTest::newRow("native client, custom scheme callback")
        << "native-app" << "code" << "" << all << QStringList{"state", "token.id_token.signature"};
}

void TestOidcFlowIntegration::flow()
{
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QStringList, passedSteps);
    QFETCH(QStringList, passedChecks);

    QJsonObject profile = m_tenant->profile(clientId, responseType);
    if (!responseMode.isEmpty())
        profile.insert(QStringLiteral("responseMode"), responseMode);
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

    const FlowState &state = run.flow->state();
    QVERIFY2(finished.first().first().toBool(), qPrintable(failures(state)));
    for (const QString &name : passedSteps) {
        const StepResult *step = state.step(name);
        QVERIFY2(step, qPrintable(name));
        QVERIFY2(step->status == CheckStatus::Pass, qPrintable(name + QStringLiteral(": ") + step->detail));
        QVERIFY(step->reason.isEmpty());
    }
    for (const QString &id : passedChecks) {
        const Check *check = findCheck(state.checks, id);
        QVERIFY2(check, qPrintable(QStringLiteral("missing check ") + id));
        QVERIFY2(check->status == CheckStatus::Pass, qPrintable(id + QStringLiteral(": ") + check->detail));
    }
    // Issue 12.5: the authorize step says where the response really arrived.
    const QString place = !responseMode.isEmpty() ? responseMode : responseType == QLatin1String("code") ? QStringLiteral("query") : QStringLiteral("fragment");
    QVERIFY2(state.step(Steps::Authorize)->detail.contains(QStringLiteral("arrived in the ") + place), qPrintable(state.step(Steps::Authorize)->detail));
    // Issue 12.1: the tenant runs with oidc-provider's defaults (RFC 9207 advertised, no iss next to an ID token): the
    // ID token's iss stands in for the parameter; a code-only response carries iss itself.
    const Check *issParam = findCheck(state.checks, QStringLiteral("iss_param"));
    QVERIFY(issParam);
    if (responseType.contains(QLatin1String("id_token")))
        QVERIFY2(issParam->detail.contains(QLatin1String("signature and iss validate")), qPrintable(issParam->detail.toString()));
    else
        QVERIFY2(issParam->detail.contains(QLatin1String("equals the issuer")), qPrintable(issParam->detail.toString()));
    if (passedSteps.contains(Steps::Api)) {
        QVERIFY(state.apiExchange.has_value());
        QCOMPARE(state.apiExchange->status, 200);
        QVERIFY(state.apiExchange->responseBody.contains("auth0|alice-0001"));
        // The API is called with the token endpoint's access token when there was a code exchange.
        const QByteArray bearer = state.apiExchange->requestHeader("Authorization");
        const QString expected = state.token.accessToken.isEmpty() ? state.authorization.accessToken : state.token.accessToken;
        QCOMPARE(bearer, "Bearer " + expected.toUtf8());
    }
    if (passedSteps.contains(Steps::Refresh)) {
        QVERIFY(!state.refresh.accessToken.isEmpty());
        QVERIFY(!state.refresh.refreshToken.isEmpty());
        QVERIFY2(state.refresh.refreshToken != state.token.refreshToken, "rotation: a new refresh token is kept");
    }
    if (responseType.contains(QLatin1String("id_token")) && responseType.contains(QLatin1String("code"))) {
        // Hybrid: two ID tokens, kept apart, same subject.
        QVERIFY(!state.authorization.idToken.isEmpty());
        QVERIFY(!state.token.idToken.isEmpty());
        QVERIFY(state.authorization.idToken != state.token.idToken);
    }
    // The report never carries secrets.
    const QByteArray report = QJsonDocument(flowReport(state)).toJson();
    QVERIFY(!report.contains(LocalTenant::hybridSecret().toUtf8()));
    QVERIFY(!report.contains(LocalTenant::password().toUtf8()));
    if (!state.token.refreshToken.isEmpty())
        QVERIFY(!report.contains(state.token.refreshToken.toUtf8()));
    if (!state.request.codeVerifier.isEmpty())
        QVERIFY(!report.contains(state.request.codeVerifier.toUtf8()));
}

void TestOidcFlowIntegration::errorRedirect()
{
    // The login page's Cancel button makes the tenant answer error=access_denied to the callback.
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    Run run = makeRun(profile, QString(), QString());
    run.agent->setFillScript(QStringLiteral("(function(){var b=document.querySelector('button[name=cancel]');"
                                            "if(b){b.click();return 'cancel';}return 'none';})()"));
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    const FlowState &state = run.flow->state();
    const StepResult *callback = state.step(Steps::Callback);
    QVERIFY(callback);
    QCOMPARE(callback->status, CheckStatus::Fail);
    QVERIFY2(callback->detail.contains(QLatin1String("access_denied")), qPrintable(callback->detail));
    QCOMPARE(callback->reason, QStringLiteral("oauth.access_denied"));
    const Check *error = findCheck(state.checks, QStringLiteral("callback.error"));
    QVERIFY(error);
    QCOMPARE(error->status, CheckStatus::Fail);
    QCOMPARE(state.step(Steps::Token)->status, CheckStatus::Skip);
    QCOMPARE(errors.size(), 1);
}

void TestOidcFlowIntegration::wrongPasswordFailsClearly()
{
    Run run = makeRun(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), LocalTenant::username(),
                      QStringLiteral("not-the-password"));
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    const StepResult *authorize = run.flow->state().step(Steps::Authorize);
    QVERIFY(authorize);
    QCOMPARE(authorize->status, CheckStatus::Fail);
    QVERIFY2(authorize->detail.contains(QLatin1String("wrong username or password")), qPrintable(authorize->detail));
    QCOMPARE(authorize->reason, Reasons::Credentials);
}

void TestOidcFlowIntegration::loopbackCallbackOnTenantHost()
{
    // A redirect URI on the tenant's own host: the login pages there carry query parameters but are not the callback,
    // and the real callback is only the exact redirect URI.
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
    profile.insert(QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback"));
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));
    const FlowState &state = run.flow->state();
    QVERIFY(state.callback.has_value());
    QCOMPARE(state.callback->url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(state.callback->url.path(), QStringLiteral("/callback"));
    QVERIFY(state.callback->url.port(80) == 80);
}

void TestOidcFlowIntegration::logoutEndsTheProviderSession()
{
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));

    const QUrl logoutUrl = run.flow->logoutUrl();
    QCOMPARE(logoutUrl.path(), QStringLiteral("/oidc/logout"));
    const QUrlQuery query(logoutUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("id_token_hint")), run.flow->state().latestIdToken());
    QCOMPARE(query.queryItemValue(QStringLiteral("post_logout_redirect_uri"), QUrl::FullyDecoded), QStringLiteral("https://app.example/logout"));

    QSignalSpy action(run.flow.get(), &OidcFlow::actionFinished);
    run.flow->logout();
    LOOP_COMPARE_WITH_TIMEOUT(action.size(), 1, 30000);
    QCOMPARE(action.first().at(0).toString(), Steps::Logout);
    QVERIFY2(action.first().at(1).toBool(), qPrintable(run.flow->state().step(Steps::Logout)->detail));
    QVERIFY(run.flow->state().latestIdToken().isEmpty());

    // With the session gone, prompt=none in the same browser profile must come back with login_required.
    Profile silent = run.flow->state().profile;
    silent.extraParams.append({QStringLiteral("prompt"), QStringLiteral("none")});
    run.flow->setProfile(silent);
    QCOMPARE(run.signIn(30000), std::optional<bool>(false));
    const Check *error = findCheck(run.flow->state().checks, QStringLiteral("callback.error"));
    QVERIFY(error);
    QVERIFY2(error->detail.startsWith(QLatin1String("login_required")), qPrintable(error->detail));
    QCOMPARE(run.flow->state().step(Steps::Callback)->reason, QStringLiteral("oauth.login_required"));
}

// RFC 7009 at the tenant's /oauth/revoke: the refresh token is revoked, the engine proves it by using it once
// (revoke.effective), and it is no longer the current one. A revocation endpoint that fails leaves it current.
void TestOidcFlowIntegration::revokeRefreshToken()
{
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    OidcFlow::Options options;
    options.refresh = false;
    options.callApi = false;
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    run.flow->setOptions(options);
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));
    const QString refreshToken = run.flow->state().currentRefreshToken();
    QVERIFY(!refreshToken.isEmpty());

    QSignalSpy actions(run.flow.get(), &OidcFlow::actionFinished);
    run.flow->revokeRefreshToken();
    LOOP_COMPARE_WITH_TIMEOUT(actions.size(), 1, 30000);
    QCOMPARE(actions.first().at(0).toString(), Steps::Revoke);
    const FlowState &state = run.flow->state();
    QVERIFY2(actions.first().at(1).toBool(), qPrintable(failures(state)));
    const Check *effective = findCheck(state.checks, QStringLiteral("revoke.effective"));
    QVERIFY(effective);
    QCOMPARE(effective->status, CheckStatus::Pass);
    QVERIFY(state.currentRefreshToken().isEmpty());
    QCOMPARE(state.revokedRefreshToken, refreshToken);
    // The request: the revocation endpoint from discovery, the token with its hint, the client's authentication.
    const auto revocation = std::find_if(state.exchanges.cbegin(), state.exchanges.cend(),
                                         [](const HttpExchange &e) { return e.url.path() == QLatin1String("/oauth/revoke"); });
    QVERIFY(revocation != state.exchanges.cend());
    QCOMPARE(revocation->status, 200);
    QVERIFY(revocation->requestBody.contains("token_type_hint=refresh_token"));
    QVERIFY(revocation->requestHeader("Authorization").startsWith("Basic "));

    // Refreshing now has nothing to use; replaying the revoked token is refused by the provider itself.
    run.flow->refreshTokens();
    LOOP_COMPARE_WITH_TIMEOUT(actions.size(), 2, 30000);
    QCOMPARE(state.step(Steps::Refresh)->reason, Reasons::NoToken);
    run.flow->refreshTokensWith(refreshToken);
    LOOP_COMPARE_WITH_TIMEOUT(actions.size(), 3, 30000);
    QCOMPARE(actions.last().at(1).toBool(), false);
    QCOMPARE(state.step(Steps::Refresh)->reason, Reasons::OAuthPrefix + QStringLiteral("invalid_grant"));

    // A broken revocation endpoint: the step fails with the HTTP status, and the refresh token stays the current one.
    profile.insert(QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("revocation"), m_tenant->issuer() + QStringLiteral("no-such-revoke")}});
    Run broken = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    broken.flow->setOptions(options);
    QVERIFY2(broken.signIn() == true, qPrintable(failures(broken.flow->state())));
    QSignalSpy brokenActions(broken.flow.get(), &OidcFlow::actionFinished);
    broken.flow->revokeRefreshToken();
    LOOP_COMPARE_WITH_TIMEOUT(brokenActions.size(), 1, 30000);
    QCOMPARE(brokenActions.first().at(1).toBool(), false);
    // Not OAuth JSON: the engine names the answer itself (invalid_response), the detail quotes the HTTP status.
    QCOMPARE(broken.flow->state().step(Steps::Revoke)->reason, QStringLiteral("oauth.invalid_response"));
    QVERIFY2(broken.flow->state().step(Steps::Revoke)->detail.contains(QLatin1String("404")),
             qPrintable(broken.flow->state().step(Steps::Revoke)->detail));
    QVERIFY(!broken.flow->state().currentRefreshToken().isEmpty());
    QVERIFY(!findCheck(broken.flow->state().checks, QStringLiteral("revoke.effective")));
}

// RFC 6749 6: a refresh may ask for less than was granted; refresh.scope shows what the provider granted.
void TestOidcFlowIntegration::refreshWithANarrowerScope()
{
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    const QString scope = profile.value(QStringLiteral("scope")).toString();
    QVERIFY2(scope.contains(QLatin1String("email")) && scope.contains(QLatin1String("offline_access")), qPrintable(scope));
    profile.insert(QStringLiteral("refreshScope"), QStringLiteral("openid offline_access"));
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));
    const FlowState &state = run.flow->state();
    const auto refresh = std::find_if(state.exchanges.cbegin(), state.exchanges.cend(), [](const HttpExchange &e) {
        return e.step == Steps::Refresh;
    });
    QVERIFY(refresh != state.exchanges.cend());
    QVERIFY(refresh->requestBody.contains("scope=openid%20offline_access") || refresh->requestBody.contains("scope=openid+offline_access"));
    const Check *check = findCheck(state.checks, QStringLiteral("refresh.scope"));
    QVERIFY(check);
    QVERIFY2(check->status == CheckStatus::Pass, qPrintable(check->detail));
    QVERIFY(!state.refresh.scope.contains(QLatin1String("email")));
    QVERIFY(state.token.scope.contains(QLatin1String("email")));
    // What the refreshed ID token no longer carries: the profile and email claims.
    QVERIFY(!parseJwt(state.refresh.idToken.toUtf8()).payload.contains(QStringLiteral("email")));
    QVERIFY(parseJwt(state.token.idToken.toUtf8()).payload.contains(QStringLiteral("email")));
}

// The seed flow's "log in with GitHub": connection=github goes straight to that connection's login page, and the ID token's
// sub is github|..., with the GitHub login as nickname and its avatar as picture. The tenant plays the GitHub page.
void TestOidcFlowIntegration::socialConnection_data()
{
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sub");    // "" = the sign-in fails
    QTest::addColumn<QString>("reason"); // of the failed step
    QTest::newRow("github user through github") << "github" << "octocat" << "github-42" << "github|100200300" << "";
    QTest::newRow("database user through the default") << "" << LocalTenant::username() << LocalTenant::password() << "auth0|alice-0001"
                                                      << "";
    QTest::newRow("database user through github") << "github" << LocalTenant::username() << LocalTenant::password() << ""
                                                  << "browser.credentials";
    QTest::newRow("github user without the connection") << "" << "octocat" << "github-42" << "" << "browser.credentials";
    QTest::newRow("unknown connection") << "google-oauth2" << LocalTenant::username() << LocalTenant::password() << ""
                                        << "oauth.invalid_request";
}

void TestOidcFlowIntegration::socialConnection()
{
    QFETCH(QString, connection);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, sub);
    QFETCH(QString, reason);
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    if (!connection.isEmpty())
        profile.insert(QStringLiteral("extraParams"), QJsonObject{{QStringLiteral("connection"), connection}});
    Run run = makeRun(profile, username, password);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const FlowState &state = run.flow->state();
    if (sub.isEmpty()) {
        QCOMPARE(finished.first().first().toBool(), false);
        const StepResult *failed = state.firstFailedStep();
        QVERIFY(failed);
        QCOMPARE(failed->reason, reason);
        return;
    }
    QVERIFY2(finished.first().first().toBool(), qPrintable(failures(state)));
    const QJsonObject claims = parseJwt(state.token.idToken.toUtf8()).payload;
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), sub);
    QCOMPARE(claims.value(QStringLiteral("nickname")).toString(), username);
    QVERIFY(claims.value(QStringLiteral("picture")).toString().endsWith(QStringLiteral("/avatars/") + username + QStringLiteral(".png")));
    QCOMPARE(state.userinfo.value(QStringLiteral("sub")).toString(), sub);
}

// Alice's TOTP secret in tests/idp/lib/totp.js.
static const QString AliceTotpSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

void TestOidcFlowIntegration::singlePageAppLogin()
{
    // The login page renders its form with JavaScript after load, keeps controlled inputs, asks the username and then
    // the password without a navigation, then consent with two checkboxes and "Stay signed in?"; the tenant checks
    // that every step was gone through.
    LocalTenant *t = tenant(QStringLiteral("spa-login"));
    QVERIFY(t);
    Run run = makeRun(t->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), LocalTenant::username(), LocalTenant::password());
    QSignalSpy pages(run.agent.get(), &UserAgent::pageLoaded);
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));
    // One page load for the whole app: the steps happened inside it.
    int appPages = 0;
    for (const QList<QVariant> &page : std::as_const(pages))
        appPages += page.at(0).toUrl().path().startsWith(QLatin1String("/interaction/")) ? 1 : 0;
    QCOMPARE(appPages, 1);
    QCOMPARE(parseJwt(run.flow->state().token.idToken.toUtf8()).payload.value(QStringLiteral("sub")).toString(), QStringLiteral("auth0|alice-0001"));
}

void TestOidcFlowIntegration::singlePageAppWrongPasswordSaysWhatItSaw()
{
    LocalTenant *t = tenant(QStringLiteral("spa-login"));
    QVERIFY(t);
    const QString wrong = QStringLiteral("not-the-password-77");
    Run run = makeRun(t->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), LocalTenant::username(), wrong);
    QCOMPARE(run.signIn(), std::optional<bool>(false));
    const StepResult *authorize = run.flow->state().step(Steps::Authorize);
    QVERIFY(authorize);
    QCOMPARE(authorize->reason, Reasons::Credentials);
    const QString detail = authorize->detail;
    QVERIFY2(detail.contains(QLatin1String("wrong username or password")), qPrintable(detail));
    // What it saw: title, fields by name and label, buttons, the page's message, what it did; never a value typed.
    QVERIFY2(detail.contains(QLatin1String("title \"Log in | Tokenscope Test IdP\"")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("password (password, \"Password\")")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("buttons: \"Continue\", \"Cancel\"")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("messages: Wrong username or password.")), qPrintable(detail));
    // (What the filler did in the app's page is reported as far as it was collected before the app navigated.)
    QVERIFY2(!detail.contains(wrong), qPrintable(detail));
}

void TestOidcFlowIntegration::timeoutSaysWhatThePageShowed()
{
    // A fill script that does nothing: the page timeout names the page, its fields and buttons, not only "timeout".
    Run run = makeRun(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), QString(), QString());
    run.agent->setPageTimeoutMs(3000);
    run.agent->setFillScript(QStringLiteral("void 0;"));
    QCOMPARE(run.signIn(), std::optional<bool>(false));
    const QString detail = run.flow->state().step(Steps::Authorize)->detail;
    QVERIFY2(detail.contains(QLatin1String("did not lead to the callback within 3 s")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("fields: username (text, \"Username or email\"), password (password, \"Password\")")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("buttons: \"Continue\", \"Cancel\"")), qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("/interaction/")), qPrintable(detail));
}

void TestOidcFlowIntegration::totpAnswersTheOneTimeCodePage()
{
    LocalTenant *t = tenant(QStringLiteral("mfa-totp"));
    QVERIFY(t);
    Run run = makeRun(t->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), LocalTenant::username(), LocalTenant::password());
    run.agent->setTotpKey(*totp::decodeBase32(AliceTotpSecret));
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));
    QCOMPARE(parseJwt(run.flow->state().token.idToken.toUtf8()).payload.value(QStringLiteral("sub")).toString(), QStringLiteral("auth0|alice-0001"));
}

void TestOidcFlowIntegration::totpMissingOrWrongFailsClearly()
{
    LocalTenant *t = tenant(QStringLiteral("mfa-totp"));
    QVERIFY(t);
    {
        Run run = makeRun(t->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), LocalTenant::username(), LocalTenant::password());
        QCOMPARE(run.signIn(), std::optional<bool>(false));
        const StepResult *authorize = run.flow->state().step(Steps::Authorize);
        QCOMPARE(authorize->reason, Reasons::Credentials);
        QVERIFY2(authorize->detail.contains(QLatin1String("asks for a one-time code (MFA) and no TOTP secret was given")), qPrintable(authorize->detail));
        QVERIFY2(authorize->detail.contains(QLatin1String("otp (text, \"Verification code\")")), qPrintable(authorize->detail));
    }
    {
        Run run = makeRun(t->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), LocalTenant::username(), LocalTenant::password());
        run.agent->setTotpKey(QByteArrayLiteral("not alice's key"));
        QCOMPARE(run.signIn(), std::optional<bool>(false));
        const StepResult *authorize = run.flow->state().step(Steps::Authorize);
        QCOMPARE(authorize->reason, Reasons::Credentials);
        QVERIFY2(authorize->detail.contains(QLatin1String("asked for the one-time code again")), qPrintable(authorize->detail));
        QVERIFY2(authorize->detail.contains(QLatin1String("messages: Wrong code.")), qPrintable(authorize->detail));
    }
}

void TestOidcFlowIntegration::logoutConfirmationPageIsConfirmed_data()
{
    QTest::addColumn<QString>("postLogoutRedirectUri");
    QTest::newRow("with post-logout redirect") << QStringLiteral("https://app.example/logout");
    QTest::newRow("without") << QString();
}

void TestOidcFlowIntegration::logoutConfirmationPageIsConfirmed()
{
    // oidc-provider's default: "Do you want to sign out?" with No / Yes, also with an id_token_hint. The headless filler
    // presses the one confirm button; the provider session then really ends.
    QFETCH(QString, postLogoutRedirectUri);
    LocalTenant *t = tenant(QStringLiteral("logout-confirm"));
    QVERIFY(t);
    QJsonObject profile = t->profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
    if (!postLogoutRedirectUri.isEmpty())
        profile.insert(QStringLiteral("postLogoutRedirectUri"), postLogoutRedirectUri);
    Run run = makeRun(profile, LocalTenant::username(), LocalTenant::password());
    QVERIFY2(run.signIn() == true, qPrintable(failures(run.flow->state())));

    QSignalSpy action(run.flow.get(), &OidcFlow::actionFinished);
    run.flow->logout();
    LOOP_COMPARE_WITH_TIMEOUT(action.size(), 1, 30000);
    QVERIFY2(action.first().at(1).toBool(), qPrintable(run.flow->state().step(Steps::Logout)->detail));

    Profile silent = run.flow->state().profile;
    silent.extraParams.append({QStringLiteral("prompt"), QStringLiteral("none")});
    run.flow->setProfile(silent);
    QCOMPARE(run.signIn(30000), std::optional<bool>(false));
    const Check *error = findCheck(run.flow->state().checks, QStringLiteral("callback.error"));
    QVERIFY(error);
    QVERIFY2(error->detail.startsWith(QLatin1String("login_required")), qPrintable(error->detail));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({QStringLiteral("com.tokenscope.demo")});
    QApplication app(argc, argv);
    TestOidcFlowIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestOidcFlowIntegration.moc"
