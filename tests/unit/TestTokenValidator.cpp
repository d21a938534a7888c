#include "core/jose/Base64Url.h"
#include "TestKeys.h"
#include "core/oidc/TokenValidator.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {

// 2026-11-26 12:05:00 UTC; tokens that expired at 10:00:00 expired "2 h 5 min ago".
constexpr qint64 TenOClock = 1795687200;
constexpr qint64 Now = TenOClock + 2 * 3600 + 5 * 60;

const QString Issuer = QStringLiteral("https://idp.example/");
const QString ClientId = QStringLiteral("app");
const QString Api = QStringLiteral("https://api.example/");
const QString Nonce = QStringLiteral("n-0S6_WzA2Mj");
// OpenID Connect Core appendix A values and their left-half SHA-256 hashes.
const QString SpecCode = QStringLiteral("Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk");
const QString SpecCHash = QStringLiteral("LDktKdoQak3Pk0cnXxCltA");
const QString SpecAccessToken = QStringLiteral("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y");
const QString SpecAtHash = QStringLiteral("77QmUPtjPfzWtF2AnpK9RQ");
const QString SpecState = QStringLiteral("af0ifjsldkj");
const QString SpecSHash = QStringLiteral("bOhtX8F73IMjSPeVAqxyTQ");
const QByteArray ClientSecret = "a-client-secret-of-at-least-32-bytes!";

const QStringList IdTokenCheckIds{
    QStringLiteral("id_token.format"), QStringLiteral("id_token.alg"),     QStringLiteral("id_token.signature"),
    QStringLiteral("id_token.iss"),    QStringLiteral("id_token.aud"),     QStringLiteral("id_token.azp"),
    QStringLiteral("id_token.exp"),    QStringLiteral("id_token.iat"),     QStringLiteral("id_token.nbf"),
    QStringLiteral("id_token.auth_time"), QStringLiteral("nonce"),         QStringLiteral("id_token.c_hash"),
    QStringLiteral("id_token.at_hash"), QStringLiteral("id_token.s_hash"), QStringLiteral("id_token.sub")};
const QStringList AccessTokenCheckIds{QStringLiteral("access_token.format"), QStringLiteral("access_token.alg"),
                                      QStringLiteral("access_token.signature"), QStringLiteral("access_token.iss"),
                                      QStringLiteral("access_token.aud"), QStringLiteral("access_token.exp"),
                                      QStringLiteral("access_token.nbf")};

FixedClock g_clock(Now);
JwkSet g_jwks;       // k1, k2 (RSA), ec1 (P-256), ed1 (Ed25519)
JwkSet g_singleJwks; // k1 only
JwkSet g_brokenJwks; // not JSON

const TestKey &rsa1() { return TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")); }
const TestKey &rsa2() { return TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k2")); }
const TestKey &ec1() { return TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec1")); }
const TestKey &ed1() { return TestKey::cached(TestKey::Type::Ed25519, QStringLiteral("ed1")); }

enum class Tamper { None, Payload, Signature };

struct Scenario
{
    QJsonObject header;
    QJsonObject payload;
    ValidationContext ctx;
    const TestKey *key = nullptr; // signs RS/PS/ES/EdDSA
    QByteArray hsSecret;          // signs HS*
    QString signAlg;              // sign with this instead of the header's alg
    Tamper tamper = Tamper::None;
    QByteArray token;             // used as is when set

    QByteArray build() const
    {
        if (!token.isEmpty())
            return token;
        const QString alg = header.value(QLatin1String("alg")).toString();
        QByteArray out;
        if (alg.startsWith(QLatin1String("HS")))
            out = signJwtHs(header, payload, hsSecret);
        else if (signAlg.isEmpty() && (alg.isEmpty() || alg == QLatin1String("none")))
            out = assembleJwt(compactJson(header), compactJson(payload), {});
        else
            out = signJwt(header, payload, *key, signAlg);
        QList<QByteArray> parts = out.split('.');
        if (tamper == Tamper::Payload) {
            QJsonObject changed = payload;
            changed.insert(QStringLiteral("sub"), QStringLiteral("admin"));
            parts[1] = Base64Url::encode(compactJson(changed));
        } else if (tamper == Tamper::Signature) {
            QByteArray sig = *Base64Url::decode(parts[2]);
            sig[0] = char(sig[0] ^ 0x80);
            parts[2] = Base64Url::encode(sig);
        }
        return parts.join('.');
    }
};

using Mutator = std::function<void(Scenario &)>;

Scenario idTokenScenario()
{
    Scenario s;
    s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("k1")},
                           {QStringLiteral("typ"), QStringLiteral("JWT")}};
    s.payload = QJsonObject{{QStringLiteral("iss"), Issuer},
                            {QStringLiteral("sub"), QStringLiteral("user-1")},
                            {QStringLiteral("aud"), ClientId},
                            {QStringLiteral("exp"), Now + 3600},
                            {QStringLiteral("iat"), Now - 5},
                            {QStringLiteral("auth_time"), Now - 30},
                            {QStringLiteral("nonce"), Nonce}};
    s.ctx.clock = &g_clock;
    s.ctx.issuer = Issuer;
    s.ctx.clientId = ClientId;
    s.ctx.jwks = &g_jwks;
    s.ctx.nonce = Nonce;
    s.key = &rsa1();
    s.hsSecret = ClientSecret;
    return s;
}

Scenario accessTokenScenario()
{
    Scenario s;
    s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), QStringLiteral("k1")},
                           {QStringLiteral("typ"), QStringLiteral("at+jwt")}};
    s.payload = QJsonObject{{QStringLiteral("iss"), Issuer},
                            {QStringLiteral("sub"), QStringLiteral("user-1")},
                            {QStringLiteral("aud"), QJsonArray{Api, ClientId}},
                            {QStringLiteral("client_id"), ClientId},
                            {QStringLiteral("scope"), QStringLiteral("openid read:tests")},
                            {QStringLiteral("exp"), Now + 7200},
                            {QStringLiteral("iat"), Now - 5}};
    s.ctx.clock = &g_clock;
    s.ctx.issuer = Issuer;
    s.ctx.audience = Api;
    s.ctx.jwks = &g_jwks;
    s.key = &rsa1();
    s.hsSecret = ClientSecret;
    return s;
}

QString describe(const CheckList &checks)
{
    QStringList lines;
    for (const Check &c : checks)
        lines.append(QStringLiteral("%1 %2: %3").arg(checkStatusName(c.status), c.id, c.detail));
    return lines.join(QLatin1Char('\n'));
}

