// tokenscope-cli inspect: every failure the contract names comes out with its check id and the right exit code.
#include "Base64Url.h"
#include "CliRunner.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::testing;

namespace {
constexpr qint64 Now = 1800000000;
const QString Issuer = QStringLiteral("https://tenant.example/");
const QString ClientId = QStringLiteral("hybrid-app");

QJsonObject claims()
{
    return QJsonObject{{"iss", Issuer}, {"sub", "auth0|alice-0001"}, {"aud", ClientId}, {"iat", double(Now - 10)},
                       {"exp", double(Now + 3600)}, {"nonce", "n-0S6_WzA2Mj"}};
}
} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void token_data();
    void token();
    void batchWritesJsonLines();

private:
    using Result = CliResult;
    Result run(const QStringList &args, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_jwksPath;
};

void TestCliInspect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_jwksPath = m_dir.filePath(QStringLiteral("jwks.json"));
    QFile file(m_jwksPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(jwksJson({TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1")).publicJwk()}));
}

TestCliInspect::Result TestCliInspect::run(const QStringList &args, const QByteArray &input)
{
    CliOptions options;
    options.input = input;
    options.timeoutMs = 60000;
    return runCli(args, options);
}

void TestCliInspect::token_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("failingCheck"); // empty: none may fail

    const TestKey &key = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    const QJsonObject header{{"alg", "RS256"}, {"kid", "k1"}, {"typ", "JWT"}};
    const QByteArray good = signJwt(header, claims(), key);
    QTest::newRow("valid") << good << 0 << QString();

    QList<QByteArray> parts = good.split('.');
    QByteArray signature = *Base64Url::decode(parts[2]);
    signature[10] = char(signature[10] ^ 0x01);
    QTest::newRow("tampered signature") << parts[0] + '.' + parts[1] + '.' + Base64Url::encode(signature) << 1
                                        << QStringLiteral("id_token.signature");

    QJsonObject otherClaims = claims();
    otherClaims.insert("sub", "auth0|mallory");
    QTest::newRow("tampered payload") << parts[0] + '.' + Base64Url::encode(compactJson(otherClaims)) + '.' + parts[2] << 1
                                      << QStringLiteral("id_token.signature");

    const QByteArray none = Base64Url::encode(compactJson({{"alg", "none"}, {"typ", "JWT"}})) + '.' +
                            Base64Url::encode(compactJson(claims())) + '.';
    QTest::newRow("alg none") << none << 1 << QStringLiteral("id_token.alg");

    QJsonObject expired = claims();
    expired.insert("iat", double(Now - 7200));
    expired.insert("exp", double(Now - 3600));
    QTest::newRow("expired") << signJwt(header, expired, key) << 1 << QStringLiteral("id_token.exp");

    QJsonObject wrongAud = claims();
    wrongAud.insert("aud", "someone-else");
    QTest::newRow("wrong audience") << signJwt(header, wrongAud, key) << 1 << QStringLiteral("id_token.aud");

    // RS/HS confusion: HS256 keyed with the RSA public key must not verify.
    const QByteArray confused = signJwtHs({{"alg", "HS256"}, {"kid", "k1"}}, claims(), key.publicPem());
    QTest::newRow("HS256 with the RSA public key") << confused << 1 << QStringLiteral("id_token.signature");
}

void TestCliInspect::token()
{
    QFETCH(QByteArray, token);
    QFETCH(int, exitCode);
    QFETCH(QString, failingCheck);
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--jwks"), m_jwksPath,
                          QStringLiteral("--issuer"), Issuer, QStringLiteral("--audience"), ClientId, QStringLiteral("--nonce"),
                          QStringLiteral("n-0S6_WzA2Mj"), QStringLiteral("--now"), QString::number(Now), QString::fromLatin1(token)});
    QVERIFY2(r.exitCode == exitCode, r.out + r.err);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("ok").toBool(), exitCode == 0);
    QStringList failed;
    const QJsonArray checks = o.value("checks").toArray();
    for (const QJsonValue &v : checks) {
        if (v.toObject().value("status").toString() == QLatin1String("fail"))
            failed << v.toObject().value("id").toString();
    }
    if (failingCheck.isEmpty())
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(',')));
    else
        QVERIFY2(failed.contains(failingCheck), qPrintable(failed.join(',')));
    // Human output names the same check.
    const Result human = run({QStringLiteral("inspect"), QStringLiteral("--jwks"), m_jwksPath, QStringLiteral("--audience"), ClientId,
                              QStringLiteral("--now"), QString::number(Now), QString::fromLatin1(token)});
    QCOMPARE(human.exitCode, exitCode);
    if (!failingCheck.isEmpty())
        QVERIFY(human.out.contains("FAIL  " + failingCheck.toUtf8()));
}

void TestCliInspect::batchWritesJsonLines()
{
    const TestKey &key = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    const QByteArray good = signJwt({{"alg", "RS256"}, {"kid", "k1"}}, claims(), key);
    const QByteArray input = good + "\n" + "garbage\n" + good + "\n";
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--jwks"), m_jwksPath,
                          QStringLiteral("--now"), QString::number(Now), QStringLiteral("-")},
                         input);
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value("ok").toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value("ok").toBool(true), false);
    QVERIFY(!QJsonDocument::fromJson(lines[1]).object().value("error").toString().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value("ok").toBool(), true);
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "TestCliInspect.moc"
