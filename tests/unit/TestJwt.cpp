#include "core/jose/Base64Url.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QTest>

using namespace tokenscope;

namespace {

// RFC 7515 appendix A.1 (HS256), exactly as printed.
const QByteArray Rfc7515A1 = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
                             ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
                             ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

// A token from raw JSON text (so tests can write JSON that QJsonDocument would never produce).
QByteArray token(const QByteArray &headerJson, const QByteArray &payloadJson, const QByteArray &signature = "c2ln")
{
    return Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson) + '.' + signature;
}

const QByteArray GoodHeader = R"({"alg":"RS256","kid":"k1","typ":"JWT"})";
const QByteArray GoodPayload = R"({"iss":"https://idp.example/","sub":"u1","aud":"app","exp":1795690000,"iat":1795680000})";

QByteArray nested(int depth)
{
    return "{\"x\":" + QByteArray(depth - 1, '[') + "1" + QByteArray(depth - 1, ']') + "}";
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT
private slots:
    void rfc7515A1();
    void trimsWhitespace();
    void accessors();
    void defects_data();
    void defects();
    void wellFormedHasNoDefects_data();
    void wellFormedHasNoDefects();
    void jweHeaderIsDecoded();
    void sizeCap();
    void exactlyAtSizeCapIsParsed();
    void looksLikeJwt_data();
    void looksLikeJwt();
    void jsonHasNoSignatureOrRaw();
};

