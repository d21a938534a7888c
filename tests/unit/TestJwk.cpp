#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "TestKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {

// RFC 7638 section 3.1.
QJsonObject rfc7638Key()
{
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("n"), QStringLiteral("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw")},
        {QStringLiteral("e"), QStringLiteral("AQAB")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), QStringLiteral("2011-04-29")},
    };
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

QString expectedThumbprint(const QByteArray &canonicalJson)
{
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256)));
}

} // namespace

class TestJwk : public QObject
{
    Q_OBJECT
private slots:
    void rfc7638Thumbprint();
    void generatedKeys_data();
    void generatedKeys();
    void defects_data();
    void defects();
    void shortCoordinateIsPaddedWithDefect();
    void privateMembers();
    void fromSecret();
    void copiesShareTheImportedKey();
    void parseJwks_data();
    void parseJwks();
    void parseJwksKeepsOrderAndMembers();
};

void TestJwk::rfc7638Thumbprint()
{
    const JsonWebKey key = JsonWebKey::fromJson(rfc7638Key());
    QVERIFY2(key.defects.isEmpty(), qPrintable(key.defects.join(QLatin1String("; "))));
    QVERIFY(key.usable());
    QVERIFY(key.pkey());
    QCOMPARE(key.bits, 2048);
    QCOMPARE(key.kid, QStringLiteral("2011-04-29"));
    QCOMPARE(key.alg, QStringLiteral("RS256"));
    QCOMPARE(key.thumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(key.describe(), QStringLiteral("key 2011-04-29 from the JWKS"));
    QVERIFY(!key.isClientSecret());
}

void TestJwk::generatedKeys_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("opensslType");
    QTest::newRow("RSA 2048") << int(TestKey::Type::Rsa) << QStringLiteral("RSA") << QString() << 2048 << QStringLiteral("RSA");
    QTest::newRow("EC P-256") << int(TestKey::Type::EcP256) << QStringLiteral("EC") << QStringLiteral("P-256") << 256 << QStringLiteral("EC");
    QTest::newRow("EC P-384") << int(TestKey::Type::EcP384) << QStringLiteral("EC") << QStringLiteral("P-384") << 384 << QStringLiteral("EC");
    QTest::newRow("EC P-521") << int(TestKey::Type::EcP521) << QStringLiteral("EC") << QStringLiteral("P-521") << 521 << QStringLiteral("EC");
    QTest::newRow("Ed25519") << int(TestKey::Type::Ed25519) << QStringLiteral("OKP") << QStringLiteral("Ed25519") << 255 << QStringLiteral("ED25519");
    QTest::newRow("Ed448") << int(TestKey::Type::Ed448) << QStringLiteral("OKP") << QStringLiteral("Ed448") << 448 << QStringLiteral("ED448");
}

void TestJwk::generatedKeys()
{
    QFETCH(int, type);
    QFETCH(QString, kty);
    QFETCH(QString, crv);
    QFETCH(int, bits);
    QFETCH(QString, opensslType);
    const TestKey &testKey = TestKey::cached(TestKey::Type(type), QStringLiteral("k1"));
    QVERIFY(!testKey.isNull());
    const QJsonObject json = testKey.publicJwk();
    const JsonWebKey key = JsonWebKey::fromJson(with(json, QStringLiteral("use"), QStringLiteral("sig")));
    QVERIFY2(key.defects.isEmpty(), qPrintable(key.defects.join(QLatin1String("; "))));
    QVERIFY(key.usable());
    QVERIFY(key.pkey());
    QVERIFY(EVP_PKEY_is_a(key.pkey(), opensslType.toLatin1().constData()));
    QVERIFY(EVP_PKEY_eq(key.pkey(), testKey.pkey()) == 1);
    QCOMPARE(key.kty, kty);
    QCOMPARE(key.crv, crv);
    QCOMPARE(key.bits, bits);
    QCOMPARE(key.kid, QStringLiteral("k1"));
    QCOMPARE(key.use, QStringLiteral("sig"));
    QVERIFY(key.secret().isEmpty());

    // RFC 7638: the required members only, in lexicographic order, no whitespace.
    QByteArray canonical;
    const auto v = [&](const char *name) { return json.value(QLatin1String(name)).toString().toLatin1(); };
    if (kty == QLatin1String("RSA"))
        canonical = "{\"e\":\"" + v("e") + "\",\"kty\":\"RSA\",\"n\":\"" + v("n") + "\"}";
    else if (kty == QLatin1String("EC"))
        canonical = "{\"crv\":\"" + v("crv") + "\",\"kty\":\"EC\",\"x\":\"" + v("x") + "\",\"y\":\"" + v("y") + "\"}";
    else
        canonical = "{\"crv\":\"" + v("crv") + "\",\"kty\":\"OKP\",\"x\":\"" + v("x") + "\"}";
    QCOMPARE(key.thumbprint(), expectedThumbprint(canonical));
}

