// tokenscope-cli inspect: every failure the contract names comes out with its check id and the right exit code.
#include "core/jose/Base64Url.h"
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
    void batchInputShapes_data();
    void batchInputShapes();
    void batchKeepsOrderAndExactJson_data();
    void batchKeepsOrderAndExactJson();

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

// The batch cuts standard input into lines itself: blank lines and surrounding white space are no tokens, CRLF line
// ends are white space, and the last line needs no line end.
void TestCliInspect::batchInputShapes_data()
{
    const TestKey &key = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    const QByteArray good = signJwt({{"alg", "RS256"}, {"kid", "k1"}}, claims(), key);
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("tokens");
    QTest::newRow("no final line end") << good + "\n" + good << 2;
    QTest::newRow("CRLF") << good + "\r\n" + good + "\r\n" << 2;
    QTest::newRow("blank lines and spaces") << "\n\n  " + good + "\t\n \n\n" + good + "\n\n" << 2;
    QTest::newRow("only blank lines") << QByteArray("\n \n\t\n") << 0;
    QTest::newRow("empty") << QByteArray() << 0;
    QByteArray many;
    for (int i = 0; i < 2049; ++i)
        many += good + (i % 2 ? "\r\n" : "\n\n");
    QTest::newRow("a full batch and one more, blank lines between") << many << 2049;
}

void TestCliInspect::batchInputShapes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, tokens);
    const Result r = run({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--jwks"), m_jwksPath,
                          QStringLiteral("--now"), QString::number(Now), QStringLiteral("-")},
                         input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.isEmpty() ? QList<QByteArray>() : r.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), tokens);
    for (const QByteArray &line : lines)
        QVERIFY2(QJsonDocument::fromJson(line).object().value(QStringLiteral("ok")).toBool(), line.constData());
}

void TestCliInspect::batchKeepsOrderAndExactJson_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("json lines") << true;
    QTest::newRow("human") << false;
}

// Issue 17: the batch validates on every core and streams its own JSON; the output must still come in input order
// (across several batches), be exactly what QJsonDocument would write, and carry every check and detail.
void TestCliInspect::batchKeepsOrderAndExactJson()
{
    QFETCH(bool, json);
    const TestKey &key = TestKey::cached(TestKey::Type::Rsa, QStringLiteral("k1"));
    QByteArray input;
    const int count = 5000; // more than two batches
    for (int i = 0; i < count; ++i) {
        QJsonObject c = claims();
        c.insert(QStringLiteral("sub"), QStringLiteral("user-%1").arg(i));
        // Texts that need escaping reach the details: quotes, backslashes, control characters, non-ASCII.
        if (i % 7 == 0)
            c.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example/\"q\\\t\u0001\u00e4\u2028/%1").arg(i)
                                                + (i % 14 == 0 ? QString::fromUcs4(U"\U0001F600 \u00ff\u07ff\u0800\uffff") : QString()));
        if (i % 11 == 0)
            input += "not-a-jwt-" + QByteArray::number(i) + '\n';
        else
            input += signJwt({{"alg", "RS256"}, {"kid", "k1"}}, c, key) + '\n';
    }
    QStringList args{QStringLiteral("inspect"), QStringLiteral("--jwks"), m_jwksPath, QStringLiteral("--issuer"), Issuer,
                     QStringLiteral("--now"), QString::number(Now), QStringLiteral("-")};
    if (json)
        args.insert(1, QStringLiteral("--json"));
    const Result r = run(args, input);
    QCOMPARE(r.exitCode, 1);
    if (!json) {
        const QString text = QString::fromUtf8(r.out);
        QCOMPARE(text.count(QStringLiteral("Token ")), count);
        for (int i : {1, 2, 2048, 2049, 4097, count}) {
            const qsizetype at = text.indexOf(QStringLiteral("Token %1\n").arg(i));
            QVERIFY2(at >= 0, qPrintable(QString::number(i)));
            const QString expected = (i - 1) % 11 == 0 ? QStringLiteral("not a JWT") : QStringLiteral("\"user-%1\"").arg(i - 1);
            QVERIFY2(text.mid(at, 1200).contains(expected), qPrintable(text.mid(at, 300)));
        }
        return;
    }
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), count);
    for (int i = 0; i < count; ++i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i));
        QVERIFY2(doc.isObject(), lines.at(i).constData());
        QCOMPARE(doc.toJson(QJsonDocument::Compact), lines.at(i)); // byte for byte what QJsonDocument writes
        const QJsonObject o = doc.object();
        if (i % 11 == 0) {
            QVERIFY(o.contains(QStringLiteral("error")));
            continue;
        }
        QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sub")).toString(), QStringLiteral("user-%1").arg(i));
        QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 15);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), i % 7 != 0);
        if (i % 7 == 0) {
            bool issDetail = false;
            for (const QJsonValue &c : o.value(QStringLiteral("checks")).toArray())
                issDetail = issDetail || (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("id_token.iss")
                                          && c.toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("\"q\\\t\u0001\u00e4\u2028/")));
            QVERIFY2(issDetail, lines.at(i).constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "TestCliInspect.moc"
