#include "MainWindow.h"

#include "ApiConsole.h"
#include "Clock.h"
#include "FirstFrame.h"
#include "FlowReport.h"
#include "HttpClient.h"
#include "HttpLogModel.h"
#include "HttpLogPanel.h"
#include "Jwt.h"
#include "Logging.h"
#include "OidcFlow.h"
#include "ProfileEditor.h"
#include "ProfileImportDialog.h"
#include "ProfileStore.h"
#include "ReportExport.h"
#include "SecretStore.h"
#include "SystemBrowserPane.h"
#include "SystemBrowserUserAgent.h"
#include "TenantPane.h"
#include "TrustedCas.h"
#include "TimelineModel.h"
#include "TokenPanel.h"
#include "UserCard.h"
#include "WebEngineBackend.h"
#include "WebEngineEnvironment.h"
#include "WebEngineLoader.h"

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

namespace {
const QString KeychainService = QStringLiteral("Tokenscope");
constexpr int IdRole = Qt::UserRole + 1;

bool hasTokens(const FlowState &s)
{
    return !s.authorization.isEmpty() || !s.token.isEmpty() || !s.refresh.isEmpty();
}
} // namespace

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
    m_store = new ProfileStore(m_ctx.profilesDirectory, this);
    m_timeline = new TimelineModel(this);
    m_httpLog = new HttpLogModel(this);

    buildUi();
    buildActions();

    connect(m_http, &HttpClient::exchangeFinished, m_httpLog, &HttpLogModel::append);
    connect(m_flow, &OidcFlow::stepStarted, this, [this](const QString &name) {
        if (!showsLiveSession())
            return;
        m_timeline->stepStarted(name);
        m_busyLabel->setText(tr("%1…").arg(TimelineModel::stepTitle(name)));
        if (name == Steps::Authorize) {
            if (m_agent && m_flow->userAgent() == m_agent)
                m_browser->showBrowser();
            m_tabs->setCurrentWidget(m_signInTab);
        }
    });
    connect(m_flow, &OidcFlow::stepFinished, this, [this](const StepResult &finished) {
        StepResult step = finished;
        if (step.name == Steps::Refresh && step.status == CheckStatus::Skip && !m_flow->options().refresh)
            step.detail = tr("not part of the sign-in: refresh when you want to (F5)");
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
        if (!showsLiveSession())
            return;
        m_authorizeUrl->setText(url.toString(QUrl::FullyEncoded));
        m_authorizeUrl->setCursorPosition(0);
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
                m_secrets.insert(key, secret);
                if (key == m_currentId) {
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
                m_ctx.settings->setValue(settingsKey(key, QStringLiteral("rememberSecret")), false);
                if (key == m_currentId)
                    editor()->setKeychainAvailable(false, error);
            } else if (key == m_currentId) {
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

const FlowState &MainWindow::flowState() const
{
    return m_flow->state();
}

// ---- UI -----------------------------------------------------------------------------------------------------------

void MainWindow::buildUi()
{
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);

    // Left: profiles.
    auto *left = new QWidget(m_mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *profilesLabel = new QLabel(tr("Pro&files"), left);
    QFont bold = profilesLabel->font();
    bold.setBold(true);
    profilesLabel->setFont(bold);
    leftLayout->addWidget(profilesLabel);
    m_profileList = new QListWidget(left);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setMaximumHeight(110);
    profilesLabel->setBuddy(m_profileList);
    leftLayout->addWidget(m_profileList);
    auto *profileButtons = new QHBoxLayout;
    auto addButton = [left, profileButtons](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(left);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        profileButtons->addWidget(b);
        return b;
    };
    connect(addButton(QStringLiteral("newProfileButton"), tr("New"), tr("New profile")), &QToolButton::clicked, this, &MainWindow::newProfile);
    connect(addButton(QStringLiteral("importProfileButton"), tr("Import…"), tr("Import a profile file")), &QToolButton::clicked, this,
            &MainWindow::importProfile);
    connect(addButton(QStringLiteral("exportProfileButton"), tr("Export…"), tr("Export the profile to a file (never with the secret)")),
            &QToolButton::clicked, this, &MainWindow::exportProfile);
    connect(addButton(QStringLiteral("deleteProfileButton"), tr("Delete"), tr("Delete the profile")), &QToolButton::clicked, this,
            &MainWindow::deleteProfile);
    profileButtons->addStretch(1);
    leftLayout->addLayout(profileButtons);
    auto *scroll = new QScrollArea(left);
    scroll->setObjectName(QStringLiteral("profileEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_editorScroll = scroll; // editor() puts the profile editor in it
    leftLayout->addWidget(scroll, 1);
    auto *saveRow = new QHBoxLayout;
    auto *signInButton = new QPushButton(tr("Sign in"), left);
    signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton = signInButton;
    auto *saveButton = new QPushButton(tr("Save profile"), left);
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    saveRow->addWidget(saveButton);
    saveRow->addStretch(1);
    saveRow->addWidget(signInButton);
    leftLayout->addLayout(saveRow);
    connect(saveButton, &QPushButton::clicked, this, &MainWindow::saveProfile);
    connect(signInButton, &QPushButton::clicked, this, &MainWindow::signIn);

    // Right: result banner, tabs, timeline.
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    auto *top = new QWidget(m_rightSplitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 6, 6, 0);
    m_topLayout = topLayout; // showResult() puts the result banner above the tabs
    m_tabs = new QTabWidget(top);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    topLayout->addWidget(m_tabs, 1);

    m_signInTab = new QWidget(m_tabs);
    m_signInTab->setObjectName(QStringLiteral("signInTab"));
    auto *signInLayout = new QVBoxLayout(m_signInTab);
    auto *urlRow = new QHBoxLayout;
    auto *urlLabel = new QLabel(tr("Authorize URL:"), m_signInTab);
    m_authorizeUrl = new QLineEdit(m_signInTab);
    m_authorizeUrl->setObjectName(QStringLiteral("authorizeUrl"));
    m_authorizeUrl->setReadOnly(true);
    m_authorizeUrl->setPlaceholderText(tr("appears when you sign in"));
    auto *copyUrl = new QToolButton(m_signInTab);
    copyUrl->setObjectName(QStringLiteral("copyAuthorizeUrlButton"));
    copyUrl->setText(tr("Copy"));
    connect(copyUrl, &QToolButton::clicked, this, [this] {
        if (m_authorizeUrl->text().isEmpty())
            return;
        QApplication::clipboard()->setText(m_authorizeUrl->text());
        notify(tr("Authorize URL copied"));
    });
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_authorizeUrl, 1);
    urlRow->addWidget(copyUrl);
    signInLayout->addLayout(urlRow);
    // The embedded browser's place: a note until the first sign-in loads the web engine and puts its view here.
    // A first start (no profile yet): what to do, instead of a form that seems to belong to nothing.
    m_welcome = new QWidget(m_signInTab);
    m_welcome->setObjectName(QStringLiteral("welcomePane"));
    {
        auto *w = new QVBoxLayout(m_welcome);
        w->addStretch(1);
        auto *title = new QLabel(tr("<h2>Welcome to Tokenscope</h2>"), m_welcome);
        title->setAlignment(Qt::AlignCenter);
        auto *text = new QLabel(tr("A profile says which provider to sign in to and as which application. Start with one of "
                                   "these, or fill in the form on the left and press Save profile."),
                                m_welcome);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignCenter);
        w->addWidget(title);
        w->addWidget(text);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        auto add = [this, buttons](const char *name, const QString &label, auto slot) {
            auto *b = new QPushButton(label, m_welcome);
            b->setObjectName(QString::fromLatin1(name));
            buttons->addWidget(b);
            connect(b, &QPushButton::clicked, this, slot);
        };
        add("welcomeNewProfile", tr("New profile"), [this] { newProfile(); });
        add("welcomeAuth0", tr("New Auth0 profile"), [this] {
            newProfile();
            editor()->setPreset(ProfileEditor::Preset::Auth0);
        });
        add("welcomeImport", tr("Import a profile file…"), [this] { importProfile(); });
        buttons->addStretch(1);
        w->addLayout(buttons);
        w->addStretch(2);
    }
    signInLayout->addWidget(m_welcome, 1);
    m_browserPane = new QWidget(m_signInTab);
    m_browserPane->setObjectName(QStringLiteral("browserPane"));
    auto *browserLayout = new QVBoxLayout(m_browserPane);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    // The same words (and translation) as the embedded browser's own placeholder (lib/webview/BrowserPane).
    m_browserPlaceholder = new QLabel(QCoreApplication::translate("tokenscope::ui::BrowserPane", "The provider's login page opens here when you sign in."),
                                      m_browserPane);
    m_browserPlaceholder->setObjectName(QStringLiteral("browserPlaceholder"));
    m_browserPlaceholder->setAlignment(Qt::AlignCenter);
    m_browserPlaceholder->setWordWrap(true);
    m_browserPlaceholder->setEnabled(false);
    browserLayout->addWidget(m_browserPlaceholder);
    signInLayout->addWidget(m_browserPane, 1);
    m_systemBrowser = new SystemBrowserPane(m_systemAgent, m_signInTab);
    m_systemBrowser->setObjectName(QStringLiteral("systemBrowserPane"));
    m_systemBrowser->hide();
    signInLayout->addWidget(m_systemBrowser, 1);
    connect(m_systemBrowser, &SystemBrowserPane::cancelRequested, this, &MainWindow::cancel);
    m_tabs->addTab(m_signInTab, tr("Sign &in"));

    // The other tabs: placeholders until first shown or needed (tokens(), userCard(), apiConsole(), httpLogPanel(),
    // tenantPane() build them).
    const std::pair<QString, QString> lazyTabs[] = {
        {QStringLiteral("tokenPanel"), tr("&Tokens")},     {QStringLiteral("userCard"), tr("&User")},
        {QStringLiteral("apiConsole"), tr("&API console")}, {QStringLiteral("httpLogPanel"), tr("HTTP &log")},
        {QStringLiteral("tenantPane"), tr("Te&nant")},
    };
    for (const auto &[name, title] : lazyTabs) {
        auto *page = new QWidget(m_tabs);
        page->setObjectName(name);
        m_placeholders.insert(name, page);
        m_tabs->addTab(page, title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        const QWidget *page = m_tabs->widget(index);
        if (!page || m_placeholders.value(page->objectName()) != page)
            return;
        const QString name = page->objectName();
        if (name == QLatin1String("tokenPanel"))
            tokens();
        else if (name == QLatin1String("userCard"))
            userCard();
        else if (name == QLatin1String("apiConsole"))
            apiConsole();
        else if (name == QLatin1String("httpLogPanel"))
            httpLogPanel();
        else if (name == QLatin1String("tenantPane"))
            tenantPane();
    });

    auto *timelineBox = new QWidget(m_rightSplitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 6, 0);
    auto *timelineLabel = new QLabel(tr("Flow timeline"), timelineBox);
    timelineLabel->setFont(bold);
    timelineLayout->addWidget(timelineLabel);
    m_timelineView = new QTableView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setWordWrap(false);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::StepColumn, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::StatusColumn, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::DetailColumn, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::AdviceColumn, QHeaderView::Stretch);
    m_timelineView->verticalHeader()->setDefaultSectionSize(m_timelineView->fontMetrics().height() + 8);
    timelineLayout->addWidget(m_timelineView, 1);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({560, 220});
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({420, 1060});
    setCentralWidget(m_mainSplitter);

    // Status bar: busy indicator with cancel.
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setFlat(true);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_busyLabel->hide();
    m_busyBar->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);

    connect(m_profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!current)
            return;
        const QString id = current->data(IdRole).toString();
        if (id == m_currentId)
            return;
        commitEditor();
        m_currentId = id;
        loadCurrentProfileIntoEditor();
    });
}

