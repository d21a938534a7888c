// tokenscope-cli login against the hostile provider (tests/hostile): one row per broken rule. Each row asserts the exit
// code, exactly which steps and checks fail (no more, no less), what the steps after a refusal did, a word of the
// reason, and that the process ends well within its timeouts.
#include "HostileProvider.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int TimeoutSecs = 5;
// A run that must not wait for any timeout: web engine start-up plus a handful of local requests.
constexpr qint64 QuickRunBoundMs = 25000;
const QByteArray ClientSecret = "hostile-client-secret-5b2e90";

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1String(", "));
}

// The entry of the report's array (steps, checks) whose `key` is `value`; empty when there is none.
QJsonObject reportEntry(const QJsonObject &report, const QString &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : report.value(array).toArray()) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestHostileProvider : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
    void loginWithParams_data();
    void loginWithParams();
    void revocation_data();
    void revocation();
    void discoverLint_data();
    void discoverLint();
    void hostilePageThroughTheCli();
    void everyScenarioIsCovered();

private:
    struct Run
    {
        int exitCode = -1;
        qint64 ms = 0;
        QByteArray out, err;
        QJsonObject report;
    };
    Run runLogin(const QJsonObject &profile, const QStringList &extraArgs = {});
    // The body of login(): runs the current row, with these extra authorization parameters in the profile.
    void loginRow(const QJsonObject &extraParams);

    std::unique_ptr<HostileProvider> m_provider;
    QTemporaryDir m_dir;
    QSet<QString> m_tested;
};

void TestHostileProvider::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // hs256-client-secret signs ID tokens with the client's secret (OpenID Connect Core 10.1); the provider reads it from
    // its environment, never from its command line.
    qputenv("HOSTILE_CLIENT_SECRET", ClientSecret);
    m_provider = std::make_unique<HostileProvider>();
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
}

TestHostileProvider::Run TestHostileProvider::runLogin(const QJsonObject &profile, const QStringList &extraArgs)
{
    const QString path = m_dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(profile).toJson());
    file.close();

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENSCOPE_CLIENT_SECRET"), QString::fromLatin1(ClientSecret));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(TOKENSCOPE_CLI_PATH));
    process.setArguments(QStringList{QStringLiteral("login"), QStringLiteral("--profile"), path, QStringLiteral("--json"),
                                     QStringLiteral("--include-http"), QStringLiteral("--timeout"), QString::number(TimeoutSecs)}
                         + extraArgs);
    Run run;
    QElapsedTimer timer;
    timer.start();
    process.start();
    // Far past the CLI's own watchdog (12 x timeout): reaching this is a hang.
    if (!process.waitForFinished(TimeoutSecs * 1000 * 12 + 30000)) {
        process.kill();
        process.waitForFinished();
        run.err = "the process did not finish: it hangs";
        run.ms = timer.elapsed();
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.report = QJsonDocument::fromJson(run.out).object();
    return run;
}

namespace {
void addLoginColumns()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("responseType");  // "" = the profile's "code id_token token"
    QTest::addColumn<QString>("responseMode");  // "" = default (fragment)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("failedSteps");  // exactly these steps fail
    QTest::addColumn<QStringList>("failedChecks"); // exactly these checks fail
    QTest::addColumn<QStringList>("notRun");       // steps skipped because an earlier one refused to go on
    QTest::addColumn<QString>("reason");           // in the detail of the first failing step
    QTest::addColumn<bool>("waitsForTimeout");     // the scenario can only end by a timeout
}
} // namespace

