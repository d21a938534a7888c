// The resource owner password grant (RFC 6749 4.3) and Auth0's password-realm grant of the engine against the local
// tenant's client legacy-app (tests/idp/README.md): tokens validated as the code flow's, userinfo, API and refresh; the
// provider's refusals named with what to do; the password sent once and never kept, logged or reported.
#include "FlowStateText.h"
#include "LocalTenant.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/http/HttpExchange.h"
#include "core/jose/Jwt.h"
#include "core/oidc/OidcFlow.h"
#include "core/oidc/PasswordGrant.h"
#include "core/profile/Profile.h"
#include "core/report/FlowReport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace tokenscope;
using namespace tokenscope::test;

namespace {

const QString LegacySecret = QStringLiteral("legacy-app-secret-9b2f60d4");
const QString AlicePassword = QStringLiteral("wonderland-42");

// An engine without a user agent: this grant must never need one.
struct Engine
{
    SystemClock clock;
    QNetworkAccessManager nam;
    HttpClient http{&nam};
    OidcFlow flow{&http, nullptr, &clock};

    bool run(const Profile &profile, const QString &username, const QString &password)
    {
        flow.setProfile(profile);
        flow.setResourceOwnerCredentials(username, password);
        QSignalSpy finished(&flow, &OidcFlow::finished);
        flow.start();
        return finished.wait(30000) || !finished.isEmpty();
    }
};

} // namespace

class TestPasswordFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void profileKeys();
    void form_data();
    void form();
    void signsInAndValidates();
    void passwordRealmNamesTheConnection();
    void refusalSaysWhatToDo_data();
    void refusalSaysWhatToDo();
    void passwordIsNotKept();

private:
    Profile legacyProfile(const QString &clientId = QStringLiteral("legacy-app"), const QString &realm = {}) const;
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestPasswordFlow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

