// TLS is never skipped: against a local HTTPS provider with a self-signed certificate (made here with the openssl CLI),
// discovery fails with the TLS reason and nothing else runs; trusting that certificate as a CA (HttpClient's extra CAs,
// tokenscope-cli --ca-file, the profile's "caCertificates") makes it pass.
#include "CliRunner.h"
#include "HostileProvider.h"
#include "core/http/HttpClient.h"
#include "TestCertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void httpClientRefusesUntrustedCertificate();
    void httpClientTrustsExtraCa();
    void discoverRefusesAndGoesNoFurther();
    void discoverPassesWithCaFile();
    void loginStopsAtDiscovery();
    void loginTrustsCaFromOptionAndProfile_data();
    void loginTrustsCaFromOptionAndProfile();
    void webEngineStillChecksTheHostName();
    void unusableCaFileIsUsageError_data();
    void unusableCaFileIsUsageError();

private:
    struct Result : CliResult
    {
        QJsonObject json;
    };
    Result cli(const QStringList &args);
    QString writeProfile(const QJsonObject &extra);
    HttpExchange get(HttpClient &http, const QUrl &url, HttpReply::Error *error);

    QTemporaryDir m_dir;
    QString m_cert, m_key;
    std::unique_ptr<HostileProvider> m_provider;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("cert"), QStringLiteral("IP:127.0.0.1")));
    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("cert.key"));
    m_provider = std::make_unique<HostileProvider>(QStringList{QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key});
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
    QVERIFY(m_provider->baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));
}

HttpExchange TestTls::get(HttpClient &http, const QUrl &url, HttpReply::Error *error)
{
    HttpReply *reply = http.get(url, QStringLiteral("discovery"));
    QSignalSpy finished(reply, &HttpReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    *error = reply->error();
    const HttpExchange ex = reply->exchange();
    delete reply;
    return ex;
}

void TestTls::httpClientRefusesUntrustedCertificate()
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(10000);
    QSignalSpy logged(&http, &HttpClient::exchangeFinished);
    HttpReply::Error error = HttpReply::Error::NoError;
    const HttpExchange ex = get(http, QUrl(m_provider->issuer(QStringLiteral("good")) + QStringLiteral(".well-known/openid-configuration")), &error);
    QCOMPARE(error, HttpReply::Error::Tls);
    QCOMPARE(ex.status, 0);
    QVERIFY(ex.responseBody.isEmpty());
    QVERIFY2(ex.error.contains(QLatin1String("TLS error")), qPrintable(ex.error));
    QVERIFY2(ex.error.contains(QLatin1String("self signed"), Qt::CaseInsensitive)
                 || ex.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(ex.error));
    QCOMPARE(logged.size(), 1); // the failed exchange is in the HTTP log with its reason
    QCOMPARE(logged.first().first().value<HttpExchange>().error, ex.error);
}

void TestTls::httpClientTrustsExtraCa()
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(10000);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_cert);
    QCOMPARE(ca.size(), 1);
    http.setExtraCaCertificates(ca);
    HttpReply::Error error = HttpReply::Error::Tls;
    const HttpExchange ex = get(http, QUrl(m_provider->issuer(QStringLiteral("good")) + QStringLiteral(".well-known/openid-configuration")), &error);
    QCOMPARE(error, HttpReply::Error::NoError);
    QCOMPARE(ex.status, 200);
    QVERIFY(ex.responseBody.contains("\"issuer\""));
}

TestTls::Result TestTls::cli(const QStringList &args)
{
    CliOptions options;
    options.timeoutMs = 90000;
    Result r{runCli(args, options), {}};
    r.json = r.CliResult::json();
    return r;
}

