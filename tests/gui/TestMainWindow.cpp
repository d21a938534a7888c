// End to end: the real main window, off screen, against the local Auth0-shaped tenant (tests/idp). Widgets are
// found by objectName and driven with mouse clicks and key presses; waits are LOOP_* (EventLoopWait.h) on observable
// state.
#include "ui/app/App.h"
#include "ui/tokens/ChecksModel.h"
#include "ui/tokens/ClaimsModel.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "ui/httplog/HttpLogModel.h"
#include "core/jose/Jwt.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tokens/TokenPanel.h"
#include "ui/signin/UserCard.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QWebEngineView>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowShowsBeforeTheWebEngine();
    void profileEditorIsBuiltAfterTheFirstFrame();
    void hybridSignInShowsEverything();
    void requestProtectionFromTheEditor();
    void failedValidationIsShownWithItsReason();
    void invalidProfileIsReportedWhileTyping();

private:
    void signInAndWait(GuiHarness &h);
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestMainWindow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

void TestMainWindow::signInAndWait(GuiHarness &h)
{
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    auto *signIn = child<QPushButton>(h.window.get(), "signInButton");
    QVERIFY(signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 90000);
}

void TestMainWindow::windowShowsBeforeTheWebEngine()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token")),
                          QStringLiteral("lazy.json")));
    QVERIFY(h.show());
    // No web view (and so no Chromium) until a sign-in needs it.
    QVERIFY(!h.window->findChild<QWebEngineView *>());
    QVERIFY(child<QLabel>(h.window.get(), "browserPlaceholder"));
    // The tabs other than "Sign in" are built when first shown (a placeholder page of the same name until then).
    QVERIFY(!h.window->findChild<TokenPanel *>());
    QVERIFY(!h.window->findChild<UserCard *>());
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    const int userTab = tabs->indexOf(child<QWidget>(h.window.get(), "userCard"));
    tabs->setCurrentIndex(userTab);
    auto *card = h.window->findChild<UserCard *>();
    QVERIFY(card);
    QCOMPARE(tabs->currentWidget(), card);
    QCOMPARE(tabs->indexOf(card), userTab);
    QCOMPARE(child<QWidget>(h.window.get(), "userCard"), card);
}

// The editor is the largest part of the window, so it is built right after the first frame; whatever needs it before
// builds it at once, and until it exists the stored profile is the current one.
void TestMainWindow::profileEditorIsBuiltAfterTheFirstFrame()
{
    {
        GuiHarness h;
        QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Deferred editor"));
        QVERIFY(h.openProfile(profile, QStringLiteral("deferred.json")));
        QVERIFY(!h.window->findChild<ProfileEditor *>());
        QCOMPARE(h.window->windowTitle(), QStringLiteral("Deferred editor — Tokenscope"));
        QSignalSpy built(h.window.get(), &MainWindow::editorBuilt);
        h.window->show();
        LOOP_COMPARE(built.count(), 1);
        auto *editor = child<ProfileEditor>(h.window.get(), "profileEditor");
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->profile().name, QStringLiteral("Deferred editor"));
        QCOMPARE(editor->profile().clientId, QStringLiteral("hybrid-app"));
        QCOMPARE(editor->profile().clientSecret, profile.value(QStringLiteral("clientSecret")).toString());
        QCOMPARE(child<QLineEdit>(h.window.get(), "profileName")->text(), QStringLiteral("Deferred editor"));
        QCoreApplication::processEvents();
        QCOMPARE(built.count(), 1);
        QCOMPARE(h.window->findChildren<ProfileEditor *>().size(), 1);
    }
    {
        // "New profile" before the first frame needs the editor (it focuses the name field): built then, once.
        GuiHarness h;
        QSignalSpy built(h.window.get(), &MainWindow::editorBuilt);
        h.window->newProfile();
        QCOMPARE(built.count(), 1);
        QCOMPARE(child<QLineEdit>(h.window.get(), "profileName")->text(), QStringLiteral("New profile"));
        QVERIFY(h.show());
        QCOMPARE(built.count(), 1);
    }
}