void TestJwt::rfc7515A1()
{
    const ParsedJwt jwt = parseJwt(Rfc7515A1);
    QVERIFY2(jwt.defects.isEmpty(), qPrintable(jwt.defects.join(QLatin1String("; "))));
    QVERIFY(jwt.structurallyValid);
    QCOMPARE(jwt.raw, Rfc7515A1);
    QCOMPARE(jwt.signingInput, Rfc7515A1.left(Rfc7515A1.lastIndexOf('.')));
    QCOMPARE(jwt.alg(), QStringLiteral("HS256"));
    QCOMPARE(jwt.typ(), QStringLiteral("JWT"));
    QCOMPARE(jwt.kid(), QString());
    QCOMPARE(jwt.payload.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(jwt.payload.value(QLatin1String("exp")).toInteger(), 1300819380);
    QCOMPARE(jwt.payload.value(QLatin1String("http://example.com/is_root")).toBool(), true);
    QCOMPARE(jwt.signature.size(), 32);
    QCOMPARE(Base64Url::encode(jwt.signature), QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
}

void TestJwt::trimsWhitespace()
{
    const ParsedJwt jwt = parseJwt("  \t" + Rfc7515A1 + "\r\n");
    QVERIFY(jwt.defects.isEmpty());
    QCOMPARE(jwt.raw, Rfc7515A1);
    QVERIFY(jwt.structurallyValid);
}

void TestJwt::accessors()
{
    const ParsedJwt jwt = parseJwt(token(R"({"alg":"ES256","kid":42,"typ":"at+jwt"})", GoodPayload));
    QCOMPARE(jwt.alg(), QStringLiteral("ES256"));
    QCOMPARE(jwt.kid(), QString()); // not a string
    QCOMPARE(jwt.typ(), QStringLiteral("at+jwt"));
    QVERIFY(jwt.defects.join(QLatin1Char('|')).contains(QLatin1String("the header member \"kid\" is a number, not a string")));
}

void TestJwt::defects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("defect");
    QTest::addColumn<bool>("structurallyValid");

    QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("the token is empty") << false;
    QTest::newRow("one part (opaque)") << QByteArray("2YotnFZFEjr1zCsicMWpAA")
                                       << QStringLiteral("the token has no '.' separators: it is not a JWT") << false;
    QTest::newRow("two parts") << Base64Url::encode(GoodHeader) + '.' + Base64Url::encode(GoodPayload)
                               << QStringLiteral("the token has 2 parts separated by '.'; a signed JWT (JWS) has 3") << false;
    QTest::newRow("four parts") << token(GoodHeader, GoodPayload) + ".x"
                                << QStringLiteral("the token has 4 parts separated by '.'; a signed JWT (JWS) has 3") << false;
    QTest::newRow("JWE, 5 parts") << QByteArray("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVy.dGFn")
                                  << QStringLiteral("an encrypted JWE, which Tokenscope cannot decrypt") << false;
    QTest::newRow("empty header") << "." + Base64Url::encode(GoodPayload) + ".c2ln" << QStringLiteral("the header is empty") << false;
    QTest::newRow("empty payload") << Base64Url::encode(GoodHeader) + "..c2ln" << QStringLiteral("the payload is empty") << false;
    QTest::newRow("empty signature") << token(GoodHeader, GoodPayload, "")
                                     << QStringLiteral("the signature is empty: the token is unsigned") << true;
    QTest::newRow("header not base64url") << "eyJhbGciOiJSUzI1NiJ9!." + Base64Url::encode(GoodPayload) + ".c2ln"
                                          << QStringLiteral("the header is not valid base64url (character '!' at offset 20")
                                          << false;
    QTest::newRow("payload padded") << Base64Url::encode(GoodHeader) + ".eyJzdWIiOiJ1MSJ9=.c2ln"
                                    << QStringLiteral("the payload is not valid base64url (padding character '='") << false;
    QTest::newRow("payload standard base64") << Base64Url::encode(GoodHeader) + ".eyJzdWIiOiI/Pz8ifQ.c2ln"
                                             << QStringLiteral("the payload is not valid base64url (character '/'") << false;
    QTest::newRow("signature not base64url") << token(GoodHeader, GoodPayload, "c2l+")
                                             << QStringLiteral("the signature is not valid base64url") << true;
    QTest::newRow("header not JSON") << token("{\"alg\":\"RS256\"", GoodPayload)
                                     << QStringLiteral("the header is not valid JSON: ") << false;
    QTest::newRow("payload is an array") << token(GoodHeader, "[1,2]")
                                         << QStringLiteral("the payload is JSON but not an object (it is an array)") << false;
    QTest::newRow("payload not UTF-8") << token(GoodHeader, "{\"sub\":\"\xff\"}")
                                       << QStringLiteral("the payload is not valid UTF-8 (byte 0xff at offset 8") << false;
    QTest::newRow("overlong UTF-8") << token(GoodHeader, "{\"sub\":\"\xc0\xaf\"}")
                                    << QStringLiteral("the payload is not valid UTF-8 (byte 0xc0") << false;
    QTest::newRow("duplicate alg") << token(R"({"alg":"RS256","alg":"none"})", GoodPayload)
                                   << QStringLiteral("the header has the member \"alg\" more than once") << true;
    QTest::newRow("duplicate sub, escaped") << token(GoodHeader, R"({"sub":"a","\u0073ub":"b","exp":1})")
                                            << QStringLiteral("the payload has the member \"sub\" more than once") << true;
    QTest::newRow("duplicate in nested object") << token(GoodHeader, R"({"sub":"a","x":{"k":1,"k":2}})")
                                                << QStringLiteral("the payload has the member \"k\" more than once") << true;
    QTest::newRow("nesting 65 levels") << token(GoodHeader, nested(65))
                                       << QStringLiteral("the payload JSON nests deeper than 64 levels") << false;
    QTest::newRow("alg missing") << token(R"({"typ":"JWT"})", GoodPayload) << QStringLiteral("the header has no \"alg\" member") << true;
    QTest::newRow("alg not a string") << token(R"({"alg":["RS256"]})", GoodPayload)
                                      << QStringLiteral("the header member \"alg\" is an array, not a string") << true;
    QTest::newRow("crit") << token(R"({"alg":"RS256","crit":["exp"],"exp":1})", GoodPayload)
                          << QStringLiteral("the header has \"crit\" (exp): Tokenscope supports no critical header extensions") << true;
    QTest::newRow("exp is a string") << token(GoodHeader, R"({"exp":"1795690000"})")
                                     << QStringLiteral("the claim \"exp\" is a string, not a number") << true;
    QTest::newRow("iat is null") << token(GoodHeader, R"({"iat":null})") << QStringLiteral("the claim \"iat\" is null, not a number") << true;
    QTest::newRow("nbf is a boolean") << token(GoodHeader, R"({"nbf":true})")
                                      << QStringLiteral("the claim \"nbf\" is a boolean, not a number") << true;
    QTest::newRow("auth_time is a string") << token(GoodHeader, R"({"auth_time":"yesterday"})")
                                           << QStringLiteral("the claim \"auth_time\" is a string, not a number") << true;
    QTest::newRow("iss is a number") << token(GoodHeader, R"({"iss":1})") << QStringLiteral("the claim \"iss\" is a number, not a string") << true;
    QTest::newRow("sub is an object") << token(GoodHeader, R"({"sub":{}})") << QStringLiteral("the claim \"sub\" is an object, not a string") << true;
    QTest::newRow("nonce is a number") << token(GoodHeader, R"({"nonce":5})") << QStringLiteral("the claim \"nonce\" is a number, not a string") << true;
    QTest::newRow("azp is an array") << token(GoodHeader, R"({"azp":["a"]})") << QStringLiteral("the claim \"azp\" is an array, not a string") << true;
    QTest::newRow("aud is a number") << token(GoodHeader, R"({"aud":5})")
                                     << QStringLiteral("the claim \"aud\" is a number, not a string or an array of strings") << true;
    QTest::newRow("aud array with a number") << token(GoodHeader, R"({"aud":["a",5]})")
                                             << QStringLiteral("the claim \"aud\" is an array with non-string members") << true;
}

void TestJwt::defects()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, defect);
    QFETCH(bool, structurallyValid);
    const ParsedJwt jwt = parseJwt(input);
    const QString all = jwt.defects.join(QLatin1String(" | "));
    QVERIFY2(all.contains(defect), qPrintable(all));
    QCOMPARE(jwt.structurallyValid, structurallyValid);
    if (!structurallyValid)
        return;
    QVERIFY(!jwt.header.isEmpty());
    QVERIFY(!jwt.payload.isEmpty());
}

