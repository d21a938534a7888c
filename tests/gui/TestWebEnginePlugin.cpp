// The window's web engine is a plugin (lib/webview) loaded on first need, as in the app: this test links no Qt WebEngine
// library and prepares only what the app prepares before its QApplication (prepareWebEngineEnvironment: no scheme is
// registered then). It proves that the window comes up without the web engine, that a plugin that cannot be loaded is
// a clear message, and that a custom callback scheme registered when the plugin loads — long after the QApplication
// exists, but before the web engine starts — is enough for a sign-in through it (the local tenant's native-app client:
// com.tokenscope.demo://callback, public client with PKCE). Qt WebEngine 6.4 locks its schemes when it starts (the first
// browser profile), so a scheme first seen after that asks for a restart.
#include "ui/app/App.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "LocalTenant.h"
#include "ui/webengine/WebEngineBackend.h"
#include "browser/WebEngineEnvironment.h"
#include "ui/webengine/WebEngineLoader.h"
#include "ui/tokens/ChecksModel.h"
#include "ui/tokens/TokenPanel.h"
#include "ui/device/DeviceCodePane.h"
#include "ui/signin/PasswordPrompt.h"
#include "ui/signin/SubjectTokenPrompt.h"
#include "ui/signin/TimelineModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTabWidget>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

bool webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
}

} // namespace

class TestWebEnginePlugin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowStartsWithoutTheWebEngine();
    void clientCredentialsSignInNeedsNoWebEngine();
    void passwordSignInAsksForTheCredentials();
    void tokenExchangeOffersTheLastAccessToken();
    void privateKeyJwtSignInReadsTheKeyFile();
    void pluginThatCannotBeLoadedIsAClearMessage();
    void customSchemeRegisteredWhenThePluginLoads();
    void schemeSeenAfterTheEngineStartedAsksForARestart();
    // Last: it loads the web engine, which the tests above expect to be unloaded.
    void deviceCodeViewShowsCodeQrAndCountdown();

private:
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestWebEnginePlugin::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

void TestWebEnginePlugin::windowStartsWithoutTheWebEngine()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("native-app"), QStringLiteral("code")), QStringLiteral("native.json")));
    QVERIFY(h.show());
    QVERIFY(!WebEngineLoader::isLoaded());
    QVERIFY2(!webEngineMapped(), "no Qt WebEngine library is mapped before a sign-in needs one");
    QVERIFY(child<QLabel>(h.window.get(), "browserPlaceholder"));
}

// Issue 13: a profile with grant client_credentials (the local tenant's m2m-app) signs in through Sign in without a
// browser: the web engine stays unloaded, and the Tokens tab shows the API's access token with its checks.
void TestWebEnginePlugin::clientCredentialsSignInNeedsNoWebEngine()
{
    GuiHarness h;
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("Machine to machine")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                              {QStringLiteral("clientSecret"), QStringLiteral("m2m-app-secret-7d41b2e9")},
                              {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                              {QStringLiteral("scope"), QStringLiteral("read:tests")},
                              {QStringLiteral("audience"), m_tenant->apiAudience()},
                              {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    QVERIFY(h.openProfile(profile, QStringLiteral("m2m.json")));
    QVERIFY(h.show());
    auto *grant = child<QComboBox>(h.window.get(), "profileGrant");
    QVERIFY(grant);
    QCOMPARE(grant->currentData().toString(), QStringLiteral("client_credentials"));
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    const FlowState &state = h.window->flowState();
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(!state.step(Steps::Authorize));
    QVERIFY(!WebEngineLoader::isLoaded());
    QVERIFY2(!webEngineMapped(), "the client credentials grant loads no web engine");

    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    tabs->setCurrentWidget(panel);
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::AccessToken));
    QCOMPARE(panel->currentToken().value, state.token.accessToken);
    ChecksModel *checks = panel->checksModel();
    for (const char *id : {"token.access_token.signature", "token.access_token.aud", "token.access_token.client_id", "token.access_token.gty"}) {
        const int row = checks->rowOf(QString::fromLatin1(id));
        QVERIFY2(row >= 0, id);
        QCOMPARE(CheckStatus(checks->index(row, 0).data(ChecksModel::StatusRole).toInt()), CheckStatus::Pass);
    }
}

