#include "ui/tokens/ClaimsModel.h"
#include "core/common/Clock.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include "EnglishPlurals.h"

#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestClaimsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installEnglishPlurals()); }
    void tree();
    void timesAreLocalAndRelative();
    void registeredClaimsAreExplained_data();
    void registeredClaimsAreExplained();
    void displayValue_data();
    void displayValue();
    void diff();
};

void TestClaimsModel::tree()
{
    FixedClock clock(1700000000);
    ClaimsModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject header{{"alg", "RS256"}, {"kid", "k1"}};
    const QJsonObject payload{{"sub", "auth0|alice"},
                              {"aud", QJsonArray{"app", "https://api/"}},
                              {"address", QJsonObject{{"country", "UK"}, {"locality", "Oxford"}}}};
    model.setToken(header, payload);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex h = model.index(0, 0), p = model.index(1, 0);
    QCOMPARE(model.rowCount(h), 2);
    QCOMPARE(model.rowCount(p), 3);
    const QModelIndex aud = model.claimIndex("payload", "aud");
    QVERIFY(aud.isValid());
    QCOMPARE(model.rowCount(aud), 2);
    QCOMPARE(model.index(1, ClaimsModel::ValueColumn, aud).data().toString(), QStringLiteral("https://api/"));
    QCOMPARE(aud.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), QStringLiteral("[\"app\",\"https://api/\"]"));
    const QModelIndex address = model.claimIndex("payload", "address");
    QCOMPARE(address.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), QStringLiteral("{2 members}"));
    QCOMPARE(model.index(0, 0, address).data(ClaimsModel::PathRole).toString(), QStringLiteral("payload.address.country"));
    QCOMPARE(model.parent(model.index(0, 0, address)), address.siblingAtColumn(0));
    QCOMPARE(model.claimIndex("header", "alg").siblingAtColumn(ClaimsModel::DescriptionColumn).data().toString().isEmpty(), false);
    QVERIFY(!model.claimIndex("payload", "alg").isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestClaimsModel::timesAreLocalAndRelative()
{
    FixedClock clock(1700000000);
    ClaimsModel model(&clock);
    model.setToken({}, QJsonObject{{"exp", 1700000300}, {"iat", 1699999990}, {"custom_time", 1700000300}});
    const QString exp = model.claimIndex("payload", "exp").siblingAtColumn(ClaimsModel::ValueColumn).data().toString();
    const QString local = QDateTime::fromSecsSinceEpoch(1700000300).toLocalTime().toString("yyyy-MM-dd HH:mm:ss");
    QVERIFY2(exp.startsWith("1700000300"), qPrintable(exp));
    QVERIFY2(exp.contains(local), qPrintable(exp));
    QVERIFY2(exp.contains("in 5 min"), qPrintable(exp));
    QVERIFY(model.claimIndex("payload", "iat").siblingAtColumn(ClaimsModel::ValueColumn).data().toString().contains("10 s ago"));
    // Only registered time claims are converted.
    QCOMPARE(model.claimIndex("payload", "custom_time").siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), QStringLiteral("1700000300"));
    // The tooltip has the UTC time.
    QCOMPARE(model.claimIndex("payload", "exp").siblingAtColumn(ClaimsModel::ValueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2023-11-14T22:18:20Z"));
    clock.advance(400);
    model.refreshTimes();
    QVERIFY(model.claimIndex("payload", "exp").siblingAtColumn(ClaimsModel::ValueColumn).data().toString().contains("1 min 40 s ago"));
}

void TestClaimsModel::registeredClaimsAreExplained_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("contains");
    QTest::newRow("iss") << "iss" << false << "Issuer";
    QTest::newRow("aud") << "aud" << false << "Audience";
    QTest::newRow("nonce") << "nonce" << false << "Nonce";
    QTest::newRow("at_hash") << "at_hash" << false << "access token";
    QTest::newRow("azp") << "azp" << false << "Authorized party";
    QTest::newRow("email_verified") << "email_verified" << false << "verified";
    QTest::newRow("namespaced") << "https://tokenscope.test/roles" << false << "Roles";
    QTest::newRow("kid") << "kid" << true << "JWKS";
    QTest::newRow("unknown") << "whatever" << false << "";
    QTest::newRow("alg is a header parameter only") << "alg" << false << "";
}

void TestClaimsModel::registeredClaimsAreExplained()
{
    QFETCH(QString, name);
    QFETCH(bool, header);
    QFETCH(QString, contains);
    const QString d = ClaimsModel::describeClaim(name, header);
    if (contains.isEmpty())
        QVERIFY2(d.isEmpty(), qPrintable(d));
    else
        QVERIFY2(d.contains(contains), qPrintable(d));
}

void TestClaimsModel::displayValue_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << QJsonValue("a b") << "a b";
    QTest::newRow("integer") << QJsonValue(1700000000) << "1700000000";
    QTest::newRow("fraction") << QJsonValue(1.5) << "1.5";
    QTest::newRow("bool") << QJsonValue(true) << "true";
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "null";
    QTest::newRow("array") << QJsonValue(QJsonArray{1, "x"}) << "[1,\"x\"]";
}

void TestClaimsModel::displayValue()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(ClaimsModel::displayValue(value), text);
}

void TestClaimsModel::diff()
{
    FixedClock clock(1700000000);
    ClaimDiffModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPayloads(QJsonObject{{"sub", "a"}, {"iat", 100}, {"exp", 200}, {"nonce", "n"}},
                      QJsonObject{{"sub", "a"}, {"iat", 160}, {"exp", 260}, {"sid", "s"}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf("sub"), -1);
    QVERIFY(model.rowOf("iat") >= 0);
    QVERIFY(model.index(model.rowOf("iat"), ClaimDiffModel::BeforeColumn).data().toString().startsWith("100 · "));
    QVERIFY(model.index(model.rowOf("iat"), ClaimDiffModel::BeforeColumn).data(Qt::ToolTipRole).toString().contains("ago"));
    QVERIFY(model.index(model.rowOf("iat"), ClaimDiffModel::AfterColumn).data().toString().startsWith("160"));
    QCOMPARE(model.index(model.rowOf("nonce"), ClaimDiffModel::AfterColumn).data().toString(), QStringLiteral("(absent)"));
    QCOMPARE(model.index(model.rowOf("sid"), ClaimDiffModel::BeforeColumn).data().toString(), QStringLiteral("(absent)"));
    model.setPayloads(QJsonObject{{"a", 1}}, QJsonObject{{"a", 1}});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestClaimsModel)
#include "TestClaimsModel.moc"
