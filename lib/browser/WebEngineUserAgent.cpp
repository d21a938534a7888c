#include "WebEngineUserAgent.h"

#include "CallbackPage.h"
#include "CallbackResponse.h"
#include "FlowState.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QMutex>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineScript>
#include <QWebEngineCertificateError>

#include <memory>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace tokenscope {

namespace {

// Defence in depth: whatever the page does (a sub-resource, a prefetch, a navigation the page API does not report),
// no request to the redirect URI ever leaves the web engine.
class CallbackBlocker : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void setRedirectUri(const QUrl &uri)
    {
        QMutexLocker lock(&m_mutex);
        m_redirectUri = uri;
    }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        QMutexLocker lock(&m_mutex);
        if (!m_redirectUri.isEmpty() && isCallbackUrl(info.requestUrl(), m_redirectUri))
            info.block(true);
    }

private:
    QMutex m_mutex;
    QUrl m_redirectUri;
};

// Answers nothing for custom callback schemes: navigations to them are caught by the page before they get here.
class DenyingSchemeHandler : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override { job->fail(QWebEngineUrlRequestJob::RequestDenied); }
};

X509 *toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &p, long(der.size()));
}

// True when `chain` (leaf first, as the server sent it) verifies for `host` with only `cas` as trust anchors: signatures,
// dates, server purpose and host name, checked by OpenSSL. A certificate merely appearing in the chain proves nothing.
bool chainTrustedBy(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &cas, const QString &host)
{
    if (chain.isEmpty() || cas.isEmpty() || host.isEmpty())
        return false;
    const std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    const std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
    const std::unique_ptr<X509, decltype(&X509_free)> leaf(toX509(chain.first()), X509_free);
    const auto freeStack = [](STACK_OF(X509) *stack) { sk_X509_pop_free(stack, X509_free); };
    const std::unique_ptr<STACK_OF(X509), decltype(freeStack)> untrusted(sk_X509_new_null(), freeStack);
    if (!store || !ctx || !leaf || !untrusted)
        return false;
    for (const QSslCertificate &ca : cas) {
        if (X509 *x = toX509(ca)) {
            X509_STORE_add_cert(store.get(), x); // takes its own reference
            X509_free(x);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509 *x = toX509(chain.at(i)); x && !sk_X509_push(untrusted.get(), x))
            X509_free(x);
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return false;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    const QByteArray name = host.toUtf8();
    const bool hostSet = QHostAddress(host).isNull() ? X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size())) == 1
                                                     : X509_VERIFY_PARAM_set1_ip_asc(param, name.constData()) == 1;
    if (!hostSet || X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER) != 1)
        return false;
    return X509_verify_cert(ctx.get()) == 1;
}

const char FormCollector[] = R"JS(
(function () {
  var out = [];
  for (var i = 0; i < document.forms.length; ++i) {
    var f = document.forms[i];
    var entries = [];
    try { new FormData(f).forEach(function (v, k) { entries.push([k, String(v)]); }); } catch (e) {}
    out.push({action: f.action, method: (f.method || '').toLowerCase(), entries: entries});
  }
  return out;
})()
)JS";

const char FillerTemplate[] = R"JS(
(function (u, p) {
  function visible(e) { return !!(e && (e.offsetWidth || e.offsetHeight || e.getClientRects().length)); }
  function all(sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)).filter(visible); }
  function set(el, v) {
    var setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(el, v);
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  }
  function isCancel(b) { return /cancel|back|abbrechen|deny|decline/i.test((b.name || '') + ' ' + (b.textContent || b.value || '')); }
  function submit(form) {
    var scope = form || document;
    var buttons = Array.prototype.slice.call(scope.querySelectorAll('button[type=submit],input[type=submit],button:not([type])'))
      .filter(function (b) { return visible(b) && !isCancel(b); });
    if (buttons.length) { buttons[0].click(); return; }
    if (form) { if (form.requestSubmit) form.requestSubmit(); else form.submit(); }
  }
  var pw = all('input[type=password]')[0];
  var user = all('input[type=email],input[name=username],input[name=email],input[name=login],input[name=identifier],' +
                 'input[autocomplete=username],input[type=text]')[0];
  if (pw) {
    if (user && user.form === pw.form) set(user, u);
    set(pw, p);
    submit(pw.form);
    return 'password';
  }
  if (user) { set(user, u); submit(user.form); return 'identifier'; }
  var buttons = all('button,input[type=submit]').filter(function (b) { return !isCancel(b); });
  var accept = buttons.filter(function (b) {
    return /accept|allow|authori[sz]e|continue|consent|yes|confirm/i.test(b.textContent || b.value || '');
  });
  if (accept.length === 1) { accept[0].click(); return 'consent'; }
  if (buttons.length === 1) { buttons[0].click(); return 'button'; }
  return 'nothing';
})(%1)
)JS";

} // namespace