void TestJwk::defects_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("defect");

    const QJsonObject rsa = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk();
    const QJsonObject ec = TestKey::cached(TestKey::Type::EcP256, QStringLiteral("k1")).publicJwk();
    const QJsonObject ed = TestKey::cached(TestKey::Type::Ed25519, QStringLiteral("k1")).publicJwk();
    const QJsonObject rsa1024 = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("small"), 1024).publicJwk();
    const QByteArray ecX = *Base64Url::decode(ec.value(QLatin1String("x")).toString().toLatin1());
    const QByteArray ecY = *Base64Url::decode(ec.value(QLatin1String("y")).toString().toLatin1());
    QByteArray offCurveY = ecY;
    offCurveY[31] = char(offCurveY[31] ^ 1);
    const auto b64 = [](const QByteArray &b) { return QString::fromLatin1(Base64Url::encode(b)); };

    QTest::newRow("no kty") << with(rsa, QStringLiteral("kty"), QJsonValue::Undefined) << false
                            << QStringLiteral("the key has no \"kty\" member");
    QTest::newRow("unknown kty") << with(rsa, QStringLiteral("kty"), QStringLiteral("DSA")) << false
                                 << QStringLiteral("the key type \"DSA\" is not supported");
    QTest::newRow("RSA without n") << with(rsa, QStringLiteral("n"), QJsonValue::Undefined) << false
                                   << QStringLiteral("the RSA key has no \"n\" member");
    QTest::newRow("RSA n padded base64") << with(rsa, QStringLiteral("n"), rsa.value(QLatin1String("n")).toString() + QStringLiteral("=="))
                                         << false << QStringLiteral("the member \"n\" is not valid base64url (padding");
    QTest::newRow("RSA e not a string") << with(rsa, QStringLiteral("e"), 65537) << false
                                        << QStringLiteral("the member \"e\" is not a string");
    QTest::newRow("RSA 1024 bits") << rsa1024 << true << QStringLiteral("the RSA key is only 1024 bits");
    QTest::newRow("RSA even modulus") << with(rsa, QStringLiteral("n"), b64(QByteArray(256, '\x02'))) << false
                                      << QStringLiteral("is not a valid modulus");
    QTest::newRow("RSA e = 1") << with(rsa, QStringLiteral("e"), QStringLiteral("AQ")) << false
                               << QStringLiteral("the RSA public exponent e is not valid");
    QTest::newRow("RSA alg ES256") << with(rsa, QStringLiteral("alg"), QStringLiteral("ES256")) << true
                                   << QStringLiteral("the key declares alg ES256, which does not fit an RSA key");
    QTest::newRow("EC without crv") << with(ec, QStringLiteral("crv"), QJsonValue::Undefined) << false
                                    << QStringLiteral("the EC key has no \"crv\" member");
    QTest::newRow("EC secp256k1") << with(ec, QStringLiteral("crv"), QStringLiteral("secp256k1")) << false
                                  << QStringLiteral("the EC curve \"secp256k1\" is not supported");
    QTest::newRow("EC point off the curve") << with(ec, QStringLiteral("y"), b64(offCurveY)) << false
                                            << QStringLiteral("P-256");
    QTest::newRow("EC x too long") << with(ec, QStringLiteral("x"), b64(QByteArray(1, '\0') + ecX)) << false
                                   << QStringLiteral("the coordinate \"x\" is 33 bytes; P-256 coordinates must be exactly 32 bytes");
    QTest::newRow("EC x too short") << with(ec, QStringLiteral("x"), b64(ecX.left(31))) << false
                                    << QStringLiteral("the coordinate \"x\" is 31 bytes; P-256 coordinates must be exactly 32 bytes");
    QTest::newRow("EC alg ES384 on P-256") << with(ec, QStringLiteral("alg"), QStringLiteral("ES384")) << true
                                           << QStringLiteral("the key declares alg ES384, which does not fit an EC P-256 key");
    QTest::newRow("OKP X25519") << with(ed, QStringLiteral("crv"), QStringLiteral("X25519")) << false
                                << QStringLiteral("X25519 keys are for key agreement (encryption), not for signatures");
    QTest::newRow("OKP Ed25519 short x") << with(ed, QStringLiteral("x"), b64(QByteArray(31, '\x01'))) << false
                                         << QStringLiteral("the public key \"x\" is 31 bytes; Ed25519 public keys are 32 bytes");
    QTest::newRow("oct without k") << QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}} << false
                                   << QStringLiteral("the oct key has no \"k\" member");
    QTest::newRow("key_ops not an array") << with(rsa, QStringLiteral("key_ops"), QStringLiteral("verify")) << true
                                          << QStringLiteral("\"key_ops\" is not an array");
    QTest::newRow("unknown use") << with(rsa, QStringLiteral("use"), QStringLiteral("signing")) << true
                                 << QStringLiteral("unknown \"use\" value \"signing\"");
    QTest::newRow("kid not a string") << with(rsa, QStringLiteral("kid"), 7) << true << QStringLiteral("the member \"kid\" is not a string");
}