void TestHostileProvider::login_data()
{
    addLoginColumns();

    const QStringList none;
    const QStringList afterCallback{"token", "userinfo", "api", "refresh"};
    const QStringList afterToken{"userinfo", "api", "refresh"};
    // OpenID Connect Core 3.3.2.8: a front-channel ID token that fails makes the whole response untrusted: only the
    // callback step fails, the code is not redeemed (the token step says so) and nothing after it runs.
    const QStringList untrusted{"callback"};
    const QStringList afterUntrusted = afterToken;

    QTest::newRow("good") << "good" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("good, form_post") << "good" << "" << "form_post" << 0 << none << none << none << "" << false;
    QTest::newRow("good, code flow") << "good" << "code" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("good, code, query") << "good" << "code" << "query" << 0 << none << none << none << "" << false;
    QTest::newRow("kid-unknown") << "kid-unknown" << "" << "" << 1 << untrusted << QStringList{"id_token.signature"} << afterUntrusted
                                 << "no key with kid rogue-key" << false;
    QTest::newRow("alg-none") << "alg-none" << "" << "" << 1 << untrusted
                              << QStringList{"id_token.format", "id_token.alg", "id_token.signature"}
                              << afterUntrusted << "unsigned" << false;
    QTest::newRow("hs256-rsa-public") << "hs256-rsa-public" << "" << "" << 1 << untrusted << QStringList{"id_token.signature"}
                                      << afterUntrusted << "client secret" << false;
    QTest::newRow("no-kid-single-key") << "no-kid-single-key" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("no-kid-several-keys") << "no-kid-several-keys" << "" << "" << 1 << untrusted
                                         << QStringList{"id_token.signature"} << afterUntrusted << "requires a kid" << false;
    QTest::newRow("key-rotation") << "key-rotation" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("iss-wrong") << "iss-wrong" << "" << "" << 1 << untrusted << QStringList{"id_token.iss"} << afterUntrusted
                               << "evil.example" << false;
    QTest::newRow("aud-wrong") << "aud-wrong" << "" << "" << 1 << untrusted << QStringList{"id_token.aud"} << afterUntrusted
                               << "some-other-client" << false;
    QTest::newRow("aud-several-no-azp") << "aud-several-no-azp" << "" << "" << 1 << untrusted << QStringList{"id_token.azp"}
                                        << afterUntrusted << "azp" << false;
    QTest::newRow("expired") << "expired" << "" << "" << 1 << untrusted << QStringList{"id_token.exp"} << afterUntrusted << "expired"
                             << false;
    QTest::newRow("iat-future") << "iat-future" << "" << "" << 1 << untrusted << QStringList{"id_token.iat"} << afterUntrusted
                                << "in the future" << false;
    QTest::newRow("nbf-future") << "nbf-future" << "" << "" << 1 << untrusted << QStringList{"id_token.nbf"} << afterUntrusted
                                << "not valid before" << false;
    QTest::newRow("nonce-wrong") << "nonce-wrong" << "" << "" << 1 << untrusted
                                 << QStringList{"nonce"} << afterUntrusted << "does not match" << false;
    QTest::newRow("nonce-missing") << "nonce-missing" << "" << "" << 1 << untrusted
                                   << QStringList{"nonce"} << afterUntrusted << "no nonce" << false;
    QTest::newRow("state-wrong") << "state-wrong" << "" << "" << 1 << QStringList{"callback"} << QStringList{"state"}
                                 << afterCallback << "CSRF" << false;
    QTest::newRow("c-hash-wrong") << "c-hash-wrong" << "" << "" << 1 << untrusted << QStringList{"id_token.c_hash"}
                                  << afterUntrusted << "c_hash" << false;
    QTest::newRow("at-hash-wrong") << "at-hash-wrong" << "" << "" << 1 << untrusted
                                   << QStringList{"id_token.at_hash"} << afterUntrusted << "at_hash" << false;
    QTest::newRow("iss-param-wrong") << "iss-param-wrong" << "" << "" << 1 << QStringList{"callback"} << QStringList{"iss_param"}
                                     << afterCallback << "mix-up" << false;
    QTest::newRow("userinfo-other-sub") << "userinfo-other-sub" << "" << "" << 1 << QStringList{"userinfo"}
                                        << QStringList{"userinfo.sub"} << none << "someone-else" << false;
    QTest::newRow("refresh-bad-signature") << "refresh-bad-signature" << "" << "" << 1 << QStringList{"refresh"}
                                           << QStringList{"refresh.id_token.signature"} << none << "refresh.id_token.signature"
                                           << false;
    QTest::newRow("refresh-other-sub") << "refresh-other-sub" << "" << "" << 1 << QStringList{"refresh"}
                                       << QStringList{"refresh.id_token.sub"} << none << "someone-else" << false;
    QTest::newRow("error-redirect") << "error-redirect" << "" << "" << 1 << QStringList{"callback"}
                                    << QStringList{"callback.error"} << afterCallback << "access_denied" << false;
    QTest::newRow("token-invalid-grant") << "token-invalid-grant" << "" << "" << 1 << QStringList{"token"} << none
                                         << afterToken << "invalid_grant: the authorization code is invalid or expired" << false;
    QTest::newRow("token-500-html") << "token-500-html" << "" << "" << 1 << QStringList{"token"} << none
                                    << afterToken << "The upstream exploded" << false;
    QTest::newRow("token-50mb") << "token-50mb" << "" << "" << 1 << QStringList{"token"} << none
                                << afterToken << "50.0 MB, more than the 10.0 MB limit" << false;
    QTest::newRow("token-50mb-chunked") << "token-50mb-chunked" << "" << "" << 1 << QStringList{"token"} << none
                                        << afterToken << "larger than the 10.0 MB limit" << false;
    QTest::newRow("token-never-answers") << "token-never-answers" << "" << "" << 1 << QStringList{"token"} << none
                                         << afterToken << "timed out" << true;
    QTest::newRow("jwks-not-json") << "jwks-not-json" << "" << "" << 1 << QStringList{"discovery"} + untrusted
                                   << QStringList{"id_token.signature"}
                                   << afterUntrusted << "JWKS" << false;
    QTest::newRow("discovery-issuer-mismatch") << "discovery-issuer-mismatch" << "" << "" << 1 << QStringList{"discovery"} << none
                                               << QStringList{"authorize", "callback", "token", "userinfo", "api", "refresh"}
                                               << "Discovery 4.3" << false;

    // ---- the OpenID conformance checklist (tests/hostile/README.md). ", code" rows: the same provider in the code flow,
    // where the ID tokens come from the token endpoint only. One that fails makes the token response untrusted (Core
    // 3.1.3.7; oauth4webapi's processAuthorizationCodeResponse rejects it): its tokens are not used, so userinfo, the API
    // and the refresh do not run, and the token step says why.
    // RFC 9207 2.4: without iss, an ID token whose signature and iss validate is the mix-up defence (as openid-client);
    // a code-only response has nothing to stand in for it.
    QTest::newRow("iss-param-missing") << "iss-param-missing" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("iss-param-missing, code") << "iss-param-missing" << "code" << "" << 1 << QStringList{"callback"}
                                             << QStringList{"iss_param"} << afterCallback << "mix-up" << false;
    QTest::newRow("iss-param-missing-iss-wrong") << "iss-param-missing-iss-wrong" << "" << "" << 1 << untrusted
                                                 << QStringList{"iss_param", "id_token.iss"} << afterUntrusted << "cannot stand in"
                                                 << false;
    QTest::newRow("no-iss-support") << "no-iss-support" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("no-iss-support, code") << "no-iss-support" << "code" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("state-missing") << "state-missing" << "" << "" << 1 << QStringList{"callback"} << QStringList{"state"}
                                   << afterCallback << "has no state" << false;
    // OpenID Connect Core 2: iss, sub, aud, exp, iat are REQUIRED in every ID token.
    for (const char *claim : {"sub", "iat", "aud", "exp", "iss"}) {
        const QString scenario = QLatin1String(claim) + QLatin1String("-missing");
        const QString because = QStringLiteral("no %1 claim").arg(QLatin1String(claim));
        QTest::addRow("%s", qPrintable(scenario)) << scenario << "" << "" << 1 << untrusted
                                                  << QStringList{QStringLiteral("id_token.") + QLatin1String(claim)} << afterUntrusted
                                                  << because << false;
        QTest::addRow("%s, code", qPrintable(scenario))
            << scenario << "code" << "" << 1 << QStringList{"token"} << QStringList{QStringLiteral("token.id_token.") + QLatin1String(claim)}
            << afterToken << because << false;
    }
    // Every response type the provider offers passes (Core 3.1, 3.2, 3.3).
    for (const char *type : {"id_token", "id_token token", "code id_token", "code token"})
        QTest::addRow("good, %s", type) << "good" << type << "" << 0 << none << none << none << "" << false;
    // Earlier scenarios in the code flow: the token endpoint's ID tokens fail (Core 3.1.3.7); an iss parameter is
    // compared in the code flow too (RFC 9207 2.4).
    QTest::newRow("nonce-wrong, code") << "nonce-wrong" << "code" << "" << 1 << QStringList{"token"} << QStringList{"token.nonce"}
                                       << afterToken << "does not match" << false;
    QTest::newRow("nonce-missing, code") << "nonce-missing" << "code" << "" << 1 << QStringList{"token"} << QStringList{"token.nonce"}
                                         << afterToken << "no nonce" << false;
    QTest::newRow("iss-wrong, code") << "iss-wrong" << "code" << "" << 1 << QStringList{"token"} << QStringList{"token.id_token.iss"}
                                     << afterToken << "evil.example" << false;
    QTest::newRow("aud-wrong, code") << "aud-wrong" << "code" << "" << 1 << QStringList{"token"} << QStringList{"token.id_token.aud"}
                                     << afterToken << "some-other-client" << false;
    QTest::newRow("iss-param-wrong, code") << "iss-param-wrong" << "code" << "" << 1 << QStringList{"callback"}
                                           << QStringList{"iss_param"} << afterCallback << "mix-up" << false;
    QTest::newRow("no-kid-single-rsa-among-others") << "no-kid-single-rsa-among-others" << "" << "" << 0 << none << none << none << ""
                                                    << false;
    // Core 3.1.3.8 lets a client skip at_hash at the token endpoint (oauth4webapi does); a claim that is there and false
    // still fails, and the detail says what it should be.
    QTest::newRow("token-at-hash-wrong") << "token-at-hash-wrong" << "" << "" << 1 << QStringList{"token"}
                                         << QStringList{"token.id_token.at_hash"} << afterToken << "left half" << false;
    QTest::newRow("token-at-hash-wrong, code") << "token-at-hash-wrong" << "code" << "" << 1 << QStringList{"token"}
                                               << QStringList{"token.id_token.at_hash"} << afterToken << "left half" << false;
    QTest::newRow("aud-array-single") << "aud-array-single" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("aud-several-with-azp") << "aud-several-with-azp" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("bad-signature") << "bad-signature" << "" << "" << 1 << untrusted << QStringList{"id_token.signature"}
                                   << afterUntrusted << "does not verify with RS256 key k1" << false;
    // OpenID Connect Core 3.1.3.7 (6) lets a client skip the token endpoint's signature; Tokenscope verifies it.
    QTest::newRow("bad-signature, code") << "bad-signature" << "code" << "" << 1 << QStringList{"token"}
                                         << QStringList{"token.id_token.signature"} << afterToken << "does not verify" << false;
    // The signature is not verified with an alg that is not allowed ("see id_token.alg"), as for alg none.
    QTest::newRow("alg-not-advertised") << "alg-not-advertised" << "" << "" << 1 << untrusted
                                        << QStringList{"id_token.alg", "id_token.signature"} << afterUntrusted
                                        << "RS384 is not allowed" << false;
    QTest::newRow("alg-not-advertised, code") << "alg-not-advertised" << "code" << "" << 1 << QStringList{"token"}
                                              << QStringList{"token.id_token.alg", "token.id_token.signature"} << afterToken
                                              << "RS384 is not allowed" << false;
    QTest::newRow("jwks-extra-key-types") << "jwks-extra-key-types" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("es256") << "es256" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("bad-signature-es256") << "bad-signature-es256" << "" << "" << 1 << untrusted << QStringList{"id_token.signature"}
                                         << afterUntrusted << "does not verify with ES256 key e1" << false;
    QTest::newRow("hs256-client-secret") << "hs256-client-secret" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("hs256-other-secret") << "hs256-other-secret" << "" << "" << 1 << untrusted << QStringList{"id_token.signature"}
                                        << afterUntrusted << "does not verify with the client secret" << false;
    QTest::newRow("c-hash-missing") << "c-hash-missing" << "" << "" << 1 << untrusted << QStringList{"id_token.c_hash"}
                                    << afterUntrusted << "c_hash is required" << false;
    QTest::newRow("c-hash-missing, code id_token") << "c-hash-missing" << "code id_token" << "" << 1 << untrusted
                                                   << QStringList{"id_token.c_hash"} << afterUntrusted << "c_hash is required" << false;
    QTest::newRow("at-hash-missing") << "at-hash-missing" << "" << "" << 1 << untrusted << QStringList{"id_token.at_hash"}
                                     << afterUntrusted << "at_hash is required" << false;
    QTest::newRow("at-hash-missing, id_token token") << "at-hash-missing" << "id_token token" << "" << 1 << untrusted
                                                     << QStringList{"id_token.at_hash"} << afterCallback << "at_hash is required"
                                                     << false;
    QTest::newRow("at-hash-absent-optional") << "at-hash-absent-optional" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("at-hash-absent-optional, code") << "at-hash-absent-optional" << "code" << "" << 0 << none << none << none << ""
                                                   << false;
    QTest::newRow("at-hash-absent-optional, code id_token") << "at-hash-absent-optional" << "code id_token" << "" << 0 << none << none
                                                            << none << "" << false;
    // Core 3.3.3.6: the two ID tokens of the hybrid flow name the same user; userinfo and the refresh are compared with
    // the latest ID token, so they disagree with the broken one too.
    QTest::newRow("token-other-sub") << "token-other-sub" << "" << "" << 1 << QStringList{"token"} << QStringList{"token.id_token.sub"}
                                     << afterToken << "someone-else" << false;
    QTest::newRow("token-other-iss") << "token-other-iss" << "" << "" << 1 << QStringList{"token"} << QStringList{"token.id_token.iss"}
                                     << afterToken << "evil.example" << false;
    QTest::newRow("token-other-auth-time") << "token-other-auth-time" << "" << "" << 1 << QStringList{"token"}
                                           << QStringList{"token.id_token.auth_time"} << afterToken << "must agree" << false;
    QTest::newRow("auth-time-zero") << "auth-time-zero" << "" << "" << 1 << untrusted << QStringList{"id_token.auth_time"}
                                    << afterUntrusted << "1970" << false;
    QTest::newRow("auth-time-zero, code") << "auth-time-zero" << "code" << "" << 1 << QStringList{"token"}
                                          << QStringList{"token.id_token.auth_time"} << afterToken << "1970" << false;
    QTest::newRow("refresh-other-iss") << "refresh-other-iss" << "" << "" << 1 << QStringList{"refresh"}
                                       << QStringList{"refresh.id_token.iss"} << none << "evil.example" << false;
    QTest::newRow("refresh-other-auth-time") << "refresh-other-auth-time" << "" << "" << 1 << QStringList{"refresh"}
                                             << QStringList{"refresh.id_token.auth_time"} << none << "must agree" << false;
    QTest::newRow("refresh-no-id-token") << "refresh-no-id-token" << "" << "" << 0 << none << none << none << "" << false;
    // Core 5.3.2: a signed userinfo response is verified like an ID token (alg, signature, iss and aud when present).
    QTest::newRow("userinfo-signed") << "userinfo-signed" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("userinfo-signed-bad-signature") << "userinfo-signed-bad-signature" << "" << "" << 1 << QStringList{"userinfo"}
                                                   << QStringList{"userinfo.signature"} << none << "does not verify" << false;
    QTest::newRow("userinfo-signed-other-iss") << "userinfo-signed-other-iss" << "" << "" << 1 << QStringList{"userinfo"}
                                               << QStringList{"userinfo.signature"} << none << "evil.example" << false;
    QTest::newRow("userinfo-no-sub") << "userinfo-no-sub" << "" << "" << 1 << QStringList{"userinfo"} << QStringList{"userinfo.sub"}
                                     << none << "has no sub" << false;
    // Core 3.1.3.3 (3.3.3.3 for the hybrid flow): the token response MUST carry an id_token.
    QTest::newRow("token-no-id-token") << "token-no-id-token" << "" << "" << 1 << QStringList{"token"}
                                       << QStringList{"token.id_token.format"} << afterToken << "no id_token" << false;
    QTest::newRow("token-no-id-token, code") << "token-no-id-token" << "code" << "" << 1 << QStringList{"token"}
                                             << QStringList{"token.id_token.format"} << afterToken << "no id_token" << false;
    QTest::newRow("token-no-access-token") << "token-no-access-token" << "" << "" << 1 << QStringList{"token"} << none << afterToken
                                           << "no access_token" << false;
    QTest::newRow("token-type-case") << "token-type-case" << "" << "" << 0 << none << none << none << "" << false;
    // RFC 6749 5.1: token_type is REQUIRED; 7.1: a client must not use a token whose type it does not understand
    // (oauth4webapi: only bearer, or dpop with DPoP). expires_in must be a number of seconds >= 0.
    // The access token is then not used for userinfo (nor the API); the refresh token still is.
    const QStringList userinfoNotRun{"userinfo"};
    QTest::newRow("token-type-missing") << "token-type-missing" << "" << "" << 1 << QStringList{"token"} << QStringList{"token.token_type"}
                                        << userinfoNotRun << "no token_type" << false;
    QTest::newRow("token-type-unknown") << "token-type-unknown" << "" << "" << 1 << QStringList{"token"} << QStringList{"token.token_type"}
                                        << userinfoNotRun << "\"mac\"" << false;
    QTest::newRow("token-type-unknown, code") << "token-type-unknown" << "code" << "" << 1 << QStringList{"token"}
                                              << QStringList{"token.token_type"} << userinfoNotRun << "\"mac\"" << false;
    QTest::newRow("token-type-dpop") << "token-type-dpop" << "" << "" << 1 << QStringList{"token"} << QStringList{"token.token_type"}
                                     << userinfoNotRun << "no DPoP proof" << false;
    QTest::newRow("refresh-token-type-unknown") << "refresh-token-type-unknown" << "" << "" << 1 << QStringList{"refresh"}
                                                << QStringList{"refresh.token_type"} << none << "\"mac\"" << false;
    QTest::newRow("token-expires-in-negative") << "token-expires-in-negative" << "" << "" << 1 << QStringList{"token"}
                                               << QStringList{"token.expires_in"} << none << "negative" << false;
    QTest::newRow("token-expires-in-string") << "token-expires-in-string" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("token-no-expires-in") << "token-no-expires-in" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("token-no-scope") << "token-no-scope" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("error-login-required, form_post") << "error-login-required" << "" << "form_post" << 1 << QStringList{"callback"}
                                                     << QStringList{"callback.error"} << afterCallback << "login_required" << false;
    // Core 3.1.3.7 (10) leaves the acceptable age of iat to the client. A front-channel ID token issued a week ago is
    // refused, as oauth4webapi's validateHybridResponse refuses one older than an hour (the FAPI client test
    // iat-is-week-in-past expects no token request); the token endpoint's ID token is not limited (neither library does).
    // oidcc-client-test-idtoken-sig-none: the suite expects a client registered for "none" to accept an unsigned ID
    // token in the code flow. Tokenscope never accepts one (lint.signing.none warns when a provider offers it).
    QTest::newRow("alg-none, code") << "alg-none" << "code" << "" << 1 << QStringList{"token"}
                                    << QStringList{"token.id_token.format", "token.id_token.alg", "token.id_token.signature"} << afterToken
                                    << "unsigned" << false;
    QTest::newRow("iat-old") << "iat-old" << "" << "" << 1 << untrusted << QStringList{"id_token.iat"} << afterUntrusted
                             << "too far in the past" << false;
    QTest::newRow("iat-old, code id_token") << "iat-old" << "code id_token" << "" << 1 << untrusted << QStringList{"id_token.iat"}
                                            << afterUntrusted << "too far in the past" << false;
    QTest::newRow("iat-old, code") << "iat-old" << "code" << "" << 0 << none << none << none << "" << false;
    // auth_time is optional without max_age (Core 2); with max_age see loginWithParams().
    QTest::newRow("auth-time-missing") << "auth-time-missing" << "" << "" << 0 << none << none << none << "" << false;
    // FAPI 1 Advanced 5.2.2.1 defines s_hash; openid-client 5 and oauth4webapi verify it whenever it is present.
    QTest::newRow("s-hash-wrong") << "s-hash-wrong" << "" << "" << 1 << untrusted << QStringList{"id_token.s_hash"} << afterUntrusted
                                  << "s_hash" << false;
    QTest::newRow("s-hash-right") << "s-hash-right" << "" << "" << 0 << none << none << none << "" << false;
    // Core 5.6.2: aggregated and distributed claims. Each source is shown (userinfo.claim_sources and the report's
    // claimSources); a JWT is verified with its issuer's keys (this provider's, or another's found by its discovery),
    // and one that does not verify is not used. Unsigned or unverifiable sources are shown as not verified.
    QTest::newRow("userinfo-aggregated-claims") << "userinfo-aggregated-claims" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("userinfo-aggregated-claims, code") << "userinfo-aggregated-claims" << "code" << "" << 0 << none << none << none << ""
                                                      << false;
    QTest::newRow("userinfo-aggregated-claims-unsigned") << "userinfo-aggregated-claims-unsigned" << "" << "" << 0 << none << none << none
                                                         << "" << false;
    QTest::newRow("userinfo-aggregated-claims-bad-signature") << "userinfo-aggregated-claims-bad-signature" << "" << "" << 1
                                                              << QStringList{"userinfo"} << QStringList{"userinfo.claim_sources"} << none
                                                              << "does not verify" << false;
    QTest::newRow("userinfo-aggregated-claims-other-issuer") << "userinfo-aggregated-claims-other-issuer" << "" << "" << 0 << none << none
                                                             << none << "" << false;
    QTest::newRow("userinfo-aggregated-claims-unknown-issuer") << "userinfo-aggregated-claims-unknown-issuer" << "" << "" << 0 << none
                                                               << none << none << "" << false;
    QTest::newRow("userinfo-distributed-claims") << "userinfo-distributed-claims" << "" << "" << 0 << none << none << none << "" << false;
    QTest::newRow("userinfo-distributed-claims-no-token") << "userinfo-distributed-claims-no-token" << "" << "" << 0 << none << none
                                                          << none << "" << false;
}

