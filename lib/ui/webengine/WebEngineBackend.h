#pragma once

#include "core/oidc/UserAgent.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QtPlugin>

class QWidget;

// What the desktop app needs from Qt WebEngine, with no web-engine type in sight: the app links none of it, and loads
// the implementation (lib/webview, a Qt plugin) the first time something needs it (WebEngineLoader). Only virtual
// functions and the UserAgent signals cross between the app and the plugin; the plugin carries its own private copy of
// the engine code it uses, so never qobject_cast or dynamic_cast an object it made to an engine or app class.

namespace tokenscope::ui {

// The main window's embedded browser as OidcFlow's user agent. It keeps one web-engine profile per Tokenscope profile
// (the session key), off the record unless the session is kept, so SSO cookies never leak between tenants, and creates
// it (starting the web engine) only when a sign-in or logout needs it.
class EmbeddedUserAgent : public UserAgent
{
public:
    using UserAgent::UserAgent;

    virtual void setSessionKey(const QString &key) = 0;
    // Applies to sessions created from now on (persistent storage under storagePath).
    virtual void setKeepSession(bool keep, const QString &storagePath) = 0;
    // Automation / test hook: fill the provider's login pages with these credentials (headless-style filling).
    virtual void setAutofillCredentials(const QString &username, const QString &password) = 0;
    // CA certificates trusted in addition to the system's for the pages shown (the user's explicit choice).
    virtual void setExtraCaCertificates(const QList<QSslCertificate> &certificates) = 0;
    // Forgets cookies, cache and storage of the current session (the next sign-in starts logged out).
    virtual void clearSession() = 0;
    virtual bool hasSession() const = 0;
};

// The embedded browser's widget: a read-only address bar above the web view, or a note while no page is shown.
class BrowserView
{
public:
    virtual ~BrowserView() = default;
    virtual QWidget *widget() = 0;
    // Shows the current session's login page (creates the web view on the first call).
    virtual void showBrowser() = 0;
    // Steps aside after the callback: the view is hidden and the note says why.
    virtual void stepAside(const QString &note) = 0;
    virtual bool isBrowserVisible() const = 0;
};

// The plugin's entry point (its root object implements it).
class WebEngineBackend
{
public:
    virtual ~WebEngineBackend() = default;

    // Custom callback schemes (com.example.app://callback) must be known to the web engine before it starts (the first
    // browser profile or page); after that Qt WebEngine ignores new ones. Returns the schemes that are not registered
    // afterwards (empty: all are).
    virtual QStringList registerCallbackSchemes(const QStringList &schemes) = 0;
    virtual bool isCallbackSchemeRegistered(const QString &scheme) const = 0;

    virtual EmbeddedUserAgent *createEmbeddedUserAgent(QObject *parent) = 0;
    // agent: one this backend created.
    virtual BrowserView *createBrowserView(EmbeddedUserAgent *agent, QWidget *parent) = 0;
    // A headless user agent with a browser profile of its own, off the record, that fills the login pages with these
    // credentials (and one-time-code pages with the TOTP of totpKey, decoded, when not empty) and fails a page that
    // does not load or answer within 30 s (the Tenant tab's probes); extraCas are trusted in addition to the system's
    // (the profile's "Trusted CAs").
    virtual UserAgent *createHeadlessUserAgent(const QString &username, const QString &password, const QByteArray &totpKey,
                                               const QList<QSslCertificate> &extraCas, QObject *parent) = 0;
};

} // namespace tokenscope::ui

#define TOKENSCOPE_WEBENGINE_BACKEND_IID "io.github.tokenscope.Tokenscope.WebEngineBackend/2"
Q_DECLARE_INTERFACE(tokenscope::ui::WebEngineBackend, TOKENSCOPE_WEBENGINE_BACKEND_IID)
