// Token exchange (RFC 8693) of the engine against the local tenant's client api-gateway (tests/idp/README.md): a
// user's access token (from the password grant of legacy-app) exchanged for one for the tenant's API or its downstream
// API; the issued token checked (issued_token_type, act, the audience asked for) and used at the API; the provider's
// refusals named with what to do; the subject token never shown whole in the log or the report.
#include "FlowStateText.h"
#include "LocalTenant.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpExchange.h"
#include "core/jose/Jwt.h"
#include "core/oidc/OidcFlow.h"
#include "core/oidc/TokenExchange.h"
#include "core/profile/Profile.h"
#include "core/report/FlowReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace tokenscope;
using namespace tokenscope::test;

namespace {

const QString GatewaySecret = QStringLiteral("api-gateway-secret-1e7c35a0");
const QString DownstreamAudience = QStringLiteral("https://downstream.tokenscope.test/");

// An engine without a user agent: this grant must never need one.
struct Engine
{
    SystemClock clock;
    QNetworkAccessManager nam;
    HttpClient http{&nam};
    OidcFlow flow{&http, nullptr, &clock};

    bool run(const Profile &profile, const QString &subjectToken = {})
    {
        flow.setProfile(profile);
        if (!subjectToken.isEmpty())
            flow.setSubjectToken(subjectToken);
        QSignalSpy finished(&flow, &OidcFlow::finished);
        flow.start();
        return finished.wait(30000) || !finished.isEmpty();
    }
};

} // namespace

class TestTokenExchangeFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profileKeys_data();
    void profileKeys();
    void form();
    void exchangesAndValidates();
    void downstreamAudience();
    void requestedTokenType_data();
    void requestedTokenType();
    void refusalSaysWhatToDo_data();
    void refusalSaysWhatToDo();

private:
    Profile gatewayProfile(const QString &clientId = QStringLiteral("api-gateway"), const QString &audience = {}) const;
    std::unique_ptr<LocalTenant> m_tenant;
    QString m_aliceAccessToken; // a user's access token for the tenant's API, scope read:tests
};

void TestTokenExchangeFlow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
    // The subject token: alice's access token for the API, from the password grant (TestPasswordFlow).
    const QJsonObject legacy{{QStringLiteral("name"), QStringLiteral("legacy")},
                             {QStringLiteral("issuer"), m_tenant->issuer()},
                             {QStringLiteral("clientId"), QStringLiteral("legacy-app")},
                             {QStringLiteral("clientSecret"), QStringLiteral("legacy-app-secret-9b2f60d4")},
                             {QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_post")},
                             {QStringLiteral("grant"), QStringLiteral("password")},
                             {QStringLiteral("scope"), QStringLiteral("openid read:tests")},
                             {QStringLiteral("audience"), m_tenant->apiAudience()}};
    Engine e;
    e.flow.setProfile(loadProfile(QJsonDocument(legacy).toJson()).profile);
    e.flow.setResourceOwnerCredentials(LocalTenant::username(), LocalTenant::password());
    OidcFlow::Options options;
    options.userinfo = options.callApi = options.refresh = false;
    e.flow.setOptions(options);
    QSignalSpy finished(&e.flow, &OidcFlow::finished);
    e.flow.start();
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(stepStatus(e.flow.state(), Steps::Token), QStringLiteral("pass"));
    m_aliceAccessToken = e.flow.state().currentAccessToken();
    QVERIFY(looksLikeJwt(m_aliceAccessToken.toUtf8()));
}

