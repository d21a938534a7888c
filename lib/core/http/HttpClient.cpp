#include "core/http/HttpClient.h"

#include "core/http/FetchPolicy.h"
#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::HttpClientText.
struct HttpClientText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::HttpClientText)
};

namespace {

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return HttpClientText::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    if (bytes >= 1024)
        return HttpClientText::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return HttpClientText::tr("%1 bytes").arg(bytes);
}
} // namespace

HttpReply::HttpReply(QNetworkReply *reply, HttpExchange exchange, int timeoutMs, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_reply(reply), m_exchange(std::move(exchange)), m_maxBytes(maxBytes)
{
    m_elapsed.start();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, timeoutMs] {
        fail(Error::Timeout, HttpClientText::tr("no complete answer from %1 within %2 s (the request timed out)")
                                 .arg(m_exchange.url.host())
                                 .arg(timeoutMs / 1000.0));
    });
    if (!reply)
        return; // refused before any I/O: HttpClient::send() fails it from the event loop
    m_deadline.start(timeoutMs);
    connect(reply, &QNetworkReply::readyRead, this, &HttpReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
        // Never ignored: the reply then fails with the TLS reason below.
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply)
            return;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxBytes)
            fail(Error::TooLarge, HttpClientText::tr("the answer is %1, more than the %2 limit; not read")
                                      .arg(formatBytes(length), formatBytes(m_maxBytes)));
    });
}

void HttpReply::abort()
{
    fail(Error::Cancelled, HttpClientText::tr("cancelled"));
}

void HttpReply::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    if (m_exchange.responseBody.size() + chunk.size() > m_maxBytes) {
        fail(Error::TooLarge, HttpClientText::tr("the answer is larger than the %1 limit; reading stopped").arg(formatBytes(m_maxBytes)));
        return;
    }
    m_exchange.responseBody += chunk;
}

void HttpReply::onFinished()
{
    if (m_finished || !m_reply)
        return;
    onReadyRead();
    if (m_finished)
        return;
    QNetworkReply *reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_exchange.status = status.toInt();
        m_exchange.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        m_exchange.responseHeaders = reply->rawHeaderPairs();
    }
    if (reply->error() != QNetworkReply::NoError && !status.isValid()) {
        if (!m_sslErrors.isEmpty()) {
            fail(Error::Tls, HttpClientText::tr("TLS error talking to %1: %2. Tokenscope does not skip certificate checks; "
                                                "if this is your own test CA, add it to the profile's \"Trusted CAs\" (tokenscope-cli: --ca-file).")
                                 .arg(m_exchange.url.host(), m_sslErrors.join(QStringLiteral("; "))));
        } else {
            fail(Error::Network, HttpClientText::tr("could not reach %1: %2").arg(m_exchange.url.toDisplayString(QUrl::RemoveQuery), reply->errorString()));
        }
        return;
    }
    // An answer that started but broke off (connection closed before Content-Length bytes or the last chunk, ...):
    // Qt keeps the status, but the body is incomplete and must not be used. Errors 1..199 are transport/proxy errors;
    // the ones above come from the HTTP status itself (404, 500, ...) and are real answers.
    if (reply->error() != QNetworkReply::NoError && int(reply->error()) < 200) {
        fail(Error::Network, HttpClientText::tr("the answer from %1 broke off after HTTP %2 and %3 (%4); the incomplete answer is not used")
                                 .arg(m_exchange.url.toDisplayString(QUrl::RemoveQuery))
                                 .arg(status.toInt())
                                 .arg(formatBytes(m_exchange.responseBody.size()), reply->errorString()));
        return;
    }
    complete();
}

void HttpReply::fail(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_error = error;
    m_exchange.error = message;
    if (m_reply) {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && m_exchange.status == 0) {
            m_exchange.status = status.toInt();
            m_exchange.responseHeaders = m_reply->rawHeaderPairs();
        }
        m_reply->disconnect(this);
        m_reply->abort();
    }
    qCInfo(lcNet).noquote() << m_exchange.method << m_exchange.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)
                            << "failed:" << message;
    complete();
}

void HttpReply::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_exchange.elapsedMs = m_elapsed.elapsed();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    qCDebug(lcNet).noquote() << m_exchange.method << m_exchange.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)
                             << m_exchange.status << m_exchange.elapsedMs << "ms";
    emit finished();
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates == m_extraCas)
        return;
    m_extraCas = certificates;
    m_nam->clearConnectionCache();
    if (m_anonymousNam)
        m_anonymousNam->clearConnectionCache();
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

