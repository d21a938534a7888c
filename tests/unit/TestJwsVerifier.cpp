#include "core/jose/Base64Url.h"
#include "core/jose/JwsVerifier.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {

const QByteArray Rfc7515Payload =
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

// RFC 7515 A.1 (HS256).
const QByteArray A1Token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9." + Rfc7515Payload + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const QByteArray A1Key = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";

// RFC 7515 A.2 (RS256).
const QByteArray A2Token = "eyJhbGciOiJSUzI1NiJ9." + Rfc7515Payload
    + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
      "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
      "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const char *const A2Modulus =
    "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMs"
    "D1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdV"
    "MTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";

// RFC 7515 A.3 (ES256).
const QByteArray A3Token = "eyJhbGciOiJFUzI1NiJ9." + Rfc7515Payload
    + ".DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

// RFC 8037 A.4 (Ed25519); its payload is plain text, not JSON.
const QByteArray Rfc8037Token = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc"
                                ".hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> members)
{
    QJsonObject o;
    for (const auto &[k, v] : members)
        o.insert(k, v);
    return o;
}

QByteArray replacePart(const QByteArray &token, int index, const QByteArray &part)
{
    QList<QByteArray> parts = token.split('.');
    parts[index] = part;
    return parts.join('.');
}

QByteArray flipSignatureBit(const QByteArray &token)
{
    QList<QByteArray> parts = token.split('.');
    QByteArray sig = *Base64Url::decode(parts[2]);
    sig[sig.size() / 2] = char(sig[sig.size() / 2] ^ 0x01);
    parts[2] = Base64Url::encode(sig);
    return parts.join('.');
}

QByteArray randomSecret(int bytes)
{
    QByteArray s(bytes, '\0');
    for (char &c : s)
        c = char(QRandomGenerator::global()->bounded(256));
    return s;
}

JsonWebKey jwkOf(TestKey::Type type, const QString &kid, const QJsonObject &extra = {})
{
    QJsonObject json = TestKey::cached(type, kid).publicJwk();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return JsonWebKey::fromJson(json);
}

} // namespace

class TestJwsVerifier : public QObject
{
    Q_OBJECT
private slots:
    void supportedAlgorithms();
    void isAsymmetric_data();
    void isAsymmetric();
    void roundTrip_data();
    void roundTrip();
    void rfc7515A1Hs256();
    void rfc7515A2Rs256();
    void rfc7515A3Es256();
    void rfc8037Ed25519();
    void hsSignedWithRsaPublicKeyFails();
    void rsTokenAgainstSecretKeyFails();
    void familyMismatch_data();
    void familyMismatch();
    void keyConstraints_data();
    void keyConstraints();
    void ecdsaSignatureLength_data();
    void ecdsaSignatureLength();
    void rsaSignatureLength();
    void noneAndUnsupported_data();
    void noneAndUnsupported();
    void emptySignature();
    void shortHmacSecretWarns();
    void unusableKey();
};

void TestJwsVerifier::supportedAlgorithms()
{
    QCOMPARE(supportedJwsAlgorithms(),
             (QStringList{QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"), QStringLiteral("PS256"),
                          QStringLiteral("PS384"), QStringLiteral("PS512"), QStringLiteral("ES256"), QStringLiteral("ES384"),
                          QStringLiteral("ES512"), QStringLiteral("EdDSA"), QStringLiteral("HS256"), QStringLiteral("HS384"),
                          QStringLiteral("HS512")}));
    QVERIFY(!supportedJwsAlgorithms().contains(QStringLiteral("none")));
}

void TestJwsVerifier::isAsymmetric_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("expected");
    QTest::newRow("RS256") << QStringLiteral("RS256") << true;
    QTest::newRow("PS512") << QStringLiteral("PS512") << true;
    QTest::newRow("ES384") << QStringLiteral("ES384") << true;
    QTest::newRow("EdDSA") << QStringLiteral("EdDSA") << true;
    QTest::newRow("HS256") << QStringLiteral("HS256") << false;
    QTest::newRow("none") << QStringLiteral("none") << false;
    QTest::newRow("ES256K") << QStringLiteral("ES256K") << false;
    QTest::newRow("lower case rs256") << QStringLiteral("rs256") << false;
}

