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

    // responseMode is "query", "fragment" or "form_post" (effective mode, never empty).
    virtual void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) = 0;
    // Navigates to a logout URL and reports callbackReceived when postLogoutRedirect is reached (or finished loading when
    // postLogoutRedirect is empty).
    virtual void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) = 0;
    virtual void cancel() = 0;

signals:
    // url is the callback URL as navigated (query/fragment intact); formBody is the form_post body, empty otherwise.
    void callbackReceived(const QUrl &url, const QByteArray &formBody);
    void failed(const QString &reason);
    void pageLoaded(const QUrl &url, const QString &title);
};

} // namespace tokenscope
