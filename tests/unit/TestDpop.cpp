// Dpop.h (RFC 9449): the proof key, the proof's header and claims, the nonce a refusal asks for, and the binding checks.
// Against a real provider and API: TestRequestProtectionFlow.
#include "core/oidc/Dpop.h"

#include "core/jose/Jwk.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/Jwt.h"
#include "core/oidc/AuthorizationRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

namespace {

// An unsigned JWT with these claims (the checks read claims only).
QString jwtWith(const QJsonObject &claims)
{
    return QString::fromLatin1(jwsSigningInput(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}}, claims) + ".c2ln");
}

} // namespace

class TestDpop : public QObject
{
    Q_OBJECT
private slots:
    void proof_data();
    void proof();
    void unknownAlgHasNoKey();
    void nonceDemand_data();
    void nonceDemand();
    void binding_data();
    void binding();
    void tokenType_data();
    void tokenType();
};

void TestDpop::proof_data()
{
    QTest::addColumn<QString>("alg");
    for (const QString &alg : dpopAlgs())
        QTest::newRow(qPrintable(alg)) << alg;
}

// RFC 9449 4.2: typ dpop+jwt, the public key in the header, jti/htm/htu/iat, nonce and ath when given; verifiable with
// the header's key alone, and its thumbprint is what cnf.jkt must carry.
void TestDpop::proof()
{
    QFETCH(QString, alg);
    const DpopKey key = generateDpopKey(alg);
    QVERIFY2(key.isValid(), qPrintable(key.error));
    QVERIFY(!key.publicJwk.contains(QStringLiteral("d"))); // never the private part
    QCOMPARE(key.thumbprint, JsonWebKey::fromJson(key.publicJwk).thumbprint());

    const QUrl url(QStringLiteral("https://api.example/orders/7?expand=items#top"));
    const QByteArray proof = dpopProof(key, "POST", url, 1700000000, QStringLiteral("jti-1"), QStringLiteral("n-1"), QStringLiteral("the.access.token"));
    const ParsedJwt jwt = parseJwt(proof);
    QVERIFY(jwt.structurallyValid);
    QCOMPARE(jwt.typ(), QStringLiteral("dpop+jwt"));
    QCOMPARE(jwt.alg(), alg);
    QCOMPARE(jwt.header.value(QStringLiteral("jwk")).toObject(), key.publicJwk);
    QCOMPARE(jwt.payload.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
    QCOMPARE(jwt.payload.value(QStringLiteral("htu")).toString(), QStringLiteral("https://api.example/orders/7")); // no query, no fragment
    QCOMPARE(jwt.payload.value(QStringLiteral("jti")).toString(), QStringLiteral("jti-1"));
    QCOMPARE(jwt.payload.value(QStringLiteral("iat")).toInteger(), 1700000000);
    QCOMPARE(jwt.payload.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-1"));
    QCOMPARE(jwt.payload.value(QStringLiteral("ath")).toString(), sha256Base64Url("the.access.token"));
    QVERIFY(verifyJws(jwt, JsonWebKey::fromJson(key.publicJwk), alg).ok);
    // Another key's JWK does not verify it.
    QVERIFY(!verifyJws(jwt, JsonWebKey::fromJson(generateDpopKey(alg).publicJwk), alg).ok);

    // At the token endpoint: no nonce until one is asked for, no ath.
    const ParsedJwt plain = parseJwt(dpopProof(key, "POST", QUrl(QStringLiteral("https://idp.example/oauth/token")), 1700000000, QStringLiteral("jti-2")));
    QVERIFY(!plain.payload.contains(QStringLiteral("nonce")));
    QVERIFY(!plain.payload.contains(QStringLiteral("ath")));
}

void TestDpop::unknownAlgHasNoKey()
{
    for (const QString &alg : {QStringLiteral("HS256"), QStringLiteral("none"), QStringLiteral("ES256K")}) {
        const DpopKey key = generateDpopKey(alg);
        QVERIFY(!key.isValid());
        QVERIFY(key.error.contains(alg));
        QVERIFY(dpopProof(key, "GET", QUrl(QStringLiteral("https://api.example/")), 1, QStringLiteral("j")).isEmpty());
    }
}

void TestDpop::nonceDemand_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<QByteArray>("nonceHeader");
    QTest::addColumn<QString>("nonce");
    QTest::newRow("authorization server, RFC 9449 8") << 400 << QByteArray(R"({"error":"use_dpop_nonce"})") << QByteArray() << QByteArray("n-AS") << "n-AS";
    QTest::newRow("resource server, RFC 9449 9") << 401 << QByteArray() << QByteArray(R"(DPoP algs="ES256", error="use_dpop_nonce", error_description="x")")
                                                 << QByteArray("n-RS") << "n-RS";
    QTest::newRow("asked without a nonce to use") << 400 << QByteArray(R"({"error":"use_dpop_nonce"})") << QByteArray() << QByteArray() << "";
    QTest::newRow("another error with a fresh nonce") << 400 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray() << QByteArray("n-1") << "";
    QTest::newRow("a 200 with a fresh nonce") << 200 << QByteArray("{}") << QByteArray() << QByteArray("n-1") << "";
    QTest::newRow("another challenge") << 401 << QByteArray() << QByteArray(R"(DPoP error="invalid_dpop_proof")") << QByteArray("n-1") << "";
}

void TestDpop::nonceDemand()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, challenge);
    QFETCH(QByteArray, nonceHeader);
    QFETCH(QString, nonce);
    HttpExchange ex;
    ex.status = status;
    ex.responseBody = body;
    if (!challenge.isEmpty())
        ex.responseHeaders.append({"WWW-Authenticate", challenge});
    if (!nonceHeader.isEmpty())
        ex.responseHeaders.append({"DPoP-Nonce", nonceHeader});
    QCOMPARE(dpopNonceDemand(ex), nonce);
}

