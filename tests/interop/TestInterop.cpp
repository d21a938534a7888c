// Tokenscope against OpenID providers written independently of oidc-provider (tests/idp) and of each other, installed
// from Debian packages by scripts/setup and started here on free ports on 127.0.0.1 (tests/interop/README.md):
//   django-oauth-toolkit (python3-django-oauth-toolkit: Django's login form, DOT's consent page),
//   LemonLDAP::NG (liblemonldap-ng-portal-perl: its portal login page, Demo users).
// For each: `discover`, `login` with code + PKCE and with the hybrid flow through the built-in filler, and `probe`.
//
// A provider quirk Tokenscope reports rightly is an expectation of its row, with the reason. A finding that is not true
// of the provider (a false finding) is listed with QEXPECT_FAIL and the reason it is false: when lib/core is fixed, the
// row passes unexpectedly (XPASS fails the test) and the entry must go. Any other error or failed probe fails the test.
#include "CliRunner.h"
#include "NodeServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>
#include <utility>

namespace {

using Reasons = QMap<QString, QString>; // check or probe id -> why it is expected


struct Provider
{
    QString program; // run through tests/interop/launch.cjs, so tests/common's NodeServer starts it
    QStringList args;
};

const std::map<QString, Provider> &providers()
{
    static const std::map<QString, Provider> all{
        {QStringLiteral("dot"),
         {QStringLiteral("/usr/bin/python3"), {QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/interop/django-oauth-toolkit/launch.py")}}},
        {QStringLiteral("dot-stock-urls"),
         {QStringLiteral("/usr/bin/python3"),
          {QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/interop/django-oauth-toolkit/launch.py"), QStringLiteral("--stock-urls")}}},
        {QStringLiteral("llng"), {QStringLiteral("/usr/bin/perl"), {QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/interop/lemonldap-ng/launch.pl")}}},
    };
    return all;
}

QString idsWithDetails(const QJsonArray &items, const QSet<QString> &ids)
{
    QStringList lines;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (ids.contains(o.value(QStringLiteral("id")).toString()))
            lines << o.value(QStringLiteral("id")).toString() + QStringLiteral(": ") + o.value(QStringLiteral("detail")).toString();
    }
    return lines.join(QLatin1Char('\n'));
}

// The ids of the lint findings at this level that did not pass as plain information.
QSet<QString> lintIds(const QJsonArray &findings, const QString &level)
{
    QSet<QString> ids;
    for (const QJsonValue &v : findings) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("level")).toString() == level && o.value(QStringLiteral("status")).toString() != QLatin1String("skip"))
            ids << o.value(QStringLiteral("id")).toString();
    }
    return ids;
}

QStringList stepsWithStatus(const QJsonObject &report, const QString &status)
{
    QStringList names;
    for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == status)
            names << v.toObject().value(QStringLiteral("name")).toString();
    }
    return names;
}

QString checkStatus(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject().value(QStringLiteral("status")).toString();
    }
    return {};
}

} // namespace

class TestInterop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void discover_data();
    void discover();
    void loginCodePkce_data();
    void loginCodePkce();
    void loginHybrid_data();
    void loginHybrid();
    void probe_data();
    void probe();

private:
    QJsonObject provider(const QString &key);
    QString writeProfile(const QString &key, const QString &client, const QString &responseType);
    // Findings that must be reported (real quirks), findings known to be false, and nothing else at that level.
    void compareFindings(const QJsonArray &items, const QSet<QString> &reported, const Reasons &quirks, const Reasons &falseFindings,
                         const QString &what);
    void verifyNoSecrets(const QString &key, const CliResult &r);

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<NodeServer>> m_servers;
};

void TestInterop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(cliPath()), qPrintable(cliPath()));
}

// Starts the provider the first time a test needs it; it runs until the test case ends.
QJsonObject TestInterop::provider(const QString &key)
{
    auto it = m_servers.find(key);
    if (it == m_servers.end()) {
        const Provider &p = providers().at(key);
        auto server = std::make_unique<NodeServer>(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/interop/launch.cjs"),
                                                   QStringList{p.program} + p.args, QStringLiteral("issuer"));
        if (!server->start(60000))
            qWarning("%s did not start: %s", qPrintable(key), qPrintable(server->error()));
        it = m_servers.emplace(key, std::move(server)).first;
    }
    return it->second->readyLine();
}

