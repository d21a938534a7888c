// Makes the README's screenshots: starts the local tenant, opens the real main window, signs in, and saves
//   OUTDIR/signed-in.png          the hybrid flow, token panel after a refresh (claims, checks, diff, timeline)
//   OUTDIR/validation-failed.png  a profile expecting ES256 while the tenant signs RS256
//   OUTDIR/tenant.png             the Tenant tab after the lint and every probe (flow matrix, sessions, refresh)
// and, named only (not for the README): first-start (no profile yet), small (signed in, 1024x700), session-switch
// (signed in with one profile, then another selected), new-profile (problems next to their fields, a preset), front-channel
// (the authorize request decoded, the caught callback in the HTTP log), workbench (1024x700: an ID token verified
// against its issuer in the Workbench tab, workbench-decoded: its claims, workbench-create: a token made from it), device
// (RFC 8628's code view), client-credentials (its result), token-exchange (token-exchange-dialog: the subject token
// dialog; token-exchange: what the exchange changed), client-key (private_key_jwt's Generate and the public JWK).
// Run by scripts/screenshots (off screen or under Xvfb). Not a test, never installed.
// tokenscope-screenshots [OUTDIR [NAME,...]]: only the named screenshots (signed-in, validation-failed, tenant).
#include "ui/app/App.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/tenant/TenantModels.h"
#include "ui/tenant/TenantPane.h"
#include "ui/signin/SubjectTokenPrompt.h"
#include "ui/tokens/TokenPanel.h"
#include "ui/workbench/TokenWorkbench.h"
#include "browser/WebEngineEnvironment.h"

#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QCheckBox>
#include <QScrollArea>
#include <QDialog>
#include <QFileDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QPushButton>
#include <QTextStream>
#include <QToolButton>

using namespace tokenscope;

