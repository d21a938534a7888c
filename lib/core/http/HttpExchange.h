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
// Bearer-token names (access_token, id_token, id_token_hint, token): tokens a reader may want to decode but nobody should
// be able to replay from a log or a report. A JWT keeps its header and payload and loses its signature; anything else
// (an opaque token) is replaced whole.
bool isBearerTokenParameter(const QString &name);
QString redactBearerToken(const QString &token); // "header.payload.<redacted>" or "<redacted>"
inline constexpr char RedactedMarker[] = "<redacted>";

// A copy safe to show, copy or export: the client secret, refresh tokens, code verifier, passwords, Basic credentials
// and cookies replaced by "<redacted>", and bearer tokens (Authorization: Bearer/DPoP, access_token, id_token,
// id_token_hint, token) reduced by redactBearerToken(), in headers, form bodies, JSON bodies and the URL query.
HttpExchange redactExchange(const HttpExchange &exchange);
QByteArray redactFormBody(const QByteArray &body);
QByteArray redactJsonBody(const QByteArray &body);
QUrl redactUrl(const QUrl &url);

// "curl -X POST 'url' -H '...' --data-raw '...'" with single-quote shell escaping.
QString toCurlCommand(const HttpExchange &exchange);

QJsonObject exchangeToJson(const HttpExchange &exchange); // expects an already redacted exchange

} // namespace tokenscope
