#include "TimelineModel.h"

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
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("contains");
    QTest::newRow("callback url") << "the provider answered with an error: invalid_request (redirect_uri did not match any of the client's registered redirect_uris)"
                                  << "Allowed Callback URLs";
    QTest::newRow("client") << "the token endpoint refused the code (HTTP 401): invalid_client" << "client secret";
    QTest::newRow("alg") << "1 check(s) failed; first: id_token.alg: alg is RS256, but the profile expects ES256" << "expected algorithm";
    QTest::newRow("discovery") << "could not fetch the discovery document http://x/.well-known/openid-configuration: HTTP 404" << "issuer";
    QTest::newRow("mix-up") << "iss check failed, so the response is not used (possible mix-up attack, RFC 9207)" << "another issuer";
    QTest::newRow("unsigned") << "id_token.format: the signature is empty: the token is unsigned" << "never be accepted";
    QTest::newRow("invalid_grant") << "the token endpoint refused the code (HTTP 400): invalid_grant" << "Sign in again";
    QTest::newRow("timeout") << "POST http://x/oauth/token timed out after 30 s" << "did not answer in time";
    QTest::newRow("size") << "the response is 50.0 MB, more than the 10.0 MB limit" << "larger than Tokenscope accepts";
    QTest::newRow("tls") << "TLS handshake failed: The certificate is self-signed, and untrusted" << "trusted CAs";
    QTest::newRow("unreachable") << "could not reach http://127.0.0.1:9/: Connection refused" << "could not be reached";
    QTest::newRow("server error") << "the token endpoint answered HTTP 500 (text/html)" << "server error";
    QTest::newRow("jwks") << "issuer http://x/; 0 signing keys in the JWKS (the JWKS at http://x/jwks could not be read; not valid JSON)"
                          << "JSON Web Key Set";
    QTest::newRow("unknown: points at the logs") << "something else entirely" << "HTTP log";
}

void TestTimelineModel::advice()
{
    QFETCH(QString, detail);
    QFETCH(QString, contains);
    const QString a = TimelineModel::adviceFor({Steps::Callback, CheckStatus::Fail, detail, 1});
    QVERIFY2(a.contains(contains), qPrintable(a));
    QVERIFY(TimelineModel::adviceFor({Steps::Callback, CheckStatus::Pass, detail, 1}).isEmpty());
}

QTEST_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