namespace {

// The event loop runs while waiting (tests/common/EventLoopWait.h): under X, QTest::qWaitFor's sleeps made the login
// page take 9 s instead of well under one.
using test::waitUntil;

bool waitIdle(GuiHarness &h, int timeoutMs)
{
    return waitUntil([&h] { return !h.window->isBusy(); }, timeoutMs);
}

// Shows the window at that size and signs in as the demo user; true once the sign-in has ended (passed or not).
bool showAndSignIn(GuiHarness &h, const QSize &size)
{
    h.window->resize(size);
    if (!h.show())
        return false;
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    h.window->signIn();
    return waitIdle(h, 90000);
}

bool shoot(GuiHarness &h, const QString &path)
{
    QTest::qWait(300); // let the layout and the countdown settle before grabbing (no page is loading any more)
    const QPixmap pm = h.window->grab();
    return pm.save(path);
}

bool run(LocalTenant &tenant, const QString &outDir, const QStringList &only, QTextStream &err)
{
    auto wanted = [&only](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    if (wanted("signed-in")) {
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — hybrid flow"));
        profile.insert(QStringLiteral("scope"), QStringLiteral("openid profile email offline_access read:tests"));
        profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
        if (!h.openProfile(profile, QStringLiteral("demo-tenant.json")))
            return false;
        if (!showAndSignIn(h, QSize(1480, 920)) || !h.window->flowState().ok()) {
            err << "screenshots: the hybrid sign-in failed" << Qt::endl;
            return false;
        }
        const qint64 iat = h.window->flowState().token.receivedAt.toSecsSinceEpoch();
        (void)waitUntil([&h, iat] { return h.clock.nowSecsSinceEpoch() > iat; }, 3000);
        h.window->refreshTokens();
        if (!waitIdle(h, 30000))
            return false;
        h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("tokenPanel")));
        if (!shoot(h, outDir + QStringLiteral("/signed-in.png")))
            return false;
    }
    if (wanted("validation-failed")) {
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — expects ES256"));
        profile.insert(QStringLiteral("expectedAlg"), QStringLiteral("ES256"));
        if (!h.openProfile(profile, QStringLiteral("expects-es256.json")))
            return false;
        if (!showAndSignIn(h, QSize(1480, 920)))
            return false;
        auto *panel = h.window->findChild<ui::TokenPanel *>(QStringLiteral("tokenPanel"));
        panel->selectToken(ui::TokenOrigin::Authorization, ui::TokenKind::IdToken);
        if (!shoot(h, outDir + QStringLiteral("/validation-failed.png")))
            return false;
    }
    auto named = [&only](const char *name) { return only.contains(QLatin1String(name)); };
    if (named("first-start")) {
        GuiHarness h;
        h.window->resize(1280, 800);
        if (!h.show() || !shoot(h, outDir + QStringLiteral("/first-start.png")))
            return false;
    }
    if (named("client-key")) {
        // private_key_jwt in the profile editor: the client key row with Generate, and the public JWK it shows.
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — private key JWT"));
        profile.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("private_key_jwt"));
        if (!h.openProfile(profile, QStringLiteral("pkjwt.json")))
            return false;
        h.window->resize(1280, 800);
        if (!h.show())
            return false;
        auto *editor = h.window->findChild<ui::ProfileEditor *>(QStringLiteral("profileEditor"));
        editor->setAdvancedShown(true);
        // Generate… as a user presses it: the save dialog, a file name, then the public JWK.
        editor->findChild<QPushButton *>(QStringLiteral("profileGenerateClientKey"))->click();
        auto *save = editor->findChild<QFileDialog *>();
        if (!save)
            return false;
        save->selectFile(h.dir.filePath(QStringLiteral("client-key.pem")));
        QMetaObject::invokeMethod(save, "accept"); // QFileDialog::accept() is a protected slot
        if (!shoot(h, outDir + QStringLiteral("/client-key.png")))
            return false;
        auto *dialog = h.window->findChild<QDialog *>(QStringLiteral("publicJwkDialog"));
        if (!dialog || !waitUntil([dialog] { return dialog->isVisible(); }, 5000))
            return false;
        QTest::qWait(300);
        if (!dialog->grab().save(outDir + QStringLiteral("/client-key-jwk.png")))
            return false;
    }
    if (named("request-protection")) {
        // Issue 14: a DPoP sign-in (spa-dpop) with its Binding line in the Tokens tab, then the editor's Client
        // authentication and Request sections of a PAR + signed request object profile.
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("spa-dpop"), QStringLiteral("code"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — DPoP"));
        if (!h.openProfile(profile, QStringLiteral("dpop.json")))
            return false;
        if (!showAndSignIn(h, QSize(1280, 800)) || !h.window->flowState().ok()) {
            err << "screenshots: the DPoP sign-in failed" << Qt::endl;
            return false;
        }
        auto *panel = h.window->findChild<ui::TokenPanel *>(QStringLiteral("tokenPanel"));
        panel->selectToken(ui::TokenOrigin::TokenEndpoint, ui::TokenKind::AccessToken);
        if (!shoot(h, outDir + QStringLiteral("/dpop-binding.png")))
            return false;
        QJsonObject jar = tenant.profile(QStringLiteral("web-jar"), QStringLiteral("code"));
        jar.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — PAR and signed request"));
        jar.insert(QStringLiteral("par"), true);
        jar.insert(QStringLiteral("dpop"), true);
        if (!h.openProfile(jar, QStringLiteral("jar.json")))
            return false;
        auto *editor = h.window->findChild<ui::ProfileEditor *>(QStringLiteral("profileEditor"));
        editor->setAdvancedShown(true);
        QTest::qWait(100); // the rows just shown get their geometry
        auto *scroll = qobject_cast<QScrollArea *>(editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr);
        if (auto *box = editor->findChild<QCheckBox *>(QStringLiteral("profileDpop")); box && scroll)
            scroll->ensureWidgetVisible(box, 0, 120);
        if (!shoot(h, outDir + QStringLiteral("/request-section.png")))
            return false;
    }
    if (named("workbench")) {
        // The Workbench tab at 1024x700: the ID token of a sign-in pasted and verified against its issuer's discovery.
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — hybrid flow"));
        if (!h.openProfile(profile, QStringLiteral("demo-tenant.json")))
            return false;
        if (!showAndSignIn(h, QSize(1024, 700)) || !h.window->flowState().ok()) {
            err << "screenshots: the sign-in failed" << Qt::endl;
            return false;
        }
        h.window->inspectToken(QStringLiteral("Bearer ") + h.window->flowState().latestIdToken());
        auto *wb = h.window->findChild<ui::TokenWorkbench *>(QStringLiteral("tokenWorkbench"));
        wb->setExpectations(profile.value(QStringLiteral("clientId")).toString(), {});
        bool done = false;
        QObject::connect(wb, &ui::TokenWorkbench::verified, wb, [&done] { done = true; });
        wb->verify();
        if (!waitUntil([&done] { return done; }, 15000))
            return false;
        if (!shoot(h, outDir + QStringLiteral("/workbench.png")))
            return false;
        wb->findChild<QTabWidget *>(QStringLiteral("workbenchPages"))->setCurrentIndex(0);
        if (!shoot(h, outDir + QStringLiteral("/workbench-decoded.png")))
            return false;
        wb->useShownTokenAsTemplate();
        wb->createToken();
        if (!shoot(h, outDir + QStringLiteral("/workbench-create.png")))
            return false;
    }
    if (named("device")) {
        // The device authorization grant (RFC 8628): the code, the address, the QR code and the countdown, after the
        // first poll (authorization_pending) while nobody has approved yet.
        GuiHarness h;
        const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("Demo tenant — TV app (device code)")},
                                  {QStringLiteral("issuer"), tenant.issuer()},
                                  {QStringLiteral("clientId"), QStringLiteral("device-app")},
                                  {QStringLiteral("grant"), QStringLiteral("device_code")},
                                  {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")},
                                  {QStringLiteral("audience"), tenant.apiAudience()},
                                  {QStringLiteral("apiUrl"), tenant.apiUrl()}};
        if (!h.openProfile(profile, QStringLiteral("device.json")))
            return false;
        h.window->resize(1280, 800);
        if (!h.show())
            return false;
        h.window->signIn();
        const FlowState &state = h.window->flowState();
        if (!waitUntil([&state] { return state.device && !state.device->answers.isEmpty(); }, 30000)) {
            err << "screenshots: the device flow did not poll" << Qt::endl;
            return false;
        }
        if (!shoot(h, outDir + QStringLiteral("/device.png")))
            return false;
        h.window->cancel();
    }
    if (named("client-credentials") || named("token-exchange")) {
        // Machine to machine (RFC 6749 4.4): the API's access token with its checks; then token exchange (RFC 8693):
        // the dialog that offers that token, and the Tokens tab with what the exchange changed.
        GuiHarness h;
        const QJsonObject m2m{{QStringLiteral("name"), QStringLiteral("Demo tenant — machine to machine")},
                              {QStringLiteral("issuer"), tenant.issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                              {QStringLiteral("clientSecret"), QStringLiteral("m2m-app-secret-7d41b2e9")},
                              {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                              {QStringLiteral("scope"), QStringLiteral("read:tests")},
                              {QStringLiteral("audience"), tenant.apiAudience()},
                              {QStringLiteral("apiUrl"), tenant.apiUrl()}};
        if (!h.openProfile(m2m, QStringLiteral("m2m.json")) || !showAndSignIn(h, QSize(1280, 800)) || !h.window->flowState().ok()) {
            err << "screenshots: the client credentials sign-in failed" << Qt::endl;
            return false;
        }
        auto *tabs = h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *panel = h.window->findChild<ui::TokenPanel *>(QStringLiteral("tokenPanel"));
        tabs->setCurrentWidget(panel);
        panel->selectToken(ui::TokenOrigin::TokenEndpoint, ui::TokenKind::AccessToken);
        if (named("client-credentials") && !shoot(h, outDir + QStringLiteral("/client-credentials.png")))
            return false;
        if (named("token-exchange")) {
            const QJsonObject gateway{{QStringLiteral("name"), QStringLiteral("Demo tenant — API gateway (token exchange)")},
                                      {QStringLiteral("issuer"), tenant.issuer()},
                                      {QStringLiteral("clientId"), QStringLiteral("api-gateway")},
                                      {QStringLiteral("clientSecret"), QStringLiteral("api-gateway-secret-1e7c35a0")},
                                      {QStringLiteral("grant"), QStringLiteral("token_exchange")},
                                      {QStringLiteral("scope"), QStringLiteral("read:tests")},
                                      {QStringLiteral("audience"), QStringLiteral("https://downstream.tokenscope.test/")}};
            if (!h.openProfile(gateway, QStringLiteral("gateway.json")))
                return false;
            h.window->signIn();
            auto *prompt = h.window->findChild<ui::SubjectTokenPrompt *>(QStringLiteral("subjectTokenPrompt"));
            if (!prompt || !waitUntil([prompt] { return prompt->isVisible(); }, 5000))
                return false;
            QTest::qWait(300);
            if (!prompt->grab().save(outDir + QStringLiteral("/token-exchange-dialog.png")))
                return false;
            prompt->exchangeButton()->click();
            if (!waitIdle(h, 30000) || !h.window->flowState().ok()) {
                err << "screenshots: the token exchange failed" << Qt::endl;
                return false;
            }
            tabs->setCurrentWidget(panel);
            panel->selectToken(ui::TokenOrigin::TokenEndpoint, ui::TokenKind::AccessToken);
            if (!shoot(h, outDir + QStringLiteral("/token-exchange.png")))
                return false;
        }
    }
    if (named("small") || named("session-switch")) {
        GuiHarness h;
        QJsonObject a = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
        a.insert(QStringLiteral("name"), QStringLiteral("A — hybrid flow"));
        QJsonObject b = tenant.profile(QStringLiteral("spa-pkce"), QStringLiteral("code"));
        b.insert(QStringLiteral("name"), QStringLiteral("B — SPA with PKCE"));
        b.insert(QStringLiteral("apiUrl"), QStringLiteral("https://api.b.example/me"));
        if (!h.openProfile(b, QStringLiteral("b.json")) || !h.openProfile(a, QStringLiteral("a.json")))
            return false;
        if (!showAndSignIn(h, named("small") ? QSize(1024, 700) : QSize(1280, 800)) || !h.window->flowState().ok()) {
            err << "screenshots: the sign-in failed" << Qt::endl;
            return false;
        }
        if (named("small")) {
            auto *tabs = h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            // Every tab with something in it: the authorize parameters, a refresh, an API call, a second run, the probes.
            if (auto *params = h.window->findChild<QToolButton *>(QStringLiteral("authorizeParamsToggle")))
                params->setChecked(true);
            h.window->signIn();
            if (!waitIdle(h, 90000))
                return false;
            const qint64 iat = h.window->flowState().token.receivedAt.toSecsSinceEpoch();
            (void)waitUntil([&h, iat] { return h.clock.nowSecsSinceEpoch() > iat; }, 3000);
            h.window->refreshTokens();
            if (!waitIdle(h, 30000))
                return false;
            h.window->callApi();
            if (!waitIdle(h, 30000))
                return false;
            tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("tenantPane")));
            auto *pane = h.window->findChild<ui::TenantPane *>(QStringLiteral("tenantPane"));
            pane->findChild<QLineEdit *>(QStringLiteral("tenantUsername"))->setText(LocalTenant::username());
            pane->findChild<QLineEdit *>(QStringLiteral("tenantPassword"))->setText(LocalTenant::password());
            pane->runProbes();
            if (!waitUntil([pane] { return !pane->isBusy(); }, 240000))
                return false;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                if (!shoot(h, outDir + QStringLiteral("/small-%1.png").arg(tabs->widget(i)->objectName())))
                    return false;
            }
            // The profile pane and the timeline folded away (View menu, Ctrl+1 and Ctrl+2): room for the Tenant tab.
            for (const char *name : {"toggleProfilePaneAction", "toggleTimelineAction"}) {
                if (auto *toggle = h.window->findChild<QAction *>(QString::fromLatin1(name)))
                    toggle->trigger();
            }
            tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("tenantPane")));
            if (!shoot(h, outDir + QStringLiteral("/small-folded-tenantPane.png")))
                return false;
            for (const char *name : {"toggleProfilePaneAction", "toggleTimelineAction"}) {
                if (auto *toggle = h.window->findChild<QAction *>(QString::fromLatin1(name)))
                    toggle->trigger();
            }
        }
        if (named("session-switch")) {
            h.window->resize(1280, 800);
            auto *tabs = h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("tokenPanel")));
            if (!shoot(h, outDir + QStringLiteral("/session-switch-signed-in-a.png")))
                return false;
            auto *list = h.window->findChild<QListWidget *>(QStringLiteral("profileList"));
            const auto items = list->findItems(QStringLiteral("B — SPA with PKCE"), Qt::MatchExactly);
            if (items.isEmpty())
                return false;
            list->setCurrentItem(items.first());
            if (!shoot(h, outDir + QStringLiteral("/session-switch-b-selected.png")))
                return false;
            tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("apiConsole")));
            if (!shoot(h, outDir + QStringLiteral("/session-switch-b-api.png")))
                return false;
        }
    }
    if (named("new-profile")) {
        // A new profile: the problems next to their fields, a preset's hints and an issuer note with its fix.
        GuiHarness h;
        h.window->resize(1280, 800);
        if (!h.show())
            return false;
        h.window->newProfile();
        auto *preset = h.window->findChild<QComboBox *>(QStringLiteral("profilePreset"));
        preset->setCurrentIndex(preset->findData(int(ui::ProfileEditor::Preset::EntraId)));
        h.window->findChild<QLineEdit *>(QStringLiteral("profileIssuer"))->setText(QStringLiteral("https://login.microsoftonline.com/common/v2.0"));
        h.window->findChild<QLineEdit *>(QStringLiteral("profileRedirectUri"))->setText(QStringLiteral("https://app.example/callback#x"));
        if (!shoot(h, outDir + QStringLiteral("/new-profile.png")))
            return false;
    }
    if (named("front-channel")) {
        // The authorize request decoded, and the caught callback in the HTTP log.
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — hybrid flow"));
        profile.insert(QStringLiteral("pkce"), true);
        if (!h.openProfile(profile, QStringLiteral("front.json")))
            return false;
        if (!showAndSignIn(h, QSize(1280, 800)))
            return false;
        auto *tabs = h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("signInTab")));
        h.window->findChild<QToolButton *>(QStringLiteral("authorizeParamsToggle"))->setChecked(true);
        if (!shoot(h, outDir + QStringLiteral("/front-channel-request.png")))
            return false;
        tabs->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("httpLogPanel")));
        auto *log = h.window->findChild<QTableView *>(QStringLiteral("httpLogView"));
        for (int r = 0; r < log->model()->rowCount(); ++r) {
            if (log->model()->index(r, 1).data().toString().endsWith(QLatin1String("callback")))
                log->selectRow(r);
        }
        if (!shoot(h, outDir + QStringLiteral("/front-channel-callback.png")))
            return false;
    }
    if (wanted("tenant")) {
        GuiHarness h;
        QJsonObject profile = tenant.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
        profile.insert(QStringLiteral("name"), QStringLiteral("Demo tenant — hybrid flow"));
        profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
        if (!h.openProfile(profile, QStringLiteral("demo-tenant.json")))
            return false;
        h.window->resize(1480, 920);
        if (!h.show())
            return false;
        // The Tenant tab is built when first shown (a placeholder page of the same name until then).
        h.window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(h.window->findChild<QWidget *>(QStringLiteral("tenantPane")));
        auto *pane = h.window->findChild<ui::TenantPane *>(QStringLiteral("tenantPane"));
        pane->findChild<QLineEdit *>(QStringLiteral("tenantUsername"))->setText(LocalTenant::username());
        pane->findChild<QLineEdit *>(QStringLiteral("tenantPassword"))->setText(LocalTenant::password());
        pane->runProbes();
        if (!waitUntil([pane] { return !pane->isBusy(); }, 180000) || !pane->lastProbeReport()) {
            err << "screenshots: the probes did not finish: " << pane->message() << Qt::endl;
            return false;
        }
        // The detail line under the tables: why a token-returning response type is refused in the query.
        auto *matrix = pane->findChild<QTableView *>(QStringLiteral("matrixView"));
        matrix->setCurrentIndex(pane->matrixModel()->cellIndex(QStringLiteral("id_token"), QStringLiteral("query")));
        if (!shoot(h, outDir + QStringLiteral("/tenant.png")))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    prepareWebEngineEnvironment(); // as the app does: the window loads the web engine plugin when it signs in
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokenscope-screenshots"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));
    // English for the README; SCREENSHOT_LANG=de shows the German translation (scripts/screenshots /tmp/de with it set).
    const QString lang = qEnvironmentVariable("SCREENSHOT_LANG", QStringLiteral("en"));
    ui::installTranslations(app, QLocale(lang));
    QTextStream err(stderr);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);
    LocalTenant tenant;
    if (!tenant.start()) {
        err << "screenshots: " << tenant.error() << Qt::endl;
        return 1;
    }
    const QStringList only = argc > 2 ? QString::fromLocal8Bit(argv[2]).split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    if (!run(tenant, outDir, only, err)) {
        err << "screenshots: failed" << Qt::endl;
        return 1;
    }
    err << "screenshots: saved to " << outDir << Qt::endl;
    return 0;
}