void TestHostileProvider::login()
{
    loginRow({});
}

// Rows whose request carries extra authorization parameters (the profile's extraParams); the columns of login() and
// the parameters.
void TestHostileProvider::loginWithParams_data()
{
    addLoginColumns();
    QTest::addColumn<QJsonObject>("extraParams");
    const QStringList none;
    const QStringList afterToken{"userinfo", "api", "refresh"};
    const QJsonObject maxAge{{"max_age", 3600}};
    // OpenID Connect Core 3.1.2.1 / 2: with max_age in the request, auth_time is REQUIRED in the ID token (openid-client
    // and oauth4webapi refuse a token without it then); without max_age it is optional ("auth-time-missing" in login()).
    QTest::newRow("auth-time-missing, max_age") << "auth-time-missing" << "" << "" << 1 << QStringList{"callback"}
                                                << QStringList{"id_token.auth_time"} << afterToken << "max_age=3600 was sent" << false
                                                << maxAge;
    QTest::newRow("auth-time-missing, max_age, code") << "auth-time-missing" << "code" << "" << 1 << QStringList{"token"}
                                                      << QStringList{"token.id_token.auth_time"} << afterToken << "max_age=3600 was sent"
                                                      << false << maxAge;
    QTest::newRow("good, max_age") << "good" << "" << "" << 0 << none << none << none << "" << false << maxAge;
}

