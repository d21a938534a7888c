// tokenscope-cli as scripts use it: exit codes, JSON report shape, one-line errors.
#include "CliRunner.h"
#include "LocalTenant.h"

#include "core/http/HttpClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestCliIntegration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginHybridReportsEveryStep();
    void loginFailureNamesStepAndReason_data();
    void loginFailureNamesStepAndReason();
    void loginWithBadProfileIsUsageError();
    void inspectGarbage_data();
    void inspectGarbage();
    void unknownCommand();
    void fillScriptReadsTheCredentials();
    void totpSecretAnswersTheOneTimeCodePage();
    void badTotpSecretIsUsageError();
    void loginClientCredentialsWithoutDisplay();
    void loginPassword_data();
    void loginPassword();
    void loginTokenExchange_data();
    void loginTokenExchange();
    void loginTokenExchangeHumanReport();
    void loginPrivateKeyJwt_data();
    void loginPrivateKeyJwt();
    void loginRequestProtection_data();
    void loginRequestProtection();
    void loginDeviceCodeCompletesTheVerificationPage();
    void loginDeviceCodeWaitsForAPerson();
    void introspectJson_data();
    void introspectJson();

private:
    using Result = CliResult;
    Result run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 90000);
    QString writeFile(const QString &name, const QByteArray &content);
    QString m2mProfileFile(const QString &audience);
    QString deviceProfileFile();
    QString clientCredentialsToken(const QString &audience); // straight from the token endpoint

    std::unique_ptr<LocalTenant> m_tenant;
    std::unique_ptr<LocalTenant> m_mfaTenant;
    std::unique_ptr<LocalTenant> m_deviceTenant; // polling interval 1 s
    QTemporaryDir m_dir;
};

void TestCliIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

TestCliIntegration::Result TestCliIntegration::run(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    CliOptions options;
    options.input = input;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

QString TestCliIntegration::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

void TestCliIntegration::loginHybridReportsEveryStep()
{
    const QString profile = writeFile(QStringLiteral("hybrid.json"),
                                      QJsonDocument(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"))).toJson());
    const QString reportPath = m_dir.filePath(QStringLiteral("report.json"));
    const Result r = run({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                          QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--json"), QStringLiteral("--report"), reportPath});
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QStringList passed;
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : steps) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pass"))
            passed << v.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(passed, (QStringList{"discovery", "authorize", "callback", "token", "userinfo", "api", "refresh"}));
    const QJsonObject tokens = report.value(QStringLiteral("tokens")).toObject();
    QVERIFY(tokens.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("id_token")).isObject());
    QCOMPARE(tokens.value(QStringLiteral("token")).toObject().value(QStringLiteral("refresh_token")).toString(), QStringLiteral("<redacted>"));
    QCOMPARE(tokens.value(QStringLiteral("token")).toObject().value(QStringLiteral("access_token")).toObject()
                 .value(QStringLiteral("payload")).toObject().value(QStringLiteral("aud")).toString(),
             m_tenant->apiAudience());
    QVERIFY(tokens.value(QStringLiteral("refresh")).toObject().value(QStringLiteral("id_token")).isObject());
    // The same report went to --report, and neither carries a secret or a signature.
    QFile file(reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QCOMPARE(QJsonDocument::fromJson(written).object().value(QStringLiteral("ok")).toBool(), true);
    for (const QByteArray &text : {r.out, written, r.err}) {
        QVERIFY(!text.contains(LocalTenant::hybridSecret().toUtf8()));
        QVERIFY(!text.contains(LocalTenant::password().toUtf8()));
    }
}

// A failed sign-in exits 1, and the report's failed step carries a machine-readable reason for scripts.
void TestCliIntegration::loginFailureNamesStepAndReason_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong password") << QStringLiteral("not-the-password") << LocalTenant::hybridSecret() << "authorize"
                                    << "browser.credentials";
    QTest::newRow("wrong client secret") << LocalTenant::password() << QStringLiteral("not-the-secret") << "token"
                                         << "oauth.invalid_client";
}

void TestCliIntegration::loginFailureNamesStepAndReason()
{
    QFETCH(QString, password);
    QFETCH(QString, clientSecret);
    QFETCH(QString, step);
    QFETCH(QString, reason);
    QJsonObject p = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    p.insert(QStringLiteral("clientSecret"), clientSecret);
    const QString profile = writeFile(QStringLiteral("failing.json"), QJsonDocument(p).toJson());
    const Result r = run({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                          QStringLiteral("--password"), password, QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--json"),
                          QStringLiteral("--revoke")});
    QVERIFY2(r.exitCode == 1, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
    QJsonObject failed;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("fail")) {
            failed = v.toObject();
            break;
        }
    }
    QCOMPARE(failed.value(QStringLiteral("name")).toString(), step);
    QCOMPARE(failed.value(QStringLiteral("reason")).toString(), reason);
    // The revocation asked for (--revoke) is reported too: not run after the failure, or failed for want of a token.
    const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("revoke"));
    QVERIFY(steps.last().toObject().value(QStringLiteral("status")).toString() != QLatin1String("pass"));
    QVERIFY(!r.out.contains(clientSecret.toUtf8()));
    QVERIFY(!r.out.contains(password.toUtf8()));
}

void TestCliIntegration::loginWithBadProfileIsUsageError()
{
    const QString profile = writeFile(QStringLiteral("bad.json"), "{ not json");
    const Result r = run({QStringLiteral("login"), QStringLiteral("--profile"), profile});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0); // one clear line
    QVERIFY(r.err.contains("bad.json"));
    const Result missing = run({QStringLiteral("login"), QStringLiteral("--profile"), m_dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliIntegration::inspectGarbage_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("not a token") << "hello";
    QTest::newRow("two parts") << "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0";
    QTest::newRow("bad base64") << "e$$.e$$.e$$";
    QTest::newRow("header not json") << "bm90IGpzb24.eyJzdWIiOiIxIn0.c2ln";
}

void TestCliIntegration::inspectGarbage()
{
    QFETCH(QString, token);
    const Result r = run({QStringLiteral("inspect"), token});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!r.err.trimmed().isEmpty());
    const Result json = run({QStringLiteral("inspect"), QStringLiteral("--json"), token});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
}

void TestCliIntegration::unknownCommand()
{
    const Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("usage"));
}

