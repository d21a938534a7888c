#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace tokenscope {

// A web page that watches every navigation (links, form submissions, server redirects, script) and, when one goes to
// the redirect URI, refuses it so the callback is never loaded, and reports it instead. Navigations to other hosts
// that merely carry code= are not callbacks (tokenscope::isCallbackUrl decides).
//
// It is also the embedded browser's boundary (issue 19), for pages of providers Tokenscope does not control:
// - the callback is taken from the main frame only; a callback URL loaded in a sub-frame is refused and reported;
// - main-frame navigations go to http(s) only (or the redirect URI's own custom scheme, which is caught); file:, qrc:,
//   data:, javascript: and every other scheme are refused and reported, in sub-frames too;
// - permission requests (camera, microphone, location, notifications, screen capture, clipboard, ...) are denied;
// - downloads are cancelled;
// - window.open and target=_blank stay in this page (they navigate it, under the same rules);
// - JavaScript dialogs are logged with the origin that opened them; in the window the view shows them as the page's.
// Each refusal is logged (tokenscope.browser) and reported with refused(), in words for the user.
class CallbackPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit CallbackPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }
    QUrl redirectUri() const { return m_redirectUri; }

signals:
    void callbackNavigation(const QUrl &url, QWebEnginePage::NavigationType type);
    // The page tried something the embedded browser does not allow.
    void refused(const QString &what);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    void refuse(const QString &what);

    QUrl m_redirectUri;
};

} // namespace tokenscope
