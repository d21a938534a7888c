// tokenscope-cli as scripts use it: exit codes, JSON report shape, one-line errors.
#include "CliRunner.h"
#include "LocalTenant.h"

#include <QJsonArray>
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

private:
    using Result = CliResult;
    Result run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 90000);
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<LocalTenant> m_tenant;
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

QTEST_GUILESS_MAIN(TestCliIntegration)
#include "TestCliIntegration.moc"
