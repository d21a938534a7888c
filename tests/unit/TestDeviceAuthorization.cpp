// RFC 8628 on paper: the device authorization response's required members (3.2), the default interval, and what each
// answer of the token endpoint while polling means for the next poll (3.5).
#include "core/oidc/DeviceAuthorization.h"

#include <QTest>

using namespace tokenscope;

class TestDeviceAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void response_data();
    void response();
    void pollAnswer_data();
    void pollAnswer();
    void form();
};

void TestDeviceAuthorization::response_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");      // the OAuth error code, or "" when none
    QTest::addColumn<QString>("defect");     // a word the first defect contains, or ""
    QTest::addColumn<int>("interval");
    QTest::addColumn<bool>("intervalGiven");

    const QByteArray full = R"({"device_code":"dc","user_code":"ABCD-EFGH","verification_uri":"https://t.example/activate",)"
                            R"("verification_uri_complete":"https://t.example/activate?user_code=ABCD-EFGH","expires_in":900,"interval":5})";
    QTest::newRow("Auth0's answer") << 200 << full << true << "" << "" << 5 << true;
    QTest::newRow("no interval: 5 (3.2)")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"https://t.example/a","expires_in":600})") << true
        << "" << "" << 5 << false;
    QTest::newRow("interval 1")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"https://t.example/a","expires_in":600,"interval":1})")
        << true << "" << "" << 1 << true;
    QTest::newRow("Google's verification_url")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_url":"https://www.google.com/device","expires_in":1800,"interval":5})")
        << true << "" << "" << 5 << true;
    QTest::newRow("device_code missing")
        << 200 << QByteArray(R"({"user_code":"U","verification_uri":"https://t.example/a","expires_in":600})") << false << ""
        << "device_code" << 5 << false;
    QTest::newRow("user_code missing")
        << 200 << QByteArray(R"({"device_code":"dc","verification_uri":"https://t.example/a","expires_in":600})") << false << ""
        << "user_code" << 5 << false;
    QTest::newRow("verification_uri missing")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","expires_in":600})") << false << "" << "verification_uri" << 5 << false;
    QTest::newRow("verification_uri relative")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"/activate","expires_in":600})") << false << ""
        << "absolute" << 5 << false;
    QTest::newRow("expires_in missing")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"https://t.example/a"})") << false << ""
        << "expires_in" << 5 << false;
    QTest::newRow("expires_in zero")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"https://t.example/a","expires_in":0})") << false
        << "" << "expires_in" << 5 << false;
    QTest::newRow("interval not a number")
        << 200 << QByteArray(R"({"device_code":"dc","user_code":"U","verification_uri":"https://t.example/a","expires_in":600,"interval":"soon"})")
        << false << "" << "interval" << 5 << false;
    QTest::newRow("unauthorized_client")
        << 400 << QByteArray(R"({"error":"unauthorized_client","error_description":"Grant type not allowed"})") << false
        << "unauthorized_client" << "" << 5 << false;
    QTest::newRow("HTML error page") << 500 << QByteArray("<html><body>Oops</body></html>") << false << "server_error" << "" << 5 << false;
}

void TestDeviceAuthorization::response()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    QFETCH(QString, defect);
    QFETCH(int, interval);
    QFETCH(bool, intervalGiven);
    const DeviceAuthorizationResponse r = parseDeviceAuthorizationResponse(status, QByteArrayLiteral("application/json"), body);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(r.error ? r.error->error : QString(), error);
    if (!defect.isEmpty()) {
        QVERIFY(!r.defects.isEmpty());
        QVERIFY2(r.defects.first().contains(defect), qPrintable(r.defects.join(QLatin1Char('\n'))));
        QVERIFY2(r.defects.first().contains(QLatin1String("RFC 8628 3.2")), qPrintable(r.defects.first()));
    }
    if (ok) {
        QCOMPARE(r.deviceCode, QStringLiteral("dc"));
        QVERIFY(!r.userCode.isEmpty());
        QVERIFY(r.verificationUri.isValid());
        QVERIFY(r.expiresIn > 0);
    }
    QCOMPARE(r.interval, interval);
    QCOMPARE(r.intervalGiven, intervalGiven);
}

void TestDeviceAuthorization::pollAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("nextInterval"); // after an interval of 5

    QTest::newRow("tokens") << 200 << QByteArray(R"({"access_token":"at","token_type":"Bearer","expires_in":60})")
                            << int(DevicePollAnswer::Tokens) << "tokens" << 5;
    QTest::newRow("authorization_pending") << 400 << QByteArray(R"({"error":"authorization_pending"})") << int(DevicePollAnswer::Pending)
                                           << "authorization_pending" << 5;
    QTest::newRow("slow_down: +5 (3.5)") << 400 << QByteArray(R"({"error":"slow_down","error_description":"wait"})")
                                         << int(DevicePollAnswer::SlowDown) << "slow_down" << 10;
    QTest::newRow("access_denied") << 400 << QByteArray(R"({"error":"access_denied","error_description":"End-User aborted interaction"})")
                                   << int(DevicePollAnswer::Denied) << "access_denied" << 5;
    QTest::newRow("expired_token") << 400 << QByteArray(R"({"error":"expired_token"})") << int(DevicePollAnswer::Expired) << "expired_token"
                                   << 5;
    QTest::newRow("invalid_grant") << 400 << QByteArray(R"({"error":"invalid_grant"})") << int(DevicePollAnswer::Error) << "invalid_grant" << 5;
    QTest::newRow("not JSON") << 502 << QByteArray("Bad Gateway") << int(DevicePollAnswer::Error) << "server_error" << 5;
    QTest::newRow("200 without access_token") << 200 << QByteArray(R"({"token_type":"Bearer"})") << int(DevicePollAnswer::Error)
                                              << "invalid_response" << 5;
}

void TestDeviceAuthorization::pollAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, answer);
    QFETCH(QString, name);
    QFETCH(int, nextInterval);
    const TokenResponse response = parseTokenResponse(status, QByteArrayLiteral("application/json"), body);
    QCOMPARE(int(classifyDevicePoll(response)), answer);
    QCOMPARE(devicePollAnswerName(response), name);
    QCOMPARE(nextDevicePollInterval(5, classifyDevicePoll(response)), nextInterval);
}

void TestDeviceAuthorization::form()
{
    Profile p;
    p.scope = QStringLiteral("openid  profile offline_access");
    p.audience = QStringLiteral("https://api.example/");
    p.extraParams = {{QStringLiteral("resource"), QStringLiteral("https://other.example/")}, {QStringLiteral("prompt"), QStringLiteral("login")}};
    const QList<QPair<QString, QString>> expected{{QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                                                  {QStringLiteral("audience"), QStringLiteral("https://api.example/")},
                                                  {QStringLiteral("resource"), QStringLiteral("https://other.example/")}};
    QCOMPARE(deviceAuthorizationForm(p), expected);
    QCOMPARE(DeviceCodeGrantType, QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
}

QTEST_GUILESS_MAIN(TestDeviceAuthorization)
#include "TestDeviceAuthorization.moc"
