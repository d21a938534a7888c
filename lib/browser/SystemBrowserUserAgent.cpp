#include "browser/SystemBrowserUserAgent.h"

#include "core/oidc/CallbackResponse.h"
#include "core/common/Logging.h"
#include "core/profile/Profile.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include "browser/LoopbackListener.h"

#include <QUrlQuery>

namespace tokenscope {

namespace {

const char RelayKey[] = "tokenscope_relay";
const char RelayValue[] = "fragment";

// A JavaScript string literal for `text`, safe inside a <script> element.
QString jsString(const QString &text)
{
    QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    json = json.mid(1, json.size() - 2);
    json.replace("</", "<\\/");
    return QString::fromUtf8(json);
}

QString displayUri(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

SystemBrowserUserAgent::SystemBrowserUserAgent(QObject *parent) : UserAgent(parent)
{
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QUrl uri = m_listeningUri;
        const int secs = m_timeoutMs / 1000;
        const QString waited = secs >= 60 && secs % 60 == 0 ? tr("%n minute(s)", nullptr, secs / 60) : tr("%n second(s)", nullptr, secs);
        QString reason = tr("nothing arrived at %1 within %2: the sign-in was not finished in the browser, or the provider redirected "
                            "somewhere else. Tokenscope stopped listening; sign in again when ready")
                             .arg(displayUri(uri), waited);
        if (m_ignored > 0)
            reason += tr(" (%n request(s) that were not this sign-in's answer got 404)", nullptr, m_ignored);
        fail(reason);
    });
}

SystemBrowserUserAgent::~SystemBrowserUserAgent() = default;

void SystemBrowserUserAgent::setOpener(Opener opener)
{
    if (opener)
        m_opener = std::move(opener);
    else
        m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

bool SystemBrowserUserAgent::isListening() const
{
    return m_handler && m_handler->isListening();
}

QUrl SystemBrowserUserAgent::listeningUri() const
{
    return isListening() ? m_listeningUri : QUrl();
}

QString SystemBrowserUserAgent::relayParameter()
{
    return QString::fromLatin1(RelayKey);
}

QString SystemBrowserUserAgent::callbackPageHtml()
{
    // The page the listener answers the browser with. The script runs only when the browser still holds a fragment: it
    // asks for the same path again with the fragment's parameters as query, marked, and replaces the history entry.
    const QString done = tr("Tokenscope has received the provider's answer. You can close this tab and return to Tokenscope.");
    const QString relaying = tr("Passing the provider's answer on to Tokenscope…");
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tokenscope</title>"
                          "<link rel=\"icon\" href=\"data:,\"></head><body>"
                          "<div style=\"font-family:sans-serif;max-width:36em;margin:4em auto;text-align:center\">"
                          "<h1>Tokenscope</h1><p id=\"tokenscope-message\">%1</p></div>"
                          "<script>(function(){var h=location.hash;if(h.length<2)return;"
                          "document.getElementById('tokenscope-message').textContent=%2;"
                          "location.replace(location.pathname+(location.search?location.search+'&':'?')+'%3=%4&'+h.substring(1));"
                          "})();</script></body></html>")
        .arg(done.toHtmlEscaped(), jsString(relaying), QLatin1String(RelayKey), QLatin1String(RelayValue));
}

QUrl SystemBrowserUserAgent::callbackUrl(const QUrl &redirectUri, const QVariantMap &received, bool *isResponse)
{
    const QUrlQuery own(redirectUri);
    const bool relayed = received.value(QLatin1String(RelayKey)).toString() == QLatin1String(RelayValue);
    QUrlQuery query = own;
    QUrlQuery fragment;
    bool any = false;
    for (auto it = received.begin(); it != received.end(); ++it) {
        const QString value = it.value().toString();
        if (relayed && it.key() == QLatin1String(RelayKey))
            continue;
        if (own.hasQueryItem(it.key()) && own.queryItemValue(it.key()) == value)
            continue; // the redirect URI's own parameter, already in the query
        any = true;
        (relayed ? fragment : query).addQueryItem(it.key(), value);
    }
    if (isResponse)
        *isResponse = any;
    QUrl url = redirectUri;
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (relayed && !fragment.isEmpty())
        url.setFragment(fragment.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QUrl SystemBrowserUserAgent::listen(const QUrl &redirectUri, QString *error)
{
    stopListening();
    if (!isLoopbackIpRedirectUri(redirectUri)) {
        *error = tr("the redirect URI \"%1\" cannot be used with the system browser: Tokenscope listens for the callback "
                    "on a loopback URL such as http://127.0.0.1/callback (RFC 8252 7.3; the port is picked at sign-in). "
                    "Register that at the provider and put it into the profile, or use the embedded browser")
                     .arg(redirectUri.toDisplayString());
        return {};
    }
    const QHostAddress address(redirectUri.host());
    const int wantedPort = redirectUri.port(0);
    const QString path = redirectUri.path().isEmpty() ? QStringLiteral("/") : redirectUri.path();
    auto *listener = new LoopbackListener(this);
    const bool listening = listener->listen(address, quint16(wantedPort), path,
                                            [this, listener](const QUrlQuery &query) { return onRequest(listener, query); }, error);
    if (!listening) {
        delete listener;
        return {};
    }
    connect(listener, &LoopbackListener::turnedAway, this, [this, listener] {
        if (listener == m_handler && m_active)
            ++m_ignored;
    });
    m_handler = listener;
    m_listeningUri = redirectUri;
    m_listeningUri.setPort(listener->port());
    m_listeningUri.setPath(path);
    qCInfo(lcBrowser).noquote() << "system browser: listening on" << displayUri(m_listeningUri);
    return m_listeningUri;
}

void SystemBrowserUserAgent::stopListening()
{
    m_timeout.stop();
    if (!m_handler)
        return;
    m_handler->close();
    qCInfo(lcBrowser).noquote() << "system browser: stopped listening on" << displayUri(m_listeningUri);
    // The listener may still be writing its page to the browser: delete it with the next one, or with this object.
    if (m_retired)
        m_retired->deleteLater();
    m_retired = m_handler;
    m_handler = nullptr;
    const bool wasActive = std::exchange(m_active, false);
    if (wasActive || m_phase != Phase::Idle)
        emit stopped();
    m_phase = Phase::Idle;
}

QUrl SystemBrowserUserAgent::prepareAuthorization(const QUrl &redirectUri, const QString &responseMode, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    m_active = false;
    if (responseMode != QLatin1String("query") && responseMode != QLatin1String("fragment")) {
        stopListening();
        err = responseMode == QLatin1String("form_post")
                  ? tr("response mode form_post cannot be used with the system browser: the loopback listener only sees the "
                       "URL the browser requests, never a posted form. Use query or fragment, or the embedded browser")
                  : tr("response mode \"%1\" cannot be used with the system browser; use query or fragment").arg(responseMode);
        return {};
    }
    const QUrl uri = listen(redirectUri, &err);
    if (!uri.isEmpty())
        m_phase = Phase::Authorization;
    return uri;
}

QUrl SystemBrowserUserAgent::prepareLogout(const QUrl &postLogoutRedirect, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    m_active = false;
    if (!isLoopbackIpRedirectUri(postLogoutRedirect)) {
        stopListening();
        return postLogoutRedirect; // not observable: startLogout() only hands the page over
    }
    const QUrl uri = listen(postLogoutRedirect, &err);
    if (!uri.isEmpty())
        m_phase = Phase::Logout;
    return uri;
}

bool SystemBrowserUserAgent::open(const QUrl &url)
{
    m_openedUrl = url;
    qCInfo(lcBrowser).noquote() << "system browser: open" << displayUri(url);
    return m_opener(url);
}

bool SystemBrowserUserAgent::openAgain()
{
    if (!m_active || m_openedUrl.isEmpty())
        return false;
    return m_opener(m_openedUrl);
}

void SystemBrowserUserAgent::startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode)
{
    if (m_phase != Phase::Authorization || !isListening() || redirectUri != m_listeningUri) {
        // Called without prepareAuthorization() (or with another URI): only a redirect URI that names its port can work.
        QString error;
        const QUrl uri = prepareAuthorization(redirectUri, responseMode, &error);
        if (uri != redirectUri) {
            stopListening();
            failLater(error.isEmpty() ? tr("the redirect URI %1 in the authorize request is not the one Tokenscope listens "
                                           "on (%2)")
                                            .arg(redirectUri.toDisplayString(), displayUri(uri))
                                      : error);
            return;
        }
    }
    m_active = true;
    m_expectedState = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    m_responseMode = responseMode;
    m_ignored = 0;
    if (!open(authorizeUrl)) {
        stopListening();
        failLater(tr("could not open the system browser (is a default browser set?). Copy the authorize URL into a "
                     "browser yourself, or use the embedded browser"));
        return;
    }
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    emit waitingForBrowser(authorizeUrl, m_listeningUri);
}

void SystemBrowserUserAgent::startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect)
{
    if (isLoopbackIpRedirectUri(postLogoutRedirect)
        && (m_phase != Phase::Logout || !isListening() || postLogoutRedirect != m_listeningUri)) {
        QString error;
        if (prepareLogout(postLogoutRedirect, &error) != postLogoutRedirect) {
            stopListening();
            failLater(error.isEmpty() ? tr("the post-logout redirect URI %1 is not the one Tokenscope listens on")
                                            .arg(postLogoutRedirect.toDisplayString())
                                      : error);
            return;
        }
    }
    const bool observable = isListening() && m_phase == Phase::Logout;
    m_active = true;
    if (!open(logoutUrl)) {
        stopListening();
        failLater(tr("could not open the system browser for the logout page (is a default browser set?)"));
        return;
    }
    if (!observable) {
        // Nothing comes back to Tokenscope: the logout is as done as it can tell once the page is handed over.
        m_active = false;
        QMetaObject::invokeMethod(this, [this] { emit callbackReceived(QUrl(), {}); }, Qt::QueuedConnection);
        return;
    }
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    emit waitingForBrowser(logoutUrl, m_listeningUri);
}

void SystemBrowserUserAgent::cancel()
{
    if (m_handler)
        qCInfo(lcBrowser) << "system browser: cancelled";
    stopListening();
}

std::optional<QByteArray> SystemBrowserUserAgent::onRequest(LoopbackListener *listener, const QUrlQuery &query)
{
    if (listener != m_handler || !m_active)
        return std::nullopt;
    QVariantMap values;
    for (const auto &[key, value] : query.queryItems())
        values.insert(key, value);
    bool isResponse = false;
    const QUrl url = callbackUrl(m_listeningUri, values, &isResponse);
    if (m_phase == Phase::Authorization && !isResponse) {
        if (m_responseMode == QLatin1String("fragment")) {
            // A fragment response: the page's script relays it now. Nothing was taken.
            qCDebug(lcBrowser) << "system browser: request without parameters; the page relays the fragment";
            return callbackPageHtml().toUtf8();
        }
        qCWarning(lcBrowser).noquote() << "system browser: a request to" << displayUri(m_listeningUri)
                                       << "without parameters (not this sign-in's answer); still waiting";
        return std::nullopt;
    }
    if (m_phase == Phase::Authorization && !m_expectedState.isEmpty()) {
        const CallbackResponse response = parseCallback(url, {}, url.hasFragment() ? QStringLiteral("fragment") : QStringLiteral("query"));
        if (response.params.value(QStringLiteral("state")) != m_expectedState) {
            qCWarning(lcBrowser).noquote() << "system browser: a request to" << displayUri(m_listeningUri)
                                           << (response.params.contains(QStringLiteral("state")) ? "with another state" : "without state")
                                           << "(not this sign-in's answer); still waiting";
            return std::nullopt;
        }
    }
    if (url.hasFragment())
        qCInfo(lcBrowser).noquote() << "system browser: the browser came back to" << displayUri(url) << "(fragment relayed)";
    else
        qCInfo(lcBrowser).noquote() << "system browser: the browser came back to" << displayUri(url);
    // Taken once: from now on the port refuses connections and anything more on an open connection gets 404. The
    // engine hears of it from the event loop, after this answer is written.
    m_active = false;
    listener->close();
    QMetaObject::invokeMethod(
        this,
        [this, url, taken = QPointer<LoopbackListener>(listener)] {
            if (taken && taken == m_handler) // not cancelled meanwhile
                finish(url);
        },
        Qt::QueuedConnection);
    return callbackPageHtml().toUtf8();
}

void SystemBrowserUserAgent::finish(const QUrl &callbackUrl)
{
    stopListening();
    emit callbackReceived(callbackUrl, {});
}

void SystemBrowserUserAgent::fail(const QString &reason)
{
    stopListening();
    emit failed(reason);
}

void SystemBrowserUserAgent::failLater(const QString &reason)
{
    QMetaObject::invokeMethod(this, [this, reason] { emit failed(reason); }, Qt::QueuedConnection);
}

} // namespace tokenscope