Profile TestTokenExchangeFlow::gatewayProfile(const QString &clientId, const QString &audience) const
{
    const QJsonObject json{{QStringLiteral("name"), QStringLiteral("gateway")},
                           {QStringLiteral("issuer"), m_tenant->issuer()},
                           {QStringLiteral("clientId"), clientId},
                           {QStringLiteral("clientSecret"), clientId == QLatin1String("api-gateway") ? GatewaySecret : LocalTenant::hybridSecret()},
                           {QStringLiteral("grant"), QStringLiteral("token_exchange")},
                           {QStringLiteral("scope"), QStringLiteral("read:tests")},
                           {QStringLiteral("audience"), audience.isEmpty() ? m_tenant->apiAudience() : audience},
                           {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(json).toJson());
    if (!loaded.ok())
        qWarning() << loaded.errors;
    return loaded.profile;
}

void TestTokenExchangeFlow::profileKeys_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("subjectTokenType");
    QTest::addColumn<QString>("effectiveType");
    QTest::addColumn<QString>("problemField"); // "" = no problem
    QTest::newRow("default type") << "token_exchange" << "" << "urn:ietf:params:oauth:token-type:access_token" << "";
    QTest::newRow("short name") << "token_exchange" << "jwt" << "urn:ietf:params:oauth:token-type:jwt" << "";
    QTest::newRow("a URI") << "token_exchange" << "urn:example:token-type:custom" << "urn:example:token-type:custom" << "";
    QTest::newRow("not a type of RFC 8693") << "token_exchange" << "bearer" << "urn:ietf:params:oauth:token-type:bearer"
                                            << "subjectTokenType";
    QTest::newRow("another grant") << "client_credentials" << "jwt" << "urn:ietf:params:oauth:token-type:jwt" << "subjectTokenType";
}

// Contract: grant token_exchange needs no redirectUri; subjectToken and subjectTokenType are read and written back,
// and refused with another grant; a short type gets RFC 8693 3's prefix.
void TestTokenExchangeFlow::profileKeys()
{
    QFETCH(QString, grant);
    QFETCH(QString, subjectTokenType);
    QFETCH(QString, effectiveType);
    QFETCH(QString, problemField);
    Profile p = gatewayProfile();
    p.grant = grant;
    p.subjectTokenType = subjectTokenType;
    QVERIFY(p.grantNeedsNoBrowser());
    QCOMPARE(p.effectiveSubjectTokenType(), effectiveType);
    QStringList fields;
    for (const ProfileProblem &problem : profileProblems(p))
        fields << problem.field;
    QCOMPARE(fields, problemField.isEmpty() ? QStringList() : QStringList{problemField});
    p.subjectToken = QStringLiteral("a.b.c");
    const Profile back = loadProfile(saveProfile(p)).profile;
    QCOMPARE(back.subjectToken, p.subjectToken);
    QCOMPARE(back.subjectTokenType, subjectTokenType);
}

// RFC 8693 2.1: grant_type, subject_token, subject_token_type, audience, and scope without OpenID Connect's values.
void TestTokenExchangeFlow::form()
{
    Profile p = gatewayProfile();
    p.scope = QStringLiteral("openid profile read:tests");
    const QList<QPair<QString, QString>> form = tokenExchangeForm(p, QStringLiteral("h.p.s"));
    QCOMPARE(form, (QList<QPair<QString, QString>>{{"grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"},
                                                    {"subject_token", "h.p.s"},
                                                    {"subject_token_type", "urn:ietf:params:oauth:token-type:access_token"},
                                                    {"audience", m_tenant->apiAudience()},
                                                    {"scope", "read:tests"}}));
}

