#include "ui/app/MainWindow.h"

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
#include "ui/profiles/ProfileImportDialog.h"
#include "ui/profiles/ProfileStore.h"
#include "ui/common/ReportExport.h"
#include "keychain/SecretStore.h"
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
#include <QVBoxLayout>

namespace tokenscope::ui {


MainWindow::MainWindow(const Context &context, QWidget *parent) : QMainWindow(parent), m_ctx(context)
{
    Q_ASSERT(context.nam && context.settings && context.clock);
    setObjectName(QStringLiteral("mainWindow"));
    m_http = new HttpClient(m_ctx.nam, this);
    m_http->setUserAgent(QByteArrayLiteral("Tokenscope/" TOKENSCOPE_VERSION));
    m_systemAgent = new SystemBrowserUserAgent(this);
    if (m_ctx.openUrl)
        m_systemAgent->setOpener(m_ctx.openUrl);
    // The user agent is chosen by each sign-in (the embedded browser is created then, with the web engine).
    m_flow = new OidcFlow(m_http, nullptr, m_ctx.clock, this);
    OidcFlow::Options options;
    options.refresh = false; // the user refreshes when they want to (F5)
    m_flow->setOptions(options);
    m_book = new ProfileBook(m_ctx.profilesDirectory, m_ctx.settings, m_ctx.secrets, this);
    m_store = m_book->store();
    m_timeline = new TimelineModel(this);
    m_httpLog = new HttpLogModel(this);
    m_authorizeParams = new AuthorizeParamsModel(this);

    buildUi();
    buildActions();

    connect(m_http, &HttpClient::exchangeFinished, m_httpLog, &HttpLogModel::append);
    connect(m_flow, &OidcFlow::stepStarted, this, [this](const QString &name) {
        if (!showsLiveSession())
            return;
        m_timeline->stepStarted(name);
        m_busyLabel->setText(tr("%1…").arg(m_timeline->titleOf(name))); // "Token (polling)…" in a device flow
        if (name == Steps::Authorize) {
            if (m_agent && m_flow->userAgent() == m_agent)
                m_browser->showBrowser();
            m_tabs->setCurrentWidget(m_signInTab);
        }
    });
    connect(m_flow, &OidcFlow::stepFinished, this, [this](const StepResult &finished) {
        StepResult step = finished;
        // The engine's own reason stands where the grant gives no refresh token (client credentials, RFC 6749 4.4.3;
        // a token exchange without one, RFC 8693 2.2.1).
        const QString grant = m_flow->state().profile.effectiveGrant();
        const bool grantCannotRefresh = grant == Grants::ClientCredentials
            || (grant == Grants::TokenExchange && m_flow->state().currentRefreshToken().isEmpty());
        if (step.name == Steps::Refresh && step.status == CheckStatus::Skip && !m_flow->options().refresh && !grantCannotRefresh)
            step.detail = tr("not part of the sign-in: refresh when you want to (F5)");
        if (step.name == Steps::Callback)
            logCallback(); // the HTTP log has every exchange, of every profile's session
        if (step.name == Steps::Discovery && step.reason == Reasons::IssuerMismatch)
            offerDocumentIssuer();
        if (!showsLiveSession())
            return;
        m_timeline->stepFinished(step);
        m_timelineView->scrollToBottom();
        if (step.name == Steps::Discovery && step.status != CheckStatus::Fail)
            editor()->setProviderMetadata(m_flow->state().metadata);
        if (step.name == Steps::Authorize && m_browser && m_browser->isBrowserVisible()) {
            m_browser->stepAside(step.status == CheckStatus::Pass
                                     ? tr("The provider redirected to the callback URL; Tokenscope caught it without loading it. "
                                          "The login page is closed.")
                                     : tr("The login page was closed: %1").arg(step.detail));
        }
        if (step.name == Steps::Api && m_flow->state().apiExchange)
            apiConsole()->setResult(*m_flow->state().apiExchange);
    });
    connect(m_flow, &OidcFlow::checksAdded, this, [this] {
        if (showsLiveSession())
            updateTokenView();
    });
    connect(m_flow, &OidcFlow::tokensChanged, this, &MainWindow::onTokensChanged);
    connect(m_flow, &OidcFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        // The front channel in the HTTP log: the request the browser carries to the provider.
        HttpExchange ex;
        ex.step = Steps::Authorize;
        ex.method = "GET";
        ex.url = url;
        ex.startedAt = QDateTime::currentDateTimeUtc();
        m_httpLog->appendFrontChannel(ex, tr("to the browser"),
                                      tr("The authorization request: Tokenscope sent the browser to the provider with it; the "
                                         "login pages that follow are the browser's."));
        if (!showsLiveSession())
            return;
        m_authorizeUrl->setText(url.toString(QUrl::FullyEncoded));
        m_authorizeUrl->setCursorPosition(0);
        m_authorizeParams->setUrl(url);
    });
    connect(m_flow, &OidcFlow::devicePollAnswered, this, [this](int poll, const QString &answer, int next) {
        if (showsLiveSession() && next > 0)
            m_timeline->stepProgress(Steps::Token, tr("poll %1: %2; next in %n second(s)", nullptr, next).arg(poll).arg(answer));
    });
    connect(m_flow, &OidcFlow::finished, this, &MainWindow::onFlowFinished);
    connect(m_flow, &OidcFlow::actionFinished, this, &MainWindow::onActionFinished);
    connect(m_flow, &OidcFlow::errorOccurred, this, [this](OidcFlow::Error error, const QString &description) {
        if (error == OidcFlow::Error::Busy)
            notify(description);
    });

