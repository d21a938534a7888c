#pragma once

#include "core/oidc/FlowState.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTabWidget;
class QVBoxLayout;
class QTableView;
class QToolButton;

namespace tokenscope {
class Clock;
class SecretStore;
class HttpClient;
class OidcFlow;
class SystemBrowserUserAgent;
}

namespace tokenscope::ui {

class ApiConsole;
class AuthorizeParamsModel;
class BrowserView;
class EmbeddedUserAgent;
class HttpLogModel;
class HttpLogPanel;
class ProfileBook;
class ProfileEditor;
class ProfileStore;
class SystemBrowserPane;
class DeviceCodePane;
class TenantPane;
class TimelineModel;
class TokenPanel;
class TokenWorkbench;
class UserCard;
class WebEngineBackend;

// Tokenscope's main window: profiles on the left, the sign-in (login page and authorize URL), tokens, user, API
// console and HTTP log in tabs, and the flow timeline below. Everything it needs is passed in (no singletons).
// Its profiles live in a ProfileBook (shared with the Tenant tab). The implementation has three rooms:
// MainWindow.cpp (construction, profiles, reports), MainWindowUi.cpp (widgets, the panels built on first need,
// actions) and MainWindowSession.cpp (the sign-in session and the actions on it).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Context
    {
        QNetworkAccessManager *nam = nullptr; // required: every request of the window goes through it
        QSettings *settings = nullptr;        // required: window layout, last profile, per-profile options
        const Clock *clock = nullptr;         // required: token times and validation
        QString profilesDirectory;            // where profiles are stored (AppConfigLocation/profiles)
        SecretStore *secrets = nullptr;       // the system keychain; null = none (secrets stay in memory)
        QString webStoragePath;               // web-engine storage for profiles that keep their sign-in session
        std::function<bool(const QUrl &)> openUrl; // system-browser profiles: opens a URL there (default QDesktopServices::openUrl)
        QStringList callbackSchemes;          // custom callback schemes to know besides those of the stored profiles
    };

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a profile file (not copied; saved back to it) and selects it. secret: a client secret from elsewhere
    // (environment), kept in memory only.
    bool openProfileFile(const QString &path, const QString &secret = {}, QString *error = nullptr);
    bool selectProfile(const QString &id);
    // What "Import profile…" and "Export profile…" do once their file dialog has a path; false with a message in the
    // status bar when the file cannot be read or written (an export never contains the client secret). An import first
    // shows what the profile will contact and trust (ProfileImportDialog, window-modal): true means that dialog is open,
    // and the profile is added when the user confirms it. An import first
    // shows what the profile will contact and trust (ProfileImportDialog, window-modal): true means that dialog is open,
    // and the profile is added when the user confirms it.
    bool importProfileFrom(const QString &path);
    bool exportProfileTo(const QString &path);
    QString currentProfileId() const;

    // Shows the Workbench tab with this token decoded (`tokenscope --inspect TOKEN|-`).
    void inspectToken(const QString &token);

    // Automation and test hook: the embedded browser fills the provider's login pages with these credentials.
    void setLoginAutofill(const QString &username, const QString &password);

    const FlowState &flowState() const;
    OidcFlow *flow() const { return m_flow; }
    bool isBusy() const { return m_busy; }