QStringList ids(const CheckList &checks)
{
    QStringList out;
    for (const Check &c : checks)
        out.append(c.id);
    return out;
}

void set(Scenario &s, const char *claim, const QJsonValue &value)
{
    if (value.isUndefined())
        s.payload.remove(QLatin1String(claim));
    else
        s.payload.insert(QLatin1String(claim), value);
}

} // namespace

Q_DECLARE_METATYPE(Mutator)
Q_DECLARE_METATYPE(tokenscope::CheckStatus)

class TestTokenValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void idToken_data();
    void idToken();
    void validIdTokenPassesEverything();
    void undecodableTokenSkipsTheRest();
    void unknownKidAsksForRefetch();
    void familyMismatchIsNotAnUnknownKid();
    void missingClockFallsBackToSystemTime();
    void accessToken_data();
    void accessToken();
    void validAccessTokenPasses();
    void manyTokensReuseImportedKeys();

private:
    void addRow(const char *name, const Mutator &mutate, const QString &checkId, CheckStatus status, const QString &detail);
};

void TestTokenValidator::initTestCase()
{
    g_jwks = parseJwks(jwksJson({rsa1().publicJwk(), rsa2().publicJwk(), ec1().publicJwk(), ed1().publicJwk()}));
    QVERIFY2(g_jwks.defects.isEmpty(), qPrintable(g_jwks.defects.join(QLatin1String("; "))));
    QCOMPARE(g_jwks.keys.size(), 4);
    g_singleJwks = parseJwks(jwksJson({rsa1().publicJwk()}));
    QCOMPARE(g_singleJwks.keys.size(), 1);
    g_brokenJwks = parseJwks("<html>Service unavailable</html>");
    QVERIFY(!g_brokenJwks.parsed);
}

void TestTokenValidator::addRow(const char *name, const Mutator &mutate, const QString &checkId, CheckStatus status, const QString &detail)
{
    QTest::newRow(name) << mutate << checkId << status << detail;
}