QString TestInterop::writeProfile(const QString &key, const QString &client, const QString &responseType)
{
    const QJsonObject ready = provider(key);
    const QJsonObject c = ready.value(QStringLiteral("clients")).toObject().value(client).toObject();
    QJsonObject p{{QStringLiteral("name"), QStringLiteral("%1 %2 (%3)").arg(ready.value(QStringLiteral("provider")).toString(), client, responseType)},
                  {QStringLiteral("issuer"), ready.value(QStringLiteral("issuer"))},
                  {QStringLiteral("clientId"), c.value(QStringLiteral("clientId"))},
                  {QStringLiteral("redirectUri"), c.value(QStringLiteral("redirectUri"))},
                  {QStringLiteral("tokenEndpointAuth"), c.value(QStringLiteral("tokenEndpointAuth"))},
                  {QStringLiteral("responseType"), responseType},
                  {QStringLiteral("scope"), QStringLiteral("openid profile email")},
                  {QStringLiteral("pkce"), client == QLatin1String("pkce")}};
    for (const char *optional : {"clientSecret", "postLogoutRedirectUri"}) {
        if (c.contains(QLatin1String(optional)))
            p.insert(QLatin1String(optional), c.value(QLatin1String(optional)));
    }
    const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3.json").arg(key, client, QString(responseType).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(p).toJson());
    return path;
}

void TestInterop::compareFindings(const QJsonArray &items, const QSet<QString> &reported, const Reasons &quirks, const Reasons &falseFindings,
                                  const QString &what)
{
    for (auto it = falseFindings.cbegin(); it != falseFindings.cend(); ++it) {
        QEXPECT_FAIL("", qPrintable(it.key() + QStringLiteral(" (") + what + QStringLiteral(") is ") + it.value()), Continue);
        QVERIFY2(!reported.contains(it.key()), qPrintable(idsWithDetails(items, {it.key()})));
    }
    for (auto it = quirks.cbegin(); it != quirks.cend(); ++it)
        QVERIFY2(reported.contains(it.key()), qPrintable(QStringLiteral("the provider's quirk is no longer reported as %1 %2 (%3)").arg(what, it.key(), it.value())));
    QSet<QString> unexpected = reported;
    for (const QString &id : quirks.keys() + falseFindings.keys())
        unexpected.remove(id);
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("unexpected %1:\n").arg(what) + idsWithDetails(items, unexpected)));
}

void TestInterop::verifyNoSecrets(const QString &key, const CliResult &r)
{
    const QJsonObject ready = provider(key);
    const QJsonObject clients = ready.value(QStringLiteral("clients")).toObject();
    QStringList secrets;
    for (const QJsonValue &c : clients) {
        if (c.toObject().contains(QStringLiteral("clientSecret")))
            secrets << c.toObject().value(QStringLiteral("clientSecret")).toString();
    }
    QVERIFY(!secrets.isEmpty());
    const QString password = ready.value(QStringLiteral("password")).toString();
    for (const QByteArray &text : {r.out, r.err}) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY(!secret.isEmpty() && !text.contains(secret.toUtf8()));
        // LemonLDAP::NG's Demo users have their name as password, and the name is rightly in the report (sub).
        if (password != ready.value(QStringLiteral("username")).toString())
            QVERIFY(!text.contains(password.toUtf8()));
    }
}