// Puts a panel where its placeholder page was: same tab, same title, current if the placeholder was.
void MainWindow::installPanel(QWidget *panel)
{
    QWidget *placeholder = m_placeholders.take(panel->objectName());
    const int index = m_tabs->indexOf(placeholder);
    const bool current = m_tabs->currentIndex() == index;
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->insertTab(index, panel, m_tabs->tabText(index));
        m_tabs->removeTab(index + 1);
        if (current)
            m_tabs->setCurrentIndex(index);
    }
    placeholder->setParent(nullptr); // its name is the panel's now
    placeholder->deleteLater();
}

TokenPanel *MainWindow::tokens()
{
    if (!m_tokens) {
        m_tokens = new TokenPanel(m_ctx.clock);
        m_tokens->setObjectName(QStringLiteral("tokenPanel"));
        connect(m_tokens, &TokenPanel::copied, this, [this](const QString &what) { notify(tr("Copied: %1").arg(what)); });
        if (const FlowState *s = shownState(); s && !s->steps.isEmpty())
            m_tokens->setState(*s);
        installPanel(m_tokens);
    }
    return m_tokens;
}

UserCard *MainWindow::userCard()
{
    if (!m_user) {
        m_user = new UserCard(m_http);
        m_user->setObjectName(QStringLiteral("userCard"));
        if (const FlowState *s = shownState()) {
            if (const QString id = s->latestIdToken(); !s->userinfo.isEmpty() || !id.isEmpty())
                m_user->setClaims(s->userinfo, id.isEmpty() ? QJsonObject() : parseJwt(id.toUtf8()).payload);
        }
        installPanel(m_user);
    }
    return m_user;
}

