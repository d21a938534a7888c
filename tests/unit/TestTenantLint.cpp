#include "core/tenant/TenantLint.h"

#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {

const QString kIssuer = QStringLiteral("https://tenant.example.com/");

QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray a;
    for (const char *item : items)
        a.append(QString::fromLatin1(item));
    return a;
}

// A well-configured tenant: nothing above info level.
QJsonObject goodDocument()
{
    return QJsonObject{
        {QStringLiteral("issuer"), kIssuer},
        {QStringLiteral("authorization_endpoint"), kIssuer + QStringLiteral("authorize")},
        {QStringLiteral("token_endpoint"), kIssuer + QStringLiteral("oauth/token")},
        {QStringLiteral("userinfo_endpoint"), kIssuer + QStringLiteral("userinfo")},
        {QStringLiteral("jwks_uri"), kIssuer + QStringLiteral(".well-known/jwks.json")},
        {QStringLiteral("end_session_endpoint"), kIssuer + QStringLiteral("oidc/logout")},
        {QStringLiteral("revocation_endpoint"), kIssuer + QStringLiteral("oauth/revoke")},
        {QStringLiteral("introspection_endpoint"), kIssuer + QStringLiteral("oauth/introspect")},
        {QStringLiteral("scopes_supported"), strings({"openid", "profile", "email", "offline_access"})},
        {QStringLiteral("claims_supported"), strings({"sub", "name", "email"})},
        {QStringLiteral("response_types_supported"), strings({"code", "id_token", "code id_token", "code id_token token"})},
        {QStringLiteral("response_modes_supported"), strings({"query", "fragment", "form_post"})},
        {QStringLiteral("grant_types_supported"), strings({"authorization_code", "refresh_token"})},
        {QStringLiteral("subject_types_supported"), strings({"public"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), strings({"RS256"})},
        {QStringLiteral("token_endpoint_auth_methods_supported"), strings({"client_secret_basic", "client_secret_post", "none"})},
        {QStringLiteral("code_challenge_methods_supported"), strings({"S256"})},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
}

QJsonObject rsaKey(const QString &kid, int bits = 2048)
{
    QJsonObject k = TestKey::cached(TestKey::Type::Rsa, kid, bits).publicJwk();
    k.insert(QStringLiteral("use"), QStringLiteral("sig"));
    k.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
    return k;
}

// Keys of types Tokenscope does not implement, without kid (as in the OpenID conformance suite's JWKS).
QList<QJsonObject> unsupportedKeys()
{
    return {QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                        {QStringLiteral("crv"), QStringLiteral("secp256k1")},
                        {QStringLiteral("use"), QStringLiteral("sig")},
                        {QStringLiteral("alg"), QStringLiteral("ES256K")},
                        {QStringLiteral("x"), QStringLiteral("Hm2w8nRYyOq2gbuofPo4q6oTJA_ViQNPMSzlGQ2uj-g")},
                        {QStringLiteral("y"), QStringLiteral("lfKM0Ir7kdnWxuzDnxR5d42rPH6UzvD1LlvkeS1LDiA")}},
            QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                        {QStringLiteral("crv"), QStringLiteral("X25519")},
                        {QStringLiteral("use"), QStringLiteral("enc")},
                        {QStringLiteral("x"), QStringLiteral("hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo")}},
            QJsonObject{{QStringLiteral("kty"), QStringLiteral("AKP")}, {QStringLiteral("alg"), QStringLiteral("ML-DSA-44")}, {QStringLiteral("pub"), QStringLiteral("AAAA")}},
            QJsonObject{{QStringLiteral("kty"), QStringLiteral("FOO")}}};
}

QByteArray goodJwks()
{
    return jwksJson({rsaKey(QStringLiteral("k1"))});
}

QJsonObject goodProfile()
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("p")},
                       {QStringLiteral("issuer"), kIssuer},
                       {QStringLiteral("clientId"), QStringLiteral("spa")},
                       {QStringLiteral("redirectUri"), QStringLiteral("https://spa.example/callback")},
                       {QStringLiteral("tokenEndpointAuth"), QStringLiteral("none")},
                       {QStringLiteral("responseType"), QStringLiteral("code")},
                       {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                       {QStringLiteral("pkce"), true}};
}

