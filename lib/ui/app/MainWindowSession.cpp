#include "ui/app/MainWindow.h"
#include "ui/signin/PasswordPrompt.h"
#include "ui/signin/SubjectTokenPrompt.h"

#include "ui/api/ApiConsole.h"
#include "core/common/Clock.h"
#include "ui/bench/FirstFrame.h"
#include "core/report/FlowReport.h"
#include "core/http/HttpClient.h"
#include "ui/httplog/HttpLogModel.h"
#include "ui/httplog/HttpLogPanel.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/OidcFlow.h"
#include "ui/profiles/ProfileBook.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfileStore.h"
#include "ui/common/ReportExport.h"
#include "keychain/SecretStore.h"
#include "ui/device/DeviceCodePane.h"
#include "ui/signin/SystemBrowserPane.h"
#include "browser/SystemBrowserUserAgent.h"
#include "ui/tenant/TenantPane.h"
#include "core/http/TrustedCas.h"
#include "ui/signin/AuthorizeParamsModel.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tokens/TokenPanel.h"
#include "ui/signin/UserCard.h"
#include "ui/webengine/WebEngineBackend.h"
#include "browser/WebEngineEnvironment.h"
#include "ui/webengine/WebEngineLoader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {
bool hasTokens(const FlowState &s)
{
    return !s.authorization.isEmpty() || !s.token.isEmpty() || !s.refresh.isEmpty();
}
} // namespace

// ---- session ------------------------------------------------------------------------------------------------------

void MainWindow::setLoginAutofill(const QString &username, const QString &password)
{
    m_autofillUsername = username;
    m_autofillPassword = password;
    if (m_agent)
        m_agent->setAutofillCredentials(username, password);
}

QStringList MainWindow::knownCallbackSchemes() const
{
    QStringList schemes = m_store->callbackSchemes();
    if (!m_book->currentId().isEmpty()) {
        const Profile p = currentProfile();
        schemes += customSchemes({p.redirectUri, p.postLogoutRedirectUri});
    }
    schemes += m_ctx.callbackSchemes;
    schemes.removeDuplicates();
    return schemes;
}

WebEngineBackend *MainWindow::webEngine(QString *error)
{
    WebEngineBackend *backend = WebEngineLoader::backend(error);
    // Before anything can start the web engine: it learns custom schemes only until then.
    if (backend)
        backend->registerCallbackSchemes(knownCallbackSchemes());
    return backend;
}

bool MainWindow::ensureEmbeddedBrowser(QString *error)
{
    if (m_agent)
        return true;
    WebEngineBackend *backend = webEngine(error);
    if (!backend)
        return false;
    m_agent = backend->createEmbeddedUserAgent(this);
    connect(m_agent, &UserAgent::pageLoaded, this, [this](const QUrl &url) { emit browserPageLoaded(url); });
    m_agent->setSessionKey(m_book->currentId());
    m_agent->setKeepSession(m_keepSession, m_ctx.webStoragePath);
    m_agent->setAutofillCredentials(m_autofillUsername, m_autofillPassword);
    m_browser = backend->createBrowserView(m_agent, m_browserPane);
    m_browser->widget()->setObjectName(QStringLiteral("embeddedBrowser"));
    delete m_browserPlaceholder;
    m_browserPlaceholder = nullptr;
    m_browserPane->layout()->addWidget(m_browser->widget());
    return true;
}

void MainWindow::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    if (m_api)
        m_api->setBusy(busy);
    updateActions();
    emit busyChanged(busy);
}

void MainWindow::showResult(bool ok, const QString &text)
{
    showBanner(ok ? Banner::Passed : Banner::Failed, text);
}

void MainWindow::showBanner(Banner kind, const QString &text, const QString &profileId)
{
    m_banners.insert(profileId.isEmpty() ? m_book->currentId() : profileId, {kind, text});
    applyBanner();
}

QString MainWindow::profileName(const QString &id) const
{
    if (id == m_book->currentId() && m_editor)
        return m_editor->profile().name;
    if (const ProfileStore::Entry *e = m_store->entry(id))
        return e->profile.name;
    return id == m_sessionProfileId ? m_flow->state().profile.name : id;
}

