#include "browser/WebEngineUserAgent.h"

#include "browser/CallbackPage.h"
#include "core/oidc/CallbackResponse.h"
#include "core/oidc/FlowState.h"
#include "core/common/Logging.h"
#include "browser/Totp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUrlQuery>
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
// no request to the redirect URI ever leaves the web engine, and no page loads a local file or one of Qt's qrc:
// resources (Chromium already keeps file: from web pages; Qt's qrc: scheme it does not know as local). Qt 6 calls the
// interceptor on the UI thread; the mutex is for the redirect URI all the same.
class CallbackBlocker : public QWebEngineUrlRequestInterceptor
{
public:
    CallbackBlocker(CallbackPage *page, QObject *parent) : QWebEngineUrlRequestInterceptor(parent), m_page(page) {}
    void setRedirectUri(const QUrl &uri)
    {
        QMutexLocker lock(&m_mutex);
        m_redirectUri = uri;
    }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("file") || scheme == QLatin1String("qrc")) {
            info.block(true);
            if (CallbackPage *page = m_page)
                QMetaObject::invokeMethod(page, [page, url] { page->refuseLoad(url); }, Qt::QueuedConnection);
            return;
        }
        QMutexLocker lock(&m_mutex);
        if (!m_redirectUri.isEmpty() && isCallbackUrl(url, m_redirectUri))
            info.block(true);
    }

private:
    QMutex m_mutex;
    QUrl m_redirectUri;
    QPointer<CallbackPage> m_page;
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

// filler.js (a Qt resource of this library): a function expression to apply to one JSON argument object.
const QString &fillerSource()
{
    static const QString source = [] {
        QFile file(QStringLiteral(":/tokenscope/browser/filler.js"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return source;
}

QString applyFiller(const QJsonObject &args)
{
    return QLatin1Char('(') + fillerSource() + QStringLiteral(")(")
           + QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact)) + QLatin1Char(')');
}

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

constexpr int PollMs = 500;
constexpr int MaxActions = 30;

} // namespace

WebEngineUserAgent::WebEngineUserAgent(QWebEngineProfile *profile, QObject *parent)
    : UserAgent(parent), m_profile(profile)
{
    Q_ASSERT(profile);
    m_page = new CallbackPage(profile, this);
    auto *blocker = new CallbackBlocker(m_page, this);
    m_interceptor = blocker;
    m_profile->setUrlRequestInterceptor(blocker);
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
        failDescribing(tr("the page %1 (\"%2\") did not lead to the callback within %3 s")
                           .arg(displayUrl(current), m_page->title())
                           .arg(m_pageTimeoutMs / 1000));
    });
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &WebEngineUserAgent::tick);
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

QString WebEngineUserAgent::fillerScript(const QString &username, const QString &password, const QString &code)
{
    return applyFiller(QJsonObject{{QStringLiteral("mode"), QStringLiteral("fill")},
                                   {QStringLiteral("username"), username},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("submitted"), QJsonObject{{QStringLiteral("password"), 0}, {QStringLiteral("code"), 0}}}});
}

