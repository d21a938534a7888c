// ClientAssertion.h: client_secret_jwt (RFC 7523 2.2, OpenID Connect Core 9): the alg chosen from what the provider
// advertises, and the assertion's header, claims and MAC. Against a real provider: TestClientCredentialsFlow.
#include "core/oidc/ClientAssertion.h"

#include "core/jose/JwsSigner.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/Jwt.h"
#include "core/oidc/VerificationKeys.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

using namespace tokenscope;

namespace {

// The private JWK of a generated key (RFC 7518 6.2.2, 6.3.2; RFC 8037 2), made here with OpenSSL's own parameter
// getters: an independent path from the one under test.
QJsonObject privateJwk(EVP_PKEY *pkey)
{
    QJsonObject jwk = publicKeyJwk(pkey);
    auto b64 = [](const QByteArray &b) { return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)); };
    auto bnParam = [&](const char *name, int pad = 0) {
        BIGNUM *bn = nullptr;
        if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1)
            return QString();
        QByteArray out(std::max(pad, BN_num_bytes(bn)), Qt::Uninitialized);
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
        BN_clear_free(bn);
        return b64(out);
    };
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        for (const auto &[member, name] : {std::pair{"d", OSSL_PKEY_PARAM_RSA_D}, std::pair{"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                                           std::pair{"q", OSSL_PKEY_PARAM_RSA_FACTOR2}, std::pair{"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                                           std::pair{"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, std::pair{"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}})
            jwk.insert(QLatin1String(member), bnParam(name));
    } else if (EVP_PKEY_is_a(pkey, "EC")) {
        jwk.insert(QStringLiteral("d"), bnParam(OSSL_PKEY_PARAM_PRIV_KEY, (EVP_PKEY_get_bits(pkey) + 7) / 8));
    } else {
        unsigned char d[32];
        size_t length = sizeof d;
        EVP_PKEY_get_raw_private_key(pkey, d, &length);
        jwk.insert(QStringLiteral("d"), b64(QByteArray(reinterpret_cast<const char *>(d), qsizetype(length))));
    }
    return jwk;
}

} // namespace

class TestClientAssertion : public QObject
{
    Q_OBJECT
private slots:
    void alg_data();
    void alg();
    void assertion();
    void clientKey_data();
    void clientKey();
    void unusableKeys_data();
    void unusableKeys();
    void jwkKey_data();
    void jwkKey();
    void unusableJwks();
};

void TestClientAssertion::alg_data()
{
    QTest::addColumn<QStringList>("advertised");
    QTest::addColumn<QString>("alg");
    QTest::newRow("nothing advertised") << QStringList{} << "HS256";
    QTest::newRow("HS256 among others") << QStringList{"RS256", "HS512", "HS256"} << "HS256";
    QTest::newRow("only HS512") << QStringList{"RS256", "HS512"} << "HS512";
    QTest::newRow("no HMAC alg") << QStringList{"RS256", "ES256"} << "HS256";
}

void TestClientAssertion::alg()
{
    QFETCH(QStringList, advertised);
    QFETCH(QString, alg);
    QCOMPARE(clientSecretJwtAlg(advertised), alg);
}