void HttpClient::setClientCertificate(const QSslCertificate &certificate, const QSslKey &key, const QStringList &origins)
{
    if (certificate.isNull()) {
        clearClientCertificate();
        return;
    }
    if (m_clientIdentity && certificate == m_clientIdentity->certificate && key == m_clientIdentity->key && origins == m_clientIdentity->origins)
        return;
    m_clientIdentity = ClientIdentity{certificate, key, origins};
    m_nam->clearConnectionCache(); // a connection keeps the TLS identity it was made with
}

void HttpClient::clearClientCertificate()
{
    if (!m_clientIdentity)
        return;
    m_clientIdentity.reset();
    m_nam->clearConnectionCache();
}

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam), m_userAgent(QByteArrayLiteral("Tokenscope/" TOKENSCOPE_VERSION))
{
    Q_ASSERT(nam);
}

HttpReply *HttpClient::get(const QUrl &url, const QString &step, const HttpHeaders &headers)
{
    return send("GET", url, step, {}, headers);
}

HttpReply *HttpClient::post(const QUrl &url, const QString &step, const QByteArray &body, const QByteArray &contentType,
                            const HttpHeaders &headers)
{
    HttpHeaders all = headers;
    all.prepend({QByteArrayLiteral("Content-Type"), contentType});
    return send("POST", url, step, body, all);
}

HttpReply *HttpClient::sendWithoutClientCertificate(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body,
                                                const HttpHeaders &headers)
{
    if (!m_anonymousNam)
        m_anonymousNam = new QNetworkAccessManager(this);
    return send(method, url, step, body, headers, m_anonymousNam, false);
}

HttpReply *HttpClient::send(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body,
                            const HttpHeaders &headers)
{
    return send(method, url, step, body, headers, m_nam, true);
}

HttpReply *HttpClient::send(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body,
                            const HttpHeaders &headers, QNetworkAccessManager *nam, bool mayPresentCertificate)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    HttpHeaders sent;
    sent.append({QByteArrayLiteral("User-Agent"), m_userAgent});
    bool hasAccept = false;
    for (const auto &h : headers)
        hasAccept = hasAccept || h.first.compare("Accept", Qt::CaseInsensitive) == 0;
    if (!hasAccept)
        sent.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    sent.append(headers);
    for (const auto &h : sent)
        request.setRawHeader(h.first, h.second);
    const bool presentCertificate = mayPresentCertificate && url.scheme() == QLatin1String("https") && m_clientIdentity
        && m_clientIdentity->origins.contains(originOf(url));
    if ((!m_extraCas.isEmpty() || presentCertificate) && url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        if (presentCertificate) {
            ssl.setLocalCertificate(m_clientIdentity->certificate);
            ssl.setPrivateKey(m_clientIdentity->key);
        }
        request.setSslConfiguration(ssl);
    }

    HttpExchange exchange;
    exchange.id = m_nextId++;
    exchange.step = step;
    exchange.method = method;
    exchange.url = url;
    exchange.requestHeaders = sent;
    exchange.requestBody = body;
    exchange.startedAt = QDateTime::currentDateTime();

    if (const QString refusal = fetchRefusal(url); !refusal.isEmpty()) {
        // Nothing is sent, nothing is read. The reply fails from the event loop, like every other failure, so a caller
        // connects to finished() first; the HTTP log shows the refused request with its reason.
        auto *refused = new HttpReply(nullptr, exchange, m_timeoutMs, m_maxBytes, this);
        emit exchangeStarted(redactExchange(exchange));
        connect(refused, &HttpReply::finished, this, [this, refused] { emit exchangeFinished(refused->exchange()); });
        QTimer::singleShot(0, refused, [refused, refusal] { refused->fail(HttpReply::Error::Refused, refusal); });
        return refused;
    }
    QNetworkReply *networkReply = nullptr;
    if (method == "GET")
        networkReply = nam->get(request);
    else if (method == "POST")
        networkReply = nam->post(request, body);
    else
        networkReply = nam->sendCustomRequest(request, method, body);

    auto *reply = new HttpReply(networkReply, exchange, m_timeoutMs, m_maxBytes, this);
    emit exchangeStarted(redactExchange(exchange));
    connect(reply, &HttpReply::finished, this, [this, reply] { emit exchangeFinished(reply->exchange()); });
    return reply;
}

} // namespace tokenscope