void TestHostileProvider::loginWithParams()
{
    QFETCH(QJsonObject, extraParams);
    loginRow(extraParams);
}

void TestHostileProvider::loginRow(const QJsonObject &extraParams)
{
    QFETCH(QString, scenario);
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(int, exitCode);
    QFETCH(QStringList, failedSteps);
    QFETCH(QStringList, failedChecks);
    QFETCH(QStringList, notRun);
    QFETCH(QString, reason);
    QFETCH(bool, waitsForTimeout);
    m_tested.insert(scenario);

    QJsonObject profile = m_provider->profile(scenario);
    if (!responseType.isEmpty())
        profile.insert(QStringLiteral("responseType"), responseType);
    if (!responseMode.isEmpty())
        profile.insert(QStringLiteral("responseMode"), responseMode);
    if (!extraParams.isEmpty())
        profile.insert(QStringLiteral("extraParams"), extraParams);
    const Run run = runLogin(profile);
    const QByteArray context = "\nstderr: " + run.err.right(3000) + "\nprovider: " + m_provider->diagnostics().right(2000);

    // Finishes, and within its time: at once when nothing has to time out, else shortly after the one timeout.
    QVERIFY2(run.exitCode >= 0, context.constData());
    if (waitsForTimeout) {
        QVERIFY2(run.ms >= TimeoutSecs * 1000 - 500, qPrintable(QStringLiteral("ended after %1 ms, before the timeout").arg(run.ms)));
        QVERIFY2(run.ms < TimeoutSecs * 1000 + QuickRunBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(run.ms)));
    } else {
        QVERIFY2(run.ms < QuickRunBoundMs, qPrintable(QStringLiteral("took %1 ms").arg(run.ms)));
    }
    QVERIFY2(!run.report.isEmpty(), run.out.left(2000) + context);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.report.value(QStringLiteral("ok")).toBool(), exitCode == 0);

    QSet<QString> steps, stepsFailed, checksFailed, notRunActual;
    QString firstFailingStep;
    const QJsonArray stepArray = run.report.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : stepArray) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(QStringLiteral("name")).toString();
        const QString status = s.value(QStringLiteral("status")).toString();
        steps.insert(name);
        if (status == QLatin1String("fail")) {
            stepsFailed.insert(name);
            if (firstFailingStep.isEmpty())
                firstFailingStep = s.value(QStringLiteral("detail")).toString();
        }
        if (status == QLatin1String("skip") && s.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("not run")))
            notRunActual.insert(name);
    }
    QStringList failingDetails;
    const QJsonArray checkArray = run.report.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue &v : checkArray) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("status")).toString() == QLatin1String("fail")) {
            checksFailed.insert(c.value(QStringLiteral("id")).toString());
            failingDetails << c.value(QStringLiteral("id")).toString() + QStringLiteral(": ") + c.value(QStringLiteral("detail")).toString();
        }
    }
    const QString summary = QStringLiteral("failed steps [%1], failed checks [%2]\n%3\nfirst failing step: %4")
                                .arg(sorted(stepsFailed), sorted(checksFailed), failingDetails.join(QLatin1Char('\n')), firstFailingStep);
    // Every step of the contract is reported, run or not.
    for (const char *name : {"discovery", "authorize", "callback", "token", "userinfo", "api", "refresh"})
        QVERIFY2(steps.contains(QLatin1String(name)), name);
    QVERIFY2(stepsFailed == toSet(failedSteps), qPrintable(summary));
    QVERIFY2(checksFailed == toSet(failedChecks), qPrintable(summary));
    QVERIFY2(notRunActual == toSet(notRun), qPrintable(QStringLiteral("not run: [%1]; %2").arg(sorted(notRunActual), summary)));
    if (!reason.isEmpty())
        QVERIFY2(firstFailingStep.contains(reason, Qt::CaseInsensitive), qPrintable(summary));
    if (failedSteps.contains(QLatin1String("callback")) && notRun == QStringList{"userinfo", "api", "refresh"}) {
        // The code was not sent to the token endpoint, and the token step says why.
        const QJsonObject token = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("token"));
        QCOMPARE(token.value(QStringLiteral("status")).toString(), QStringLiteral("skip"));
        QVERIFY2(token.value(QStringLiteral("detail")).toString().contains(QLatin1String("not redeemed")), qPrintable(token.value(QStringLiteral("detail")).toString()));
        for (const QJsonValue &v : run.report.value(QStringLiteral("exchanges")).toArray())
            QVERIFY2(v.toObject().value(QStringLiteral("step")).toString() != QLatin1String("token"), "the code went to the token endpoint");
    }
    if (scenario == QLatin1String("jwks-not-json")) {
        // The discovery step fails and says why there are no keys instead of a bare "0 keys".
        const QString detail = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("discovery"))
                                   .value(QStringLiteral("detail"))
                                   .toString();
        QVERIFY2(detail.contains(QLatin1String("not valid JSON")), qPrintable(detail));
    }
    if (reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("token")).value(QStringLiteral("status")).toString()
        == QLatin1String("pass")) {
        // Every token response is checked for its token_type (RFC 6749 5.1, 7.1), whatever its case.
        const QJsonObject type = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("token.token_type"));
        QCOMPARE(type.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        if (scenario == QLatin1String("token-type-case"))
            QVERIFY2(type.value(QStringLiteral("detail")).toString().contains(QLatin1String("bEARER")), qPrintable(type.value(QStringLiteral("detail")).toString()));
    }
    if (scenario == QLatin1String("userinfo-signed")) {
        // The signed answer was verified, not just decoded, and its claims were used.
        const QJsonObject signature = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("userinfo.signature"));
        QCOMPARE(signature.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(signature.value(QStringLiteral("detail")).toString().contains(QLatin1String("RS256")), qPrintable(signature.value(QStringLiteral("detail")).toString()));
        const QJsonObject sub = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("userinfo.sub"));
        QCOMPARE(sub.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    }
    if (scenario == QLatin1String("s-hash-right")) {
        // Verified, not skipped: the state was there to check it against.
        const QJsonObject sHash = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("id_token.s_hash"));
        QCOMPARE(sHash.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    }
    if (scenario == QLatin1String("auth-time-missing") && extraParams.isEmpty()) {
        const QJsonObject authTime = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("id_token.auth_time"));
        QCOMPARE(authTime.value(QStringLiteral("status")).toString(), QStringLiteral("skip"));
    }
    if (scenario.startsWith(QLatin1String("userinfo-aggregated")) || scenario.startsWith(QLatin1String("userinfo-distributed"))) {
        // What the user sees of each claim source: the check, and the source in the report with its claims when usable.
        struct Expected
        {
            const char *status, *word, *claim;
            bool verified;
        };
        static const QMap<QString, Expected> expected{
            {"userinfo-aggregated-claims", {"pass", "verified", "phone_number", true}},
            {"userinfo-aggregated-claims-unsigned", {"skip", "unsigned", "phone_number", false}},
            {"userinfo-aggregated-claims-bad-signature", {"fail", "does not verify", nullptr, false}},
            {"userinfo-aggregated-claims-other-issuer", {"pass", "no-kid-several-keys", "phone_number", true}},
            {"userinfo-aggregated-claims-unknown-issuer", {"skip", "not verified", "phone_number", false}},
            {"userinfo-distributed-claims", {"pass", "verified", "credit_score", true}},
            {"userinfo-distributed-claims-no-token", {"skip", "no access token", nullptr, false}},
        };
        QVERIFY2(expected.contains(scenario), qPrintable(scenario));
        const Expected e = expected.value(scenario);
        const QJsonObject check = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("userinfo.claim_sources"));
        const QString detail = check.value(QStringLiteral("detail")).toString();
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QLatin1String(e.status));
        QVERIFY2(detail.contains(QLatin1String(e.word)), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("src1")), qPrintable(detail));
        const QJsonArray sources = run.report.value(QStringLiteral("claimSources")).toArray();
        QCOMPARE(sources.size(), 1);
        const QJsonObject source = sources.first().toObject();
        QCOMPARE(source.value(QStringLiteral("name")).toString(), QStringLiteral("src1"));
        QCOMPARE(source.value(QStringLiteral("verified")).toBool(), e.verified);
        if (e.claim)
            QVERIFY2(source.value(QStringLiteral("claims")).toObject().contains(QLatin1String(e.claim)), qPrintable(QJsonDocument(source).toJson()));
        else
            QVERIFY2(source.value(QStringLiteral("claims")).toObject().isEmpty(), qPrintable(QJsonDocument(source).toJson()));
        // The client's own access token never goes to a claims endpoint: without the source's token nothing is fetched.
        int claimRequests = 0;
        for (const QJsonValue &v : run.report.value(QStringLiteral("exchanges")).toArray())
            claimRequests += v.toObject().value(QStringLiteral("url")).toString().endsWith(QLatin1String("/claims")) ? 1 : 0;
        QCOMPARE(claimRequests, scenario == QLatin1String("userinfo-distributed-claims") ? 1 : 0);
    }
    if (scenario == QLatin1String("error-login-required")) {
        // The error arrived by form_post, and the step says what login_required means (Core 3.1.2.6).
        const QString detail = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("callback"))
                                   .value(QStringLiteral("detail"))
                                   .toString();
        QVERIFY2(detail.contains(QLatin1String("prompt=none")), qPrintable(detail));
    }

    // The HTTP log is in the report and says why a request failed.
    const QJsonArray http = run.report.value(QStringLiteral("exchanges")).toArray();
    QVERIFY2(!http.isEmpty(), "--include-http gave no exchanges");
    // A step that did not run sent nothing.
    for (const QJsonValue &v : http)
        QVERIFY2(!notRun.contains(v.toObject().value(QStringLiteral("step")).toString()),
                 qPrintable(QStringLiteral("a request of a step that did not run: ") + v.toObject().value(QStringLiteral("url")).toString()));
    const QString userinfoDetail = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("userinfo"))
                                       .value(QStringLiteral("detail"))
                                       .toString();
    if (failedChecks.contains(QLatin1String("token.token_type")) && notRun.contains(QLatin1String("userinfo"))) {
        // RFC 6749 7.1: the step says why the access token was not used.
        QVERIFY2(userinfoDetail.contains(QLatin1String("token_type")) && userinfoDetail.contains(QLatin1String("7.1")), qPrintable(userinfoDetail));
    } else if (failedSteps == QStringList{"token"} && notRun == QStringList{"userinfo", "api", "refresh"}
               && std::any_of(failedChecks.cbegin(), failedChecks.cend(), [](const QString &id) {
                      return id.startsWith(QLatin1String("token.id_token.")) || id == QLatin1String("token.nonce");
                  })) {
        // The token endpoint's ID token failed: its tokens are not used, and the steps after it say so.
        QVERIFY2(userinfoDetail.contains(QLatin1String("token endpoint's ID token")), qPrintable(userinfoDetail));
    }
    int jwksFetches = 0;
    for (const QJsonValue &v : http) {
        const QJsonObject ex = v.toObject();
        if (ex.value(QStringLiteral("step")).toString() == QLatin1String("jwks"))
            ++jwksFetches;
        if (scenario.startsWith(QLatin1String("token-50mb")) || scenario == QLatin1String("token-never-answers")) {
            if (ex.value(QStringLiteral("step")).toString() == QLatin1String("token")) {
                QVERIFY2(!ex.value(QStringLiteral("error")).toString().isEmpty(), "the failed exchange records its error");
                QVERIFY(ex.value(QStringLiteral("responseBody")).toString().size() <= 64 * 1024);
            }
        }
    }
    if (scenario == QLatin1String("key-rotation") || scenario == QLatin1String("kid-unknown"))
        QCOMPARE(jwksFetches, 2); // the unknown kid triggers exactly one refetch
    else if (scenario != QLatin1String("discovery-issuer-mismatch"))
        QCOMPARE(jwksFetches, 1);

    // The client secret never shows, whatever happened.
    QVERIFY(!run.out.contains(ClientSecret));
    QVERIFY(!run.err.contains(ClientSecret));
}