QString WebEngineUserAgent::fillScriptPrelude(const QString &username, const QString &password, const QString &code,
                                              const QString &userCode)
{
    const QJsonObject object{{QStringLiteral("username"), username}, {QStringLiteral("password"), password}, {QStringLiteral("totp"), code},
                             {QStringLiteral("userCode"), userCode}};
    // `var`, so that the next page load's run in the same document may declare it again.
    return QStringLiteral("var tokenscope = Object.freeze(%1);\n").arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString WebEngineUserAgent::currentCode() const
{
    return m_totpKey.isEmpty() ? QString() : totp::code(m_totpKey, QDateTime::currentSecsSinceEpoch());
}

bool WebEngineUserAgent::builtInFilling() const
{
    return m_fillScript.isEmpty() && (!m_username.isEmpty() || !m_password.isEmpty() || !m_totpKey.isEmpty());
}

void WebEngineUserAgent::begin(const QUrl &url, const QUrl &redirectUri)
{
    m_active = true;
    ++m_attempt;
    m_passwordSubmissions = 0;
    m_codeSubmissions = 0;
    m_userCodeSubmissions = 0;
    m_actions = 0;
    m_fills = 0;
    m_tickPending = false;
    m_logoutConfirmed = false;
    m_actionLog.clear();
    m_lastLoadError.clear();
    m_page->setRedirectUri(redirectUri);
    static_cast<CallbackBlocker *>(m_interceptor)->setRedirectUri(redirectUri);
    const QByteArray scheme = redirectUri.scheme().toLatin1();
    if (!scheme.isEmpty() && scheme != "http" && scheme != "https" && !m_profile->urlSchemeHandler(scheme))
        m_profile->installUrlSchemeHandler(scheme, new DenyingSchemeHandler(m_profile));
    armTimeout();
    if (builtInFilling())
        m_poll.start();
    m_page->load(url);
}

void WebEngineUserAgent::startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode)
{
    m_logout = false;
    m_userCode.clear();
    // OpenID Connect Core 3.1.2.1: with prompt=none the provider must show no login or consent page, so the built-in
    // filler fills nothing: a login form it shows is the provider's defect, not a page to get through (filling it would
    // also sign in and hide what the provider did).
    m_silent = QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("prompt")).split(QLatin1Char(' ')).contains(QLatin1String("none"));
    m_responseMode = responseMode;
    qCInfo(lcBrowser).noquote() << "open" << authorizeUrl.toDisplayString(QUrl::RemoveQuery) << "mode" << responseMode;
    begin(authorizeUrl, redirectUri);
}

bool WebEngineUserAgent::startVerification(const QUrl &verificationUri, const QString &userCode)
{
    m_logout = false;
    m_silent = false;
    m_userCode = userCode;
    m_responseMode = QStringLiteral("query");
    qCInfo(lcBrowser).noquote() << "open the device verification page" << verificationUri.toDisplayString(QUrl::RemoveQuery);
    begin(verificationUri, QUrl());
    return true;
}

void WebEngineUserAgent::startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect)
{
    m_logout = true;
    m_userCode.clear();
    m_silent = false;
    m_responseMode = QStringLiteral("query");
    begin(logoutUrl, postLogoutRedirect);
}

void WebEngineUserAgent::cancel()
{
    stop();
    m_page->triggerAction(QWebEnginePage::Stop);
}

void WebEngineUserAgent::stop()
{
    m_active = false;
    m_timeout.stop();
    m_poll.stop();
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
    stop();
    m_page->triggerAction(QWebEnginePage::Stop);
    emit failed(reason, code);
}