// The whole flow: token (issued_token_type, act, the access token validated for the audience asked for), the API
// accepts the new token; no userinfo, no refresh token. The subject token is never shown whole.
void TestTokenExchangeFlow::exchangesAndValidates()
{
    Engine e;
    QVERIFY(e.run(gatewayProfile(), m_aliceAccessToken));
    const FlowState &s = e.flow.state();
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    QCOMPARE(stepStatus(s, Steps::Discovery), QStringLiteral("pass"));
    QCOMPARE(stepStatus(s, Steps::Token), QStringLiteral("pass"));
    QCOMPARE(stepStatus(s, Steps::Userinfo), QStringLiteral("skip"));
    QCOMPARE(stepStatus(s, Steps::Api), QStringLiteral("pass"));
    QCOMPARE(stepStatus(s, Steps::Refresh), QStringLiteral("skip"));
    QVERIFY(!s.step(Steps::Authorize));
    QVERIFY2(s.step(Steps::Token)->detail.contains(QLatin1String("exchanged for urn:ietf:params:oauth:token-type:access_token")),
             qPrintable(s.step(Steps::Token)->detail));
    for (const char *id : {"token.issued_token_type", "token.token_type", "token.token_exchange.act", "token.access_token.signature",
                           "token.access_token.iss", "token.access_token.aud", "token.access_token.exp"})
        QVERIFY2(checkStatus(s, QString::fromLatin1(id)) == QLatin1String("pass"), id);
    QVERIFY2(findCheck(s, QStringLiteral("token.token_exchange.act"))->detail.contains(QLatin1String("delegation: api-gateway acts for auth0|alice-0001")),
             qPrintable(findCheck(s, QStringLiteral("token.token_exchange.act"))->detail.toString()));
    // alice's token has no may_act: nothing restricts who acts for her.
    QCOMPARE(checkStatus(s, QStringLiteral("token.token_exchange.may_act")), QStringLiteral("skip"));
    const QJsonObject issued = parseJwt(s.token.accessToken.toUtf8()).payload;
    QCOMPARE(issued.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|alice-0001"));
    QCOMPARE(issued.value(QLatin1String("scope")).toString(), QStringLiteral("read:tests"));
    QCOMPARE(s.apiExchange->status, 200);
    // What the exchange changed: the same user and API; the scope narrowed to the API's (openid is not), the gateway
    // acting (RFC 8693 4.1), and the token now the gateway's.
    QVERIFY(s.tokenExchange);
    QCOMPARE(s.tokenExchange->issuedTokenType, AccessTokenType);
    QVERIFY2(s.step(Steps::Token)->detail.endsWith(QLatin1String("; changed: scope, act, client_id")), qPrintable(s.step(Steps::Token)->detail));
    const QJsonObject report = flowReport(s, ReportOptions{});
    const QJsonObject exchange = report.value(QLatin1String("tokenExchange")).toObject();
    QCOMPARE(exchange.value(QLatin1String("subjectTokenType")).toString(), AccessTokenType);
    QCOMPARE(exchange.value(QLatin1String("issuedTokenType")).toString(), AccessTokenType);
    const QJsonObject act = exchange.value(QLatin1String("changes")).toArray().at(1).toObject();
    QCOMPARE(act.value(QLatin1String("claim")).toString(), QStringLiteral("act"));
    QVERIFY(act.value(QLatin1String("subject")).isNull());
    QCOMPARE(act.value(QLatin1String("issued")).toObject().value(QLatin1String("sub")).toString(), QStringLiteral("api-gateway"));

    // The subject token went once, in the token request; the log and the report keep it without its signature.
    const QByteArray signature = m_aliceAccessToken.section(QLatin1Char('.'), 2).toUtf8();
    int sent = 0;
    for (const HttpExchange &ex : s.exchanges) {
        if (!ex.requestBody.contains(signature))
            continue;
        ++sent;
        QCOMPARE(ex.step, Steps::Token);
        QVERIFY(!redactFormBody(ex.requestBody).contains(signature));
    }
    QCOMPARE(sent, 1);
    QVERIFY(!QJsonDocument(flowReportWithProfile(s, ReportOptions{true})).toJson().contains(signature));
}

// The tenant's second API, which only token exchange issues tokens for: the token is for it (aud), not for the first.
void TestTokenExchangeFlow::downstreamAudience()
{
    Engine e;
    Profile p = gatewayProfile(QStringLiteral("api-gateway"), DownstreamAudience);
    p.apiUrl.clear();
    QVERIFY(e.run(p, m_aliceAccessToken));
    const FlowState &s = e.flow.state();
    QVERIFY2(stepStatus(s, Steps::Token) == QLatin1String("pass"), qPrintable(describe(s)));
    QCOMPARE(checkStatus(s, QStringLiteral("token.access_token.aud")), QStringLiteral("pass"));
    QCOMPARE(parseJwt(s.token.accessToken.toUtf8()).payload.value(QLatin1String("aud")).toString(), DownstreamAudience);
}

void TestTokenExchangeFlow::requestedTokenType_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected"); // in the check's detail (pass) or the step's detail (fail)
    QTest::newRow("access_token") << "access_token" << "pass" << "issued urn:ietf:params:oauth:token-type:access_token (RFC";
    QTest::newRow("jwt, answered with an access token") << "jwt" << "pass"
                                                        << "not the urn:ietf:params:oauth:token-type:jwt asked for";
    QTest::newRow("id_token, which the tenant does not issue") << "id_token" << "fail"
                                                               << "cannot issue a token of the type urn:ietf:params:oauth:token-type:id_token";
}