const FlowState *MainWindow::shownState() const
{
    if (m_book->currentId().isEmpty())
        return nullptr;
    if (showsLiveSession())
        return &m_flow->state();
    const auto it = m_ended.constFind(m_book->currentId());
    return it == m_ended.constEnd() ? nullptr : &it->state;
}

void MainWindow::showSession()
{
    const FlowState *s = shownState();
    m_timeline->clear();
    if (s) {
        for (const StepResult &step : s->steps)
            m_timeline->stepFinished(step);
    }
    m_authorizeUrl->setText(s && s->request.url.isValid() ? s->request.url.toString(QUrl::FullyEncoded) : QString());
    m_authorizeUrl->setCursorPosition(0);
    m_authorizeParams->setUrl(s ? s->request.url : QUrl());
    if (m_tokens)
        updateTokenView();
    if (m_user) {
        m_user->clear();
        if (s) {
            if (const QString id = s->latestIdToken(); !s->userinfo.isEmpty() || !id.isEmpty())
                m_user->setClaims(s->userinfo, id.isEmpty() ? QJsonObject() : parseJwt(id.toUtf8()).payload);
        }
    }
    if (m_api && s && s->apiExchange && showsLiveSession())
        m_api->setResult(*s->apiExchange);
    applyBanner();
}

void MainWindow::applyBanner()
{
    BannerText banner = m_banners.value(m_book->currentId());
    if (banner.text.isEmpty() && !m_book->currentId().isEmpty() && !m_sessionProfileId.isEmpty() && !showsLiveSession() && m_signedIn) {
        banner = {Banner::Neutral, tr("“%1” has no session. The signed-in session belongs to “%2”: select it to see its tokens.")
                                       .arg(profileName(m_book->currentId()), profileName(m_sessionProfileId))};
    }
    if (banner.text.isEmpty()) {
        if (m_result)
            m_result->setVisible(false);
        return;
    }
    if (!m_result) {
        m_result = new QLabel;
        m_result->setObjectName(QStringLiteral("flowResult"));
        m_result->setWordWrap(true);
        m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_topLayout->insertWidget(0, m_result);
    }
    m_result->setText(banner.text);
    m_result->setProperty("bannerKind", int(banner.kind));
    switch (banner.kind) {
    case Banner::Passed:
        m_result->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }"));
        break;
    case Banner::Failed:
        m_result->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8b1a1a; border: 1px solid #f5a7a7; border-radius: 4px; padding: 6px; }"));
        break;
    case Banner::Neutral:
        m_result->setStyleSheet(QStringLiteral("QLabel { background: #eef1f5; color: #263238; border: 1px solid #b0bec5; border-radius: 4px; padding: 6px; }"));
        break;
    }
    m_result->setVisible(true);
}

void MainWindow::signIn()
{
    if (m_busy)
        return;
    if (m_book->currentId().isEmpty()) {
        const Profile typed = editor()->profile();
        if (typed.issuer.trimmed().isEmpty() && typed.clientId.trimmed().isEmpty()) {
            showBanner(Banner::Neutral, tr("There is no profile to sign in with yet: create one (New profile, or New Auth0 "
                                           "profile), import a profile file, or fill in the form and press Save profile."));
            return;
        }
        if (!saveFormAsNewProfile()) // what was typed is kept as a profile, then used
            return;
    }
    Profile p = currentProfile();
    if (p.clientSecret.isEmpty())
        p.clientSecret = m_book->secret(m_book->currentId());
    // private_key_jwt: the key file, relative to the profile's file; read for this sign-in, never shown or stored.
    if (const QString error = loadClientKey(p, m_book->currentId()); !error.isEmpty()) {
        showResult(false, tr("The profile cannot sign in: %1.").arg(error));
        return;
    }
    // Said in words, with the fields named as the form labels them (and marked there).
    const QStringList problems = editor()->problemsInWords(p);
    if (!problems.isEmpty()) {
        showResult(false, tr("The profile cannot be used yet: %1. The fields concerned are marked in the profile.")
                              .arg(problems.join(QStringLiteral("; "))));
        return;
    }
    if (p.effectiveGrant() == Grants::Password) {
        // RFC 6749 4.3: the user's credentials, asked for each sign-in; the username is remembered for the session.
        const QString id = m_book->currentId();
        auto *prompt = new PasswordPrompt(p, m_passwordUsers.value(id), this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &PasswordPrompt::credentialsGiven, this, [this, p, id](const QString &username, const QString &password) {
            m_passwordUsers.insert(id, username);
            if (m_book->currentId() == id && !m_busy)
                startSignIn(p, username, password);
        });
        prompt->open();
        return;
    }
    if (p.effectiveGrant() == Grants::TokenExchange && p.subjectToken.trimmed().isEmpty()) {
        // RFC 8693: the token to exchange, pasted, or the access token of the last sign-in (typically another profile's:
        // the application's sign-in, whose token the service now exchanges).
        const QString id = m_book->currentId();
        const QString offered = m_flow->state().currentAccessToken();
        const QString from = m_flow->state().profile.name.isEmpty()
            ? tr("the access token of the last sign-in")
            : tr("the access token of the last sign-in, profile %1").arg(m_flow->state().profile.name);
        auto *prompt = new SubjectTokenPrompt(p, offered, from, this);
        prompt->setAttribute(Qt::WA_DeleteOnClose);
        connect(prompt, &SubjectTokenPrompt::tokenGiven, this, [this, p, id](const QString &token) {
            if (m_book->currentId() != id || m_busy)
                return;
            Profile withToken = p; // for this run only: the profile keeps no token
            withToken.subjectToken = token;
            startSignIn(withToken, {}, {});
        });
        prompt->open();
        return;
    }
    startSignIn(p, {}, {});
}

