// Aggregated and distributed claims (OpenID Connect Core 5.6.2): reading _claim_names / _claim_sources, deciding a
// source from its JWT, and the check and report entries the user sees. The flow's fetching (a distributed endpoint,
// another issuer's keys) is exercised against the hostile provider (TestHostileProvider, userinfo-*-claims rows).
#include "core/oidc/ClaimSources.h"
#include "core/common/Clock.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {

constexpr qint64 Now = 1795000000;
FixedClock g_clock(Now);

const TestKey &rsa1() { return TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")); }
const TestKey &rsa2() { return TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k2")); }

QJsonObject addressClaims()
{
    return QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("country"), QStringLiteral("US")}}},
                       {QStringLiteral("phone_number"), QStringLiteral("+1 (310) 123-4567")}};
}

QByteArray signedClaims(const QJsonObject &claims, const TestKey &key)
{
    return signJwt(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("kid"), key.kid()}}, claims, key);
}

QByteArray unsignedClaims(const QJsonObject &claims)
{
    return assembleJwt(compactJson(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}), compactJson(claims), {});
}

QJsonObject userinfoWith(const QJsonObject &sources, const QJsonObject &names)
{
    return QJsonObject{{QStringLiteral("sub"), QStringLiteral("user-1")}, {QStringLiteral("_claim_names"), names}, {QStringLiteral("_claim_sources"), sources}};
}

const QJsonObject SrcNames{{QStringLiteral("address"), QStringLiteral("src1")}, {QStringLiteral("phone_number"), QStringLiteral("src1")}};

ValidationContext context()
{
    ValidationContext ctx;
    ctx.clock = &g_clock;
    return ctx;
}

JwkSet keysOf(const TestKey &key)
{
    return parseJwks(jwksJson({key.publicJwk()}));
}

} // namespace

class TestClaimSources : public QObject
{
    Q_OBJECT
private slots:
    void parsesAggregatedAndDistributedSources();
    void structuralDefects_data();
    void structuralDefects();
    void verify_data();
    void verify();
    void checkSummarisesEverySource();
    void reportNeverCarriesTheSourcesAccessToken();
};

void TestClaimSources::parsesAggregatedAndDistributedSources()
{
    const QByteArray jwt = signedClaims(addressClaims(), rsa1());
    const QJsonObject names{{QStringLiteral("address"), QStringLiteral("src1")},
                            {QStringLiteral("phone_number"), QStringLiteral("src1")},
                            {QStringLiteral("credit_score"), QStringLiteral("src2")}};
    const QJsonObject sources{{QStringLiteral("src1"), QJsonObject{{QStringLiteral("JWT"), QString::fromLatin1(jwt)}}},
                              {QStringLiteral("src2"), QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("https://bank.example/claims")},
                                                                   {QStringLiteral("access_token"), QStringLiteral("ksj3n283dke")}}}};
    QStringList defects;
    const QList<ClaimSource> parsed = parseClaimSources(userinfoWith(sources, names), &defects);
    QVERIFY2(defects.isEmpty(), qPrintable(defects.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(parsed[0].name, QStringLiteral("src1"));
    QCOMPARE(parsed[0].kind, ClaimSource::Kind::Aggregated);
    QCOMPARE(parsed[0].claimNames, (QStringList{"address", "phone_number"}));
    QCOMPARE(parsed[0].jwt, jwt);
    QCOMPARE(parsed[0].outcome, ClaimSource::Outcome::Pending);
    QCOMPARE(parsed[1].kind, ClaimSource::Kind::Distributed);
    QCOMPARE(parsed[1].claimNames, QStringList{"credit_score"});
    QCOMPARE(parsed[1].endpoint, QUrl(QStringLiteral("https://bank.example/claims")));
    QCOMPARE(parsed[1].accessToken, QStringLiteral("ksj3n283dke"));
    QVERIFY(hasClaimSources(userinfoWith(sources, names)));
    QVERIFY(!hasClaimSources(QJsonObject{{QStringLiteral("sub"), QStringLiteral("user-1")}}));
}

void TestClaimSources::structuralDefects_data()
{
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<QString>("defect");    // in the defects, or "" for none
    QTest::addColumn<QString>("malformed"); // in the detail of the source src1, or "" when it is not malformed
    const QJsonObject jwtSource{{QStringLiteral("src1"), QJsonObject{{QStringLiteral("JWT"), QStringLiteral("a.b.c")}}}};
    QTest::newRow("names without sources") << QJsonObject{{QStringLiteral("_claim_names"), SrcNames}} << "_claim_names without _claim_sources" << "";
    QTest::newRow("sources without names") << QJsonObject{{QStringLiteral("_claim_sources"), jwtSource}} << "_claim_sources without _claim_names"
                                           << "";
    QTest::newRow("a name without its source")
        << userinfoWith(jwtSource, QJsonObject{{QStringLiteral("email"), QStringLiteral("src9")}}) << "does not have for: email" << "";
    QTest::newRow("neither JWT nor endpoint")
        << userinfoWith(QJsonObject{{QStringLiteral("src1"), QJsonObject{{QStringLiteral("jwt"), QStringLiteral("a.b.c")}}}}, SrcNames) << ""
        << "neither a JWT";
    QTest::newRow("endpoint not absolute")
        << userinfoWith(QJsonObject{{QStringLiteral("src1"), QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("/claims")}}}}, SrcNames) << ""
        << "not an absolute URL";
    QTest::newRow("source not an object") << userinfoWith(QJsonObject{{QStringLiteral("src1"), 5}}, SrcNames) << "" << "not a JSON object";
}