// login --revoke: the revocation is only believed once the token endpoint refuses the revoked refresh token.
void TestHostileProvider::revocation_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status");    // of the revoke step and of check revoke.effective
    QTest::addColumn<QString>("reason");    // the revoke step's reason code
    QTest::addColumn<QString>("detail");    // in the check's detail
    QTest::newRow("good") << "good" << 0 << "pass" << "" << "now refuses the refresh token (invalid_grant)";
    QTest::newRow("revoke-ignored") << "revoke-ignored" << 1 << "fail" << "check.revoke.effective"
                                    << "still accepts the revoked refresh token";
}

void TestHostileProvider::revocation()
{
    QFETCH(QString, scenario);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, detail);
    m_tested.insert(scenario);
    const Run run = runLogin(m_provider->profile(scenario), {QStringLiteral("--revoke")});
    const QByteArray context = "\nstdout: " + run.out.right(3000) + "\nstderr: " + run.err.right(2000);
    QVERIFY2(run.exitCode == exitCode, context.constData());
    const QJsonObject revoke = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("revoke"));
    QCOMPARE(revoke.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(revoke.value(QStringLiteral("reason")).toString(), reason);
    const QJsonObject check = reportEntry(run.report, QStringLiteral("checks"), QStringLiteral("id"), QStringLiteral("revoke.effective"));
    QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
    QVERIFY2(check.value(QStringLiteral("detail")).toString().contains(detail), context.constData());
    // The other steps are untouched: only the revocation may fail.
    for (const QJsonValue &v : run.report.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("revoke"))
            QVERIFY2(v.toObject().value(QStringLiteral("status")).toString() != QLatin1String("fail"), context.constData());
    }
}

