// OidcFlow's pure parts; the flow itself runs against the local tenant (tests/integration/TestOidcFlowIntegration).
#include "core/oidc/OidcFlow.h"

#include <QTest>

using namespace tokenscope;

class TestOidcFlow : public QObject
{
    Q_OBJECT
private slots:
    void refreshScopeCheck_data();
    void refreshScopeCheck();
};

void TestOidcFlow::refreshScopeCheck_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("granted");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("detail");
    QTest::newRow("granted as asked") << "openid offline_access" << "openid offline_access" << true << "granted openid offline_access";
    QTest::newRow("any order") << "openid offline_access" << "offline_access openid" << true << "granted offline_access openid";
    QTest::newRow("granted less") << "openid email offline_access" << "openid offline_access" << true << "granted openid offline_access";
    QTest::newRow("no scope in the answer") << "openid offline_access" << "" << true << "RFC 6749 5.1";
    QTest::newRow("granted more") << "openid offline_access" << "openid email offline_access" << false << "granted more: email";
    QTest::newRow("a scope that only shares a prefix") << "read" << "read:tests" << false << "granted more: read:tests";
}

void TestOidcFlow::refreshScopeCheck()
{
    QFETCH(QString, asked);
    QFETCH(QString, granted);
    QFETCH(bool, passes);
    QFETCH(QString, detail);
    const Check check = OidcFlow::refreshScopeCheck(asked, granted);
    QCOMPARE(check.id, QStringLiteral("refresh.scope"));
    QCOMPARE(check.status, passes ? CheckStatus::Pass : CheckStatus::Fail);
    QVERIFY2(QString(check.detail).contains(detail), qPrintable(QString(check.detail)));
}

QTEST_GUILESS_MAIN(TestOidcFlow)
#include "TestOidcFlow.moc"
