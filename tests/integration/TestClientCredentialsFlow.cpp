// The client credentials grant (RFC 6749 4.4) and token introspection (RFC 7662) of the engine against the local
// tenant: the machine-to-machine clients m2m-app (a client grant for the API) and m2m-no-api (none), tests/idp/README.md.
#include "FlowStateText.h"
#include "LocalTenant.h"
#include "core/http/HttpExchange.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/jose/Jwt.h"
#include "core/oidc/ClientAssertion.h"
#include "core/jose/JwsSigner.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace tokenscope;
using namespace tokenscope::test;

namespace {

const QString M2mSecret = QStringLiteral("m2m-app-secret-7d41b2e9");

// An engine without a user agent: this grant must never need one.
struct Engine
{
    SystemClock clock;
    QNetworkAccessManager nam;
    HttpClient http{&nam};
    OidcFlow flow{&http, nullptr, &clock};

    bool run(const Profile &profile)
    {
        flow.setProfile(profile);
        QSignalSpy finished(&flow, &OidcFlow::finished);
        flow.start();
        return finished.wait(30000) || !finished.isEmpty();
    }
    bool introspect(const QString &token)
    {
        QSignalSpy done(&flow, &OidcFlow::actionFinished);
        flow.introspect(token);
        return done.wait(30000) || !done.isEmpty();
    }
};

} // namespace

class TestClientCredentialsFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profileNeedsNoRedirectUri();
    void validatesTheApiToken();
    void refusalSaysWhatToConfigure_data();
    void refusalSaysWhatToConfigure();
    void introspectsAnActiveJwt();
    void introspectsInactiveTokens_data();
    void introspectsInactiveTokens();
    void clientSecretJwt_data();
    void clientSecretJwt();
    void privateKeyJwt_data();
    void privateKeyJwt();

private:
    Profile m2mProfile(const QString &clientId, const QString &secret, const QString &audience) const;
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestClientCredentialsFlow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

Profile TestClientCredentialsFlow::m2mProfile(const QString &clientId, const QString &secret, const QString &audience) const
{
    QJsonObject json{{QStringLiteral("name"), QStringLiteral("m2m")},
                     {QStringLiteral("issuer"), m_tenant->issuer()},
                     {QStringLiteral("clientId"), clientId},
                     {QStringLiteral("clientSecret"), secret},
                     {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                     {QStringLiteral("scope"), QStringLiteral("read:tests")}};
    if (!audience.isEmpty()) { // the API accepts only its own JWTs: without an audience there is no API to call
        json.insert(QStringLiteral("audience"), audience);
        json.insert(QStringLiteral("apiUrl"), m_tenant->apiUrl());
    }
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(json).toJson());
    if (!loaded.ok())
        qWarning() << loaded.errors;
    return loaded.profile;
}