void TestTokenValidator::idToken_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("detail"); // the check's detail must contain this

    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto S = CheckStatus::Skip;
    const Mutator none = [](Scenario &) {};
    const QString sig = QStringLiteral("id_token.signature");
    const QString alg = QStringLiteral("id_token.alg");

    // format
    addRow("format ok", none, QStringLiteral("id_token.format"), P, QStringLiteral("a well-formed signed JWT (JWS compact serialization) with 7 claims"));
    addRow("format: crit header", [](Scenario &s) { s.header.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}); },
           QStringLiteral("id_token.format"), F, QStringLiteral("the token can be read, but: the header has \"crit\" (b64)"));
    addRow("crit header: signature still checked", [](Scenario &s) { s.header.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}); },
           sig, P, QStringLiteral("RS256, key k1 from the JWKS"));

    // alg
    addRow("alg allowed", none, alg, P, QStringLiteral("RS256 (allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, HS256, HS384, HS512)"));
    addRow("alg none, no signature", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("none")); },
           alg, F, QStringLiteral("alg is \"none\": the token is unsigned, and unsigned tokens are never accepted"));
    addRow("alg none, no signature: signature fails", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("none")); },
           sig, F, QStringLiteral("the token is unsigned (alg \"none\")"));
    addRow("alg none with a signature", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("none"));
               s.signAlg = QStringLiteral("RS256");
           },
           sig, F, QStringLiteral("the token is unsigned (alg \"none\"); the 256-byte signature part is ignored"));
    addRow("alg None (any case)", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("None")); },
           alg, F, QStringLiteral("alg is \"None\": the token is unsigned"));
    addRow("alg none even when allowed", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("none"));
               s.ctx.allowedAlgs = QStringList{QStringLiteral("none"), QStringLiteral("RS256")};
           },
           sig, F, QStringLiteral("the token is unsigned (alg \"none\")"));
    addRow("alg not in the allow-list", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("ec1")}};
               s.key = &ec1();
               s.ctx.allowedAlgs = QStringList{QStringLiteral("RS256")};
           },
           alg, F, QStringLiteral("alg ES256 is not allowed here (allowed: RS256)"));
    addRow("alg not in the allow-list: signature not verified", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("ec1")}};
               s.key = &ec1();
               s.ctx.allowedAlgs = QStringList{QStringLiteral("RS256")};
           },
           sig, F, QStringLiteral("not verified: alg ES256 is not allowed here (allowed: RS256) (see id_token.alg)"));
    addRow("HS256 not in the allow-list", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.ctx.allowedAlgs = QStringList{QStringLiteral("RS256")};
               s.ctx.clientSecret = ClientSecret;
           },
           sig, F, QStringLiteral("not verified: alg HS256 is not allowed here"));
    addRow("alg unsupported", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("ES256K")); s.signAlg = QStringLiteral("RS256"); },
           alg, F, QStringLiteral("alg \"ES256K\" is not supported (supported: RS256,"));
    addRow("alg missing", [](Scenario &s) { s.header.remove(QStringLiteral("alg")); }, alg, F, QStringLiteral("the header has no alg"));
    addRow("alg differs from the profile's", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
               s.ctx.expectedAlg = QStringLiteral("RS256");
           },
           alg, F, QStringLiteral("alg is PS256, but the profile expects RS256"));
    addRow("alg as the profile expects", [](Scenario &s) { s.ctx.expectedAlg = QStringLiteral("RS256"); }, alg, P,
           QStringLiteral("RS256, as the profile expects"));

    // signature and key selection
    addRow("signature ok", none, sig, P, QStringLiteral("RS256, key k1 from the JWKS"));
    addRow("signature with the second key", [](Scenario &s) { s.header.insert(QStringLiteral("kid"), QStringLiteral("k2")); s.key = &rsa2(); },
           sig, P, QStringLiteral("RS256, key k2 from the JWKS"));
    addRow("PS384", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("PS384")); }, sig, P, QStringLiteral("PS384, key k1 from the JWKS"));
    addRow("ES256", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("ec1")}};
               s.key = &ec1();
           },
           sig, P, QStringLiteral("ES256, key ec1 from the JWKS"));
    addRow("EdDSA", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("kid"), QStringLiteral("ed1")}};
               s.key = &ed1();
           },
           sig, P, QStringLiteral("EdDSA (Ed25519), key ed1 from the JWKS"));
    addRow("tampered payload", [](Scenario &s) { s.tamper = Tamper::Payload; }, sig, F,
           QStringLiteral("signature does not verify with RS256 key k1 from the JWKS"));
    addRow("tampered signature", [](Scenario &s) { s.tamper = Tamper::Signature; }, sig, F,
           QStringLiteral("signature does not verify with RS256 key k1 from the JWKS"));
    addRow("signed by another key with the same kid", [](Scenario &s) { s.key = &rsa2(); }, sig, F,
           QStringLiteral("signature does not verify with RS256 key k1 from the JWKS"));
    addRow("unknown kid", [](Scenario &s) { s.header.insert(QStringLiteral("kid"), QStringLiteral("k9")); }, sig, F,
           QStringLiteral("no key with kid k9 in the JWKS (kids: k1, k2, ec1, ed1)"));
    addRow("no kid, one key in the JWKS", [](Scenario &s) {
               s.header.remove(QStringLiteral("kid"));
               s.ctx.jwks = &g_singleJwks;
           },
           sig, P, QStringLiteral("RS256, key k1 from the JWKS (the token has no kid; the JWKS has exactly one key for RS256)"));
    addRow("no kid, two RSA keys", [](Scenario &s) { s.header.remove(QStringLiteral("kid")); }, sig, F,
           QStringLiteral("the token has no kid, and the JWKS has 2 keys that could verify RS256 (key k1 from the JWKS, key k2 from the JWKS); "
                          "OpenID Connect Core 10.1 requires a kid when the JWKS has several keys"));
    addRow("no kid, one EC key among others", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}};
               s.key = &ec1();
           },
           sig, P, QStringLiteral("ES256, key ec1 from the JWKS (the token has no kid; the JWKS has exactly one key for ES256)"));
    addRow("no kid, no key of the family", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}};
               s.key = &ec1();
               s.ctx.jwks = &g_singleJwks;
           },
           sig, F, QStringLiteral("the JWKS has no key that can verify ES256, which needs an EC P-256 key with use \"sig\" (the JWKS has k1: RSA)"));
    addRow("family mismatch: RS256 header, EC key kid", [](Scenario &s) {
               s.header.insert(QStringLiteral("kid"), QStringLiteral("ec1"));
               s.key = &ec1();
               s.signAlg = QStringLiteral("ES256");
           },
           sig, F, QStringLiteral("key ec1 from the JWKS is an EC P-256 key (from its JWK kty/crv), but RS256 needs an RSA key; the key type is never taken from the token"));
    addRow("family mismatch: ES256 header, RSA key kid", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
               s.key = &ec1();
           },
           sig, F, QStringLiteral("key k1 from the JWKS is an RSA key (from its JWK kty/crv), but ES256 needs an EC P-256 key"));
    addRow("no JWKS", [](Scenario &s) { s.ctx.jwks = nullptr; }, sig, S, QStringLiteral("not verified: no JWKS is available for the RS256 signature"));
    addRow("JWKS could not be read", [](Scenario &s) { s.ctx.jwks = &g_brokenJwks; }, sig, F,
           QStringLiteral("the JWKS could not be read: the JWKS is not valid JSON"));

    // HS*: only ever the client secret
    addRow("HS256 with the client secret", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.ctx.clientSecret = ClientSecret;
           },
           sig, P, QStringLiteral("HS256, the client secret"));
    addRow("HS256 without a client secret", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256")); }, sig, F,
           QStringLiteral("HS256 tokens are verified with the client secret, and no client secret is configured"));
    addRow("HS256 with another secret", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.ctx.clientSecret = "another-client-secret-of-32-bytes-or-more";
           },
           sig, F, QStringLiteral("the HS256 signature does not verify with the client secret"));
    addRow("RS/HS confusion: HMAC with the RSA public key, no secret", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.hsSecret = rsa1().publicPem();
           },
           sig, F, QStringLiteral("HS256 tokens are verified with the client secret, and no client secret is configured"));
    addRow("RS/HS confusion: HMAC with the RSA public key, with a secret", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.hsSecret = rsa1().publicPem();
               s.ctx.clientSecret = ClientSecret;
           },
           sig, F, QStringLiteral("the HS256 signature does not verify with the client secret"));
    addRow("RS/HS confusion: HMAC with the JWK modulus", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.hsSecret = rsa1().publicJwk().value(QLatin1String("n")).toString().toLatin1();
               s.ctx.clientSecret = ClientSecret;
           },
           sig, F, QStringLiteral("the HS256 signature does not verify with the client secret"));

    // iss
    addRow("iss ok", none, QStringLiteral("id_token.iss"), P, QStringLiteral("iss is \"https://idp.example/\", as expected"));
    addRow("iss differs", [](Scenario &s) { set(s, "iss", QStringLiteral("https://evil.example/")); }, QStringLiteral("id_token.iss"), F,
           QStringLiteral("iss is \"https://evil.example/\", but the expected issuer is \"https://idp.example/\""));
    addRow("iss without trailing slash", [](Scenario &s) { set(s, "iss", QStringLiteral("https://idp.example")); }, QStringLiteral("id_token.iss"), F,
           QStringLiteral("they differ only in the trailing slash, and the issuer must match exactly"));
    addRow("iss missing", [](Scenario &s) { set(s, "iss", QJsonValue::Undefined); }, QStringLiteral("id_token.iss"), F,
           QStringLiteral("the token has no iss claim; \"https://idp.example/\" was expected"));
    addRow("no expected issuer", [](Scenario &s) { s.ctx.issuer.clear(); }, QStringLiteral("id_token.iss"), S,
           QStringLiteral("no expected issuer is configured"));

    // aud and azp
    addRow("aud ok", none, QStringLiteral("id_token.aud"), P, QStringLiteral("aud is the client id \"app\""));
    addRow("aud other", [](Scenario &s) { set(s, "aud", QStringLiteral("other")); }, QStringLiteral("id_token.aud"), F,
           QStringLiteral("aud \"other\" does not contain the client id \"app\""));
    addRow("aud array without the client", [](Scenario &s) { set(s, "aud", QJsonArray{QStringLiteral("a"), QStringLiteral("b")}); },
           QStringLiteral("id_token.aud"), F, QStringLiteral("aud [\"a\", \"b\"] does not contain the client id \"app\""));
    addRow("aud missing", [](Scenario &s) { set(s, "aud", QJsonValue::Undefined); }, QStringLiteral("id_token.aud"), F,
           QStringLiteral("the token has no aud claim; an ID token must name the client id \"app\""));
    addRow("aud with no client id configured", [](Scenario &s) { s.ctx.clientId.clear(); }, QStringLiteral("id_token.aud"), S,
           QStringLiteral("no client id is configured to compare aud with"));
    addRow("aud array with azp: aud", [](Scenario &s) {
               set(s, "aud", QJsonArray{ClientId, Api});
               set(s, "azp", ClientId);
           },
           QStringLiteral("id_token.aud"), P, QStringLiteral("aud contains the client id \"app\" and also \"https://api.example/\""));
    addRow("aud array with azp: azp", [](Scenario &s) {
               set(s, "aud", QJsonArray{ClientId, Api});
               set(s, "azp", ClientId);
           },
           QStringLiteral("id_token.azp"), P, QStringLiteral("azp is the client id \"app\""));
    addRow("aud array without azp", [](Scenario &s) { set(s, "aud", QJsonArray{ClientId, Api}); }, QStringLiteral("id_token.azp"), F,
           QStringLiteral("aud has 2 values but there is no azp claim"));
    addRow("azp of another client", [](Scenario &s) { set(s, "azp", QStringLiteral("other")); }, QStringLiteral("id_token.azp"), F,
           QStringLiteral("azp is \"other\", but the client id is \"app\""));
    addRow("single aud, no azp", none, QStringLiteral("id_token.azp"), S, QStringLiteral("no azp claim (needed only when aud has several values)"));
    addRow("single-element aud array, no azp", [](Scenario &s) { set(s, "aud", QJsonArray{ClientId}); }, QStringLiteral("id_token.azp"), S,
           QStringLiteral("no azp claim"));

    // exp
    const QString exp = QStringLiteral("id_token.exp");
    addRow("expired 2 h 5 min ago", [](Scenario &s) { set(s, "exp", TenOClock); }, exp, F,
           QStringLiteral("expired 2 h 5 min ago at 2026-11-26 10:00:00 UTC (clock skew allowed: 60 s)"));
    addRow("expired within the skew", [](Scenario &s) { set(s, "exp", Now - 30); }, exp, P,
           QStringLiteral("expired 30 s ago at 2026-11-26 12:04:30 UTC, within the allowed clock skew of 60 s"));
    addRow("expired exactly the skew ago", [](Scenario &s) { set(s, "exp", Now - 60); }, exp, F,
           QStringLiteral("expired 1 min ago at 2026-11-26 12:04:00 UTC (clock skew allowed: 60 s)"));
    addRow("expired, no skew allowed", [](Scenario &s) { set(s, "exp", Now - 1); s.ctx.skewSecs = 0; }, exp, F,
           QStringLiteral("expired 1 s ago at 2026-11-26 12:04:59 UTC (clock skew allowed: 0 s)"));
    addRow("expires in 1 h", none, exp, P, QStringLiteral("expires in 1 h, at 2026-11-26 13:05:00 UTC"));
    addRow("expired 3 days ago", [](Scenario &s) { set(s, "exp", Now - 3 * 86400 - 4 * 3600); }, exp, F,
           QStringLiteral("expired 3 d 4 h ago at 2026-11-23 08:05:00 UTC"));
    addRow("fractional exp", [](Scenario &s) { set(s, "exp", double(Now) + 90.75); }, exp, P,
           QStringLiteral("expires in 1 min 30 s, at 2026-11-26 12:06:30 UTC"));
    addRow("exp missing", [](Scenario &s) { set(s, "exp", QJsonValue::Undefined); }, exp, F,
           QStringLiteral("the token has no exp claim, which every ID token must have (OpenID Connect Core 2)"));
    addRow("exp is a string", [](Scenario &s) { set(s, "exp", QString::number(Now + 3600)); }, exp, F,
           QStringLiteral("exp is not a number"));
    addRow("exp absurdly large", [](Scenario &s) { set(s, "exp", 1e300); }, exp, F, QStringLiteral("which is not a plausible date"));

    // iat
    const QString iat = QStringLiteral("id_token.iat");
    addRow("iat ok", none, iat, P, QStringLiteral("issued 5 s ago at 2026-11-26 12:04:55 UTC"));
    addRow("iat 2 min in the future", [](Scenario &s) { set(s, "iat", Now + 120); }, iat, F,
           QStringLiteral("issued 2 min in the future, at 2026-11-26 12:07:00 UTC (clock skew allowed: 60 s); check this computer's clock or the provider's"));
    addRow("iat in the future within the skew", [](Scenario &s) { set(s, "iat", Now + 30); }, iat, P,
           QStringLiteral("within the allowed clock skew of 60 s"));
    addRow("iat missing", [](Scenario &s) { set(s, "iat", QJsonValue::Undefined); }, iat, F,
           QStringLiteral("the token has no iat claim, which every ID token must have"));
    // Core 3.1.3.7 (10): the client may limit the age of iat; the flow does for the authorization response's ID token.
    addRow("iat a week ago, no limit", [](Scenario &s) { set(s, "iat", Now - 7 * 86400); set(s, "auth_time", Now - 7 * 86400 - 60); }, iat, P,
           QStringLiteral("issued 7 d ago at 2026-11-19 12:05:00 UTC"));
    addRow("iat a week ago, limit 1 h", [](Scenario &s) { s.ctx.maxIatAgeSecs = MaxFrontChannelIatAgeSecs; set(s, "iat", Now - 7 * 86400); set(s, "auth_time", Now - 7 * 86400 - 60); },
           iat, F,
           QStringLiteral("issued 7 d ago, at 2026-11-19 12:05:00 UTC: too far in the past for an ID token that arrives with the authorization response"));
    addRow("iat 1 h + skew ago, limit 1 h", [](Scenario &s) { s.ctx.maxIatAgeSecs = 3600; set(s, "iat", Now - 3660); set(s, "auth_time", Now - 3700); }, iat, P,
           QStringLiteral("issued 1 h 1 min ago"));
    addRow("iat 1 h + skew + 1 s ago, limit 1 h", [](Scenario &s) { s.ctx.maxIatAgeSecs = 3600; set(s, "iat", Now - 3661); set(s, "auth_time", Now - 3700); },
           iat, F, QStringLiteral("too far in the past"));

    // nbf
    const QString nbf = QStringLiteral("id_token.nbf");
    addRow("nbf absent", none, nbf, S, QStringLiteral("no nbf claim"));
    addRow("nbf in the past", [](Scenario &s) { set(s, "nbf", Now - 10); }, nbf, P, QStringLiteral("valid since 2026-11-26 12:04:50 UTC (10 s ago)"));
    addRow("nbf in 10 min", [](Scenario &s) { set(s, "nbf", Now + 600); }, nbf, F,
           QStringLiteral("not valid before 2026-11-26 12:15:00 UTC, 10 min from now (clock skew allowed: 60 s)"));
    addRow("nbf within the skew", [](Scenario &s) { set(s, "nbf", Now + 60); }, nbf, P,
           QStringLiteral("valid from 2026-11-26 12:06:00 UTC, 1 min from now but within the allowed clock skew of 60 s"));

    // auth_time
    const QString authTime = QStringLiteral("id_token.auth_time");
    addRow("auth_time without max_age", none, authTime, P,
           QStringLiteral("the user authenticated 30 s ago at 2026-11-26 12:04:30 UTC (no max_age was sent, so any age is acceptable)"));
    addRow("no auth_time, no max_age", [](Scenario &s) { set(s, "auth_time", QJsonValue::Undefined); }, authTime, S,
           QStringLiteral("no max_age was sent and the token has no auth_time"));
    addRow("auth_time within max_age", [](Scenario &s) { s.ctx.maxAge = 300; set(s, "auth_time", Now - 200); }, authTime, P,
           QStringLiteral("the user authenticated 3 min 20 s ago at 2026-11-26 12:01:40 UTC, within max_age 300 s"));
    addRow("auth_time at max_age + skew", [](Scenario &s) { s.ctx.maxAge = 300; set(s, "auth_time", Now - 360); }, authTime, P,
           QStringLiteral("within max_age 300 s"));
    addRow("auth_time beyond max_age + skew", [](Scenario &s) { s.ctx.maxAge = 300; set(s, "auth_time", Now - 361); }, authTime, F,
           QStringLiteral("longer ago than max_age 300 s allows (clock skew allowed: 60 s)"));
    addRow("auth_time far too old", [](Scenario &s) { s.ctx.maxAge = 300; set(s, "auth_time", Now - 1000); }, authTime, F,
           QStringLiteral("the user authenticated 16 min 40 s ago at 2026-11-26 11:48:20 UTC, longer ago than max_age 300 s allows (clock skew allowed: 60 s); "
                          "the provider should have asked the user to log in again"));
    addRow("max_age sent, auth_time missing", [](Scenario &s) { s.ctx.maxAge = 300; set(s, "auth_time", QJsonValue::Undefined); }, authTime, F,
           QStringLiteral("max_age=300 was sent, so the token must have auth_time (OpenID Connect Core 3.1.2.1), and it has none"));
    addRow("max_age=0", [](Scenario &s) { s.ctx.maxAge = 0; set(s, "auth_time", Now - 5); }, authTime, P, QStringLiteral("within max_age 0 s"));
    addRow("auth_time in the future", [](Scenario &s) { set(s, "auth_time", Now + 3600); }, authTime, F,
           QStringLiteral("the user authenticated 1 h in the future"));
    // Issue 12.8: a placeholder is not a time; after iat is impossible; the flow's ID tokens describe one authentication.
    addRow("auth_time 0", [](Scenario &s) { set(s, "auth_time", 0); }, authTime, F,
           QStringLiteral("auth_time is 0 (1970-01-01 00:00:00 UTC), before any OpenID Connect authentication could have happened"));
    addRow("auth_time in 1970", [](Scenario &s) { set(s, "auth_time", 86400 * 30); }, authTime, F,
           QStringLiteral("before any OpenID Connect authentication could have happened"));
    addRow("auth_time the day before OIDC Core", [](Scenario &s) { set(s, "auth_time", EarliestPlausibleAuthTime - 86400); }, authTime, F,
           QStringLiteral("before any OpenID Connect authentication"));
    addRow("auth_time the day OIDC Core appeared", [](Scenario &s) { set(s, "auth_time", EarliestPlausibleAuthTime); }, authTime, P,
           QStringLiteral("the user authenticated"));
    addRow("auth_time after iat", [](Scenario &s) { set(s, "iat", Now - 600); set(s, "auth_time", Now - 300); }, authTime, F,
           QStringLiteral("5 min after the token was issued"));
    addRow("auth_time after iat within the skew", [](Scenario &s) { set(s, "iat", Now - 600); set(s, "auth_time", Now - 560); }, authTime, P,
           QStringLiteral("the user authenticated"));
    addRow("auth_time equals the earlier ID token's", [](Scenario &s) { s.ctx.expectedAuthTime = Now - 30; }, authTime, P,
           QStringLiteral("the user authenticated 30 s ago"));
    addRow("auth_time differs from the earlier ID token's", [](Scenario &s) { s.ctx.expectedAuthTime = Now - 31; }, authTime, F,
           QStringLiteral("but the earlier ID token of this flow has 2026-11-26 12:04:29 UTC: both describe the same authentication"));
    addRow("no auth_time, the earlier ID token had one", [](Scenario &s) {
               s.ctx.expectedAuthTime = Now - 30;
               set(s, "auth_time", QJsonValue::Undefined);
           },
           authTime, S, QStringLiteral("no max_age was sent and the token has no auth_time"));

    // nonce
    const QString nonce = QStringLiteral("nonce");
    addRow("nonce matches", none, nonce, P, QStringLiteral("matches the nonce sent in the authorization request"));
    addRow("nonce mismatch", [](Scenario &s) { set(s, "nonce", QStringLiteral("replayed")); }, nonce, F,
           QStringLiteral("the token's nonce \"replayed\" does not match the nonce sent, \"n-0S6_WzA2Mj\""));
    addRow("nonce sent, missing", [](Scenario &s) { set(s, "nonce", QJsonValue::Undefined); }, nonce, F,
           QStringLiteral("a nonce was sent in the authorization request, but the token has no nonce claim"));
    addRow("nonce required, none sent, missing", [](Scenario &s) {
               set(s, "nonce", QJsonValue::Undefined);
               s.ctx.nonce.reset();
               s.ctx.nonceRequired = true;
           },
           nonce, F, QStringLiteral("must carry the nonce of the request (OpenID Connect Core 3.2.2.11)"));
    addRow("no nonce sent, token has one", [](Scenario &s) { s.ctx.nonce.reset(); }, nonce, P,
           QStringLiteral("the token has nonce \"n-0S6_WzA2Mj\", but no nonce was sent"));
    addRow("no nonce sent, none in the token", [](Scenario &s) {
               s.ctx.nonce.reset();
               set(s, "nonce", QJsonValue::Undefined);
           },
           nonce, S, QStringLiteral("no nonce was sent"));
    addRow("nonce is a number", [](Scenario &s) { set(s, "nonce", 5); }, nonce, F, QStringLiteral("the token's nonce is not a string"));

    // c_hash, at_hash, s_hash
    const QString cHash = QStringLiteral("id_token.c_hash");
    const QString atHash = QStringLiteral("id_token.at_hash");
    const QString sHash = QStringLiteral("id_token.s_hash");
    addRow("c_hash matches (OIDC example)", [](Scenario &s) { set(s, "c_hash", SpecCHash); s.ctx.code = SpecCode; }, cHash, P,
           QStringLiteral("c_hash matches the authorization code (left half of its SHA-256)"));
    addRow("c_hash wrong", [](Scenario &s) { set(s, "c_hash", QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")); s.ctx.code = SpecCode; }, cHash, F,
           QStringLiteral("c_hash is \"AAAAAAAAAAAAAAAAAAAAAA\", but the left half of the SHA-256 of the authorization code is \"LDktKdoQak3Pk0cnXxCltA\""));
    addRow("c_hash required, missing", [](Scenario &s) { s.ctx.code = SpecCode; s.ctx.cHashRequired = true; }, cHash, F,
           QStringLiteral("c_hash is required in an ID token from the authorization endpoint when a code is returned with it (OpenID Connect Core 3.3.2.11)"));
    addRow("c_hash absent, not required", [](Scenario &s) { s.ctx.code = SpecCode; }, cHash, S, QStringLiteral("no c_hash claim"));
    addRow("c_hash present, no code known", [](Scenario &s) { set(s, "c_hash", SpecCHash); }, cHash, S,
           QStringLiteral("the token has c_hash, but the authorization code is not available to check it against"));
    addRow("at_hash matches (OIDC example)", [](Scenario &s) { set(s, "at_hash", SpecAtHash); s.ctx.accessToken = SpecAccessToken; }, atHash, P,
           QStringLiteral("at_hash matches the access token (left half of its SHA-256)"));
    addRow("at_hash of another token", [](Scenario &s) { set(s, "at_hash", SpecAtHash); s.ctx.accessToken = QStringLiteral("other"); }, atHash, F,
           QStringLiteral("at_hash is \"77QmUPtjPfzWtF2AnpK9RQ\", but the left half of the SHA-256 of the access token is"));
    addRow("at_hash required, missing", [](Scenario &s) { s.ctx.accessToken = SpecAccessToken; s.ctx.atHashRequired = true; }, atHash, F,
           QStringLiteral("at_hash is required in an ID token from the authorization endpoint"));
    addRow("at_hash required, missing, no token either", [](Scenario &s) { s.ctx.atHashRequired = true; }, atHash, F,
           QStringLiteral("at_hash is required"));
    addRow("at_hash, ES256 uses SHA-256", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), QStringLiteral("ec1")}};
               s.key = &ec1();
               set(s, "at_hash", SpecAtHash);
               s.ctx.accessToken = SpecAccessToken;
           },
           atHash, P, QStringLiteral("at_hash matches the access token"));
    addRow("at_hash, RS512 uses SHA-512", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("RS512"));
               set(s, "at_hash", SpecAtHash);
               s.ctx.accessToken = SpecAccessToken;
           },
           atHash, F, QStringLiteral("but the left half of the SHA-512 of the access token is"));
    addRow("at_hash, EdDSA Ed25519 uses SHA-512", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("kid"), QStringLiteral("ed1")}};
               s.key = &ed1();
               set(s, "at_hash", QStringLiteral("8xltSlOGYrWy8W9yNvRlEth1i_bXW-JROWPLvCv5zog"));
               s.ctx.accessToken = QStringLiteral("dNZX1hEZ9wBCzNL40Upu646bdzQA");
           },
           atHash, P, QStringLiteral("at_hash matches the access token (left half of its SHA-512)"));
    addRow("at_hash, EdDSA with an unknown key", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("EdDSA")}, {QStringLiteral("kid"), QStringLiteral("nope")}};
               s.key = &ed1();
               set(s, "at_hash", QStringLiteral("8xltSlOGYrWy8W9yNvRlEth1i_bXW-JROWPLvCv5zog"));
               s.ctx.accessToken = QStringLiteral("dNZX1hEZ9wBCzNL40Upu646bdzQA");
           },
           atHash, S, QStringLiteral("EdDSA hashes depend on the curve (Ed25519 or Ed448), and no key was found to tell which"));
    addRow("s_hash matches", [](Scenario &s) { set(s, "s_hash", SpecSHash); s.ctx.state = SpecState; }, sHash, P,
           QStringLiteral("s_hash matches the state (left half of its SHA-256)"));
    addRow("s_hash wrong", [](Scenario &s) { set(s, "s_hash", SpecSHash); s.ctx.state = QStringLiteral("other-state"); }, sHash, F,
           QStringLiteral("but the left half of the SHA-256 of the state is"));
    addRow("s_hash required, missing", [](Scenario &s) { s.ctx.state = SpecState; s.ctx.sHashRequired = true; }, sHash, F,
           QStringLiteral("s_hash is required for this response, but the token has none"));
    addRow("s_hash absent", none, sHash, S, QStringLiteral("no s_hash claim"));

    // sub
    const QString sub = QStringLiteral("id_token.sub");
    addRow("sub, nothing to compare", none, sub, S, QStringLiteral("sub is \"user-1\"; there is no earlier ID token in this flow to compare it with"));
    addRow("sub same as earlier", [](Scenario &s) { s.ctx.expectedSub = QStringLiteral("user-1"); }, sub, P,
           QStringLiteral("sub \"user-1\" is the same as in the earlier ID token of this flow"));
    addRow("sub differs from earlier", [](Scenario &s) { s.ctx.expectedSub = QStringLiteral("user-2"); }, sub, F,
           QStringLiteral("sub is \"user-1\", but the earlier ID token of this flow had \"user-2\""));
    addRow("sub missing", [](Scenario &s) { set(s, "sub", QJsonValue::Undefined); }, sub, F,
           QStringLiteral("the token has no sub claim, which every ID token must have (OpenID Connect Core 2)"));
    addRow("sub missing, even without expectedSub", [](Scenario &s) { set(s, "sub", QJsonValue::Undefined); s.ctx.expectedSub.clear(); }, sub, F,
           QStringLiteral("the token has no sub claim"));
    addRow("sub too long", [](Scenario &s) { set(s, "sub", QString(256, QLatin1Char('x'))); }, sub, F,
           QStringLiteral("sub is 256 bytes long; OpenID Connect Core 2 allows at most 255 ASCII characters"));
}