// RFC 8693 2.1 requested_token_type: sent when the profile asks for a type; another type issued is said, a type the
// provider cannot issue is its refusal with what to do.
void TestTokenExchangeFlow::requestedTokenType()
{
    QFETCH(QString, requested);
    QFETCH(QString, status);
    QFETCH(QString, expected);
    Profile p = gatewayProfile();
    p.requestedTokenType = requested;
    p.apiUrl.clear();
    Engine e;
    QVERIFY(e.run(p, m_aliceAccessToken));
    const FlowState &s = e.flow.state();
    QCOMPARE(stepStatus(s, Steps::Token), status);
    const QString detail = status == QLatin1String("pass") ? findCheck(s, QStringLiteral("token.issued_token_type"))->detail.toString()
                                                           : s.step(Steps::Token)->detail;
    QVERIFY2(detail.contains(expected), qPrintable(detail));
    bool sent = false;
    for (const HttpExchange &ex : s.exchanges)
        sent = sent || (ex.step == Steps::Token
                        && QUrlQuery(QString::fromUtf8(ex.requestBody)).queryItemValue(QStringLiteral("requested_token_type"), QUrl::FullyDecoded)
                            == QStringLiteral("urn:ietf:params:oauth:token-type:") + requested);
    QVERIFY(sent);
}

void TestTokenExchangeFlow::refusalSaysWhatToDo_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("subjectTokenType");
    QTest::addColumn<QString>("subjectToken"); // "alice": alice's token; "forged": with another signature; "": none
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("advice");
    QTest::newRow("forged subject token") << "api-gateway" << "" << "" << "forged" << "oauth.invalid_grant"
                                          << "the provider did not accept the subject token";
    QTest::newRow("unknown audience") << "api-gateway" << "https://nowhere.example/" << "" << "alice" << "oauth.invalid_target"
                                      << "will not issue a token for the audience https://nowhere.example/";
    QTest::newRow("type the provider does not take") << "api-gateway" << "" << "saml2" << "alice" << "oauth.invalid_request"
                                                     << "does not accept subject tokens of the type urn:ietf:params:oauth:token-type:saml2";
    QTest::newRow("grant not enabled for the client") << "hybrid-app" << "" << "" << "alice" << "oauth.unauthorized_client"
                                                      << "allow the grant type urn:ietf:params:oauth:grant-type:token-exchange";
    QTest::newRow("no subject token") << "api-gateway" << "" << "" << "" << "token.missing" << "needs the token to exchange";
}

// The provider's refusal is named (step token, reason) with what to do; nothing after it runs.
void TestTokenExchangeFlow::refusalSaysWhatToDo()
{
    QFETCH(QString, clientId);
    QFETCH(QString, audience);
    QFETCH(QString, subjectTokenType);
    QFETCH(QString, subjectToken);
    QFETCH(QString, reason);
    QFETCH(QString, advice);
    Profile p = gatewayProfile(clientId, audience);
    p.subjectTokenType = subjectTokenType;
    QString token;
    if (subjectToken == QLatin1String("alice"))
        token = m_aliceAccessToken;
    else if (subjectToken == QLatin1String("forged"))
        token = m_aliceAccessToken.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".AAAA");
    Engine e;
    QVERIFY(e.run(p, token));
    const FlowState &s = e.flow.state();
    QVERIFY(!s.ok());
    const StepResult *step = s.step(Steps::Token);
    QVERIFY(step);
    QCOMPARE(checkStatusName(step->status), QStringLiteral("fail"));
    QCOMPARE(step->reason, reason);
    QVERIFY2(step->detail.contains(advice), qPrintable(step->detail));
    for (const QString &name : {Steps::Userinfo, Steps::Api, Steps::Refresh})
        QCOMPARE(stepStatus(s, name), QStringLiteral("skip"));
    if (token.isEmpty()) { // nothing was sent
        for (const HttpExchange &ex : s.exchanges)
            QVERIFY(ex.step != Steps::Token);
    }
}

QTEST_GUILESS_MAIN(TestTokenExchangeFlow)
#include "TestTokenExchangeFlow.moc"
