#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace tokenscope {

// A web page that watches every navigation (links, form submissions, server redirects, script) and, when one goes to
// the redirect URI, refuses it so the callback is never loaded, and reports it instead. Navigations to other hosts
// that merely carry code= are not callbacks (tokenscope::isCallbackUrl decides).
class CallbackPage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit CallbackPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setRedirectUri(const QUrl &redirectUri) { m_redirectUri = redirectUri; }
    QUrl redirectUri() const { return m_redirectUri; }

signals:
    void callbackNavigation(const QUrl &url, QWebEnginePage::NavigationType type);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;

private:
    QUrl m_redirectUri;
};

} // namespace tokenscope