void WebEngineUserAgent::failDescribing(const QString &reason, const QString &code)
{
    if (!m_active)
        return;
    m_poll.stop();
    m_timeout.stop();
    const quint64 attempt = m_attempt;
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, reason, code, attempt, done](const QVariant &result) {
        if (*done || attempt != m_attempt)
            return;
        *done = true;
        const QVariantMap seen = result.toMap();
        // Actions of this document the last tick had not collected yet (their counters no longer matter).
        for (const QVariant &actionValue : seen.value(QStringLiteral("actions")).toList()) {
            const QVariantMap action = actionValue.toMap();
            const QString kind = action.value(QStringLiteral("kind")).toString();
            const QString label = action.value(QStringLiteral("label")).toString();
            m_actionLog << (label.isEmpty() ? kind : QStringLiteral("%1 \"%2\"").arg(kind, label));
        }
        QStringList parts;
        const QStringList fields = seen.value(QStringLiteral("fields")).toStringList();
        const QStringList buttons = seen.value(QStringLiteral("buttons")).toStringList();
        const QStringList messages = seen.value(QStringLiteral("messages")).toStringList();
        if (!result.isNull()) {
            parts << tr("title \"%1\"").arg(seen.value(QStringLiteral("title")).toString());
            parts << (fields.isEmpty() ? tr("no fields") : tr("fields: %1").arg(fields.join(QStringLiteral(", "))));
            parts << (buttons.isEmpty() ? tr("no buttons") : tr("buttons: %1").arg(buttons.join(QStringLiteral(", "))));
            if (!messages.isEmpty())
                parts << tr("messages: %1").arg(messages.join(QStringLiteral(" / ")));
        } else {
            parts << tr("the page did not answer");
        }
        if (!m_actionLog.isEmpty())
            parts << tr("the filler did: %1").arg(m_actionLog.join(QStringLiteral(", ")));
        else if (builtInFilling())
            parts << tr("the filler found nothing to do on this page");
        fail(tr("%1. The page showed %2 at %3").arg(reason, parts.join(QStringLiteral("; ")), displayUrl(m_page->url())), code);
    };
    m_page->runJavaScript(applyFiller(QJsonObject{{QStringLiteral("mode"), QStringLiteral("describe")}}), QWebEngineScript::ApplicationWorld,
                          finish);
    // A renderer that never answers must not hold the failure back.
    QTimer::singleShot(3000, this, [finish] { finish(QVariant()); });
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
    stop();
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
            stop();
            emit callbackReceived(action.isEmpty() ? url : action, body);
            return;
        }
        if (m_responseMode == QLatin1String("form_post")) {
            fail(tr("the provider posted to the callback, but the form's fields could not be read"));
            return;
        }
        stop();
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
        if (m_failOnLoadError && !m_lastLoadError.isEmpty())
            fail(tr("could not load %1: %2").arg(displayUrl(url), m_lastLoadError));
        return;
    }
    armTimeout();
    if (m_logout && m_page->redirectUri().isEmpty()) {
        // Logout without a post-logout redirect: the provider's own "signed out" page is the end. A confirmation page
        // ("Do you want to sign out?") is not: the headless filler confirms it first and the next page is the end.
        if (!builtInFilling() || m_logoutConfirmed) {
            stop();
            emit callbackReceived(url, {});
            return;
        }
        const quint64 attempt = m_attempt;
        m_page->runJavaScript(applyFiller(QJsonObject{{QStringLiteral("mode"), QStringLiteral("logout")}}), QWebEngineScript::ApplicationWorld,
                              [this, url, attempt](const QVariant &result) {
                                  if (!m_active || attempt != m_attempt)
                                      return;
                                  onTick(url, result);
                                  if (!m_active)
                                      return; // the logout ended on a login page (onTick)
                                  // No confirm button to press (or already pressed): this page is the end. Otherwise
                                  // the polls press it, and the page after it is the end.
                                  if (!m_logoutConfirmed && !result.toMap().value(QStringLiteral("confirming")).toBool()) {
                                      stop();
                                      emit callbackReceived(url, {});
                                  }
                              });
        return;
    }
    if (!m_fillScript.isEmpty()) {
        if (++m_fills > 10) {
            failDescribing(tr("gave up after running the fill script on 10 pages without reaching the callback"));
            return;
        }
        // The script's own result is not logged: it may carry what the script read from `tokenscope`.
        m_page->runJavaScript(fillScriptPrelude(m_username, m_password, currentCode(), m_userCode) + m_fillScript,
                              QWebEngineScript::ApplicationWorld);
        return;
    }
    if (builtInFilling()) {
        m_tickPending = false; // a new document: an earlier call will not answer for this one
        tick();
    }
}