void TestMainWindow::hybridSignInShowsEverything()
{
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
    profile.insert(QStringLiteral("name"), QStringLiteral("Hybrid (GUI test)"));
    QVERIFY(h.openProfile(profile, QStringLiteral("hybrid.json")));
    QVERIFY(h.show());
    QCOMPARE(child<QLineEdit>(h.window.get(), "profileClientId")->text(), QStringLiteral("hybrid-app"));

    signInAndWait(h);
    const FlowState &state = h.window->flowState();
    auto *result = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY2(state.ok(), qPrintable(result->text()));
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QLatin1String("passed")), qPrintable(result->text()));

    // The authorize URL is shown, copyable; the login page stepped aside after the callback.
    auto *authorizeUrl = child<QLineEdit>(h.window.get(), "authorizeUrl");
    QVERIFY(authorizeUrl->text().startsWith(m_tenant->issuer() + QStringLiteral("authorize?")));
    QVERIFY(authorizeUrl->text().contains(QLatin1String("response_type=code%20id_token%20token")));
    QVERIFY(h.window->findChild<QWebEngineView *>()); // created on the first sign-in
    QVERIFY(!h.window->findChild<QWebEngineView *>()->isVisible());

    // Timeline: every step that ran passed.
    auto *timeline = child<QTableView>(h.window.get(), "timelineView");
    QAbstractItemModel *steps = timeline->model();
    QVERIFY(steps->rowCount() >= 6);
    for (int r = 0; r < steps->rowCount(); ++r) {
        const auto status = CheckStatus(steps->index(r, 0).data(TimelineModel::StatusRole).toInt());
        QVERIFY2(status != CheckStatus::Fail, qPrintable(steps->index(r, TimelineModel::DetailColumn).data().toString()));
    }

    // Token panel: decoded claims and every check passed, for every token of the hybrid flow.
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    QCOMPARE(tabs->currentWidget(), panel);
    auto *selector = child<QComboBox>(panel, "tokenSelector");
    QVERIFY2(selector->count() >= 5, "hybrid: ID and access token from both channels plus the refresh token");
    for (int i = 0; i < selector->count(); ++i) {
        selector->setCurrentIndex(i);
        const CheckList checks = panel->checksModel()->checks();
        for (const Check &c : checks)
            QVERIFY2(c.status != CheckStatus::Fail, qPrintable(selector->currentText() + QStringLiteral(": ") + c.id + QStringLiteral(" ") + c.detail));
    }
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::IdToken));
    ChecksModel *checks = panel->checksModel();
    for (const char *id : {"token.id_token.signature", "token.id_token.iss", "token.id_token.aud", "token.id_token.exp", "token.nonce"}) {
        const int row = checks->rowOf(QString::fromLatin1(id));
        QVERIFY2(row >= 0, id);
        QCOMPARE(CheckStatus(checks->index(row, 0).data(ChecksModel::StatusRole).toInt()), CheckStatus::Pass);
    }
    QVERIFY(child<QLabel>(panel, "checksSummary")->text().contains(QLatin1String(", 0 ")));
    ClaimsModel *claims = panel->claimsModel();
    const QModelIndex sub = claims->claimIndex(QStringLiteral("payload"), QStringLiteral("sub"));
    QVERIFY(sub.isValid());
    QCOMPARE(sub.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), QStringLiteral("auth0|alice-0001"));
    const QModelIndex exp = claims->claimIndex(QStringLiteral("payload"), QStringLiteral("exp"));
    QVERIFY(exp.siblingAtColumn(ClaimsModel::ValueColumn).data().toString().contains(QLatin1String("in ")));
    QVERIFY(!exp.siblingAtColumn(ClaimsModel::DescriptionColumn).data().toString().isEmpty());
    QVERIFY(claims->claimIndex(QStringLiteral("header"), QStringLiteral("alg")).siblingAtColumn(ClaimsModel::ValueColumn).data() == QStringLiteral("RS256"));
    QVERIFY(child<QLabel>(panel, "expiryCountdown")->text().contains(QLatin1String("expires in")));
    // Coloured raw token and the copy shortcut.
    QVERIFY(child<QWidget>(panel, "rawToken"));
    QTest::keyClick(h.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), state.token.idToken);

    // User card.
    auto *name = child<QLabel>(h.window.get(), "userName");
    QCOMPARE(name->text(), QStringLiteral("Alice Liddell"));
    QVERIFY(child<QLabel>(h.window.get(), "userEmail")->text().contains(QLatin1String("alice@example.com")));
    auto *card = child<UserCard>(h.window.get(), "userCard");
    LOOP_VERIFY_WITH_TIMEOUT(card->pictureLoaded(), 15000);

    // API console: 200 from the protected API with the current access token.
    auto *apiUrl = child<QLineEdit>(h.window.get(), "apiUrl");
    QCOMPARE(apiUrl->text(), m_tenant->apiUrl());
    auto *apiStatus = child<QLabel>(h.window.get(), "apiStatus");
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    QVERIFY(apiStatus->text() != QLatin1String("HTTP 200"));
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 20000);
    QVERIFY2(apiStatus->text().startsWith(QLatin1String("HTTP 200")), qPrintable(apiStatus->text()));
    QVERIFY(child<QPlainTextEdit>(h.window.get(), "apiResponseBody")->toPlainText().contains(QLatin1String("auth0|alice-0001")));

    // Refresh (F5) once the clock has moved past the token's iat: new tokens, and the diff shows iat and exp.
    const QString idBefore = state.token.idToken;
    const qint64 iat = qint64(parseJwt(idBefore.toUtf8()).payload.value(QStringLiteral("iat")).toDouble());
    LOOP_VERIFY_WITH_TIMEOUT(h.clock.nowSecsSinceEpoch() > iat, 3000);
    QTest::keyClick(h.window.get(), Qt::Key_F5);
    QVERIFY(h.window->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 20000);
    QCOMPARE(state.refreshCount, 1);
    QVERIFY(!state.refresh.idToken.isEmpty());
    QVERIFY(state.refresh.idToken != idBefore);
    QVERIFY(state.refresh.accessToken != state.token.accessToken);
    QVERIFY2(state.ok(), qPrintable(result->text()));
    QCOMPARE(panel->currentToken().origin, TokenOrigin::Refresh);
    QCOMPARE(panel->currentToken().value, state.refresh.idToken);
    auto *diffBox = child<QGroupBox>(panel, "claimDiffBox");
    QVERIFY(diffBox->isVisible());
    const QStringList changed = panel->diffModel()->changedClaims();
    QVERIFY2(changed.contains(QStringLiteral("iat")), qPrintable(changed.join(QLatin1Char(','))));
    QVERIFY2(changed.contains(QStringLiteral("exp")), qPrintable(changed.join(QLatin1Char(','))));
    QVERIFY(!changed.contains(QStringLiteral("sub")));

    // HTTP log: every exchange, secrets redacted until "Show secrets".
    tabs->setCurrentWidget(child<QWidget>(h.window.get(), "httpLogPanel"));
    auto *log = child<QTableView>(h.window.get(), "httpLogView");
    auto *logModel = qobject_cast<HttpLogModel *>(log->model());
    QVERIFY(logModel->rowCount() >= 6);
    const QByteArray secret = LocalTenant::hybridSecret().toUtf8();
    int tokenRow = -1;
    for (int r = 0; r < logModel->rowCount(); ++r) {
        const QString text = logModel->detailText(r) + logModel->curlCommand(r);
        QVERIFY(!text.contains(QString::fromUtf8(secret)));
        QVERIFY(!text.contains(state.token.refreshToken));
        if (logModel->exchange(r).step == Steps::Token)
            tokenRow = r;
    }
    QVERIFY(tokenRow >= 0);
    log->selectRow(tokenRow);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "httpCopyCurlButton"), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("curl -X POST")));
    QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("Basic <redacted>")));
    QTest::mouseClick(child<QCheckBox>(h.window.get(), "httpShowSecrets"), Qt::LeftButton);
    QVERIFY(logModel->showSecrets());
    QVERIFY(!logModel->curlCommand(tokenRow).contains(QLatin1String("<redacted>")));
}

