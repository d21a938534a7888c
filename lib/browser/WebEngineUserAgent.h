#pragma once

#include "UserAgent.h"

#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QWebEnginePage>

class QWebEngineProfile;
class QWebEngineUrlRequestInterceptor;

namespace tokenscope {

class CallbackPage;

// UserAgent on Qt WebEngine: loads /authorize in a CallbackPage, catches the callback (query, fragment, form_post;
// https, loopback http or custom scheme) without loading it, and, when credentials or a fill script are set, fills the
// provider's login pages itself (headless `tokenscope-cli login`, GUI tests).
class WebEngineUserAgent : public UserAgent
{
    Q_OBJECT
public:
    // profile: the web-engine profile (cookies, cache) to use; off the record unless the caller chose otherwise.
    explicit WebEngineUserAgent(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~WebEngineUserAgent() override;

    QWebEnginePage *page() const;

    // Headless filling: username+password on one page, identifier-first on two pages, and a consent page with one
    // accept button. A fill script, when set, runs on every loaded page instead.
    void setCredentials(const QString &username, const QString &password);
    void setFillScript(const QString &javaScript);
    // A page that neither finishes loading nor leads anywhere within this time fails the attempt (0 = no limit,
    // for a human at the keyboard).
    void setPageTimeoutMs(int ms) { m_pageTimeoutMs = ms; }
    // Headless: a page that fails to load ends the attempt. Interactive: the user sees the error page instead.
    void setFailOnLoadError(bool fail) { m_failOnLoadError = fail; }
    // Certificates trusted in addition to the system's (the user's explicit choice, as HttpClient::setExtraCaCertificates):
    // a page whose only certificate problem is an unknown authority loads when its chain verifies against one of these
    // for the page's host. Every other certificate error still fails the page.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas = certificates; }

    void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) override;
    void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) override;
    void cancel() override;

    static QString fillerScript(const QString &username, const QString &password);

private:
    void begin(const QUrl &url, const QUrl &redirectUri);
    void onCallbackNavigation(const QUrl &url, QWebEnginePage::NavigationType type);
    void onLoadFinished(bool ok);
    void deliverFormPost(const QUrl &url);
    void fail(const QString &reason, const QString &code = QString());
    void armTimeout();

    QWebEngineProfile *m_profile;
    CallbackPage *m_page = nullptr;
    QWebEngineUrlRequestInterceptor *m_interceptor = nullptr;
    QString m_username;
    QString m_password;
    QString m_fillScript;
    QString m_responseMode;
    QTimer m_timeout;
    int m_pageTimeoutMs = 30000;
    bool m_failOnLoadError = true;
    bool m_active = false;
    bool m_logout = false;
    int m_passwordSubmissions = 0;
    int m_fills = 0;
    QString m_lastLoadError;
    QList<QSslCertificate> m_extraCas;
};

} // namespace tokenscope
