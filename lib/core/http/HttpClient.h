#pragma once

#include "core/http/HttpExchange.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tokenscope {

// A URL's origin as "scheme://host:port" (the port only when the URL names one): the unit a client certificate is
// presented to (HttpClient::setClientCertificate()) and a resource server's DPoP nonces are kept by.
QString originOf(const QUrl &url);

// One request in flight. Emits finished() exactly once, also on timeout, size overflow, TLS failure or abort().
class HttpReply : public QObject
{
    Q_OBJECT
public:
    enum class Error { NoError, Timeout, TooLarge, Network, Tls, Cancelled, Refused }; // Refused: FetchPolicy said no, nothing was sent
    Q_ENUM(Error)

    const HttpExchange &exchange() const { return m_exchange; }
    Error error() const { return m_error; }
    QString errorString() const { return m_exchange.error; }
    bool isFinished() const { return m_finished; }
    void abort();

signals:
    void finished();

private:
    friend class HttpClient;
    HttpReply(QNetworkReply *reply, HttpExchange exchange, int timeoutMs, qint64 maxBytes, QObject *parent);
    void onReadyRead();
    void onFinished();
    void fail(Error error, const QString &message);
    void complete();

    QPointer<QNetworkReply> m_reply;
    HttpExchange m_exchange;
    Error m_error = Error::NoError;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    qint64 m_maxBytes;
    bool m_finished = false;
    QStringList m_sslErrors;
};

// The engine's only way onto the network: one QNetworkAccessManager passed in, only the URLs FetchPolicy allows
// (http and https; anything else fails with Error::Refused before any I/O), a deadline on every request,
// a cap on every response body, TLS errors reported with their reason and never ignored, and every exchange
// announced (exchangeFinished) for the HTTP log.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 DefaultMaxResponseBytes = 10 * 1024 * 1024;

    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxBytes; }
    // Certificates trusted in addition to the system's (explicit user choice, e.g. a test tenant's own CA). A change
    // drops the manager's open connections: Qt reuses a host's connection with the TLS settings it was made with.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    // Mutual TLS (RFC 8705): this certificate and key are presented to these origins ("https://host:port") only, never
    // to another server. An empty certificate: none is presented.
    void setClientCertificate(const QSslCertificate &certificate, const QSslKey &key, const QStringList &origins);
    void clearClientCertificate();
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    HttpReply *get(const QUrl &url, const QString &step, const HttpHeaders &headers = {});
    HttpReply *post(const QUrl &url, const QString &step, const QByteArray &body, const QByteArray &contentType,
                    const HttpHeaders &headers = {});
    HttpReply *send(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body,
                    const HttpHeaders &headers);
    // The same request without the client certificate, over a connection of its own (a second, private network access
    // manager: Qt's connection cache does not tell connections apart by their TLS identity, so a request through the
    // first one could reuse a connection that presented the certificate). For the check that a resource refuses a
    // certificate-bound token without it (RFC 8705 3). Announced like every other exchange.
    HttpReply *sendWithoutClientCertificate(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body,
                                            const HttpHeaders &headers);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

signals:
    void exchangeStarted(const tokenscope::HttpExchange &exchange);
    void exchangeFinished(const tokenscope::HttpExchange &exchange);

private:
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxBytes = DefaultMaxResponseBytes;
    QList<QSslCertificate> m_extraCas;
    HttpReply *send(const QByteArray &method, const QUrl &url, const QString &step, const QByteArray &body, const HttpHeaders &headers,
                    QNetworkAccessManager *nam, bool mayPresentCertificate);
    QNetworkAccessManager *m_anonymousNam = nullptr; // sendWithoutClientCertificate()'s, made on first use
    // Only once set: a default QSslCertificate or QSslKey loads the TLS backend (libssl, OpenSSL's configuration), which
    // cost the window a tenth of its first frame (issue 17).
    struct ClientIdentity
    {
        QSslCertificate certificate;
        QSslKey key;
        QStringList origins;
    };
    std::optional<ClientIdentity> m_clientIdentity;
    QByteArray m_userAgent;
    int m_nextId = 1;
};

} // namespace tokenscope