void TestJwsVerifier::isAsymmetric()
{
    QFETCH(QString, alg);
    QFETCH(bool, expected);
    QCOMPARE(isAsymmetricAlg(alg), expected);
}

void TestJwsVerifier::roundTrip_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("keyType"); // -1: HMAC with a random secret
    QTest::addColumn<QString>("passDetail");
    const auto row = [](const char *alg, int type, const char *detail) {
        QTest::newRow(alg) << QString::fromLatin1(alg) << type << QString::fromLatin1(detail);
    };
    row("RS256", int(TestKey::Type::Rsa), "RS256, key k1 from the JWKS");
    row("RS384", int(TestKey::Type::Rsa), "RS384, key k1 from the JWKS");
    row("RS512", int(TestKey::Type::Rsa), "RS512, key k1 from the JWKS");
    row("PS256", int(TestKey::Type::Rsa), "PS256, key k1 from the JWKS");
    row("PS384", int(TestKey::Type::Rsa), "PS384, key k1 from the JWKS");
    row("PS512", int(TestKey::Type::Rsa), "PS512, key k1 from the JWKS");
    row("ES256", int(TestKey::Type::EcP256), "ES256, key k1 from the JWKS");
    row("ES384", int(TestKey::Type::EcP384), "ES384, key k1 from the JWKS");
    row("ES512", int(TestKey::Type::EcP521), "ES512, key k1 from the JWKS");
    QTest::newRow("EdDSA Ed25519") << QStringLiteral("EdDSA") << int(TestKey::Type::Ed25519) << QStringLiteral("EdDSA (Ed25519), key k1 from the JWKS");
    QTest::newRow("EdDSA Ed448") << QStringLiteral("EdDSA") << int(TestKey::Type::Ed448) << QStringLiteral("EdDSA (Ed448), key k1 from the JWKS");
    row("HS256", -1, "HS256, the client secret");
    row("HS384", -1, "HS384, the client secret");
    row("HS512", -1, "HS512, the client secret");
}

void TestJwsVerifier::roundTrip()
{
    QFETCH(QString, alg);
    QFETCH(int, keyType);
    QFETCH(QString, passDetail);
    const QJsonObject header = obj({{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), QStringLiteral("k1")}});
    const QJsonObject payload = obj({{QStringLiteral("sub"), QStringLiteral("alice")}, {QStringLiteral("exp"), 1795690000}});

    QByteArray token;
    JsonWebKey key;
    JsonWebKey otherKey; // same family, different key material
    QString failDetail;
    if (keyType < 0) {
        const QByteArray secret = randomSecret(64);
        token = signJwtHs(header, payload, secret);
        key = JsonWebKey::fromSecret(secret);
        otherKey = JsonWebKey::fromSecret(randomSecret(64));
        failDetail = QStringLiteral("the %1 signature does not verify with the client secret").arg(alg);
    } else {
        const auto type = TestKey::Type(keyType);
        token = signJwt(header, payload, TestKey::cached(type, QStringLiteral("k1")));
        key = jwkOf(type, QStringLiteral("k1"));
        otherKey = jwkOf(type, QStringLiteral("k2"));
        failDetail = QStringLiteral("signature does not verify with %1 key k1 from the JWKS").arg(alg);
    }
    QVERIFY(key.usable());

    const SignatureResult good = verifyJws(parseJwt(token), key, alg);
    QVERIFY2(good.ok, qPrintable(good.detail));
    QCOMPARE(good.detail, passDetail);

    const QByteArray tamperedPayload =
        replacePart(token, 1, Base64Url::encode(compactJson(obj({{QStringLiteral("sub"), QStringLiteral("admin")}, {QStringLiteral("exp"), 1795690000}}))));
    const SignatureResult badPayload = verifyJws(parseJwt(tamperedPayload), key, alg);
    QVERIFY(!badPayload.ok);
    QCOMPARE(badPayload.detail, failDetail);

    const SignatureResult badSignature = verifyJws(parseJwt(flipSignatureBit(token)), key, alg);
    QVERIFY(!badSignature.ok);
    QCOMPARE(badSignature.detail, failDetail);

    const QByteArray tamperedHeader = replacePart(
        token, 0, Base64Url::encode(compactJson(obj({{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), QStringLiteral("k2")}}))));
    QVERIFY(!verifyJws(parseJwt(tamperedHeader), key, alg).ok);

    const SignatureResult wrongKey = verifyJws(parseJwt(token), otherKey, alg);
    QVERIFY(!wrongKey.ok);
}

