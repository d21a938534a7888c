// Request protection against the local tenant (issue 14): pushed authorization requests (RFC 9126, client web-par),
// signed request objects (RFC 9101, client web-jar with private_key_jwt) and DPoP (RFC 9449, client spa-dpop; the
// tenant's API and userinfo enforce the binding), each working and each failing the way a provider refuses it.
#include "core/common/Clock.h"
#include "EventLoopWait.h"
#include "FlowRun.h"
#include "LocalTenant.h"
#include "core/http/HttpClient.h"
#include "core/http/TrustedCas.h"
#include "core/jose/Jwt.h"
#include "core/oidc/Dpop.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "core/report/FlowReport.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <map>

using namespace tokenscope;

class TestRequestProtectionFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pushedAuthorizationRequest();
    void providerRequiresParButProfileDoesNotAsk();
    void signedRequestObject_data();
    void signedRequestObject();
    void requestObjectWithAnUnregisteredKeyIsRefused();
    void dpopBindsEveryToken();
    void dpopNonceRetryAtTheTokenEndpoint();
    void replayedProofIsRefused();
    void apiRefusesProofForAnotherUrlAndReplays();
    void mutualTls_data();
    void mutualTls();
    void mutualTlsFailures();

private:
    using Run = FlowRun<>;
    Run makeRun(const Profile &profile);
    Profile profile(const QString &clientId, LocalTenant *tenant = nullptr);
    LocalTenant *tenant(const QString &variant);
    static const Check *check(const FlowState &state, const QString &id);

    std::unique_ptr<LocalTenant> m_tenant;
    LocalTenants m_variants;
    SystemClock m_clock;
};

void TestRequestProtectionFlow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

LocalTenant *TestRequestProtectionFlow::tenant(const QString &variant)
{
    return m_variants.get(variant);
}

Profile TestRequestProtectionFlow::profile(const QString &clientId, LocalTenant *tenant)
{
    Profile p = loadProfileOrWarn((tenant ? tenant : m_tenant.get())->profile(clientId, QStringLiteral("code")));
    if (const QString error = loadClientKey(p, QString()); !error.isEmpty())
        qWarning().noquote() << error;
    return p;
}

TestRequestProtectionFlow::Run TestRequestProtectionFlow::makeRun(const Profile &profile)
{
    Run run(&m_clock, 15000, 20000, LocalTenant::username(), LocalTenant::password());
    run.flow->setProfile(profile);
    return run;
}

const Check *TestRequestProtectionFlow::check(const FlowState &state, const QString &id)
{
    return findCheck(state.checks, id);
}

// RFC 9126: the parameters go to the PAR endpoint with the client's authentication; the browser gets client_id and
// request_uri only.
void TestRequestProtectionFlow::pushedAuthorizationRequest()
{
    Run run = makeRun(profile(QStringLiteral("web-par")));
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    const FlowState &state = run.flow->state();
    QVERIFY2(*ok, qPrintable(failures(state)));
    const StepResult *par = state.step(Steps::Par);
    QVERIFY(par);
    QCOMPARE(par->status, CheckStatus::Pass);
    const Check *uri = check(state, QStringLiteral("par.request_uri"));
    QVERIFY(uri);
    QCOMPARE(uri->status, CheckStatus::Pass);
    QVERIFY(state.par.has_value());
    QVERIFY2(state.par->requestUri.startsWith(QLatin1String("urn:ietf:params:oauth:request_uri:")), qPrintable(state.par->requestUri));
    QVERIFY(state.par->expiresIn > 0);
    QVERIFY(!state.par->requiredByProvider);
    // What the browser was sent: nothing but the client and the reference.
    const QUrlQuery opened(state.request.url);
    QCOMPARE(opened.queryItems().size(), 2);
    QCOMPARE(opened.queryItemValue(QStringLiteral("request_uri")), state.par->requestUri);
    // The pushed request authenticated the client (basic) and carried the state and PKCE challenge.
    const auto pushed = std::find_if(state.exchanges.cbegin(), state.exchanges.cend(), [](const HttpExchange &ex) { return ex.step == Steps::Par; });
    QVERIFY(pushed != state.exchanges.cend());
    QCOMPARE(pushed->status, 201);
    QVERIFY(pushed->requestHeader("Authorization").startsWith("Basic "));
    const QUrlQuery body(QString::fromUtf8(pushed->requestBody));
    QCOMPARE(body.queryItemValue(QStringLiteral("state")), state.request.state);
    QVERIFY(body.hasQueryItem(QStringLiteral("code_challenge")));
    QCOMPARE(body.allQueryItemValues(QStringLiteral("client_id")), QStringList{QStringLiteral("web-par")}); // RFC 9126 2.1, once
    QVERIFY(!state.token.refreshToken.isEmpty()); // offline_access worked through PAR (the tenant's Auth0 rewrite)
    const QJsonObject report = flowReport(state);
    QCOMPARE(report.value(QStringLiteral("par")).toObject().value(QStringLiteral("requestUri")).toString(), state.par->requestUri);
}