void MainWindow::startSignIn(const Profile &p, const QString &username, const QString &password)
{
    const bool systemBrowser = p.usesSystemBrowser();
    // A grant without a browser (client credentials) goes straight to the token endpoint: no web engine is loaded.
    const bool noBrowser = p.grantNeedsNoBrowser();
    if (!systemBrowser && !noBrowser) {
        QString error;
        if (!ensureEmbeddedBrowser(&error)) {
            showResult(false, tr("The embedded browser could not be loaded, so only profiles that use the system browser can sign "
                                 "in: %1")
                                  .arg(error));
            return;
        }
        // The web engine learns custom schemes until it starts (the first sign-in or probe run).
        const QStringList missing = webEngine()->registerCallbackSchemes(customSchemes({p.redirectUri}));
        if (!missing.isEmpty()) {
            showResult(false, tr("The callback URL uses the scheme \"%1\", which the web engine only learns at startup: save the "
                                 "profile and restart Tokenscope.")
                                  .arg(missing.first()));
            return;
        }
    }
    if (!applyTrustedCas(p))
        return;
    commitEditor();
    // The session so far is kept as its profile's ended session (viewable, marked as ended); the new one is live.
    if (!m_sessionProfileId.isEmpty() && hasTokens(m_flow->state()))
        m_ended.insert(m_sessionProfileId, {m_flow->state(), tr("replaced by a new sign-in")});
    m_banners.remove(m_sessionProfileId);
    endLiveRun(tr("replaced by a new sign-in"));
    m_sessionProfileId = m_book->currentId();
    {
        QList<RunRecord> &runs = m_runs[m_sessionProfileId];
        runs.append({++m_runNumbers[m_sessionProfileId], QDateTime::currentDateTime(), FlowState{}, QString()});
        while (runs.size() > MaxRuns)
            runs.removeFirst();
        m_runLive = true;
    }
    m_banners.remove(m_book->currentId());
    m_signedIn = false;
    m_timeline->clear(); // the HTTP log keeps every exchange; the tokens of the session so far stay until new ones come
    if (m_api)
        m_api->clearResult();
    m_authorizeUrl->clear();
    m_authorizeParams->setUrl(QUrl());
    applyBanner();
    if (m_agent)
        m_agent->setSessionKey(m_book->currentId());
    // The system browser (loopback redirect) or the embedded one, as the profile says; logout uses the same one.
    m_flow->setUserAgent(systemBrowser ? static_cast<UserAgent *>(m_systemAgent) : m_agent);
    if (!noBrowser) {
        m_browserPane->setVisible(!systemBrowser);
        m_systemBrowser->setVisible(systemBrowser);
        if (systemBrowser)
            m_systemBrowser->prepare(p.effectiveResponseMode());
    }
    // The device grant (RFC 8628): the code, the address and the QR; the user opens the page here or anywhere else.
    const bool device = p.effectiveGrant() == Grants::DeviceCode;
    m_devicePane->reset();
    m_devicePane->setVisible(device);
    // The token step is a code exchange only in the code flow.
    m_timeline->setStepTitle(Steps::Token, device                                          ? tr("Token (polling)")
                                           : p.effectiveGrant() == Grants::TokenExchange  ? tr("Token exchange")
                                           : p.grantNeedsNoBrowser()                       ? tr("Token request")
                                                                                           : QString());
    if (device) {
        m_flow->setUserAgent(nullptr); // nothing opens by itself: openDeviceVerificationEmbedded() when asked
        m_browserPane->hide();
        m_systemBrowser->hide();
        m_tabs->setCurrentWidget(m_signInTab);
    }
    m_flow->setProfile(p);
    m_flow->setResourceOwnerCredentials(username, password);
    setBusy(true, tr("Signing in…"));
    qCInfo(lcUi) << "sign in started";
    m_flow->start();
}