    if (m_ctx.secrets) {
        connect(m_ctx.secrets, &SecretStore::readFinished, this, [this](const QString &key, bool found, const QString &secret, const QString &error) {
            if (!error.isEmpty()) {
                editor()->setKeychainAvailable(false, error);
                return;
            }
            if (found) {
                m_book->setSecret(key, secret);
                if (key == m_book->currentId()) {
                    const bool dirty = m_dirty;
                    Profile p = editor()->profile();
                    p.clientSecret = secret;
                    editor()->setProfile(p);
                    editor()->setKeychainStatus(tr("Client secret read from the system keychain."));
                    m_dirty = dirty;
                }
            }
        });
        connect(m_ctx.secrets, &SecretStore::writeFinished, this, [this](const QString &key, const QString &error) {
            if (!error.isEmpty()) {
                m_book->setFlag(key, QStringLiteral("rememberSecret"), false);
                if (key == m_book->currentId())
                    editor()->setKeychainAvailable(false, error);
            } else if (key == m_book->currentId()) {
                editor()->setKeychainStatus(tr("Client secret saved in the system keychain."));
            }
        });
    }

    restoreSettings();
    reloadProfileList();
    const QString last = m_ctx.settings->value(QStringLiteral("session/lastProfile")).toString();
    if (!selectProfile(last) && !m_store->entries().isEmpty())
        selectProfile(m_store->entries().first().id);
    updateActions();
    // The profile editor is the biggest part of the window: it is built right after the first frame (or before, the
    // first time something needs it), so the window appears without waiting for it.
    afterFirstFrame(this, [this] { QTimer::singleShot(0, this, [this] { editor(); }); });
}

MainWindow::~MainWindow()
{
    m_flow->cancel();
}

bool MainWindow::showsLiveSession() const
{
    return !m_book->currentId().isEmpty() && m_book->currentId() == m_sessionProfileId;
}

QString MainWindow::currentProfileId() const
{
    return m_book->currentId();
}

const FlowState &MainWindow::flowState() const
{
    return m_flow->state();
}

// ---- profiles -----------------------------------------------------------------------------------------------------

void MainWindow::reloadProfileList()
{
    const QSignalBlocker block(m_profileList);
    m_profileList->clear();
    for (const ProfileStore::Entry &e : m_store->entries()) {
        auto *item = new QListWidgetItem(e.profile.name, m_profileList);
        item->setData(ProfileIdRole, e.id);
        item->setToolTip(e.path + (e.problems.isEmpty() ? QString() : QStringLiteral("\n") + e.problems.join(QLatin1Char('\n'))));
        if (e.id == m_book->currentId())
            m_profileList->setCurrentItem(item);
    }
    if (m_tenantPane)
        m_tenantPane->refreshProfiles();
    const bool first = m_store->entries().isEmpty();
    m_welcome->setVisible(first);
    m_browserPane->setVisible(!first && m_systemBrowser->isHidden());
}

bool MainWindow::selectProfile(const QString &id)
{
    for (int i = 0; i < m_profileList->count(); ++i) {
        if (m_profileList->item(i)->data(ProfileIdRole).toString() == id) {
            if (id == m_book->currentId())
                return true;
            m_profileList->setCurrentRow(i); // -> loadCurrentProfileIntoEditor
            return true;
        }
    }
    return false;
}

