// The behaviour probes (TenantProbe) against the local tenant in its variants: each probe must report the truth about
// each variant. Plus `tokenscope-cli probe` and `login --html` as scripts use them.
#include "CliRunner.h"
#include "core/common/Clock.h"
#include "EventLoopWait.h"
#include "FlowRun.h"
#include "core/report/HtmlReport.h"
#include "LocalTenant.h"
#include "core/profile/Profile.h"
#include "core/tenant/TenantProbe.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

namespace {

QString describe(const TenantProbeReport &report)
{
    QStringList lines;
    for (const StepResult &s : report.baseline.steps)
        lines << QStringLiteral("step %1 %2: %3").arg(s.name, checkStatusName(s.status), s.detail);
    for (const Finding &f : report.lint) {
        if (f.level != FindingLevel::Info)
            lines << QStringLiteral("%1 %2 %3: %4").arg(f.id, findingLevelName(f.level), checkStatusName(f.status), f.detail);
    }
    for (const ProbeResult &r : report.probes)
        lines << QStringLiteral("%1 %2 %3: %4").arg(r.id, checkStatusName(r.status), findingLevelName(r.level), r.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTenantProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultTenantPassesEveryProbe();
    void consentRequiredIsNotALostSession();
    void noRotation();
    void noReuseDetection();
    void hs256Only();
    void logoutConfirmationPage();
    void compareTwoTenants();
    void cliProbeWritesJsonAndHtml();
    void cliLoginHtml();
    void apiProbes_data();
    void apiProbes();
    void apiRefusingTheRealToken_data();
    void apiRefusingTheRealToken();
    void cliProbeOnlyApi();
    void grantCells();

private:
    using Run = FlowRun<WebEngineUserAgent, TenantProbe>; // run.flow is the probe
    Run makeRun(const QJsonObject &profile, TenantProbe::Groups groups, const std::optional<QJsonObject> &compare = std::nullopt);
    static QJsonObject hybridProfile(const LocalTenant &tenant);
    LocalTenant *tenant(const QString &variant, const QStringList &extraArgs = {});
    ::CliResult cli(const QStringList &args, int timeoutMs = 120000);
    QString writeFile(const QString &name, const QByteArray &content);

    LocalTenants m_tenants;
    SystemClock m_clock;
    QTemporaryDir m_dir;
};

void TestTenantProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(tenant(QStringLiteral("default")), "the default tenant did not start");
}

LocalTenant *TestTenantProbe::tenant(const QString &variant, const QStringList &extraArgs)
{
    return m_tenants.get(variant, extraArgs);
}

QJsonObject TestTenantProbe::hybridProfile(const LocalTenant &t)
{
    QJsonObject p = t.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    p.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    return p;
}

TestTenantProbe::Run TestTenantProbe::makeRun(const QJsonObject &profile, TenantProbe::Groups groups, const std::optional<QJsonObject> &compare)
{
    Run run(&m_clock, 15000, 15000, LocalTenant::username(), LocalTenant::password());
    TenantProbe::Options options;
    options.groups = groups;
    options.attemptTimeoutMs = 60000;
    run.flow->setOptions(options);
    run.flow->setProfile(loadProfileOrWarn(profile));
    if (compare)
        run.flow->setCompareProfile(loadProfileOrWarn(*compare));
    return run;
}

void TestTenantProbe::defaultTenantPassesEveryProbe()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Groups(TenantProbe::Matrix | TenantProbe::Sessions | TenantProbe::Refresh));
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    QSignalSpy results(run.flow.get(), &TenantProbe::probeFinished);
    QSignalSpy lint(run.flow.get(), &TenantProbe::lintFinished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 110000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QVERIFY2(finished.first().first().toBool(), qPrintable(all));
    QVERIFY(report.ok());
    QCOMPARE(lint.size(), 1);
    QCOMPARE(results.size(), report.probes.size());

    // The lint of the well-configured tenant: no errors (http on 127.0.0.1 is allowed), RFC 9207 iss on, S256 only.
    QVERIFY2(!hasErrors(report.lint), qPrintable(all));
    QCOMPARE(findFinding(report.lint, QStringLiteral("lint.iss_parameter"))->level, FindingLevel::Info);
    QCOMPARE(findFinding(report.lint, QStringLiteral("lint.pkce.plain"))->level, FindingLevel::Info);

    // Flow matrix: 6 response types x 3 modes; every one works, except the ones that would put tokens in the query,
    // which the tenant refuses (and must).
    int cells = 0;
    for (const ProbeResult &r : report.probes) {
        if (!r.id.startsWith(QLatin1String("probe.matrix.")) || r.id.startsWith(QLatin1String("probe.matrix.grant.")))
            continue;
        ++cells;
        QVERIFY2(r.status == CheckStatus::Pass, qPrintable(r.id + QStringLiteral(": ") + r.detail));
        const QString type = r.data.value(QStringLiteral("responseType")).toString();
        const bool frontTokens = returnsFrontChannelTokens(type);
        const bool query = r.data.value(QStringLiteral("responseMode")).toString() == QLatin1String("query");
        QCOMPARE(r.data.value(QStringLiteral("outcome")).toString(), frontTokens && query ? QStringLiteral("failed") : QStringLiteral("worked"));
        if (frontTokens && query) {
            QCOMPARE(r.data.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
            // A refusal that must happen passes: its detail says what the provider answered, with no failure advice.
            QVERIFY2(r.detail.contains(QLatin1String("the provider answered invalid_request")), qPrintable(r.detail));
            QVERIFY2(!r.detail.contains(QChar(0x2014)), qPrintable(r.detail));
        }
    }
    QCOMPARE(cells, 18);
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.matrix.code_id_token.form_post")));
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.matrix.code_id_token_token.fragment")));
    // The grants the tenant advertises beyond the code flow: none is enabled for this web app (a fact, not a fault),
    // and the password grants are listed, not tried.
    for (const char *id : {"probe.matrix.grant.client_credentials", "probe.matrix.grant.device_code", "probe.matrix.grant.token_exchange"}) {
        const ProbeResult *r = findProbe(report.probes, QLatin1String(id));
        QVERIFY2(r && r->status == CheckStatus::Pass, id);
        QCOMPARE(r->data.value(QStringLiteral("outcome")).toString(), QStringLiteral("not allowed"));
        QCOMPARE(r->data.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized_client"));
        QCOMPARE(r->data.value(QStringLiteral("responseMode")).toString(), QStringLiteral("token endpoint"));
    }
    for (const char *id : {"probe.matrix.grant.password", "probe.matrix.grant.password_realm"})
        QCOMPARE(findProbe(report.probes, QLatin1String(id))->status, CheckStatus::Skip);

    // Sessions: the session survives until logout, max_age=0 forces a new login, logout ends it.
    for (const char *id : {"probe.session.prompt_none_after_login", "probe.session.max_age_zero", "probe.session.logout",
                           "probe.session.prompt_none_after_logout", "probe.session.logout_ends_session"}) {
        const ProbeResult *r = findProbe(report.probes, QLatin1String(id));
        QVERIFY2(r, id);
        QVERIFY2(r->status == CheckStatus::Pass, qPrintable(QLatin1String(id) + QStringLiteral(": ") + r->detail));
    }
    const ProbeResult *silent = findProbe(report.probes, QStringLiteral("probe.session.prompt_none_after_login"));
    QCOMPARE(silent->data.value(QStringLiteral("pagesShown")).toInt(), 0);
    const ProbeResult *maxAge = findProbe(report.probes, QStringLiteral("probe.session.max_age_zero"));
    QVERIFY(maxAge->data.value(QStringLiteral("authTime")).toDouble() > maxAge->data.value(QStringLiteral("previousAuthTime")).toDouble());
    QVERIFY(maxAge->data.value(QStringLiteral("pagesShown")).toInt() > 0);
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.session.prompt_none_after_logout"))->data.value(QStringLiteral("error")).toString(),
             QStringLiteral("login_required"));

    // Refresh: rotation on, reuse detected, family revoked, claims kept as Core 12.2 requires.
    const ProbeResult *rotation = findProbe(report.probes, QStringLiteral("probe.refresh.rotation"));
    QVERIFY(rotation);
    QCOMPARE(rotation->data.value(QStringLiteral("rotated")).toBool(), true);
    for (const char *id : {"probe.refresh.works", "probe.refresh.claims", "probe.refresh.reuse_detected", "probe.refresh.family_revoked"}) {
        const ProbeResult *r = findProbe(report.probes, QLatin1String(id));
        QVERIFY2(r, id);
        QVERIFY2(r->status == CheckStatus::Pass, qPrintable(QLatin1String(id) + QStringLiteral(": ") + r->detail));
    }
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.reuse_detected"))->data.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    const QJsonObject idDiff = findProbe(report.probes, QStringLiteral("probe.refresh.claims"))->data.value(QStringLiteral("idToken")).toObject();
    QVERIFY(idDiff.value(QStringLiteral("same")).toArray().contains(QStringLiteral("sub")));

    // The report never carries the secret, the password or a refresh token.
    const QByteArray json = QJsonDocument(probeReport(report, ReportOptions{true})).toJson();
    const QByteArray html = htmlReport(probeReport(report, ReportOptions{true})).toUtf8();
    for (const QByteArray &secret : {LocalTenant::hybridSecret().toUtf8(), LocalTenant::password().toUtf8()}) {
        QVERIFY(!json.contains(secret));
        QVERIFY(!html.contains(secret));
    }
    for (const ProbeAttempt &a : report.attempts) {
        for (const QString &rt : {a.state.token.refreshToken, a.state.refresh.refreshToken}) {
            if (!rt.isEmpty()) {
                QVERIFY(!json.contains(rt.toUtf8()));
                QVERIFY(!html.contains(rt.toUtf8()));
            }
        }
    }
}

// Issue 12.7: consent_required after prompt=none means the session lives but the scopes need consent again; it is not
// a lost session (OpenID Connect Core 3.1.2.6).
void TestTenantProbe::consentRequiredIsNotALostSession()
{
    LocalTenant *t = tenant(QStringLiteral("consent-not-remembered"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Sessions);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    const ProbeResult *silent = findProbe(report.probes, QStringLiteral("probe.session.prompt_none_after_login"));
    QVERIFY2(silent, qPrintable(all));
    QCOMPARE(silent->data.value(QStringLiteral("error")).toString(), QStringLiteral("consent_required"));
    QVERIFY2(silent->status == CheckStatus::Pass && silent->level == FindingLevel::Warning, qPrintable(all));
    QVERIFY2(silent->detail.contains(QLatin1String("kept the session")) && silent->detail.contains(QLatin1String("offline_access")),
             qPrintable(silent->detail));
    QVERIFY2(!silent->detail.contains(QLatin1String("did not keep")), qPrintable(silent->detail));
}

void TestTenantProbe::noRotation()
{
    LocalTenant *t = tenant(QStringLiteral("no-rotation"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Refresh);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QVERIFY2(report.ok(), qPrintable(all));
    const ProbeResult *rotation = findProbe(report.probes, QStringLiteral("probe.refresh.rotation"));
    QVERIFY2(rotation && rotation->status == CheckStatus::Pass, qPrintable(all));
    QCOMPARE(rotation->data.value(QStringLiteral("rotated")).toBool(), false);
    QCOMPARE(rotation->level, FindingLevel::Info); // confidential client: acceptable
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.reuse_detected"))->status, CheckStatus::Skip);
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.family_revoked"))->status, CheckStatus::Skip);
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.works"))->status, CheckStatus::Pass);
    // Only the refresh group ran.
    for (const ProbeResult &r : report.probes)
        QVERIFY2(r.id.startsWith(QLatin1String("probe.refresh.")), qPrintable(r.id));
}

void TestTenantProbe::noReuseDetection()
{
    LocalTenant *t = tenant(QStringLiteral("no-reuse-detection"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Refresh);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!report.ok());
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.rotation"))->data.value(QStringLiteral("rotated")).toBool(), true);
    const ProbeResult *reuse = findProbe(report.probes, QStringLiteral("probe.refresh.reuse_detected"));
    QVERIFY2(reuse && reuse->status == CheckStatus::Fail && reuse->level == FindingLevel::Error, qPrintable(all));
    QCOMPARE(reuse->data.value(QStringLiteral("accepted")).toBool(), true);
    QVERIFY(reuse->detail.contains(QLatin1String("reuse detection")));
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.refresh.family_revoked"))->status, CheckStatus::Skip);
    // Everything else about the tenant is fine.
    QVERIFY2(!hasErrors(report.lint), qPrintable(all));
    QVERIFY(report.baseline.ok());
}

void TestTenantProbe::hs256Only()
{
    LocalTenant *t = tenant(QStringLiteral("hs256-only"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Groups());
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    // The lint tells the truth: HS256 only, RS256 missing; the run fails because of it.
    QCOMPARE(findFinding(report.lint, QStringLiteral("lint.signing.hs_only"))->level, FindingLevel::Error);
    QCOMPARE(findFinding(report.lint, QStringLiteral("lint.signing.rs256"))->level, FindingLevel::Error);
    QVERIFY(!report.ok());
    QCOMPARE(finished.first().first().toBool(), false);
    // ... while the sign-in itself works: the HS256 ID tokens verify with the client secret.
    QVERIFY2(report.baseline.ok(), qPrintable(all));
    const Check *sig = findCheck(report.baseline.checks, QStringLiteral("token.id_token.signature"));
    QVERIFY(sig);
    QCOMPARE(sig->status, CheckStatus::Pass);
    QVERIFY2(sig->detail.contains(QLatin1String("HS256")), qPrintable(sig->detail));
    QVERIFY(report.probes.isEmpty());
}

void TestTenantProbe::logoutConfirmationPage()
{
    // oidc-provider's default logout page asks "Do you want to sign out?" even with an id_token_hint: the headless
    // filler confirms it, so the logout probes see the provider's real answer instead of a page timeout.
    LocalTenant *t = tenant(QStringLiteral("logout-confirm"));
    QVERIFY(t);
    Run run = makeRun(hybridProfile(*t), TenantProbe::Sessions);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 110000);
    const TenantProbeReport &report = run.flow->report();
    for (const char *id : {"probe.session.logout", "probe.session.prompt_none_after_logout", "probe.session.logout_ends_session"}) {
        const ProbeResult *r = findProbe(report.probes, QLatin1String(id));
        QVERIFY2(r, id);
        QVERIFY2(r->status == CheckStatus::Pass, qPrintable(QLatin1String(id) + QStringLiteral(": ") + r->detail));
    }
}

void TestTenantProbe::compareTwoTenants()
{
    LocalTenant *a = tenant(QStringLiteral("default"));
    LocalTenant *b = tenant(QStringLiteral("plain-pkce"));
    QVERIFY(a && b);
    QJsonObject pa = hybridProfile(*a);
    pa.insert(QStringLiteral("name"), QStringLiteral("staging"));
    QJsonObject pb = hybridProfile(*b);
    pb.insert(QStringLiteral("name"), QStringLiteral("production"));
    Run run = makeRun(pa, TenantProbe::Groups(), pb);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QVERIFY2(report.ok(), qPrintable(all));
    QVERIFY(report.compareBaseline.has_value());
    QCOMPARE(findProbe(report.probes, QStringLiteral("probe.compare.sign_in"))->status, CheckStatus::Pass);

    // Metadata: only the PKCE methods differ (URLs are compared relative to each issuer).
    const ProbeResult *metadata = findProbe(report.probes, QStringLiteral("probe.compare.metadata"));
    QVERIFY2(metadata, qPrintable(all));
    // The tenant's mTLS aliases (RFC 8705) live on a TLS port of their own, a free one for each tenant: not a difference
    // of the configuration.
    QJsonArray changed;
    for (const QJsonValue &c : metadata->data.value(QStringLiteral("changed")).toArray()) {
        if (c.toObject().value(QStringLiteral("name")).toString() != QLatin1String("mtls_endpoint_aliases"))
            changed.append(c);
    }
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("code_challenge_methods_supported"));
    QVERIFY(metadata->data.value(QStringLiteral("added")).toArray().isEmpty());
    QVERIFY(metadata->detail.contains(QLatin1String("code_challenge_methods_supported")));

    // Same user, same app: the ID token claims agree (time-dependent claims by presence only).
    const ProbeResult *claims = findProbe(report.probes, QStringLiteral("probe.compare.id_token_claims"));
    QVERIFY2(claims && claims->status == CheckStatus::Pass, qPrintable(all));
    QVERIFY2(claims->data.value(QStringLiteral("changed")).toArray().isEmpty(), qPrintable(claims->detail));
    QVERIFY(claims->data.value(QStringLiteral("same")).toArray().contains(QStringLiteral("sub")));
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.compare.access_token_claims")));

    // The second tenant's lint is not part of the verdict, but the plain PKCE shows up in its metadata.
    QVERIFY(report.compareLintInput.has_value());
    QVERIFY(report.compareLintInput->metadata.codeChallengeMethods.contains(QStringLiteral("plain")));
    QVERIFY(probeReport(report).contains(QStringLiteral("compare")));
}

::CliResult TestTenantProbe::cli(const QStringList &args, int timeoutMs)
{
    CliOptions options;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

QString TestTenantProbe::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

void TestTenantProbe::cliProbeWritesJsonAndHtml()
{
    LocalTenant *t = tenant(QStringLiteral("plain-pkce"));
    QVERIFY(t);
    const QString profile = writeFile(QStringLiteral("plain.json"), QJsonDocument(hybridProfile(*t)).toJson());
    const QString reportPath = m_dir.filePath(QStringLiteral("probe.json"));
    const QString htmlPath = m_dir.filePath(QStringLiteral("probe.html"));
    const CliResult r = cli({QStringLiteral("probe"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                             QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--only"), QStringLiteral("matrix,refresh"),
                             QStringLiteral("--types"), QStringLiteral("code,id_token"), QStringLiteral("--modes"), QStringLiteral("query,fragment"),
                             QStringLiteral("--report"), reportPath, QStringLiteral("--html"), htmlPath, QStringLiteral("--json"),
                             QStringLiteral("--timeout"), QStringLiteral("20")});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err + r.out).right(4000)));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QFile reportFile(reportPath);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(reportFile.readAll()).object();
    QCOMPARE(written.value(QStringLiteral("probes")), report.value(QStringLiteral("probes")));
    QCOMPARE(written.value(QStringLiteral("lint")), report.value(QStringLiteral("lint")));
    // Same shape as login, plus lint and probes.
    for (const char *key : {"profile", "steps", "checks", "tokens", "generatedAt", "tokenscopeVersion", "profileDetails", "lint", "probes"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QCOMPARE(report.value(QStringLiteral("profileDetails")).toObject().value(QStringLiteral("clientSecret")).toString(), QStringLiteral("<redacted>"));
    QStringList probeIds;
    for (const QJsonValue &v : report.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject p = v.toObject();
        probeIds << p.value(QStringLiteral("id")).toString();
        QVERIFY(p.contains(QStringLiteral("status")) && p.contains(QStringLiteral("level")) && p.contains(QStringLiteral("detail")));
    }
    for (const char *id : {"probe.matrix.code.query", "probe.matrix.code.fragment", "probe.matrix.id_token.query", "probe.matrix.id_token.fragment",
                           "probe.refresh.rotation", "probe.refresh.reuse_detected"})
        QVERIFY2(probeIds.contains(QLatin1String(id)), id);
    QVERIFY(!probeIds.contains(QStringLiteral("probe.session.logout")));
    QJsonObject plain;
    for (const QJsonValue &v : report.value(QStringLiteral("lint")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("lint.pkce.plain"))
            plain = v.toObject();
    }
    QCOMPARE(plain.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(plain.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    QFile htmlFile(htmlPath);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray html = htmlFile.readAll();
    for (const char *needle : {"lint.pkce.plain", "probe.matrix.id_token.query", "probe.refresh.reuse_detected", "HTTP exchanges"})
        QVERIFY2(html.contains(needle), needle);
    QVERIFY(!html.contains(LocalTenant::hybridSecret().toUtf8()));
    QVERIFY(!html.contains(LocalTenant::password().toUtf8()));

    // The page renders in a real browser without any network.
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (scripts/setup installs it)");
    QProcess browser;
    browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                             QStringLiteral("--no-first-run"), QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
                             QStringLiteral("--user-data-dir=") + m_dir.filePath(QStringLiteral("chromium")), QStringLiteral("--dump-dom"),
                             QUrl::fromLocalFile(htmlPath).toString()});
    QVERIFY(browser.waitForStarted());
    QVERIFY(browser.waitForFinished(90000));
    const QByteArray dom = browser.readAllStandardOutput();
    for (const char *needle : {"lint.pkce.plain", "probe.matrix.id_token.query", "class=\"matrix\"", "id=\"verdict\""})
        QVERIFY2(dom.contains(needle), needle);
}

void TestTenantProbe::cliLoginHtml()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    const QString profile = writeFile(QStringLiteral("login.json"),
                                      QJsonDocument(t->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"))).toJson());
    const QString htmlPath = m_dir.filePath(QStringLiteral("login.html"));
    const CliResult r = cli({QStringLiteral("login"), QStringLiteral("--profile"), profile, QStringLiteral("--username"), LocalTenant::username(),
                             QStringLiteral("--password"), LocalTenant::password(), QStringLiteral("--html"), htmlPath});
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err + r.out).right(3000)));
    QFile file(htmlPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    for (const char *needle : {"<!DOCTYPE html>", "token.id_token.signature", "refresh", "HTTP exchanges", "auth0|alice-0001", "code_verifier=%3Credacted%3E"})
        QVERIFY2(html.contains(needle), needle);
    QVERIFY(!html.contains(LocalTenant::password().toUtf8()));
}

namespace {
const QStringList ApiIds{QStringLiteral("probe.api.valid"),     QStringLiteral("probe.api.expired"),
                         QStringLiteral("probe.api.wrong_aud"), QStringLiteral("probe.api.wrong_iss"),
                         QStringLiteral("probe.api.alg_none"),  QStringLiteral("probe.api.hs256_with_public_key"),
                         QStringLiteral("probe.api.unknown_kid"), QStringLiteral("probe.api.bad_signature"),
                         QStringLiteral("probe.api.no_token")};

// The profile's API URL moved to another path of the tenant's API server (tests/idp/lib/api.js).
QJsonObject withApiPath(QJsonObject profile, const QString &path)
{
    QUrl url(profile.value(QStringLiteral("apiUrl")).toString());
    url.setPath(path);
    profile.insert(QStringLiteral("apiUrl"), url.toString());
    return profile;
}
} // namespace

// The API probes against the tenant's careful API (every case passes) and its careless copies (the case that shows each
// mistake fails at level error, and only the cases that mistake explains do). Access tokens live 12 s, so that
// probe.api.expired can replay the real token after it expired where a row allows the wait.
void TestTenantProbe::apiProbes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("waitForExpiry");
    QTest::addColumn<QStringList>("failing");

    QTest::newRow("careful") << QStringLiteral("/api/private") << true << QStringList{};
    QTest::newRow("no-exp") << QStringLiteral("/api/careless/no-exp") << true << QStringList{QStringLiteral("probe.api.expired")};
    // Without the wait, the forged expired token's signature is what the careless-about-exp API refuses: the probe
    // cannot tell, and passes (its detail says so).
    QTest::newRow("no-exp, no wait") << QStringLiteral("/api/careless/no-exp") << false << QStringList{};
    QTest::newRow("no-aud") << QStringLiteral("/api/careless/no-aud") << false << QStringList{QStringLiteral("probe.api.wrong_aud")};
    QTest::newRow("no-signature") << QStringLiteral("/api/careless/no-signature") << false
                                  << QStringList{QStringLiteral("probe.api.wrong_iss"), QStringLiteral("probe.api.alg_none"),
                                                 QStringLiteral("probe.api.hs256_with_public_key"), QStringLiteral("probe.api.unknown_kid"),
                                                 QStringLiteral("probe.api.bad_signature")};
    QTest::newRow("alg-none") << QStringLiteral("/api/careless/alg-none") << false << QStringList{QStringLiteral("probe.api.alg_none")};
    QTest::newRow("hs256-public-key") << QStringLiteral("/api/careless/hs256-public-key") << false
                                      << QStringList{QStringLiteral("probe.api.hs256_with_public_key")};
    QTest::newRow("unknown-kid") << QStringLiteral("/api/careless/unknown-kid") << false << QStringList{QStringLiteral("probe.api.unknown_kid")};
    QTest::newRow("no-token") << QStringLiteral("/api/careless/no-token") << false << QStringList{QStringLiteral("probe.api.no_token")};
}

void TestTenantProbe::apiProbes()
{
    QFETCH(QString, path);
    QFETCH(bool, waitForExpiry);
    QFETCH(QStringList, failing);
    LocalTenant *t = tenant(QStringLiteral("default"), {QStringLiteral("--ttl-access"), QStringLiteral("12")});
    QVERIFY(t);
    Run run = makeRun(withApiPath(hybridProfile(*t), path), TenantProbe::Api);
    TenantProbe::Options options = run.flow->options();
    options.lint = false;
    options.apiExpiryWaitSecs = waitForExpiry ? 60 : 0;
    options.apiLeewaySecs = 1;
    run.flow->setOptions(options);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QCOMPARE(report.probes.size(), ApiIds.size());
    for (const QString &id : ApiIds) {
        const ProbeResult *r = findProbe(report.probes, id);
        QVERIFY2(r, qPrintable(id + QLatin1Char('\n') + all));
        QVERIFY2(!r->detail.isEmpty(), qPrintable(id));
        QVERIFY2(r->data.contains(QStringLiteral("sent")), qPrintable(id + QLatin1Char('\n') + all));
        if (failing.contains(id)) {
            QVERIFY2(r->status == CheckStatus::Fail && r->level == FindingLevel::Error, qPrintable(id + QLatin1Char('\n') + all));
            QCOMPARE(r->data.value(QStringLiteral("httpStatus")).toInt(), 200);
            QVERIFY2(r->detail.contains(QLatin1String("RFC ")), qPrintable(r->detail)); // says what the API forgets, with its spec
        } else {
            QVERIFY2(r->status == CheckStatus::Pass, qPrintable(id + QLatin1Char('\n') + all));
            const int expected = id == QLatin1String("probe.api.valid") ? 200 : 401;
            QCOMPARE(r->data.value(QStringLiteral("httpStatus")).toInt(), expected);
        }
    }
    QCOMPARE(report.ok(), failing.isEmpty());
    QCOMPARE(finished.first().first().toBool(), failing.isEmpty());

    // What each case sent, honestly: the ID token for another audience, the real token itself once expired (or, without
    // the wait, a forged one whose detail says that a refusal may be the signature's).
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.api.wrong_aud"))->data.value(QStringLiteral("sent")).toString().contains(QLatin1String("ID token")));
    const QString expiredSent = findProbe(report.probes, QStringLiteral("probe.api.expired"))->data.value(QStringLiteral("sent")).toString();
    QVERIFY2(expiredSent.contains(waitForExpiry ? QLatin1String("the real access token, unchanged") : QLatin1String("two defects")), qPrintable(expiredSent));
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.api.wrong_iss"))->detail.contains(QLatin1String("issuer.tokenscope.invalid")));
    // Never a token in the results: neither the access token nor its claims segment (which most cases reuse).
    const QByteArray results = QJsonDocument(probeResultsToJson(report.probes)).toJson();
    const QList<QByteArray> parts = report.baseline.currentAccessToken().toUtf8().split('.');
    QCOMPARE(parts.size(), 3);
    QVERIFY(!results.contains(parts.at(1)));
    QVERIFY(!results.contains(parts.at(2)));
}

// When the real access token is not accepted, nothing a forged one gets tells anything: the forged cases are skipped.
// A refusal (403: the token lacks the scope /api/private-scoped wants) fails probe.api.valid at level error; another
// answer (404 from a path the API does not have) is a warning: the probe could not tell.
void TestTenantProbe::apiRefusingTheRealToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("level"); // FindingLevel
    QTest::newRow("refused (403)") << QStringLiteral("/api/private-scoped") << 403 << int(FindingLevel::Error);
    QTest::newRow("not there (404)") << QStringLiteral("/api/nowhere") << 404 << int(FindingLevel::Warning);
}