// The application requires PAR, the profile does not push: the provider's refusal is explained with what to set.
void TestRequestProtectionFlow::providerRequiresParButProfileDoesNotAsk()
{
    Profile p = profile(QStringLiteral("web-par"));
    p.par = false;
    Run run = makeRun(p);
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    QVERIFY(!*ok);
    const FlowState &state = run.flow->state();
    QVERIFY(!state.step(Steps::Par));
    const StepResult *callback = state.step(Steps::Callback);
    QVERIFY(callback);
    QCOMPARE(callback->status, CheckStatus::Fail);
    QCOMPARE(callback->reason, QStringLiteral("oauth.invalid_request"));
    QVERIFY2(callback->detail.contains(QLatin1String("set \"par\" to true")), qPrintable(callback->detail));
}

void TestRequestProtectionFlow::signedRequestObject_data()
{
    QTest::addColumn<bool>("pushed");
    QTest::newRow("in the authorization URL") << false;
    QTest::newRow("inside a pushed request") << true;
}

// RFC 9101: the parameters travel only inside a JWT signed with the client's key (the tenant's web-jar requires it).
void TestRequestProtectionFlow::signedRequestObject()
{
    QFETCH(bool, pushed);
    Profile p = profile(QStringLiteral("web-jar"));
    p.par = pushed;
    Run run = makeRun(p);
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    const FlowState &state = run.flow->state();
    QVERIFY2(*ok, qPrintable(failures(state)));
    QCOMPARE(state.step(Steps::Par) != nullptr, pushed);

    const ParsedJwt jwt = parseJwt(state.request.requestObject);
    QVERIFY(jwt.structurallyValid);
    QCOMPARE(jwt.header.value(QStringLiteral("typ")).toString(), QStringLiteral("oauth-authz-req+jwt"));
    QCOMPARE(jwt.alg(), QStringLiteral("ES256"));
    QCOMPARE(jwt.payload.value(QStringLiteral("iss")).toString(), QStringLiteral("web-jar"));
    QCOMPARE(jwt.payload.value(QStringLiteral("aud")).toString(), m_tenant->issuer());
    QCOMPARE(jwt.payload.value(QStringLiteral("state")).toString(), state.request.state);
    QCOMPARE(jwt.payload.value(QStringLiteral("nonce")).toString(), state.request.nonce);
    for (const char *claim : {"exp", "nbf", "iat"})
        QVERIFY2(jwt.payload.value(QLatin1String(claim)).isDouble(), claim);
    QVERIFY(!jwt.payload.value(QStringLiteral("jti")).toString().isEmpty());
    // The authorize step shows it decoded.
    QVERIFY2(state.step(Steps::Authorize)->detail.contains(QLatin1String("signed request object (ES256")), qPrintable(state.step(Steps::Authorize)->detail));
    QVERIFY(state.step(Steps::Authorize)->detail.contains(state.request.state));
    if (!pushed) {
        const QUrlQuery opened(state.request.url);
        QCOMPARE(opened.queryItems().size(), 2);
        QCOMPARE(opened.queryItemValue(QStringLiteral("request")).toLatin1(), state.request.requestObject);
    }
    QVERIFY(!state.token.refreshToken.isEmpty());
    const QJsonObject report = flowReport(state);
    QCOMPARE(report.value(QStringLiteral("requestObject")).toObject().value(QStringLiteral("claims")).toObject().value(QStringLiteral("iss")).toString(),
             QStringLiteral("web-jar"));
}

