// RequestObject.h: the signed request object of RFC 9101 (claims, signing with the client key or the secret) and the
// pushed authorization request's answer (RFC 9126 2.2). Against a real provider: TestRequestProtectionFlow.
#include "core/oidc/RequestObject.h"

#include "core/jose/Jwk.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/Jwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

class TestRequestObject : public QObject
{
    Q_OBJECT
private slots:
    void claims();
    void signedWithTheClientKey();
    void macedWithTheSecret();
    void nothingToSignWith();
    void parAnswer_data();
    void parAnswer();
};

void TestRequestObject::claims()
{
    const QJsonObject c = requestObjectClaims({{QStringLiteral("response_type"), QStringLiteral("code")},
                                               {QStringLiteral("client_id"), QStringLiteral("app")},
                                               {QStringLiteral("max_age"), QStringLiteral("300")},
                                               {QStringLiteral("state"), QStringLiteral("s")}},
                                              QStringLiteral("app"), QStringLiteral("https://idp.example/"), 1700000000, QStringLiteral("j-1"));
    QCOMPARE(c.value(QStringLiteral("response_type")).toString(), QStringLiteral("code"));
    QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("s"));
    QVERIFY(c.value(QStringLiteral("max_age")).isDouble()); // OpenID Connect Core 6.1: a number
    QCOMPARE(c.value(QStringLiteral("max_age")).toInteger(), 300);
    QCOMPARE(c.value(QStringLiteral("iss")).toString(), QStringLiteral("app"));
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://idp.example/"));
    QCOMPARE(c.value(QStringLiteral("iat")).toInteger(), 1700000000);
    QCOMPARE(c.value(QStringLiteral("nbf")).toInteger(), 1700000000);
    QCOMPARE(c.value(QStringLiteral("exp")).toInteger(), 1700000300);
    QCOMPARE(c.value(QStringLiteral("jti")).toString(), QStringLiteral("j-1"));
}

void TestRequestObject::signedWithTheClientKey()
{
    const SigningKey generated = SigningKey::generate(QStringLiteral("ES256"));
    const ClientKey key = clientKeyFrom(privateKeyPem(generated.pkey()), QStringLiteral("my-kid"));
    QVERIFY(key.error.isEmpty());
    const QByteArray jwt = signRequestObject(QJsonObject{{QStringLiteral("state"), QStringLiteral("s")}}, key, QStringLiteral("ignored-secret"));
    const ParsedJwt parsed = parseJwt(jwt);
    QVERIFY(parsed.structurallyValid);
    QCOMPARE(parsed.typ(), QStringLiteral("oauth-authz-req+jwt")); // RFC 9101 10.8
    QCOMPARE(parsed.alg(), QStringLiteral("ES256"));
    QCOMPARE(parsed.header.value(QStringLiteral("kid")).toString(), QStringLiteral("my-kid"));
    QVERIFY(verifyJws(parsed, JsonWebKey::fromJson(key.publicJwk), QStringLiteral("ES256")).ok);
}

void TestRequestObject::macedWithTheSecret()
{
    const QByteArray jwt = signRequestObject(QJsonObject{{QStringLiteral("state"), QStringLiteral("s")}}, ClientKey{}, QStringLiteral("s3cret"));
    const ParsedJwt parsed = parseJwt(jwt);
    QCOMPARE(parsed.alg(), QStringLiteral("HS256"));
    QVERIFY(!parsed.header.contains(QStringLiteral("kid")));
    QCOMPARE(parsed.signature, jwsHmac(QStringLiteral("HS256"), "s3cret", parsed.signingInput));
}

void TestRequestObject::nothingToSignWith()
{
    QVERIFY(signRequestObject(QJsonObject{}, ClientKey{}, QString()).isEmpty());
}

void TestRequestObject::parAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("detailHas");
    QTest::newRow("RFC 9126 2.2 example") << 201 << QByteArray(R"({"request_uri":"urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c","expires_in":60})")
                                          << int(CheckStatus::Pass) << "60 second";
    QTest::newRow("any URI") << 201 << QByteArray(R"({"request_uri":"https://idp.example/par/1","expires_in":90})") << int(CheckStatus::Pass) << "90";
    QTest::newRow("200 instead of 201") << 200 << QByteArray(R"({"request_uri":"urn:x:1","expires_in":60})") << int(CheckStatus::Fail) << "201";
    QTest::newRow("no request_uri") << 201 << QByteArray(R"({"expires_in":60})") << int(CheckStatus::Fail) << "request_uri";
    QTest::newRow("request_uri a number") << 201 << QByteArray(R"({"request_uri":7,"expires_in":60})") << int(CheckStatus::Fail) << "a number";
    QTest::newRow("not a URI") << 201 << QByteArray(R"({"request_uri":"abc","expires_in":60})") << int(CheckStatus::Fail) << "not a URI";
    QTest::newRow("no expires_in") << 201 << QByteArray(R"({"request_uri":"urn:x:1"})") << int(CheckStatus::Fail) << "expires_in";
    QTest::newRow("expires_in zero") << 201 << QByteArray(R"({"request_uri":"urn:x:1","expires_in":0})") << int(CheckStatus::Fail) << "not 0";
    QTest::newRow("expires_in a string") << 201 << QByteArray(R"({"request_uri":"urn:x:1","expires_in":"60"})") << int(CheckStatus::Fail) << "a string";
}

void TestRequestObject::parAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, result);
    QFETCH(QString, detailHas);
    const Check c = parRequestUriCheck(status, QJsonDocument::fromJson(body).object());
    QCOMPARE(c.id, QStringLiteral("par.request_uri"));
    QCOMPARE(int(c.status), result);
    QVERIFY2(c.detail.contains(detailHas), qPrintable(c.detail.toString()));
}

QTEST_GUILESS_MAIN(TestRequestObject)
#include "TestRequestObject.moc"