void TestTenantProbe::apiRefusingTheRealToken()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, level);
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    Run run = makeRun(withApiPath(hybridProfile(*t), path), TenantProbe::Api);
    TenantProbe::Options options = run.flow->options();
    options.lint = false;
    run.flow->setOptions(options);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    QCOMPARE(report.probes.size(), ApiIds.size());
    const ProbeResult *valid = findProbe(report.probes, QStringLiteral("probe.api.valid"));
    QVERIFY2(valid && valid->status == CheckStatus::Fail && int(valid->level) == level, qPrintable(all));
    QCOMPARE(valid->data.value(QStringLiteral("httpStatus")).toInt(), status);
    for (const QString &id : ApiIds.mid(1)) {
        const ProbeResult *r = findProbe(report.probes, id);
        QVERIFY2(r && r->status == CheckStatus::Skip, qPrintable(id + QLatin1Char('\n') + all));
        QVERIFY2(r->detail.contains(QLatin1String("would tell nothing")), qPrintable(r->detail));
    }
}

// `probe --only api --json`: only the API group runs; the careful API passes (exit 0), an unprotected URL fails the run.
void TestTenantProbe::cliProbeOnlyApi()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    const QString careful = writeFile(QStringLiteral("api-careful.json"), QJsonDocument(hybridProfile(*t)).toJson());
    const QString htmlPath = m_dir.filePath(QStringLiteral("api.html"));
    const QStringList common{QStringLiteral("--username"), LocalTenant::username(), QStringLiteral("--password"), LocalTenant::password(),
                             QStringLiteral("--only"), QStringLiteral("api"), QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20")};
    CliResult r = cli(QStringList{QStringLiteral("probe"), QStringLiteral("--profile"), careful, QStringLiteral("--html"), htmlPath} + common);
    QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err + r.out).right(4000)));
    QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QStringList ids;
    for (const QJsonValue &v : report.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject p = v.toObject();
        ids << p.value(QStringLiteral("id")).toString();
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(p.contains(QStringLiteral("httpStatus")) && p.contains(QStringLiteral("sent")) && p.contains(QStringLiteral("level")));
    }
    QCOMPARE(ids.size(), ApiIds.size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), QSet<QString>(ApiIds.begin(), ApiIds.end()));
    QCOMPARE(ids.first(), QStringLiteral("probe.api.valid"));
    QFile htmlFile(htmlPath);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray html = htmlFile.readAll();
    for (const char *needle : {"<table class=\"api\">", "hs256_with_public_key", "no Authorization header"})
        QVERIFY2(html.contains(needle), needle);

    const QString open = writeFile(QStringLiteral("api-open.json"),
                                   QJsonDocument(withApiPath(hybridProfile(*t), QStringLiteral("/api/careless/no-token"))).toJson());
    r = cli(QStringList{QStringLiteral("probe"), QStringLiteral("--profile"), open} + common);
    QVERIFY2(r.exitCode != 0, qPrintable(QString::fromUtf8(r.out).right(4000)));
    report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
    for (const QJsonValue &v : report.value(QStringLiteral("probes")).toArray()) {
        const QJsonObject p = v.toObject();
        const bool noToken = p.value(QStringLiteral("id")).toString() == QLatin1String("probe.api.no_token");
        QCOMPARE(p.value(QStringLiteral("status")).toString(), noToken ? QStringLiteral("fail") : QStringLiteral("pass"));
        if (noToken)
            QCOMPARE(p.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
    }

    // A bad number is a usage error.
    r = cli({QStringLiteral("probe"), QStringLiteral("--profile"), careful, QStringLiteral("--only"), QStringLiteral("api"),
             QStringLiteral("--api-expiry-wait"), QStringLiteral("soon")});
    QVERIFY2(r.err.contains("--api-expiry-wait"), r.err.constData());
}