void TestJwsVerifier::rfc7515A1Hs256()
{
    const ParsedJwt jwt = parseJwt(A1Token);
    QVERIFY(jwt.structurallyValid);
    const JsonWebKey key = JsonWebKey::fromSecret(*Base64Url::decode(A1Key));
    const SignatureResult r = verifyJws(jwt, key, QStringLiteral("HS256"));
    QVERIFY2(r.ok, qPrintable(r.detail));
    QVERIFY(!verifyJws(parseJwt(flipSignatureBit(A1Token)), key, QStringLiteral("HS256")).ok);
    QVERIFY(!verifyJws(jwt, key, QStringLiteral("HS384")).ok);
}

void TestJwsVerifier::rfc7515A2Rs256()
{
    const JsonWebKey key = JsonWebKey::fromJson(
        obj({{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), QString::fromLatin1(A2Modulus)}, {QStringLiteral("e"), QStringLiteral("AQAB")}}));
    QVERIFY2(key.usable(), qPrintable(key.defects.join(QLatin1String("; "))));
    QCOMPARE(key.bits, 2048);
    const SignatureResult r = verifyJws(parseJwt(A2Token), key, QStringLiteral("RS256"));
    QVERIFY2(r.ok, qPrintable(r.detail));
    QCOMPARE(r.detail, QStringLiteral("RS256, the key without kid from the JWKS"));
    QVERIFY(!verifyJws(parseJwt(flipSignatureBit(A2Token)), key, QStringLiteral("RS256")).ok);
    QVERIFY(!verifyJws(parseJwt(A2Token), key, QStringLiteral("PS256")).ok);
    QVERIFY(!verifyJws(parseJwt(A2Token), key, QStringLiteral("RS384")).ok);
}