// Signed with a key the application never registered: the provider refuses the request object, and says so.
void TestRequestProtectionFlow::requestObjectWithAnUnregisteredKeyIsRefused()
{
    Profile p = profile(QStringLiteral("web-jar"));
    p.tokenEndpointAuth = QStringLiteral("none");
    p.clientKeyPem = privateKeyPem(SigningKey::generate(QStringLiteral("ES256")).pkey());
    Run run = makeRun(p);
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    QVERIFY(!*ok);
    const FlowState &state = run.flow->state();
    // The provider shows its error page rather than trusting a redirect_uri from an unverified request: the step that
    // waited for the callback names the error the page showed.
    const StepResult *failed = state.firstFailedStep();
    QVERIFY(failed);
    QCOMPARE(failed->name, Steps::Authorize);
    QVERIFY2(failed->detail.contains(QLatin1String("invalid_request_object")), qPrintable(failed->detail));
}

// RFC 9449 end to end: the code, the tokens and the refresh are bound to the run's key; userinfo and the API take the
// token only with a proof (the API asks for its nonce first), and refuse it without one.
void TestRequestProtectionFlow::dpopBindsEveryToken()
{
    Run run = makeRun(profile(QStringLiteral("spa-dpop")));
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    const FlowState &state = run.flow->state();
    QVERIFY2(*ok, qPrintable(failures(state)));
    QVERIFY(state.dpop.has_value());
    QCOMPARE(state.dpop->alg, QStringLiteral("ES256"));
    QCOMPARE(state.token.tokenType, QStringLiteral("DPoP"));
    const QString jkt = jwtPayloadOrEmpty(state.token.accessToken.toUtf8()).value(QStringLiteral("cnf")).toObject().value(QStringLiteral("jkt")).toString();
    QCOMPARE(jkt, state.dpop->thumbprint);
    for (const char *id : {"dpop.proof", "dpop.cnf_jkt", "dpop.refresh_bound", "dpop.api_requires_proof", "dpop.nonce"}) {
        const Check *c = check(state, QLatin1String(id));
        QVERIFY2(c, id);
        QVERIFY2(c->status == CheckStatus::Pass, qPrintable(QLatin1String(id) + QStringLiteral(": ") + c->detail));
    }
    // The code was bound too (dpop_jkt), and every request that used a token carried a proof.
    QCOMPARE(QUrlQuery(state.request.url).queryItemValue(QStringLiteral("dpop_jkt")), state.dpop->thumbprint);
    int apiCalls = 0;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == Steps::Token || ex.step == Steps::Refresh || ex.step == Steps::Userinfo)
            QVERIFY2(!ex.requestHeader("DPoP").isEmpty(), qPrintable(ex.step));
        if (ex.step == Steps::Userinfo)
            QVERIFY(ex.requestHeader("Authorization").startsWith("DPoP "));
        if (ex.step == Steps::Api)
            ++apiCalls;
    }
    QCOMPARE(apiCalls, 3); // refused for want of the nonce, accepted with it, refused without a proof
    QCOMPARE(state.apiExchange->status, 200);
    QCOMPARE(state.dpop->nonceRetries, 1);
    const QJsonObject report = flowReport(state);
    QCOMPARE(report.value(QStringLiteral("dpop")).toObject().value(QStringLiteral("jkt")).toString(), state.dpop->thumbprint);
    QVERIFY(!report.value(QStringLiteral("dpop")).toObject().value(QStringLiteral("publicJwk")).toObject().contains(QStringLiteral("d")));
}