// tokenscope-cli discover: the lint of a provider whose JWKS also holds keys Tokenscope cannot use reports no error for
// them (RFC 7517 section 5: ignore them), as the login ignores them.
void TestHostileProvider::discoverLint_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("keyDefects"); // status and level of lint.jwks.key_defects, and a word of its detail
    QTest::addColumn<QString>("detail");
    QTest::newRow("good") << "good" << "pass info" << "Every key parses";
    QTest::newRow("jwks-extra-key-types") << "jwks-extra-key-types" << "pass info" << "ignored, as RFC 7517 section 5 says";
}

void TestHostileProvider::discoverLint()
{
    QFETCH(QString, scenario);
    QFETCH(QString, keyDefects);
    QFETCH(QString, detail);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TOKENSCOPE_CLI_PATH), {QStringLiteral("discover"), m_provider->issuer(scenario), QStringLiteral("--json")});
    QVERIFY2(process.waitForFinished(60000), "discover hangs");
    const QByteArray out = process.readAllStandardOutput();
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), out.left(2000) + process.readAllStandardError().right(2000));
    QStringList errors;
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("level")).toString() == QLatin1String("error"))
            errors << f.value(QStringLiteral("id")).toString() + QStringLiteral(": ") + f.value(QStringLiteral("detail")).toString();
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(process.exitCode(), 0);
    const QJsonObject f = reportEntry(report, QStringLiteral("findings"), QStringLiteral("id"), QStringLiteral("lint.jwks.key_defects"));
    QCOMPARE(f.value(QStringLiteral("status")).toString() + QLatin1Char(' ') + f.value(QStringLiteral("level")).toString(), keyDefects);
    QVERIFY2(f.value(QStringLiteral("detail")).toString().contains(detail), qPrintable(f.value(QStringLiteral("detail")).toString()));
}