void TestJwk::defects()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(bool, usable);
    QFETCH(QString, defect);
    const JsonWebKey key = JsonWebKey::fromJson(jwk);
    const QString all = key.defects.join(QLatin1String(" | "));
    QVERIFY2(all.contains(defect), qPrintable(all));
    QCOMPARE(key.usable(), usable);
    if (!usable) {
        QVERIFY(!key.pkey());
        QVERIFY(key.thumbprint().isEmpty());
    }
}

void TestJwk::shortCoordinateIsPaddedWithDefect()
{
    // Some providers drop leading zero bytes of x or y; RFC 7518 forbids that, but the key is still the same key.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const TestKey key = TestKey::generate(TestKey::Type::EcP256, QStringLiteral("z"));
        QJsonObject jwk = key.publicJwk();
        const QByteArray x = *Base64Url::decode(jwk.value(QLatin1String("x")).toString().toLatin1());
        if (x.at(0) != '\0')
            continue;
        jwk.insert(QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(x.mid(1))));
        const JsonWebKey parsed = JsonWebKey::fromJson(jwk);
        QVERIFY(parsed.usable());
        QVERIFY(EVP_PKEY_eq(parsed.pkey(), key.pkey()) == 1);
        QCOMPARE(parsed.defects, QStringList{QStringLiteral("the coordinate \"x\" is 31 bytes; P-256 coordinates must be exactly 32 bytes (RFC 7518 section 6.2.1.2)")});
        return;
    }
    QFAIL("no P-256 key with a leading zero byte in x was generated");
}

