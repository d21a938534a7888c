#include "browser/CallbackPage.h"

#include "core/oidc/CallbackResponse.h"
#include "core/http/FetchPolicy.h"
#include "core/common/Logging.h"

#include <QMetaEnum>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace tokenscope {

namespace {
QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}
} // namespace

CallbackPage::CallbackPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    // No page may read local files or reach other schemes from a local page; nothing is copied to or read from the
    // clipboard by script.
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);

    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, QWebEnginePage::Feature feature) {
        setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
        refuse(tr("%1 asked for %2: denied").arg(shown(origin), QString::fromLatin1(QMetaEnum::fromType<QWebEnginePage::Feature>().valueToKey(feature))));
    });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this, [this](QWebEngineFileSystemAccessRequest request) {
        request.reject();
        refuse(tr("%1 asked for access to the file system: denied").arg(shown(request.origin())));
    });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this, [this](QWebEngineRegisterProtocolHandlerRequest request) {
        request.reject();
        refuse(tr("%1 asked to handle %2: links: denied").arg(shown(request.origin()), request.scheme()));
    });
    // Downloads go through the profile, which other pages may share: each page cancels the ones it started.
    connect(profile, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
        if (download->page() != this || download->state() != QWebEngineDownloadRequest::DownloadRequested)
            return;
        download->cancel();
        refuse(tr("a download of %1 was started: refused").arg(shown(download->url())));
    });
}

void CallbackPage::refuse(const QString &what)
{
    qCInfo(lcBrowser).noquote() << "refused:" << what;
    emit refused(what);
}

bool CallbackPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!m_redirectUri.isEmpty() && isCallbackUrl(url, m_redirectUri)) {
        if (!isMainFrame) {
            // A page that frames the callback could feed its own parameters into it: never taken from a sub-frame.
            refuse(tr("a frame inside the page tried to load the callback URL %1: refused and not used (only the page itself "
                      "can deliver the callback)")
                       .arg(shown(url)));
            return false;
        }
        qCInfo(lcBrowser).noquote() << "caught the navigation to the callback" << shown(url) << "type" << int(type);
        emit callbackNavigation(url, type);
        return false;
    }
    if (!isFetchableScheme(url.scheme()) && url.scheme() != QLatin1String("about") && url.scheme() != QLatin1String("blob")) {
        refuse(isMainFrame ? tr("the page tried to open %1: refused (the embedded browser only goes to http and https pages)").arg(shown(url))
                           : tr("a frame inside the page tried to load %1: refused (only http and https)").arg(shown(url)));
        return false;
    }
    qCDebug(lcBrowser).noquote() << "navigate" << shown(url);
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *CallbackPage::createWindow(WebWindowType type)
{
    // window.open, target=_blank: no second window the user cannot see; the navigation happens here, under the rules
    // above.
    qCInfo(lcBrowser).noquote() << "the page asked for a new window (type" << int(type) << "); it opens in the same view";
    return this;
}

void CallbackPage::javaScriptAlert(const QUrl &securityOrigin, const QString &msg)
{
    qCInfo(lcBrowser).noquote() << "JavaScript alert from" << shown(securityOrigin);
    QWebEnginePage::javaScriptAlert(securityOrigin, msg);
}

bool CallbackPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &msg)
{
    qCInfo(lcBrowser).noquote() << "JavaScript confirm from" << shown(securityOrigin);
    return QWebEnginePage::javaScriptConfirm(securityOrigin, msg);
}

bool CallbackPage::javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result)
{
    qCInfo(lcBrowser).noquote() << "JavaScript prompt from" << shown(securityOrigin);
    return QWebEnginePage::javaScriptPrompt(securityOrigin, msg, defaultValue, result);
}

void CallbackPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                            const QString &sourceID)
{
    Q_UNUSED(message)
    qCDebug(lcBrowser).noquote() << "page console" << int(level) << sourceID << lineNumber;
}

} // namespace tokenscope