    // Writes the report of the last sign-in (and what came after it: API, refresh, logout) as JSON or HTML, by the
    // file name's extension: the same report as `tokenscope-cli login`, secrets redacted. False with `error` otherwise.
    bool writeSignInReport(const QString &path, QString *error = nullptr);

public slots:
    void signIn();
    void refreshTokens();
    void callApi();
    void revokeRefreshToken();
    void cancel();
    void logout();
    void copyToken();
    void clearBrowserSession();
    void saveProfile();
    void newProfile();
    void importProfile();
    void exportProfile();
    void deleteProfile();
    void exportSignInReport();  // asks for a .json or .html file
    void exportTenantReport();  // the Tenant tab's lint and probes

signals:
    void busyChanged(bool busy);
    void editorBuilt(); // the profile editor exists (right after the first frame, or earlier when needed)
    // The embedded browser finished loading a page of the provider (never the callback, which is not loaded).
    void browserPageLoaded(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The rest of signIn() once the profile is usable (and, for grant password, the user gave the credentials).
    void startSignIn(const Profile &p, const QString &username, const QString &password);
    // The profile list's items carry their profile's id in this role.
    static constexpr int ProfileIdRole = Qt::UserRole + 1;

    // MainWindowUi.cpp: the widgets, the panels built on first need, the actions.
    void buildUi();
    void buildActions();
    void restoreSettings();
    void saveSettings();
    void reloadProfileList();
    void loadCurrentProfileIntoEditor();
    void commitEditor();
    bool saveFormAsNewProfile(); // no profile yet: the form becomes the first one (and the current)
    void fillEditor(); // the current profile into the editor, if it has been built
    Profile currentProfile() const;               // as edited (as stored while the editor is not built yet)
    // The profile editor, built after the first frame or on first need (the other widgets do not wait for it).
    ProfileEditor *editor();
    void setBusy(bool busy, const QString &what = {});
    enum class Banner { Passed, Failed, Neutral };
    // The result banner of a profile (the current one by default): shown while that profile is the current one.
    void showResult(bool ok, const QString &text);
    void showBanner(Banner kind, const QString &text, const QString &profileId = {});
    void applyBanner();
    // Each session belongs to its profile: the live one (in m_flow) to m_sessionProfileId, an ended one in m_ended.
    // shownState() is the session of the current profile (null: none); showSession() puts it on screen.
    const FlowState *shownState() const;
    bool showsLiveSession() const;
    void showSession();
    // The token panel: the shown session's tokens, or (a run without tokens: cancelled, failed early) the previous
    // session's, with a note saying that they are of an ended session.
    void updateTokenView();
    QString profileName(const QString &id) const;
    void updateActions();
    void updateTimelineShown(); // as the View menu says, and never under the Tenant or Workbench tab
    void onFlowFinished(bool ok);
    void onActionFinished(const QString &step, bool ok);
    void onTokensChanged();
    void notify(const QString &text);
    // The caught authorization response as a front-channel entry of the HTTP log (where it arrived, its parameters).
    void logCallback();
    // After "the discovery document names another issuer": the editor offers that issuer, in one click.
    void offerDocumentIssuer();
    // The web engine (the plugin lib/webview), loaded on first need with every known callback scheme registered;
    // null with *error when it cannot be loaded.
    WebEngineBackend *webEngine(QString *error = nullptr);
    QStringList knownCallbackSchemes() const;
    // The embedded browser's user agent and view, created with the web engine; false with *error when it cannot be.
    bool ensureEmbeddedBrowser(QString *error);
    void openDeviceVerificationEmbedded(); // the device pane's "Open in the embedded browser"
    bool applyTrustedCas(const Profile &p); // the profile's "caCertificates" for requests and the login page; false: shown why
    // The tabs after "Sign in" are built the first time they are shown or have something to show (a placeholder page
    // of the same object name holds each one's place until then), so the window's first frame does not wait for them.
    TokenPanel *tokens();
    UserCard *userCard();
    ApiConsole *apiConsole();
    HttpLogPanel *httpLogPanel();
    TenantPane *tenantPane();
    TokenWorkbench *workbench();
    void installPanel(QWidget *panel);

    Context m_ctx;
    HttpClient *m_http;
    EmbeddedUserAgent *m_agent = nullptr; // the embedded browser, from the web engine plugin: null until needed
    SystemBrowserUserAgent *m_systemAgent; // for profiles with "browser": "system"
    OidcFlow *m_flow;
    ProfileBook *m_book; // the profiles, their secrets and settings, and which one is current (shared with the Tenant tab)
    ProfileStore *m_store; // the book's
    TimelineModel *m_timeline;
    HttpLogModel *m_httpLog;

    QString m_editorApiUrl; // the profile's API URL as the editor last showed it
    QString m_sessionProfileId; // whose session m_flow holds (set by signIn)
    struct EndedSession
    {
        FlowState state;
        QString why;
    };
    QHash<QString, EndedSession> m_ended; // the last ended session of each profile
    QHash<QString, QString> m_passwordUsers; // grant password: the username last given, per profile id (never the password)
    // Each profile's history: its sign-ins, oldest first, at most MaxRuns, each with the state it ended with (the live
    // one's as of its last step). The token panel shows any of them and compares any two tokens.
    struct RunRecord
    {
        int number = 0;
        QDateTime startedAt;
        FlowState state;
        QString ended; // why it ended; empty while it is the live session
    };
    static constexpr int MaxRuns = 10;
    QHash<QString, QList<RunRecord>> m_runs;
    QHash<QString, int> m_runNumbers;
    bool m_runLive = false; // the last run of m_sessionProfileId is the live session
    void syncLiveRun();     // the live run takes the flow's state
    void endLiveRun(const QString &why);
    void updateHistoryView(const FlowState *displayed);
    struct BannerText
    {
        Banner kind = Banner::Neutral;
        QString text;
    };
    QHash<QString, BannerText> m_banners; // per profile id
    bool m_dirty = false;
    bool m_busy = false;
    bool m_retryApiAfterRefresh = false;
    bool m_signedIn = false;
    bool m_keepSession = false; // the current profile keeps its browser session (applied when m_agent exists)
    QString m_autofillUsername, m_autofillPassword;

    QSplitter *m_mainSplitter = nullptr, *m_rightSplitter = nullptr, *m_signInSplitter = nullptr;
    QListWidget *m_profileList = nullptr;
    QScrollArea *m_editorScroll = nullptr;
    ProfileEditor *m_editor = nullptr; // see editor()
    QTabWidget *m_tabs = nullptr;
    QWidget *m_signInTab = nullptr;
    QLineEdit *m_authorizeUrl = nullptr;
    AuthorizeParamsModel *m_authorizeParams = nullptr; // the authorize URL's parameters, decoded
    QToolButton *m_paramsToggle = nullptr;
    QTableView *m_paramsView = nullptr;
    QWidget *m_welcome = nullptr;       // the first start's welcome, while there is no profile
    QWidget *m_browserPane = nullptr;   // holds the placeholder, then the embedded browser's view
    QLabel *m_browserPlaceholder = nullptr;
    BrowserView *m_browser = nullptr;    // null until the web engine is loaded
    SystemBrowserPane *m_systemBrowser = nullptr;
    DeviceCodePane *m_devicePane = nullptr; // the device grant's code, address, QR and countdown (RFC 8628)
    QTableView *m_timelineView = nullptr;
    TokenPanel *m_tokens = nullptr;
    UserCard *m_user = nullptr;
    ApiConsole *m_api = nullptr;
    HttpLogPanel *m_httpPanel = nullptr;
    TenantPane *m_tenantPane = nullptr;
    TokenWorkbench *m_workbench = nullptr;
    QHash<QString, QWidget *> m_placeholders; // object name -> placeholder page of a panel not built yet
    QVBoxLayout *m_topLayout = nullptr; // above the tabs
    QLabel *m_result = nullptr;         // the result banner: null until there is a result to show
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_signInButton = nullptr;
    QToolButton *m_exportButton = nullptr, *m_deleteButton = nullptr; // the profile pane's, like their actions
    QLabel *m_busyLabel = nullptr;

    QAction *m_toggleTimelineAction = nullptr;
    QAction *m_signInAction = nullptr, *m_refreshAction = nullptr, *m_callApiAction = nullptr, *m_cancelAction = nullptr,
            *m_logoutAction = nullptr, *m_revokeAction = nullptr, *m_copyTokenAction = nullptr, *m_clearSessionAction = nullptr,
            *m_saveAction = nullptr, *m_exportAction = nullptr, *m_deleteAction = nullptr,
            *m_exportReportAction = nullptr, *m_exportTenantReportAction = nullptr;
};

} // namespace tokenscope::ui