// Issue 14 from the window: DPoP turned on in the editor's Request section binds the tokens (the Tokens tab's Binding
// line names this sign-in's key); a signed request object pushed with PAR (web-jar, its key relative to the profile)
// shows the par step and the decoded request object in the authorize step; mutual TLS binds the token to the
// certificate.
void TestMainWindow::requestProtectionFromTheEditor()
{
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("spa-dpop"), QStringLiteral("code"));
    profile.remove(QStringLiteral("dpop"));
    profile.insert(QStringLiteral("name"), QStringLiteral("DPoP (GUI test)"));
    QVERIFY(h.openProfile(profile, QStringLiteral("dpop.json")));
    QVERIFY(h.show());
    auto *editor = child<ProfileEditor>(h.window.get(), "profileEditor");
    QVERIFY(editor);
    auto *dpop = child<QCheckBox>(h.window.get(), "profileDpop");
    QVERIFY(!dpop->isChecked());
    dpop->setChecked(true);
    QVERIFY(editor->profile().dpop);
    signInAndWait(h);
    QVERIFY2(h.window->flowState().ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(h.window->flowState().dpop.has_value());
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::AccessToken));
    auto *binding = child<QLabel>(panel, "tokenBinding");
    QVERIFY(binding->isVisible());
    QVERIFY2(binding->text().contains(QLatin1String("this sign-in's proof key")) && binding->text().contains(h.window->flowState().dpop->thumbprint),
             qPrintable(binding->text()));
    QVERIFY(panel->checksModel()->rowOf(QStringLiteral("dpop.cnf_jkt")) >= 0);
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::IdToken));
    QVERIFY(!binding->isVisible());

    QFile fixture(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/keys/m2m-pkjwt.pem"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QFile key(h.dir.filePath(QStringLiteral("jar-key.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(fixture.readAll());
    key.close();
    QJsonObject jar = m_tenant->profile(QStringLiteral("web-jar"), QStringLiteral("code"));
    jar.insert(QStringLiteral("name"), QStringLiteral("JAR (GUI test)"));
    jar.insert(QStringLiteral("clientKey"), QStringLiteral("jar-key.pem"));
    jar.insert(QStringLiteral("par"), true);
    QVERIFY(h.openProfile(jar, QStringLiteral("jar.json")));
    QVERIFY(child<QCheckBox>(h.window.get(), "profileRequestObject")->isChecked());
    QVERIFY(child<QCheckBox>(h.window.get(), "profilePar")->isChecked());
    signInAndWait(h);
    const FlowState &state = h.window->flowState();
    QVERIFY2(state.ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(state.step(Steps::Par) && state.step(Steps::Par)->status == CheckStatus::Pass);
    QVERIFY(state.step(Steps::Authorize)->detail.contains(QLatin1String("signed request object")));
    // The authorize URL the window shows is the short one the browser got.
    QVERIFY(child<QLineEdit>(h.window.get(), "authorizeUrl")->text().contains(QLatin1String("request_uri=")));

    // Mutual TLS (web-mtls): the profile's certificate and CA files, the token bound to the certificate.
    QJsonObject mtls = m_tenant->profile(QStringLiteral("web-mtls"), QStringLiteral("code"));
    mtls.insert(QStringLiteral("name"), QStringLiteral("mTLS (GUI test)"));
    QVERIFY(h.openProfile(mtls, QStringLiteral("mtls.json")));
    signInAndWait(h);
    QVERIFY2(h.window->flowState().ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::AccessToken));
    QVERIFY2(binding->text().contains(QLatin1String("client certificate")) && binding->text().contains(h.window->flowState().mtls->thumbprint),
             qPrintable(binding->text()));
}

