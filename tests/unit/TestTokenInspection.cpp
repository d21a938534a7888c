// core/oidc/TokenInspection and VerificationKeys: what `tokenscope-cli inspect` and the window's workbench share.
#include "core/common/Clock.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"
#include "core/oidc/TokenInspection.h"
#include "core/oidc/VerificationKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

class TestTokenInspection : public QObject
{
    Q_OBJECT
private slots:
    void normalizesPastedText_data();
    void normalizesPastedText();
    void tellsTheForm_data();
    void tellsTheForm();
    void keyText_data();
    void keyText();
};

void TestTokenInspection::normalizesPastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("as is") << "aaa.bbb.ccc" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("surrounding whitespace") << "  aaa.bbb.ccc\n" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("Bearer prefix") << "Bearer aaa.bbb.ccc" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("bearer, any case") << "bEARER   aaa.bbb.ccc" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("Authorization header") << "Authorization: Bearer aaa.bbb.ccc" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("wrapped line") << "aaa.b\nbb.c cc" << QByteArray("aaa.bbb.ccc");
    QTest::newRow("Bearer as a token") << "Bearertoken" << QByteArray("Bearertoken");
}

void TestTokenInspection::normalizesPastedText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, token);
    QCOMPARE(normalizeTokenText(text), token);
}

void TestTokenInspection::tellsTheForm_data()
{
    const QByteArray jws = jwsSigningInput({{QStringLiteral("alg"), QStringLiteral("none")}}, {{QStringLiteral("sub"), QStringLiteral("a")}}) + '.';
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("form");
    QTest::newRow("empty") << QByteArray() << int(TokenForm::Empty);
    QTest::newRow("JWS") << jws << int(TokenForm::Jws);
    QTest::newRow("JWE") << QByteArray("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVy.dGFn") << int(TokenForm::Jwe);
    QTest::newRow("opaque") << QByteArray("2YotnFZFEjr1zCsicMWpAA") << int(TokenForm::Opaque);
    QTest::newRow("three parts, not JSON") << QByteArray("abc.def.ghi") << int(TokenForm::Opaque);
}

void TestTokenInspection::tellsTheForm()
{
    QFETCH(QByteArray, token);
    QFETCH(int, form);
    QCOMPARE(int(tokenForm(token)), form);
}

// A key pasted as PEM (public key, or the public part of a private key), as a JWK or as a JWK Set verifies the token
// signed with it; garbage is refused with a reason.
void TestTokenInspection::keyText_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("as");
    for (const char *alg : {"RS256", "ES256", "ES384", "EdDSA"}) {
        QTest::addRow("%s as PEM", alg) << alg << "pem";
        QTest::addRow("%s as JWK", alg) << alg << "jwk";
    }
    QTest::newRow("RS256 as JWKS") << "RS256" << "jwks";
    QTest::newRow("garbage") << "RS256" << "garbage";
}

void TestTokenInspection::keyText()
{
    QFETCH(QString, alg);
    QFETCH(QString, as);
    const SigningKey key = SigningKey::generate(alg);
    QVERIFY(key.isValid());
    const FixedClock clock(1800000000);
    const QByteArray input = jwsSigningInput({{QStringLiteral("alg"), alg}},
                                             {{QStringLiteral("iss"), QStringLiteral("https://i.example/")}, {QStringLiteral("sub"), QStringLiteral("a")},
                                              {QStringLiteral("aud"), QStringLiteral("c")}, {QStringLiteral("exp"), 1800000600.0},
                                              {QStringLiteral("iat"), 1800000000.0}});
    const QByteArray token = jwsCompact(input, key.sign(input));

    const QJsonObject jwk = publicKeyJwk(key.pkey());
    QVERIFY(!jwk.isEmpty());
    const QByteArray text = as == QLatin1String("pem")    ? publicKeyPem(key.pkey())
        : as == QLatin1String("jwk")                      ? QJsonDocument(jwk).toJson()
        : as == QLatin1String("jwks")                     ? QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson()
                                                          : QByteArray("not a key");
    JwkSet keys;
    const QString error = parseKeyText(text, keys);
    if (as == QLatin1String("garbage")) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    InspectOptions options;
    options.audience = QStringLiteral("c");
    const ValidationResult result = inspectChecks(parseJwt(token), inspectContext(options, &clock, &keys));
    for (const Check &c : result.checks) {
        if (c.id == QLatin1String("id_token.signature"))
            QVERIFY2(c.status == CheckStatus::Pass, qPrintable(c.detail.toString()));
    }
    QVERIFY(result.ok());
}

QTEST_GUILESS_MAIN(TestTokenInspection)
#include "TestTokenInspection.moc"
