#include "browser/CallbackPage.h"

#include "core/oidc/CallbackResponse.h"
#include "core/http/FetchPolicy.h"
#include "core/common/Logging.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace tokenscope {

namespace {
QString shown(const QUrl &url)
{
    // A data: URL is its content: only its scheme and media type are shown.
    if (url.scheme() == QLatin1String("data"))
        return QStringLiteral("data:") + url.path().section(QLatin1Char(','), 0, 0).left(40) + QStringLiteral(",…");
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).left(200);
}

// A page's text for a report line: one line, at most 100 characters, quoted by the caller.
QString pageText(const QString &text)
{
    QString out = text.simplified();
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    return out.size() > 100 ? out.left(100) + QStringLiteral("…") : out;
}

QString featureText(QWebEnginePage::Feature feature)
{
    switch (feature) {
    case QWebEnginePage::Notifications: return CallbackPage::tr("permission to show notifications");
    case QWebEnginePage::Geolocation: return CallbackPage::tr("your location");
    case QWebEnginePage::MediaAudioCapture: return CallbackPage::tr("the microphone");
    case QWebEnginePage::MediaVideoCapture: return CallbackPage::tr("the camera");
    case QWebEnginePage::MediaAudioVideoCapture: return CallbackPage::tr("the camera and the microphone");
    case QWebEnginePage::MouseLock: return CallbackPage::tr("control of the mouse pointer");
    case QWebEnginePage::DesktopVideoCapture: return CallbackPage::tr("a capture of the screen");
    case QWebEnginePage::DesktopAudioVideoCapture: return CallbackPage::tr("a capture of the screen and its sound");
    }
    return QString::fromLatin1(QMetaEnum::fromType<QWebEnginePage::Feature>().valueToKey(feature));
}

QString windowText(QWebEnginePage::WebWindowType type)
{
    switch (type) {
    case QWebEnginePage::WebBrowserWindow: return CallbackPage::tr("a new window");
    case QWebEnginePage::WebBrowserTab: return CallbackPage::tr("a new tab (a link with target=_blank, or window.open)");
    case QWebEnginePage::WebDialog: return CallbackPage::tr("a pop-up window (window.open with a size)");
    case QWebEnginePage::WebBrowserBackgroundTab: return CallbackPage::tr("a background tab");
    }
    return CallbackPage::tr("a new window");
}
// Qt 6.4 has no permission request for the clipboard: with the settings below Chromium refuses a script's clipboard
// read or paste without telling Qt. This script, in the page's own world in every frame before the page's scripts run,
// only says so on the console (ClipboardMarker), where javaScriptConsoleMessage() turns it into a report; the refusal
// itself is Chromium's. A page can print the marker itself: that only adds the same line to the report.
const char ClipboardMarker[] = "tokenscope-refused: clipboard";
const char ClipboardWatch[] = R"JS(
(function () {
  var say = function () { try { console.error('tokenscope-refused: clipboard'); } catch (e) {} };
  var clipboard = navigator.clipboard;
  if (clipboard) {
    ['read', 'readText'].forEach(function (name) {
      var original = clipboard[name];
      if (typeof original === 'function')
        clipboard[name] = function () { say(); return original.apply(this, arguments); };
    });
  }
  var exec = Document.prototype.execCommand;
  Document.prototype.execCommand = function (command) {
    if (String(command).toLowerCase() === 'paste')
      say();
    return exec.apply(this, arguments);
  };
})();
)JS";
} // namespace

QString CallbackPage::originText(const QUrl &origin)
{
    return origin.isEmpty() ? tr("the page") : origin.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

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

    QWebEngineScript watch;
    watch.setName(QStringLiteral("tokenscope-clipboard-watch"));
    watch.setSourceCode(QString::fromLatin1(ClipboardWatch));
    watch.setInjectionPoint(QWebEngineScript::DocumentCreation);
    watch.setWorldId(QWebEngineScript::MainWorld);
    watch.setRunsOnSubFrames(true);
    scripts().insert(watch);

    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, QWebEnginePage::Feature feature) {
        setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
        refuse(tr("%1 asked for %2: denied").arg(originText(origin), featureText(feature)));
    });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this, [this](QWebEngineFileSystemAccessRequest request) {
        request.reject();
        refuse(tr("%1 asked for access to the file system: denied").arg(originText(request.origin())));
    });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this, [this](QWebEngineRegisterProtocolHandlerRequest request) {
        request.reject();
        refuse(tr("%1 asked to handle %2: links: denied").arg(originText(request.origin()), request.scheme()));
    });
    // Downloads go through the profile, which other pages may share: each page cancels the ones it started.
    connect(profile, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
        if (download->page() != this || download->state() != QWebEngineDownloadRequest::DownloadRequested)
            return;
        download->cancel();
        refuse(tr("the page started a download of %1: cancelled (the embedded browser saves no files)").arg(shown(download->url())));
    });
}