void MainWindow::loadCurrentProfileIntoEditor()
{
    const std::optional<Profile> stored = m_book->stored(m_book->currentId());
    if (!stored)
        return;
    const Profile &p = *stored;
    if (!m_book->hasSecret(m_book->currentId()) && !p.clientSecret.isEmpty())
        m_book->setSecret(m_book->currentId(), p.clientSecret); // a secret in the file itself (the app never writes one)
    const bool keep = m_book->flag(m_book->currentId(), QStringLiteral("keepSession"));
    m_keepSession = keep;
    fillEditor();
    if (m_book->remembersSecret(m_book->currentId()) && p.clientSecret.isEmpty())
        m_ctx.secrets->read(m_book->currentId());
    if (m_agent) {
        m_agent->setSessionKey(m_book->currentId());
        m_agent->setKeepSession(keep, m_ctx.webStoragePath);
    }
    if (m_api)
        m_api->switchTo(m_book->currentId(), p.apiUrl);
    m_dirty = false;
    showSession();
    setWindowTitle(tr("%1 — Tokenscope").arg(p.name));
    m_ctx.settings->setValue(QStringLiteral("session/lastProfile"), m_book->currentId());
    if (m_tenantPane)
        m_tenantPane->refreshProfiles();
    updateActions();
}

Profile MainWindow::currentProfile() const
{
    return m_editor ? m_editor->profile() : m_book->stored(m_book->currentId()).value_or(Profile{});
}

void MainWindow::fillEditor()
{
    const std::optional<Profile> p = m_book->stored(m_book->currentId());
    if (m_editor && !p)
        m_editor->setQuietUntilEdited(true); // no profile: a blank form, not a list of errors
    if (!m_editor || !p)
        return; // editor() fills it when it is built
    m_editorApiUrl = p->apiUrl; // before: filling the editor is no edit of the console's URL
    m_editor->setProfile(*p);
    m_editor->setKeychainStatus(QString());
    m_editor->setKeepSession(m_keepSession);
    if (m_ctx.secrets && m_ctx.secrets->available())
        m_editor->setRememberSecret(m_book->flag(m_book->currentId(), QStringLiteral("rememberSecret")));
    else
        m_editor->setKeychainAvailable(false, m_ctx.secrets ? m_ctx.secrets->unavailableReason() : QString());
}

void MainWindow::commitEditor()
{
    if (!m_editor)
        return; // nothing can have been edited before the editor exists
    if (m_book->currentId().isEmpty()) {
        const Profile typed = m_editor->profile();
        if (m_dirty && m_store->entries().isEmpty() && !(typed.issuer.trimmed().isEmpty() && typed.clientId.trimmed().isEmpty()))
            saveFormAsNewProfile(); // typed on a first start: not lost
        return;
    }
    const Profile p = m_editor->profile();
    if (!p.clientSecret.isEmpty())
        m_book->setSecret(m_book->currentId(), p.clientSecret);
    else
        m_book->setSecret(m_book->currentId(), QString());
    if (m_dirty && !p.name.isEmpty()) {
        QString error;
        if (m_store->save(m_book->currentId(), p, &error).isEmpty())
            notify(tr("Could not save the profile: %1").arg(error));
        m_dirty = false;
    }
}

bool MainWindow::saveFormAsNewProfile()
{
    Profile p = editor()->profile();
    if (p.name.trimmed().isEmpty())
        p.name = p.issuer.trimmed().isEmpty() ? tr("New profile") : QUrl(p.issuer.trimmed()).host();
    QString error;
    const QString id = m_store->save(QString(), p, &error);
    if (id.isEmpty()) {
        showBanner(Banner::Failed, tr("Could not save the profile: %1").arg(error));
        return false;
    }
    if (!p.clientSecret.isEmpty())
        m_book->setSecret(id, p.clientSecret);
    m_dirty = false;
    reloadProfileList();
    selectProfile(id);
    notify(tr("Profile saved to %1").arg(id));
    return true;
}

void MainWindow::saveProfile()
{
    if (m_book->currentId().isEmpty()) {
        saveFormAsNewProfile(); // a first start: what was typed becomes the first profile
        return;
    }
    const Profile p = currentProfile();
    QString error;
    const QString id = m_store->save(m_book->currentId(), p, &error);
    if (id.isEmpty()) {
        notify(tr("Could not save the profile: %1").arg(error));
        return;
    }
    m_dirty = false;
    m_book->setSecret(id, p.clientSecret);
    // The setting follows the editor's check box (rememberSecretToggled), and needs no editor before the first frame.
    if (m_book->remembersSecret(m_book->currentId()) && !p.clientSecret.isEmpty())
        m_ctx.secrets->write(id, p.clientSecret);
    reloadProfileList();
    notify(tr("Profile saved to %1").arg(id));
}

void MainWindow::newProfile()
{
    commitEditor();
    Profile p;
    p.name = tr("New profile");
    p.redirectUri = QStringLiteral("https://app.example/callback");
    QString error;
    const QString id = m_store->save(QString(), p, &error);
    if (id.isEmpty()) {
        notify(tr("Could not create the profile: %1").arg(error));
        return;
    }
    reloadProfileList();
    selectProfile(id);
    editor()->findChild<QLineEdit *>(QStringLiteral("profileName"))->setFocus();
}