void TestJwsVerifier::rfc7515A3Es256()
{
    const JsonWebKey key = JsonWebKey::fromJson(obj({{QStringLiteral("kty"), QStringLiteral("EC")},
                                                     {QStringLiteral("crv"), QStringLiteral("P-256")},
                                                     {QStringLiteral("x"), QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")},
                                                     {QStringLiteral("y"), QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")}}));
    QVERIFY2(key.usable(), qPrintable(key.defects.join(QLatin1String("; "))));
    const SignatureResult r = verifyJws(parseJwt(A3Token), key, QStringLiteral("ES256"));
    QVERIFY2(r.ok, qPrintable(r.detail));
    QVERIFY(!verifyJws(parseJwt(flipSignatureBit(A3Token)), key, QStringLiteral("ES256")).ok);
    QVERIFY(!verifyJws(parseJwt(replacePart(A3Token, 1, "eyJpc3MiOiJqb2UifQ")), key, QStringLiteral("ES256")).ok);
}

void TestJwsVerifier::rfc8037Ed25519()
{
    const JsonWebKey key = JsonWebKey::fromJson(obj({{QStringLiteral("kty"), QStringLiteral("OKP")},
                                                     {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                                                     {QStringLiteral("x"), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo")}}));
    QVERIFY2(key.usable(), qPrintable(key.defects.join(QLatin1String("; "))));
    const ParsedJwt jwt = parseJwt(Rfc8037Token);
    QVERIFY(!jwt.structurallyValid); // the payload is text, not a JSON object: the signature is still checkable
    const SignatureResult r = verifyJws(jwt, key, QStringLiteral("EdDSA"));
    QVERIFY2(r.ok, qPrintable(r.detail));
    QVERIFY(!verifyJws(parseJwt(flipSignatureBit(Rfc8037Token)), key, QStringLiteral("EdDSA")).ok);
}

void TestJwsVerifier::hsSignedWithRsaPublicKeyFails()
{
    // The classic RS/HS confusion attack: HMAC the token with the RSA public key, which anyone can download.
    const TestKey &rsa = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    const QByteArray pem = rsa.publicPem();
    QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
    const QByteArray token = signJwtHs(obj({{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("kid"), QStringLiteral("k1")}}),
                                       obj({{QStringLiteral("sub"), QStringLiteral("admin")}}), pem);
    const ParsedJwt jwt = parseJwt(token);
    QVERIFY(verifyJws(jwt, JsonWebKey::fromSecret(pem), QStringLiteral("HS256")).ok); // the HMAC itself is right

    const SignatureResult withRsaKey = verifyJws(jwt, jwkOf(TestKey::Type::Rsa, QStringLiteral("k1")), QStringLiteral("HS256"));
    QVERIFY(!withRsaKey.ok);
    QCOMPARE(withRsaKey.detail, QStringLiteral("key k1 from the JWKS is an RSA key (from its JWK kty/crv), but HS256 needs the "
                                               "client secret; the key type is never taken from the token"));

    const JsonWebKey octFromJwks = JsonWebKey::fromJson(obj({{QStringLiteral("kty"), QStringLiteral("oct")},
                                                             {QStringLiteral("kid"), QStringLiteral("k1")},
                                                             {QStringLiteral("k"), QString::fromLatin1(Base64Url::encode(pem))}}));
    const SignatureResult withOct = verifyJws(jwt, octFromJwks, QStringLiteral("HS256"));
    QVERIFY(!withOct.ok);
    QCOMPARE(withOct.detail, QStringLiteral("HS256 is verified only with the client secret, never with key k1 from the JWKS"));

    // The modulus bytes as the secret: same outcome.
    const QByteArray n = *Base64Url::decode(rsa.publicJwk().value(QLatin1String("n")).toString().toLatin1());
    const QByteArray token2 = signJwtHs(obj({{QStringLiteral("alg"), QStringLiteral("HS256")}}), obj({{QStringLiteral("sub"), QStringLiteral("admin")}}), n);
    QVERIFY(!verifyJws(parseJwt(token2), jwkOf(TestKey::Type::Rsa, QStringLiteral("k1")), QStringLiteral("HS256")).ok);
}

void TestJwsVerifier::rsTokenAgainstSecretKeyFails()
{
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), QStringLiteral("RS256")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}),
                                     TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")));
    const ParsedJwt jwt = parseJwt(token);
    const SignatureResult withSecret = verifyJws(jwt, JsonWebKey::fromSecret(randomSecret(32)), QStringLiteral("RS256"));
    QVERIFY(!withSecret.ok);
    QCOMPARE(withSecret.detail, QStringLiteral("RS256 needs an RSA key from the JWKS; the client secret only verifies HS256, HS384 and HS512"));
    const JsonWebKey oct = JsonWebKey::fromJson(obj({{QStringLiteral("kty"), QStringLiteral("oct")},
                                                     {QStringLiteral("kid"), QStringLiteral("s")},
                                                     {QStringLiteral("k"), QStringLiteral("c2VjcmV0c2VjcmV0")}}));
    const SignatureResult withOct = verifyJws(jwt, oct, QStringLiteral("RS256"));
    QVERIFY(!withOct.ok);
    QVERIFY2(withOct.detail.contains(QLatin1String("is a symmetric (oct) key")), qPrintable(withOct.detail));
}

void TestJwsVerifier::familyMismatch_data()
{
    QTest::addColumn<QString>("signAlg");
    QTest::addColumn<int>("signType");
    QTest::addColumn<QString>("verifyAlg");
    QTest::addColumn<int>("verifyType");
    QTest::addColumn<QString>("detail");
    QTest::newRow("RS256 with an EC key") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QStringLiteral("RS256")
                                          << int(TestKey::Type::EcP256)
                                          << QStringLiteral("key k1 from the JWKS is an EC P-256 key (from its JWK kty/crv), but RS256 needs an RSA key");
    QTest::newRow("ES256 with a P-384 key") << QStringLiteral("ES384") << int(TestKey::Type::EcP384) << QStringLiteral("ES256")
                                            << int(TestKey::Type::EcP384) << QStringLiteral("is an EC P-384 key (from its JWK kty/crv), but ES256 needs an EC P-256 key");
    QTest::newRow("ES384 with an RSA key") << QStringLiteral("RS384") << int(TestKey::Type::Rsa) << QStringLiteral("ES384")
                                           << int(TestKey::Type::Rsa) << QStringLiteral("is an RSA key (from its JWK kty/crv), but ES384 needs an EC P-384 key");
    QTest::newRow("EdDSA with an EC key") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QStringLiteral("EdDSA")
                                          << int(TestKey::Type::EcP256) << QStringLiteral("but EdDSA needs an OKP (Ed25519 or Ed448) key");
    QTest::newRow("PS256 with an Ed25519 key") << QStringLiteral("EdDSA") << int(TestKey::Type::Ed25519) << QStringLiteral("PS256")
                                               << int(TestKey::Type::Ed25519) << QStringLiteral("is an OKP Ed25519 key");
    QTest::newRow("PS256 token checked as RS256") << QStringLiteral("PS256") << int(TestKey::Type::Rsa) << QStringLiteral("RS256")
                                                  << int(TestKey::Type::Rsa) << QStringLiteral("signature does not verify with RS256 key k1 from the JWKS");
    QTest::newRow("RS256 token checked as PS256") << QStringLiteral("RS256") << int(TestKey::Type::Rsa) << QStringLiteral("PS256")
                                                  << int(TestKey::Type::Rsa) << QStringLiteral("signature does not verify with PS256 key k1 from the JWKS");
    QTest::newRow("RS256 token checked as RS512") << QStringLiteral("RS256") << int(TestKey::Type::Rsa) << QStringLiteral("RS512")
                                                  << int(TestKey::Type::Rsa) << QStringLiteral("signature does not verify with RS512 key k1 from the JWKS");
}

void TestJwsVerifier::familyMismatch()
{
    QFETCH(QString, signAlg);
    QFETCH(int, signType);
    QFETCH(QString, verifyAlg);
    QFETCH(int, verifyType);
    QFETCH(QString, detail);
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), verifyAlg}, {QStringLiteral("kid"), QStringLiteral("k1")}}),
                                     obj({{QStringLiteral("sub"), QStringLiteral("a")}}),
                                     TestKey::cached(TestKey::Type(signType), QStringLiteral("k1")), signAlg);
    const SignatureResult r = verifyJws(parseJwt(token), jwkOf(TestKey::Type(verifyType), QStringLiteral("k1")), verifyAlg);
    QVERIFY(!r.ok);
    QVERIFY2(r.detail.contains(detail), qPrintable(r.detail));
}

void TestJwsVerifier::keyConstraints_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detail");
    QTest::newRow("alg matches") << obj({{QStringLiteral("alg"), QStringLiteral("RS256")}}) << true << QStringLiteral("RS256, key k1 from the JWKS");
    QTest::newRow("key is for RS384") << obj({{QStringLiteral("alg"), QStringLiteral("RS384")}}) << false
                                      << QStringLiteral("key k1 from the JWKS is for RS384, but the token says RS256");
    QTest::newRow("use sig") << obj({{QStringLiteral("use"), QStringLiteral("sig")}}) << true << QStringLiteral("RS256, key k1 from the JWKS");
    QTest::newRow("use enc") << obj({{QStringLiteral("use"), QStringLiteral("enc")}}) << false
                             << QStringLiteral("key k1 from the JWKS has use \"enc\", not \"sig\"");
    QTest::newRow("key_ops verify") << obj({{QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")}}}) << true
                                    << QStringLiteral("RS256, key k1 from the JWKS");
    QTest::newRow("key_ops encrypt") << obj({{QStringLiteral("key_ops"), QJsonArray{QStringLiteral("encrypt")}}}) << false
                                     << QStringLiteral("key k1 from the JWKS has key_ops [encrypt], which does not include \"verify\"");
}

void TestJwsVerifier::keyConstraints()
{
    QFETCH(QJsonObject, extra);
    QFETCH(bool, ok);
    QFETCH(QString, detail);
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), QStringLiteral("RS256")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}),
                                     TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")));
    const SignatureResult r = verifyJws(parseJwt(token), jwkOf(TestKey::Type::Rsa, QStringLiteral("k1"), extra), QStringLiteral("RS256"));
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.detail, detail);
}