WebEngineUserAgent::WebEngineUserAgent(QWebEngineProfile *profile, QObject *parent)
    : UserAgent(parent), m_profile(profile)
{
    Q_ASSERT(profile);
    auto *blocker = new CallbackBlocker(this);
    m_interceptor = blocker;
    m_profile->setUrlRequestInterceptor(blocker);
    m_page = new CallbackPage(profile, this);
    connect(m_page, &CallbackPage::callbackNavigation, this, &WebEngineUserAgent::onCallbackNavigation);
    connect(m_page, &CallbackPage::refused, this, &UserAgent::refused);
    connect(m_page, &QWebEnginePage::loadFinished, this, &WebEngineUserAgent::onLoadFinished);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { armTimeout(); });
    connect(m_page, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        if (error.type() == QWebEngineCertificateError::CertificateAuthorityInvalid && error.isOverridable()
            && chainTrustedBy(error.certificateChain(), m_extraCas, error.url().host())) {
            qCInfo(lcBrowser).noquote() << "certificate of" << error.url().host() << "verified with a user-supplied CA certificate";
            error.acceptCertificate();
            return;
        }
        qCInfo(lcBrowser).noquote() << "certificate error on" << error.url().host() << error.description();
        error.rejectCertificate();
        // Headless, say why at once instead of waiting for the page timeout on Chromium's error page.
        if (m_failOnLoadError) {
            fail(tr("TLS error loading %1: %2 (%3). Tokenscope does not skip certificate checks; if this is your own test CA, "
                    "trust it explicitly (--ca-file)")
                     .arg(error.url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), error.description(),
                          QString::fromLatin1(QMetaEnum::fromType<QWebEngineCertificateError::Type>().valueToKey(error.type()))),
                 Reasons::HttpPrefix + QLatin1String("tls"));
        }
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != -3 /* ERR_ABORTED */)
            m_lastLoadError = tr("%1 (%2 %3)").arg(info.errorString(), info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                                                                              ? tr("HTTP")
                                                                              : tr("error"))
                                  .arg(info.errorCode());
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const QUrl current = m_page->url();
        fail(tr("the page %1 (\"%2\") did not lead to the callback within %3 s")
                 .arg(current.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), m_page->title())
                 .arg(m_pageTimeoutMs / 1000));
    });
}

WebEngineUserAgent::~WebEngineUserAgent()
{
    if (m_profile)
        m_profile->setUrlRequestInterceptor(nullptr);
    // The page must go before the profile it renders with.
    delete m_page;
}

QWebEnginePage *WebEngineUserAgent::page() const
{
    return m_page;
}

void WebEngineUserAgent::setCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void WebEngineUserAgent::setFillScript(const QString &javaScript)
{
    m_fillScript = javaScript;
}

QString WebEngineUserAgent::fillerScript(const QString &username, const QString &password)
{
    const QByteArray args = QJsonDocument(QJsonArray{username, password}).toJson(QJsonDocument::Compact);
    // The JSON array literal "[u,p]" becomes the argument list "u,p".
    return QString::fromLatin1(FillerTemplate).arg(QString::fromUtf8(args.mid(1, args.size() - 2)));
}

void WebEngineUserAgent::begin(const QUrl &url, const QUrl &redirectUri)
{
    m_active = true;
    m_passwordSubmissions = 0;
    m_fills = 0;
    m_lastLoadError.clear();
    m_page->setRedirectUri(redirectUri);
    static_cast<CallbackBlocker *>(m_interceptor)->setRedirectUri(redirectUri);
    const QByteArray scheme = redirectUri.scheme().toLatin1();
    if (!scheme.isEmpty() && scheme != "http" && scheme != "https" && !m_profile->urlSchemeHandler(scheme))
        m_profile->installUrlSchemeHandler(scheme, new DenyingSchemeHandler(m_profile));
    armTimeout();
    m_page->load(url);
}

