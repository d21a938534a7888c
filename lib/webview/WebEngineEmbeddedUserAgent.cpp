#include "webview/WebEngineEmbeddedUserAgent.h"

#include "core/common/Logging.h"
#include "browser/WebEngineUserAgent.h"

#include <QCryptographicHash>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>

namespace tokenscope::ui {

WebEngineEmbeddedUserAgent::WebEngineEmbeddedUserAgent(const std::function<void()> &started, QObject *parent)
    : EmbeddedUserAgent(parent), m_started(started)
{
}

WebEngineEmbeddedUserAgent::~WebEngineEmbeddedUserAgent()
{
    for (Session &s : m_sessions)
        destroy(s);
}

void WebEngineEmbeddedUserAgent::destroy(Session &session)
{
    if (session.agent) {
        emit aboutToDestroyPage(session.agent->page());
        delete session.agent; // the page goes before its profile
        session.agent = nullptr;
    }
    delete session.profile;
    session.profile = nullptr;
}

void WebEngineEmbeddedUserAgent::setSessionKey(const QString &key)
{
    if (key == m_key)
        return;
    if (m_sessions.contains(m_key) && m_sessions[m_key].agent)
        m_sessions[m_key].agent->cancel();
    m_key = key;
    if (m_sessions.contains(m_key))
        emit pageChanged(m_sessions[m_key].agent->page());
}

void WebEngineEmbeddedUserAgent::setKeepSession(bool keep, const QString &storagePath)
{
    m_keep = keep;
    m_storagePath = storagePath;
}

void WebEngineEmbeddedUserAgent::configure(WebEngineUserAgent *agent) const
{
    const bool autofill = !m_username.isEmpty() || !m_password.isEmpty();
    agent->setCredentials(m_username, m_password);
    agent->setPageTimeoutMs(autofill ? 30000 : 0); // a human at the keyboard takes the time they need
    agent->setFailOnLoadError(autofill);
    agent->setExtraCaCertificates(m_extraCas);
}

void WebEngineEmbeddedUserAgent::setAutofillCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
    for (Session &s : m_sessions)
        configure(s.agent);
}

void WebEngineEmbeddedUserAgent::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
    for (Session &s : m_sessions)
        configure(s.agent);
}

WebEngineUserAgent *WebEngineEmbeddedUserAgent::agent()
{
    auto it = m_sessions.find(m_key);
    if (it != m_sessions.end())
        return it->agent;
    if (m_started)
        m_started();
    Session s;
    if (m_keep && !m_storagePath.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(m_key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        s.profile = new QWebEngineProfile(QStringLiteral("session-") + QString::fromLatin1(hash), this);
        s.profile->setPersistentStoragePath(m_storagePath + QStringLiteral("/") + QString::fromLatin1(hash));
        s.profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    } else {
        s.profile = new QWebEngineProfile(this); // off the record: nothing is written to disk
    }
    qCInfo(lcUi) << "web engine session created; off the record:" << s.profile->isOffTheRecord();
    s.agent = new WebEngineUserAgent(s.profile, this);
    configure(s.agent);
    WebEngineUserAgent *a = s.agent;
    connect(a, &UserAgent::callbackReceived, this, [this, a](const QUrl &url, const QByteArray &body) {
        if (m_sessions.value(m_key).agent == a)
            emit callbackReceived(url, body);
    });
    connect(a, &UserAgent::failed, this, [this, a](const QString &reason, const QString &code) {
        if (m_sessions.value(m_key).agent == a)
            emit failed(reason, code);
    });
    connect(a, &UserAgent::pageLoaded, this, [this, a](const QUrl &url, const QString &title) {
        if (m_sessions.value(m_key).agent == a)
            emit pageLoaded(url, title);
    });
    // What the page tried and the embedded browser refused reaches the flow (the authorize step, the report).
    connect(a, &UserAgent::refused, this, [this, a](const QString &what) {
        if (m_sessions.value(m_key).agent == a)
            emit refused(what);
    });
    m_sessions.insert(m_key, s);
    emit pageChanged(a->page());
    return a;
}

QWebEnginePage *WebEngineEmbeddedUserAgent::page()
{
    return agent()->page();
}

void WebEngineEmbeddedUserAgent::clearSession()
{
    auto it = m_sessions.find(m_key);
    if (it == m_sessions.end())
        return;
    Session s = *it;
    m_sessions.erase(it);
    if (s.profile && !s.profile->isOffTheRecord()) {
        s.profile->cookieStore()->deleteAllCookies();
        s.profile->clearHttpCache();
        s.profile->clearAllVisitedLinks();
    }
    destroy(s);
}

void WebEngineEmbeddedUserAgent::startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode)
{
    agent()->startAuthorization(authorizeUrl, redirectUri, responseMode);
}

void WebEngineEmbeddedUserAgent::startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect)
{
    agent()->startLogout(logoutUrl, postLogoutRedirect);
}

bool WebEngineEmbeddedUserAgent::startVerification(const QUrl &verificationUri, const QString &userCode)
{
    return agent()->startVerification(verificationUri, userCode);
}

void WebEngineEmbeddedUserAgent::cancel()
{
    auto it = m_sessions.find(m_key);
    if (it != m_sessions.end())
        it->agent->cancel();
}

} // namespace tokenscope::ui