void TestJwt::wellFormedHasNoDefects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("typical") << token(GoodHeader, GoodPayload);
    QTest::newRow("same key in sibling objects") << token(GoodHeader, R"({"a":{"x":1},"b":{"x":2},"x":3})");
    QTest::newRow("key text as a value") << token(GoodHeader, R"({"sub":"sub","list":["sub","sub"]})");
    QTest::newRow("escaped quotes in strings") << token(GoodHeader, R"({"a":"\"b\":1,\"a\"","b":"x"})");
    QTest::newRow("nesting 64 levels") << token(GoodHeader, nested(64));
    QTest::newRow("aud array") << token(GoodHeader, R"({"aud":["a","b"],"exp":1.5})");
    QTest::newRow("UTF-8 claims") << token(GoodHeader, "{\"name\":\"Zo\xc3\xab \xf0\x9f\x94\x91\"}");
}

void TestJwt::wellFormedHasNoDefects()
{
    QFETCH(QByteArray, input);
    const ParsedJwt jwt = parseJwt(input);
    QVERIFY2(jwt.defects.isEmpty(), qPrintable(jwt.defects.join(QLatin1String(" | "))));
    QVERIFY(jwt.structurallyValid);
    QCOMPARE(jwt.signature, QByteArray("sig"));
}

void TestJwt::jweHeaderIsDecoded()
{
    const ParsedJwt jwt = parseJwt("eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVy.dGFn");
    QCOMPARE(jwt.defects.size(), 1);
    QCOMPARE(jwt.header.value(QLatin1String("enc")).toString(), QStringLiteral("A256GCM"));
    QVERIFY(jwt.payload.isEmpty());
    QVERIFY(jwt.signingInput.isEmpty());
    QVERIFY(!jwt.structurallyValid);
}

void TestJwt::sizeCap()
{
    const QByteArray big = token(GoodHeader, "{\"pad\":\"" + QByteArray(MaxJwtSize, 'a') + "\"}");
    const ParsedJwt jwt = parseJwt(big);
    QCOMPARE(jwt.defects, QStringList{QStringLiteral("the token is %1 bytes, more than the 256 KiB limit").arg(big.size())});
    QVERIFY(!jwt.structurallyValid);
    QVERIFY(jwt.header.isEmpty());
    QVERIFY(jwt.payload.isEmpty());
    QVERIFY(jwt.raw.isEmpty());
    QVERIFY(!tokenscope::looksLikeJwt(big));
}

void TestJwt::exactlyAtSizeCapIsParsed()
{
    QByteArray input = token(GoodHeader, GoodPayload);
    input.append(QByteArray(MaxJwtSize - input.size(), ' '));
    QCOMPARE(input.size(), MaxJwtSize);
    const ParsedJwt jwt = parseJwt(input);
    QVERIFY(jwt.defects.isEmpty());
    QVERIFY(jwt.structurallyValid);
}

void TestJwt::looksLikeJwt_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("RFC 7515 A.1") << Rfc7515A1 << true;
    QTest::newRow("surrounding whitespace") << " " + Rfc7515A1 + "\n" << true;
    QTest::newRow("unsigned, empty signature") << QByteArray("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.") << true;
    QTest::newRow("opaque") << QByteArray("2YotnFZFEjr1zCsicMWpAA") << false;
    QTest::newRow("one dot") << QByteArray("abc.def") << false;
    QTest::newRow("JWE") << QByteArray("a.b.c.d.e") << false;
    QTest::newRow("empty payload") << QByteArray("abc..def") << false;
    QTest::newRow("empty header") << QByteArray(".abc.def") << false;
    QTest::newRow("standard base64") << QByteArray("ab+c.def.ghi") << false;
    QTest::newRow("inner space") << QByteArray("abc.d ef.ghi") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestJwt::looksLikeJwt()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(tokenscope::looksLikeJwt(input), expected);
}

void TestJwt::jsonHasNoSignatureOrRaw()
{
    const QJsonObject json = jwtToJson(parseJwt(Rfc7515A1));
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("header"), QStringLiteral("payload")}));
    QCOMPARE(json.value(QLatin1String("header")).toObject().value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(json.value(QLatin1String("payload")).toObject().value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
}

QTEST_GUILESS_MAIN(TestJwt)
#include "TestJwt.moc"