void TestMainWindow::failedValidationIsShownWithItsReason()
{
    // The tenant signs ID tokens with RS256; the profile says the application is configured for ES256.
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("name"), QStringLiteral("Expects ES256"));
    profile.insert(QStringLiteral("expectedAlg"), QStringLiteral("ES256"));
    QVERIFY(h.openProfile(profile, QStringLiteral("es256.json")));
    QVERIFY(h.show());
    signInAndWait(h);

    QVERIFY(!h.window->flowState().ok());
    auto *result = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QLatin1String("Validation failed")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("id_token.alg")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("ES256")), qPrintable(result->text()));

    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    QVERIFY(panel->selectToken(TokenOrigin::Authorization, TokenKind::IdToken));
    ChecksModel *checks = panel->checksModel();
    const int row = checks->rowOf(QStringLiteral("id_token.alg"));
    QVERIFY(row >= 0);
    QCOMPARE(CheckStatus(checks->index(row, 0).data(ChecksModel::StatusRole).toInt()), CheckStatus::Fail);
    const QString reason = checks->index(row, ChecksModel::DetailColumn).data().toString();
    QVERIFY2(reason.contains(QLatin1String("RS256")) && reason.contains(QLatin1String("ES256")), qPrintable(reason));
    QVERIFY(child<QLabel>(panel, "checksSummary")->text().contains(QLatin1String("1 failed")) ||
            checks->count(CheckStatus::Fail) >= 1);

    // The timeline marks the callback step failed, names the check and says what to do.
    auto *timeline = child<QTableView>(h.window.get(), "timelineView")->model();
    auto *model = qobject_cast<TimelineModel *>(timeline);
    const int callback = model->rowOf(Steps::Callback);
    QVERIFY(callback >= 0);
    QCOMPARE(model->step(callback).status, CheckStatus::Fail);
    QVERIFY(model->step(callback).detail.contains(QLatin1String("id_token.alg")));
    QVERIFY(!model->index(callback, TimelineModel::AdviceColumn).data().toString().isEmpty());
}

void TestMainWindow::invalidProfileIsReportedWhileTyping()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), QStringLiteral("spa.json")));
    QVERIFY(h.show());
    // Said under the field, in the form's words (issue 18, defect 11).
    auto *problem = child<QLabel>(h.window.get(), "profileProblem_redirectUri");
    QVERIFY(!problem->isVisible());
    auto *redirect = child<QLineEdit>(h.window.get(), "profileRedirectUri");
    redirect->clear();
    QTest::keyClicks(redirect, QStringLiteral("not a url"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("Callback URL is not an absolute URL")), qPrintable(problem->text()));
    // Signing in with it is refused with the same explanation, without starting anything.
    QTest::keyClick(h.window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!h.window->isBusy());
    QVERIFY(child<QLabel>(h.window.get(), "flowResult")->text().contains(QLatin1String("Callback URL is not an absolute URL")));
}

int main(int argc, char **argv)
{
    return runGuiTest<TestMainWindow>(argc, argv);
}

#include "TestMainWindow.moc"