ProfileEditor *MainWindow::editor()
{
    if (m_editor)
        return m_editor;
    m_editor = new ProfileEditor(m_editorScroll);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    // Fit the pane's width (fields shrink) instead of being cut off: the scroll area then never needs a horizontal bar.
    m_editor->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_editorScroll->setWidget(m_editor);
    connect(m_editor, &ProfileEditor::edited, this, [this] {
        m_dirty = true;
        updateActions();
        // The API URL field typed into goes to the console (a draft of the console is not overwritten otherwise).
        if (const QString url = m_editor->profile().apiUrl; url != m_editorApiUrl) {
            m_editorApiUrl = url;
            if (!m_currentId.isEmpty() && m_api)
                m_api->setUrl(url);
        }
    });
    connect(m_editor, &ProfileEditor::keepSessionToggled, this, [this](bool keep) {
        m_ctx.settings->setValue(settingsKey(m_currentId, QStringLiteral("keepSession")), keep);
        m_keepSession = keep;
        if (m_agent) {
            m_agent->clearSession();
            m_agent->setKeepSession(keep, m_ctx.webStoragePath);
        }
    });
    connect(m_editor, &ProfileEditor::rememberSecretToggled, this, [this](bool remember) {
        const QString id = m_currentId;
        m_ctx.settings->setValue(settingsKey(id, QStringLiteral("rememberSecret")), remember);
        if (!m_ctx.secrets)
            return;
        if (remember) {
            const QString secret = m_editor->profile().clientSecret;
            if (!secret.isEmpty())
                m_ctx.secrets->write(id, secret);
        } else {
            m_ctx.secrets->remove(id);
            m_editor->setKeychainStatus(tr("The secret was removed from the keychain; it stays in memory for this session."));
        }
    });
    if (!m_ctx.secrets)
        m_editor->setKeychainAvailable(false);
    fillEditor();
    emit editorBuilt();
    return m_editor;
}