bool MainWindow::openProfileFile(const QString &path, const QString &secret, QString *error)
{
    commitEditor();
    QString e;
    const QString id = m_store->openFile(path, &e);
    if (id.isEmpty()) {
        if (error)
            *error = e;
        notify(e);
        return false;
    }
    const ProfileStore::Entry *entry = m_store->entry(id);
    if (!secret.isEmpty())
        m_book->setSecret(id, secret);
    else if (entry && !entry->profile.clientSecret.isEmpty())
        m_book->setSecret(id, entry->profile.clientSecret);
    reloadProfileList();
    if (id == m_book->currentId())
        loadCurrentProfileIntoEditor();
    return selectProfile(id);
}

void MainWindow::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a profile"), QString(), tr("Tokenscope profiles (*.json);;All files (*)"));
    if (!path.isEmpty())
        importProfileFrom(path);
}

bool MainWindow::importProfileFrom(const QString &path)
{
    commitEditor();
    const ProfileStore::ImportCandidate candidate = m_store->readImport(path);
    if (!candidate.ok()) {
        notify(tr("Could not import: %1").arg(candidate.error));
        return false;
    }
    // A profile from elsewhere says where Tokenscope goes and whom it trusts: shown before anything is added (issue 19).
    auto *dialog = new ProfileImportDialog(candidate.profile, candidate.path, candidate.warnings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, candidate] {
        QString error;
        const QString id = m_store->addImport(candidate, &error);
        if (id.isEmpty()) {
            notify(tr("Could not import: %1").arg(error));
            return;
        }
        m_book->adoptSecretFromFile(id);
        reloadProfileList();
        selectProfile(id);
        notify(tr("Imported \"%1\"").arg(candidate.profile.name));
    });
    connect(dialog, &QDialog::rejected, this, [this] { notify(tr("Import cancelled: nothing was added")); });
    dialog->open();
    return true;
}

void MainWindow::exportProfile()
{
    if (m_book->currentId().isEmpty())
        return;
    commitEditor();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the profile"), currentProfile().name + QStringLiteral(".json"),
                                                      tr("Tokenscope profiles (*.json)"));
    if (!path.isEmpty())
        exportProfileTo(path);
}

bool MainWindow::exportProfileTo(const QString &path)
{
    if (m_book->currentId().isEmpty())
        return false;
    commitEditor();
    QString error;
    if (!m_store->exportTo(m_book->currentId(), path, &error)) {
        notify(tr("Could not export: %1").arg(error));
        return false;
    }
    notify(tr("Exported to %1 (without the client secret)").arg(path));
    return true;
}

void MainWindow::deleteProfile()
{
    if (m_book->currentId().isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(currentProfile().name)) != QMessageBox::Yes)
        return;
    QString error;
    if (const QString id = m_book->currentId(); !m_book->remove(id, &error)) {
        notify(error);
        return;
    }
    m_dirty = false;
    reloadProfileList();
    if (m_profileList->count() > 0)
        m_profileList->setCurrentRow(0);
    else if (m_editor) {
        m_editor->setProfile(Profile{}); // the last profile is gone: an editor not built yet has nothing to clear
        m_editor->setQuietUntilEdited(true);
    }
    updateActions();
}

// ---- reports ------------------------------------------------------------------------------------------------------

bool MainWindow::writeSignInReport(const QString &path, QString *error)
{
    static const FlowState none;
    const FlowState &s = shownState() ? *shownState() : none;
    if (s.steps.isEmpty()) {
        if (error)
            *error = tr("Nothing to export yet: sign in first.");
        return false;
    }
    // The same report as `tokenscope-cli login --html` (and --report with --include-http), secrets redacted.
    return exportReportFile(path, flowReportWithProfile(s, ReportOptions{true}), error);
}

void MainWindow::exportSignInReport()
{
    if (m_busy || !shownState() || shownState()->steps.isEmpty()) {
        notify(tr("Nothing to export yet: sign in first"));
        return;
    }
    chooseReportFile(this, tr("Export the sign-in report"), shownState()->profile.name + QStringLiteral("-sign-in-report"),
                     [this](const QString &path) {
                         QString error;
                         if (writeSignInReport(path, &error))
                             notify(tr("Report written to %1").arg(path));
                         else
                             notify(tr("Could not export the report: %1").arg(error));
                     });
}

void MainWindow::exportTenantReport()
{
    m_tabs->setCurrentWidget(tenantPane());
    m_tenantPane->exportReport();
}

} // namespace tokenscope::ui