void TestInterop::discover_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Reasons>("errors");         // real violations Tokenscope reports as errors
    QTest::addColumn<Reasons>("warnings");       // real quirks Tokenscope reports as warnings
    QTest::addColumn<Reasons>("falseErrors");    // errors that are not true of the provider

    QTest::newRow("django-oauth-toolkit")
        << "dot" << Reasons{}
        << Reasons{{"lint.metadata.recommended", "DOT 1.7 publishes no scopes_supported"},
                   {"lint.pkce.s256", "DOT 1.7 supports PKCE but does not advertise code_challenge_methods_supported"},
                   {"lint.endpoints.end_session", "DOT 1.7 has no RP-Initiated Logout (added in 2.0)"},
                   {"lint.endpoints.revocation", "DOT serves /o/revoke_token/ but does not advertise it"},
                   {"lint.iss_parameter", "no RFC 9207 iss in authorization responses"}}
        << Reasons{};
    // DOT 1.7 as shipped serves discovery only with a trailing slash; Django answers the Discovery 4 path with a 301
    // (DOT issue #1363). Certified relying parties do not follow it (oauth4webapi fetches discovery with redirect: manual).
    QTest::newRow("django-oauth-toolkit, stock URLs")
        << "dot-stock-urls" << Reasons{{"lint.discovery.document", "HTTP 301 from <issuer>/.well-known/openid-configuration"}} << Reasons{}
        << Reasons{};
    QTest::newRow("LemonLDAP::NG")
        << "llng" << Reasons{}
        << Reasons{{"lint.pkce.plain", "PKCE plain is advertised"},
                   {"lint.endpoints.revocation", "no revocation_endpoint"},
                   {"lint.iss_parameter", "no RFC 9207 iss in authorization responses"},
                   {"lint.signing.none", "\"none\" is listed in id_token_signing_alg_values_supported (Discovery 3 allows it; "
                                         "a warning that no app should use it)"}}
        << Reasons{};
}

void TestInterop::discover()
{
    QFETCH(QString, key);
    QFETCH(Reasons, errors);
    QFETCH(Reasons, warnings);
    QFETCH(Reasons, falseErrors);
    const QJsonObject ready = provider(key);
    QVERIFY2(!ready.isEmpty(), "the provider did not start (see the warning above)");
    const CliResult r = runCli({QStringLiteral("discover"), ready.value(QStringLiteral("issuer")).toString(), QStringLiteral("--json")});
    const QJsonObject report = r.json();
    QVERIFY2(!report.isEmpty(), r.out.right(2000) + r.err.right(2000));
    const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
    compareFindings(findings, lintIds(findings, QStringLiteral("error")), errors, falseErrors, QStringLiteral("lint error"));
    if (QTest::currentTestFailed())
        return;
    compareFindings(findings, lintIds(findings, QStringLiteral("warning")), warnings, {}, QStringLiteral("lint warning"));
    if (QTest::currentTestFailed())
        return;
    if (errors.isEmpty() && !falseErrors.isEmpty())
        QEXPECT_FAIL("", "exit 1 only because of the false errors above", Continue);
    QCOMPARE(r.exitCode, errors.isEmpty() ? 0 : 1);
}

void TestInterop::loginCodePkce_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("passed");
    QTest::newRow("django-oauth-toolkit") << "dot" << QStringList{"discovery", "authorize", "callback", "token", "userinfo", "refresh"};
    // The client requires PKCE (oidcRPMetaDataOptionsRequirePKCE), so a pass proves the challenge and verifier went out.
    QTest::newRow("LemonLDAP::NG") << "llng" << QStringList{"discovery", "authorize", "callback", "token", "userinfo", "refresh"};
}

void TestInterop::loginCodePkce()
{
    QFETCH(QString, key);
    QFETCH(QStringList, passed);
    const QJsonObject ready = provider(key);
    QVERIFY2(!ready.isEmpty(), "the provider did not start (see the warning above)");
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), writeProfile(key, QStringLiteral("pkce"), QStringLiteral("code")),
                                QStringLiteral("--username"), ready.value(QStringLiteral("username")).toString(), QStringLiteral("--password"),
                                ready.value(QStringLiteral("password")).toString(), QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(stepsWithStatus(report, QStringLiteral("pass")), passed);
    // The code flow's only ID token comes from the token endpoint: its checks carry the "token." prefix.
    for (const char *id : {"state", "token.id_token.signature", "token.id_token.iss", "token.id_token.aud", "token.nonce", "userinfo.sub"})
        QVERIFY2(checkStatus(report, QLatin1String(id)) == QLatin1String("pass"), id);
    verifyNoSecrets(key, r);
}