ApiConsole *MainWindow::apiConsole()
{
    if (!m_api) {
        m_api = new ApiConsole;
        m_api->setObjectName(QStringLiteral("apiConsole"));
        connect(m_api, &ApiConsole::sendRequested, this, &MainWindow::callApi);
        connect(m_api, &ApiConsole::refreshAndRetryRequested, this, [this] {
            m_retryApiAfterRefresh = true;
            refreshTokens();
        });
        m_api->setTokenSource([this](const QString &choice) {
            if (!showsLiveSession())
                return QString();
            const FlowState &s = m_flow->state();
            return choice == QLatin1String("id_token") ? s.latestIdToken() : s.currentAccessToken();
        });
        if (!m_currentId.isEmpty())
            m_api->switchTo(m_currentId, currentProfile().apiUrl);
        m_api->setBusy(m_busy);
        m_api->setCanRefresh(showsLiveSession() && !m_flow->state().currentRefreshToken().isEmpty());
        if (const FlowState *s = shownState(); s && s->apiExchange)
            m_api->setResult(*s->apiExchange);
        installPanel(m_api);
    }
    return m_api;
}

HttpLogPanel *MainWindow::httpLogPanel()
{
    if (!m_httpPanel) {
        m_httpPanel = new HttpLogPanel(m_httpLog);
        m_httpPanel->setObjectName(QStringLiteral("httpLogPanel"));
        connect(m_httpPanel, &HttpLogPanel::copied, this, [this](const QString &what) { notify(tr("Copied: %1").arg(what)); });
        installPanel(m_httpPanel);
    }
    return m_httpPanel;
}