void TestTokenValidator::idToken()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, checkId);
    QFETCH(CheckStatus, status);
    QFETCH(QString, detail);

    Scenario s = idTokenScenario();
    mutate(s);
    const ValidationResult result = validateIdToken(parseJwt(s.build()), s.ctx);
    QCOMPARE(ids(result.checks), IdTokenCheckIds);
    const Check *check = findCheck(result.checks, checkId);
    QVERIFY(check);
    QVERIFY2(check->status == status && check->detail.contains(detail),
             qPrintable(QStringLiteral("expected %1 containing \"%2\"; got:\n%3").arg(checkStatusName(status), detail, describe(result.checks))));
    if (status == CheckStatus::Fail)
        QVERIFY(!result.ok());
}

void TestTokenValidator::validIdTokenPassesEverything()
{
    Scenario s = idTokenScenario();
    set(s, "c_hash", SpecCHash);
    set(s, "at_hash", SpecAtHash);
    set(s, "s_hash", SpecSHash);
    set(s, "nbf", Now - 5);
    s.ctx.code = SpecCode;
    s.ctx.accessToken = SpecAccessToken;
    s.ctx.state = SpecState;
    s.ctx.cHashRequired = s.ctx.atHashRequired = s.ctx.sHashRequired = true;
    s.ctx.nonceRequired = true;
    s.ctx.maxAge = 600;
    s.ctx.expectedSub = QStringLiteral("user-1");
    s.ctx.expectedAlg = QStringLiteral("RS256");
    s.ctx.allowedAlgs = QStringList{QStringLiteral("RS256"), QStringLiteral("ES256")};
    const ValidationResult result = validateIdToken(parseJwt(s.build()), s.ctx);
    QCOMPARE(ids(result.checks), IdTokenCheckIds);
    for (const Check &c : result.checks) {
        if (c.id == QLatin1String("id_token.azp"))
            QCOMPARE(c.status, CheckStatus::Skip); // single audience
        else
            QVERIFY2(c.status == CheckStatus::Pass, qPrintable(describe(result.checks)));
    }
    QVERIFY(result.ok());
    QVERIFY(!result.unknownKid);
}

