#include "ui/signin/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void runningThenFinished();
    void skippedStepsAreAppended();
    void abandon();
    void advice_data();
    void advice();
};

void TestTimelineModel::runningThenFinished()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.stepStarted(Steps::Discovery);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.isRunning(0));
    QCOMPARE(model.index(0, TimelineModel::StatusColumn).data().toString(), QStringLiteral("running"));
    QCOMPARE(model.index(0, TimelineModel::StepColumn).data().toString(), QStringLiteral("Discovery"));
    model.stepFinished({Steps::Discovery, CheckStatus::Pass, "issuer http://x/", 42});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isRunning(0));
    QCOMPARE(model.index(0, TimelineModel::StatusColumn).data().toString(), QStringLiteral("pass"));
    QCOMPARE(model.index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("42 ms"));
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(), QStringLiteral("issuer http://x/"));
    QCOMPARE(model.index(0, 0).data(TimelineModel::StepNameRole).toString(), Steps::Discovery);
    // The same step again later (a second refresh) is a new row.
    model.stepStarted(Steps::Refresh);
    model.stepFinished({Steps::Refresh, CheckStatus::Pass, "new tokens", 5});
    model.stepStarted(Steps::Refresh);
    model.stepFinished({Steps::Refresh, CheckStatus::Fail, "the refresh was refused (HTTP 400): invalid_grant", 7});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(Steps::Refresh), 2);
    QCOMPARE(model.step(2).status, CheckStatus::Fail);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTimelineModel::skippedStepsAreAppended()
{
    TimelineModel model;
    model.stepFinished({Steps::Token, CheckStatus::Skip, "no authorization code in the response", 0});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TimelineModel::StatusColumn).data().toString(), QStringLiteral("skip"));
    QVERIFY(model.index(0, TimelineModel::AdviceColumn).data().toString().isEmpty());
}

void TestTimelineModel::abandon()
{
    TimelineModel model;
    model.stepStarted(Steps::Authorize);
    model.abandonRunning("cancelled by the user");
    QVERIFY(!model.isRunning(0));
    QCOMPARE(model.step(0).status, CheckStatus::Fail);
}

void TestTimelineModel::advice_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("detail"); // only the provider's words in it may matter
    QTest::addColumn<QString>("contains");
    QTest::newRow("callback url") << Steps::Callback << "oauth.invalid_request"
                                  << "invalid_request (redirect_uri did not match any of the client's registered redirect_uris)"
                                  << "Allowed Callback URLs";
    QTest::newRow("client") << Steps::Token << "oauth.invalid_client" << "" << "client secret";
    QTest::newRow("alg") << Steps::Callback << "check.id_token.alg" << "" << "expected algorithm";
    QTest::newRow("discovery") << Steps::Discovery << "discovery" << "" << "issuer";
    QTest::newRow("issuer mismatch") << Steps::Discovery << "discovery.issuer" << "" << "issuer";
    QTest::newRow("mix-up") << Steps::Callback << "mixup" << "" << "another issuer";
    QTest::newRow("state") << Steps::Callback << "state" << "" << "does not belong to this sign-in";
    QTest::newRow("unsigned") << Steps::Callback << "unsigned" << "" << "never be accepted";
    QTest::newRow("invalid_grant") << Steps::Token << "oauth.invalid_grant" << "" << "Sign in again";
    QTest::newRow("wrong password (provider's words)") << Steps::Token << "oauth.invalid_grant" << "Wrong email or password." << "username and password";
    QTest::newRow("wrong password (login form)") << Steps::Authorize << "browser.credentials" << "" << "username and password";
    QTest::newRow("access denied") << Steps::Callback << "oauth.access_denied" << "" << "denied";
    QTest::newRow("other oauth error") << Steps::Callback << "oauth.temporarily_unavailable" << "" << "description";
    QTest::newRow("timeout") << Steps::Token << "http.timeout" << "" << "did not answer in time";
    QTest::newRow("size") << Steps::Token << "http.too_large" << "" << "larger than Tokenscope accepts";
    QTest::newRow("tls") << Steps::Discovery << "http.tls" << "" << "trusted CAs";
    QTest::newRow("unreachable") << Steps::Api << "http.network" << "" << "could not be reached";
    QTest::newRow("server error") << Steps::Token << "http.500" << "" << "server error";
    QTest::newRow("api 401") << Steps::Api << "http.401" << "" << "refused the access token";
    QTest::newRow("jwks") << Steps::Discovery << "jwks" << "" << "JSON Web Key Set";
    QTest::newRow("nonce") << Steps::Callback << "check.nonce" << "" << "does not belong to this sign-in";
    QTest::newRow("expired") << Steps::Token << "check.token.id_token.exp" << "" << "clock";
    QTest::newRow("signature") << Steps::Callback << "check.id_token.signature" << "" << "JWKS";
    QTest::newRow("audience") << Steps::Callback << "check.access_token.aud" << "" << "audience";
    QTest::newRow("no refresh token") << Steps::Refresh << "token.missing" << "" << "offline_access";
    QTest::newRow("no access token") << Steps::Api << "token.missing" << "" << "response type";
    QTest::newRow("cancelled") << Steps::Token << "cancelled" << "" << "when you are ready";
    QTest::newRow("unknown: points at the logs") << Steps::Callback << "check.callback.params" << "" << "HTTP log";
    // The detail's language does not matter: an English phrase in it no longer picks the advice.
    QTest::newRow("detail words alone choose nothing") << Steps::Callback << "" << "possible mix-up attack, wrong username or password, timed out"
                                                       << "HTTP log";
}

void TestTimelineModel::advice()
{
    QFETCH(QString, step);
    QFETCH(QString, reason);
    QFETCH(QString, detail);
    QFETCH(QString, contains);
    const QString a = TimelineModel::adviceFor({step, CheckStatus::Fail, detail, 1, reason});
    QVERIFY2(a.contains(contains), qPrintable(a));
    QVERIFY(TimelineModel::adviceFor({step, CheckStatus::Pass, detail, 1, QString()}).isEmpty());
}

QTEST_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