// A provider that requires nonces (variant dpop-nonce): the first token request is refused with use_dpop_nonce, the
// retry with the nonce is accepted, and the refresh uses the nonce it was last given.
void TestRequestProtectionFlow::dpopNonceRetryAtTheTokenEndpoint()
{
    LocalTenant *t = tenant(QStringLiteral("dpop-nonce"));
    QVERIFY(t);
    Run run = makeRun(profile(QStringLiteral("spa-dpop"), t));
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    const FlowState &state = run.flow->state();
    QVERIFY2(*ok, qPrintable(failures(state)));
    QList<int> tokenStatuses;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == Steps::Token)
            tokenStatuses << ex.status;
    }
    QCOMPARE(tokenStatuses, (QList<int>{400, 200}));
    bool asNonce = false;
    for (const Check &c : state.checks)
        asNonce = asNonce || (c.id == QLatin1String("dpop.nonce") && c.detail.contains(QLatin1String("authorization server")) && c.status == CheckStatus::Pass);
    QVERIFY(asNonce);
    QVERIFY(check(state, QStringLiteral("dpop.refresh_bound")));
    QCOMPARE(check(state, QStringLiteral("dpop.refresh_bound"))->status, CheckStatus::Pass);
}

// Every proof must be new (RFC 9449 11.1): in a run whose proofs all carry the same jti, the token endpoint accepts the
// first and refuses the refresh's (oidc-provider says only invalid_grant; its log says "DPoP proof JWT Replay detected").
void TestRequestProtectionFlow::replayedProofIsRefused()
{
    Run run = makeRun(profile(QStringLiteral("spa-dpop")));
    OidcFlow::Options options = run.flow->options();
    options.jti = [] { return QStringLiteral("the-same-jti-every-time"); };
    run.flow->setOptions(options);
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    QVERIFY(!*ok);
    const FlowState &state = run.flow->state();
    QCOMPARE(state.step(Steps::Token)->status, CheckStatus::Pass); // the first proof is fine
    const StepResult *refresh = state.step(Steps::Refresh);
    QVERIFY(refresh);
    QCOMPARE(refresh->status, CheckStatus::Fail);
    QCOMPARE(refresh->reason, QStringLiteral("oauth.invalid_grant"));
    QVERIFY2(refresh->detail.contains(QLatin1String("replayed jti")), qPrintable(refresh->detail)); // not the code's advice
    QStringList jtis;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == Steps::Token || ex.step == Steps::Refresh)
            jtis << jwtPayloadOrEmpty(ex.requestHeader("DPoP")).value(QStringLiteral("jti")).toString();
    }
    QCOMPARE(jtis, (QStringList{QStringLiteral("the-same-jti-every-time"), QStringLiteral("the-same-jti-every-time")}));
}

