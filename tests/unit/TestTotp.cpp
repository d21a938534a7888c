// RFC 6238 TOTP and RFC 4648 base32, as the headless filler uses them for one-time-code pages.
#include "browser/Totp.h"

#include <QTest>

using namespace tokenscope;

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    void rfc6238AppendixB_data();
    void rfc6238AppendixB();
    void sixDigitsAndStep();
    void base32Rfc4648_data();
    void base32Rfc4648();
    void base32AsAppsShowIt();
    void base32Refused_data();
    void base32Refused();
    void badParameters();
};

void TestTotp::rfc6238AppendixB_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("expected");
    // RFC 6238 Appendix B, SHA1 rows: 8 digits, 30 s step, the ASCII secret "12345678901234567890".
    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238AppendixB()
{
    QFETCH(qint64, time);
    QFETCH(QString, expected);
    QCOMPARE(totp::code(QByteArrayLiteral("12345678901234567890"), time, 8), expected);
}

void TestTotp::sixDigitsAndStep()
{
    const QByteArray key = QByteArrayLiteral("12345678901234567890");
    // Six digits are the last six of the same truncated value (RFC 4226 Appendix D: 287082 at counter 1).
    QCOMPARE(totp::code(key, 59), QStringLiteral("287082"));
    QCOMPARE(totp::code(key, 1111111109), QStringLiteral("081804"));
    // The same 30 s step gives the same code; the next step another one.
    QCOMPARE(totp::code(key, 30), totp::code(key, 59));
    QVERIFY(totp::code(key, 60) != totp::code(key, 59));
    // The secret written in base32, as a provider's QR code carries it.
    QCOMPARE(totp::code(*totp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")), 59, 8), QStringLiteral("94287082"));
}

void TestTotp::base32Rfc4648_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    // RFC 4648 section 10 (the empty string is refused: there is no secret in it).
    QTest::newRow("f") << QStringLiteral("MY======") << QByteArrayLiteral("f");
    QTest::newRow("fo") << QStringLiteral("MZXQ====") << QByteArrayLiteral("fo");
    QTest::newRow("foo") << QStringLiteral("MZXW6===") << QByteArrayLiteral("foo");
    QTest::newRow("foob") << QStringLiteral("MZXW6YQ=") << QByteArrayLiteral("foob");
    QTest::newRow("fooba") << QStringLiteral("MZXW6YTB") << QByteArrayLiteral("fooba");
    QTest::newRow("foobar") << QStringLiteral("MZXW6YTBOI======") << QByteArrayLiteral("foobar");
}

void TestTotp::base32Rfc4648()
{
    QFETCH(QString, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(totp::decodeBase32(encoded), std::optional<QByteArray>(decoded));
}

void TestTotp::base32AsAppsShowIt()
{
    const std::optional<QByteArray> expected(QByteArrayLiteral("foobar"));
    QCOMPARE(totp::decodeBase32(QStringLiteral("mzxw6ytboi")), expected);
    QCOMPARE(totp::decodeBase32(QStringLiteral("MZXW 6YTB OI")), expected);
    QCOMPARE(totp::decodeBase32(QStringLiteral("MZXW-6YTB-OI")), expected);
}

void TestTotp::base32Refused_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QString();
    QTest::newRow("only padding") << QStringLiteral("========");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1YTB");
    QTest::newRow("digit 0") << QStringLiteral("MZXW0YTB");
    QTest::newRow("base64 char") << QStringLiteral("MZXW+YTB");
    QTest::newRow("non-ASCII") << QStringLiteral("MZXWÄYTB");
    QTest::newRow("data after padding") << QStringLiteral("MY======MY");
    QTest::newRow("impossible length 1") << QStringLiteral("M");
    QTest::newRow("impossible length 3") << QStringLiteral("MZX");
    QTest::newRow("impossible length 6") << QStringLiteral("MZXW6Y");
    QTest::newRow("non-zero pad bits") << QStringLiteral("MZ");
}

void TestTotp::base32Refused()
{
    QFETCH(QString, encoded);
    QCOMPARE(totp::decodeBase32(encoded), std::nullopt);
}

void TestTotp::badParameters()
{
    QVERIFY(totp::code({}, 59).isEmpty());
    QVERIFY(totp::code("k", -1).isEmpty());
    QVERIFY(totp::code("k", 59, 5).isEmpty());
    QVERIFY(totp::code("k", 59, 9).isEmpty());
    QVERIFY(totp::code("k", 59, 6, 0).isEmpty());
}

QTEST_APPLESS_MAIN(TestTotp)
#include "TestTotp.moc"