// "patch": members to set; a member whose value is the string "<remove>" is removed.
QJsonObject patched(QJsonObject doc, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("<remove>")))
            doc.remove(it.key());
        else
            doc.insert(it.key(), it.value());
    }
    return doc;
}

LintInput makeInput(const QJsonObject &doc, const QByteArray &jwks, const QJsonObject &profile, const QString &fetchedFrom)
{
    LintInput in;
    in.metadata = parseProviderMetadata(QJsonDocument(doc).toJson(), QString());
    in.fetchedFrom = QUrl(fetchedFrom);
    if (jwks == "<unreachable>")
        in.jwksError = QStringLiteral("HTTP 404");
    else if (!jwks.isEmpty())
        in.jwks = parseJwks(jwks);
    if (!profile.isEmpty())
        in.profile = loadProfile(QJsonDocument(profile).toJson()).profile;
    return in;
}

QString dump(const FindingList &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << QStringLiteral("%1 %2 %3: %4").arg(f.id, findingLevelName(f.level), checkStatusName(f.status), f.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestTenantLint : public QObject
{
    Q_OBJECT
private slots:
    void goodTenantHasNoWarnings();
    void finding_data();
    void finding();
    void idsAreUniqueAndStable();
    void noDocument();
    void json();
    void issuerMatchesUrl_data();
    void issuerMatchesUrl();
};

void TestTenantLint::goodTenantHasNoWarnings()
{
    const FindingList findings = lintTenant(makeInput(goodDocument(), goodJwks(), goodProfile(), kIssuer + QStringLiteral(".well-known/openid-configuration")));
    for (const Finding &f : findings) {
        QVERIFY2(f.level == FindingLevel::Info, qPrintable(dump({f})));
        QVERIFY2(f.status != CheckStatus::Fail, qPrintable(dump({f})));
    }
    QVERIFY(!hasErrors(findings));
    QVERIFY(findFinding(findings, QStringLiteral("lint.issuer.matches_url")));
    QCOMPARE(findFinding(findings, QStringLiteral("lint.issuer.matches_url"))->status, CheckStatus::Pass);
    // Everything that needs a profile ran.
    QCOMPARE(findFinding(findings, QStringLiteral("lint.response_types.profile"))->status, CheckStatus::Pass);
    QCOMPARE(findFinding(findings, QStringLiteral("lint.signing.profile_alg"))->status, CheckStatus::Skip); // no expectedAlg
}

void TestTenantLint::finding_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QByteArray>("jwks");
    QTest::addColumn<QJsonObject>("profilePatch");
    QTest::addColumn<QString>("fetchedFrom");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detailContains");

    const QByteArray jwks = goodJwks();
    const QJsonObject none;
    const QString url = kIssuer;
    auto row = [&](const char *name, const QJsonObject &patch, const QByteArray &keys, const QJsonObject &profilePatch, const QString &from,
                   const char *id, const char *level, const char *status, const char *contains) {
        QTest::newRow(name) << patch << keys << profilePatch << from << QString::fromLatin1(id) << QString::fromLatin1(level)
                            << QString::fromLatin1(status) << QString::fromUtf8(contains);
    };

    // Required metadata and types.
    row("required missing", {{"jwks_uri", "<remove>"}, {"subject_types_supported", "<remove>"}}, jwks, none, url, "lint.metadata.required", "error", "fail",
        "\"jwks_uri\", \"subject_types_supported\"");
    row("token endpoint not required for implicit only",
        {{"token_endpoint", "<remove>"}, {"response_types_supported", strings({"id_token"})}}, jwks, none, url, "lint.metadata.required", "info", "pass", "");
    row("wrong type", {{"response_modes_supported", "query"}}, jwks, none, url, "lint.metadata.types", "error", "fail", "response_modes_supported");
    row("recommended missing", {{"claims_supported", "<remove>"}}, jwks, none, url, "lint.metadata.recommended", "warning", "pass", "claims_supported");

    // Issuer.
    row("issuer matches", none, jwks, none, url, "lint.issuer.matches_url", "info", "pass", "less \"/.well-known/openid-configuration\"");
    row("issuer matches discovery url", none, jwks, none, url + QStringLiteral(".well-known/openid-configuration"), "lint.issuer.matches_url", "info",
        "pass", "");
    // Discovery 4: with or without a terminating "/", the issuer gives the same discovery URL.
    row("issuer without trailing slash", {{"issuer", "https://tenant.example.com"}}, jwks, none, url, "lint.issuer.matches_url", "info", "pass",
        "https://tenant.example.com");
    row("issuer other host", {{"issuer", "https://other.example.com/"}}, jwks, none, url, "lint.issuer.matches_url", "error", "fail",
        "Discovery 4.3 requires the issuer to be the URL");
    row("issuer unknown url", none, jwks, none, QString(), "lint.issuer.matches_url", "info", "skip", "");
    row("issuer with query", {{"issuer", "https://tenant.example.com/?x=1"}}, jwks, none, QString(), "lint.issuer.format", "error", "fail", "query");

    // https.
    row("http endpoint", {{"token_endpoint", "http://tenant.example.com/oauth/token"}}, jwks, none, url, "lint.https.endpoints", "error", "fail",
        "token_endpoint");
    row("http loopback allowed",
        {{"issuer", "http://127.0.0.1:4000/"}, {"authorization_endpoint", "http://127.0.0.1:4000/authorize"}}, jwks, none,
        QStringLiteral("http://127.0.0.1:4000/"), "lint.https.endpoints", "info", "pass", "loopback");
    // Issue 19: endpoints Tokenscope refuses to fetch are errors, not silently passed.
    row("file: jwks_uri", {{"jwks_uri", "file:///etc/passwd"}}, jwks, none, url, "lint.https.endpoints", "error", "fail",
        "jwks_uri (file:///etc/passwd)");
    row("data: userinfo", {{"userinfo_endpoint", "data:application/json,{}"}}, jwks, none, url, "lint.https.endpoints", "error", "fail",
        "userinfo_endpoint");
    row("ftp: token endpoint", {{"token_endpoint", "ftp://tenant.example.com/token"}}, jwks, none, url, "lint.https.endpoints", "error", "fail",
        "Tokenscope refuses to fetch them");
    row("https without host", {{"revocation_endpoint", "https:///revoke"}}, jwks, none, url, "lint.https.endpoints", "error", "fail",
        "revocation_endpoint");

    // JWKS.
    row("jwks unreachable", none, "<unreachable>", none, url, "lint.jwks.reachable", "error", "fail", "HTTP 404");
    row("jwks not json", none, "<html>", none, url, "lint.jwks.parseable", "error", "fail", "not valid JSON");
    row("jwks empty", none, "{\"keys\":[]}", none, url, "lint.jwks.parseable", "error", "fail", "no keys");
    QJsonObject sameKid = rsaKey(QStringLiteral("k1b"));
    sameKid.insert(QStringLiteral("kid"), QStringLiteral("k1"));
    row("duplicate kids", none, jwksJson({rsaKey(QStringLiteral("k1")), sameKid}), none, url, "lint.jwks.unique_kids", "error", "fail", "\"k1\"");
    row("several keys without kid", none,
        jwksJson({[] {
                      QJsonObject k = rsaKey(QStringLiteral("a"));
                      k.remove(QStringLiteral("kid"));
                      return k;
                  }(),
                  rsaKey(QStringLiteral("b"))}),
        none, url, "lint.jwks.unique_kids", "error", "fail", "no kid");
    row("single key without kid", none,
        jwksJson({[] {
            QJsonObject k = rsaKey(QStringLiteral("a"));
            k.remove(QStringLiteral("kid"));
            return k;
        }()}),
        none, url, "lint.jwks.unique_kids", "warning", "pass", "rotation");
    // RFC 7517 section 5: keys of types Tokenscope cannot use (secp256k1, X25519 for encryption, AKP, unknown kty) are
    // ignored, not defects; they need no kid. The conformance suite's JWKS looks like this.
    const QByteArray withUnsupported = jwksJson({rsaKey(QStringLiteral("k1")), unsupportedKeys().at(0), unsupportedKeys().at(1),
                                                 unsupportedKeys().at(2), unsupportedKeys().at(3)});
    row("unsupported key types ignored", none, withUnsupported, none, url, "lint.jwks.key_defects", "info", "pass",
        "ignored, as RFC 7517 section 5 says: keys[1] (EC secp256k1), keys[2] (OKP X25519), keys[3] (AKP), keys[4] (FOO)");
    row("unsupported key types need no kid", none, withUnsupported, none, url, "lint.jwks.unique_kids", "info", "pass",
        "Keys of unsupported types ignored: 4.");
    row("unsupported key types and use_alg", none, withUnsupported, none, url, "lint.jwks.use_alg", "info", "pass", "");
    row("malformed key of a supported type stays an error", none,
        jwksJson({rsaKey(QStringLiteral("k1")),
                  [] {
                      QJsonObject k = TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec")).publicJwk();
                      k.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
                      return k;
                  }(),
                  unsupportedKeys().at(3)}),
        none, url, "lint.jwks.key_defects", "error", "fail", "are ignored, as RFC 7517 section 5 says: keys[2] (FOO)");
    row("one key of each type without kid", none,
        jwksJson({[] {
                      QJsonObject k = rsaKey(QStringLiteral("a"));
                      k.remove(QStringLiteral("kid"));
                      return k;
                  }(),
                  [] {
                      QJsonObject k = TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec")).publicJwk();
                      k.remove(QStringLiteral("kid"));
                      return k;
                  }()}),
        none, url, "lint.jwks.unique_kids", "warning", "pass", "only one of its type");
    row("rsa 1024", none, jwksJson({rsaKey(QStringLiteral("small"), 1024)}), none, url, "lint.jwks.rsa_key_size", "error", "fail", "1024 bits");
    row("rsa 2048", none, jwks, none, url, "lint.jwks.rsa_key_size", "info", "pass", "2048");
    row("rsa size not repeated as key defect", none, jwksJson({rsaKey(QStringLiteral("small"), 1024)}), none, url, "lint.jwks.key_defects", "info",
        "pass", "");
    row("use enc with signature alg", none,
        jwksJson({[] {
                      QJsonObject k = rsaKey(QStringLiteral("e"));
                      k.insert(QStringLiteral("use"), QStringLiteral("enc"));
                      return k;
                  }(),
                  rsaKey(QStringLiteral("s"))}),
        none, url, "lint.jwks.use_alg", "error", "fail", "use \"enc\"");
    row("alg does not fit key", none,
        jwksJson({[] {
            QJsonObject k = rsaKey(QStringLiteral("x"));
            k.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
            return k;
        }()}),
        none, url, "lint.jwks.use_alg", "error", "fail", "declares alg ES256");
    row("key_ops without verify", none,
        jwksJson({[] {
            QJsonObject k = rsaKey(QStringLiteral("x"));
            k.insert(QStringLiteral("key_ops"), strings({"encrypt"}));
            return k;
        }()}),
        none, url, "lint.jwks.use_alg", "warning", "pass", "verify");
    row("private material", none,
        jwksJson({[] {
            QJsonObject k = rsaKey(QStringLiteral("x"));
            k.insert(QStringLiteral("d"), QStringLiteral("AQAB"));
            return k;
        }()}),
        none, url, "lint.jwks.private_material", "error", "fail", "private members d");
    row("advertised alg without key", {{"id_token_signing_alg_values_supported", strings({"RS256", "ES256"})}}, jwks, none, url,
        "lint.jwks.covers_algs", "warning", "pass", "\"ES256\"");
    row("ec key covers ES256", {{"id_token_signing_alg_values_supported", strings({"RS256", "ES256"})}},
        jwksJson({rsaKey(QStringLiteral("r")), TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec")).publicJwk()}), none, url,
        "lint.jwks.covers_algs", "info", "pass", "");

    // Signing algorithms.
    row("alg none", {{"id_token_signing_alg_values_supported", strings({"RS256", "none"})}}, jwks, none, url, "lint.signing.none", "warning", "pass",
        "Discovery 3 allows it");
    row("hs only", {{"id_token_signing_alg_values_supported", strings({"HS256"})}}, jwks, none, url, "lint.signing.hs_only", "error", "fail", "RS256");
    row("hs only lacks rs256", {{"id_token_signing_alg_values_supported", strings({"HS256"})}}, jwks, none, url, "lint.signing.rs256", "error", "fail",
        "requires");
    row("hs next to rs", {{"id_token_signing_alg_values_supported", strings({"HS256", "RS256"})}}, jwks, none, url, "lint.signing.hs_only", "info",
        "pass", "confidential");
    row("profile alg offered", none, jwks, {{"expectedAlg", "RS256"}}, url, "lint.signing.profile_alg", "info", "pass", "");
    row("profile alg not offered", none, jwks, {{"expectedAlg", "PS256"}}, url, "lint.signing.profile_alg", "error", "fail", "PS256");

    // Response types and modes.
    row("profile type not offered", none, jwks, {{"responseType", "code token"}}, url, "lint.response_types.profile", "error", "fail", "code token");
    row("profile type in other order", none, jwks, {{"responseType", "id_token code"}}, url, "lint.response_types.profile", "info", "pass", "");
    row("profile mode not offered", {{"response_modes_supported", strings({"query", "fragment"})}}, jwks, {{"responseMode", "form_post"}}, url,
        "lint.response_modes.profile", "error", "fail", "form_post");
    row("profile mode not advertised at all", {{"response_modes_supported", "<remove>"}}, jwks, {{"responseMode", "form_post"}}, url,
        "lint.response_modes.profile", "warning", "pass", "does not advertise");
    row("query with tokens", none, jwks, {{"responseType", "code id_token"}, {"responseMode", "query"}}, url, "lint.response_modes.profile", "error",
        "fail", "query");

    // PKCE.
    row("plain offered", {{"code_challenge_methods_supported", strings({"S256", "plain"})}}, jwks, none, url, "lint.pkce.plain", "warning", "pass",
        "plain");
    row("s256 missing", {{"code_challenge_methods_supported", strings({"plain"})}}, jwks, none, url, "lint.pkce.s256", "error", "fail", "S256");
    row("pkce not advertised, public client", {{"code_challenge_methods_supported", "<remove>"}}, jwks, QJsonObject{}, url, "lint.pkce.s256", "error",
        "fail", "public client");
    row("pkce not advertised, confidential", {{"code_challenge_methods_supported", "<remove>"}}, jwks,
        {{"tokenEndpointAuth", "client_secret_basic"}, {"clientSecret", "s"}}, url, "lint.pkce.s256", "warning", "pass", "not advertised");

    // Grant types.
    row("no authorization_code grant", {{"grant_types_supported", strings({"implicit"})}}, jwks, none, url, "lint.grant_types.authorization_code",
        "error", "fail", "authorization_code");
    row("implicit offered", {{"grant_types_supported", strings({"authorization_code", "implicit"})}}, jwks, none, url, "lint.grant_types.implicit",
        "info", "pass", "RFC 9700");
    row("grant defaults", {{"grant_types_supported", "<remove>"}}, jwks, none, url, "lint.grant_types.implicit", "info", "pass", "default");
    row("offline_access without refresh grant", {{"grant_types_supported", strings({"authorization_code"})}}, jwks, none, url,
        "lint.grant_types.refresh_token", "warning", "pass", "offline_access");
    row("profile needs implicit", {{"grant_types_supported", strings({"authorization_code"})}}, jwks, {{"responseType", "code id_token"}}, url,
        "lint.grant_types.profile", "warning", "pass", "implicit");
    row("profile needs implicit, unregistered value listed", {{"grant_types_supported", strings({"authorization_code", "hybrid"})}}, jwks,
        {{"responseType", "code id_token"}}, url, "lint.grant_types.profile", "warning", "pass", "it lists \"hybrid\", which is not a registered grant type");
    row("token auth not offered", {{"token_endpoint_auth_methods_supported", strings({"client_secret_basic"})}}, jwks, none, url,
        "lint.token_auth.profile", "error", "fail", "\"none\"");
    row("unknown scope", none, jwks, {{"scope", "openid profle"}}, url, "lint.scopes.profile", "warning", "pass", "profle");

    // Endpoints and RFC 9207.
    row("no end_session", {{"end_session_endpoint", "<remove>"}}, jwks, none, url, "lint.endpoints.end_session", "warning", "pass", "RP-Initiated");
    row("no revocation", {{"revocation_endpoint", "<remove>"}}, jwks, none, url, "lint.endpoints.revocation", "warning", "pass", "RFC 7009");
    row("no introspection", {{"introspection_endpoint", "<remove>"}}, jwks, none, url, "lint.endpoints.introspection", "info", "pass", "RFC 7662");
    row("no userinfo", {{"userinfo_endpoint", "<remove>"}}, jwks, none, url, "lint.endpoints.userinfo", "warning", "pass", "userinfo");
    row("no iss parameter", {{"authorization_response_iss_parameter_supported", "<remove>"}}, jwks, none, url, "lint.iss_parameter", "warning", "pass",
        "mix-up");
    row("iss parameter false", {{"authorization_response_iss_parameter_supported", false}}, jwks, none, url, "lint.iss_parameter", "warning", "pass",
        "RFC 9207");
    row("without profile, profile checks skip", none, jwks, QJsonObject{{"<no profile>", true}}, url, "lint.response_types.profile", "info", "skip",
        "No profile");
}

void TestTenantLint::finding()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QByteArray, jwks);
    QFETCH(QJsonObject, profilePatch);
    QFETCH(QString, fetchedFrom);
    QFETCH(QString, id);
    QFETCH(QString, level);
    QFETCH(QString, status);
    QFETCH(QString, detailContains);

    const QJsonObject profile = profilePatch.contains(QStringLiteral("<no profile>")) ? QJsonObject{} : patched(goodProfile(), profilePatch);
    const FindingList findings = lintTenant(makeInput(patched(goodDocument(), patch), jwks, profile, fetchedFrom));
    const Finding *f = findFinding(findings, id);
    QVERIFY2(f, qPrintable(QStringLiteral("no finding %1 in\n%2").arg(id, dump(findings))));
    QVERIFY2(findingLevelName(f->level) == level && checkStatusName(f->status) == status, qPrintable(dump({*f})));
    QVERIFY2(f->detail.contains(detailContains), qPrintable(dump({*f})));
    // The detail of a problem says what to change: it is a sentence, not just a code.
    if (f->level != FindingLevel::Info)
        QVERIFY2(f->detail.size() > 40, qPrintable(dump({*f})));
}

void TestTenantLint::idsAreUniqueAndStable()
{
    const FindingList findings = lintTenant(makeInput(goodDocument(), goodJwks(), goodProfile(), kIssuer));
    QStringList ids;
    for (const Finding &f : findings) {
        QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
        QVERIFY(f.id.startsWith(QLatin1String("lint.")));
        ids << f.id;
    }
    const QStringList expected{
        "lint.discovery.document", "lint.metadata.required", "lint.metadata.types", "lint.metadata.recommended", "lint.issuer.format",
        "lint.issuer.matches_url", "lint.https.endpoints", "lint.jwks.reachable", "lint.jwks.parseable", "lint.jwks.key_defects",
        "lint.jwks.private_material", "lint.jwks.unique_kids", "lint.jwks.rsa_key_size", "lint.jwks.use_alg", "lint.jwks.covers_algs",
        "lint.signing.none", "lint.signing.hs_only", "lint.signing.rs256", "lint.signing.profile_alg", "lint.response_types.offered",
        "lint.response_types.profile", "lint.response_modes.offered", "lint.response_modes.profile", "lint.pkce.s256", "lint.pkce.plain",
        "lint.grant_types.authorization_code", "lint.grant_types.implicit", "lint.grant_types.refresh_token", "lint.grant_types.profile",
        "lint.token_auth.profile", "lint.scopes.profile", "lint.endpoints.userinfo", "lint.endpoints.end_session", "lint.endpoints.revocation",
        "lint.endpoints.introspection", "lint.iss_parameter"};
    QCOMPARE(ids, expected);
}

void TestTenantLint::noDocument()
{
    LintInput in;
    in.discoveryError = QStringLiteral("could not fetch https://x/.well-known/openid-configuration: HTTP 404");
    const FindingList findings = lintTenant(in);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, QStringLiteral("lint.discovery.document"));
    QCOMPARE(findings.first().level, FindingLevel::Error);
    QVERIFY(findings.first().detail.contains(QLatin1String("HTTP 404")));

    // Not JSON: the parse defect is the reason.
    LintInput html;
    html.metadata = parseProviderMetadata("<html>", QString());
    const FindingList f2 = lintTenant(html);
    QCOMPARE(f2.first().status, CheckStatus::Fail);
    QVERIFY2(f2.first().detail.contains(QLatin1String("not JSON")), qPrintable(f2.first().detail));
}