void MainWindow::openDeviceVerificationEmbedded()
{
    QString error;
    if (!ensureEmbeddedBrowser(&error)) {
        showResult(false, tr("The embedded browser could not be loaded: %1. Open the address in another browser.").arg(error));
        return;
    }
    m_agent->setSessionKey(m_book->currentId());
    m_browserPane->show();
    if (m_flow->openVerificationIn(m_agent))
        m_browser->showBrowser();
}

bool MainWindow::applyTrustedCas(const Profile &p)
{
    const TrustedCas cas = loadCaCertificates(caCertificateFiles(p, m_book->currentId()));
    if (!cas.ok()) {
        showResult(false, tr("The profile's trusted CAs cannot be used: %1").arg(cas.error));
        return false;
    }
    // The same CAs for Tokenscope's own requests and the embedded login page (the system browser has its own).
    m_http->setExtraCaCertificates(cas.certificates);
    if (m_agent)
        m_agent->setExtraCaCertificates(cas.certificates);
    return true;
}

namespace {
// Who the session's tokens are for: the user's name, else the ID token's subject, else (no user signs in: client
// credentials, token exchange) the JWT access token's subject; "" when none is known.
QString userName(const FlowState &s)
{
    QString who = s.userinfo.value(QStringLiteral("name")).toString(parseJwt(s.latestIdToken().toUtf8()).payload.value(QStringLiteral("sub")).toString());
    if (who.isEmpty() && looksLikeJwt(s.currentAccessToken().toUtf8()))
        who = parseJwt(s.currentAccessToken().toUtf8()).payload.value(QStringLiteral("sub")).toString();
    return who;
}
} // namespace

void MainWindow::onFlowFinished(bool ok)
{
    setBusy(false);
    const FlowState &s = m_flow->state();
    m_signedIn = !s.currentAccessToken().isEmpty() || !s.latestIdToken().isEmpty();
    syncLiveRun();
    if (!m_signedIn) {
        const StepResult *failed = s.firstFailedStep();
        endLiveRun(failed && failed->reason == Reasons::Cancelled ? tr("cancelled") : tr("failed"));
    }
    if (m_browser && m_browser->isBrowserVisible())
        m_browser->stepAside(ok ? tr("Signed in.") : s.firstFailedStep() && s.firstFailedStep()->reason == Reasons::Cancelled
                                                        ? tr("Sign-in cancelled.")
                                                        : tr("The sign-in did not complete."));
    int passed = 0, failed = 0, skipped = 0;
    for (const Check &c : s.checks) {
        passed += c.status == CheckStatus::Pass;
        failed += c.status == CheckStatus::Fail;
        skipped += c.status == CheckStatus::Skip;
    }
    const QString who = profileName(m_sessionProfileId);
    const StepResult *failedStep = s.firstFailedStep();
    if (!ok && failedStep && failedStep->reason == Reasons::Cancelled) {
        // A cancel is the user's choice, not a failure.
        showBanner(Banner::Neutral, tr("Sign-in with “%1” cancelled during “%2”.").arg(who, TimelineModel::stepTitle(failedStep->name)),
                   m_sessionProfileId);
        updateTokenView();
        updateActions();
        return;
    }
    if (ok) {
        // "all passed" only when nothing was skipped: a skipped check did not pass.
        const QString counts = skipped ? tr("%1, %2 (over every token of the sign-in)")
                                             .arg(tr("%n check(s) passed", nullptr, passed), tr("%n skipped", nullptr, skipped))
                                       : tr("all %n check(s) passed", nullptr, passed);
        const QString user = userName(s);
        showBanner(Banner::Passed,
                   user.isEmpty() ? tr("Signed in with “%1” — %2.").arg(who, counts) : tr("Signed in with “%1” as %2 — %3.").arg(who, user, counts),
                   m_sessionProfileId);
    } else {
        const Check *failedCheck = s.firstFailedCheck();
        QString reason = failedCheck ? failedCheck->summary() : QString();
        for (const StepResult &step : s.steps) {
            if (step.status != CheckStatus::Fail)
                continue;
            if (reason.isEmpty())
                reason = TimelineModel::stepTitle(step.name) + QStringLiteral(": ") + step.detail;
            const QString advice = TimelineModel::adviceFor(step);
            if (!advice.isEmpty()) {
                reason += QStringLiteral("\n") + advice;
                break;
            }
        }
        showBanner(Banner::Failed,
                   failed ? tr("Validation failed — %n check(s) failed. %1", nullptr, failed).arg(reason)
                          : tr("Sign-in failed — %1").arg(reason),
                   m_sessionProfileId);
    }
    if (m_signedIn && showsLiveSession())
        m_tabs->setCurrentWidget(tokens());
    if (m_tokens && showsLiveSession())
        updateTokenView(); // the run's place in the history: no longer "running"
    updateActions();
}