// The verbose log of every category, so the tests below see whatever a run could print.
static CliOptions verboseOptions()
{
    CliOptions options;
    options.timeoutMs = 90000;
    options.environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tokenscope.*=true"));
    return options;
}

void TestCliIntegration::fillScriptReadsTheCredentials()
{
    // The script names no credential: it reads --username and --password from the object `tokenscope`.
    const QString script = writeFile(QStringLiteral("fill.js"),
                                     "(function () {\n"
                                     "  var form = document.getElementById('login-form');\n"
                                     "  if (!form) return;\n"
                                     "  document.getElementById('username').value = tokenscope.username;\n"
                                     "  document.getElementById('password').value = tokenscope.password;\n"
                                     "  document.getElementById('login').click();\n"
                                     "})();\n");
    const QString profile = writeFile(QStringLiteral("spa.json"),
                                      QJsonDocument(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"))).toJson());
    const QString reportPath = m_dir.filePath(QStringLiteral("fill-report.json"));
    const Result r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                             QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--fill-script"), script, QStringLiteral("--json"),
                             QStringLiteral("--include-http"), QStringLiteral("--report"), reportPath},
                            verboseOptions());
    QVERIFY2(r.exitCode == 0, r.out.right(3000) + r.err.right(3000));
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QByteArray written = report.readAll();
    const QByteArray password = LocalTenant::password().toUtf8();
    QVERIFY(!r.out.contains(password));
    QVERIFY(!r.err.contains(password));
    QVERIFY(!written.contains(password));
}

