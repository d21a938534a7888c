// The device authorization grant (RFC 8628) of the engine against the local tenant's client device-app
// (tests/idp/README.md): the headless engine completes the verification page (it types the user code, signs in and
// approves), the user refuses on the confirmation page, the code expires, and the tenant answers slow_down.
#include "EventLoopWait.h"
#include "FlowRun.h"
#include "FlowStateText.h"
#include "LocalTenant.h"

#include "browser/CallbackSchemeRegistry.h"
#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "core/report/FlowReport.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::test;

namespace {

// A fill script that enters the user code and then presses Cancel on the confirmation page (the user refuses).
const QString DenyScript = QStringLiteral(R"JS(
(function () {
  var input = document.querySelector('input[type=text][name=user_code]');
  if (input && !document.getElementById('error')) { input.value = tokenscope.userCode; input.form.requestSubmit ? input.form.requestSubmit() : input.form.submit(); return; }
  var abort = document.getElementById('device-abort');
  if (abort) abort.click();
})();
)JS");

} // namespace

class TestDeviceFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void headlessEngineCompletesTheVerificationPage();
    void userDeniesOnTheConfirmationPage();
    void codeExpiresWithoutApproval();
    void slowDownAddsFiveSeconds();
    void clientWithoutTheGrantIsRefused();

private:
    QJsonObject deviceProfile(const LocalTenant &tenant) const;
    std::unique_ptr<LocalTenant> startTenant(const QStringList &args);
    std::unique_ptr<LocalTenant> m_tenant;
    SystemClock m_clock;
};

std::unique_ptr<LocalTenant> TestDeviceFlow::startTenant(const QStringList &args)
{
    auto tenant = std::make_unique<LocalTenant>(args);
    if (!tenant->start()) {
        qWarning().noquote() << tenant->error();
        return nullptr;
    }
    return tenant;
}

void TestDeviceFlow::initTestCase()
{
    // A one-second interval keeps the runs short; everything else as the tenant has it.
    m_tenant = startTenant({QStringLiteral("--device-interval"), QStringLiteral("1")});
    QVERIFY(m_tenant);
}

QJsonObject TestDeviceFlow::deviceProfile(const LocalTenant &tenant) const
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Local tenant (device)")},
                       {QStringLiteral("issuer"), tenant.issuer()},
                       {QStringLiteral("clientId"), QStringLiteral("device-app")},
                       {QStringLiteral("tokenEndpointAuth"), QStringLiteral("none")},
                       {QStringLiteral("grant"), QStringLiteral("device_code")},
                       {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")},
                       {QStringLiteral("audience"), tenant.apiAudience()},
                       {QStringLiteral("apiUrl"), tenant.apiUrl()}};
}