void TestTokenValidator::undecodableTokenSkipsTheRest()
{
    Scenario s = idTokenScenario();
    const ValidationResult result = validateIdToken(parseJwt("not-a-jwt"), s.ctx);
    QCOMPARE(ids(result.checks), IdTokenCheckIds);
    QCOMPARE(result.checks.first(),
             Check::fail(QStringLiteral("id_token.format"),
                         QStringLiteral("the token has no '.' separators: it is not a JWT (a JWS has 3 parts), perhaps an opaque token")));
    for (qsizetype i = 1; i < result.checks.size(); ++i) {
        QCOMPARE(result.checks[i].status, CheckStatus::Skip);
        QCOMPARE(result.checks[i].detail, QStringLiteral("not checked: the token could not be decoded (see id_token.format)"));
    }
    QVERIFY(!result.ok());

    const ValidationResult jwe = validateIdToken(parseJwt("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVy.dGFn"), s.ctx);
    QVERIFY(jwe.checks.first().detail.contains(QLatin1String("encrypted JWE")));
    QCOMPARE(jwe.checks.size(), IdTokenCheckIds.size());
}

void TestTokenValidator::unknownKidAsksForRefetch()
{
    const TestKey &rotated = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k9"));
    Scenario s = idTokenScenario();
    s.header.insert(QStringLiteral("kid"), QStringLiteral("k9"));
    s.key = &rotated;
    const ParsedJwt jwt = parseJwt(s.build());

    const ValidationResult first = validateIdToken(jwt, s.ctx);
    QVERIFY(first.unknownKid);
    QVERIFY(!first.ok());
    QCOMPARE(*findCheck(first.checks, QStringLiteral("id_token.signature")),
             Check::fail(QStringLiteral("id_token.signature"), QStringLiteral("no key with kid k9 in the JWKS (kids: k1, k2, ec1, ed1)")));

    // The caller refetches the JWKS (the provider rotated its keys) and validates once more.
    const JwkSet refreshed = parseJwks(jwksJson({rsa1().publicJwk(), rotated.publicJwk()}));
    s.ctx.jwks = &refreshed;
    const ValidationResult second = validateIdToken(jwt, s.ctx);
    QVERIFY(!second.unknownKid);
    QVERIFY2(second.ok(), qPrintable(describe(second.checks)));
    QCOMPARE(findCheck(second.checks, QStringLiteral("id_token.signature"))->detail, QStringLiteral("RS256, key k9 from the JWKS"));

    // Access tokens report it the same way.
    Scenario at = accessTokenScenario();
    at.header.insert(QStringLiteral("kid"), QStringLiteral("k9"));
    at.key = &rotated;
    QVERIFY(validateAccessToken(parseJwt(at.build()), at.ctx).unknownKid);
}