void TestDpop::binding_data()
{
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<int>("status");
    const QString thumbprint = QStringLiteral("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");
    QTest::newRow("bound to the key") << jwtWith({{"cnf", QJsonObject{{"jkt", thumbprint}}}}) << int(CheckStatus::Pass);
    QTest::newRow("bound to another key") << jwtWith({{"cnf", QJsonObject{{"jkt", "another"}}}}) << int(CheckStatus::Fail);
    QTest::newRow("no cnf") << jwtWith({{"sub", "x"}}) << int(CheckStatus::Fail);
    QTest::newRow("cnf with a certificate only") << jwtWith({{"cnf", QJsonObject{{"x5t#S256", "abc"}}}}) << int(CheckStatus::Fail);
    QTest::newRow("opaque token") << QStringLiteral("opaque-123") << int(CheckStatus::Skip);
    QTest::newRow("none") << QString() << int(CheckStatus::Skip);
}

void TestDpop::binding()
{
    QFETCH(QString, accessToken);
    QFETCH(int, status);
    const Check c = dpopBindingCheck(QStringLiteral("dpop.cnf_jkt"), accessToken, QStringLiteral("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"));
    QCOMPARE(c.id, QStringLiteral("dpop.cnf_jkt"));
    QCOMPARE(int(c.status), status);
    QVERIFY(!c.detail.isEmpty());
}

void TestDpop::tokenType_data()
{
    QTest::addColumn<QString>("tokenType");
    QTest::addColumn<int>("status");
    QTest::newRow("DPoP") << "DPoP" << int(CheckStatus::Pass);
    QTest::newRow("case-insensitive") << "dpop" << int(CheckStatus::Pass);
    QTest::newRow("Bearer: the proof was ignored") << "Bearer" << int(CheckStatus::Fail);
    QTest::newRow("missing") << "" << int(CheckStatus::Fail);
}

void TestDpop::tokenType()
{
    QFETCH(QString, tokenType);
    QFETCH(int, status);
    QCOMPARE(int(dpopTokenTypeCheck(QStringLiteral("dpop.proof"), tokenType).status), status);
}

QTEST_GUILESS_MAIN(TestDpop)
#include "TestDpop.moc"