void TestJwk::privateMembers()
{
    QJsonObject rsa = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk();
    for (const char *m : {"d", "p", "q", "dp", "dq", "qi"})
        rsa.insert(QLatin1String(m), QStringLiteral("AQAB"));
    const JsonWebKey key = JsonWebKey::fromJson(rsa);
    QVERIFY(key.usable()); // the public part still works
    QCOMPARE(key.privateMembers(), (QStringList{QStringLiteral("d"), QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("dp"),
                                                QStringLiteral("dq"), QStringLiteral("qi")}));
    QVERIFY(key.defects.isEmpty());
    const JwkSet set = tokenscope::parseJwks(jwksJson({rsa}));
    QCOMPARE(set.defects, QStringList{QStringLiteral("the JWKS publishes private key material: key k1 has d, p, q, dp, dq, qi")});

    QJsonObject ed = TestKey::cached(TestKey::Type::Ed25519, QStringLiteral("ed1")).publicJwk();
    ed.insert(QStringLiteral("d"), QStringLiteral("AQAB"));
    QCOMPARE(JsonWebKey::fromJson(ed).privateMembers(), QStringList{QStringLiteral("d")});
    QCOMPARE(JsonWebKey::fromJson(TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec1")).publicJwk()).privateMembers(), QStringList());
}

void TestJwk::fromSecret()
{
    const JsonWebKey key = JsonWebKey::fromSecret("0123456789abcdef0123456789abcdef");
    QVERIFY(key.usable());
    QVERIFY(!key.pkey());
    QCOMPARE(key.kty, QStringLiteral("oct"));
    QCOMPARE(key.secret(), QByteArray("0123456789abcdef0123456789abcdef"));
    QCOMPARE(key.bits, 256);
    QVERIFY(key.isClientSecret());
    QVERIFY(key.thumbprint().isEmpty()); // never display a hash of the client secret
    QCOMPARE(key.describe(), QStringLiteral("the client secret"));

    const JsonWebKey empty = JsonWebKey::fromSecret({});
    QVERIFY(!empty.usable());
    QCOMPARE(empty.defects, QStringList{QStringLiteral("the client secret is empty")});

    // An oct JWK is a secret key too, but not the client secret.
    const JsonWebKey oct = JsonWebKey::fromJson(QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                            {QStringLiteral("k"), QStringLiteral("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow")}});
    QVERIFY(oct.usable());
    QVERIFY(!oct.isClientSecret());
    QCOMPARE(oct.bits, 512);
    QCOMPARE(oct.secret().size(), 64);
    QCOMPARE(oct.thumbprint(),
             expectedThumbprint("{\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\",\"kty\":\"oct\"}"));
}

void TestJwk::copiesShareTheImportedKey()
{
    const JwkSet set = tokenscope::parseJwks(jwksJson({TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk()}));
    QCOMPARE(set.keys.size(), 1);
    const JsonWebKey copy = set.keys.first();
    QVERIFY(copy.pkey());
    QCOMPARE(copy.pkey(), set.keys.first().pkey()); // imported once, shared by copies
}

void TestJwk::parseJwks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<int>("keyCount");
    QTest::addColumn<QString>("defect"); // empty: no defects at all

    const QJsonObject rsa = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk();
    const QJsonObject rsa2 = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k2")).publicJwk();
    const QJsonObject ec = TestKey::cached(TestKey::Type::EcP256, QStringLiteral("ec1")).publicJwk();
    const QJsonObject ed = TestKey::cached(TestKey::Type::Ed25519, QStringLiteral("ed1")).publicJwk();

    QTest::newRow("good") << jwksJson({rsa, rsa2, ec, ed}) << true << 4 << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << false << 0 << QStringLiteral("the JWKS is not valid JSON: ");
    QTest::newRow("an array") << QByteArray("[]") << false << 0 << QStringLiteral("the JWKS is not a JSON object");
    QTest::newRow("no keys") << QByteArray(R"({"issuer":"x"})") << false << 0 << QStringLiteral("the JWKS has no \"keys\" member");
    QTest::newRow("keys not an array") << QByteArray(R"({"keys":{}})") << false << 0
                                       << QStringLiteral("the JWKS member \"keys\" is not an array");
    QTest::newRow("empty keys") << QByteArray(R"({"keys":[]})") << true << 0 << QStringLiteral("the JWKS has no keys");
    QTest::newRow("duplicate kids") << jwksJson({rsa, with(rsa2, QStringLiteral("kid"), QStringLiteral("k1"))}) << true << 2
                                    << QStringLiteral("the kid \"k1\" is used by 2 keys");
    QTest::newRow("private key material") << jwksJson({with(rsa, QStringLiteral("d"), QStringLiteral("AQAB")), ec}) << true << 2
                                          << QStringLiteral("the JWKS publishes private key material: key k1 has d");
    QTest::newRow("symmetric key") << jwksJson({QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")},
                                                            {QStringLiteral("kid"), QStringLiteral("s1")},
                                                            {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}})
                                   << true << 1 << QStringLiteral("the JWKS publishes a symmetric (oct) key, key s1");
    QTest::newRow("member not an object") << QByteArray(R"({"keys":[1]})") << true << 0 << QStringLiteral("keys[0] is not a JSON object");
    QTest::newRow("unusable key: reported on the key only") << jwksJson({with(ec, QStringLiteral("crv"), QStringLiteral("P-192"))}) << true << 1
                                                        << QString();
    QTest::newRow("several keys, one without kid") << jwksJson({rsa, with(ec, QStringLiteral("kid"), QJsonValue::Undefined)}) << true << 2
                                                   << QStringLiteral("1 of the 2 keys have no kid");
    // RFC 7517 section 5: keys of types that are not understood are ignored, so they need no kid.
    QTest::newRow("unsupported types without kid are no defect")
        << jwksJson({rsa, with(ec, QStringLiteral("crv"), QStringLiteral("secp256k1")), with(with(ec, QStringLiteral("kid"), QJsonValue::Undefined), QStringLiteral("crv"), QStringLiteral("secp256k1")),
                     QJsonObject{{QStringLiteral("kty"), QStringLiteral("AKP")}, {QStringLiteral("alg"), QStringLiteral("ML-DSA-44")}}})
        << true << 4 << QString();
    QTest::newRow("one key without kid is fine") << jwksJson({with(ec, QStringLiteral("kid"), QJsonValue::Undefined)}) << true << 1
                                                 << QString();
    QTest::newRow("encryption key is not a defect") << jwksJson({rsa, with(with(rsa2, QStringLiteral("use"), QStringLiteral("enc")),
                                                                           QStringLiteral("alg"), QStringLiteral("RSA-OAEP"))})
                                                    << true << 2 << QString();
    QTest::newRow("over 1 MiB") << QByteArray(R"({"keys":[],"pad":")") + QByteArray(MaxJwksSize, 'a') + "\"}" << false << 0
                                << QStringLiteral("more than the 1 MiB limit");
}

