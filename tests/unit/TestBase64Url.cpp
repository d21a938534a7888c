#include "core/jose/Base64Url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tokenscope;

class TestBase64Url : public QObject
{
    Q_OBJECT
private slots:
    void encode_data();
    void encode();
    void decodeValid_data();
    void decodeValid();
    void decodeInvalid_data();
    void decodeInvalid();
    void roundTripEveryLength();
};

void TestBase64Url::encode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("1 byte, no padding") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("2 bytes, no padding") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("3 bytes") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("URL-safe alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    // RFC 7515 appendix A.1: the protected header, with its CR LF.
    QTest::newRow("RFC 7515 A.1 header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                         << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

void TestBase64Url::encode()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(Base64Url::encode(data), expected);
}

void TestBase64Url::decodeValid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("2 chars") << QByteArray("Zg") << QByteArray("f");
    QTest::newRow("3 chars") << QByteArray("Zm8") << QByteArray("fo");
    QTest::newRow("4 chars") << QByteArray("Zm9v") << QByteArray("foo");
    QTest::newRow("- and _") << QByteArray("-_-_") << QByteArray("\xfb\xff\xbf", 3);
    QTest::newRow("RFC 7515 A.1 payload")
        << QByteArray("eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ")
        << QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}");
}

void TestBase64Url::decodeValid()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> decoded = Base64Url::decode(text);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, expected);
    QVERIFY(Base64Url::explainInvalid(text).isEmpty());
}

void TestBase64Url::decodeInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("padding") << QByteArray("Zg==") << QStringLiteral("padding character '=' at offset 2");
    QTest::newRow("standard base64 +") << QByteArray("ab+c") << QStringLiteral("'+' at offset 2 belongs to standard base64");
    QTest::newRow("standard base64 /") << QByteArray("ab/c") << QStringLiteral("'/' at offset 2 belongs to standard base64");
    QTest::newRow("space") << QByteArray("ab c") << QStringLiteral("character 0x20 at offset 2");
    QTest::newRow("newline") << QByteArray("abcd\n") << QStringLiteral("character 0x0a at offset 4");
    QTest::newRow("non-ASCII") << QByteArray("ab\xc3\xa9") << QStringLiteral("character 0xc3 at offset 2");
    QTest::newRow("dot") << QByteArray("ab.c") << QStringLiteral("'.' at offset 2 is not in the base64url alphabet");
    QTest::newRow("length 1") << QByteArray("Z") << QStringLiteral("length 1 is one more than a multiple of 4");
    QTest::newRow("length 5") << QByteArray("Zm9vY") << QStringLiteral("length 5 is one more than a multiple of 4");
}

void TestBase64Url::decodeInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, explanation);
    QVERIFY(!Base64Url::decode(text).has_value());
    const QString why = Base64Url::explainInvalid(text);
    QVERIFY2(why.contains(explanation), qPrintable(why));
}

void TestBase64Url::roundTripEveryLength()
{
    QRandomGenerator rng(42);
    for (int length = 0; length <= 70; ++length) {
        QByteArray data(length, '\0');
        for (char &c : data)
            c = char(rng.bounded(256));
        const QByteArray text = Base64Url::encode(data);
        QVERIFY(!text.contains('='));
        QCOMPARE(text.size() % 4 == 1, false);
        const std::optional<QByteArray> back = Base64Url::decode(text);
        QVERIFY(back.has_value());
        QCOMPARE(*back, data);
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