void TestCliIntegration::totpSecretAnswersTheOneTimeCodePage()
{
    m_mfaTenant = std::make_unique<LocalTenant>(QStringList{QStringLiteral("--variant"), QStringLiteral("mfa-totp")});
    QVERIFY2(m_mfaTenant->start(), qPrintable(m_mfaTenant->error()));
    const QString secret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"); // alice's, tests/idp/lib/totp.js
    const QString profile = writeFile(QStringLiteral("mfa.json"),
                                      QJsonDocument(m_mfaTenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"))).toJson());
    const QString reportPath = m_dir.filePath(QStringLiteral("mfa-report.json"));
    const QString htmlPath = m_dir.filePath(QStringLiteral("mfa-report.html"));
    for (const QString &command : {QStringLiteral("login"), QStringLiteral("probe")}) {
        QStringList args{command, QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                         QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--totp-secret"), secret.toLower(),
                         QStringLiteral("--json"), QStringLiteral("--include-http"), QStringLiteral("--report"), reportPath,
                         QStringLiteral("--html"), htmlPath};
        if (command == QLatin1String("probe"))
            args << QStringLiteral("--only") << QStringLiteral("none");
        const Result r = runCli(args, verboseOptions());
        QVERIFY2(r.exitCode == 0, qPrintable(command + QLatin1Char('\n') + r.out.right(3000) + r.err.right(3000)));
        QFile report(reportPath), html(htmlPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray written = report.readAll() + html.readAll();
        // The secret appears nowhere, in any spelling, nor does the password.
        for (const QByteArray &s : {secret.toUtf8(), secret.toLower().toUtf8(), LocalTenant::password().toUtf8()}) {
            QVERIFY2(!r.out.contains(s), qPrintable(command));
            QVERIFY2(!r.err.contains(s), qPrintable(command));
            QVERIFY2(!written.contains(s), qPrintable(command));
        }
    }
}

void TestCliIntegration::badTotpSecretIsUsageError()
{
    const QString profile = writeFile(QStringLiteral("spa-bad-totp.json"),
                                      QJsonDocument(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"))).toJson());
    for (const QString &command : {QStringLiteral("login"), QStringLiteral("probe")}) {
        const Result r = run({command, QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                              QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--totp-secret"), QStringLiteral("NOT-BASE32-1890")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--totp-secret takes the base32 secret"), r.err.constData());
        QVERIFY(!r.err.contains("NOT-BASE32-1890"));
    }
}

QString TestCliIntegration::m2mProfileFile(const QString &audience)
{
    QJsonObject p{{QStringLiteral("name"), QStringLiteral("m2m")},
                  {QStringLiteral("issuer"), m_tenant->issuer()},
                  {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                  {QStringLiteral("clientSecret"), QStringLiteral("m2m-app-secret-7d41b2e9")},
                  {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                  {QStringLiteral("scope"), QStringLiteral("read:tests")},
                  {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    if (!audience.isEmpty())
        p.insert(QStringLiteral("audience"), audience);
    return writeFile(QStringLiteral("m2m.json"), QJsonDocument(p).toJson());
}

QString TestCliIntegration::clientCredentialsToken(const QString &audience)
{
    QNetworkAccessManager nam;
    tokenscope::HttpClient http(&nam);
    QByteArray body = "grant_type=client_credentials";
    if (!audience.isEmpty())
        body += "&audience=" + QUrl::toPercentEncoding(audience);
    tokenscope::HttpReply *reply = http.post(QUrl(m_tenant->issuer() + QStringLiteral("oauth/token")), QStringLiteral("test"), body,
                                             QByteArrayLiteral("application/x-www-form-urlencoded"),
                                             {{QByteArrayLiteral("Authorization"), "Basic " + QByteArray("m2m-app:m2m-app-secret-7d41b2e9").toBase64()}});
    QSignalSpy done(reply, &tokenscope::HttpReply::finished);
    if (!done.wait(10000))
        return {};
    const QString token = QJsonDocument::fromJson(reply->exchange().responseBody).object().value(QStringLiteral("access_token")).toString();
    reply->deleteLater();
    return token;
}

// `login` with grant client_credentials: discovery, token, api; no browser, so no display and no web engine. With
// QT_QPA_PLATFORM=xcb and no display, a QApplication (which the web engine needs) could not even start.
void TestCliIntegration::loginClientCredentialsWithoutDisplay()
{
    CliOptions options;
    options.environment.remove(QStringLiteral("DISPLAY"));
    options.environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    options.timeoutMs = 60000;
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), m2mProfileFile(m_tenant->apiAudience()), QStringLiteral("--json")},
                               options);
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QStringList steps;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray())
        steps << v[QStringLiteral("name")].toString() + QLatin1Char('=') + v[QStringLiteral("status")].toString();
    QCOMPARE(steps, (QStringList{"discovery=pass", "token=pass", "userinfo=skip", "api=pass", "refresh=skip"}));
    QStringList passed;
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        if (v[QStringLiteral("status")].toString() == QLatin1String("pass"))
            passed << v[QStringLiteral("id")].toString();
    }
    for (const char *id : {"token.token_type", "token.access_token.signature", "token.access_token.aud", "token.access_token.client_id",
                           "token.access_token.gty", "token.access_token.scope"})
        QVERIFY2(passed.contains(QString::fromLatin1(id)), id);
    QVERIFY(!r.out.contains("m2m-app-secret-7d41b2e9"));
    QVERIFY(!r.err.contains("m2m-app-secret-7d41b2e9"));
}

void TestCliIntegration::loginPassword_data()
{
    QTest::addColumn<QStringList>("credentials");
    QTest::addColumn<QString>("environmentPassword");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on standard error (exit 2) or in the token step's detail
    QTest::newRow("options") << QStringList{"--username", "alice", "--password", "wonderland-42"} << QString() << 0
                             << "password grant as alice";
    QTest::newRow("password from the environment") << QStringList{"--username", "alice"} << "wonderland-42" << 0
                                                   << "password grant as alice";
    QTest::newRow("wrong password") << QStringList{"--username", "alice", "--password", "not-wonderland"} << QString() << 1
                                    << "Wrong email or password.";
    QTest::newRow("no password") << QStringList{"--username", "alice"} << QString() << 2 << "give the user with --username and --password";
}

// `login` with grant password (RFC 6749 4.3): no browser; the password never appears in the output, even with the HTTP
// exchanges in the report.
void TestCliIntegration::loginPassword()
{
    QFETCH(QStringList, credentials);
    QFETCH(QString, environmentPassword);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QJsonObject p{{QStringLiteral("name"), QStringLiteral("legacy")},
                        {QStringLiteral("issuer"), m_tenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("legacy-app")},
                        {QStringLiteral("clientSecret"), QStringLiteral("legacy-app-secret-9b2f60d4")},
                        {QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_post")},
                        {QStringLiteral("grant"), QStringLiteral("password")},
                        {QStringLiteral("scope"), QStringLiteral("openid profile offline_access read:tests")},
                        {QStringLiteral("audience"), m_tenant->apiAudience()},
                        {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    CliOptions options;
    options.environment.remove(QStringLiteral("TOKENSCOPE_PASSWORD"));
    if (!environmentPassword.isEmpty())
        options.environment.insert(QStringLiteral("TOKENSCOPE_PASSWORD"), environmentPassword);
    options.timeoutMs = 60000;
    const CliResult r = runCli(QStringList{QStringLiteral("login"), QStringLiteral("--profile"), writeFile(QStringLiteral("legacy.json"), QJsonDocument(p).toJson()),
                                           QStringLiteral("--json"), QStringLiteral("--include-http")}
                                   + credentials,
                               options);
    QVERIFY2(r.exitCode == exitCode, r.out.right(4000) + r.err.right(2000));
    QVERIFY(!r.out.contains("wonderland"));
    QVERIFY(!r.err.contains("wonderland"));
    if (exitCode == 2) {
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err);
        return;
    }
    const QJsonObject report = r.json();
    QStringList steps;
    QString tokenDetail;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
        steps << v[QStringLiteral("name")].toString() + QLatin1Char('=') + v[QStringLiteral("status")].toString();
        if (v[QStringLiteral("name")].toString() == QLatin1String("token"))
            tokenDetail = v[QStringLiteral("detail")].toString();
    }
    QVERIFY2(tokenDetail.contains(expected), qPrintable(tokenDetail));
    if (exitCode == 0)
        QCOMPARE(steps, (QStringList{"discovery=pass", "token=pass", "userinfo=pass", "api=pass", "refresh=pass"}));
    else
        QCOMPARE(steps, (QStringList{"discovery=pass", "token=fail", "userinfo=skip", "api=skip", "refresh=skip"}));
}

void TestCliIntegration::loginTokenExchange_data()
{
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("subjectToken"); // "-": a client credentials token on standard input; "": none
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // on standard error (exit 2) or in the token step's detail
    QTest::newRow("from standard input") << "token_exchange" << "-" << 0
                                         << "exchanged for urn:ietf:params:oauth:token-type:access_token";
    QTest::newRow("from a file") << "token_exchange" << "@" << 0 << "exchanged for urn:ietf:params:oauth:token-type:access_token";
    QTest::newRow("unreadable file") << "token_exchange" << "@missing" << 2 << "cannot read";
    QTest::newRow("forged") << "token_exchange" << "forged" << 1 << "the provider did not accept the subject token";
    QTest::newRow("none") << "token_exchange" << "" << 2 << "give the token to exchange with --subject-token";
    QTest::newRow("another grant") << "client_credentials" << "-" << 2 << "--subject-token is for token exchange";
}

// `login` with grant token_exchange (RFC 8693): the subject token from --subject-token (here on standard input, out
// of the process list); no browser; the subject token never appears whole in the output, even with the HTTP exchanges.
void TestCliIntegration::loginTokenExchange()
{
    QFETCH(QString, grant);
    QFETCH(QString, subjectToken);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QJsonObject p{{QStringLiteral("name"), QStringLiteral("gateway")},
                        {QStringLiteral("issuer"), m_tenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("api-gateway")},
                        {QStringLiteral("clientSecret"), QStringLiteral("api-gateway-secret-1e7c35a0")},
                        {QStringLiteral("grant"), grant},
                        {QStringLiteral("scope"), QStringLiteral("read:tests")},
                        {QStringLiteral("audience"), m_tenant->apiAudience()},
                        {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    const QString subject = clientCredentialsToken(m_tenant->apiAudience());
    QVERIFY(!subject.isEmpty());
    QStringList args{QStringLiteral("login"), QStringLiteral("--profile"), writeFile(QStringLiteral("gateway.json"), QJsonDocument(p).toJson()),
                     QStringLiteral("--json"), QStringLiteral("--include-http")};
    CliOptions options;
    options.timeoutMs = 60000;
    if (subjectToken == QLatin1String("-")) {
        args << QStringLiteral("--subject-token") << QStringLiteral("-");
        options.input = subject.toUtf8() + '\n';
    } else if (subjectToken == QLatin1String("@")) {
        args << QStringLiteral("--subject-token") << QLatin1Char('@') + writeFile(QStringLiteral("subject.jwt"), subject.toUtf8() + '\n');
    } else if (subjectToken == QLatin1String("@missing")) {
        args << QStringLiteral("--subject-token") << QLatin1Char('@') + m_dir.filePath(QStringLiteral("no-such-token"));
    } else if (subjectToken == QLatin1String("forged")) {
        args << QStringLiteral("--subject-token") << subject.section(QLatin1Char('.'), 0, 1) + QStringLiteral(".AAAA");
    }
    const CliResult r = runCli(args, options);
    QVERIFY2(r.exitCode == exitCode, r.out.right(4000) + r.err.right(2000));
    const QByteArray signature = subject.section(QLatin1Char('.'), 2).toUtf8();
    QVERIFY(!r.out.contains(signature));
    QVERIFY(!r.err.contains(signature));
    if (exitCode == 2) {
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err);
        return;
    }
    QStringList steps;
    QString tokenDetail;
    for (const QJsonValue &v : r.json().value(QStringLiteral("steps")).toArray()) {
        steps << v[QStringLiteral("name")].toString() + QLatin1Char('=') + v[QStringLiteral("status")].toString();
        if (v[QStringLiteral("name")].toString() == QLatin1String("token"))
            tokenDetail = v[QStringLiteral("detail")].toString();
    }
    QVERIFY2(tokenDetail.contains(expected), qPrintable(tokenDetail));
    if (exitCode == 0) {
        QCOMPARE(steps, (QStringList{"discovery=pass", "token=pass", "userinfo=skip", "api=pass", "refresh=skip"}));
        // What changed, subject token -> issued token: the gateway acts, and the token is now the gateway's.
        QStringList changed;
        for (const QJsonValue &v : r.json().value(QStringLiteral("tokenExchange"))[QStringLiteral("changes")].toArray())
            changed << v[QStringLiteral("claim")].toString();
        QVERIFY2(changed.contains(QStringLiteral("act")) && changed.contains(QStringLiteral("client_id")), qPrintable(changed.join(' ')));
    } else {
        QCOMPARE(steps, (QStringList{"discovery=pass", "token=fail", "userinfo=skip", "api=skip", "refresh=skip"}));
    }
}

// The human report names what the exchange changed, one claim per line.
void TestCliIntegration::loginTokenExchangeHumanReport()
{
    const QJsonObject p{{QStringLiteral("name"), QStringLiteral("gateway")},
                        {QStringLiteral("issuer"), m_tenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("api-gateway")},
                        {QStringLiteral("clientSecret"), QStringLiteral("api-gateway-secret-1e7c35a0")},
                        {QStringLiteral("grant"), QStringLiteral("token_exchange")},
                        {QStringLiteral("audience"), QStringLiteral("https://downstream.tokenscope.test/")}};
    const QString subject = clientCredentialsToken(m_tenant->apiAudience());
    CliOptions options;
    options.timeoutMs = 60000;
    options.input = subject.toUtf8();
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), writeFile(QStringLiteral("gateway-down.json"), QJsonDocument(p).toJson()),
                                QStringLiteral("--subject-token"), QStringLiteral("-")},
                               options);
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    QVERIFY2(r.out.contains("Token exchange: subject token -> issued token"), r.out);
    QVERIFY2(QRegularExpression(QStringLiteral("\\n  aud +") + QRegularExpression::escape(m_tenant->apiAudience())
                                + QStringLiteral(" -> https://downstream.tokenscope.test/\\n"))
                 .match(QString::fromUtf8(r.out))
                 .hasMatch(),
             r.out);
    QVERIFY(!r.out.contains(subject.section(QLatin1Char('.'), 2).toUtf8()));
}

void TestCliIntegration::loginPrivateKeyJwt_data()
{
    QTest::addColumn<bool>("keyThere");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("key next to the profile") << true << 0;
    QTest::newRow("key file missing") << false << 2;
}

// private_key_jwt from the CLI: "clientKey" relative to the profile file's folder, read once, never printed.
void TestCliIntegration::loginPrivateKeyJwt()
{
    QFETCH(bool, keyThere);
    QFETCH(int, exitCode);
    QFile fixture(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/keys/m2m-pkjwt.pem"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray pem = fixture.readAll();
    const QString keyName = keyThere ? QStringLiteral("pkjwt.pem") : QStringLiteral("no-such-key.pem");
    if (keyThere)
        writeFile(keyName, pem);
    const QJsonObject p{{QStringLiteral("name"), QStringLiteral("pkjwt")},
                        {QStringLiteral("issuer"), m_tenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("m2m-pkjwt")},
                        {QStringLiteral("tokenEndpointAuth"), QStringLiteral("private_key_jwt")},
                        {QStringLiteral("clientKey"), keyName},
                        {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                        {QStringLiteral("scope"), QStringLiteral("read:tests")},
                        {QStringLiteral("audience"), m_tenant->apiAudience()},
                        {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    CliOptions options;
    options.timeoutMs = 60000;
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), writeFile(QStringLiteral("pkjwt.json"), QJsonDocument(p).toJson()),
                                QStringLiteral("--json"), QStringLiteral("--include-http")},
                               options);
    QVERIFY2(r.exitCode == exitCode, r.out.right(4000) + r.err.right(2000));
    const QByteArray keyBody = pem.split('\n').value(1); // a line of the key's base64
    QVERIFY(!keyBody.isEmpty() && !r.out.contains(keyBody) && !r.err.contains(keyBody));
    if (!keyThere) {
        QVERIFY2(r.err.contains("no-such-key.pem") && r.err.contains("cannot be read"), r.err);
        return;
    }
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    // The report's HTTP log shows the assertion's header and claims (what was sent), never its signature.
    const QRegularExpression assertion(QStringLiteral("client_assertion=(ey[A-Za-z0-9_-]+)\\.(ey[A-Za-z0-9_-]+)\\.(%3Credacted%3E|<redacted>)"));
    const QRegularExpressionMatch m = assertion.match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.left(3000));
    QVERIFY(QByteArray::fromBase64(m.captured(2).toLatin1(), QByteArray::Base64UrlEncoding).contains("\"iss\":\"m2m-pkjwt\""));
}

void TestCliIntegration::loginRequestProtection_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("checks");
    const QStringList signIn{"discovery", "authorize", "callback", "token", "userinfo", "api", "refresh"};
    QTest::newRow("PAR (web-par)") << "web-par" << QStringList{"discovery", "par", "authorize", "callback", "token", "userinfo", "api", "refresh"}
                                   << QStringList{"par.request_uri"};
    QTest::newRow("signed request object, private_key_jwt (web-jar)") << "web-jar" << signIn << QStringList{"state", "token.id_token.signature"};
    QTest::newRow("mTLS, tls_client_auth (web-mtls)") << "web-mtls" << signIn << QStringList{"mtls.cnf_x5t", "mtls.refresh_bound", "mtls.api_requires_certificate"};
    QTest::newRow("mTLS, self-signed, client credentials (m2m-self-signed)")
        << "m2m-self-signed" << QStringList{"discovery", "token", "api"} << QStringList{"mtls.cnf_x5t", "mtls.api_requires_certificate"};
    QTest::newRow("DPoP (spa-dpop)") << "spa-dpop" << signIn
                                     << QStringList{"dpop.proof", "dpop.cnf_jkt", "dpop.nonce", "dpop.api_requires_proof", "dpop.refresh_bound"};
}

// Issue 14 from the CLI: each protection end to end, its steps and checks in the JSON report, its blocks (par,
// requestObject, dpop) there too, and no key material anywhere.
void TestCliIntegration::loginRequestProtection()
{
    QFETCH(QString, clientId);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, checks);
    QJsonObject p = m_tenant->profile(clientId, QStringLiteral("code"));
    if (p.contains(QStringLiteral("clientKey"))) {
        QFile fixture(p.value(QStringLiteral("clientKey")).toString());
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        writeFile(QStringLiteral("jar-key.pem"), fixture.readAll());
        p.insert(QStringLiteral("clientKey"), QStringLiteral("jar-key.pem")); // relative to the profile
    }
    const QString profile = writeFile(clientId + QStringLiteral(".json"), QJsonDocument(p).toJson());
    CliOptions options;
    options.timeoutMs = 90000;
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                                QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--json"), QStringLiteral("--include-http")},
                               options);
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = r.json();
    QStringList passed;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pass"))
            passed << v.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(passed, steps);
    QStringList passedChecks;
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("pass"))
            passedChecks << v.toObject().value(QStringLiteral("id")).toString();
    }
    for (const QString &id : checks)
        QVERIFY2(passedChecks.contains(id), qPrintable(id));
    if (clientId == QLatin1String("web-par"))
        QVERIFY(report.value(QStringLiteral("par")).toObject().value(QStringLiteral("requestUri")).toString().startsWith(QLatin1String("urn:")));
    if (clientId == QLatin1String("web-jar")) {
        QCOMPARE(report.value(QStringLiteral("requestObject")).toObject().value(QStringLiteral("header")).toObject().value(QStringLiteral("alg")).toString(),
                 QStringLiteral("ES256"));
        QVERIFY(!r.out.contains("BEGIN PRIVATE KEY"));
    }
    QVERIFY(!r.out.contains("PRIVATE KEY") && !r.err.contains("PRIVATE KEY"));
    if (clientId == QLatin1String("spa-dpop")) {
        const QJsonObject dpop = report.value(QStringLiteral("dpop")).toObject();
        QCOMPARE(dpop.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        QVERIFY(!dpop.value(QStringLiteral("publicJwk")).toObject().contains(QStringLiteral("d")));
        QVERIFY(!r.out.contains("\"d\":")); // no private JWK member anywhere
        QVERIFY(r.out.contains("\"DPoP\"")); // the proofs are in the HTTP log
    }
}