void TestJwsVerifier::ecdsaSignatureLength_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("keyType");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("detail");
    QTest::newRow("ES256, 65 bytes") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QByteArray(65, '\x01')
                                     << QStringLiteral("the ES256 signature is 65 bytes; a JOSE ES256 signature is exactly 64 bytes (r || s, RFC 7518 section 3.4)");
    QTest::newRow("ES256, 63 bytes") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QByteArray(63, '\x01')
                                     << QStringLiteral("the ES256 signature is 63 bytes; a JOSE ES256 signature is exactly 64 bytes (r || s, RFC 7518 section 3.4)");
    QTest::newRow("ES256, DER") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QByteArray("\x30\x44\x02\x20", 4) + QByteArray(66, '\x01')
                                << QStringLiteral("the ES256 signature is 70 bytes; a JOSE ES256 signature is exactly 64 bytes (r || s, RFC 7518 "
                                                  "section 3.4); this looks DER-encoded, which JOSE does not allow");
    QTest::newRow("ES512, 130 bytes") << QStringLiteral("ES512") << int(TestKey::Type::EcP521) << QByteArray(130, '\x01')
                                      << QStringLiteral("the ES512 signature is 130 bytes; a JOSE ES512 signature is exactly 132 bytes (r || s, RFC 7518 section 3.4)");
    QTest::newRow("ES256, r = 0") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QByteArray(32, '\0') + QByteArray(32, '\x01')
                                  << QStringLiteral("signature does not verify with ES256 key k1 from the JWKS");
    QTest::newRow("ES256, r and s above the group order") << QStringLiteral("ES256") << int(TestKey::Type::EcP256) << QByteArray(64, '\xff')
                                                 << QStringLiteral("signature does not verify with ES256 key k1 from the JWKS");
}

