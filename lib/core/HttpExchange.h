#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace tokenscope {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request and its answer, as the HTTP log and the reports show it.
// Holds secrets as sent: anything that leaves the engine goes through redactExchange() first.
struct HttpExchange
{
    int id = 0;
    QString step;                 // "discovery", "jwks", "token", "userinfo", "api", "refresh", ...
    QByteArray method;
    QUrl url;
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    QDateTime startedAt;

    int status = 0;               // 0 when no HTTP answer came back
    QByteArray reasonPhrase;
    HttpHeaders responseHeaders;
    QByteArray responseBody;      // capped at the client's size limit
    qint64 elapsedMs = 0;
    QString error;                // network, TLS, timeout or size failure, readable; empty when an HTTP answer arrived

    QByteArray responseHeader(const QByteArray &name) const; // case-insensitive
    QByteArray requestHeader(const QByteArray &name) const;
    bool isSuccess() const { return error.isEmpty() && status >= 200 && status < 300; }
};

// Secret names: form fields and JSON members whose values never leave the engine unredacted.
bool isSecretParameter(const QString &name);
inline constexpr char RedactedMarker[] = "<redacted>";

// A copy with the client secret, refresh tokens, code verifier, passwords and Basic/Bearer credentials replaced
// by "<redacted>" in headers, form bodies, JSON bodies and the URL query.
HttpExchange redactExchange(const HttpExchange &exchange);
QByteArray redactFormBody(const QByteArray &body);
QByteArray redactJsonBody(const QByteArray &body);
QUrl redactUrl(const QUrl &url);

// "curl -X POST 'url' -H '...' --data-raw '...'" with single-quote shell escaping.
QString toCurlCommand(const HttpExchange &exchange);

QJsonObject exchangeToJson(const HttpExchange &exchange); // expects an already redacted exchange

} // namespace tokenscope