QString TestTls::writeProfile(const QJsonObject &extra)
{
    QJsonObject profile = m_provider->profile(QStringLiteral("good"));
    profile.insert(QStringLiteral("clientSecret"), QStringLiteral("tls-test-secret"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        profile.insert(it.key(), it.value());
    const QString path = m_dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(profile).toJson());
    return path;
}

void TestTls::discoverRefusesAndGoesNoFurther()
{
    const Result r = cli({QStringLiteral("discover"), m_provider->issuer(QStringLiteral("good")), QStringLiteral("--json"),
                          QStringLiteral("--timeout"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(true), false);
    const QByteArray text = QJsonDocument(r.json.value(QStringLiteral("findings")).toArray()).toJson();
    QVERIFY2(text.contains("TLS error"), text.constData());
    QVERIFY2(text.contains("does not skip certificate checks"), text.constData());
    QVERIFY(r.json.value(QStringLiteral("metadata")).toObject().isEmpty()); // nothing was read over the untrusted connection
}

void TestTls::discoverPassesWithCaFile()
{
    const Result r = cli({QStringLiteral("discover"), m_provider->issuer(QStringLiteral("good")), QStringLiteral("--json"),
                          QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--ca-file"), m_cert});
    const QByteArray text = QJsonDocument(r.json.value(QStringLiteral("findings")).toArray()).toJson();
    QVERIFY2(r.exitCode == 0, text + r.err);
    QVERIFY(!text.contains("TLS error"));
    QCOMPARE(r.json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("issuer")).toString(),
             m_provider->issuer(QStringLiteral("good")));
}

void TestTls::loginStopsAtDiscovery()
{
    const Result r = cli({QStringLiteral("login"), QStringLiteral("--profile"), writeProfile({}), QStringLiteral("--json"),
                          QStringLiteral("--timeout"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray steps = r.json.value(QStringLiteral("steps")).toArray();
    QVERIFY2(!steps.isEmpty(), r.out + r.err);
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("discovery")) {
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
            QVERIFY2(s.value(QStringLiteral("detail")).toString().contains(QLatin1String("TLS error")), qPrintable(s.value(QStringLiteral("detail")).toString()));
        } else {
            QVERIFY2(s.value(QStringLiteral("status")).toString() == QLatin1String("skip"), qPrintable(name));
        }
    }
}

void TestTls::loginTrustsCaFromOptionAndProfile_data()
{
    QTest::addColumn<bool>("fromProfile");
    QTest::newRow("--ca-file") << false;
    QTest::newRow("profile caCertificates (relative path)") << true;
}

void TestTls::loginTrustsCaFromOptionAndProfile()
{
    QFETCH(bool, fromProfile);
    QStringList args{QStringLiteral("login"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("10"),
                     QStringLiteral("--profile")};
    if (fromProfile) {
        args << writeProfile({{QStringLiteral("caCertificates"), QJsonArray{QStringLiteral("cert.pem")}}});
    } else {
        args << writeProfile({}) << QStringLiteral("--ca-file") << m_cert;
    }
    const Result r = cli(args);
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
}

void TestTls::webEngineStillChecksTheHostName()
{
    // Discovery from the trusted provider; /authorize (a manual endpoint) on a second provider whose certificate is
    // trusted too but names another host. The web engine gets an unknown authority, and the user's CA must not
    // excuse the wrong name: the page fails.
    QVERIFY(makeTestCertificate(m_dir.path(), QStringLiteral("otherhost"), QStringLiteral("DNS:other.example")));
    HostileProvider other({QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("otherhost.pem")), QStringLiteral("--tls-key"),
                           m_dir.filePath(QStringLiteral("otherhost.key"))});
    QVERIFY2(other.start(), qPrintable(other.error()));
    const QString profile = writeProfile(
        {{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("authorization"), other.issuer(QStringLiteral("good")) + QStringLiteral("authorize")}}}});
    const Result r = cli({QStringLiteral("login"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("10"),
                          QStringLiteral("--profile"), profile, QStringLiteral("--ca-file"), m_cert, QStringLiteral("--ca-file"),
                          m_dir.filePath(QStringLiteral("otherhost.pem"))});
    QCOMPARE(r.exitCode, 1);
    QString authorize;
    const QJsonArray steps = r.json.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("name")).toString() == QLatin1String("discovery"))
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        if (s.value(QStringLiteral("name")).toString() == QLatin1String("authorize")) {
            QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
            authorize = s.value(QStringLiteral("detail")).toString();
        }
    }
    QVERIFY2(authorize.contains(QLatin1String("TLS error")), qPrintable(authorize));
    QVERIFY2(authorize.contains(QLatin1String("CertificateAuthorityInvalid")), qPrintable(authorize));
}

void TestTls::unusableCaFileIsUsageError_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::newRow("discover, missing file") << "discover" << "absent.pem";
    QTest::newRow("discover, not a certificate") << "discover" << "cert.key";
    QTest::newRow("login, missing file") << "login" << "absent.pem";
}

void TestTls::unusableCaFileIsUsageError()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QStringList args{command, QStringLiteral("--ca-file"), m_dir.filePath(file)};
    if (command == QLatin1String("login"))
        args << QStringLiteral("--profile") << writeProfile({});
    else
        args << m_provider->issuer(QStringLiteral("good"));
    const Result r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