void TestTokenValidator::familyMismatchIsNotAnUnknownKid()
{
    Scenario s = idTokenScenario();
    s.header.insert(QStringLiteral("kid"), QStringLiteral("ec1"));
    s.key = &ec1();
    s.signAlg = QStringLiteral("ES256");
    const ValidationResult result = validateIdToken(parseJwt(s.build()), s.ctx);
    QVERIFY(!result.unknownKid); // refetching cannot help: the key exists, it is just not an RSA key
    QCOMPARE(findCheck(result.checks, QStringLiteral("id_token.signature"))->status, CheckStatus::Fail);

    // no kid and several candidates: not an unknown kid either
    Scenario t = idTokenScenario();
    t.header.remove(QStringLiteral("kid"));
    QVERIFY(!validateIdToken(parseJwt(t.build()), t.ctx).unknownKid);
}

void TestTokenValidator::missingClockFallsBackToSystemTime()
{
    Scenario s = idTokenScenario();
    s.ctx.clock = nullptr;
    const qint64 now = SystemClock().nowSecsSinceEpoch();
    set(s, "exp", now + 600);
    set(s, "iat", now - 5);
    set(s, "auth_time", now - 5);
    const ValidationResult result = validateIdToken(parseJwt(s.build()), s.ctx);
    QVERIFY2(result.ok(), qPrintable(describe(result.checks)));
}

