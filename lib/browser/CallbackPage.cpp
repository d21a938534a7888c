#include "CallbackPage.h"

#include "CallbackResponse.h"
#include "Logging.h"

namespace tokenscope {

CallbackPage::CallbackPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) {}

bool CallbackPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!m_redirectUri.isEmpty() && isCallbackUrl(url, m_redirectUri)) {
        qCInfo(lcBrowser).noquote() << "caught the navigation to the callback"
                                    << url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment) << "type" << int(type)
                                    << "main frame" << isMainFrame;
        emit callbackNavigation(url, type);
        return false;
    }
    qCDebug(lcBrowser).noquote() << "navigate" << url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

void CallbackPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                            const QString &sourceID)
{
    Q_UNUSED(message)
    qCDebug(lcBrowser).noquote() << "page console" << int(level) << sourceID << lineNumber;
}

} // namespace tokenscope
