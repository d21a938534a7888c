// FetchPolicy: the one rule for what the engine may fetch (issue 19), and HttpClient obeying it before any I/O.
#include "core/http/FetchPolicy.h"
#include "core/http/HttpClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include "EventLoopWait.h"

using namespace tokenscope;

class TestFetchPolicy : public QObject
{
    Q_OBJECT
private slots:
    void refusal_data();
    void refusal();
    void clientRefusesBeforeAnyIo_data();
    void clientRefusesBeforeAnyIo();
};

void TestFetchPolicy::refusal_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refused"); // "" = may be fetched, else a part of the reason
    QTest::newRow("https") << "https://tenant.eu.auth0.com/.well-known/openid-configuration" << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:3999/oauth/token" << "";
    QTest::newRow("http elsewhere (the profile rules judge it)") << "http://tenant.example/" << "";
    QTest::newRow("HTTPS upper case") << "HTTPS://tenant.example/" << "";
    QTest::newRow("file") << "file:///etc/passwd" << "never file: ones";
    QTest::newRow("file with host") << "file://localhost/etc/passwd" << "never file: ones";
    QTest::newRow("ftp") << "ftp://tenant.example/jwks.json" << "never ftp: ones";
    QTest::newRow("data") << "data:application/json,{\"keys\":[]}" << "never data: ones";
    QTest::newRow("qrc") << "qrc:/i18n/tokenscope_de.qm" << "never qrc: ones";
    QTest::newRow("javascript") << "javascript:alert(1)" << "never javascript: ones";
    QTest::newRow("custom scheme") << "com.tokenscope.demo://callback" << "never com.tokenscope.demo: ones";
    QTest::newRow("relative") << "/etc/passwd" << "not an absolute URL";
    QTest::newRow("empty") << "" << "not a valid URL";
    QTest::newRow("https without host") << "https:///oauth/token" << "names no host";
}

void TestFetchPolicy::refusal()
{
    QFETCH(QString, url);
    QFETCH(QString, refused);
    const QString reason = fetchRefusal(QUrl(url));
    if (refused.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(refused), qPrintable(reason));
}

void TestFetchPolicy::clientRefusesBeforeAnyIo_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("file") << "file";
    QTest::newRow("data") << "data";
    QTest::newRow("qrc") << "qrc";
}

// A file that exists and is readable: Qt's manager would read it; HttpClient must not even ask.
void TestFetchPolicy::clientRefusesBeforeAnyIo()
{
    QFETCH(QString, scheme);
    QTemporaryFile secret;
    QVERIFY(secret.open());
    secret.write("{\"issuer\":\"secret-local-file\"}");
    secret.flush();
    QUrl url;
    if (scheme == QLatin1String("file"))
        url = QUrl::fromLocalFile(secret.fileName());
    else if (scheme == QLatin1String("data"))
        url = QUrl(QStringLiteral("data:application/json,%7B%22issuer%22%3A%22secret-local-file%22%7D"));
    else
        url = QUrl(QStringLiteral("qrc:/i18n/tokenscope_de.qm"));

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    QSignalSpy started(&http, &HttpClient::exchangeStarted);
    QSignalSpy done(&http, &HttpClient::exchangeFinished);
    HttpReply *reply = http.get(url, QStringLiteral("discovery"));
    QSignalSpy finished(reply, &HttpReply::finished);
    QCOMPARE(finished.size(), 0); // failed from the event loop: callers connect first
    LOOP_COMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), HttpReply::Error::Refused);
    QVERIFY2(reply->errorString().contains(QStringLiteral("never %1: ones").arg(scheme)), qPrintable(reply->errorString()));
    QVERIFY(reply->exchange().responseBody.isEmpty());
    QCOMPARE(reply->exchange().status, 0);
    QCOMPARE(started.size(), 1); // the HTTP log shows the refused request ...
    QCOMPARE(done.size(), 1);    // ... and why it ended
    QVERIFY(!done.first().first().value<HttpExchange>().responseBody.contains("secret-local-file"));
}

QTEST_GUILESS_MAIN(TestFetchPolicy)
#include "TestFetchPolicy.moc"
