#include "ui/httplog/HttpLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include "EnglishPlurals.h"

#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestHttpLogModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installEnglishPlurals()); }
    void redactedByDefault();
    void showSecrets();
    void curl_data();
    void curl();
    void prettyBody_data();
    void prettyBody();

private:
    static HttpExchange tokenExchange();
};

HttpExchange TestHttpLogModel::tokenExchange()
{
    HttpExchange ex;
    ex.id = 3;
    ex.step = "token";
    ex.method = "POST";
    ex.url = QUrl("https://idp.example/oauth/token");
    ex.requestHeaders = {{"Authorization", "Basic aHlicmlkLWFwcDpzM2NyZXQ="}, {"Content-Type", "application/x-www-form-urlencoded"}};
    ex.requestBody = "grant_type=authorization_code&code=abc&code_verifier=VERIFIER-123&client_secret=s3cret";
    ex.status = 200;
    ex.reasonPhrase = "OK";
    ex.responseHeaders = {{"Content-Type", "application/json"}};
    ex.responseBody = R"({"access_token":"AT","refresh_token":"RT-SECRET-9","id_token":"x.y.z","token_type":"Bearer"})";
    ex.elapsedMs = 12;
    return ex;
}

void TestHttpLogModel::redactedByDefault()
{
    HttpLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(tokenExchange());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.showSecrets());
    QCOMPARE(model.index(0, HttpLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model.index(0, HttpLogModel::StatusColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(0, HttpLogModel::TimeColumn).data().toString(), QStringLiteral("12 ms"));
    const QString detail = model.detailText(0);
    for (const char *secret : {"s3cret", "VERIFIER-123", "RT-SECRET-9", "aHlicmlkLWFwcDpzM2NyZXQ="})
        QVERIFY2(!detail.contains(QLatin1String(secret)), secret);
    QVERIFY(detail.contains("Basic <redacted>"));
    QVERIFY(detail.contains("\"token_type\": \"Bearer\"")); // pretty-printed JSON
    QVERIFY(detail.contains("HTTP 200 OK"));
    QVERIFY(model.exchange(0).requestBody.contains("code=abc"));
}

void TestHttpLogModel::showSecrets()
{
    HttpLogModel model;
    model.append(tokenExchange());
    QSignalSpy changed(&model, &HttpLogModel::showSecretsChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.setShowSecrets(true);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(data.size(), 1);
    QVERIFY(model.detailText(0).contains("RT-SECRET-9"));
    QVERIFY(model.curlCommand(0).contains("client_secret=s3cret"));
    model.setShowSecrets(false);
    QVERIFY(!model.curlCommand(0).contains("s3cret"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.curlCommand(0), QString());
}

void TestHttpLogModel::curl_data()
{
    QTest::addColumn<bool>("secrets");
    QTest::addColumn<QString>("expected");
    QTest::newRow("redacted") << false
                              << "curl -X POST 'https://idp.example/oauth/token' -H 'Authorization: Basic <redacted>' "
                                 "-H 'Content-Type: application/x-www-form-urlencoded' --data-raw "
                                 "'grant_type=authorization_code&code=abc&code_verifier=<redacted>&client_secret=<redacted>'";
    QTest::newRow("as sent") << true
                             << "curl -X POST 'https://idp.example/oauth/token' -H 'Authorization: Basic aHlicmlkLWFwcDpzM2NyZXQ=' "
                                "-H 'Content-Type: application/x-www-form-urlencoded' --data-raw "
                                "'grant_type=authorization_code&code=abc&code_verifier=VERIFIER-123&client_secret=s3cret'";
}

void TestHttpLogModel::curl()
{
    QFETCH(bool, secrets);
    QFETCH(QString, expected);
    HttpLogModel model;
    model.append(tokenExchange());
    model.setShowSecrets(secrets);
    QCOMPARE(model.curlCommand(0).replace("%3Credacted%3E", "<redacted>"), expected);
}

void TestHttpLogModel::prettyBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json") << QByteArray(R"({"a":1})") << QByteArray("application/json") << "{\n    \"a\": 1\n}";
    QTest::newRow("text") << QByteArray("hello") << QByteArray("text/plain") << "hello";
    QTest::newRow("image") << QByteArray("\x89PNG\0\0", 6) << QByteArray("image/png") << "<6 bytes of image/png>";
    QTest::newRow("empty") << QByteArray() << QByteArray() << "";
}

void TestHttpLogModel::prettyBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(QString, expected);
    QCOMPARE(tokenscope::ui::prettyBody(body, type), expected);
}

QTEST_MAIN(TestHttpLogModel)
#include "TestHttpLogModel.moc"