void TestJwsVerifier::ecdsaSignatureLength()
{
    QFETCH(QString, alg);
    QFETCH(int, keyType);
    QFETCH(QByteArray, signature);
    QFETCH(QString, detail);
    const QByteArray token = assembleJwt(compactJson(obj({{QStringLiteral("alg"), alg}})), compactJson(obj({{QStringLiteral("sub"), QStringLiteral("a")}})), signature);
    const SignatureResult r = verifyJws(parseJwt(token), jwkOf(TestKey::Type(keyType), QStringLiteral("k1")), alg);
    QVERIFY(!r.ok);
    QCOMPARE(r.detail, detail);
}

void TestJwsVerifier::rsaSignatureLength()
{
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), QStringLiteral("RS256")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}),
                                     TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")));
    QList<QByteArray> parts = token.split('.');
    parts[2] = Base64Url::encode(Base64Url::decode(parts[2])->chopped(1));
    const SignatureResult r = verifyJws(parseJwt(parts.join('.')), jwkOf(TestKey::Type::Rsa, QStringLiteral("k1")), QStringLiteral("RS256"));
    QVERIFY(!r.ok);
    QCOMPARE(r.detail, QStringLiteral("signature does not verify with RS256 key k1 from the JWKS (the signature is 255 bytes, the "
                                      "2048-bit key's signatures are 256 bytes)"));
}