// Contract: a grant without a browser needs no redirectUri or responseType; an unknown or later grant is named.
void TestClientCredentialsFlow::profileNeedsNoRedirectUri()
{
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(QJsonObject{{QStringLiteral("issuer"), m_tenant->issuer()},
                                                                           {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                                                                           {QStringLiteral("clientSecret"), M2mSecret},
                                                                           {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                                                                           {QStringLiteral("responseType"), QStringLiteral("nonsense")}})
                                                     .toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.profile.effectiveGrant(), Grants::ClientCredentials);
    // Saved and read back, the key stays.
    QCOMPARE(loadProfile(saveProfile(loaded.profile)).profile.grant, Grants::ClientCredentials);

    Profile later = loaded.profile;
    for (const QString &grant : {Grants::DeviceCode, Grants::Password, Grants::TokenExchange}) { // supported, and need no browser either
        later.grant = grant;
        QVERIFY2(profileProblems(later).isEmpty(), qPrintable(grant));
    }
    later.grant = QStringLiteral("implicit");
    QVERIFY(profileProblems(later).first().message.contains(QLatin1String("not a grant Tokenscope knows")));
    // A public client cannot use the grant (RFC 6749 4.4).
    Profile publicClient = loaded.profile;
    publicClient.clientSecret.clear();
    QCOMPARE(profileProblems(publicClient).size(), 1);
    QCOMPARE(profileProblems(publicClient).first().field, QStringLiteral("clientSecret"));
}

void TestClientCredentialsFlow::validatesTheApiToken()
{
    Engine e;
    QVERIFY(e.run(m2mProfile(QStringLiteral("m2m-app"), M2mSecret, m_tenant->apiAudience())));
    const FlowState &s = e.flow.state();
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QStringList names;
    for (const StepResult &step : s.steps)
        names << step.name + QLatin1Char('=') + checkStatusName(step.status);
    QCOMPARE(names, (QStringList{"discovery=pass", "token=pass", "userinfo=skip", "api=pass", "refresh=skip"}));
    QVERIFY2(s.step(Steps::Userinfo)->detail.contains(QLatin1String("no user")), qPrintable(s.step(Steps::Userinfo)->detail));
    QVERIFY(s.token.idToken.isEmpty());
    QVERIFY(s.token.refreshToken.isEmpty());
    const QJsonObject payload = parseJwt(s.token.accessToken.toUtf8()).payload;
    QCOMPARE(payload.value(QStringLiteral("gty")).toString(), QStringLiteral("client-credentials"));
    for (const char *id : {"token.token_type", "token.access_token.signature", "token.access_token.iss", "token.access_token.aud",
                           "token.access_token.exp", "token.access_token.client_id", "token.access_token.scope", "token.access_token.gty"})
        QCOMPARE(checkStatus(s, QString::fromLatin1(id)), QStringLiteral("pass"));
    QVERIFY(findCheck(s, QStringLiteral("token.access_token.aud"))->detail.toString().contains(m_tenant->apiAudience()));
    QCOMPARE(s.apiExchange->status, 200);
    // The secret went in the Authorization header only (client_secret_basic), never into the form.
    for (const HttpExchange &ex : s.exchanges) {
        if (ex.step == Steps::Token)
            QVERIFY(!ex.requestBody.contains(M2mSecret.toUtf8()));
    }
}

// The provider's refusal is named (step token, reason oauth.<error>) with what to configure; nothing after it runs.
void TestClientCredentialsFlow::refusalSaysWhatToConfigure_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("advice");
    QTest::newRow("grant type not allowed") << "hybrid-app" << LocalTenant::hybridSecret() << m_tenant->apiAudience()
                                            << "oauth.unauthorized_client" << "allow the grant type client_credentials";
    QTest::newRow("no client grant for the API") << "m2m-no-api" << "m2m-no-api-secret-5c0e8a17" << m_tenant->apiAudience()
                                                 << "oauth.access_denied" << "grant the client access to that API";
    QTest::newRow("unknown audience") << "m2m-app" << M2mSecret << "https://other.api.example/" << "oauth.invalid_target"
                                      << "knows no API (resource) https://other.api.example/";
    QTest::newRow("wrong secret") << "m2m-app" << "not-the-secret" << m_tenant->apiAudience() << "oauth.invalid_client"
                                  << "check \"clientId\", the client secret";
}

void TestClientCredentialsFlow::refusalSaysWhatToConfigure()
{
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, audience);
    QFETCH(QString, reason);
    QFETCH(QString, advice);
    Profile profile = m2mProfile(clientId, secret, audience);
    if (clientId == QLatin1String("m2m-no-api"))
        profile.tokenEndpointAuth = QStringLiteral("client_secret_post");
    Engine e;
    QVERIFY(e.run(profile));
    const FlowState &s = e.flow.state();
    QVERIFY(!s.ok());
    const StepResult *token = s.step(Steps::Token);
    QVERIFY(token);
    QCOMPARE(checkStatusName(token->status), QStringLiteral("fail"));
    QCOMPARE(token->reason, reason);
    QVERIFY2(token->detail.contains(advice), qPrintable(token->detail));
    QCOMPARE(stepStatus(s, Steps::Api), QStringLiteral("skip"));
    QCOMPARE(stepStatus(s, Steps::Refresh), QStringLiteral("skip"));
    QVERIFY(!s.step(Steps::Authorize));
    QVERIFY(!token->detail.contains(secret));
}

// RFC 7662 with a JWT: the answer's claims are compared with the token's.
void TestClientCredentialsFlow::introspectsAnActiveJwt()
{
    Engine e;
    QVERIFY(e.run(m2mProfile(QStringLiteral("m2m-app"), M2mSecret, m_tenant->apiAudience())));
    const QString token = e.flow.state().token.accessToken;
    QVERIFY(looksLikeJwt(token.toUtf8()));
    QVERIFY(e.introspect(token));
    const FlowState &s = e.flow.state();
    QCOMPARE(stepStatus(s, Steps::Introspection), QStringLiteral("pass"));
    QCOMPARE(s.introspectionActive, std::optional<bool>(true));
    QCOMPARE(s.introspection.value(QStringLiteral("client_id")).toString(), QStringLiteral("m2m-app"));
    for (const char *id : {"introspection.active", "introspection.iss", "introspection.sub", "introspection.aud", "introspection.exp",
                           "introspection.scope", "introspection.client_id"})
        QCOMPARE(checkStatus(s, QString::fromLatin1(id)), QStringLiteral("pass"));
}