void CallbackPage::setRedirectUri(const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    m_reported.clear(); // a new attempt: report everything again
}

void CallbackPage::refuse(const QString &what)
{
    // The same attempt seen twice (Chromium's own block and this page's, a page that retries in a loop) is reported once.
    if (m_reported.contains(what) || m_reported.size() > 200)
        return;
    m_reported.insert(what);
    qCInfo(lcBrowser).noquote() << "refused:" << what;
    emit refused(what);
}

void CallbackPage::refuseLoad(const QUrl &url)
{
    refuse(tr("the page tried to load %1: refused (no page reaches local files or Tokenscope's own resources)").arg(shown(url)));
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
    refuse(tr("the page asked for %1: refused; what it opens loads in this view, under the same rules").arg(windowText(type)));
    return this;
}

std::optional<QString> CallbackPage::present(const Dialog &dialog)
{
    static const char *const kinds[] = {"alert", "confirm", "prompt"};
    qCInfo(lcBrowser).noquote() << "JavaScript" << kinds[int(dialog.kind)] << "from" << originText(dialog.origin);
    if (m_presenter)
        return m_presenter(dialog); // shown as the page's, titled with its origin
    const QString origin = originText(dialog.origin);
    const QString text = pageText(dialog.message);
    switch (dialog.kind) {
    case Dialog::Kind::Alert:
        refuse(tr("%1 showed a JavaScript alert (\"%2\"): not shown, no one is at the keyboard").arg(origin, text));
        return QString();
    case Dialog::Kind::Confirm:
        refuse(tr("%1 asked for a confirmation (\"%2\"): answered Cancel, no one is at the keyboard").arg(origin, text));
        return std::nullopt;
    case Dialog::Kind::Prompt:
        refuse(tr("%1 asked for input (\"%2\"): answered Cancel, no one is at the keyboard").arg(origin, text));
        return std::nullopt;
    }
    return std::nullopt;
}

void CallbackPage::javaScriptAlert(const QUrl &securityOrigin, const QString &msg)
{
    present({Dialog::Kind::Alert, securityOrigin, msg, {}});
}

bool CallbackPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &msg)
{
    return present({Dialog::Kind::Confirm, securityOrigin, msg, {}}).has_value();
}

bool CallbackPage::javaScriptPrompt(const QUrl &securityOrigin, const QString &msg, const QString &defaultValue, QString *result)
{
    const std::optional<QString> answer = present({Dialog::Kind::Prompt, securityOrigin, msg, defaultValue});
    if (result)
        *result = answer.value_or(QString());
    return answer.has_value();
}

void CallbackPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                            const QString &sourceID)
{
    qCDebug(lcBrowser).noquote() << "page console" << int(level) << shown(QUrl(sourceID)) << lineNumber;
    if (level != ErrorMessageLevel)
        return;
    // What Chromium blocks in the page before any navigation or request reaches Qt, it only says on the console. (A
    // page can print the same words itself: at worst it adds a line to the report.)
    static const QRegularExpression localResource(QStringLiteral("^Not allowed to load local resource: (\\S+)"));
    static const QRegularExpression fetchScheme(QStringLiteral("^Fetch API cannot load (\\S+?)\\. URL scheme \"[^\"]*\" is not supported"));
    static const QRegularExpression topData(QStringLiteral("^Not allowed to navigate top frame to data URL"));
    if (const QRegularExpressionMatch m = localResource.match(message); m.hasMatch())
        refuseLoad(QUrl(m.captured(1)));
    else if (const QRegularExpressionMatch f = fetchScheme.match(message); f.hasMatch())
        refuse(tr("the page tried to fetch %1: refused (no page reaches local files or Tokenscope's own resources)").arg(shown(QUrl(f.captured(1)))));
    else if (message == QLatin1String(ClipboardMarker))
        refuse(tr("the page tried to read the clipboard: refused (no script reads or pastes from it)"));
    else if (topData.match(message).hasMatch())
        refuse(tr("the page tried to open a data: URL as the whole page: refused (the embedded browser only goes to http and https pages)"));
}

} // namespace tokenscope
