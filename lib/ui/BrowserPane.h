#pragma once

#include "UserAgent.h"

#include <QHash>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWidget>

class QLineEdit;
class QLabel;
class QStackedLayout;
class QWebEngineProfile;
class QWebEngineView;
class QToolButton;

namespace tokenscope {
class WebEngineUserAgent;
}

namespace tokenscope::ui {

// The UserAgent the main window's OidcFlow talks to. It starts the web engine only when a sign-in needs it (so the
// window shows before Chromium is loaded), and keeps one web-engine profile per Tokenscope profile ("session key"),
// off the record unless "keep sign-in session" is on, so SSO cookies never leak between tenants.
class EmbeddedUserAgent : public UserAgent
{
    Q_OBJECT
public:
    explicit EmbeddedUserAgent(QObject *parent = nullptr);
    ~EmbeddedUserAgent() override;

    void setSessionKey(const QString &key);
    QString sessionKey() const { return m_key; }
    // Applies to sessions created from now on (persistent storage under storagePath).
    void setKeepSession(bool keep, const QString &storagePath = {});
    bool keepSession() const { return m_keep; }

    // Automation / test hook: fill the provider's login pages with these credentials (WebEngineUserAgent::setCredentials).
    void setAutofillCredentials(const QString &username, const QString &password);

    // Forgets cookies, cache and storage of the current session (the next sign-in starts logged out).
    void clearSession();
    bool hasSession() const { return m_sessions.contains(m_key); }
    // The web engine's page of the current session, created (and the web engine started) on demand.
    QWebEnginePage *page();

    void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) override;
    void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) override;
    void cancel() override;

signals:
    // A new page replaced the previous one (new session or cleared session): views must show this one.
    void pageChanged(QWebEnginePage *page);
    // The current session is about to be destroyed: views must let go of its page now.
    void aboutToDestroyPage(QWebEnginePage *page);

private:
    struct Session
    {
        QWebEngineProfile *profile = nullptr;
        WebEngineUserAgent *agent = nullptr;
    };
    WebEngineUserAgent *agent();
    void destroy(Session &session);

    QString m_key;
    QHash<QString, Session> m_sessions;
    bool m_keep = false;
    QString m_storagePath;
    QString m_username, m_password;
};

// The embedded browser: a read-only address bar (with a padlock for https) above the web view. The view is created
// on first use; while no sign-in runs, a placeholder explains what will appear here.
class BrowserPane : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserPane(EmbeddedUserAgent *agent, QWidget *parent = nullptr);

    // Shows the login page (creates the view on first call).
    void showBrowser();
    // Steps aside after the callback: the view is hidden and a note says why.
    void stepAside(const QString &note);
    bool isBrowserVisible() const;
    QWebEngineView *view() const { return m_view; }

private:
    void attach(QWebEnginePage *page);
    void updateAddress(const QUrl &url);

    EmbeddedUserAgent *m_agent;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWidget *m_browser;
    QLineEdit *m_address;
    QLabel *m_secure;
    QPointer<QWebEngineView> m_view;
};

} // namespace tokenscope::ui
