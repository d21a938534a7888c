// The one JSON text scanner (core/json/JsonScanner): repeated members, nesting depth, the top-level members the JWT
// parser reads before QJsonDocument, object members in document order (profile files), and the escape decoder.
#include "core/json/JsonScanner.h"

#include <QTest>

#include <cstring>
#include <memory>

using namespace tokenscope;

class TestJsonScanner : public QObject
{
    Q_OBJECT
private slots:
    void duplicateMembers_data();
    void duplicateMembers();
    void depthLimit_data();
    void depthLimit();
    void topLevelMembers();
    void objectMembersInDocumentOrder_data();
    void objectMembersInDocumentOrder();
    void decodeString_data();
    void decodeString();
    void truncatedInputStaysInBounds_data();
    void truncatedInputStaysInBounds();
};

void TestJsonScanner::duplicateMembers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QByteArray(R"({"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]})") << QStringList();
    QTest::newRow("top level") << QByteArray(R"({"iss":"x","iss":"y"})") << QStringList{QStringLiteral("iss")};
    QTest::newRow("nested") << QByteArray(R"({"a":{"k":1,"k":2}})") << QStringList{QStringLiteral("k")};
    QTest::newRow("reported once") << QByteArray(R"({"a":1,"a":2,"a":3})") << QStringList{QStringLiteral("a")};
    QTest::newRow("order of first repetition") << QByteArray(R"({"b":1,"a":1,"a":2,"b":2})") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("escaped name repeats plain") << QByteArray(R"({"issuer":"a","\u0069ssuer":"b"})") << QStringList{QStringLiteral("issuer")};
    QTest::newRow("escaped slash") << QByteArray(R"({"a/b":1,"a\/b":2})") << QStringList{QStringLiteral("a/b")};
    QTest::newRow("surrogate pair repeats literal") << QByteArray("{\"\\ud83d\\ude00\":1,\"\xf0\x9f\x98\x80\":2}")
                                                    << QStringList{QString::fromUtf8("\xf0\x9f\x98\x80")};
    QTest::newRow("lone surrogates stay distinct") << QByteArray(R"({"\ud800":1,"\ud801":2})") << QStringList();
    QTest::newRow("values are not names") << QByteArray(R"({"a":"a","b":"a"})") << QStringList();
    QTest::newRow("quote in value") << QByteArray(R"({"a":"x\"y","a":1})") << QStringList{QStringLiteral("a")};
    QByteArray big = "{";
    for (int i = 0; i < 200; ++i)
        big += "\"m" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
    big += "\"m150\":0}";
    QTest::newRow("large object (hashed)") << big << QStringList{QStringLiteral("m150")};
}

void TestJsonScanner::duplicateMembers()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const json::ScanResult result = json::scan(json);
    QVERIFY(!result.tooDeep);
    QCOMPARE(result.duplicateMembers, expected);
}

