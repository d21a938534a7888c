// The configuration lint (TenantLintRunner and `tokenscope-cli discover`) against the local tenant in its variants:
// every finding must tell the truth about the variant.
#include "CliRunner.h"
#include "core/http/HttpClient.h"
#include "LocalTenant.h"
#include "core/profile/Profile.h"
#include "core/tenant/TenantLintRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace tokenscope;

namespace {

QString dump(const FindingList &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1 %2 %3: %4").arg(f.id, findingLevelName(f.level), checkStatusName(f.status), f.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTenantLintIntegration : public QObject
{
    Q_OBJECT
private slots:
    void variant_data();
    void variant();
    void issuerMismatchThroughAnotherUrl();
    void unreachableTenant();
    void cliDiscoverJson();
    void resourceChain_data();
    void resourceChain();
    void cliDiscoverResource();
    void cliDiscoverRefusesLocalFiles_data();
    void cliDiscoverRefusesLocalFiles();

private:
    FindingList lint(const QString &issuer, const std::optional<Profile> &profile = std::nullopt, const QString &resource = {},
                     QString *linted = nullptr);
    LocalTenant *tenant(const QString &variant);
    LocalTenants m_tenants;
};

LocalTenant *TestTenantLintIntegration::tenant(const QString &variant)
{
    return m_tenants.get(variant);
}

FindingList TestTenantLintIntegration::lint(const QString &issuer, const std::optional<Profile> &profile, const QString &resource,
                                            QString *linted)
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(10000);
    TenantLintRunner runner(&http);
    QSignalSpy finished(&runner, &TenantLintRunner::finished);
    runner.start(issuer, profile, resource);
    if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 30000))
        return {};
    if (linted)
        *linted = runner.issuer();
    return runner.findings();
}

void TestTenantLintIntegration::variant_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QStringList>("errors");   // exactly these findings are errors
    QTest::addColumn<QStringList>("warnings"); // these are (among the) warnings

    QTest::newRow("default") << "default" << "spa-pkce" << QStringList{} << QStringList{};
    QTest::newRow("no-rotation") << "no-rotation" << "spa-pkce" << QStringList{} << QStringList{};
    QTest::newRow("hs256-only") << "hs256-only" << "hybrid-app" << QStringList{"lint.signing.hs_only", "lint.signing.rs256"} << QStringList{};
    QTest::newRow("plain-pkce") << "plain-pkce" << "spa-pkce" << QStringList{} << QStringList{"lint.pkce.plain"};
}

void TestTenantLintIntegration::variant()
{
    QFETCH(QString, variant);
    QFETCH(QString, clientId);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);

    LocalTenant *t = tenant(variant);
    QVERIFY(t);
    const Profile profile = loadProfile(QJsonDocument(t->profile(clientId, QStringLiteral("code"))).toJson()).profile;
    const FindingList findings = lint(t->issuer(), profile);
    QVERIFY2(!findings.isEmpty(), "the lint did not finish");
    const QString all = dump(findings);

    QStringList actualErrors;
    for (const Finding &f : findings) {
        if (f.level == FindingLevel::Error)
            actualErrors << f.id;
        QCOMPARE(f.status == CheckStatus::Fail, f.level == FindingLevel::Error);
    }
    QVERIFY2(actualErrors == errors, qPrintable(all));
    for (const QString &id : warnings) {
        const Finding *f = findFinding(findings, id);
        QVERIFY2(f && f->level == FindingLevel::Warning, qPrintable(id + QLatin1Char('\n') + all));
    }

    // What every variant of the local tenant has in common, reported as it is.
    auto level = [&](const char *id) { return findFinding(findings, QLatin1String(id)) ? findFinding(findings, QLatin1String(id))->level : FindingLevel::Error; };
    auto status = [&](const char *id) { return findFinding(findings, QLatin1String(id)) ? findFinding(findings, QLatin1String(id))->status : CheckStatus::Fail; };
    QCOMPARE(status("lint.issuer.matches_url"), CheckStatus::Pass);
    QCOMPARE(level("lint.https.endpoints"), FindingLevel::Info); // http, but on 127.0.0.1
    QVERIFY(findFinding(findings, QStringLiteral("lint.https.endpoints"))->detail.contains(QLatin1String("loopback")));
    QCOMPARE(status("lint.jwks.reachable"), CheckStatus::Pass);
    QCOMPARE(status("lint.jwks.rsa_key_size"), CheckStatus::Pass);
    QCOMPARE(level("lint.jwks.unique_kids"), FindingLevel::Info);
    QCOMPARE(level("lint.iss_parameter"), FindingLevel::Info); // RFC 9207 on
    QCOMPARE(level("lint.endpoints.end_session"), FindingLevel::Info);
    QCOMPARE(level("lint.endpoints.revocation"), FindingLevel::Info);
    QCOMPARE(level("lint.endpoints.introspection"), FindingLevel::Info); // present (RFC 7662), named
    QVERIFY(findFinding(findings, QStringLiteral("lint.endpoints.introspection"))->detail.contains(QLatin1String("/oauth/introspect")));
    QCOMPARE(status("lint.response_types.profile"), CheckStatus::Pass);
    QCOMPARE(status("lint.pkce.s256"), CheckStatus::Pass);
    QCOMPARE(status("lint.grant_types.profile"), CheckStatus::Pass);
    if (variant != QLatin1String("hs256-only")) {
        // HS256 is offered next to RS256 (for the hs256-app): information, not a problem.
        QCOMPARE(level("lint.signing.hs_only"), FindingLevel::Info);
        QVERIFY(findFinding(findings, QStringLiteral("lint.signing.hs_only"))->detail.contains(QLatin1String("confidential")));
    }
    if (variant != QLatin1String("plain-pkce"))
        QCOMPARE(level("lint.pkce.plain"), FindingLevel::Info);
}

