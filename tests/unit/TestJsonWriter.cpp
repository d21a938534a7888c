// The JSON writer (core/json/JsonWriter) writes what QJsonDocument::toJson() writes, byte for byte, in both formats:
// the batch inspect's output is compared with QJsonDocument's by scripts that read it (and by TestCliInspect).
#include "core/json/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace tokenscope;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void randomDocuments();
    void strings_data();
    void strings();
    void utf8_data();
    void utf8();
    void appendsToWhatIsThere();
};

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray written(const QJsonObject &object, json::Format format)
{
    QByteArray out;
    json::appendObject(out, object, format);
    return out;
}

// A random value: every JSON type, nested up to `depth`, strings with controls, quotes, non-ASCII, surrogate pairs and
// lone surrogates, numbers the parser keeps as integers and ones it keeps as doubles.
QJsonValue randomValue(QRandomGenerator &random, int depth);

QString randomString(QRandomGenerator &random)
{
    static const char16_t pool[] = {u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', u'\n', u'\t', u'\x01', u'\x1f', u'\x7f',
                                    u'\x80', u'\xe9', u'\x7ff', u'\x800', u'\x20ac', u'\xfffd', u'\xffff',
                                    u'\xd83d', u'\xde00', u'\xdc00', u'\xdbff'};
    QString s;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i)
        s += QChar(pool[random.bounded(int(std::size(pool)))]);
    return s;
}

QJsonValue randomNumber(QRandomGenerator &random)
{
    static const char *const texts[] = {"0", "-0", "1", "-1", "1767225600", "9007199254740993", "9223372036854775807",
                                        "-9223372036854775808", "9223372036854775808", "1.5", "0.1", "-2.5e-7", "1e21",
                                        "1.0", "1E2", "123456789012345678901234567890", "3.141592653589793"};
    const QByteArray text = texts[random.bounded(int(std::size(texts)))];
    return parsed("{\"n\":" + text + "}").value(QLatin1String("n"));
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 0 ? 8 : 6)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return random.bounded(2) == 1;
    case 2:
        return randomNumber(random);
    case 3:
        return double(random.generate()) / 7.0;
    case 4:
    case 5:
        return randomString(random);
    case 6: {
        QJsonArray array;
        const int n = int(random.bounded(4));
        for (int i = 0; i < n; ++i)
            array.append(randomValue(random, depth - 1));
        return array;
    }
    default: {
        QJsonObject object;
        const int n = int(random.bounded(4));
        for (int i = 0; i < n; ++i)
            object.insert(randomString(random), randomValue(random, depth - 1));
        return object;
    }
    }
}

} // namespace

void TestJsonWriter::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray("{}");
    QTest::newRow("ID token claims") << QByteArray(R"({"iss":"https://tenant.example/","sub":"auth0|1","aud":["a","b"],)"
                                                   R"("exp":1767261600,"iat":1767225570,"email_verified":true,"nonce":null})");
    QTest::newRow("sorted by the parser") << QByteArray(R"({"b":1,"a":2,"B":3,"_":4,"é":5})");
    QTest::newRow("duplicate member, the last kept") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("empty containers nested") << QByteArray(R"({"o":{},"a":[],"deep":{"x":{},"y":[[]]}})");
    QTest::newRow("arrays of objects") << QByteArray(R"({"keys":[{"kty":"RSA","n":"AQAB"},{"kty":"EC","crv":"P-256"}]})");
    QTest::newRow("numbers") << QByteArray(R"({"i":42,"neg":-7,"zero":-0,"d":1.5,"e":1e300,"small":5e-324,"int as double":2.0,)"
                                           R"("big":9007199254740993,"max":9223372036854775807,"over":9223372036854775808,)"
                                           R"("exp":1E2,"frac":0.30000000000000004})");
    QTest::newRow("escapes") << QByteArray(R"({"s":"a\"b\\c\/d\b\f\n\r\t\u0001\u001f\u007f","u":"\u00e9\u20ac\ud83d\ude00"})");
    QTest::newRow("lone surrogates") << QByteArray(R"({"hi":"\ud800","lo":"\udc00x","pair then lone":"\ud83d\ude00\ud83d"})");
    QTest::newRow("escaped key") << QByteArray(R"({"a\"b":1,"\n":2})");
}

void TestJsonWriter::sameBytesAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    const QJsonObject object = parsed(json);
    QCOMPARE(written(object, json::Format::Compact), QJsonDocument(object).toJson(QJsonDocument::Compact));
    QCOMPARE(written(object, json::Format::Indented), QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void TestJsonWriter::randomDocuments()
{
    QRandomGenerator random(17);
    for (int i = 0; i < 2000; ++i) {
        QJsonObject object;
        const int members = int(random.bounded(6));
        for (int m = 0; m < members; ++m)
            object.insert(randomString(random), randomValue(random, 3));
        const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);
        QCOMPARE(written(object, json::Format::Compact), compact);
        QCOMPARE(written(object, json::Format::Indented), QJsonDocument(object).toJson(QJsonDocument::Indented));
        // And what the parser makes of the writer's text.
        const QJsonObject reparsed = QJsonDocument::fromJson(compact).object();
        QCOMPARE(written(reparsed, json::Format::Compact), QJsonDocument(reparsed).toJson(QJsonDocument::Compact));
    }
}

void TestJsonWriter::strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("RS256, key bench-rsa-2048 from the JWKS");
    QTest::newRow("quotes") << QStringLiteral("iss is \"https://x/\", as expected");
    QTest::newRow("controls") << QStringLiteral("a\x01\x1f\x7f\tb\nc");
    QTest::newRow("german") << QStringLiteral("läuft in 10 Std. ab, um 2026-01-01 10:00:00 UTC");
    QTest::newRow("emoji") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("lone high at the end") << QString(QChar(0xd800));
    QTest::newRow("lone low") << QString(QChar(0xdc00)) + QLatin1Char('x');
}

void TestJsonWriter::strings()
{
    QFETCH(QString, text);
    QByteArray out = "[";
    json::appendString(out, text);
    out += ']';
    QCOMPARE(out, QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::utf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << QStringLiteral("PASS  id_token.exp");
    QTest::newRow("non-ascii in the middle") << QStringLiteral("abc läuft ab");
    QTest::newRow("pair at the start") << QString::fromUtf8("\xf0\x9f\x98\x80 x");
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b");
}

void TestJsonWriter::utf8()
{
    QFETCH(QString, text);
    QByteArray out = "prefix:";
    json::appendUtf8(out, text);
    QCOMPARE(out, "prefix:" + text.toUtf8());
}

void TestJsonWriter::appendsToWhatIsThere()
{
    QByteArray out = "{\"header\":";
    json::appendObject(out, parsed(R"({"alg":"RS256","typ":"JWT"})"), json::Format::Compact);
    out += '}';
    QCOMPARE(out, QByteArray(R"({"header":{"alg":"RS256","typ":"JWT"}})"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
