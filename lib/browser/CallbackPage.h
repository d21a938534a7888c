#pragma once

#include <QSet>
#include <QUrl>
#include <QWebEnginePage>

#include <functional>
#include <optional>

namespace tokenscope {

// A web page that watches every navigation (links, form submissions, server redirects, script) and, when one goes to
// the redirect URI, refuses it so the callback is never loaded, and reports it instead. Navigations to other hosts
// that merely carry code= are not callbacks (tokenscope::isCallbackUrl decides).
//
// It is also the embedded browser's boundary (issue 19), for pages of providers Tokenscope does not control:
// - the callback is taken from the main frame only; a callback URL loaded in a sub-frame is refused and reported;
// - main-frame navigations go to http(s) only (or the redirect URI's own custom scheme, which is caught); file:, qrc:,
//   data:, javascript: and every other scheme are refused and reported, in sub-frames too;
// - permission requests (camera, microphone, location, notifications, screen capture, ...) are denied; a script's
//   clipboard read or paste is refused by Chromium (the settings below) and reported through a small watch script, as
//   Qt 6.4 has no permission request for it;
// - downloads are cancelled;
// - window.open and target=_blank stay in this page (they navigate it, under the same rules), and are reported;
// - JavaScript dialogs are logged with the origin that opened them. In the window, the dialog presenter shows them as
//   the page's, titled with that origin; without one (headless) none is shown: an alert is dismissed, a confirm and a
//   prompt are answered Cancel, and each is reported;
// - what Chromium itself blocks for a web page (a file: URL in a link or a frame, a fetch() of another scheme, a
//   top-level data: navigation) is refused before this page hears of the navigation; Chromium's console message about
//   it is turned into a report here. file: and qrc: requests that do reach the network layer are blocked by the
//   agent's request interceptor (WebEngineUserAgent) and reported with refuseLoad().
// Each refusal is logged (tokenscope.browser) and reported with refused(), in words for the user.
class CallbackPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit CallbackPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Also starts a new attempt: what the page tries is reported again.
    void setRedirectUri(const QUrl &redirectUri);
    QUrl redirectUri() const { return m_redirectUri; }

    // A JavaScript dialog of the page, and who opened it (the frame's origin, not the top page's URL).
    struct Dialog
    {
        enum class Kind { Alert, Confirm, Prompt };
        Kind kind = Kind::Alert;
        QUrl origin;
        QString message;
        QString defaultValue; // prompt only
    };
    // Shows a dialog to the user; the answer (the text typed for a prompt, anything for OK) or nullopt for Cancel.
    using DialogPresenter = std::function<std::optional<QString>(const Dialog &dialog)>;
    void setDialogPresenter(DialogPresenter presenter) { m_presenter = std::move(presenter); }
    // The text shown for a page's origin ("http://127.0.0.1:4000", "https://login.example.com").
    static QString originText(const QUrl &origin);

    // Reports a request the web engine's interceptor blocked (a file: or qrc: resource).
    void refuseLoad(const QUrl &url);

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
    std::optional<QString> present(const Dialog &dialog);

    QUrl m_redirectUri;
    DialogPresenter m_presenter;
    QSet<QString> m_reported;
};

} // namespace tokenscope