// Issue 19 through tokenscope-cli (its headless browser): the hostile login page's attempts are refused and listed in
// the JSON report's browserRefusals and the authorize step, and the sign-in passes once a fill script follows the
// page's link. (TestHostilePage and TestHostileWindow go through every attempt; this is the CLI's report.)
void TestHostileProvider::hostilePageThroughTheCli()
{
    m_tested.insert(QStringLiteral("hostile-page"));
    const QString script = m_dir.filePath(QStringLiteral("follow-hostile-page.js"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("(function poll() {\n"
               "  if (document.title === 'hostile page: tried everything') document.getElementById('continue').click();\n"
               "  else setTimeout(poll, 50);\n"
               "})();\n");
    file.close();
    // A page timeout past the page's own 3 s wait for a location answer that never comes headless (the last --timeout
    // counts).
    const Run run = runLogin(m_provider->profile(QStringLiteral("hostile-page")),
                             {QStringLiteral("--fill-script"), script, QStringLiteral("--timeout"), QStringLiteral("30")});
    QStringList failed;
    for (const QJsonValue &v : run.report.value(QStringLiteral("steps")).toArray()) {
        if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("fail"))
            failed << v.toObject().value(QStringLiteral("name")).toString() + QStringLiteral(": ") + v.toObject().value(QStringLiteral("detail")).toString();
    }
    const QByteArray context = failed.join(QLatin1Char('\n')).toUtf8() + "\nstderr: " + run.err.right(3000);
    QVERIFY2(run.exitCode == 0 && run.report.value(QStringLiteral("ok")).toBool(), context.constData());
    const QJsonArray refusals = run.report.value(QStringLiteral("browserRefusals")).toArray();
    QStringList lines;
    for (const QJsonValue &v : refusals)
        lines << v.toString();
    const QString origin = QUrl(m_provider->baseUrl()).adjusted(QUrl::RemovePath).toString();
    const QString authorize = reportEntry(run.report, QStringLiteral("steps"), QStringLiteral("name"), QStringLiteral("authorize"))
                                  .value(QStringLiteral("detail"))
                                  .toString();
    for (const QString &expected : {origin + QStringLiteral(" showed a JavaScript alert"), origin + QStringLiteral(" asked for a confirmation"),
                                    origin + QStringLiteral(" asked for permission to show notifications: denied"),
                                    QStringLiteral("the page tried to read the clipboard: refused"),
                                    QStringLiteral("the page started a download of %1hostile-page/download: cancelled").arg(m_provider->baseUrl()),
                                    QStringLiteral("a frame inside the page tried to load the callback URL"),
                                    QStringLiteral("the page tried to load file:///etc/passwd: refused"),
                                    QStringLiteral("the page tried to open qrc:/tokenscope/browser/filler.js: refused"),
                                    QStringLiteral("the page tried to open a data: URL as the whole page: refused")}) {
        QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(expected); }),
                 qPrintable(expected + QStringLiteral("\nnot in:\n") + lines.join(QLatin1Char('\n'))));
        QVERIFY2(authorize.contains(expected), qPrintable(expected + QStringLiteral("\nnot in: ") + authorize));
    }
    QVERIFY(!run.out.contains(ClientSecret));
}

void TestHostileProvider::everyScenarioIsCovered()
{
    QSet<QString> missing = toSet(m_provider->scenarios());
    missing.subtract(m_tested);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("scenarios without a test row: ") + sorted(missing)));
}

QTEST_GUILESS_MAIN(TestHostileProvider)
#include "TestHostileProvider.moc"
