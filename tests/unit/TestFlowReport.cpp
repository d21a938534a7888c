#include "core/report/FlowReport.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::testing;

class TestFlowReport : public QObject
{
    Q_OBJECT
private slots:
    void tokenForReport_data();
    void tokenForReport();
    void reportShapeAndRedaction();
};

void TestFlowReport::tokenForReport_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("decoded");
    QTest::addColumn<QString>("text");
    const QByteArray jwt = signJwt({{"alg", "RS256"}, {"kid", "k1"}}, {{"sub", "alice"}}, TestKey::cached(TestKey::Type::Rsa, "k1"));
    QTest::newRow("jwt") << QString::fromLatin1(jwt) << true << QString();
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << false << QStringLiteral("<opaque, 22 chars>");
    QTest::newRow("three parts but not JSON") << QStringLiteral("abc.def.ghi") << false << QStringLiteral("<opaque, 11 chars>");
}

void TestFlowReport::tokenForReport()
{
    QFETCH(QString, token);
    QFETCH(bool, decoded);
    QFETCH(QString, text);
    const QJsonValue v = tokenscope::tokenForReport(token);
    QCOMPARE(v.isObject(), decoded);
    if (decoded) {
        QCOMPARE(v.toObject().value("payload").toObject().value("sub").toString(), QStringLiteral("alice"));
        QVERIFY(!v.toObject().contains("signature"));
        QVERIFY(!QJsonDocument(v.toObject()).toJson().contains(token.section('.', 2).toLatin1()));
    } else {
        QCOMPARE(v.toString(), text);
    }
}

void TestFlowReport::reportShapeAndRedaction()
{
    const QString secret = QStringLiteral("client-secret-value-1234");
    const QString refreshToken = QStringLiteral("refresh-token-value-5678");
    const QString verifier = QStringLiteral("code-verifier-value-9012");
    FlowState state;
    state.profile.name = QStringLiteral("Demo");
    state.profile.issuer = QStringLiteral("https://tenant.example/");
    state.profile.clientId = QStringLiteral("app");
    state.profile.clientSecret = secret;
    state.request.codeVerifier = verifier;
    state.token.accessToken = QStringLiteral("opaque-access");
    state.token.refreshToken = refreshToken;
    state.steps.append({Steps::Token, CheckStatus::Pass, QStringLiteral("HTTP 200"), 12});
    state.steps.append({Steps::Api, CheckStatus::Fail, QStringLiteral("HTTP 401"), 3, Reasons::HttpPrefix + QStringLiteral("401")});
    state.checks.append(Check::pass(QStringLiteral("state"), QStringLiteral("matches")));
    HttpExchange ex;
    ex.step = Steps::Token;
    ex.method = "POST";
    ex.url = QUrl(QStringLiteral("https://tenant.example/oauth/token"));
    ex.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    ex.requestBody = "grant_type=authorization_code&client_secret=" + secret.toUtf8() + "&code_verifier=" + verifier.toUtf8();
    ex.status = 200;
    ex.responseHeaders = {{"Content-Type", "application/json"}};
    ex.responseBody = "{\"access_token\":\"opaque-access\",\"refresh_token\":\"" + refreshToken.toUtf8() + "\"}";
    state.exchanges.append(ex);

    const QJsonObject report = flowReport(state);
    QCOMPARE(report.value("ok").toBool(), false);
    QCOMPARE(report.value("profile").toString(), QStringLiteral("Demo"));
    const QJsonArray steps = report.value("steps").toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.first().toObject().value("name").toString(), Steps::Token);
    QCOMPARE(steps.first().toObject().value("ms").toInt(), 12);
    QVERIFY(!steps.first().toObject().contains("reason")); // a passed step has none
    QCOMPARE(steps.last().toObject().value("status").toString(), QStringLiteral("fail"));
    QCOMPARE(steps.last().toObject().value("reason").toString(), QStringLiteral("http.401"));
    const QJsonObject token = report.value("tokens").toObject().value("token").toObject();
    QCOMPARE(token.value("refresh_token").toString(), QStringLiteral("<redacted>"));
    QCOMPARE(token.value("access_token").toString(), QStringLiteral("<opaque, 13 chars>"));
    QVERIFY(!report.value("tokens").toObject().contains("authorization"));
    QCOMPARE(report.value("exchanges").toArray().size(), 1);

    const QByteArray text = QJsonDocument(report).toJson();
    QVERIFY(!text.contains(secret.toUtf8()));
    QVERIFY(!text.contains(refreshToken.toUtf8()));
    QVERIFY(!text.contains(verifier.toUtf8()));

    state.checks.append(Check::fail(QStringLiteral("nonce"), QStringLiteral("differs")));
    QCOMPARE(flowReport(state).value("ok").toBool(), false);
    ReportOptions noHttp;
    noHttp.includeExchanges = false;
    QVERIFY(!flowReport(state, noHttp).contains("exchanges"));
}

QTEST_GUILESS_MAIN(TestFlowReport)
#include "TestFlowReport.moc"
