#pragma once

#include "core/oidc/UserAgent.h"

#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace tokenscope {

class LoopbackListener;

// UserAgent on the system browser (RFC 8252, OAuth 2.0 for native apps): the provider's login page opens in the
// user's default browser, and the provider redirects back to a loopback listener (LoopbackListener, on Qt HTTP Server)
// on the redirect URI's IP literal (http://127.0.0.1/... or http://[::1]/...) and a free port picked for every attempt
// (or the port the redirect URI names). For providers that refuse embedded web views,
// and for logins that need the user's own browser (passkeys, password manager, an existing SSO session).
//
// Response modes: query reaches the listener directly. A fragment never leaves the browser, so the page the listener
// answers with carries a small script that requests the same path again with the fragment as query (marked with
// RelayParameter); the callback is then reported with those parameters back in the fragment, as the engine expects.
// form_post cannot work (the listener only sees the request URL, never a POST body) and is refused by
// prepareAuthorization() before anything is opened.
//
// The listener takes one answer only, the one carrying the state of the authorize URL it was started for: a request
// with another state or none (another local program, a page posting to the port) gets a plain 404, is logged (never
// its values) and the listener goes on waiting; so does a request to another path, with another method or for another
// host name. It stops on the first valid answer, on cancel and on timeout; after that the port refuses connections.
//
// Logout: with a loopback post-logout redirect URI the redirect is caught the same way; otherwise the logout page is
// only handed to the browser and callbackReceived comes with an empty URL (the end of the logout is not observable).
class SystemBrowserUserAgent : public UserAgent
{
    Q_OBJECT
public:
    // Opens a URL in the system browser; false when it could not be opened.
    using Opener = std::function<bool(const QUrl &url)>;

    explicit SystemBrowserUserAgent(QObject *parent = nullptr);
    ~SystemBrowserUserAgent() override;

    // QDesktopServices::openUrl unless set (tests play the browser with their own).
    void setOpener(Opener opener);
    // Nothing arriving within this time fails the attempt and stops listening (default 5 minutes; 0 = no limit).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    bool isListening() const;
    // The redirect URI the listener answers (http://127.0.0.1:PORT/path); empty when not listening.
    QUrl listeningUri() const;
    // The authorize or logout URL handed to the browser last (for "open again" and for showing it).
    QUrl lastOpenedUrl() const { return m_openedUrl; }
    // Hands the last URL to the browser again while the listener waits (the user closed the tab by mistake).
    bool openAgain();

    QUrl prepareAuthorization(const QUrl &redirectUri, const QString &responseMode, QString *error) override;
    QUrl prepareLogout(const QUrl &postLogoutRedirect, QString *error) override;
    void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) override;
    void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) override;
    // Stops listening: the port refuses connections afterwards.
    void cancel() override;

    // The query parameter the callback page's script adds when it relays a fragment.
    static QString relayParameter();
    // The callback URL as the engine expects it, from the redirect URI the listener answers and the query parameters it
    // received: relayed fragment parameters go back into the fragment, the rest into the query; the redirect URI's own
    // query parameters stay. *isResponse is false when nothing beyond the redirect URI's own parameters arrived (the
    // first request of a fragment response, whose parameters the page's script is about to relay).
    static QUrl callbackUrl(const QUrl &redirectUri, const QVariantMap &received, bool *isResponse);
    // The HTML the browser tab shows: "you can close this tab", plus the fragment relay.
    static QString callbackPageHtml();

signals:
    // The browser was handed the authorize (or logout) URL; the listener waits on listeningUri.
    void waitingForBrowser(const QUrl &openedUrl, const QUrl &listeningUri);
    // The listener stopped: callback received, failed, timed out or cancelled.
    void stopped();

private:
    enum class Phase { Idle, Authorization, Logout };

    QUrl listen(const QUrl &redirectUri, QString *error);
    void stopListening();
    // The listener's decider: the page to answer with, or nullopt for 404.
    std::optional<QByteArray> onRequest(LoopbackListener *listener, const QUrlQuery &query);
    bool open(const QUrl &url);
    void finish(const QUrl &callbackUrl);
    void fail(const QString &reason);
    void failLater(const QString &reason);

    Opener m_opener;
    QPointer<LoopbackListener> m_handler;
    QPointer<LoopbackListener> m_retired; // closed; deleted with the next one (its last answer may still be in flight)
    QUrl m_listeningUri;
    QUrl m_openedUrl;
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
    Phase m_phase = Phase::Idle;
    bool m_active = false; // the browser has the URL and the listener waits for it
    QString m_expectedState; // the state of the authorize URL handed over: the only answer the listener takes
    QString m_responseMode;  // query or fragment (a fragment response first arrives without parameters)
    int m_ignored = 0;       // requests turned away with 404 while waiting
};

} // namespace tokenscope