// An inactive token is a finding (the check fails), not a failed request (the step passes).
void TestClientCredentialsFlow::introspectsInactiveTokens_data()
{
    QTest::addColumn<bool>("revoke");
    QTest::addColumn<bool>("garbage");
    QTest::newRow("active opaque token") << false << false;
    QTest::newRow("revoked opaque token") << true << false;
    QTest::newRow("garbage") << false << true;
}

void TestClientCredentialsFlow::introspectsInactiveTokens()
{
    QFETCH(bool, revoke);
    QFETCH(bool, garbage);
    Engine e;
    // Without an audience the tenant issues an opaque token, which only the provider can check.
    QVERIFY(e.run(m2mProfile(QStringLiteral("m2m-app"), M2mSecret, QString())));
    QString token = e.flow.state().token.accessToken;
    QVERIFY(!token.isEmpty());
    QVERIFY(!looksLikeJwt(token.toUtf8()));
    QVERIFY2(e.flow.state().ok(), qPrintable(describe(e.flow.state())));
    QCOMPARE(checkStatus(e.flow.state(), QStringLiteral("token.access_token.format")), QStringLiteral("skip"));
    if (revoke) {
        // RFC 7009 with the same client.
        const QByteArray body = "token=" + QUrl::toPercentEncoding(token);
        const QByteArray basic = "Basic " + QByteArray("m2m-app:" + M2mSecret.toUtf8()).toBase64();
        HttpReply *reply = e.http.post(QUrl(m_tenant->issuer() + QStringLiteral("oauth/revoke")), QStringLiteral("test"), body,
                                       QByteArrayLiteral("application/x-www-form-urlencoded"), {{QByteArrayLiteral("Authorization"), basic}});
        QSignalSpy done(reply, &HttpReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->exchange().status, 200);
        reply->deleteLater();
    }
    if (garbage)
        token = QStringLiteral("not-a-token-the-provider-issued");
    QVERIFY(e.introspect(token));
    const FlowState &s = e.flow.state();
    const bool active = !revoke && !garbage;
    QCOMPARE(stepStatus(s, Steps::Introspection), QStringLiteral("pass"));
    QCOMPARE(s.introspectionActive, std::optional<bool>(active));
    QCOMPARE(checkStatus(s, QStringLiteral("introspection.active")), active ? QStringLiteral("pass") : QStringLiteral("fail"));
    QCOMPARE(s.ok(), active);
    // An opaque token has no claims of its own to compare.
    QVERIFY(!findCheck(s, QStringLiteral("introspection.iss")));
}

void TestClientCredentialsFlow::clientSecretJwt_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("the client's secret") << "m2m-jwt-secret-0f4e6a2b9c8d7e1f3a5b7c9d0e2f4a6b" << true;
    QTest::newRow("a wrong secret") << "m2m-jwt-secret-not-this-one-0000000000000000" << false;
}

// client_secret_jwt (RFC 7523 2.2, OpenID Connect Core 9) against the tenant's m2m-jwt: the secret never travels,
// only an HS256 assertion with iss = sub = the client, aud = the token endpoint, a jti and a one-minute lifetime; the
// provider accepts it, and refuses one MACed with another secret (invalid_client). The log keeps no assertion.
void TestClientCredentialsFlow::clientSecretJwt()
{
    QFETCH(QString, secret);
    QFETCH(bool, accepted);
    Profile p = m2mProfile(QStringLiteral("m2m-jwt"), secret, m_tenant->apiAudience());
    p.tokenEndpointAuth = QStringLiteral("client_secret_jwt");
    QVERIFY2(validateProfile(p).isEmpty(), qPrintable(validateProfile(p).join(QLatin1Char('\n'))));
    Engine e;
    QVERIFY(e.run(p));
    const FlowState &s = e.flow.state();
    QCOMPARE(stepStatus(s, Steps::Token), accepted ? QStringLiteral("pass") : QStringLiteral("fail"));
    if (!accepted)
        QCOMPARE(s.step(Steps::Token)->reason, QStringLiteral("oauth.invalid_client"));
    else
        QCOMPARE(stepStatus(s, Steps::Api), QStringLiteral("pass"));
    const HttpExchange *token = nullptr;
    for (const HttpExchange &ex : s.exchanges)
        token = ex.step == Steps::Token ? &ex : token;
    QVERIFY(token);
    QVERIFY(!token->requestBody.contains(secret.toUtf8()));
    QVERIFY(!token->requestHeader("Authorization").startsWith("Basic"));
    const QUrlQuery form(QString::fromUtf8(token->requestBody));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded),
             QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    const ParsedJwt assertion = parseJwt(form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toUtf8());
    QVERIFY(assertion.structurallyValid);
    QCOMPARE(assertion.alg(), QStringLiteral("HS256"));
    QCOMPARE(assertion.payload.value(QLatin1String("iss")).toString(), QStringLiteral("m2m-jwt"));
    QCOMPARE(assertion.payload.value(QLatin1String("sub")).toString(), QStringLiteral("m2m-jwt"));
    QCOMPARE(assertion.payload.value(QLatin1String("aud")).toString(), s.metadata.tokenEndpoint.toString());
    QVERIFY(!assertion.payload.value(QLatin1String("jti")).toString().isEmpty());
    QCOMPARE(assertion.payload.value(QLatin1String("exp")).toInteger() - assertion.payload.value(QLatin1String("iat")).toInteger(), 60);
    // The log and the report show it redacted.
    QVERIFY(!redactFormBody(token->requestBody).contains(form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toUtf8()));
}