// The tenant's API checks what Tokenscope's proofs claim: a proof made for another URL, or one sent twice, is refused;
// the right proof for the same token is accepted (so the refusals are about the proof). The token comes from the
// token endpoint with a proof of the test's own key (client credentials, m2m-app).
void TestRequestProtectionFlow::apiRefusesProofForAnotherUrlAndReplays()
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    const DpopKey key = generateDpopKey(QStringLiteral("ES256"));
    QVERIFY(key.isValid());
    const QUrl tokenEndpoint(m_tenant->issuer() + QStringLiteral("oauth/token"));
    const qint64 now = m_clock.nowSecsSinceEpoch();
    auto exchange = [](HttpReply *reply) {
        test::waitUntil([reply] { return reply->isFinished(); }, 15000); // an unfinished one fails on its status below
        return reply->exchange();
    };
    const QByteArray form = "grant_type=client_credentials&audience=" + QUrl::toPercentEncoding(m_tenant->apiAudience());
    const HttpExchange token = exchange(http.post(tokenEndpoint, QStringLiteral("token"), form, "application/x-www-form-urlencoded",
                                                  {{"Authorization", "Basic " + QByteArray("m2m-app:m2m-app-secret-7d41b2e9").toBase64()},
                                                   {"DPoP", dpopProof(key, "POST", tokenEndpoint, now, QStringLiteral("t1"))}}));
    QCOMPARE(token.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(token.responseBody).object();
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("DPoP"));
    const QString accessToken = body.value(QStringLiteral("access_token")).toString();

    const QUrl api(m_tenant->apiUrl());
    const QUrl other(QString(m_tenant->apiUrl()).replace(QLatin1String("/api/private"), QLatin1String("/api/private-scoped")));
    auto call = [&](const QUrl &proofFor, const QString &jti, const QString &nonce) {
        return exchange(http.get(api, QStringLiteral("api"),
                                 {{"Authorization", "DPoP " + accessToken.toUtf8()}, {"DPoP", dpopProof(key, "GET", proofFor, now, jti, nonce, accessToken)}}));
    };
    // The first call learns the API's nonce.
    const HttpExchange first = call(api, QStringLiteral("a1"), QString());
    QCOMPARE(first.status, 401);
    const QString nonce = dpopNonceDemand(first);
    QVERIFY(!nonce.isEmpty());

    const HttpExchange elsewhere = call(other, QStringLiteral("a2"), nonce);
    QCOMPARE(elsewhere.status, 401);
    QVERIFY2(elsewhere.responseHeader("WWW-Authenticate").contains("error=\"invalid_dpop_proof\""), elsewhere.responseHeader("WWW-Authenticate"));
    QVERIFY(elsewhere.responseHeader("WWW-Authenticate").contains("htu"));

    const HttpExchange right = call(api, QStringLiteral("a3"), nonce);
    QCOMPARE(right.status, 200);
    const HttpExchange again = call(api, QStringLiteral("a3"), nonce);
    QCOMPARE(again.status, 401);
    QVERIFY2(again.responseHeader("WWW-Authenticate").contains("replay"), again.responseHeader("WWW-Authenticate"));
}

void TestRequestProtectionFlow::mutualTls_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::newRow("tls_client_auth, code flow (web-mtls)") << "web-mtls";
    QTest::newRow("self_signed_tls_client_auth, client credentials (m2m-self-signed)") << "m2m-self-signed";
}

// RFC 8705: the client authenticates with its certificate at the provider's mTLS aliases, its access tokens are bound to
// the certificate (also after a refresh), and the API over TLS accepts them with it; the certificate goes to those
// servers only.
void TestRequestProtectionFlow::mutualTls()
{
    QFETCH(QString, clientId);
    Profile p = profile(clientId);
    const TrustedCas cas = loadCaCertificates(caCertificateFiles(p, QString()));
    QVERIFY2(cas.ok(), qPrintable(cas.error));
    Run run = makeRun(p);
    run.http->setExtraCaCertificates(cas.certificates);
    const std::optional<bool> ok = run.signIn();
    QVERIFY(ok.has_value());
    const FlowState &state = run.flow->state();
    QVERIFY2(*ok, qPrintable(failures(state)));
    QVERIFY(state.mtls.has_value());
    QVERIFY(state.mtls->aliases);
    QVERIFY(state.metadata.tokenEndpoint.scheme() == QLatin1String("https")); // the alias, not the plain endpoint
    const QString x5t = jwtPayloadOrEmpty(state.token.accessToken.toUtf8()).value(QStringLiteral("cnf")).toObject().value(QStringLiteral("x5t#S256")).toString();
    QCOMPARE(x5t, state.mtls->thumbprint);
    QCOMPARE(check(state, QStringLiteral("mtls.cnf_x5t"))->status, CheckStatus::Pass);
    if (clientId == QLatin1String("web-mtls"))
        QCOMPARE(check(state, QStringLiteral("mtls.refresh_bound"))->status, CheckStatus::Pass);
    QVERIFY(state.apiExchange->url.scheme() == QLatin1String("https"));
    // The API accepted the token with the certificate, and refused it from a connection without one.
    QCOMPARE(check(state, QStringLiteral("mtls.api_requires_certificate"))->status, CheckStatus::Pass);
    QList<int> apiStatuses;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == Steps::Api)
            apiStatuses << ex.status;
    }
    QCOMPARE(apiStatuses, (QList<int>{200, 401}));
    // No secret and no assertion: the TLS connection authenticated the client.
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == Steps::Token) {
            QVERIFY(ex.requestHeader("Authorization").isEmpty());
            QVERIFY(!ex.requestBody.contains("client_assertion"));
            QVERIFY(ex.requestBody.contains("client_id=" + clientId.toUtf8()));
        }
    }
}