void MainWindow::onActionFinished(const QString &step, bool ok)
{
    setBusy(false);
    const FlowState &s = m_flow->state();
    if (step == Steps::Logout && ok)
        endLiveRun(tr("signed out")); // with the tokens it had (the engine has forgotten them now)
    else if (step != Steps::Logout)
        syncLiveRun();
    if (step == Steps::Refresh) {
        if (ok && m_retryApiAfterRefresh) {
            m_retryApiAfterRefresh = false;
            callApi();
            return;
        }
        m_retryApiAfterRefresh = false;
        const StepResult *r = s.step(Steps::Refresh);
        if (ok)
            showResult(true, tr("Tokens refreshed (%1).").arg(r ? r->detail : QString()));
        else
            showResult(false, tr("Refresh failed — %1").arg(r ? r->detail : QString()));
        m_tabs->setCurrentWidget(tokens());
    } else if (step == Steps::Api) {
        if (s.apiExchange)
            apiConsole()->setResult(*s.apiExchange);
        else if (const StepResult *r = s.step(Steps::Api); r && !ok)
            apiConsole()->setMessage(tr("Not sent: %1").arg(r->detail));
    } else if (step == Steps::Revoke) {
        const StepResult *r = s.step(Steps::Revoke);
        showResult(ok, ok ? tr("Refresh token revoked — %1").arg(r ? r->detail : QString())
                          : tr("Revocation failed — %1").arg(r ? r->detail : QString()));
    } else if (step == Steps::Logout) {
        // What really happened, in the banner and in the browser's place (not the provider's last page).
        const QString detail = s.step(Steps::Logout) ? s.step(Steps::Logout)->detail : QString();
        if (ok) {
            m_signedIn = false;
            showBanner(Banner::Passed, tr("Signed out of “%1” — %2. The session's tokens stay viewable, marked as ended.")
                                           .arg(profileName(m_sessionProfileId), detail));
        } else {
            showBanner(Banner::Failed, tr("Logout failed — %1. The session may still be active at the provider.").arg(detail));
            m_ended.remove(m_sessionProfileId); // still the live session's tokens
        }
        if (m_browser && m_browser->isBrowserVisible())
            m_browser->stepAside(ok ? tr("Signed out: %1").arg(detail) : tr("The logout did not complete: %1").arg(detail));
        updateTokenView();
    }
    updateActions();
}

void MainWindow::onTokensChanged()
{
    if (showsLiveSession()) {
        updateTokenView();
        const FlowState &s = m_flow->state();
        const QString id = s.latestIdToken();
        if (!id.isEmpty() || !s.userinfo.isEmpty())
            userCard()->setClaims(s.userinfo, id.isEmpty() ? QJsonObject() : parseJwt(id.toUtf8()).payload);
    }
    updateActions();
}

