// JwsSigner: the tokens Tokenscope makes itself (the API probes' forged tokens) must be real JWS: every generated key
// signs so that JwsVerifier, which checks provider tokens, accepts it with the key's public JWK, and refuses it after one
// byte of the signature changed. HS*: the HMAC is RFC 7518 3.2's. publicKeyPem is the SubjectPublicKeyInfo PEM that an
// API confusing RS256 and HS256 would use as the secret.
#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "TestKeys.h"

#include <QJsonObject>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace tokenscope;

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QByteArray bnParam(EVP_PKEY *p, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(p, name, &bn) != 1)
        return {};
    const int size = pad > 0 ? pad : BN_num_bytes(bn);
    QByteArray out(size, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size);
    BN_free(bn);
    return out;
}

// The public JWK of a generated key (RFC 7518 6.2/6.3, RFC 8037 2), read back through OpenSSL's parameters.
QJsonObject publicJwk(EVP_PKEY *p)
{
    if (EVP_PKEY_is_a(p, "RSA"))
        return {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), b64(bnParam(p, OSSL_PKEY_PARAM_RSA_N))},
                {QStringLiteral("e"), b64(bnParam(p, OSSL_PKEY_PARAM_RSA_E))}};
    if (EVP_PKEY_is_a(p, "EC")) {
        char group[32] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(p, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
        const QString name = QString::fromLatin1(group);
        const bool p256 = name == QLatin1String("prime256v1") || name == QLatin1String("P-256");
        const bool p384 = name == QLatin1String("secp384r1") || name == QLatin1String("P-384");
        const int size = p256 ? 32 : p384 ? 48 : 66;
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), p256 ? QStringLiteral("P-256") : p384 ? QStringLiteral("P-384") : QStringLiteral("P-521")},
                {QStringLiteral("x"), b64(bnParam(p, OSSL_PKEY_PARAM_EC_PUB_X, size))},
                {QStringLiteral("y"), b64(bnParam(p, OSSL_PKEY_PARAM_EC_PUB_Y, size))}};
    }
    size_t length = 0;
    EVP_PKEY_get_raw_public_key(p, nullptr, &length);
    QByteArray x(qsizetype(length), '\0');
    EVP_PKEY_get_raw_public_key(p, reinterpret_cast<unsigned char *>(x.data()), &length);
    return {{QStringLiteral("kty"), QStringLiteral("OKP")}, {QStringLiteral("crv"), QStringLiteral("Ed25519")}, {QStringLiteral("x"), b64(x)}};
}

} // namespace

class TestJwsSigner : public QObject
{
    Q_OBJECT
private slots:
    void generatedKeysSignVerifiableTokens_data();
    void generatedKeysSignVerifiableTokens();
    void noKeyForOtherAlgorithms_data();
    void noKeyForOtherAlgorithms();
    void hmacIsRfc7518();
    void publicKeyPemIsSubjectPublicKeyInfo();
    void pemPrivateKeyFitsItsAlgorithm_data();
    void pemPrivateKeyFitsItsAlgorithm();
};

void TestJwsSigner::generatedKeysSignVerifiableTokens_data()
{
    QTest::addColumn<QString>("alg");
    for (const char *alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"})
        QTest::newRow(alg) << QString::fromLatin1(alg);
}

void TestJwsSigner::generatedKeysSignVerifiableTokens()
{
    QFETCH(QString, alg);
    const SigningKey key = SigningKey::generate(alg);
    QVERIFY(key.isValid());
    QCOMPARE(key.alg(), alg);
    const QByteArray input = jwsSigningInput({{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), QStringLiteral("k1")}},
                                             {{QStringLiteral("iss"), QStringLiteral("https://issuer.example/")}, {QStringLiteral("exp"), 2000000000}});
    const QByteArray signature = key.sign(input);
    QVERIFY(!signature.isEmpty());
    const ParsedJwt jwt = parseJwt(jwsCompact(input, signature));
    QVERIFY2(jwt.structurallyValid, qPrintable(jwt.defects.join(QStringLiteral("; "))));
    QCOMPARE(jwt.alg(), alg);
    QCOMPARE(jwt.payload.value(QStringLiteral("iss")).toString(), QStringLiteral("https://issuer.example/"));
    const JsonWebKey jwk = JsonWebKey::fromJson(publicJwk(key.pkey()));
    QVERIFY2(jwk.usable(), qPrintable(jwk.defects.join(QStringLiteral("; "))));
    const SignatureResult ok = verifyJws(jwt, jwk, alg);
    QVERIFY2(ok.ok, qPrintable(ok.detail.toString()));

    // One byte changed: refused (what probe.api.bad_signature sends).
    QByteArray tampered = signature;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 0x01);
    QVERIFY(!verifyJws(parseJwt(jwsCompact(input, tampered)), jwk, alg).ok);
    // Another generated key of the same family does not verify it (a key is fresh at every generate()).
    const SigningKey other = SigningKey::generate(alg);
    QVERIFY(!verifyJws(jwt, JsonWebKey::fromJson(publicJwk(other.pkey())), alg).ok);
}