void TestTokenValidator::accessToken_data()
{
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("detail");
    const auto P = CheckStatus::Pass;
    const auto F = CheckStatus::Fail;
    const auto S = CheckStatus::Skip;
    const Mutator none = [](Scenario &) {};

    addRow("format", none, QStringLiteral("access_token.format"), P, QStringLiteral("a well-formed signed JWT"));
    addRow("alg: asymmetric only by default", none, QStringLiteral("access_token.alg"), P,
           QStringLiteral("RS256 (allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA)"));
    addRow("alg HS256 not allowed by default", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.ctx.clientSecret = ClientSecret;
           },
           QStringLiteral("access_token.alg"), F, QStringLiteral("alg HS256 is not allowed here (allowed: RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA)"));
    addRow("alg HS256 when explicitly allowed", [](Scenario &s) {
               s.header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
               s.ctx.allowedAlgs = QStringList{QStringLiteral("HS256")};
               s.ctx.clientSecret = ClientSecret;
           },
           QStringLiteral("access_token.signature"), P, QStringLiteral("HS256, the client secret"));
    addRow("alg none", [](Scenario &s) { s.header.insert(QStringLiteral("alg"), QStringLiteral("none")); }, QStringLiteral("access_token.signature"), F,
           QStringLiteral("the token is unsigned (alg \"none\")"));
    addRow("signature", none, QStringLiteral("access_token.signature"), P, QStringLiteral("RS256, key k1 from the JWKS"));
    addRow("signature tampered", [](Scenario &s) { s.tamper = Tamper::Payload; }, QStringLiteral("access_token.signature"), F,
           QStringLiteral("signature does not verify with RS256 key k1 from the JWKS"));
    addRow("signature, ES512 is not in the JWKS", [](Scenario &s) {
               s.header = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES512")}, {QStringLiteral("kid"), QStringLiteral("ec1")}};
               s.key = &TestKey::cached(TestKey::Type::EcP521, QStringLiteral("ec1"));
           },
           QStringLiteral("access_token.signature"), F, QStringLiteral("is an EC P-256 key (from its JWK kty/crv), but ES512 needs an EC P-521 key"));
    addRow("no JWKS", [](Scenario &s) { s.ctx.jwks = nullptr; }, QStringLiteral("access_token.signature"), S,
           QStringLiteral("not verified: no JWKS is available"));
    addRow("iss", none, QStringLiteral("access_token.iss"), P, QStringLiteral("iss is \"https://idp.example/\", as expected"));
    addRow("iss differs", [](Scenario &s) { set(s, "iss", QStringLiteral("https://IDP.example/")); }, QStringLiteral("access_token.iss"), F,
           QStringLiteral("they differ only in letter case, and the issuer must match exactly"));
    addRow("aud contains the API", none, QStringLiteral("access_token.aud"), P,
           QStringLiteral("aud [\"https://api.example/\", \"app\"] contains the requested audience \"https://api.example/\""));
    addRow("aud without the API", [](Scenario &s) { set(s, "aud", ClientId); }, QStringLiteral("access_token.aud"), F,
           QStringLiteral("aud \"app\" does not contain the requested audience \"https://api.example/\""));
    addRow("aud missing", [](Scenario &s) { set(s, "aud", QJsonValue::Undefined); }, QStringLiteral("access_token.aud"), F,
           QStringLiteral("the token has no aud claim, but the audience \"https://api.example/\" was requested"));
    addRow("no audience requested", [](Scenario &s) { s.ctx.audience.clear(); }, QStringLiteral("access_token.aud"), S,
           QStringLiteral("no audience was requested"));
    addRow("exp", none, QStringLiteral("access_token.exp"), P, QStringLiteral("expires in 2 h, at 2026-11-26 14:05:00 UTC"));
    addRow("expired", [](Scenario &s) { set(s, "exp", TenOClock); }, QStringLiteral("access_token.exp"), F,
           QStringLiteral("expired 2 h 5 min ago at 2026-11-26 10:00:00 UTC (clock skew allowed: 60 s)"));
    addRow("exp missing", [](Scenario &s) { set(s, "exp", QJsonValue::Undefined); }, QStringLiteral("access_token.exp"), F,
           QStringLiteral("the token has no exp claim, which a JWT access token must have (RFC 9068 section 2.2)"));
    addRow("nbf absent", none, QStringLiteral("access_token.nbf"), S, QStringLiteral("no nbf claim"));
    addRow("nbf in the future", [](Scenario &s) { set(s, "nbf", Now + 3600); s.ctx.skewSecs = 30; }, QStringLiteral("access_token.nbf"), F,
           QStringLiteral("not valid before 2026-11-26 13:05:00 UTC, 1 h from now (clock skew allowed: 30 s)"));
}

