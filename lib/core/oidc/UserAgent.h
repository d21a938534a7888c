#pragma once

#include <QObject>
#include <QUrl>

namespace tokenscope {

// Whatever shows the provider's pages to the user: the embedded web engine (lib/browser), the system browser with a
// loopback listener, or a test double. It opens the authorize URL and reports the navigation to the redirect URI
// without loading it. The engine (OidcFlow) knows nothing else about it.
class UserAgent : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Called by the engine just before it builds the authorize request. An agent that owns its redirect URI (the system
    // browser's loopback listener) starts listening here and returns the URI it listens on; the engine then sends that
    // one in the authorize request and again at the token endpoint, and passes it to startAuthorization(). An agent
    // that cannot serve the request returns an empty QUrl with *error set; nothing has been opened then. The default
    // (the embedded web engine) keeps the profile's redirect URI.
    virtual QUrl prepareAuthorization(const QUrl &redirectUri, const QString &responseMode, QString *error)
    {
        Q_UNUSED(responseMode)
        Q_UNUSED(error)
        return redirectUri;
    }
    // The same for logout: the post-logout redirect URI to send (may be empty) and then pass to startLogout().
    virtual QUrl prepareLogout(const QUrl &postLogoutRedirect, QString *error)
    {
        Q_UNUSED(error)
        return postLogoutRedirect;
    }

    // responseMode is "query", "fragment" or "form_post" (effective mode, never empty).
    virtual void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) = 0;
    // Navigates to a logout URL and reports callbackReceived when postLogoutRedirect is reached (or finished loading when
    // postLogoutRedirect is empty). An agent that cannot see where the logout ends (the system browser without a
    // loopback post-logout redirect) reports callbackReceived with an empty URL once the page has been handed over.
    virtual void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) = 0;
    virtual void cancel() = 0;
    // The device authorization grant (RFC 8628 3.3): shows the provider's verification page, where the user enters
    // userCode (an agent that fills pages types it itself), signs in and approves. There is no callback: the engine
    // polls the token endpoint meanwhile and cancels the agent when the polling ends. False (nothing opened) when the
    // agent cannot show it; the default.
    virtual bool startVerification(const QUrl &verificationUri, const QString &userCode)
    {
        Q_UNUSED(verificationUri)
        Q_UNUSED(userCode)
        return false;
    }

signals:
    // url is the callback URL as navigated (query/fragment intact); formBody is the form_post body, empty otherwise.
    void callbackReceived(const QUrl &url, const QByteArray &formBody);
    // reason is for people; code is a Reasons code for programs (Reasons::Browser when empty).
    void failed(const QString &reason, const QString &code = QString());
    void pageLoaded(const QUrl &url, const QString &title);
    // The provider's page tried something the embedded browser does not allow (a file: navigation, a framed callback,
    // a permission, a download, ...): what, in words for the user, without secrets. The flow records and reports it.
    void refused(const QString &what);
};

} // namespace tokenscope
