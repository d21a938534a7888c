// The engine in-process (OidcFlow + WebEngineUserAgent + HttpClient) against the hostile provider: what the CLI
// report cannot show (which requests were never sent, the exchange log of a failed request, cancelling a hang).
#include "core/common/Clock.h"
#include "FlowRun.h"
#include "HostileProvider.h"
#include "core/http/HttpClient.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace tokenscope;

class TestHostileEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyRotationRefetchesTheJwksOnce();
    void refusedResponsesNeverReachTheTokenEndpoint_data();
    void refusedResponsesNeverReachTheTokenEndpoint();
    void hangingTokenEndpointTimesOut();
    void oversizeAnswerStopsAtTheCap_data();
    void oversizeAnswerStopsAtTheCap();
    void cancelEndsAHangAtOnce();

private:
    using Run = FlowRun<>;
    Run makeRun(const QString &scenario, int timeoutMs = 10000);
    static QList<HttpExchange> exchangesOf(const FlowState &state, const QString &step);

    std::unique_ptr<HostileProvider> m_provider;
    SystemClock m_clock;
};

void TestHostileEngine::initTestCase()
{
    m_provider = std::make_unique<HostileProvider>();
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
}

TestHostileEngine::Run TestHostileEngine::makeRun(const QString &scenario, int timeoutMs)
{
    Run run(&m_clock, timeoutMs, 20000);
    QJsonObject json = m_provider->profile(scenario);
    json.insert(QStringLiteral("clientSecret"), QStringLiteral("engine-test-secret"));
    run.flow->setProfile(loadProfileOrWarn(json));
    return run;
}

QList<HttpExchange> TestHostileEngine::exchangesOf(const FlowState &state, const QString &step)
{
    QList<HttpExchange> out;
    for (const HttpExchange &ex : state.exchanges) {
        if (ex.step == step)
            out << ex;
    }
    return out;
}

void TestHostileEngine::keyRotationRefetchesTheJwksOnce()
{
    Run run = makeRun(QStringLiteral("key-rotation"));
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const FlowState &state = run.flow->state();
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(exchangesOf(state, QStringLiteral("jwks")).size(), 2);
    QCOMPARE(state.jwks.keys.size(), 2); // the refetched set, with the new key
    for (const QString &id : {QStringLiteral("id_token.signature"), QStringLiteral("token.id_token.signature"),
                              QStringLiteral("refresh.id_token.signature")}) {
        const Check *check = findCheck(state.checks, id);
        QVERIFY2(check && check->status == CheckStatus::Pass, qPrintable(id));
        QVERIFY2(check->detail.contains(QLatin1String("k2")), qPrintable(check->detail));
    }
}

void TestHostileEngine::refusedResponsesNeverReachTheTokenEndpoint_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("check");
    QTest::newRow("state-wrong") << "state-wrong" << "state";
    QTest::newRow("iss-param-wrong") << "iss-param-wrong" << "iss_param";
    QTest::newRow("error-redirect") << "error-redirect" << "callback.error";
}

void TestHostileEngine::refusedResponsesNeverReachTheTokenEndpoint()
{
    QFETCH(QString, scenario);
    QFETCH(QString, check);
    Run run = makeRun(scenario);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<OidcFlow::Error>(), OidcFlow::Error::Callback);
    const FlowState &state = run.flow->state();
    const Check *c = findCheck(state.checks, check);
    QVERIFY(c);
    QCOMPARE(c->status, CheckStatus::Fail);
    // The code (and the client secret with it) was never sent anywhere.
    QVERIFY(exchangesOf(state, QStringLiteral("token")).isEmpty());
    QVERIFY(state.token.isEmpty());
    QVERIFY(state.authorization.isEmpty());
}

void TestHostileEngine::hangingTokenEndpointTimesOut()
{
    Run run = makeRun(QStringLiteral("token-never-answers"), 1500);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    QElapsedTimer timer;
    run.flow->start();
    connect(run.flow.get(), &OidcFlow::stepStarted, this, [&timer](const QString &name) {
        if (name == Steps::Token)
            timer.start();
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(timer.isValid());
    const qint64 ms = timer.elapsed();
    QVERIFY2(ms >= 1400 && ms < 10000, qPrintable(QString::number(ms)));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<OidcFlow::Error>(), OidcFlow::Error::Token);
    const QList<HttpExchange> token = exchangesOf(run.flow->state(), QStringLiteral("token"));
    QCOMPARE(token.size(), 1);
    QCOMPARE(token.first().status, 0);
    QVERIFY2(token.first().error.contains(QLatin1String("timed out")), qPrintable(token.first().error));
    QVERIFY(token.first().elapsedMs >= 1400);
}

void TestHostileEngine::oversizeAnswerStopsAtTheCap_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length: 50 MB") << "token-50mb" << true;
    QTest::newRow("chunked, 50 MB") << "token-50mb-chunked" << false;
}

void TestHostileEngine::oversizeAnswerStopsAtTheCap()
{
    QFETCH(QString, scenario);
    QFETCH(bool, announced);
    Run run = makeRun(scenario);
    QCOMPARE(run.http->maxResponseBytes(), HttpClient::DefaultMaxResponseBytes);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const QList<HttpExchange> token = exchangesOf(run.flow->state(), QStringLiteral("token"));
    QCOMPARE(token.size(), 1);
    QVERIFY2(token.first().error.contains(QLatin1String("10.0 MB limit")), qPrintable(token.first().error));
    QVERIFY(token.first().responseBody.size() <= HttpClient::DefaultMaxResponseBytes);
    if (announced) {
        QVERIFY2(token.first().error.contains(QLatin1String("50.0 MB")), qPrintable(token.first().error)); // refused before reading
        QVERIFY(token.first().responseBody.isEmpty());
    }
    QCOMPARE(run.flow->state().step(Steps::Token)->status, CheckStatus::Fail);
}

void TestHostileEngine::cancelEndsAHangAtOnce()
{
    Run run = makeRun(QStringLiteral("token-never-answers"), 120000);
    QSignalSpy finished(run.flow.get(), &OidcFlow::finished);
    QSignalSpy errors(run.flow.get(), &OidcFlow::errorOccurred);
    QElapsedTimer timer;
    connect(run.flow.get(), &OidcFlow::stepStarted, this, [&](const QString &name) {
        if (name == Steps::Token) {
            timer.start();
            QMetaObject::invokeMethod(run.flow.get(), &OidcFlow::cancel, Qt::QueuedConnection);
        }
    });
    run.flow->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(timer.isValid());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(errors.last().first().value<OidcFlow::Error>(), OidcFlow::Error::Cancelled);
    QCOMPARE(run.flow->state().step(Steps::Token)->status, CheckStatus::Fail);
    QVERIFY(!run.flow->isRunning());
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    QApplication app(argc, argv);
    TestHostileEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestHostileEngine.moc"