void TestTenantLintIntegration::issuerMismatchThroughAnotherUrl()
{
    // The same tenant reached as "localhost" instead of 127.0.0.1: the document's issuer is not the URL it came from.
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    QString other = t->issuer();
    other.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
    const FindingList findings = lint(other);
    const Finding *f = findFinding(findings, QStringLiteral("lint.issuer.matches_url"));
    QVERIFY2(f, qPrintable(dump(findings)));
    QCOMPARE(f->level, FindingLevel::Error);
    QVERIFY2(f->detail.contains(t->issuer()) && f->detail.contains(other), qPrintable(f->detail));
}

void TestTenantLintIntegration::unreachableTenant()
{
    // A port nobody listens on (taken and released right away).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const FindingList findings = lint(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.first().id, QStringLiteral("lint.discovery.document"));
    QCOMPARE(findings.first().level, FindingLevel::Error);
    // RFC 8414's document was tried too (a pure OAuth server has only that one), and could not be fetched either.
    QCOMPARE(findings.last().id, QStringLiteral("lint.oauth_metadata.document"));
    QCOMPARE(findings.last().status, CheckStatus::Skip);
}

void TestTenantLintIntegration::resourceChain_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("route");         // of the tenant's API; "idp:" + path: a path of the tenant itself
    QTest::addColumn<bool>("issuerGiven");
    QTest::addColumn<QStringList>("errors");    // exactly these findings are errors
    QTest::addColumn<QStringList>("warnings");  // exactly these lint.resource.* / lint.oauth_metadata.* are warnings
    QTest::newRow("default, from the resource alone") << "default" << "/api/private" << false << QStringList{} << QStringList{};
    QTest::newRow("default, with the issuer") << "default" << "/api/private" << true << QStringList{} << QStringList{};
    QTest::newRow("no challenge, no metadata") << "default" << "idp:/nothing-here" << true << QStringList{}
                                               << QStringList{"lint.resource.challenge", "lint.resource.metadata"};
    QTest::newRow("metadata-mismatch") << "metadata-mismatch" << "/api/private" << false
                                       << QStringList{"lint.oauth_metadata.issuer", "lint.resource.resource",
                                                      "lint.resource.authorization_server_metadata"}
                                       << QStringList{};
}

// RFC 9728 and RFC 8414 as an agent or MCP client follows them: the API's 401, its metadata, the tenant's metadata.
// The tenant's defaults are right; the variant makes two mistakes real deployments make, and each is an error.
void TestTenantLintIntegration::resourceChain()
{
    QFETCH(QString, variant);
    QFETCH(QString, route);
    QFETCH(bool, issuerGiven);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    LocalTenant *t = tenant(variant);
    QVERIFY(t);
    QUrl api(t->apiUrl());
    QString resource;
    if (route.startsWith(QLatin1String("idp:"))) {
        resource = t->issuer() + route.mid(5);
    } else {
        api.setPath(route);
        resource = api.toString();
    }
    QString linted;
    const FindingList findings = lint(issuerGiven ? t->issuer() : QString(), std::nullopt, resource, &linted);
    const QString all = dump(findings);
    QCOMPARE(linted, t->issuer()); // given, or found through the resource's metadata
    QStringList actualErrors, actualWarnings;
    for (const Finding &f : findings) {
        if (f.level == FindingLevel::Error)
            actualErrors << f.id;
        if (f.level == FindingLevel::Warning && (f.id.startsWith(QLatin1String("lint.resource.")) || f.id.startsWith(QLatin1String("lint.oauth_metadata."))))
            actualWarnings << f.id;
    }
    QVERIFY2(actualErrors == errors, qPrintable(all));
    QVERIFY2(actualWarnings == warnings, qPrintable(all));
    QVERIFY2(findFinding(findings, QStringLiteral("lint.oauth_metadata.document")), qPrintable(all));
    QVERIFY2(findFinding(findings, QStringLiteral("lint.resource.challenge")), qPrintable(all));
    // The issuer is checked against the resource's list only when it was given, not when it came from that list.
    QCOMPARE(findFinding(findings, QStringLiteral("lint.resource.issuer_listed")) != nullptr, issuerGiven);
    if (variant == QLatin1String("metadata-mismatch")) {
        QVERIFY(findFinding(findings, QStringLiteral("lint.resource.resource"))->detail.contains(QLatin1String("\"https://api.tokenscope.test/\"")));
        QVERIFY(findFinding(findings, QStringLiteral("lint.oauth_metadata.issuer"))->detail.contains(QLatin1String("trailing slash")));
    }
}