Profile TestPasswordFlow::legacyProfile(const QString &clientId, const QString &realm) const
{
    QJsonObject json{{QStringLiteral("name"), QStringLiteral("legacy")},
                     {QStringLiteral("issuer"), m_tenant->issuer()},
                     {QStringLiteral("clientId"), clientId},
                     {QStringLiteral("clientSecret"), clientId == QLatin1String("legacy-app") ? LegacySecret : LocalTenant::hybridSecret()},
                     {QStringLiteral("tokenEndpointAuth"), clientId == QLatin1String("legacy-app") ? QStringLiteral("client_secret_post")
                                                                                                   : QStringLiteral("client_secret_basic")},
                     {QStringLiteral("grant"), QStringLiteral("password")},
                     {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access read:tests")},
                     {QStringLiteral("audience"), m_tenant->apiAudience()},
                     {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    if (!realm.isEmpty())
        json.insert(QStringLiteral("realm"), realm);
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(json).toJson());
    if (!loaded.ok())
        qWarning() << loaded.errors;
    return loaded.profile;
}

// Contract: grant password needs no redirectUri; "realm" is read, written back, and refused with another grant.
void TestPasswordFlow::profileKeys()
{
    const Profile p = legacyProfile(QStringLiteral("legacy-app"), QStringLiteral("github"));
    QCOMPARE(p.effectiveGrant(), Grants::Password);
    QVERIFY(p.grantNeedsNoBrowser());
    QVERIFY2(validateProfile(p).isEmpty(), qPrintable(validateProfile(p).join(QLatin1Char('\n'))));
    const Profile back = loadProfile(saveProfile(p)).profile;
    QCOMPARE(back.realm, QStringLiteral("github"));
    QCOMPARE(back.grant, Grants::Password);

    Profile codeFlow = p;
    codeFlow.grant.clear();
    codeFlow.redirectUri = QStringLiteral("https://app.example/callback");
    bool named = false;
    for (const ProfileProblem &problem : profileProblems(codeFlow))
        named = named || (problem.field == QLatin1String("realm") && problem.message.contains(QLatin1String("password grant")));
    QVERIFY(named);
}

void TestPasswordFlow::form_data()
{
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("grantType");
    QTest::newRow("password") << QString() << QStringLiteral("password");
    QTest::newRow("password-realm") << QStringLiteral("github") << QStringLiteral("http://auth0.com/oauth/grant-type/password-realm");
}

// RFC 6749 4.3.2 (and Auth0's password-realm): grant_type, username, password, scope, then realm and audience.
void TestPasswordFlow::form()
{
    QFETCH(QString, realm);
    QFETCH(QString, grantType);
    const Profile p = legacyProfile(QStringLiteral("legacy-app"), realm);
    const QList<QPair<QString, QString>> form = passwordGrantForm(p, QStringLiteral("alice"), AlicePassword);
    QCOMPARE(form.value(0), qMakePair(QStringLiteral("grant_type"), grantType));
    QCOMPARE(form.value(1), qMakePair(QStringLiteral("username"), QStringLiteral("alice")));
    QCOMPARE(form.value(2), qMakePair(QStringLiteral("password"), AlicePassword));
    QCOMPARE(form.value(3), qMakePair(QStringLiteral("scope"), QStringLiteral("openid profile email offline_access read:tests")));
    QStringList names;
    for (const auto &field : form)
        names << field.first;
    QCOMPARE(names.contains(QStringLiteral("realm")), !realm.isEmpty());
    QVERIFY(names.contains(QStringLiteral("audience")));
}

// The whole flow: token (ID token and JWT access token validated), userinfo, API, refresh; the password only in the
// token request, and redacted in every exchange and the report.
void TestPasswordFlow::signsInAndValidates()
{
    Engine e;
    QVERIFY(e.run(legacyProfile(), QStringLiteral("alice"), AlicePassword));
    const FlowState &s = e.flow.state();
    QVERIFY2(s.ok(), qPrintable(describe(s)));
    for (const QString &step : {Steps::Discovery, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh})
        QCOMPARE(stepStatus(s, step), QStringLiteral("pass"));
    QVERIFY(!s.step(Steps::Authorize));
    QVERIFY2(s.step(Steps::Token)->detail.contains(QLatin1String("password grant as alice")), qPrintable(s.step(Steps::Token)->detail));
    for (const char *id : {"token.id_token.signature", "token.id_token.iss", "token.id_token.aud", "token.id_token.exp",
                           "token.id_token.at_hash", "token.access_token.signature", "token.access_token.aud", "token.token_type"})
        QCOMPARE(checkStatus(s, QString::fromLatin1(id)), QStringLiteral("pass"));
    QCOMPARE(parseJwt(s.token.idToken.toUtf8()).payload.value(QLatin1String("sub")).toString(), QStringLiteral("auth0|alice-0001"));
    QVERIFY(!s.token.refreshToken.isEmpty());
    QCOMPARE(s.apiExchange->status, 200);

    // Sent once, in the token request; what the HTTP log shows of it is redacted.
    const QByteArray password = AlicePassword.toUtf8();
    int sent = 0;
    for (const HttpExchange &ex : s.exchanges) {
        if (!ex.requestBody.contains("password=" + password))
            continue;
        ++sent;
        QCOMPARE(ex.step, Steps::Token);
        QVERIFY(redactFormBody(ex.requestBody).contains("password=%3Credacted%3E"));
        QVERIFY(!redactFormBody(ex.requestBody).contains(password));
    }
    QCOMPARE(sent, 1);
    QVERIFY(!QJsonDocument(flowReport(s, ReportOptions{true})).toJson().contains(password));
    QVERIFY(!QJsonDocument(flowReportWithProfile(s, ReportOptions{true})).toJson().contains(password));
}

// Auth0's password-realm grant: the realm picks the connection, so the GitHub user signs in with it (and not without).
void TestPasswordFlow::passwordRealmNamesTheConnection()
{
    Engine e;
    Profile p = legacyProfile(QStringLiteral("legacy-app"), QStringLiteral("github"));
    p.scope = QStringLiteral("openid profile");
    QVERIFY(e.run(p, QStringLiteral("octocat"), QStringLiteral("github-42")));
    const FlowState &s = e.flow.state();
    QVERIFY2(stepStatus(s, Steps::Token) == QLatin1String("pass"), qPrintable(describe(s)));
    QVERIFY(s.step(Steps::Token)->detail.contains(QLatin1String("realm github")));
    QCOMPARE(parseJwt(s.token.idToken.toUtf8()).payload.value(QLatin1String("sub")).toString(), QStringLiteral("github|100200300"));
    // No offline_access asked for: no refresh token, and the refresh step says so.
    QCOMPARE(stepStatus(s, Steps::Refresh), QStringLiteral("skip"));
}

void TestPasswordFlow::refusalSaysWhatToDo_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("advice");
    QTest::newRow("wrong password") << "legacy-app" << "" << "alice" << "not-her-password" << "oauth.invalid_grant"
                                    << "Wrong email or password. — the provider did not accept the username and password";
    QTest::newRow("user of another connection") << "legacy-app" << "" << "octocat" << "github-42" << "oauth.invalid_grant"
                                                << "set \"realm\" to the connection the user belongs to";
    QTest::newRow("grant not enabled for the client") << "hybrid-app" << "" << "alice" << "wonderland-42"
                                                      << "oauth.unauthorized_client" << "allow the grant type password for it";
    QTest::newRow("unknown realm") << "legacy-app" << "no-such-connection" << "alice" << "wonderland-42" << "oauth.invalid_request"
                                   << "\"realm\" no-such-connection is not a connection";
    QTest::newRow("no password given") << "legacy-app" << "" << "alice" << "" << "browser.credentials" << "needs the user's username and password";
}

// The provider's refusal is named (step token, reason) with what to do; nothing after it runs.
void TestPasswordFlow::refusalSaysWhatToDo()
{
    QFETCH(QString, clientId);
    QFETCH(QString, realm);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, reason);
    QFETCH(QString, advice);
    Engine e;
    QVERIFY(e.run(legacyProfile(clientId, realm), username, password));
    const FlowState &s = e.flow.state();
    QVERIFY(!s.ok());
    const StepResult *token = s.step(Steps::Token);
    QVERIFY(token);
    QCOMPARE(checkStatusName(token->status), QStringLiteral("fail"));
    QCOMPARE(token->reason, reason);
    QVERIFY2(token->detail.contains(advice), qPrintable(token->detail));
    for (const QString &step : {Steps::Userinfo, Steps::Api, Steps::Refresh})
        QCOMPARE(stepStatus(s, step), QStringLiteral("skip"));
    if (password.isEmpty()) { // nothing was sent
        for (const HttpExchange &ex : s.exchanges)
            QVERIFY(ex.step != Steps::Token);
    } else {
        QVERIFY(!token->detail.contains(password));
    }
}

// The password is forgotten once sent: a second run without new credentials asks for them instead of reusing it.
void TestPasswordFlow::passwordIsNotKept()
{
    Engine e;
    QVERIFY(e.run(legacyProfile(), QStringLiteral("alice"), AlicePassword));
    QVERIFY2(e.flow.state().ok(), qPrintable(describe(e.flow.state())));
    QSignalSpy finished(&e.flow, &OidcFlow::finished);
    e.flow.start();
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QCOMPARE(e.flow.state().step(Steps::Token)->reason, Reasons::Credentials);
}

QTEST_GUILESS_MAIN(TestPasswordFlow)
#include "TestPasswordFlow.moc"
