// ClientAssertion.h: client_secret_jwt (RFC 7523 2.2, OpenID Connect Core 9): the alg chosen from what the provider
// advertises, and the assertion's header, claims and MAC. Against a real provider: TestClientCredentialsFlow.
#include "core/oidc/ClientAssertion.h"

#include "core/jose/JwsSigner.h"
#include "core/jose/Jwt.h"

#include <QTest>

using namespace tokenscope;

class TestClientAssertion : public QObject
{
    Q_OBJECT
private slots:
    void alg_data();
    void alg();
    void assertion();
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

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "TestClientAssertion.moc"