// The flow matrix's grant cells when the web app may use every grant without a browser (variant all-grants): client
// credentials and token exchange (of the sign-in's access token) bring validated tokens, the device code is issued.
void TestTenantProbe::grantCells()
{
    LocalTenant *t = tenant(QStringLiteral("all-grants"));
    QVERIFY(t);
    QJsonObject profile = t->profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
    profile.insert(QStringLiteral("scope"), QStringLiteral("openid read:tests"));
    Run run = makeRun(profile, TenantProbe::Groups(TenantProbe::Matrix));
    TenantProbe::Options options = run.flow->options();
    options.responseTypes = {QStringLiteral("code")};
    options.responseModes = {QStringLiteral("query")};
    run.flow->setOptions(options);
    QSignalSpy finished(run.flow.get(), &TenantProbe::finished);
    run.flow->start();
    LOOP_COMPARE_WITH_TIMEOUT(finished.size(), 1, 110000);
    const TenantProbeReport &report = run.flow->report();
    const QString all = describe(report);
    for (const char *id : {"probe.matrix.grant.client_credentials", "probe.matrix.grant.device_code", "probe.matrix.grant.token_exchange"}) {
        const ProbeResult *r = findProbe(report.probes, QLatin1String(id));
        QVERIFY2(r, qPrintable(QLatin1String(id) + QLatin1Char('\n') + all));
        QVERIFY2(r->status == CheckStatus::Pass && r->data.value(QStringLiteral("outcome")).toString() == QLatin1String("worked"),
                 qPrintable(QLatin1String(id) + QStringLiteral(": ") + r->detail));
    }
    QVERIFY(findProbe(report.probes, QStringLiteral("probe.matrix.grant.device_code"))->detail.contains(QLatin1String("device code")));
    QVERIFY2(report.ok(), qPrintable(all));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({QStringLiteral("com.tokenscope.demo")});
    QApplication app(argc, argv);
    TestTenantProbe test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTenantProbe.moc"