void TestTokenValidator::accessToken()
{
    QFETCH(Mutator, mutate);
    QFETCH(QString, checkId);
    QFETCH(CheckStatus, status);
    QFETCH(QString, detail);

    Scenario s = accessTokenScenario();
    mutate(s);
    const ValidationResult result = validateAccessToken(parseJwt(s.build()), s.ctx);
    QCOMPARE(ids(result.checks), AccessTokenCheckIds);
    const Check *check = findCheck(result.checks, checkId);
    QVERIFY(check);
    QVERIFY2(check->status == status && check->detail.contains(detail),
             qPrintable(QStringLiteral("expected %1 containing \"%2\"; got:\n%3").arg(checkStatusName(status), detail, describe(result.checks))));
}

void TestTokenValidator::validAccessTokenPasses()
{
    Scenario s = accessTokenScenario();
    const ValidationResult result = validateAccessToken(parseJwt(s.build()), s.ctx);
    QVERIFY2(result.ok(), qPrintable(describe(result.checks)));
    QCOMPARE(ids(result.checks), AccessTokenCheckIds);

    const ValidationResult garbage = validateAccessToken(parseJwt("a.b.c"), s.ctx);
    QCOMPARE(ids(garbage.checks), AccessTokenCheckIds);
    QCOMPARE(garbage.checks.first().status, CheckStatus::Fail);
    QCOMPARE(garbage.checks.last().detail, QStringLiteral("not checked: the token could not be decoded (see access_token.format)"));
}

void TestTokenValidator::manyTokensReuseImportedKeys()
{
    // The JWKS is imported once; validating many tokens must not re-import keys (a cheap smoke test of the budget).
    Scenario s = idTokenScenario();
    const ParsedJwt jwt = parseJwt(s.build());
    EVP_PKEY *const before = g_jwks.keys.first().pkey();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        QVERIFY(validateIdToken(jwt, s.ctx).ok());
    QCOMPARE(g_jwks.keys.first().pkey(), before);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms for 200 validations").arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "TestTokenValidator.moc"