void TestTenantLint::json()
{
    const FindingList findings{Finding::error(QStringLiteral("lint.a"), QStringLiteral("x")), Finding::warning(QStringLiteral("lint.b"), QStringLiteral("y")),
                               Finding::skip(QStringLiteral("lint.c"), QStringLiteral("z"))};
    const QJsonArray a = findingsToJson(findings);
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.at(0).toObject(), (QJsonObject{{"id", "lint.a"}, {"level", "error"}, {"status", "fail"}, {"detail", "x"}}));
    QCOMPARE(a.at(1).toObject().value("status").toString(), QStringLiteral("pass"));
    QCOMPARE(a.at(1).toObject().value("level").toString(), QStringLiteral("warning"));
    QCOMPARE(a.at(2).toObject().value("status").toString(), QStringLiteral("skip"));
    QVERIFY(hasErrors(findings));
    QVERIFY(!hasErrors(findings.mid(1)));
}

void TestTenantLint::issuerMatchesUrl_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("fetchedFrom");
    QTest::addColumn<int>("level");
    const int I = int(FindingLevel::Info), E = int(FindingLevel::Error);
    const QString wk = QStringLiteral("/.well-known/openid-configuration");
    // OpenID Connect Discovery 4: issuer without its terminating "/", then /.well-known/openid-configuration.
    QTest::newRow("host, trailing slash (Auth0)") << "https://t.eu.auth0.com/" << "https://t.eu.auth0.com" + wk << I;
    QTest::newRow("host, no slash (Google)") << "https://accounts.google.com" << "https://accounts.google.com" + wk << I;
    QTest::newRow("path, no slash (Keycloak)") << "https://host/realms/x" << "https://host/realms/x" + wk << I;
    QTest::newRow("path, no slash (Okta)") << "https://x.okta.com/oauth2/default" << "https://x.okta.com/oauth2/default" + wk << I;
    QTest::newRow("path, no slash (Entra ID)") << "https://login.microsoftonline.com/TENANT/v2.0"
                                               << "https://login.microsoftonline.com/TENANT/v2.0" + wk << I;
    QTest::newRow("path, trailing slash") << "https://host/tenant/" << "https://host/tenant" + wk << I;
    QTest::newRow("loopback with port") << "http://127.0.0.1:3999/" << "http://127.0.0.1:3999" + wk << I;
    QTest::newRow("host differs in case only") << "https://T.example" << "https://t.example" + wk << I;
    QTest::newRow("another host") << "https://evil.example/" << "https://t.example" + wk << E;
    QTest::newRow("another path") << "https://host/realms/y" << "https://host/realms/x" + wk << E;
    QTest::newRow("issuer misses the path") << "https://host/" << "https://host/realms/x" + wk << E;
    QTest::newRow("issuer has an extra path") << "https://host/realms/x/extra" << "https://host/realms/x" + wk << E;
    QTest::newRow("another scheme") << "http://t.example" << "https://t.example" + wk << E;
    QTest::newRow("another port") << "https://t.example:8443" << "https://t.example" + wk << E;
    QTest::newRow("fetched from the issuer itself") << "https://t.example/" << "https://t.example/" << I;
    QTest::newRow("fetched from the issuer, other slash") << "https://t.example" << "https://t.example/" << I;
    QTest::newRow("fetched from another URL") << "https://t.example/" << "https://t.example/config.json" << E;
}

void TestTenantLint::issuerMatchesUrl()
{
    QFETCH(QString, issuer);
    QFETCH(QString, fetchedFrom);
    QFETCH(int, level);
    LintInput in;
    in.metadata = parseProviderMetadata(QJsonDocument(QJsonObject{{QStringLiteral("issuer"), issuer}}).toJson(), QString());
    in.fetchedFrom = QUrl(fetchedFrom);
    const FindingList findings = lintTenant(in);
    const Finding *f = findFinding(findings, QStringLiteral("lint.issuer.matches_url"));
    QVERIFY(f);
    QVERIFY2(int(f->level) == level, qPrintable(f->detail));
}

QTEST_GUILESS_MAIN(TestTenantLint)
#include "TestTenantLint.moc"