void TestClientAssertion::assertion()
{
    const QUrl tokenEndpoint(QStringLiteral("https://tenant.example/oauth/token"));
    const QByteArray jwt = clientSecretJwt(QStringLiteral("app"), QStringLiteral("s3cret-s3cret-s3cret-s3cret-s3cret"), tokenEndpoint,
                                           QStringLiteral("HS384"), 1700000000, QStringLiteral("jti-1"));
    const ParsedJwt parsed = parseJwt(jwt);
    QVERIFY(parsed.structurallyValid);
    QCOMPARE(parsed.alg(), QStringLiteral("HS384"));
    QCOMPARE(parsed.typ(), QStringLiteral("JWT"));
    QCOMPARE(parsed.payload.value(QLatin1String("iss")).toString(), QStringLiteral("app"));
    QCOMPARE(parsed.payload.value(QLatin1String("sub")).toString(), QStringLiteral("app"));
    QCOMPARE(parsed.payload.value(QLatin1String("aud")).toString(), tokenEndpoint.toString());
    QCOMPARE(parsed.payload.value(QLatin1String("jti")).toString(), QStringLiteral("jti-1"));
    QCOMPARE(parsed.payload.value(QLatin1String("iat")).toInteger(), 1700000000);
    QCOMPARE(parsed.payload.value(QLatin1String("exp")).toInteger(), 1700000060);
    QCOMPARE(parsed.signature, jwsHmac(QStringLiteral("HS384"), "s3cret-s3cret-s3cret-s3cret-s3cret", parsed.signingInput));
    QVERIFY(clientSecretJwt(QStringLiteral("app"), QStringLiteral("s"), tokenEndpoint, QStringLiteral("RS256"), 0, QStringLiteral("j")).isEmpty());
    const QList<QPair<QString, QString>> fields = clientAssertionFields(QStringLiteral("app"), jwt);
    QCOMPARE(fields.value(0), qMakePair(QStringLiteral("client_id"), QStringLiteral("app")));
    QCOMPARE(fields.value(1).second, QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    QCOMPARE(fields.value(2).second.toLatin1(), jwt);
}

void TestClientAssertion::clientKey_data()
{
    QTest::addColumn<QString>("generatedFor");
    QTest::addColumn<QString>("alg"); // what the key's type gives
    QTest::newRow("RSA") << "RS256" << "RS256";
    QTest::newRow("EC P-256") << "ES256" << "ES256";
    QTest::newRow("EC P-384") << "ES384" << "ES384";
    QTest::newRow("EC P-521") << "ES512" << "ES512";
    QTest::newRow("Ed25519") << "EdDSA" << "EdDSA";
}

// private_key_jwt: a PEM private key of each type gives its alg, its RFC 7638 thumbprint as kid (or the profile's),
// a public JWK to register, and assertions that verify with that JWK alone.
void TestClientAssertion::clientKey()
{
    QFETCH(QString, generatedFor);
    QFETCH(QString, alg);
    const SigningKey generated = SigningKey::generate(generatedFor);
    const QByteArray pem = privateKeyPem(generated.pkey());
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const ClientKey key = clientKeyFrom(pem, {});
    QVERIFY2(key.error.isEmpty(), qPrintable(key.error));
    QCOMPARE(key.key.alg(), alg);
    const JsonWebKey jwk = JsonWebKey::fromJson(key.publicJwk);
    QCOMPARE(key.kid, jwk.thumbprint());
    QCOMPARE(key.publicJwk.value(QLatin1String("kid")).toString(), key.kid);
    QCOMPARE(key.publicJwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(key.publicJwk.value(QLatin1String("alg")).toString(), alg);
    QVERIFY(!key.publicJwk.contains(QLatin1String("d"))); // no private member
    QCOMPARE(key.publicJwk, [&] { QJsonObject o = publicKeyJwk(generated.pkey()); o.insert(QStringLiteral("kid"), key.kid);
                                  o.insert(QStringLiteral("use"), QStringLiteral("sig")); o.insert(QStringLiteral("alg"), alg); return o; }());

    const QUrl tokenEndpoint(QStringLiteral("https://tenant.example/oauth/token"));
    const ParsedJwt assertion = parseJwt(privateKeyJwt(key, QStringLiteral("app"), tokenEndpoint, 1700000000, QStringLiteral("j1")));
    QVERIFY(assertion.structurallyValid);
    QCOMPARE(assertion.alg(), alg);
    QCOMPARE(assertion.kid(), key.kid);
    QCOMPARE(assertion.payload.value(QLatin1String("iss")).toString(), QStringLiteral("app"));
    QCOMPARE(assertion.payload.value(QLatin1String("aud")).toString(), tokenEndpoint.toString());
    QVERIFY(verifyJws(assertion, jwk, alg).ok);
    // Another key's JWK does not verify it.
    const ClientKey other = clientKeyFrom(privateKeyPem(SigningKey::generate(generatedFor).pkey()), {});
    QVERIFY(!verifyJws(assertion, JsonWebKey::fromJson(other.publicJwk), alg).ok);
    // The profile's key id wins.
    QCOMPARE(clientKeyFrom(pem, QStringLiteral("my-key-1")).kid, QStringLiteral("my-key-1"));
}

void TestClientAssertion::unusableKeys_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "not a PEM private key";
    QTest::newRow("garbage") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n") << "not a PEM private key";
    QTest::newRow("a public key") << publicKeyPem(SigningKey::generate(QStringLiteral("ES256")).pkey()) << "not a PEM private key";
    // Encrypted: refused at once, never a passphrase prompt on the terminal.
    QTest::newRow("encrypted") << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n")
                               << "the key is encrypted";
}

void TestClientAssertion::unusableKeys()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, error);
    const ClientKey key = clientKeyFrom(pem, {});
    QVERIFY(!key.key.isValid());
    QVERIFY2(key.error.contains(error), qPrintable(key.error));
    QVERIFY(privateKeyJwt(key, QStringLiteral("app"), QUrl(QStringLiteral("https://t/")), 0, QStringLiteral("j")).isEmpty());
}

