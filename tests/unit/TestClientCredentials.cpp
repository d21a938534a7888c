// ClientCredentials.h: the token request a profile asks for, the checks of the JWT access token about the client
// (RFC 9068 2.2, Auth0's azp and gty), and the advice for the provider's refusals (Auth0's settings on an Auth0 domain).
#include "core/oidc/ClientCredentials.h"

#include <QJsonArray>
#include <QTest>

using namespace tokenscope;

class TestClientCredentials : public QObject
{
    Q_OBJECT
private slots:
    void form();
    void tokenChecks_data();
    void tokenChecks();
    void advice_data();
    void advice();
};

void TestClientCredentials::form()
{
    Profile p;
    p.scope = QStringLiteral("openid profile email read:tests offline_access");
    p.audience = QStringLiteral("https://api.example/");
    p.extraParams = {{QStringLiteral("resource"), QStringLiteral("https://other.example/")}, {QStringLiteral("prompt"), QStringLiteral("login")}};
    const QList<QPair<QString, QString>> expected{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                  {QStringLiteral("scope"), QStringLiteral("read:tests")},
                                                  {QStringLiteral("audience"), QStringLiteral("https://api.example/")},
                                                  {QStringLiteral("resource"), QStringLiteral("https://other.example/")}};
    QCOMPARE(clientCredentialsForm(p), expected);
    QCOMPARE(clientCredentialsAudience(p), QStringLiteral("https://api.example/"));
    p.audience.clear();
    p.scope = QStringLiteral("openid");
    QCOMPARE(clientCredentialsAudience(p), QStringLiteral("https://other.example/")); // RFC 8707
    QCOMPARE(clientCredentialsForm(p).size(), 2); // no scope left to send
}

void TestClientCredentials::tokenChecks_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered");
    QTest::addColumn<QStringList>("expected"); // client_id, scope, gty
    const QJsonObject auth0{{"azp", "m2m"}, {"gty", "client-credentials"}, {"scope", "read:a"}, {"sub", "m2m@clients"}};
    QTest::newRow("Auth0: azp, gty") << auth0 << "read:a" << "read:a" << QStringList{"pass", "pass", "pass"};
    QTest::newRow("RFC 9068: client_id, no gty") << QJsonObject{{"client_id", "m2m"}, {"scope", "read:a read:b"}} << "" << ""
                                                 << QStringList{"pass", "pass", "skip"};
    QTest::newRow("another client") << QJsonObject{{"client_id", "someone-else"}} << "" << "" << QStringList{"fail", "skip", "skip"};
    QTest::newRow("no client at all") << QJsonObject{{"sub", "x"}} << "" << "" << QStringList{"fail", "skip", "skip"};
    QTest::newRow("more scope than asked, response silent") << QJsonObject{{"azp", "m2m"}, {"scope", "read:a write:a"}} << "read:a" << ""
                                                            << QStringList{"pass", "fail", "skip"};
    // RFC 6749 3.3: the provider may grant another scope when the token response names it.
    QTest::newRow("more scope than asked, response says so") << QJsonObject{{"azp", "m2m"}, {"scope", "read:a write:a"}} << "read:a"
                                                             << "read:a write:a" << QStringList{"pass", "pass", "skip"};
    QTest::newRow("token and response disagree") << QJsonObject{{"azp", "m2m"}, {"scope", "read:a"}} << "" << "read:a write:a"
                                                 << QStringList{"pass", "fail", "skip"};
    QTest::newRow("gty of another grant") << QJsonObject{{"azp", "m2m"}, {"gty", "password"}} << "" << "" << QStringList{"pass", "skip", "fail"};
}

void TestClientCredentials::tokenChecks()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QFETCH(QStringList, expected);
    const CheckList checks = clientCredentialsTokenChecks(payload, QStringLiteral("m2m"), asked, answered, QStringLiteral("token."));
    QStringList ids, statuses;
    for (const Check &c : checks) {
        ids << c.id;
        statuses << checkStatusName(c.status);
        QVERIFY(!c.detail.toString().isEmpty());
    }
    QCOMPARE(ids, (QStringList{"token.access_token.client_id", "token.access_token.scope", "token.access_token.gty"}));
    QCOMPARE(statuses, expected);
}

void TestClientCredentials::advice_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");
    const QString auth0 = QStringLiteral("https://tenant.eu.auth0.com/");
    QTest::newRow("Auth0: no client grant")
        << auth0 << "access_denied" << "Client is not authorized to access \"https://api.example/\". You need to create a \"client-grant\""
        << "Machine to Machine Applications, switch the application on";
    QTest::newRow("Auth0: grant type off") << auth0 << "unauthorized_client" << "Grant type 'client_credentials' not allowed for the client."
                                           << "Grant Types > Client Credentials";
    QTest::newRow("Auth0: unknown API") << auth0 << "access_denied" << "Service not enabled within domain: https://api.example/"
                                        << "is not an API of this tenant";
    QTest::newRow("Auth0: no audience") << auth0 << "access_denied"
                                        << "No audience parameter was provided, and no default audience has been configured"
                                        << "set \"audience\" to the API's Identifier";
    QTest::newRow("Auth0: permission not granted") << auth0 << "invalid_scope" << "" << "pick it in the API's Machine to Machine";
    QTest::newRow("other provider: grant type off") << "https://idp.example/" << "unauthorized_client" << ""
                                                    << "allow the grant type client_credentials";
    QTest::newRow("unknown error: none") << "https://idp.example/" << "server_error" << "" << "";
}

void TestClientCredentials::advice()
{
    QFETCH(QString, issuer);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    Profile p;
    p.issuer = issuer;
    p.audience = QStringLiteral("https://api.example/");
    const QString advice = clientCredentialsAdvice(error, description, p);
    if (expected.isEmpty())
        QVERIFY2(advice.isEmpty(), qPrintable(advice));
    else
        QVERIFY2(advice.contains(expected), qPrintable(advice));
}

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "TestClientCredentials.moc"