void MainWindow::updateTokenView()
{
    const FlowState *s = shownState();
    const auto previous = m_ended.constFind(m_book->currentId());
    const bool live = showsLiveSession();
    const FlowState *displayed = nullptr;
    if (s && hasTokens(*s)) {
        tokens()->setState(*s);
        tokens()->setNote(live ? QString() : tr("Session ended (%1): its tokens are kept for reference.").arg(previous->why));
        displayed = s;
    } else if (live && previous != m_ended.constEnd() && hasTokens(previous->state)) {
        // Logged out, or a new run without tokens (cancelled, failed early): the last tokens stay viewable.
        tokens()->setState(previous->state);
        tokens()->setNote(tr("These are the tokens of the previous session (ended: %1), kept for reference.").arg(previous->why));
        displayed = &previous->state;
    } else if (m_tokens) {
        m_tokens->clear();
        m_tokens->setNote(QString());
    }
    updateHistoryView(displayed);
}

void MainWindow::syncLiveRun()
{
    if (!m_runLive)
        return;
    QList<RunRecord> &runs = m_runs[m_sessionProfileId];
    if (!runs.isEmpty())
        runs.last().state = m_flow->state();
}

void MainWindow::endLiveRun(const QString &why)
{
    if (!m_runLive)
        return;
    m_runLive = false;
    QList<RunRecord> &runs = m_runs[m_sessionProfileId];
    if (!runs.isEmpty())
        runs.last().ended = why;
}

// The current profile's runs in the token panel, newest first; the one the panel shows by default is found by its tokens.
void MainWindow::updateHistoryView(const FlowState *displayed)
{
    if (!m_tokens)
        return;
    const QList<RunRecord> runs = m_runs.value(m_book->currentId());
    auto tokensOf = [](const FlowState &s) { return s.latestIdToken() + QLatin1Char('|') + s.currentAccessToken(); };
    QList<TokenPanel::Run> history;
    int shown = -1;
    const bool liveHere = showsLiveSession() && m_runLive;
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        const RunRecord &r = runs.at(i);
        const bool isLive = liveHere && i == runs.size() - 1;
        // The live run's state is the flow's own (its history copy is as of its last step).
        const FlowState &state = isLive ? m_flow->state() : r.state;
        const QString status = isLive ? (m_signedIn ? tr("live") : tr("running")) : tr("ended: %1").arg(r.ended);
        TokenPanel::Run run;
        run.name = tr("Run %1").arg(r.number);
        run.label = hasTokens(state) ? tr("Run %1 · %2 · %3").arg(r.number).arg(r.startedAt.toString(QStringLiteral("HH:mm:ss")), status)
                                     : tr("Run %1 · %2 · %3 · no tokens").arg(r.number).arg(r.startedAt.toString(QStringLiteral("HH:mm:ss")), status);
        run.note = isLive ? QString() : tr("Run %1 ended (%2): its tokens are kept for reference.").arg(r.number).arg(r.ended);
        run.state = state;
        if (shown < 0 && displayed && hasTokens(state) && tokensOf(state) == tokensOf(*displayed))
            shown = int(history.size());
        history.append(run);
    }
    m_tokens->setHistory(history, shown);
}

void MainWindow::refreshTokens()
{
    if (m_busy)
        return;
    setBusy(true, tr("Refreshing…"));
    m_flow->refreshTokens();
}

void MainWindow::revokeRefreshToken()
{
    if (m_busy)
        return;
    setBusy(true, tr("Revoking…"));
    m_flow->revokeRefreshToken();
}