TenantPane *MainWindow::tenantPane()
{
    if (m_tenantPane)
        return m_tenantPane;
    // The Tenant tab trusts the CAs of the profiles it checks, and only for its own requests: its own client on its own
    // manager, because Qt reuses a host's open connection whatever CAs it was verified with. Its exchanges go to the
    // same HTTP log.
    auto *tenantHttp = new HttpClient(new QNetworkAccessManager(this), this);
    connect(tenantHttp, &HttpClient::exchangeFinished, m_httpLog, &HttpLogModel::append);
    m_tenantPane = new TenantPane(tenantHttp, m_ctx.clock);
    m_tenantPane->setObjectName(QStringLiteral("tenantPane"));
    TenantPane::ProfileSource tenantSource;
    tenantSource.current = [this]() -> std::optional<Profile> {
        if (m_currentId.isEmpty())
            return std::nullopt;
        Profile p = currentProfile();
        if (p.clientSecret.isEmpty())
            p.clientSecret = m_secrets.value(m_currentId);
        return p;
    };
    tenantSource.currentId = [this] { return m_currentId; };
    tenantSource.list = [this] {
        QList<QPair<QString, QString>> list;
        for (const ProfileStore::Entry &e : m_store->entries())
            list.append({e.id, e.profile.name});
        return list;
    };
    tenantSource.byId = [this](const QString &id) { return storedProfile(id); };
    tenantSource.trustedCas = [this](const QString &id) {
        const Profile p = id == m_currentId ? currentProfile() : storedProfile(id).value_or(Profile{});
        return loadCaCertificates(caCertificateFiles(p, id));
    };
    m_tenantPane->setProfileSource(tenantSource);
    m_tenantPane->setWebEngineSource([this](QString *error) { return webEngine(error); });
    m_tenantPane->refreshProfiles();
    connect(m_tenantPane, &TenantPane::notify, this, &MainWindow::notify);
    connect(m_tenantPane, &TenantPane::reportAvailableChanged, this, &MainWindow::updateActions);
    installPanel(m_tenantPane);
    return m_tenantPane;
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, void (MainWindow::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *newAction = make(QStringLiteral("newProfileAction"), tr("&New profile"), QKeySequence::New, &MainWindow::newProfile);
    QAction *importAction = make(QStringLiteral("importProfileAction"), tr("&Import profile…"), QKeySequence::Open, &MainWindow::importProfile);
    m_exportAction = make(QStringLiteral("exportProfileAction"), tr("&Export profile…"), {}, &MainWindow::exportProfile);
    m_saveAction = make(QStringLiteral("saveProfileAction"), tr("&Save profile"), QKeySequence::Save, &MainWindow::saveProfile);
    m_deleteAction = make(QStringLiteral("deleteProfileAction"), tr("&Delete profile"), {}, &MainWindow::deleteProfile);
    m_exportReportAction = make(QStringLiteral("exportReportAction"), tr("Export sign-in &report…"), {}, &MainWindow::exportSignInReport);
    m_exportTenantReportAction = make(QStringLiteral("exportTenantReportAction"), tr("Export &tenant report…"), {}, &MainWindow::exportTenantReport);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_signInAction = make(QStringLiteral("signInAction"), tr("&Sign in"), QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::signIn);
    m_refreshAction = make(QStringLiteral("refreshAction"), tr("&Refresh tokens"), QKeySequence(Qt::Key_F5), &MainWindow::refreshTokens);
    m_callApiAction = make(QStringLiteral("callApiAction"), tr("Call &API"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), &MainWindow::callApi);
    m_logoutAction = make(QStringLiteral("logoutAction"), tr("&Log out"), {}, &MainWindow::logout);
    m_revokeAction = make(QStringLiteral("revokeAction"), tr("Re&voke refresh token"), {}, &MainWindow::revokeRefreshToken);
    m_cancelAction = make(QStringLiteral("cancelAction"), tr("&Cancel"), QKeySequence(Qt::Key_Escape), &MainWindow::cancel);
    m_clearSessionAction = make(QStringLiteral("clearSessionAction"), tr("Clear &browser session"), {}, &MainWindow::clearBrowserSession);
    m_copyTokenAction = make(QStringLiteral("copyTokenAction"), tr("&Copy token"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyToken);

    QMenu *file = menuBar()->addMenu(tr("&Profile"));
    file->addActions({newAction, importAction, m_exportAction, m_saveAction, m_deleteAction});
    file->addSeparator();
    file->addActions({m_exportReportAction, m_exportTenantReportAction});
    file->addSeparator();
    file->addAction(quit);
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addActions({m_signInAction, m_refreshAction, m_callApiAction, m_revokeAction, m_logoutAction, m_cancelAction});
    session->addSeparator();
    session->addAction(m_clearSessionAction);
    QMenu *token = menuBar()->addMenu(tr("Tok&en"));
    token->addAction(m_copyTokenAction);
    // Switching tabs from anywhere in the window (a tab widget alone does it only while it has the focus), and room
    // to read: the profile pane and the timeline fold away.
    auto *nextTab = new QAction(tr("Next tab"), this);
    nextTab->setObjectName(QStringLiteral("nextTabAction"));
    nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(nextTab, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto *previousTab = new QAction(tr("Previous tab"), this);
    previousTab->setObjectName(QStringLiteral("previousTabAction"));
    previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                               QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previousTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    auto *toggleProfiles = new QAction(tr("Show the &profile pane"), this);
    toggleProfiles->setObjectName(QStringLiteral("toggleProfilePaneAction"));
    toggleProfiles->setCheckable(true);
    toggleProfiles->setChecked(true);
    toggleProfiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(toggleProfiles, &QAction::toggled, this, [this](bool on) { m_mainSplitter->widget(0)->setVisible(on); });
    auto *toggleTimeline = new QAction(tr("Show the flow &timeline"), this);
    toggleTimeline->setObjectName(QStringLiteral("toggleTimelineAction"));
    toggleTimeline->setCheckable(true);
    toggleTimeline->setChecked(true);
    toggleTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(toggleTimeline, &QAction::toggled, this, [this](bool on) { m_rightSplitter->widget(1)->setVisible(on); });
    for (QAction *a : {nextTab, previousTab, toggleProfiles, toggleTimeline}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({toggleProfiles, toggleTimeline});
    view->addSeparator();
    view->addActions({nextTab, previousTab});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("<table>"
                                    "<tr><td>Ctrl+Return</td><td>Sign in</td></tr>"
                                    "<tr><td>F5</td><td>Refresh tokens</td></tr>"
                                    "<tr><td>Ctrl+Shift+Return</td><td>Call the API</td></tr>"
                                    "<tr><td>Escape</td><td>Cancel</td></tr>"
                                    "<tr><td>Ctrl+Shift+C</td><td>Copy the token shown</td></tr>"
                                    "<tr><td>Ctrl+Tab, Ctrl+PgDown</td><td>Next tab</td></tr>"
                                    "<tr><td>Ctrl+Shift+Tab, Ctrl+PgUp</td><td>Previous tab</td></tr>"
                                    "<tr><td>Ctrl+1</td><td>Show or hide the profile pane</td></tr>"
                                    "<tr><td>Ctrl+2</td><td>Show or hide the flow timeline</td></tr>"
                                    "<tr><td>Ctrl+N, Ctrl+O, Ctrl+S</td><td>New, import, save profile</td></tr>"
                                    "</table>"));
    });
    help->addAction(tr("&About Tokenscope"), this, [this] {
        QMessageBox::about(this, tr("About Tokenscope"),
                           tr("<b>Tokenscope %1</b><br/>Sign in to an OpenID Connect provider and look inside every token.")
                               .arg(QStringLiteral(TOKENSCOPE_VERSION)));
    });

    auto *bar = addToolBar(tr("Session"));
    bar->setObjectName(QStringLiteral("sessionToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_signInAction, m_refreshAction, m_callApiAction, m_logoutAction});
    bar->addSeparator();
    bar->addActions({m_copyTokenAction, m_clearSessionAction});
}

void MainWindow::updateActions()
{
    const bool haveProfile = !m_currentId.isEmpty();
    const FlowState &s = m_flow->state();
    // The session's actions only on the profile the session belongs to: its tokens never go to another's endpoints.
    const bool live = showsLiveSession();
    m_signInAction->setEnabled(!m_busy); // without a profile it says what to do
    m_signInButton->setEnabled(!m_busy);
    m_refreshAction->setEnabled(!m_busy && live && !s.currentRefreshToken().isEmpty());
    m_callApiAction->setEnabled(!m_busy && live && !s.currentAccessToken().isEmpty());
    m_logoutAction->setEnabled(!m_busy && live && m_signedIn);
    m_revokeAction->setEnabled(!m_busy && live && !s.currentRefreshToken().isEmpty());
    m_cancelAction->setEnabled(m_busy);
    m_copyTokenAction->setEnabled(m_tokens && !m_tokens->currentToken().value.isEmpty());
    m_clearSessionAction->setEnabled(!m_busy && m_agent && m_agent->hasSession());
    m_saveAction->setEnabled(true); // without a profile it saves the form as the first one
    m_exportAction->setEnabled(haveProfile);
    m_deleteAction->setEnabled(haveProfile && !m_busy);
    const FlowState *shown = shownState();
    m_exportReportAction->setEnabled(!m_busy && shown && !shown->steps.isEmpty());
    m_exportTenantReportAction->setEnabled(m_tenantPane && m_tenantPane->hasReport() && !m_tenantPane->isBusy());
    if (m_api)
        m_api->setCanRefresh(live && !s.currentRefreshToken().isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings *s = m_ctx.settings;
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(s->value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(s->value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(s->value(QStringLiteral("window/rightSplitter")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings *s = m_ctx.settings;
    s->setValue(QStringLiteral("window/geometry"), saveGeometry());
    s->setValue(QStringLiteral("window/state"), saveState());
    s->setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    s->setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    if (!m_currentId.isEmpty())
        s->setValue(QStringLiteral("session/lastProfile"), m_currentId);
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    commitEditor();
    saveSettings();
    m_flow->cancel();
    event->accept();
}

void MainWindow::notify(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

// ---- profiles -----------------------------------------------------------------------------------------------------

QString MainWindow::settingsKey(const QString &id, const QString &name) const
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("profiles/%1/%2").arg(QString::fromLatin1(hash), name);
}

bool MainWindow::profileFlag(const QString &id, const QString &name) const
{
    return m_ctx.settings->value(settingsKey(id, name), false).toBool();
}

void MainWindow::reloadProfileList()
{
    const QSignalBlocker block(m_profileList);
    m_profileList->clear();
    for (const ProfileStore::Entry &e : m_store->entries()) {
        auto *item = new QListWidgetItem(e.profile.name, m_profileList);
        item->setData(IdRole, e.id);
        item->setToolTip(e.path + (e.problems.isEmpty() ? QString() : QStringLiteral("\n") + e.problems.join(QLatin1Char('\n'))));
        if (e.id == m_currentId)
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
        if (m_profileList->item(i)->data(IdRole).toString() == id) {
            if (id == m_currentId)
                return true;
            m_profileList->setCurrentRow(i); // -> loadCurrentProfileIntoEditor
            return true;
        }
    }
    return false;
}

void MainWindow::loadCurrentProfileIntoEditor()
{
    const std::optional<Profile> stored = storedProfile(m_currentId);
    if (!stored)
        return;
    const Profile &p = *stored;
    if (!m_secrets.contains(m_currentId) && !p.clientSecret.isEmpty())
        m_secrets.insert(m_currentId, p.clientSecret); // a secret in the file itself (the app never writes one)
    const bool keep = profileFlag(m_currentId, QStringLiteral("keepSession"));
    m_keepSession = keep;
    fillEditor();
    if (m_ctx.secrets && m_ctx.secrets->available() && profileFlag(m_currentId, QStringLiteral("rememberSecret")) && p.clientSecret.isEmpty())
        m_ctx.secrets->read(m_currentId);
    if (m_agent) {
        m_agent->setSessionKey(m_currentId);
        m_agent->setKeepSession(keep, m_ctx.webStoragePath);
    }
    if (m_api)
        m_api->switchTo(m_currentId, p.apiUrl);
    m_dirty = false;
    showSession();
    setWindowTitle(tr("%1 — Tokenscope").arg(p.name));
    m_ctx.settings->setValue(QStringLiteral("session/lastProfile"), m_currentId);
    if (m_tenantPane)
        m_tenantPane->refreshProfiles();
    updateActions();
}

std::optional<Profile> MainWindow::storedProfile(const QString &id) const
{
    const ProfileStore::Entry *e = m_store->entry(id);
    if (!e)
        return std::nullopt;
    Profile p = e->profile;
    if (m_secrets.contains(id))
        p.clientSecret = m_secrets.value(id);
    return p;
}

Profile MainWindow::currentProfile() const
{
    return m_editor ? m_editor->profile() : storedProfile(m_currentId).value_or(Profile{});
}

void MainWindow::fillEditor()
{
    const std::optional<Profile> p = storedProfile(m_currentId);
    if (!m_editor || !p)
        return; // editor() fills it when it is built
    m_editorApiUrl = p->apiUrl; // before: filling the editor is no edit of the console's URL
    m_editor->setProfile(*p);
    m_editor->setKeychainStatus(QString());
    m_editor->setKeepSession(m_keepSession);
    if (m_ctx.secrets && m_ctx.secrets->available())
        m_editor->setRememberSecret(profileFlag(m_currentId, QStringLiteral("rememberSecret")));
    else
        m_editor->setKeychainAvailable(false, m_ctx.secrets ? m_ctx.secrets->unavailableReason() : QString());
}

void MainWindow::commitEditor()
{
    if (!m_editor)
        return; // nothing can have been edited before the editor exists
    if (m_currentId.isEmpty()) {
        const Profile typed = m_editor->profile();
        if (m_dirty && m_store->entries().isEmpty() && !(typed.issuer.trimmed().isEmpty() && typed.clientId.trimmed().isEmpty()))
            saveFormAsNewProfile(); // typed on a first start: not lost
        return;
    }
    const Profile p = m_editor->profile();
    if (!p.clientSecret.isEmpty())
        m_secrets.insert(m_currentId, p.clientSecret);
    else
        m_secrets.remove(m_currentId);
    if (m_dirty && !p.name.isEmpty()) {
        QString error;
        if (m_store->save(m_currentId, p, &error).isEmpty())
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
        m_secrets.insert(id, p.clientSecret);
    m_dirty = false;
    reloadProfileList();
    selectProfile(id);
    notify(tr("Profile saved to %1").arg(id));
    return true;
}

void MainWindow::saveProfile()
{
    if (m_currentId.isEmpty()) {
        saveFormAsNewProfile(); // a first start: what was typed becomes the first profile
        return;
    }
    const Profile p = currentProfile();
    QString error;
    const QString id = m_store->save(m_currentId, p, &error);
    if (id.isEmpty()) {
        notify(tr("Could not save the profile: %1").arg(error));
        return;
    }
    m_dirty = false;
    m_secrets.insert(id, p.clientSecret);
    // The setting follows the editor's check box (rememberSecretToggled), and needs no editor before the first frame.
    if (m_ctx.secrets && m_ctx.secrets->available() && profileFlag(m_currentId, QStringLiteral("rememberSecret")) && !p.clientSecret.isEmpty())
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
        m_secrets.insert(id, secret);
    else if (entry && !entry->profile.clientSecret.isEmpty())
        m_secrets.insert(id, entry->profile.clientSecret);
    reloadProfileList();
    if (id == m_currentId)
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
        if (const ProfileStore::Entry *e = m_store->entry(id); e && !e->profile.clientSecret.isEmpty())
            m_secrets.insert(id, e->profile.clientSecret);
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
    if (m_currentId.isEmpty())
        return;
    commitEditor();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the profile"), currentProfile().name + QStringLiteral(".json"),
                                                      tr("Tokenscope profiles (*.json)"));
    if (!path.isEmpty())
        exportProfileTo(path);
}

bool MainWindow::exportProfileTo(const QString &path)
{
    if (m_currentId.isEmpty())
        return false;
    commitEditor();
    QString error;
    if (!m_store->exportTo(m_currentId, path, &error)) {
        notify(tr("Could not export: %1").arg(error));
        return false;
    }
    notify(tr("Exported to %1 (without the client secret)").arg(path));
    return true;
}

void MainWindow::deleteProfile()
{
    if (m_currentId.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(currentProfile().name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!m_store->remove(m_currentId, &error)) {
        notify(error);
        return;
    }
    if (m_ctx.secrets && profileFlag(m_currentId, QStringLiteral("rememberSecret")))
        m_ctx.secrets->remove(m_currentId);
    m_ctx.settings->remove(settingsKey(m_currentId, QString()).chopped(1));
    m_secrets.remove(m_currentId);
    m_currentId.clear();
    m_dirty = false;
    reloadProfileList();
    if (m_profileList->count() > 0)
        m_profileList->setCurrentRow(0);
    else if (m_editor)
        m_editor->setProfile(Profile{}); // the last profile is gone: an editor not built yet has nothing to clear
    updateActions();
}

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
    if (!m_currentId.isEmpty()) {
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
    m_agent->setSessionKey(m_currentId);
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
    m_banners.insert(profileId.isEmpty() ? m_currentId : profileId, {kind, text});
    applyBanner();
}

QString MainWindow::profileName(const QString &id) const
{
    if (id == m_currentId && m_editor)
        return m_editor->profile().name;
    if (const ProfileStore::Entry *e = m_store->entry(id))
        return e->profile.name;
    return id == m_sessionProfileId ? m_flow->state().profile.name : id;
}

const FlowState *MainWindow::shownState() const
{
    if (m_currentId.isEmpty())
        return nullptr;
    if (showsLiveSession())
        return &m_flow->state();
    const auto it = m_ended.constFind(m_currentId);
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
    BannerText banner = m_banners.value(m_currentId);
    if (banner.text.isEmpty() && !m_currentId.isEmpty() && !m_sessionProfileId.isEmpty() && !showsLiveSession() && m_signedIn) {
        banner = {Banner::Neutral, tr("“%1” has no session. The signed-in session belongs to “%2”: select it to see its tokens.")
                                       .arg(profileName(m_currentId), profileName(m_sessionProfileId))};
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
    if (m_currentId.isEmpty()) {
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
        p.clientSecret = m_secrets.value(m_currentId);
    const QStringList problems = validateProfile(p);
    if (!problems.isEmpty()) {
        showResult(false, tr("The profile cannot be used yet: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    const bool systemBrowser = p.usesSystemBrowser();
    if (!systemBrowser) {
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
    m_sessionProfileId = m_currentId;
    m_banners.remove(m_currentId);
    m_signedIn = false;
    m_timeline->clear(); // the HTTP log keeps every exchange; the tokens of the session so far stay until new ones come
    if (m_api)
        m_api->clearResult();
    m_authorizeUrl->clear();
    applyBanner();
    if (m_agent)
        m_agent->setSessionKey(m_currentId);
    // The system browser (loopback redirect) or the embedded one, as the profile says; logout uses the same one.
    m_flow->setUserAgent(systemBrowser ? static_cast<UserAgent *>(m_systemAgent) : m_agent);
    m_browserPane->setVisible(!systemBrowser);
    m_systemBrowser->setVisible(systemBrowser);
    if (systemBrowser)
        m_systemBrowser->prepare(p.effectiveResponseMode());
    m_flow->setProfile(p);
    setBusy(true, tr("Signing in…"));
    qCInfo(lcUi) << "sign in started";
    m_flow->start();
}

bool MainWindow::applyTrustedCas(const Profile &p)
{
    const TrustedCas cas = loadCaCertificates(caCertificateFiles(p, m_currentId));
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
QString userName(const FlowState &s)
{
    return s.userinfo.value(QStringLiteral("name")).toString(parseJwt(s.latestIdToken().toUtf8()).payload.value(QStringLiteral("sub")).toString());
}
} // namespace

void MainWindow::onFlowFinished(bool ok)
{
    setBusy(false);
    const FlowState &s = m_flow->state();
    m_signedIn = !s.currentAccessToken().isEmpty() || !s.latestIdToken().isEmpty();
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
        showBanner(Banner::Passed,
                   // "all passed" only when nothing was skipped: a skipped check did not pass.
                   (skipped ? tr("Signed in with “%1” as %2 — %3, %4 (over every token of the sign-in).")
                                  .arg(who, userName(s), tr("%n check(s) passed", nullptr, passed), tr("%n skipped", nullptr, skipped))
                            : tr("Signed in with “%1” as %2 — all %n check(s) passed.", nullptr, passed).arg(who, userName(s))),
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
    updateActions();
}

void MainWindow::onActionFinished(const QString &step, bool ok)
{
    setBusy(false);
    const FlowState &s = m_flow->state();
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
    const auto previous = m_ended.constFind(m_currentId);
    const bool live = showsLiveSession();
    if (s && hasTokens(*s)) {
        tokens()->setState(*s);
        tokens()->setNote(live ? QString() : tr("Session ended (%1): its tokens are kept for reference.").arg(previous->why));
    } else if (live && previous != m_ended.constEnd() && hasTokens(previous->state)) {
        // Logged out, or a new run without tokens (cancelled, failed early): the last tokens stay viewable.
        tokens()->setState(previous->state);
        tokens()->setNote(tr("These are the tokens of the previous session (ended: %1), kept for reference.").arg(previous->why));
    } else if (m_tokens) {
        m_tokens->clear();
        m_tokens->setNote(QString());
    }
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
    if (m_currentId.isEmpty()) {
        refuse(tr("Create or select a profile and sign in first."));
        return;
    }
    // A session's tokens go only to the API of the profile it belongs to.
    if (!showsLiveSession() || !m_signedIn) {
        if (!m_sessionProfileId.isEmpty() && !showsLiveSession() && m_signedIn)
            refuse(tr("“%1” has no session, so nothing was sent: the signed-in session belongs to “%2”, and its tokens never go "
                      "to another profile's API. Sign in with “%1” first.")
                       .arg(profileName(m_currentId), profileName(m_sessionProfileId)));
        else
            refuse(tr("“%1” has no session, so nothing was sent: sign in first.").arg(profileName(m_currentId)));
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