void TestClientAssertion::jwkKey_data()
{
    clientKey_data();
}

// The clientKey file may hold a private JWK instead of a PEM: the same key, its own kid kept (RFC 7517 4.5).
void TestClientAssertion::jwkKey()
{
    QFETCH(QString, generatedFor);
    QFETCH(QString, alg);
    const SigningKey generated = SigningKey::generate(generatedFor);
    QJsonObject jwk = privateJwk(generated.pkey());
    jwk.insert(QStringLiteral("kid"), QStringLiteral("console-kid"));
    const ClientKey key = clientKeyFrom(QJsonDocument(jwk).toJson(), {});
    QVERIFY2(key.error.isEmpty(), qPrintable(key.error));
    QCOMPARE(key.key.alg(), alg);
    QCOMPARE(key.kid, QStringLiteral("console-kid"));
    QCOMPARE(key.publicJwk.value(QLatin1String("kid")).toString(), QStringLiteral("console-kid"));
    QCOMPARE(clientKeyFrom(QJsonDocument(jwk).toJson(), QStringLiteral("profile-kid")).kid, QStringLiteral("profile-kid"));
    // It signs what the generated key's public half verifies.
    const ParsedJwt assertion = parseJwt(privateKeyJwt(key, QStringLiteral("app"), QUrl(QStringLiteral("https://t/oauth/token")), 1700000000, QStringLiteral("j")));
    QVERIFY(verifyJws(assertion, JsonWebKey::fromJson(publicKeyJwk(generated.pkey())), alg).ok);
}

void TestClientAssertion::unusableJwks()
{
    const QJsonObject ec = privateJwk(SigningKey::generate(QStringLiteral("ES256")).pkey());
    const QJsonObject other = privateJwk(SigningKey::generate(QStringLiteral("ES256")).pkey());
    QJsonObject publicOnly = ec;
    publicOnly.remove(QStringLiteral("d"));
    QVERIFY(clientKeyFrom(QJsonDocument(publicOnly).toJson(), {}).error.contains(QLatin1String("no private part")));
    QJsonObject mismatched = ec;
    mismatched.insert(QStringLiteral("d"), other.value(QStringLiteral("d")));
    QVERIFY(!clientKeyFrom(QJsonDocument(mismatched).toJson(), {}).key.isValid());
    const QJsonObject ed = privateJwk(SigningKey::generate(QStringLiteral("EdDSA")).pkey());
    QJsonObject edMismatched = ed;
    edMismatched.insert(QStringLiteral("x"), privateJwk(SigningKey::generate(QStringLiteral("EdDSA")).pkey()).value(QStringLiteral("x")));
    QVERIFY(!clientKeyFrom(QJsonDocument(edMismatched).toJson(), {}).key.isValid());
    QJsonObject oct{{QStringLiteral("kty"), QStringLiteral("oct")}, {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}};
    QVERIFY(!clientKeyFrom(QJsonDocument(oct).toJson(), {}).key.isValid());
}

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "TestClientAssertion.moc"