void TestJwsSigner::noKeyForOtherAlgorithms_data()
{
    QTest::addColumn<QString>("alg");
    for (const char *alg : {"HS256", "none", "", "RS1", "ES256K", "rs256"})
        QTest::newRow(alg) << QString::fromLatin1(alg);
}

void TestJwsSigner::noKeyForOtherAlgorithms()
{
    QFETCH(QString, alg);
    const SigningKey key = SigningKey::generate(alg);
    QVERIFY(!key.isValid());
    QVERIFY(key.sign("a.b").isEmpty());
}

void TestJwsSigner::hmacIsRfc7518()
{
    // RFC 7515 Appendix A.1: the HS256 example's key, signing input and signature.
    const QByteArray rfcKey = Base64Url::decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow").value_or(QByteArray());
    const QByteArray rfcInput("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ");
    QCOMPARE(Base64Url::encode(jwsHmac(QStringLiteral("HS256"), rfcKey, rfcInput)), QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    const QByteArray secret("a secret of thirty-two bytes!!!!");
    for (const char *alg : {"HS256", "HS384", "HS512"}) {
        const QString name = QString::fromLatin1(alg);
        const QByteArray input = jwsSigningInput({{QStringLiteral("alg"), name}}, {{QStringLiteral("sub"), QStringLiteral("x")}});
        QVERIFY(verifyJws(parseJwt(jwsCompact(input, jwsHmac(name, secret, input))), JsonWebKey::fromSecret(secret), name).ok);
    }
    QVERIFY(jwsHmac(QStringLiteral("RS256"), secret, "x").isEmpty());
    QVERIFY(jwsHmac(QStringLiteral("HS1"), secret, "x").isEmpty());
}

void TestJwsSigner::publicKeyPemIsSubjectPublicKeyInfo()
{
    const testing::TestKey &rsa = testing::TestKey::cached(testing::TestKey::Type::Rsa, QStringLiteral("k1"));
    const QByteArray pem = publicKeyPem(rsa.pkey());
    QCOMPARE(pem, rsa.publicPem());
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
    QVERIFY(pem.endsWith("-----END PUBLIC KEY-----\n"));
    const QByteArray der = publicKeyDer(rsa.pkey());
    QVERIFY(!der.isEmpty());
    // The PEM body is the DER in base64 (RFC 7468 13).
    QByteArray body = pem;
    body.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replace("\n", "");
    QCOMPARE(QByteArray::fromBase64(body), der);
    QVERIFY(publicKeyPem(nullptr).isEmpty());
    QVERIFY(publicKeyDer(nullptr).isEmpty());
}

// The workbench's Create page signs with a PEM private key: read only for an alg of its family (and EC curve).
void TestJwsSigner::pemPrivateKeyFitsItsAlgorithm_data()
{
    QTest::addColumn<QString>("keyAlg");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("fits");
    QTest::newRow("RSA for RS256") << "RS256" << "RS256" << true;
    QTest::newRow("RSA for PS384") << "RS256" << "PS384" << true;
    QTest::newRow("RSA for ES256") << "RS256" << "ES256" << false;
    QTest::newRow("P-256 for ES256") << "ES256" << "ES256" << true;
    QTest::newRow("P-256 for ES384") << "ES256" << "ES384" << false;
    QTest::newRow("P-521 for ES512") << "ES512" << "ES512" << true;
    QTest::newRow("Ed25519 for EdDSA") << "EdDSA" << "EdDSA" << true;
    QTest::newRow("Ed25519 for RS256") << "EdDSA" << "RS256" << false;
}

void TestJwsSigner::pemPrivateKeyFitsItsAlgorithm()
{
    QFETCH(QString, keyAlg);
    QFETCH(QString, alg);
    QFETCH(bool, fits);
    const SigningKey generated = SigningKey::generate(keyAlg);
    QVERIFY(generated.isValid());
    BIO *bio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PrivateKey(bio, generated.pkey(), nullptr, nullptr, 0, nullptr, nullptr) == 1);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, size);
    BIO_free(bio);
    const SigningKey key = SigningKey::fromPem(pem, alg);
    QCOMPARE(key.isValid(), fits);
    if (fits) {
        QCOMPARE(key.alg(), alg);
        QVERIFY(!key.sign("header.payload").isEmpty());
    }
    QVERIFY(!SigningKey::fromPem("-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n", alg).isValid());
}

QTEST_GUILESS_MAIN(TestJwsSigner)
#include "TestJwsSigner.moc"