// Issue 13: a profile with grant password (the local tenant's legacy-app): Sign in asks for the username and password
// in a dialog (Sign in stays disabled until both are there), then signs in without a browser; Cancel signs nobody in;
// the next Sign in offers the username again but never the password, which no report or log holds.
void TestWebEnginePlugin::passwordSignInAsksForTheCredentials()
{
    GuiHarness h;
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("Legacy app")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("legacy-app")},
                              {QStringLiteral("clientSecret"), QStringLiteral("legacy-app-secret-9b2f60d4")},
                              {QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_post")},
                              {QStringLiteral("grant"), QStringLiteral("password")},
                              {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access read:tests")},
                              {QStringLiteral("audience"), m_tenant->apiAudience()},
                              {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    QVERIFY(h.openProfile(profile, QStringLiteral("legacy.json")));
    QVERIFY(h.show());
    auto *signInButton = child<QPushButton>(h.window.get(), "signInButton");

    // Cancel: nothing runs.
    QTest::mouseClick(signInButton, Qt::LeftButton);
    auto *prompt = h.window->findChild<PasswordPrompt *>(QStringLiteral("passwordPrompt"));
    QVERIFY(prompt && prompt->isVisible());
    QVERIFY(prompt->usernameEdit()->text().isEmpty());
    prompt->reject();
    QVERIFY(!h.window->isBusy());
    QVERIFY(h.window->flowState().steps.isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!h.window->findChild<PasswordPrompt *>(QStringLiteral("passwordPrompt"))); // deleted on close

    QTest::mouseClick(signInButton, Qt::LeftButton);
    prompt = h.window->findChild<PasswordPrompt *>(QStringLiteral("passwordPrompt"));
    QVERIFY(prompt);
    QCOMPARE(prompt->passwordEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(prompt->usernameEdit(), QStringLiteral("alice"));
    QVERIFY(!prompt->signInButton()->isEnabled());
    QTest::keyClicks(prompt->passwordEdit(), QStringLiteral("wonderland-42"));
    QVERIFY(prompt->signInButton()->isEnabled());
    QTest::mouseClick(prompt->signInButton(), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    const FlowState &state = h.window->flowState();
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(state.step(Steps::Token)->detail.contains(QLatin1String("password grant as alice")));
    QVERIFY(!WebEngineLoader::isLoaded());
    const QString report = QDir(QDir::tempPath()).filePath(QStringLiteral("tokenscope-password-report.json"));
    QVERIFY(h.window->writeSignInReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("wonderland-42"));
    file.remove();

    // The username is offered again, the password is not.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(signInButton, Qt::LeftButton);
    prompt = h.window->findChild<PasswordPrompt *>(QStringLiteral("passwordPrompt"));
    QCOMPARE(prompt->usernameEdit()->text(), QStringLiteral("alice"));
    QVERIFY(prompt->passwordEdit()->text().isEmpty());
    prompt->reject();
}

// Issue 13: a profile with grant token_exchange (the local tenant's api-gateway) after a client credentials sign-in:
// Sign in asks for the token to exchange, offering the last sign-in's access token and saying what it is; an empty
// field cannot be sent; Exchange gets a token for the API (delegation: act names the gateway), validated, with no
// browser; the subject token is not in the report whole.
void TestWebEnginePlugin::tokenExchangeOffersTheLastAccessToken()
{
    GuiHarness h;
    const QJsonObject m2m{{QStringLiteral("name"), QStringLiteral("Machine to machine")},
                          {QStringLiteral("issuer"), m_tenant->issuer()},
                          {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                          {QStringLiteral("clientSecret"), QStringLiteral("m2m-app-secret-7d41b2e9")},
                          {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                          {QStringLiteral("scope"), QStringLiteral("read:tests")},
                          {QStringLiteral("audience"), m_tenant->apiAudience()}};
    QVERIFY(h.openProfile(m2m, QStringLiteral("m2m.json")));
    QVERIFY(h.show());
    auto *signInButton = child<QPushButton>(h.window.get(), "signInButton");
    QTest::mouseClick(signInButton, Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    QVERIFY2(h.window->flowState().ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    const QString subject = h.window->flowState().currentAccessToken();

    const QJsonObject gateway{{QStringLiteral("name"), QStringLiteral("API gateway")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("api-gateway")},
                              {QStringLiteral("clientSecret"), QStringLiteral("api-gateway-secret-1e7c35a0")},
                              {QStringLiteral("grant"), QStringLiteral("token_exchange")},
                              {QStringLiteral("scope"), QStringLiteral("read:tests")},
                              {QStringLiteral("audience"), m_tenant->apiAudience()},
                              {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    QVERIFY(h.openProfile(gateway, QStringLiteral("gateway.json")));
    QCOMPARE(child<QComboBox>(h.window.get(), "profileGrant")->currentData().toString(), QStringLiteral("token_exchange"));
    QTest::mouseClick(signInButton, Qt::LeftButton);
    auto *prompt = h.window->findChild<SubjectTokenPrompt *>(QStringLiteral("subjectTokenPrompt"));
    QVERIFY(prompt && prompt->isVisible());
    QCOMPARE(prompt->tokenEdit()->toPlainText(), subject);
    QVERIFY2(prompt->summaryLabel()->text().contains(QLatin1String("m2m-app")), qPrintable(prompt->summaryLabel()->text()));
    QVERIFY2(prompt->summaryLabel()->text().contains(QLatin1String("expires in 24 hours")), qPrintable(prompt->summaryLabel()->text()));
    prompt->tokenEdit()->clear();
    QVERIFY(!prompt->exchangeButton()->isEnabled());
    // Open file…: the file's token, or why it cannot be read.
    prompt->loadFile(h.dir.filePath(QStringLiteral("no-such-token")));
    QVERIFY2(prompt->summaryLabel()->text().startsWith(QLatin1String("Cannot read")), qPrintable(prompt->summaryLabel()->text()));
    {
        QFile tokenFile(h.dir.filePath(QStringLiteral("subject.jwt")));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write(subject.toUtf8() + "\n");
    }
    prompt->loadFile(h.dir.filePath(QStringLiteral("subject.jwt")));
    QCOMPARE(prompt->tokenEdit()->toPlainText(), subject);
    prompt->tokenEdit()->clear();
    prompt->tokenEdit()->setPlainText(QStringLiteral("Bearer ") + subject);
    QVERIFY(prompt->exchangeButton()->isEnabled());
    QTest::mouseClick(prompt->exchangeButton(), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    const FlowState &state = h.window->flowState();
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QCOMPARE(state.profile.clientId, QStringLiteral("api-gateway"));
    // Named as what it is: no code is exchanged, nobody signed in with a name (the banner names the token's subject).
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    QCOMPARE(timeline->titleOf(Steps::Token), QStringLiteral("Token exchange"));
    QVERIFY2(child<QLabel>(h.window.get(), "flowResult")->text().startsWith(QStringLiteral("Signed in with “API gateway” as m2m-app — ")),
             qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(state.step(Steps::Token)->detail.contains(QLatin1String("exchanged for")));
    const Check *act = nullptr;
    for (const Check &c : state.checks)
        act = c.id == QLatin1String("token.token_exchange.act") ? &c : act;
    QVERIFY(act && act->detail.contains(QLatin1String("delegation: api-gateway acts for")));
    QVERIFY(!WebEngineLoader::isLoaded());
    // The Tokens tab: the issued token with the exchange's checks, the subject token next to it, and what changed.
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    tabs->setCurrentWidget(panel);
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::AccessToken));
    for (const char *id : {"token.issued_token_type", "token.token_exchange.act", "token.access_token.aud"})
        QVERIFY2(panel->checksModel()->rowOf(QString::fromLatin1(id)) >= 0, id);
    QVERIFY(panel->selectToken(TokenOrigin::Subject, TokenKind::AccessToken));
    QCOMPARE(panel->currentToken().value, subject);
    QCOMPARE(panel->checksModel()->rowCount(), 0);
    auto *diffBox = child<QWidget>(h.window.get(), "claimDiffBox");
    QVERIFY(diffBox->isVisible());
    QVERIFY2(child<QLabel>(h.window.get(), "claimDiffTitle")->text().contains(QLatin1String("What the token exchange changed")),
             qPrintable(child<QLabel>(h.window.get(), "claimDiffTitle")->text()));
    const QString report = QDir(QDir::tempPath()).filePath(QStringLiteral("tokenscope-exchange-report.json"));
    QVERIFY(h.window->writeSignInReport(report));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(subject.section(QLatin1Char('.'), 2).toUtf8()));
    file.remove();
}

// Issue 14: a profile with private_key_jwt (the local tenant's m2m-pkjwt) signs in from the window with the key file
// named relative to the profile file; a key file that is not there stops the sign-in before anything is sent, saying
// which file.
void TestWebEnginePlugin::privateKeyJwtSignInReadsTheKeyFile()
{
    GuiHarness h;
    QFile fixture(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/keys/m2m-pkjwt.pem"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QVERIFY(QDir(h.dir.path()).mkdir(QStringLiteral("keys")));
    QFile key(h.dir.filePath(QStringLiteral("keys/client.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(fixture.readAll());
    key.close();
    QJsonObject profile{{QStringLiteral("name"), QStringLiteral("Private key JWT")},
                        {QStringLiteral("issuer"), m_tenant->issuer()},
                        {QStringLiteral("clientId"), QStringLiteral("m2m-pkjwt")},
                        {QStringLiteral("tokenEndpointAuth"), QStringLiteral("private_key_jwt")},
                        {QStringLiteral("clientKey"), QStringLiteral("keys/client.pem")},
                        {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                        {QStringLiteral("scope"), QStringLiteral("read:tests")},
                        {QStringLiteral("audience"), m_tenant->apiAudience()},
                        {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    QVERIFY(h.openProfile(profile, QStringLiteral("pkjwt.json")));
    QVERIFY(h.show());
    auto *signInButton = child<QPushButton>(h.window.get(), "signInButton");
    QTest::mouseClick(signInButton, Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    QVERIFY2(h.window->flowState().ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QCOMPARE(h.window->flowState().apiExchange->status, 200);

    // The same profile naming a key that is not there.
    profile.insert(QStringLiteral("clientKey"), QStringLiteral("keys/missing.pem"));
    QVERIFY(h.openProfile(profile, QStringLiteral("pkjwt-missing.json")));
    const qsizetype exchanges = h.window->flowState().exchanges.size();
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QVERIFY(!h.window->isBusy());
    const QString result = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(result.contains(QLatin1String("missing.pem")) && result.contains(QLatin1String("cannot be read")), qPrintable(result));
    QCOMPARE(h.window->flowState().exchanges.size(), exchanges); // nothing sent
}

// Issue 13: a profile with grant device_code (the local tenant's device-app): Sign in shows the user code, the
// verification address, a QR code and a countdown, with no browser shown; "Open in the embedded browser" loads the
// page there, whose login the autofill completes (it types the user code itself), and the polling brings the
// validated tokens.
void TestWebEnginePlugin::deviceCodeViewShowsCodeQrAndCountdown()
{
    GuiHarness h;
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("TV app")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("device-app")},
                              {QStringLiteral("grant"), QStringLiteral("device_code")},
                              {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                              {QStringLiteral("audience"), m_tenant->apiAudience()},
                              {QStringLiteral("apiUrl"), m_tenant->apiUrl()}};
    QVERIFY(h.openProfile(profile, QStringLiteral("device.json")));
    QVERIFY(h.show());
    QCOMPARE(child<QComboBox>(h.window.get(), "profileGrant")->currentData().toString(), QStringLiteral("device_code"));
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    auto *pane = child<DeviceCodePane>(h.window.get(), "deviceCodePane");
    QVERIFY(pane);
    LOOP_VERIFY_WITH_TIMEOUT(!pane->userCode().isEmpty(), 30000);
    QVERIFY(pane->isVisible());
    QVERIFY2(!child<QWidget>(h.window.get(), "browserPane")->isVisible(), "no browser opens by itself");
    const FlowState &state = h.window->flowState();
    QVERIFY(state.device);
    QCOMPARE(child<QLabel>(h.window.get(), "deviceUserCode")->text(), state.device->userCode);
    QCOMPARE(child<QLabel>(h.window.get(), "deviceVerificationUri")->text(), state.device->verificationUri.toDisplayString());
    QCOMPARE(pane->qrUrl(), state.device->verificationUriComplete);
    // A QR code: square, 5 px modules, 21 + 4k modules (versions 1..40) inside a quiet zone of 4 on each side.
    const QPixmap qr = child<QLabel>(h.window.get(), "deviceQr")->pixmap();
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.width(), qr.height());
    QCOMPARE(qr.width() % 5, 0);
    const int modules = qr.width() / 5 - 8;
    QVERIFY2(modules >= 21 && (modules - 21) % 4 == 0, qPrintable(QString::number(modules)));
    const QString countdown = child<QLabel>(h.window.get(), "deviceCountdown")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("(9:[0-5][0-9]|10:00)")).match(countdown).hasMatch(), qPrintable(countdown));
    QVERIFY(h.window->isBusy()); // polling
    // The status bar names the polling too, not "Code exchange" (there is no code to exchange).
    LOOP_VERIFY_WITH_TIMEOUT(child<QLabel>(h.window.get(), "busyLabel")->text() == QStringLiteral("Token (polling)…"), 10000);

    QTest::mouseClick(child<QPushButton>(h.window.get(), "deviceOpenEmbedded"), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 90000);
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QCOMPARE(state.device->answers.last(), QStringLiteral("tokens"));
    QVERIFY(state.step(Steps::DeviceAuthorization));
    QVERIFY(!state.step(Steps::Authorize));
    QVERIFY(!state.token.idToken.isEmpty());
    QVERIFY(!state.token.refreshToken.isEmpty()); // the window refreshes when asked (F5), not as part of the sign-in
    QCOMPARE(child<QLabel>(h.window.get(), "deviceCountdown")->text(), QStringLiteral("Signed in."));
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    QVERIFY(timeline && timeline->rowOf(Steps::DeviceAuthorization) >= 0);
}

void TestWebEnginePlugin::pluginThatCannotBeLoadedIsAClearMessage()
{
    const QString missing = QStringLiteral("/nonexistent/libtokenscope_webengine.so");
    qputenv("TOKENSCOPE_WEBENGINE_PLUGIN", QFile::encodeName(missing));
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("native-app"), QStringLiteral("code")), QStringLiteral("native.json")));
    QVERIFY(h.show());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("web engine plugin not loaded")));
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    qunsetenv("TOKENSCOPE_WEBENGINE_PLUGIN");
    QVERIFY(!h.window->isBusy());
    const QString text = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(text.contains(QLatin1String("could not be loaded")) && text.contains(missing), qPrintable(text));
    QVERIFY(!WebEngineLoader::isLoaded());
    QVERIFY(!webEngineMapped());
    QVERIFY(h.window->findChild<QAction *>(QStringLiteral("signInAction"))->isEnabled()); // nothing is stuck
}

void TestWebEnginePlugin::customSchemeRegisteredWhenThePluginLoads()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("native-app"), QStringLiteral("code")), QStringLiteral("native.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(WebEngineLoader::isLoaded());
    QVERIFY(webEngineMapped());
    QVERIFY(WebEngineLoader::backend()->isCallbackSchemeRegistered(QStringLiteral("com.tokenscope.demo")));
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 90000);
    const FlowState &state = h.window->flowState();
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(!state.token.accessToken.isEmpty());
    QVERIFY(state.callback && state.callback->params.contains(QStringLiteral("code")));
}

void TestWebEnginePlugin::schemeSeenAfterTheEngineStartedAsksForARestart()
{
    QVERIFY(WebEngineLoader::isLoaded()); // and started by the sign-in before
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("native-app"), QStringLiteral("code"));
    profile.insert(QStringLiteral("redirectUri"), QStringLiteral("com.example.late://callback"));
    QVERIFY(h.openProfile(profile, QStringLiteral("late.json")));
    QVERIFY(h.show());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(!h.window->isBusy());
    const QString text = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(text.contains(QLatin1String("com.example.late")) && text.contains(QLatin1String("restart")), qPrintable(text));
    QVERIFY(!WebEngineLoader::backend()->isCallbackSchemeRegistered(QStringLiteral("com.example.late")));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngineEnvironment();
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokenscope-test"));
    tokenscope::ui::installTranslations(app, QLocale(QLocale::English));
    TestWebEnginePlugin test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWebEnginePlugin.moc"