QString TestCliIntegration::deviceProfileFile()
{
    if (!m_deviceTenant) {
        m_deviceTenant = std::make_unique<LocalTenant>(QStringList{QStringLiteral("--device-interval"), QStringLiteral("1")});
        if (!m_deviceTenant->start())
            return {};
    }
    const QJsonObject p{{QStringLiteral("name"), QStringLiteral("device")},
                        {QStringLiteral("issuer"), m_deviceTenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("device-app")},
                        {QStringLiteral("grant"), QStringLiteral("device_code")},
                        {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                        {QStringLiteral("audience"), m_deviceTenant->apiAudience()},
                        {QStringLiteral("apiUrl"), m_deviceTenant->apiUrl()}};
    return writeFile(QStringLiteral("device.json"), QJsonDocument(p).toJson());
}

// `login` with grant device_code and --username/--password: the user code and the verification URI on standard error,
// the headless engine types the code on the verification page and signs in; every step of the grant passes.
void TestCliIntegration::loginDeviceCodeCompletesTheVerificationPage()
{
    const QString profile = deviceProfileFile();
    QVERIFY(!profile.isEmpty());
    const Result r = run({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                          QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = r.json();
    QStringList steps;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray())
        steps << v[QStringLiteral("name")].toString() + QLatin1Char('=') + v[QStringLiteral("status")].toString();
    QCOMPARE(steps, (QStringList{"discovery=pass", "device_authorization=pass", "token=pass", "userinfo=pass", "api=pass", "refresh=pass"}));
    const QRegularExpressionMatch code =
        QRegularExpression(QStringLiteral("open (http://127\\.0\\.0\\.1:\\d+/activate) and enter the code ([A-Z]{4}-[A-Z]{4})"))
            .match(QString::fromUtf8(r.err));
    QVERIFY2(code.hasMatch(), r.err.left(2000));
    QVERIFY(r.err.contains("/activate?user_code=" + code.captured(2).toUtf8()));
    QVERIFY(!r.err.contains(LocalTenant::password().toUtf8()));
    QVERIFY(!r.out.contains(LocalTenant::password().toUtf8()));
}

// Without credentials nothing fills the page: the CLI needs no display or web engine, prints the code, polls, and gives
// up after --timeout (the code itself would live 600 s), naming why.
void TestCliIntegration::loginDeviceCodeWaitsForAPerson()
{
    const QString profile = deviceProfileFile();
    QVERIFY(!profile.isEmpty());
    CliOptions options;
    options.environment.remove(QStringLiteral("DISPLAY"));
    options.environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    options.environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    options.timeoutMs = 60000;
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--timeout"), QStringLiteral("3"),
                                QStringLiteral("--json")},
                               options);
    QVERIFY2(r.exitCode == 1, r.out.right(4000) + r.err.right(2000));
    QVERIFY2(r.err.contains("enter the code ") && r.err.contains("waiting for the approval"), r.err.left(2000));
    QVERIFY2(r.err.contains("poll 1: authorization_pending"), r.err.left(2000));
    const QJsonArray steps = r.json().value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 6);
    QCOMPARE(steps.at(1)[QStringLiteral("status")].toString(), QStringLiteral("pass"));
    QCOMPARE(steps.at(2)[QStringLiteral("name")].toString(), QStringLiteral("token"));
    QCOMPARE(steps.at(2)[QStringLiteral("status")].toString(), QStringLiteral("fail"));
    QCOMPARE(steps.at(2)[QStringLiteral("reason")].toString(), QStringLiteral("device.wait"));
    QVERIFY2(steps.at(2)[QStringLiteral("detail")].toString().contains(QStringLiteral("within the 3 second")),
             qPrintable(steps.at(2)[QStringLiteral("detail")].toString()));
}