void WebEngineUserAgent::tick()
{
    if (!m_active || !builtInFilling())
        return;
    // One call at a time; a call lost with its document (a navigation) is not waited for longer than a few polls.
    if (m_tickPending && ++m_pollsWhilePending < 4)
        return;
    m_tickPending = true;
    m_pollsWhilePending = 0;
    const QUrl url = m_page->url();
    const quint64 attempt = m_attempt;
    const bool fills = !m_logout && !m_silent;
    const QJsonObject args{{QStringLiteral("mode"), m_logout ? QStringLiteral("logout") : m_silent ? QStringLiteral("silent") : QStringLiteral("fill")},
                           {QStringLiteral("username"), fills ? m_username : QString()},
                           {QStringLiteral("password"), fills ? m_password : QString()},
                           {QStringLiteral("code"), fills ? currentCode() : QString()},
                           {QStringLiteral("userCode"), fills ? m_userCode : QString()},
                           {QStringLiteral("submitted"),
                            QJsonObject{{QStringLiteral("password"), m_passwordSubmissions},
                                        {QStringLiteral("code"), m_codeSubmissions},
                                        {QStringLiteral("userCode"), m_userCodeSubmissions}}}};
    m_page->runJavaScript(applyFiller(args), QWebEngineScript::ApplicationWorld, [this, url, attempt](const QVariant &result) {
        if (attempt != m_attempt)
            return;
        m_tickPending = false;
        if (m_active)
            onTick(url, result);
    });
}

void WebEngineUserAgent::onTick(const QUrl &url, const QVariant &result)
{
    const QVariantMap answer = result.toMap();
    const QVariantList actions = answer.value(QStringLiteral("actions")).toList();
    for (const QVariant &actionValue : actions) {
        const QVariantMap action = actionValue.toMap();
        const QString kind = action.value(QStringLiteral("kind")).toString();
        const QString label = action.value(QStringLiteral("label")).toString();
        // Labels only (the field's label, the button's text): the values typed never leave the page.
        qCInfo(lcBrowser).noquote() << "filler on" << displayUrl(url) << ":" << kind << label;
        if (kind == QLatin1String("password"))
            ++m_passwordSubmissions;
        else if (kind == QLatin1String("one-time code"))
            ++m_codeSubmissions;
        else if (kind == QLatin1String("user code"))
            ++m_userCodeSubmissions;
        else if (kind == QLatin1String("logout-confirm"))
            m_logoutConfirmed = true;
        m_actionLog << (label.isEmpty() ? kind : QStringLiteral("%1 \"%2\"").arg(kind, label));
        ++m_actions;
    }
    if (!actions.isEmpty())
        armTimeout(); // progress: the page timeout counts from the filler's last step too
    const QString stuck = answer.value(QStringLiteral("stuck")).toString();
    if (stuck == QLatin1String("login-form") && m_logout) {
        // The logout ended on the provider's login page instead of the post-logout redirect: that page is where it
        // ended (the flow says so), nothing on it is pressed.
        qCInfo(lcBrowser).noquote() << "logout ended on a login page at" << displayUrl(url);
        stop();
        emit callbackReceived(m_page->url(), {});
    } else if (stuck == QLatin1String("login-form")) {
        failDescribing(tr("the provider showed a login page although the request had prompt=none, which forbids showing any (OpenID Connect "
                          "Core 3.1.2.1: it must answer login_required instead); Tokenscope did not fill it"),
                       Reasons::LoginShown);
    } else if (stuck == QLatin1String("password-again")) {
        failDescribing(tr("the provider showed the password form again after Tokenscope submitted it: wrong username or password?"),
                       Reasons::Credentials);
    } else if (stuck == QLatin1String("code-again")) {
        failDescribing(tr("the provider asked for the one-time code again after Tokenscope submitted it: wrong TOTP secret, or this "
                          "machine's clock is off?"),
                       Reasons::Credentials);
    } else if (stuck == QLatin1String("user-code-again")) {
        failDescribing(tr("the verification page asked for the user code again after Tokenscope typed it: the provider did not accept it"),
                       Reasons::Credentials);
    } else if (stuck == QLatin1String("code-needed")) {
        failDescribing(tr("the provider asks for a one-time code (MFA) and no TOTP secret was given (--totp-secret)"), Reasons::Credentials);
    } else if (m_actions > MaxActions) {
        failDescribing(tr("gave up after %1 filler steps without reaching the callback").arg(m_actions));
    }
}

} // namespace tokenscope