void TestJsonScanner::depthLimit_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("tooDeep");
    QTest::newRow("at the limit") << QByteArray(R"({"a":[{"b":1}]})") << 3 << false;
    QTest::newRow("past the limit") << QByteArray(R"({"a":[{"b":[1]}]})") << 3 << true;
    QTest::newRow("brackets in strings do not count") << QByteArray(R"({"a":"[[[[{{{{"})") << 1 << false;
    QTest::newRow("deep arrays") << QByteArray(10000, '[') << 64 << true;
}

void TestJsonScanner::depthLimit()
{
    QFETCH(QByteArray, json);
    QFETCH(int, limit);
    QFETCH(bool, tooDeep);
    QCOMPARE(json::scan(json, limit).tooDeep, tooDeep);
}

void TestJsonScanner::topLevelMembers()
{
    const QByteArray text = R"( { "alg" : "RS256", "n":{"kid":1}, "\u0063rit" :[1], "exp": -5 } )";
    QStringList seen;
    const json::ScanResult result = json::scan(text, json::NoDepthLimit, [&](QByteArrayView name, qsizetype value) {
        seen << QString::fromUtf8(name) + QLatin1Char('=') + QLatin1Char(text.at(value));
    });
    QVERIFY(result.duplicateMembers.isEmpty());
    // Only the top level, in document order; an escaped name arrives decoded.
    QCOMPARE(seen, (QStringList{QStringLiteral("alg=\""), QStringLiteral("n={"), QStringLiteral("crit=["), QStringLiteral("exp=-")}));
}

void TestJsonScanner::objectMembersInDocumentOrder_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("root") << QByteArray(R"({"z":1,"a":{"q":2},"m":"}"})") << qsizetype(0)
                          << QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")};
    QTest::newRow("repeats kept") << QByteArray(R"({"a":1,"a":2})") << qsizetype(0) << QStringList{QStringLiteral("a"), QStringLiteral("a")};
    QTest::newRow("nested object") << QByteArray(R"({"x":{"b":1,"a":[1,{"c":2}]}})") << qsizetype(5)
                                   << QStringList{QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("escaped names decoded") << QByteArray(R"({"\u0070rompt":"login"})") << qsizetype(0) << QStringList{QStringLiteral("prompt")};
    QTest::newRow("not an object") << QByteArray(R"([1,2])") << qsizetype(0) << QStringList();
}

void TestJsonScanner::objectMembersInDocumentOrder()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(QStringList, names);
    QStringList got;
    for (const json::Member &m : json::objectMembers(json, offset)) {
        got << m.name;
        QVERIFY(m.valueOffset > 0 && m.valueOffset < json.size());
    }
    QCOMPARE(got, names);
}

void TestJsonScanner::decodeString_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << QByteArray("abc") << QStringLiteral("abc");
    QTest::newRow("simple escapes") << QByteArray(R"(a\"b\\c\/d\n\t)") << QStringLiteral("a\"b\\c/d\n\t");
    QTest::newRow("unicode") << QByteArray(R"(\u00e9\u20AC)") << QString::fromUtf8("\xc3\xa9\xe2\x82\xac");
    QTest::newRow("utf-8 bytes") << QByteArray("\xc3\xa9") << QString::fromUtf8("\xc3\xa9");
    QTest::newRow("bad hex") << QByteArray(R"(\uZZZZx)") << QStringLiteral("\uFFFDx");
    QTest::newRow("cut short") << QByteArray(R"(ab\u00)") << QStringLiteral("ab\uFFFD");
    // A byte order mark is a character like any other, also right after an escape (found by scripts/fuzz).
    QTest::newRow("BOM after an escape") << QByteArray("a\\u0000\xef\xbb\xbf" "b") << QStringLiteral("a\0\uFEFFb");
    QTest::newRow("BOM first") << QByteArray("\xef\xbb\xbf" "b") << QStringLiteral("\uFEFFb");
}

void TestJsonScanner::decodeString()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, decoded);
    QCOMPARE(json::decodeString(contents), decoded);
}

void TestJsonScanner::truncatedInputStaysInBounds_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray full = R"({"a\u0062":"x\"\\","c":[{"d":"\ud83d\ude00"}],"e":1})";
    // Every prefix: the scanners must stop at the end without reading past it (ASan in scripts/sanitize would say).
    for (qsizetype n = 0; n <= full.size(); ++n)
        QTest::addRow("prefix %lld", static_cast<long long>(n)) << full.left(n);
}

void TestJsonScanner::truncatedInputStaysInBounds()
{
    QFETCH(QByteArray, json);
    // Copied into an exact-size buffer, so a read past the end is a read past the allocation.
    const std::unique_ptr<char[]> exact(new char[std::max<qsizetype>(json.size(), 1)]);
    std::memcpy(exact.get(), json.constData(), size_t(json.size()));
    const QByteArrayView view(exact.get(), json.size());
    qsizetype members = 0;
    json::scan(view, json::NoDepthLimit, [&](QByteArrayView, qsizetype value) {
        QVERIFY(value <= view.size());
        ++members;
    });
    const QList<json::Member> listed = json::objectMembers(view);
    QVERIFY(listed.size() <= 3);
    QVERIFY(members <= 3);
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "TestJsonScanner.moc"
