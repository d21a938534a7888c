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
#include "ui/profiles/ProfileStore.h"
#include "ui/common/ReportExport.h"
#include "ui/common/WrappedLabel.h"
#include "keychain/SecretStore.h"
#include "ui/device/DeviceCodePane.h"
#include "ui/signin/SystemBrowserPane.h"
#include "browser/SystemBrowserUserAgent.h"
#include "ui/tenant/TenantPane.h"
#include "core/http/TrustedCas.h"
#include "ui/signin/AuthorizeParamsModel.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tokens/TokenPanel.h"
#include "ui/workbench/TokenWorkbench.h"
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
#include <QScreen>
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
    m_profileList->setAccessibleName(tr("Profiles"));
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
    m_exportButton = addButton(QStringLiteral("exportProfileButton"), tr("Export…"), tr("Export the profile to a file (never with the secret)"));
    connect(m_exportButton, &QToolButton::clicked, this, &MainWindow::exportProfile);
    m_deleteButton = addButton(QStringLiteral("deleteProfileButton"), tr("Delete"), tr("Delete the profile"));
    connect(m_deleteButton, &QToolButton::clicked, this, &MainWindow::deleteProfile);
    profileButtons->addStretch(1);
    leftLayout->addLayout(profileButtons);
    auto *scroll = new QScrollArea(left);
    scroll->setObjectName(QStringLiteral("profileEditorScroll"));
    scroll->setAccessibleName(tr("Profile"));
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
    // The request decoded: each parameter, its value (secrets never) and what it is for.
    m_paramsToggle = new QToolButton(m_signInTab);
    m_paramsToggle->setObjectName(QStringLiteral("authorizeParamsToggle"));
    m_paramsToggle->setText(tr("Pa&rameters"));
    m_paramsToggle->setCheckable(true);
    m_paramsToggle->setToolTip(tr("Show the authorization request's parameters, decoded"));
    copyUrl->setToolTip(tr("Copy the authorize URL"));
    urlLabel->setBuddy(m_authorizeUrl);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_authorizeUrl, 1);
    urlRow->addWidget(m_paramsToggle);
    urlRow->addWidget(copyUrl);
    signInLayout->addLayout(urlRow);
    // The table is hidden until the toggle opens it: built right after the first frame, which does not show it (a
    // table view and its header are a few percent of the instructions to the first frame, callgrind).
    afterFirstFrame(this, [this, signInLayout, urlRow] {
        m_paramsView = new QTableView(m_signInTab);
        m_paramsView->setObjectName(QStringLiteral("authorizeParams"));
        m_paramsView->setAccessibleName(tr("Parameters of the authorization request"));
        m_paramsView->setModel(m_authorizeParams);
        m_paramsView->verticalHeader()->hide();
        m_paramsView->setWordWrap(false);
        m_paramsView->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_paramsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_paramsView->setAlternatingRowColors(true);
        m_paramsView->verticalHeader()->setDefaultSectionSize(m_paramsView->fontMetrics().height() + 8);
        m_paramsView->horizontalHeader()->setSectionResizeMode(AuthorizeParamsModel::NameColumn, QHeaderView::ResizeToContents);
        m_paramsView->horizontalHeader()->setSectionResizeMode(AuthorizeParamsModel::ValueColumn, QHeaderView::Interactive);
        m_paramsView->horizontalHeader()->setStretchLastSection(true);
        m_paramsView->setMaximumHeight(m_paramsView->verticalHeader()->defaultSectionSize() * 9 + m_paramsView->horizontalHeader()->sizeHint().height() + 4);
        m_paramsView->setVisible(m_paramsToggle->isChecked());
        signInLayout->insertWidget(signInLayout->indexOf(urlRow) + 1, m_paramsView);
        connect(m_paramsToggle, &QToolButton::toggled, m_paramsView, &QWidget::setVisible);
        connect(m_authorizeParams, &QAbstractItemModel::modelReset, this, [this] {
            // The value as wide as it needs up to a third of the view: the meaning keeps its room.
            m_paramsView->resizeColumnToContents(AuthorizeParamsModel::ValueColumn);
            m_paramsView->setColumnWidth(AuthorizeParamsModel::ValueColumn,
                                         qMin(m_paramsView->columnWidth(AuthorizeParamsModel::ValueColumn), qMax(200, m_paramsView->width() / 2)));
        });
    });
    // The embedded browser's place: a note until the first sign-in loads the web engine and puts its view here.
    // A first start (no profile yet): what to do, instead of a form that seems to belong to nothing.
    m_welcome = new QWidget(m_signInTab);
    m_welcome->setObjectName(QStringLiteral("welcomePane"));
    {
        auto *w = new QVBoxLayout(m_welcome);
        w->addStretch(1);
        // Plain text in a heading's font (what <h2> gives: bold, one and a half times the size), not rich text: a
        // rich-text label builds a QTextDocument before the first frame.
        auto *title = new QLabel(tr("Welcome to Tokenscope"), m_welcome);
        title->setObjectName(QStringLiteral("welcomeTitle"));
        title->setTextFormat(Qt::PlainText);
        QFont titleFont = title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
        titleFont.setBold(true);
        title->setFont(titleFont);
        title->setAlignment(Qt::AlignCenter);
        auto *text = new WrappedLabel(tr("A profile says which provider to sign in to and as which application. Start with one "
                                         "of these, or fill in the form on the left and press Save profile."),
                                      m_welcome);
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
        w->addSpacing(12);
        w->addStretch(2);
    }
    // The demo: a local tenant with a test user, started by a script of the source tree. A word-wrapped rich-text label
    // costs the first layout a width search (a fifth of the instructions to the first frame, callgrind), so it joins
    // the page right after the first frame, below the buttons.
    afterFirstFrame(this, [this] {
        auto *demo = new WrappedLabel(tr("No provider at hand? In Tokenscope's source tree, <b>scripts/demo</b> starts a local demo "
                                         "tenant and opens this window with a profile for it (user <b>alice</b>, password "
                                         "<b>wonderland-42</b>)."),
                                      m_welcome);
        demo->setObjectName(QStringLiteral("welcomeDemo"));
        demo->setAlignment(Qt::AlignCenter);
        demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *layout = static_cast<QVBoxLayout *>(m_welcome->layout());
        layout->insertWidget(layout->count() - 1, demo); // before the closing stretch
    });
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
    m_devicePane = new DeviceCodePane(m_flow, m_signInTab);
    m_devicePane->hide();
    signInLayout->insertWidget(signInLayout->indexOf(m_browserPane), m_devicePane);
    connect(m_devicePane, &DeviceCodePane::openInEmbeddedBrowserRequested, this, &MainWindow::openDeviceVerificationEmbedded);
    m_tabs->addTab(m_signInTab, tr("Sign &in"));

    // The other tabs: placeholders until first shown or needed (tokens(), userCard(), apiConsole(), httpLogPanel(),
    // tenantPane(), workbench() build them). The Workbench has no mnemonic: every letter of its name (in English and
    // German) already opens something on some tab (TestWindowSessions::mnemonicsAreUniquePerTab); Ctrl+Tab reaches it.
    const std::pair<QString, QString> lazyTabs[] = {
        {QStringLiteral("tokenPanel"), tr("&Tokens")},     {QStringLiteral("userCard"), tr("&User")},
        {QStringLiteral("apiConsole"), tr("&API console")}, {QStringLiteral("httpLogPanel"), tr("HTTP &log")},
        {QStringLiteral("tenantPane"), tr("Te&nant")},     {QStringLiteral("tokenWorkbench"), tr("Workbench")},
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
        else if (name == QLatin1String("tokenWorkbench"))
            workbench();
    });

    auto *timelineBox = new QWidget(m_rightSplitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 6, 0);
    auto *timelineLabel = new QLabel(tr("Flow timeline"), timelineBox);
    timelineLabel->setFont(bold);
    timelineLayout->addWidget(timelineLabel);
    m_timelineView = new QTableView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setAccessibleName(tr("Flow timeline"));
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
    m_timelineView->setMinimumHeight(3 * (m_timelineView->fontMetrics().height() + 8) + 4); // its header and two steps
    timelineLayout->addWidget(m_timelineView, 1);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({560, 220});
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({360, 1000});
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
        const QString id = current->data(ProfileIdRole).toString();
        if (id == m_book->currentId())
            return;
        commitEditor();
        m_book->setCurrentId(id);
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
        connect(m_tokens, &TokenPanel::openInWorkbench, this, &MainWindow::inspectToken);
        if (const FlowState *s = shownState(); s && !s->steps.isEmpty())
            m_tokens->setState(*s);
        installPanel(m_tokens);
        updateTokenView(); // and the profile's history of runs
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
        m_book->setEdited(m_editor->profile());
        updateActions();
        // The API URL field typed into goes to the console (a draft of the console is not overwritten otherwise).
        if (const QString url = m_editor->profile().apiUrl; url != m_editorApiUrl) {
            m_editorApiUrl = url;
            if (!m_book->currentId().isEmpty() && m_api)
                m_api->setUrl(url);
        }
    });
    connect(m_editor, &ProfileEditor::keepSessionToggled, this, [this](bool keep) {
        m_book->setFlag(m_book->currentId(), QStringLiteral("keepSession"), keep);
        m_keepSession = keep;
        if (m_agent) {
            m_agent->clearSession();
            m_agent->setKeepSession(keep, m_ctx.webStoragePath);
        }
    });
    connect(m_editor, &ProfileEditor::rememberSecretToggled, this, [this](bool remember) {
        const QString id = m_book->currentId();
        m_book->setFlag(id, QStringLiteral("rememberSecret"), remember);
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
        if (!m_book->currentId().isEmpty())
            m_api->switchTo(m_book->currentId(), currentProfile().apiUrl);
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
    m_tenantPane->setProfileBook(m_book);
    m_tenantPane->setWebEngineSource([this](QString *error) { return webEngine(error); });
    m_tenantPane->refreshProfiles();
    connect(m_tenantPane, &TenantPane::notify, this, &MainWindow::notify);
    connect(m_tenantPane, &TenantPane::reportAvailableChanged, this, &MainWindow::updateActions);
    installPanel(m_tenantPane);
    return m_tenantPane;
}

TokenWorkbench *MainWindow::workbench()
{
    if (m_workbench)
        return m_workbench;
    TokenWorkbench::Context context;
    context.http = m_http;
    context.clock = m_ctx.clock;
    context.profile = [this] {
        if (m_book->currentId().isEmpty())
            return Profile{};
        Profile p = currentProfile();
        if (p.clientSecret.isEmpty())
            p.clientSecret = m_book->secret(m_book->currentId());
        loadClientKey(p, m_book->currentId()); // introspection with private_key_jwt; a key that cannot be read is refused there
        return p;
    };
    m_workbench = new TokenWorkbench(context);
    m_workbench->setObjectName(QStringLiteral("tokenWorkbench"));
    installPanel(m_workbench);
    return m_workbench;
}

void MainWindow::inspectToken(const QString &token)
{
    workbench()->inspect(token);
    m_tabs->setCurrentWidget(m_workbench);
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
    m_toggleTimelineAction = toggleTimeline;
    connect(toggleTimeline, &QAction::toggled, this, [this] { updateTimelineShown(); });
    // The timeline is the sign-in's: the Tenant tab, with results and a detail line of its own, gets its room.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { updateTimelineShown(); });
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

void MainWindow::updateTimelineShown()
{
    const QWidget *current = m_tabs->currentWidget();
    // The Tenant and Workbench tabs are about no sign-in: the timeline steps aside.
    const bool own = current && (current->objectName() == QLatin1String("tenantPane") || current->objectName() == QLatin1String("tokenWorkbench"));
    m_rightSplitter->widget(1)->setVisible(m_toggleTimelineAction->isChecked() && !own);
}

void MainWindow::updateActions()
{
    const bool haveProfile = !m_book->currentId().isEmpty();
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
    m_exportButton->setEnabled(m_exportAction->isEnabled());
    m_deleteButton->setEnabled(m_deleteAction->isEnabled());
    const FlowState *shown = shownState();
    m_exportReportAction->setEnabled(!m_busy && shown && !shown->steps.isEmpty());
    m_exportTenantReportAction->setEnabled(m_tenantPane && m_tenantPane->hasReport() && !m_tenantPane->isBusy());
    if (m_api)
        m_api->setCanRefresh(live && !s.currentRefreshToken().isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings *s = m_ctx.settings;
    if (!restoreGeometry(s->value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: roomy, but never larger than the screen (a 1280x800 laptop keeps the window's right edge).
        QSize size(1360, 860);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.92);
        resize(size);
    }
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
    if (!m_book->currentId().isEmpty())
        s->setValue(QStringLiteral("session/lastProfile"), m_book->currentId());
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

} // namespace tokenscope::ui
