#include "BrowserPane.h"

#include "Logging.h"
#include "WebEngineUserAgent.h"

#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QStyle>
#include <QVBoxLayout>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace tokenscope::ui {

EmbeddedUserAgent::EmbeddedUserAgent(QObject *parent) : UserAgent(parent)
{
}

EmbeddedUserAgent::~EmbeddedUserAgent()
{
    for (Session &s : m_sessions)
        destroy(s);
}

void EmbeddedUserAgent::destroy(Session &session)
{
    if (session.agent) {
        emit aboutToDestroyPage(session.agent->page());
        delete session.agent; // the page goes before its profile
        session.agent = nullptr;
    }
    delete session.profile;
    session.profile = nullptr;
}

void EmbeddedUserAgent::setSessionKey(const QString &key)
{
    if (key == m_key)
        return;
    if (m_sessions.contains(m_key) && m_sessions[m_key].agent)
        m_sessions[m_key].agent->cancel();
    m_key = key;
    if (m_sessions.contains(m_key))
        emit pageChanged(m_sessions[m_key].agent->page());
}

void EmbeddedUserAgent::setKeepSession(bool keep, const QString &storagePath)
{
    m_keep = keep;
    m_storagePath = storagePath;
}

void EmbeddedUserAgent::setAutofillCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
    for (Session &s : m_sessions) {
        s.agent->setCredentials(username, password);
        s.agent->setPageTimeoutMs(username.isEmpty() && password.isEmpty() ? 0 : 30000);
        s.agent->setFailOnLoadError(!username.isEmpty() || !password.isEmpty());
    }
}

WebEngineUserAgent *EmbeddedUserAgent::agent()
{
    auto it = m_sessions.find(m_key);
    if (it != m_sessions.end())
        return it->agent;
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
    const bool autofill = !m_username.isEmpty() || !m_password.isEmpty();
    s.agent->setCredentials(m_username, m_password);
    s.agent->setPageTimeoutMs(autofill ? 30000 : 0); // a human at the keyboard takes the time they need
    s.agent->setFailOnLoadError(autofill);
    WebEngineUserAgent *a = s.agent;
    connect(a, &UserAgent::callbackReceived, this, [this, a](const QUrl &url, const QByteArray &body) {
        if (m_sessions.value(m_key).agent == a)
            emit callbackReceived(url, body);
    });
    connect(a, &UserAgent::failed, this, [this, a](const QString &reason) {
        if (m_sessions.value(m_key).agent == a)
            emit failed(reason);
    });
    connect(a, &UserAgent::pageLoaded, this, [this, a](const QUrl &url, const QString &title) {
        if (m_sessions.value(m_key).agent == a)
            emit pageLoaded(url, title);
    });
    m_sessions.insert(m_key, s);
    emit pageChanged(a->page());
    return a;
}

QWebEnginePage *EmbeddedUserAgent::page()
{
    return agent()->page();
}

void EmbeddedUserAgent::clearSession()
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

void EmbeddedUserAgent::startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode)
{
    agent()->startAuthorization(authorizeUrl, redirectUri, responseMode);
}

void EmbeddedUserAgent::startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect)
{
    agent()->startLogout(logoutUrl, postLogoutRedirect);
}

void EmbeddedUserAgent::cancel()
{
    auto it = m_sessions.find(m_key);
    if (it != m_sessions.end())
        it->agent->cancel();
}

// ---- BrowserPane ------------------------------------------------------------------------------------------------

BrowserPane::BrowserPane(EmbeddedUserAgent *agent, QWidget *parent) : QWidget(parent), m_agent(agent)
{
    m_stack = new QStackedLayout(this);
    m_placeholder = new QLabel(tr("The provider's login page opens here when you sign in."), this);
    m_placeholder->setObjectName(QStringLiteral("browserPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    m_browser = new QWidget(this);
    auto *v = new QVBoxLayout(m_browser);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *bar = new QHBoxLayout;
    m_secure = new QLabel(m_browser);
    m_secure->setObjectName(QStringLiteral("addressSecurity"));
    m_address = new QLineEdit(m_browser);
    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of the page shown"));
    bar->addWidget(m_secure);
    bar->addWidget(m_address, 1);
    v->addLayout(bar);
    m_stack->addWidget(m_browser);

    connect(m_agent, &EmbeddedUserAgent::pageChanged, this, &BrowserPane::attach);
    connect(m_agent, &EmbeddedUserAgent::aboutToDestroyPage, this, [this](QWebEnginePage *page) {
        if (m_view && m_view->page() == page) {
            delete m_view; // the view must not outlive the page it shows
            m_stack->setCurrentWidget(m_placeholder);
        }
    });
}

void BrowserPane::attach(QWebEnginePage *page)
{
    if (!m_view) {
        m_view = new QWebEngineView(m_browser);
        m_view->setObjectName(QStringLiteral("webView"));
        m_view->setMinimumHeight(200);
        static_cast<QVBoxLayout *>(m_browser->layout())->addWidget(m_view, 1);
    }
    if (m_view->page() != page) {
        m_view->setPage(page);
        connect(page, &QWebEnginePage::urlChanged, this, &BrowserPane::updateAddress, Qt::UniqueConnection);
    }
    updateAddress(page->url());
}

void BrowserPane::updateAddress(const QUrl &url)
{
    if (!m_view || (sender() && m_view->page() != sender()))
        return;
    m_address->setText(url.toDisplayString());
    m_address->setCursorPosition(0);
    const bool secure = url.scheme() == QLatin1String("https");
    m_secure->setText(url.isEmpty() ? QString() : secure ? tr("https") : tr("not https"));
    m_secure->setToolTip(secure ? tr("Encrypted connection") : tr("This page is not loaded over https"));
}

void BrowserPane::showBrowser()
{
    attach(m_agent->page());
    m_stack->setCurrentWidget(m_browser);
}

void BrowserPane::stepAside(const QString &note)
{
    m_placeholder->setText(note);
    m_stack->setCurrentWidget(m_placeholder);
}

bool BrowserPane::isBrowserVisible() const
{
    return m_stack->currentWidget() == m_browser;
}

} // namespace tokenscope::ui