// `discover --resource URL` without an issuer: the chain leads to the tenant, whose lint follows; the JSON report
// carries the resource's answer and metadata.
void TestTenantLintIntegration::cliDiscoverResource()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    const CliResult r = runCli({QStringLiteral("discover"), QStringLiteral("--resource"), t->apiUrl(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.out + r.err)));
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out.value(QStringLiteral("issuer")).toString(), t->issuer());
    const QJsonObject resource = out.value(QStringLiteral("resource")).toObject();
    QCOMPARE(resource.value(QStringLiteral("url")).toString(), t->apiUrl());
    QCOMPARE(resource.value(QStringLiteral("status")).toInt(), 401);
    QVERIFY(resource.value(QStringLiteral("wwwAuthenticate")).toString().contains(QLatin1String("resource_metadata=")));
    QCOMPARE(resource.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resource")).toString(), t->apiUrl());
    QCOMPARE(resource.value(QStringLiteral("authorizationServers")).toArray(), QJsonArray{t->issuer()});
    QCOMPARE(out.value(QStringLiteral("oauthMetadata")).toObject().value(QStringLiteral("issuer")).toString(), t->issuer());

    // Neither an issuer nor a resource: a usage error.
    QCOMPARE(runCli({QStringLiteral("discover")}).exitCode, 2);
}

void TestTenantLintIntegration::cliDiscoverJson()
{
    LocalTenant *t = tenant(QStringLiteral("hs256-only"));
    QVERIFY(t);
    QProcess process;
    process.start(QStringLiteral(TOKENSCOPE_CLI_PATH), {QStringLiteral("discover"), t->issuer(), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1); // an error-level finding
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(out.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("issuer")).toString(), t->issuer());
    bool found = false;
    for (const QJsonValue &v : out.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        QVERIFY(f.contains(QStringLiteral("id")) && f.contains(QStringLiteral("level")) && f.contains(QStringLiteral("status"))
                && f.contains(QStringLiteral("detail")));
        if (f.value(QStringLiteral("id")).toString() == QLatin1String("lint.signing.hs_only")) {
            found = true;
            QCOMPARE(f.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
            QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        }
    }
    QVERIFY(found);

    // The well-configured tenant: exit 0, and the human output lists the findings.
    LocalTenant *good = tenant(QStringLiteral("default"));
    QVERIFY(good);
    QProcess human;
    human.start(QStringLiteral(TOKENSCOPE_CLI_PATH), {QStringLiteral("discover"), good->issuer()});
    QVERIFY(human.waitForFinished(60000));
    const QByteArray text = human.readAllStandardOutput();
    QVERIFY2(human.exitCode() == 0, text.constData());
    QVERIFY(text.contains("lint.issuer.matches_url"));
    // Real English plurals, not "0 error(s)": the CLI installs the English plural forms (tokenscope-cli_en.ts).
    QVERIFY2(text.contains("0 errors, "), text.constData());
    QVERIFY2(text.contains(" warning"), text.constData());
}

// Issue 19: `discover file:///etc/` read the local file system. Now nothing outside http(s) is fetched, and the lint
// says why.
void TestTenantLintIntegration::cliDiscoverRefusesLocalFiles_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("file, root") << "file:///etc/" << "file";
    QTest::newRow("file, home") << "file:///root" << "file";
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << "ftp";
}

void TestTenantLintIntegration::cliDiscoverRefusesLocalFiles()
{
    QFETCH(QString, issuer);
    QFETCH(QString, scheme);
    const CliResult r = runCli({QStringLiteral("discover"), issuer, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(QString::fromUtf8(r.out + r.err)));
    const QByteArray all = r.out + r.err;
    QVERIFY2(all.contains(QStringLiteral("never %1: ones").arg(scheme).toUtf8()) || r.exitCode == 2, all.constData());
    QVERIFY(!all.contains("root:x:0:0")); // nothing of /etc/passwd or any other local file
}

QTEST_GUILESS_MAIN(TestTenantLintIntegration)
#include "TestTenantLintIntegration.moc"