void WebEngineUserAgent::startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode)
{
    m_logout = false;
    m_responseMode = responseMode;
    qCInfo(lcBrowser).noquote() << "open" << authorizeUrl.toDisplayString(QUrl::RemoveQuery) << "mode" << responseMode;
    begin(authorizeUrl, redirectUri);
}

void WebEngineUserAgent::startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect)
{
    m_logout = true;
    m_responseMode = QStringLiteral("query");
    begin(logoutUrl, postLogoutRedirect);
}

void WebEngineUserAgent::cancel()
{
    m_active = false;
    m_timeout.stop();
    m_page->triggerAction(QWebEnginePage::Stop);
}

void WebEngineUserAgent::armTimeout()
{
    if (m_active && m_pageTimeoutMs > 0)
        m_timeout.start(m_pageTimeoutMs);
}

void WebEngineUserAgent::fail(const QString &reason, const QString &code)
{
    if (!m_active)
        return;
    m_active = false;
    m_timeout.stop();
    m_page->triggerAction(QWebEnginePage::Stop);
    emit failed(reason, code);
}

void WebEngineUserAgent::onCallbackNavigation(const QUrl &url, QWebEnginePage::NavigationType type)
{
    if (!m_active)
        return;
    if (m_responseMode == QLatin1String("form_post") || type == QWebEnginePage::NavigationTypeFormSubmitted) {
        // The POST body is not visible to the navigation API; the refused navigation left the auto-submitting form
        // in the current document, so read its fields from there.
        deliverFormPost(url);
        return;
    }
    m_active = false;
    m_timeout.stop();
    emit callbackReceived(url, {});
}

void WebEngineUserAgent::deliverFormPost(const QUrl &url)
{
    m_page->runJavaScript(QString::fromLatin1(FormCollector), QWebEngineScript::ApplicationWorld, [this, url](const QVariant &result) {
        if (!m_active)
            return;
        const QVariantList forms = result.toList();
        for (const QVariant &formValue : forms) {
            const QVariantMap form = formValue.toMap();
            const QUrl action(form.value(QStringLiteral("action")).toString());
            if (!isCallbackUrl(action, m_page->redirectUri()))
                continue;
            QByteArray body;
            const QVariantList entries = form.value(QStringLiteral("entries")).toList();
            for (const QVariant &entry : entries) {
                const QVariantList pair = entry.toList();
                if (pair.size() != 2)
                    continue;
                if (!body.isEmpty())
                    body += '&';
                body += QUrl::toPercentEncoding(pair.at(0).toString()) + '=' + QUrl::toPercentEncoding(pair.at(1).toString());
            }
            m_active = false;
            m_timeout.stop();
            emit callbackReceived(action.isEmpty() ? url : action, body);
            return;
        }
        if (m_responseMode == QLatin1String("form_post")) {
            fail(tr("the provider posted to the callback, but the form's fields could not be read"));
            return;
        }
        m_active = false;
        m_timeout.stop();
        emit callbackReceived(url, {});
    });
}

void WebEngineUserAgent::onLoadFinished(bool ok)
{
    if (!m_active)
        return;
    const QUrl url = m_page->url();
    emit pageLoaded(url, m_page->title());
    if (!ok) {
        if (m_failOnLoadError && !m_lastLoadError.isEmpty()) {
            fail(tr("could not load %1: %2").arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), m_lastLoadError));
        }
        return;
    }
    armTimeout();
    if (m_logout && m_page->redirectUri().isEmpty()) {
        // Logout without a post-logout redirect: the provider's own "signed out" page is the end.
        m_active = false;
        m_timeout.stop();
        emit callbackReceived(url, {});
        return;
    }
    QString script;
    if (!m_fillScript.isEmpty())
        script = m_fillScript;
    else if ((!m_username.isEmpty() || !m_password.isEmpty()) && !m_logout)
        script = fillerScript(m_username, m_password);
    if (script.isEmpty())
        return;
    if (++m_fills > 10) {
        fail(tr("gave up after filling 10 pages without reaching the callback (last page: %1)")
                 .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)));
        return;
    }
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, url](const QVariant &result) {
        const QString what = result.toString();
        qCDebug(lcBrowser).noquote() << "filler on" << url.toDisplayString(QUrl::RemoveQuery) << "->" << what;
        if (what == QLatin1String("password") && ++m_passwordSubmissions > 1) {
            fail(tr("the provider showed the password form again after Tokenscope submitted it: wrong username or "
                    "password? (page: %1)")
                     .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)),
                 Reasons::Credentials);
        }
    });
}

} // namespace tokenscope
