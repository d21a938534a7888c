#include "core/common/Check.h"

#include <QJsonObject>
#include <QTest>

using namespace tokenscope;

class TestCheck : public QObject
{
    Q_OBJECT
private slots:
    void hasFailure_data();
    void hasFailure();
    void prefixedKeepsStatusAndDetail();
    void jsonShape();
};

void TestCheck::hasFailure_data()
{
    QTest::addColumn<CheckList>("checks");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty") << CheckList{} << false;
    QTest::newRow("pass and skip") << CheckList{Check::pass("a", "ok"), Check::skip("b", "no input")} << false;
    QTest::newRow("one fail") << CheckList{Check::pass("a", "ok"), Check::fail("b", "bad")} << true;
}

void TestCheck::hasFailure()
{
    QFETCH(CheckList, checks);
    QFETCH(bool, expected);
    QCOMPARE(tokenscope::hasFailure(checks), expected);
}

void TestCheck::prefixedKeepsStatusAndDetail()
{
    const CheckList out = prefixed({Check::fail(QStringLiteral("id_token.exp"), QStringLiteral("expired"))}, QStringLiteral("token."));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().id, QStringLiteral("token.id_token.exp"));
    QCOMPARE(out.first().status, CheckStatus::Fail);
    QCOMPARE(out.first().detail, QStringLiteral("expired"));
    QVERIFY(findCheck(out, QStringLiteral("token.id_token.exp")));
    QVERIFY(!findCheck(out, QStringLiteral("id_token.exp")));
}

void TestCheck::jsonShape()
{
    const QJsonArray json = checksToJson({Check::skip(QStringLiteral("nonce"), QStringLiteral("no nonce was sent"))});
    QCOMPARE(json.size(), 1);
    const QJsonObject o = json.first().toObject();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("nonce"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("skip"));
    QCOMPARE(o.value(QStringLiteral("detail")).toString(), QStringLiteral("no nonce was sent"));
}

QTEST_GUILESS_MAIN(TestCheck)
#include "TestCheck.moc"