void TestDeviceFlow::headlessEngineCompletesTheVerificationPage()
{
    FlowRun<> run(&m_clock, 15000, 20000, LocalTenant::username(), LocalTenant::password());
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(deviceProfile(*m_tenant)).toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    run.flow->setProfile(loaded.profile);
    QSignalSpy ready(run.flow.get(), &OidcFlow::deviceAuthorizationReady);
    QSignalSpy polls(run.flow.get(), &OidcFlow::devicePollAnswered);
    const std::optional<bool> ok = run.signIn(60000);
    const FlowState &state = run.flow->state();
    QVERIFY2(ok == true, qPrintable(describe(state)));

    QCOMPARE(ready.size(), 1);
    QVERIFY(state.device);
    QVERIFY2(QRegularExpression(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$")).match(state.device->userCode).hasMatch(),
             qPrintable(state.device->userCode));
    QCOMPARE(state.device->verificationUri.path(), QStringLiteral("/activate"));
    QVERIFY(state.device->verificationUriComplete.toString().contains(state.device->userCode));
    QCOMPARE(state.device->expiresIn, 600);
    QCOMPARE(state.device->interval, 1);
    QVERIFY(state.device->intervalGiven);

    QStringList steps;
    for (const StepResult &s : state.steps)
        steps << s.name;
    QCOMPARE(steps, (QStringList{Steps::Discovery, Steps::DeviceAuthorization, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh}));
    for (const QString &step : steps)
        QCOMPARE(stepStatus(state, step), QStringLiteral("pass"));
    // Pending while the filler was on the pages, then the tokens; every poll named in the step.
    QVERIFY(!polls.isEmpty());
    QCOMPARE(polls.last().at(1).toString(), QStringLiteral("tokens"));
    QCOMPARE(state.device->answers.last(), QStringLiteral("tokens"));
    for (qsizetype i = 0; i + 1 < state.device->answers.size(); ++i)
        QCOMPARE(state.device->answers.at(i), QStringLiteral("authorization_pending"));
    QVERIFY2(state.step(Steps::Token)->detail.contains(QStringLiteral("tokens ×1")), qPrintable(state.step(Steps::Token)->detail));

    // Validated as the code flow's token response; the API JWT as any access token; refresh works.
    for (const char *id : {"token.token_type", "token.id_token.signature", "token.id_token.iss", "token.id_token.aud",
                           "token.id_token.exp", "token.access_token.signature", "token.access_token.aud", "userinfo.sub",
                           "refresh.id_token.signature", "refresh.id_token.sub"})
        QVERIFY2(checkStatus(state, QString::fromLatin1(id)) == QStringLiteral("pass"), id);
    QCOMPARE(parseJwt(state.token.idToken.toUtf8()).payload.value(QStringLiteral("sub")).toString(), QStringLiteral("auth0|alice-0001"));
    QVERIFY(!state.token.refreshToken.isEmpty());
    QVERIFY(!state.refresh.accessToken.isEmpty());

    // The report says what the user was shown and each poll's answer, never the device code (a credential).
    const QJsonObject report = flowReport(state, ReportOptions{true});
    const QJsonObject device = report.value(QLatin1String("device")).toObject();
    QCOMPARE(device.value(QLatin1String("userCode")).toString(), state.device->userCode);
    QCOMPARE(device.value(QLatin1String("verificationUri")).toString(), state.device->verificationUri.toString());
    QCOMPARE(device.value(QLatin1String("interval")).toInt(), 1);
    QCOMPARE(device.value(QLatin1String("polls")).toArray().last().toString(), QStringLiteral("tokens"));
    QVERIFY(!QJsonDocument(report).toJson().contains(state.device->deviceCode.toUtf8()));
}

void TestDeviceFlow::userDeniesOnTheConfirmationPage()
{
    FlowRun<> run(&m_clock, 15000, 20000);
    run.agent->setFillScript(DenyScript);
    run.flow->setProfile(loadProfile(QJsonDocument(deviceProfile(*m_tenant)).toJson()).profile);
    const std::optional<bool> ok = run.signIn(60000);
    const FlowState &state = run.flow->state();
    QVERIFY2(ok == false, qPrintable(describe(state)));
    QCOMPARE(stepStatus(state, Steps::DeviceAuthorization), QStringLiteral("pass"));
    const StepResult *token = state.step(Steps::Token);
    QVERIFY(token);
    QCOMPARE(checkStatusName(token->status), QStringLiteral("fail"));
    QVERIFY2(token->reason == QStringLiteral("oauth.access_denied"), qPrintable(token->reason + QLatin1Char(' ') + token->detail));
    QVERIFY2(token->detail.contains(QStringLiteral("access_denied")) && token->detail.contains(QStringLiteral("RFC 8628 3.5")),
             qPrintable(token->detail));
    QCOMPARE(state.device->answers.last(), QStringLiteral("access_denied"));
    QCOMPARE(stepStatus(state, Steps::Userinfo), QStringLiteral("skip"));
    QCOMPARE(stepStatus(state, Steps::Refresh), QStringLiteral("skip"));
    QVERIFY(state.token.accessToken.isEmpty());
}

void TestDeviceFlow::codeExpiresWithoutApproval()
{
    // A tenant whose device codes live 3 seconds; nobody opens the page.
    const auto tenant = startTenant({QStringLiteral("--device-interval"), QStringLiteral("1"), QStringLiteral("--ttl-device-code"),
                                     QStringLiteral("3")});
    QVERIFY(tenant);
    FlowRun<> run(&m_clock, 15000, 20000);
    OidcFlow::Options options;
    options.openVerification = false;
    run.flow->setOptions(options);
    run.flow->setProfile(loadProfile(QJsonDocument(deviceProfile(*tenant)).toJson()).profile);
    const std::optional<bool> ok = run.signIn(30000);
    const FlowState &state = run.flow->state();
    QVERIFY2(ok == false, qPrintable(describe(state)));
    QCOMPARE(state.device->expiresIn, 3);
    const StepResult *token = state.step(Steps::Token);
    QVERIFY(token);
    // The provider's own answer at the first poll after the lifetime (the engine polls once more after expires_in).
    QVERIFY2(token->reason == QStringLiteral("oauth.expired_token"), qPrintable(token->reason + QLatin1Char(' ') + token->detail));
    QCOMPARE(state.device->answers.last(), QStringLiteral("expired_token"));
    QVERIFY(state.device->answers.contains(QStringLiteral("authorization_pending")));
    QVERIFY2(token->detail.contains(QStringLiteral("expired_token")), qPrintable(token->detail));
}

void TestDeviceFlow::slowDownAddsFiveSeconds()
{
    // The variant answers slow_down to the first poll; the engine must wait 1 + 5 seconds before the next one, which
    // the tenant would answer slow_down again if it came sooner.
    const auto tenant = startTenant({QStringLiteral("--variant"), QStringLiteral("device-slow-down"), QStringLiteral("--device-interval"),
                                     QStringLiteral("1")});
    QVERIFY(tenant);
    FlowRun<> run(&m_clock, 15000, 20000, LocalTenant::username(), LocalTenant::password());
    run.flow->setProfile(loadProfile(QJsonDocument(deviceProfile(*tenant)).toJson()).profile);
    QSignalSpy polls(run.flow.get(), &OidcFlow::devicePollAnswered);
    const std::optional<bool> ok = run.signIn(60000);
    const FlowState &state = run.flow->state();
    QVERIFY2(ok == true, qPrintable(describe(state)));
    QCOMPARE(state.device->answers.first(), QStringLiteral("slow_down"));
    QCOMPARE(state.device->answers.count(QStringLiteral("slow_down")), 1); // the engine honoured the longer interval
    QCOMPARE(polls.first().at(2).toInt(), 6);
    QCOMPARE(state.device->interval, 6);
    QCOMPARE(state.device->answers.last(), QStringLiteral("tokens"));
    QVERIFY2(state.step(Steps::Token)->detail.contains(QStringLiteral("slow_down ×1")), qPrintable(state.step(Steps::Token)->detail));
}

void TestDeviceFlow::clientWithoutTheGrantIsRefused()
{
    QJsonObject profile = deviceProfile(*m_tenant);
    profile.insert(QStringLiteral("clientId"), QStringLiteral("hybrid-app"));
    profile.insert(QStringLiteral("clientSecret"), LocalTenant::hybridSecret());
    profile.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_basic"));
    FlowRun<> run(&m_clock, 15000, 20000);
    run.flow->setProfile(loadProfile(QJsonDocument(profile).toJson()).profile);
    const std::optional<bool> ok = run.signIn(30000);
    const FlowState &state = run.flow->state();
    QVERIFY2(ok == false, qPrintable(describe(state)));
    const StepResult *device = state.step(Steps::DeviceAuthorization);
    QVERIFY(device);
    QCOMPARE(device->reason, QStringLiteral("oauth.unauthorized_client"));
    QCOMPARE(stepStatus(state, Steps::Token), QStringLiteral("skip"));
    QVERIFY(!state.device);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    QApplication app(argc, argv);
    TestDeviceFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDeviceFlow.moc"
