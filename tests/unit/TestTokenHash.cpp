#include "core/jose/TokenHash.h"

#include <QTest>

using namespace tokenscope;

class TestTokenHash : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data();
    void knownAnswers();
    void noHashFunction_data();
    void noHashFunction();
};

void TestTokenHash::knownAnswers_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("hashName");

    // OpenID Connect Core 1.0 appendix A (RS256): at_hash and c_hash examples.
    const QByteArray specAccessToken = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";
    const QByteArray specCode = "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk";
    QTest::newRow("OIDC at_hash, RS256") << QStringLiteral("RS256") << QString() << specAccessToken << QStringLiteral("77QmUPtjPfzWtF2AnpK9RQ") << QStringLiteral("SHA-256");
    QTest::newRow("OIDC c_hash, RS256") << QStringLiteral("RS256") << QString() << specCode << QStringLiteral("LDktKdoQak3Pk0cnXxCltA") << QStringLiteral("SHA-256");
    QTest::newRow("ES256 uses SHA-256 too") << QStringLiteral("ES256") << QString() << specCode << QStringLiteral("LDktKdoQak3Pk0cnXxCltA") << QStringLiteral("SHA-256");
    QTest::newRow("HS256") << QStringLiteral("HS256") << QString() << specAccessToken << QStringLiteral("77QmUPtjPfzWtF2AnpK9RQ") << QStringLiteral("SHA-256");
    QTest::newRow("s_hash of the OIDC state") << QStringLiteral("PS256") << QString() << QByteArray("af0ifjsldkj") << QStringLiteral("bOhtX8F73IMjSPeVAqxyTQ") << QStringLiteral("SHA-256");
    // SHA-384 / SHA-512 left halves (24 and 32 bytes).
    QTest::newRow("HS384") << QStringLiteral("HS384") << QString() << QByteArray("dNZX1hEZ9wBCzNL40Upu646bdzQA") << QStringLiteral("phZaPQJosyg-qi-OIYyQ3xJB9wsHYEEz") << QStringLiteral("SHA-384");
    QTest::newRow("RS384") << QStringLiteral("RS384") << QString() << specCode << QStringLiteral("Mq-knyaEMtWGfnBi2POEZb1kiLx10_DF") << QStringLiteral("SHA-384");
    QTest::newRow("ES512") << QStringLiteral("ES512") << QString() << specCode << QStringLiteral("E9z1C-c0Az4eTEzE0Nm3OQ3BS2BhMgxuP7x5JAQj1_4") << QStringLiteral("SHA-512");
    // EdDSA: the curve decides (OpenID Connect issue 1125): Ed25519 -> SHA-512, Ed448 -> SHAKE256 with 114 bytes.
    QTest::newRow("EdDSA Ed25519") << QStringLiteral("EdDSA") << QStringLiteral("Ed25519") << QByteArray("dNZX1hEZ9wBCzNL40Upu646bdzQA")
                                   << QStringLiteral("8xltSlOGYrWy8W9yNvRlEth1i_bXW-JROWPLvCv5zog") << QStringLiteral("SHA-512");
    QTest::newRow("EdDSA Ed448") << QStringLiteral("EdDSA") << QStringLiteral("Ed448") << QByteArray("dNZX1hEZ9wBCzNL40Upu646bdzQA")
                                 << QStringLiteral("ACuRpk9jl5IEa3yqpBCNNOCpBEI7qjud6mc80cs6vWX2fcqpsk8RozYBKTUuSS6SqJhw302xFZeM") << QStringLiteral("SHAKE256");
    QTest::newRow("EdDSA Ed448, OIDC code") << QStringLiteral("EdDSA") << QStringLiteral("Ed448") << specCode
                                            << QStringLiteral("07UgYISe6yaAzmTIBr_f2vchFCIs6bAGk1-36iEH00fq4B3eBih5g0r_kEPHpuYLqbXOq7gDBVpr") << QStringLiteral("SHAKE256");
    QTest::newRow("crv is ignored for RS256") << QStringLiteral("RS256") << QStringLiteral("Ed448") << specAccessToken << QStringLiteral("77QmUPtjPfzWtF2AnpK9RQ") << QStringLiteral("SHA-256");
}

void TestTokenHash::knownAnswers()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QFETCH(QString, hashName);
    const std::optional<QString> hash = leftHalfHash(alg, crv, value);
    QVERIFY(hash.has_value());
    QCOMPARE(*hash, expected);
    QCOMPARE(leftHalfHashName(alg, crv), hashName);
}

void TestTokenHash::noHashFunction_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("crv");
    QTest::newRow("none") << QStringLiteral("none") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("EdDSA without curve") << QStringLiteral("EdDSA") << QString();
    QTest::newRow("EdDSA with X25519") << QStringLiteral("EdDSA") << QStringLiteral("X25519");
    QTest::newRow("RS257") << QStringLiteral("RS257") << QString();
    QTest::newRow("XS256") << QStringLiteral("XS256") << QString();
    QTest::newRow("ES256K") << QStringLiteral("ES256K") << QString();
    QTest::newRow("lower case") << QStringLiteral("rs256") << QString();
}

void TestTokenHash::noHashFunction()
{
    QFETCH(QString, alg);
    QFETCH(QString, crv);
    QVERIFY(!leftHalfHash(alg, crv, "value").has_value());
    QVERIFY(leftHalfHashName(alg, crv).isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenHash)
#include "TestTokenHash.moc"