void TestClaimSources::structuralDefects()
{
    QFETCH(QJsonObject, claims);
    QFETCH(QString, defect);
    QFETCH(QString, malformed);
    QStringList defects;
    const QList<ClaimSource> sources = parseClaimSources(claims, &defects);
    if (defect.isEmpty())
        QVERIFY2(defects.isEmpty(), qPrintable(defects.join(QLatin1Char('\n'))));
    else
        QVERIFY2(defects.join(QLatin1Char('\n')).contains(defect), qPrintable(defects.join(QLatin1Char('\n'))));
    if (!malformed.isEmpty()) {
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].kind, ClaimSource::Kind::Malformed);
        QCOMPARE(sources[0].outcome, ClaimSource::Outcome::Failed);
        QVERIFY2(sources[0].detail.contains(malformed), qPrintable(sources[0].detail));
    }
    // Whatever is wrong, the check fails and says so.
    const Check check = claimSourcesCheck(QStringLiteral("userinfo.claim_sources"), sources, defects);
    QCOMPARE(check.status, CheckStatus::Fail);
}

void TestClaimSources::verify_data()
{
    QTest::addColumn<QByteArray>("jwt");
    QTest::addColumn<bool>("withKeys");    // verify with k1's JWKS, or with no keys at all
    QTest::addColumn<int>("outcome");      // ClaimSource::Outcome
    QTest::addColumn<bool>("claimsShown"); // the named claims are kept for the user
    QTest::addColumn<QString>("detail");
    using O = ClaimSource::Outcome;
    const QJsonObject claims = addressClaims();
    QTest::newRow("signed by k1") << signedClaims(claims, rsa1()) << true << int(O::Verified) << true << "verified with the keys of";
    QTest::newRow("signed by k2, not in the JWKS") << signedClaims(claims, rsa2()) << true << int(O::Failed) << false << "does not verify";
    QByteArray tampered = signedClaims(claims, rsa1());
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
    QTest::newRow("broken signature") << tampered << true << int(O::Failed) << false << "does not verify";
    QTest::newRow("unsigned") << unsignedClaims(claims) << true << int(O::Unverified) << true << "unsigned (alg none)";
    QTest::newRow("no keys") << signedClaims(claims, rsa1()) << false << int(O::Unverified) << true << "not verified: no keys here";
    QJsonObject expired = claims;
    expired.insert(QStringLiteral("exp"), Now - 3600);
    QTest::newRow("expired") << signedClaims(expired, rsa1()) << true << int(O::Failed) << false << "not valid now";
    QJsonObject partial{{QStringLiteral("address"), claims.value(QStringLiteral("address"))}};
    QTest::newRow("a named claim missing") << signedClaims(partial, rsa1()) << true << int(O::Failed) << false << "does not hold phone_number";
    QTest::newRow("not a JWT") << QByteArray("not-a-jwt") << true << int(O::Failed) << false << "cannot be read";
}

