#pragma once

#include "core/oidc/UserAgent.h"

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

    // Headless filling (filler.js): waits for the form to appear (pages that render it with JavaScript too), types
    // username and password as a person does, identifier-first on one or two pages, a one-time-code page (with a TOTP
    // key), consent and "Continue"/"Stay signed in?" pages with one button to press, and confirms a logout page with
    // one confirm button. A fill script, when set, runs on every loaded page instead; it can read the credentials from
    // the object `tokenscope` (username, password, totp) of its isolated world, never visible to the page.
    void setCredentials(const QString &username, const QString &password);
    void setFillScript(const QString &javaScript);
    // The TOTP key (RFC 6238, already decoded from base32: totp::decodeBase32) for one-time-code pages; empty: none.
    void setTotpKey(const QByteArray &key) { m_totpKey = key; }
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
    // RFC 8628 3.3: loads the verification page; with credentials the built-in filler types the user code (and signs
    // in, and approves) itself; a fill script reads it as tokenscope.userCode. No callback ends it: the engine cancels
    // it when the polling ends.
    bool startVerification(const QUrl &verificationUri, const QString &userCode) override;

    // The built-in filler's script for one call (filler.js applied to its arguments), for tests and the system-browser
    // tests' opener page.
    static QString fillerScript(const QString &username, const QString &password, const QString &code = QString());
    // The object a fill script reads its credentials from, as a JavaScript statement to put before the script.
    static QString fillScriptPrelude(const QString &username, const QString &password, const QString &code,
                                     const QString &userCode = QString());

private:
    void begin(const QUrl &url, const QUrl &redirectUri);
    void onCallbackNavigation(const QUrl &url, QWebEnginePage::NavigationType type);
    void onLoadFinished(bool ok);
    void deliverFormPost(const QUrl &url);
    void fail(const QString &reason, const QString &code = QString());
    // Fails after asking the page what it shows (title, fields, buttons; never values), appended to the reason.
    void failDescribing(const QString &reason, const QString &code = QString());
    void stop();
    void armTimeout();
    bool builtInFilling() const;
    void tick();
    void onTick(const QUrl &url, const QVariant &result);
    QString currentCode() const;

    QWebEngineProfile *m_profile;
    CallbackPage *m_page = nullptr;
    QWebEngineUrlRequestInterceptor *m_interceptor = nullptr;
    QString m_username;
    QString m_password;
    QString m_fillScript;
    QString m_userCode; // the device flow's user code for the verification page; empty otherwise
    QString m_responseMode;
    QTimer m_timeout;
    int m_pageTimeoutMs = 30000;
    bool m_failOnLoadError = true;
    bool m_active = false;
    bool m_logout = false;
    bool m_silent = false; // the authorize request has prompt=none: the built-in filler fills nothing (Core 3.1.2.1)
    QByteArray m_totpKey;
    QTimer m_poll;
    int m_passwordSubmissions = 0;
    int m_codeSubmissions = 0;
    int m_userCodeSubmissions = 0;
    int m_actions = 0;
    int m_fills = 0;
    bool m_tickPending = false;
    int m_pollsWhilePending = 0;
    bool m_logoutConfirmed = false;
    QStringList m_actionLog; // what the filler did, by label (never a value), for the failure's description
    quint64 m_attempt = 0;
    QString m_lastLoadError;
    QList<QSslCertificate> m_extraCas;
};

} // namespace tokenscope