// `introspect --json`: {"ok", "active", "claims", "checks"}; an inactive token is exit 1 with active false, not an error.
void TestCliIntegration::introspectJson_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<bool>("garbage");
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("active JWT") << m_tenant->apiAudience() << false << false;
    QTest::newRow("active opaque token, from stdin") << QString() << false << true;
    QTest::newRow("garbage, from stdin") << QString() << true << true;
}

void TestCliIntegration::introspectJson()
{
    QFETCH(QString, audience);
    QFETCH(bool, garbage);
    QFETCH(bool, fromStdin);
    const QString token = garbage ? QStringLiteral("garbage-token") : clientCredentialsToken(audience);
    QVERIFY(!token.isEmpty());
    const QString profile = m2mProfileFile(audience);
    const Result r = fromStdin ? run({QStringLiteral("introspect"), QStringLiteral("--profile"), profile, QStringLiteral("--json"), QStringLiteral("-")},
                                     token.toUtf8() + '\n')
                               : run({QStringLiteral("introspect"), QStringLiteral("--profile"), profile, QStringLiteral("--json"), token});
    const QJsonObject json = r.json();
    QVERIFY2(!json.isEmpty(), r.out + r.err);
    QCOMPARE(r.exitCode, garbage ? 1 : 0);
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), !garbage);
    QCOMPARE(json.value(QStringLiteral("active")).toBool(), !garbage);
    QVERIFY(!json.contains(QStringLiteral("error"))); // the request itself went through
    const QJsonObject claims = json.value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), garbage ? QString() : QStringLiteral("m2m-app"));
    QStringList ids;
    for (const QJsonValue &v : json.value(QStringLiteral("checks")).toArray())
        ids << v[QStringLiteral("id")].toString() + QLatin1Char('=') + v[QStringLiteral("status")].toString();
    QVERIFY2(ids.contains(garbage ? QStringLiteral("introspection.active=fail") : QStringLiteral("introspection.active=pass")), qPrintable(ids.join(' ')));
    // A JWT's claims are compared with the answer's.
    QCOMPARE(ids.contains(QStringLiteral("introspection.aud=pass")), !audience.isEmpty());
    QVERIFY(!r.out.contains("m2m-app-secret-7d41b2e9"));
}

QTEST_GUILESS_MAIN(TestCliIntegration)
#include "TestCliIntegration.moc"