void TestRequestProtectionFlow::mutualTlsFailures()
{    // An API that checks the token but not the certificate it is bound to (a careless route of the tenant's API): the
    // token works from a connection without the certificate, which is the finding.
    {
        Profile p = profile(QStringLiteral("m2m-self-signed"));
        p.apiUrl = QString(m_tenant->mtlsApiUrl()).replace(QLatin1String("/api/private"), QLatin1String("/api/careless/no-exp"));
        Run run = makeRun(p);
        run.http->setExtraCaCertificates(loadCaCertificates(caCertificateFiles(p, QString())).certificates);
        const std::optional<bool> ok = run.signIn();
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        const FlowState &state = run.flow->state();
        const Check *refused = check(state, QStringLiteral("mtls.api_requires_certificate"));
        QVERIFY(refused);
        QCOMPARE(refused->status, CheckStatus::Fail);
        QVERIFY2(refused->detail.contains(QLatin1String("does not enforce the binding")), qPrintable(refused->detail));
        QCOMPARE(state.step(Steps::Api)->reason, QStringLiteral("check.mtls.api_requires_certificate"));
    }

    // Another client's certificate: the provider refuses the client (the subject is not web-mtls's).
    {
        Profile p = profile(QStringLiteral("web-mtls"));
        const Profile other = profile(QStringLiteral("m2m-self-signed"));
        p.clientCertificatePem = other.clientCertificatePem;
        p.clientCertificateKeyPem = other.clientCertificateKeyPem;
        Run run = makeRun(p);
        run.http->setExtraCaCertificates(loadCaCertificates(caCertificateFiles(p, QString())).certificates);
        const std::optional<bool> ok = run.signIn();
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        const StepResult *token = run.flow->state().step(Steps::Token);
        QVERIFY(token);
        QCOMPARE(token->reason, QStringLiteral("oauth.invalid_client"));
    }
    // A key that is not the certificate's: nothing is sent, and the reason says so.
    {
        Profile p = profile(QStringLiteral("m2m-self-signed"));
        p.clientCertificateKeyPem = profile(QStringLiteral("web-mtls")).clientCertificateKeyPem;
        Run run = makeRun(p);
        const std::optional<bool> ok = run.signIn();
        QVERIFY(ok.has_value());
        QVERIFY(!*ok);
        const FlowState &state = run.flow->state();
        QCOMPARE(state.step(Steps::Token)->reason, QStringLiteral("client_auth.certificate"));
        QVERIFY2(state.step(Steps::Token)->detail.contains(QLatin1String("not the client certificate's")), qPrintable(state.step(Steps::Token)->detail));
        for (const HttpExchange &ex : state.exchanges)
            QVERIFY(ex.step != Steps::Token);
    }
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    QApplication app(argc, argv);
    TestRequestProtectionFlow test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestRequestProtectionFlow.moc"