void TestClaimSources::verify()
{
    QFETCH(QByteArray, jwt);
    QFETCH(bool, withKeys);
    QFETCH(int, outcome);
    QFETCH(bool, claimsShown);
    QFETCH(QString, detail);
    ClaimSource source;
    source.name = QStringLiteral("src1");
    source.kind = ClaimSource::Kind::Aggregated;
    source.claimNames = QStringList{"address", "phone_number"};
    source.jwt = jwt;
    const JwkSet keys = keysOf(rsa1());
    verifyClaimSource(source, withKeys ? &keys : nullptr, QStringLiteral("the provider"), QStringLiteral("no keys here"), context());
    QVERIFY2(source.detail.contains(detail), qPrintable(source.detail));
    QCOMPARE(int(source.outcome), outcome);
    QCOMPARE(!source.claims.isEmpty(), claimsShown);
    if (claimsShown)
        QCOMPARE(source.claims.value(QStringLiteral("phone_number")).toString(), QStringLiteral("+1 (310) 123-4567"));
}

void TestClaimSources::checkSummarisesEverySource()
{
    ClaimSource verified;
    verified.name = QStringLiteral("src1");
    verified.kind = ClaimSource::Kind::Aggregated;
    verified.claimNames = QStringList{"address"};
    verified.outcome = ClaimSource::Outcome::Verified;
    verified.detail = QStringLiteral("verified with the keys of the provider");
    ClaimSource shown = verified;
    shown.name = QStringLiteral("src2");
    shown.kind = ClaimSource::Kind::Distributed;
    shown.endpoint = QUrl(QStringLiteral("https://bank.example/claims?secret=1"));
    shown.outcome = ClaimSource::Outcome::Unverified;
    shown.detail = QStringLiteral("not fetched");
    ClaimSource failed = verified;
    failed.name = QStringLiteral("src3");
    failed.outcome = ClaimSource::Outcome::Failed;
    failed.detail = QStringLiteral("does not verify");

    const QString id = QStringLiteral("userinfo.claim_sources");
    const Check allVerified = claimSourcesCheck(id, {verified}, {});
    QCOMPARE(allVerified.status, CheckStatus::Pass);
    QVERIFY2(allVerified.detail.contains(QLatin1String("src1 (aggregated: address): verified")), qPrintable(allVerified.detail));
    QVERIFY2(allVerified.detail.contains(QLatin1String("5.6.2")), qPrintable(allVerified.detail));
    const Check partly = claimSourcesCheck(id, {verified, shown}, {});
    QCOMPARE(partly.status, CheckStatus::Skip);
    QVERIFY2(partly.detail.contains(QLatin1String("src2 (distributed https://bank.example/claims: address): not fetched")), qPrintable(partly.detail));
    const Check anyFailed = claimSourcesCheck(id, {verified, shown, failed}, {});
    QCOMPARE(anyFailed.status, CheckStatus::Fail);
    QVERIFY2(anyFailed.detail.contains(QLatin1String("src3")), qPrintable(anyFailed.detail));
}

void TestClaimSources::reportNeverCarriesTheSourcesAccessToken()
{
    QStringList defects;
    QList<ClaimSource> sources = parseClaimSources(
        userinfoWith(QJsonObject{{QStringLiteral("src1"), QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("https://bank.example/claims")},
                                                                      {QStringLiteral("access_token"), QStringLiteral("ksj3n283dke")}}}},
                     QJsonObject{{QStringLiteral("credit_score"), QStringLiteral("src1")}}),
        &defects);
    QCOMPARE(sources.size(), 1);
    sources[0].jwt = signedClaims(QJsonObject{{QStringLiteral("credit_score"), 650}}, rsa1());
    const JwkSet keys = keysOf(rsa1());
    verifyClaimSource(sources[0], &keys, QStringLiteral("the provider"), QString(), context());
    QCOMPARE(sources[0].outcome, ClaimSource::Outcome::Verified);
    const QJsonArray json = claimSourcesToJson(sources);
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(!text.contains("ksj3n283dke"));
    QVERIFY(!text.contains(sources[0].jwt)); // the claims, not the credential-like JWT
    const QJsonObject entry = json.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("distributed"));
    QCOMPARE(entry.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(entry.value(QStringLiteral("endpoint")).toString(), QStringLiteral("https://bank.example/claims"));
    QCOMPARE(entry.value(QStringLiteral("claims")).toObject().value(QStringLiteral("credit_score")).toInt(), 650);
}

QTEST_GUILESS_MAIN(TestClaimSources)
#include "TestClaimSources.moc"