void TestInterop::loginHybrid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QStringList>("hashes"); // the hash claims the front-channel ID token must carry and match
    QTest::newRow("django-oauth-toolkit, code id_token") << "dot" << "code id_token" << QStringList{"id_token.c_hash"};
    QTest::newRow("django-oauth-toolkit, code id_token token") << "dot" << "code id_token token" << QStringList{"id_token.c_hash", "id_token.at_hash"};
    QTest::newRow("LemonLDAP::NG, code id_token") << "llng" << "code id_token" << QStringList{"id_token.c_hash"};
    QTest::newRow("LemonLDAP::NG, code id_token token") << "llng" << "code id_token token" << QStringList{"id_token.c_hash", "id_token.at_hash"};
}

void TestInterop::loginHybrid()
{
    QFETCH(QString, key);
    QFETCH(QString, responseType);
    QFETCH(QStringList, hashes);
    const QJsonObject ready = provider(key);
    QVERIFY2(!ready.isEmpty(), "the provider did not start (see the warning above)");
    const CliResult r = runCli({QStringLiteral("login"), QStringLiteral("--profile"), writeProfile(key, QStringLiteral("hybrid"), responseType),
                                QStringLiteral("--username"), ready.value(QStringLiteral("username")).toString(), QStringLiteral("--password"),
                                ready.value(QStringLiteral("password")).toString(), QStringLiteral("--timeout"), QStringLiteral("20"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out.right(4000) + r.err.right(2000));
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(stepsWithStatus(report, QStringLiteral("pass")), (QStringList{"discovery", "authorize", "callback", "token", "userinfo", "refresh"}));
    for (const QString &id : hashes)
        QVERIFY2(checkStatus(report, id) == QLatin1String("pass"), qPrintable(id));
    for (const char *id : {"state", "id_token.signature", "nonce", "token.id_token.signature", "token.id_token.sub", "userinfo.sub"})
        QVERIFY2(checkStatus(report, QLatin1String(id)) == QLatin1String("pass"), id);
    const QJsonObject tokens = report.value(QStringLiteral("tokens")).toObject();
    QVERIFY(tokens.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("id_token")).isObject());
    QVERIFY(tokens.value(QStringLiteral("token")).toObject().value(QStringLiteral("id_token")).isObject());
    verifyNoSecrets(key, r);
}

void TestInterop::probe_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("client");             // of the ready line's clients
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("only");               // probe groups (--only); "" for all
    QTest::addColumn<Reasons>("failedProbes");       // real quirks: the probe fails, rightly
    QTest::addColumn<Reasons>("falseProbes");        // probes that fail though the provider behaves correctly
    QTest::addColumn<Reasons>("falseLintErrors");

    const QString oneGrantPerApp = QStringLiteral("DOT allows one grant type per application: the hybrid client may not use code or implicit");
    QTest::newRow("django-oauth-toolkit")
        << "dot" << "hybrid" << "code id_token" << ""
        << Reasons{{"probe.session.prompt_none_after_login",
                    "DOT 1.7 answers prompt=none with HTTP 500 (it does not implement oauthlib's validate_silent_login)"},
                   {"probe.refresh.family_revoked", "DOT rotates refresh tokens but does not revoke the family on reuse"},
                   {"probe.matrix.code.query", oneGrantPerApp},
                   {"probe.matrix.code.fragment", oneGrantPerApp},
                   {"probe.matrix.token.fragment", oneGrantPerApp},
                   {"probe.matrix.id_token.fragment", oneGrantPerApp},
                   {"probe.matrix.id_token_token.fragment", oneGrantPerApp}}
        << Reasons{} << Reasons{};

    // LemonLDAP::NG asks the user to confirm the logout ("Do you want to logout?", Accept / Refuse): the filler accepts,
    // and the provider returns to the post-logout redirect URI. Its portal then shows the login page to a prompt=none
    // request instead of answering login_required (the filler leaves it alone, so the sign-in after it shows a page).
    const QString maxAgeZero = QStringLiteral("LemonLDAP::NG 2.16 treats max_age=0 as absent (a Perl false value) and does not re-authenticate");
    const QString promptNoneLoginPage = QStringLiteral(
        "LemonLDAP::NG 2.16 shows its login page to prompt=none when there is no session, instead of answering login_required "
        "(OpenID Connect Core 3.1.2.1); its OIDC issuer handles prompt=none only for signed-in users");
    QTest::newRow("LemonLDAP::NG")
        << "llng" << "hybrid" << "code id_token" << ""
        << Reasons{{"probe.session.max_age_zero", maxAgeZero}, {"probe.session.prompt_none_after_logout", promptNoneLoginPage}}
        << Reasons{} << Reasons{};
    // The client that asks for consent, used by this row only: the probe's first sign-in meets LemonLDAP::NG's consent
    // page. The consent form leaves the portal's lemonldappdata cookie holding its own URL (_url), and the logout
    // confirmation then carries it: after Accept, LemonLDAP::NG ends the session but sends the browser to its portal's
    // login page instead of the post-logout redirect URI (reproduced with a plain HTTP client as well).
    QTest::newRow("LemonLDAP::NG, consent in the same browser")
        << "llng" << "consent" << "code" << "sessions"
        << Reasons{{"probe.session.max_age_zero", maxAgeZero},
                   {"probe.session.logout",
                    "after its consent page, LemonLDAP::NG 2.16's logout ends on its portal's login page, not the post-logout redirect URI"},
                   {"probe.session.prompt_none_after_logout", promptNoneLoginPage}}
        << Reasons{} << Reasons{};
}