void MainWindow::callApi()
{
    if (m_busy)
        return;
    ApiConsole *api = apiConsole();
    m_tabs->setCurrentWidget(api);
    auto refuse = [this, api](const QString &text) {
        api->setMessage(text);
        notify(text);
    };
    if (m_book->currentId().isEmpty()) {
        refuse(tr("Create or select a profile and sign in first."));
        return;
    }
    // A session's tokens go only to the API of the profile it belongs to.
    if (!showsLiveSession() || !m_signedIn) {
        if (!m_sessionProfileId.isEmpty() && !showsLiveSession() && m_signedIn)
            refuse(tr("“%1” has no session, so nothing was sent: the signed-in session belongs to “%2”, and its tokens never go "
                      "to another profile's API. Sign in with “%1” first.")
                       .arg(profileName(m_book->currentId()), profileName(m_sessionProfileId)));
        else
            refuse(tr("“%1” has no session, so nothing was sent: sign in first.").arg(profileName(m_book->currentId())));
        return;
    }
    const QUrl url = QUrl::fromUserInput(api->url());
    if (api->url().isEmpty() || !url.isValid()) {
        refuse(tr("Enter the API URL first"));
        return;
    }
    if (const QString problem = api->bodyProblem(); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    const FlowState &s = m_flow->state();
    const bool idToken = api->tokenChoice() == QLatin1String("id_token");
    const QString bearer = idToken ? s.latestIdToken() : s.currentAccessToken();
    if (bearer.isEmpty()) {
        refuse(idToken ? tr("The session has no ID token to send.") : tr("The session has no access token to send."));
        return;
    }
    api->setSending();
    setBusy(true, tr("Calling the API…"));
    m_flow->callApi(url, api->method(), api->body(), api->headers(), bearer);
}

void MainWindow::logCallback()
{
    const FlowState &s = m_flow->state();
    if (!s.callback)
        return;
    const CallbackResponse &cb = *s.callback;
    HttpExchange ex;
    ex.step = Steps::Callback;
    ex.startedAt = QDateTime::currentDateTimeUtc();
    const StepResult *authorize = s.step(Steps::Authorize);
    ex.elapsedMs = authorize ? authorize->ms : 0; // the time in the browser, from the request to the answer
    ex.url = cb.url;
    if (cb.source == CallbackSource::FormPost) {
        // The browser posted a form to the callback URL: its fields as they were parsed.
        ex.method = "POST";
        ex.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        QUrlQuery form;
        for (auto it = cb.params.constBegin(); it != cb.params.constEnd(); ++it)
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        ex.requestBody = form.query(QUrl::FullyEncoded).toUtf8();
    } else {
        ex.method = "GET";
    }
    const QString where = callbackSourceName(cb.source);
    m_httpLog->appendFrontChannel(ex, tr("caught (%1)").arg(where),
                                  cb.isError() ? tr("The authorization response, an error: the provider redirected the browser to "
                                                    "the callback URL, and Tokenscope caught it there. It arrived in the %1.")
                                                     .arg(where)
                                               : tr("The authorization response: the provider redirected the browser to the "
                                                    "callback URL, and Tokenscope caught it without loading it. It arrived in "
                                                    "the %1.")
                                                     .arg(where));
}

void MainWindow::offerDocumentIssuer()
{
    // The document's own issuer, from the discovery exchange of this sign-in (the flow refused to use it).
    const FlowState &s = m_flow->state();
    for (auto it = s.exchanges.crbegin(); it != s.exchanges.crend(); ++it) {
        if (it->step != Steps::Discovery || !it->isSuccess())
            continue;
        const QString issuer = QJsonDocument::fromJson(it->responseBody).object().value(QStringLiteral("issuer")).toString();
        if (!issuer.isEmpty() && m_book->currentId() == m_sessionProfileId)
            editor()->setIssuerMismatch(s.profile.issuer, issuer);
        return;
    }
}

void MainWindow::cancel()
{
    if (!m_busy)
        return;
    m_retryApiAfterRefresh = false;
    m_flow->cancel();
}

void MainWindow::logout()
{
    if (m_busy)
        return;
    // The engine forgets the tokens once the provider redirects back: they stay viewable as the ended session's.
    syncLiveRun();
    if (hasTokens(m_flow->state()))
        m_ended.insert(m_sessionProfileId, {m_flow->state(), tr("signed out")});
    setBusy(true, tr("Logging out…"));
    if (m_agent && m_flow->userAgent() == m_agent)
        m_browser->showBrowser();
    m_tabs->setCurrentWidget(m_signInTab);
    m_flow->logout();
}

void MainWindow::copyToken()
{
    if (m_tokens)
        m_tokens->copyCurrentToken();
}

void MainWindow::clearBrowserSession()
{
    if (m_busy || !m_agent) // no embedded browser yet: no session to clear
        return;
    m_agent->clearSession();
    m_browser->stepAside(tr("Browser session cleared: the next sign-in starts without cookies."));
    notify(tr("Browser session cleared"));
    updateActions();
}

} // namespace tokenscope::ui