void TestJwk::parseJwks()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, parsed);
    QFETCH(int, keyCount);
    QFETCH(QString, defect);
    const JwkSet set = tokenscope::parseJwks(json);
    QCOMPARE(set.parsed, parsed);
    QCOMPARE(set.keys.size(), keyCount);
    const QString all = set.defects.join(QLatin1String(" | "));
    if (defect.isEmpty())
        QVERIFY2(set.defects.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(defect), qPrintable(all));
}

void TestJwk::parseJwksKeepsOrderAndMembers()
{
    QJsonObject ec = TestKey::cached(TestKey::Type::EcP384, QStringLiteral("ec384")).publicJwk();
    ec.insert(QStringLiteral("alg"), QStringLiteral("ES384"));
    ec.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
    const JwkSet set = tokenscope::parseJwks(jwksJson({TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk(), ec}));
    QVERIFY(set.parsed);
    QCOMPARE(set.keys.size(), 2);
    QCOMPARE(set.keys[0].kid, QStringLiteral("k1"));
    QCOMPARE(set.keys[1].kid, QStringLiteral("ec384"));
    QCOMPARE(set.keys[1].alg, QStringLiteral("ES384"));
    QCOMPARE(set.keys[1].keyOps, QStringList{QStringLiteral("verify")});
    QCOMPARE(set.keys[1].bits, 384);
}

QTEST_GUILESS_MAIN(TestJwk)
#include "TestJwk.moc"