void TestInterop::probe()
{
    QFETCH(QString, key);
    QFETCH(QString, client);
    QFETCH(QString, responseType);
    QFETCH(QString, only);
    QFETCH(Reasons, failedProbes);
    QFETCH(Reasons, falseProbes);
    QFETCH(Reasons, falseLintErrors);
    const QJsonObject ready = provider(key);
    QVERIFY2(!ready.isEmpty(), "the provider did not start (see the warning above)");
    // Every probe group unless the row says; 10 s per page keeps the pages that never lead anywhere (see the rows) short.
    QStringList args{QStringLiteral("probe"), QStringLiteral("--profile"), writeProfile(key, client, responseType),
                     QStringLiteral("--username"), ready.value(QStringLiteral("username")).toString(), QStringLiteral("--password"),
                     ready.value(QStringLiteral("password")).toString(), QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("--json")};
    if (!only.isEmpty())
        args << QStringLiteral("--only") << only;
    const CliResult r = runCli(args, CliOptions{{}, 240000});
    const QJsonObject report = r.json();
    QVERIFY2(!report.isEmpty(), r.out.right(4000) + r.err.right(2000));
    // The baseline sign-in itself passed every step and check.
    QCOMPARE(stepsWithStatus(report, QStringLiteral("fail")), QStringList{});
    QVERIFY(stepsWithStatus(report, QStringLiteral("pass")).contains(QStringLiteral("token")));
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray())
        QVERIFY2(v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("fail"), qPrintable(QJsonDocument(v.toObject()).toJson()));

    const QJsonArray lint = report.value(QStringLiteral("lint")).toArray();
    compareFindings(lint, lintIds(lint, QStringLiteral("error")), {}, falseLintErrors, QStringLiteral("lint error"));
    if (QTest::currentTestFailed())
        return;

    const QJsonArray probes = report.value(QStringLiteral("probes")).toArray();
    QVERIFY(probes.size() >= (only.isEmpty() ? 10 : 5));
    QSet<QString> failed;
    for (const QJsonValue &v : probes) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("fail"))
            failed << v.toObject().value(QStringLiteral("id")).toString();
    }
    compareFindings(probes, failed, failedProbes, falseProbes, QStringLiteral("failed probe"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.exitCode, 1); // every row has real findings
    verifyNoSecrets(key, r);
}

QTEST_GUILESS_MAIN(TestInterop)
#include "TestInterop.moc"