void TestClientCredentialsFlow::privateKeyJwt_data()
{
    QTest::addColumn<QString>("key"); // "registered": the tenant's fixture; "other": a fresh key; "unread": none read
    QTest::addColumn<QString>("outcome");
    QTest::newRow("the registered key") << "registered" << "pass";
    QTest::newRow("another key") << "other" << "oauth.invalid_client";
    QTest::newRow("no key read") << "unread" << "client_auth.key";
    QTest::newRow("an expired assertion") << "expired" << "oauth.invalid_client";
}

// private_key_jwt (RFC 7523 2.2, OpenID Connect Core 9) against the tenant's m2m-pkjwt, whose public key it knows: an
// ES256 assertion with the key's RFC 7638 thumbprint as kid; another key is refused (invalid_client); a profile whose
// key was not read fails at the token step with nothing sent. The profile file names the key relative to itself.
void TestClientCredentialsFlow::privateKeyJwt()
{
    QFETCH(QString, key);
    QFETCH(QString, outcome);
    Profile p = m2mProfile(QStringLiteral("m2m-pkjwt"), QString(), m_tenant->apiAudience());
    p.tokenEndpointAuth = QStringLiteral("private_key_jwt");
    p.clientKey = QStringLiteral("keys/m2m-pkjwt.pem");
    QVERIFY2(validateProfile(p).isEmpty(), qPrintable(validateProfile(p).join(QLatin1Char('\n'))));
    if (key == QLatin1String("registered")) {
        QCOMPARE(loadClientKey(p, QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/profile.json")), QString());
        QVERIFY(p.clientKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    } else if (key == QLatin1String("other")) {
        p.clientKeyPem = privateKeyPem(SigningKey::generate(QStringLiteral("ES256")).pkey());
    }
    if (key == QLatin1String("expired")) // the registered key, but a clock ten minutes behind: exp is long past
        QCOMPARE(loadClientKey(p, QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/profile.json")), QString());
    Engine e;
    FixedClock behind(QDateTime::currentSecsSinceEpoch() - 600);
    OidcFlow lateFlow(&e.http, nullptr, &behind);
    OidcFlow &flow = key == QLatin1String("expired") ? lateFlow : e.flow;
    flow.setProfile(p);
    QSignalSpy finished(&flow, &OidcFlow::finished);
    flow.start();
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    const FlowState &s = flow.state();
    const StepResult *token = s.step(Steps::Token);
    QVERIFY(token);
    if (outcome == QLatin1String("pass")) {
        QVERIFY2(s.ok(), qPrintable(describe(s)));
    } else {
        QCOMPARE(token->reason, outcome);
        if (key == QLatin1String("unread")) {
            QVERIFY2(token->detail.contains(QLatin1String("private_key_jwt cannot sign")), qPrintable(token->detail));
            for (const HttpExchange &ex : s.exchanges)
                QVERIFY(ex.step != Steps::Token);
            return;
        }
    }
    const HttpExchange *request = nullptr;
    for (const HttpExchange &ex : s.exchanges)
        request = ex.step == Steps::Token ? &ex : request;
    QVERIFY(request);
    const QUrlQuery form(QString::fromUtf8(request->requestBody));
    const ParsedJwt assertion = parseJwt(form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toUtf8());
    QCOMPARE(assertion.alg(), QStringLiteral("ES256"));
    QCOMPARE(assertion.kid(), clientKeyFrom(p.clientKeyPem, {}).kid);
    QCOMPARE(assertion.payload.value(QLatin1String("aud")).toString(), s.metadata.tokenEndpoint.toString());
    QVERIFY(!request->requestBody.contains("PRIVATE"));
}

QTEST_GUILESS_MAIN(TestClientCredentialsFlow)
#include "TestClientCredentialsFlow.moc"