void TestJwsVerifier::noneAndUnsupported_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("detail");
    QTest::newRow("none") << QStringLiteral("none") << QStringLiteral("alg \"none\": the token is unsigned, and unsigned tokens are never accepted");
    QTest::newRow("NONE") << QStringLiteral("NONE") << QStringLiteral("alg \"none\": the token is unsigned, and unsigned tokens are never accepted");
    QTest::newRow("ES256K") << QStringLiteral("ES256K") << QStringLiteral("alg \"ES256K\" is not supported (supported: RS256, RS384, RS512, "
                                                                          "PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, HS256, HS384, HS512)");
    QTest::newRow("empty") << QString() << QStringLiteral("alg \"\" is not supported");
}

void TestJwsVerifier::noneAndUnsupported()
{
    QFETCH(QString, alg);
    QFETCH(QString, detail);
    const TestKey &rsa = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), alg}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}), rsa, QStringLiteral("RS256"));
    const SignatureResult r = verifyJws(parseJwt(token), jwkOf(TestKey::Type::Rsa, QStringLiteral("k1")), alg);
    QVERIFY(!r.ok);
    QVERIFY2(r.detail.startsWith(detail), qPrintable(r.detail));
}

void TestJwsVerifier::emptySignature()
{
    const QByteArray token = assembleJwt(R"({"alg":"RS256"})", R"({"sub":"a"})", {});
    const SignatureResult r = verifyJws(parseJwt(token), jwkOf(TestKey::Type::Rsa, QStringLiteral("k1")), QStringLiteral("RS256"));
    QVERIFY(!r.ok);
    QCOMPARE(r.detail, QStringLiteral("the token has no signature"));
}

void TestJwsVerifier::shortHmacSecretWarns()
{
    const QByteArray secret = "sixteen-byte-key";
    const QByteArray token = signJwtHs(obj({{QStringLiteral("alg"), QStringLiteral("HS256")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}), secret);
    const SignatureResult r = verifyJws(parseJwt(token), JsonWebKey::fromSecret(secret), QStringLiteral("HS256"));
    QVERIFY(r.ok);
    QCOMPARE(r.detail, QStringLiteral("HS256, the client secret (warning: the secret is 16 bytes; RFC 7518 section 3.2 requires at least 32 bytes for HS256)"));
    const QByteArray token512 = signJwtHs(obj({{QStringLiteral("alg"), QStringLiteral("HS512")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}), randomSecret(32));
    QVERIFY(!verifyJws(parseJwt(token512), JsonWebKey::fromSecret(secret), QStringLiteral("HS512")).ok);
}

void TestJwsVerifier::unusableKey()
{
    const QByteArray token = signJwt(obj({{QStringLiteral("alg"), QStringLiteral("ES256")}}), obj({{QStringLiteral("sub"), QStringLiteral("a")}}),
                                     TestKey::cached(TestKey::Type::EcP256, QStringLiteral("k1")));
    const JsonWebKey broken = jwkOf(TestKey::Type::EcP256, QStringLiteral("k1"), obj({{QStringLiteral("crv"), QStringLiteral("P-192")}}));
    const SignatureResult r = verifyJws(parseJwt(token), broken, QStringLiteral("ES256"));
    QVERIFY(!r.ok);
    QCOMPARE(r.detail, QStringLiteral("key k1 from the JWKS is unusable: the EC curve \"P-192\" is not supported (supported: P-256, P-384, P-521)"));
}

QTEST_GUILESS_MAIN(TestJwsVerifier)
#include "TestJwsVerifier.moc"
