#include "core/http/HttpExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace tokenscope {

namespace {

QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonValue redactJsonValue(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretParameter(it.key()))
                it.value() = QLatin1String(RedactedMarker);
            else if (isBearerTokenParameter(it.key()) && it.value().isString())
                it.value() = redactBearerToken(it.value().toString());
            else
                it.value() = redactJsonValue(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJsonValue(*it);
        return a;
    }
    return value;
}

QByteArray redactAuthorization(const QByteArray &value)
{
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return RedactedMarker;
    const QByteArray scheme = value.left(space);
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0 || scheme.compare("DPoP", Qt::CaseInsensitive) == 0)
        return scheme + ' ' + redactBearerToken(QString::fromLatin1(value.mid(space + 1).trimmed())).toLatin1();
    return scheme + ' ' + RedactedMarker;
}

QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

QByteArray HttpExchange::responseHeader(const QByteArray &name) const
{
    return findHeader(responseHeaders, name);
}

QByteArray HttpExchange::requestHeader(const QByteArray &name) const
{
    return findHeader(requestHeaders, name);
}

bool isSecretParameter(const QString &name)
{
    static const QStringList secrets{QStringLiteral("client_secret"), QStringLiteral("refresh_token"),
                                     QStringLiteral("code_verifier"), QStringLiteral("password"),
                                     QStringLiteral("clientSecret"),
                                     QStringLiteral("refreshToken"), QStringLiteral("codeVerifier"),
                                     // RFC 8628 3.2: the device code is the client's credential for the polling
                                     QStringLiteral("device_code"), QStringLiteral("deviceCode")};
    return secrets.contains(name, Qt::CaseInsensitive);
}

bool isBearerTokenParameter(const QString &name)
{
    static const QStringList tokens{QStringLiteral("access_token"), QStringLiteral("id_token"), QStringLiteral("id_token_hint"),
                                    QStringLiteral("token"), QStringLiteral("accessToken"), QStringLiteral("idToken"),
                                    QStringLiteral("subject_token"), QStringLiteral("actor_token"),
                                    // RFC 7523: its signature is the credential; header and claims show what was sent
                                    QStringLiteral("client_assertion"),
                                    QStringLiteral("subjectToken"), QStringLiteral("actorToken")};
    return tokens.contains(name, Qt::CaseInsensitive);
}

QString redactBearerToken(const QString &token)
{
    // Only a well-formed compact JWS keeps its readable parts; anything else could hide the credential in "header".
    static const QRegularExpression jws(QStringLiteral("^([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.[A-Za-z0-9_-]+$"));
    const QRegularExpressionMatch m = jws.match(token);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char('.') + m.captured(2) + QLatin1Char('.') + QLatin1String(RedactedMarker);
    return QLatin1String(RedactedMarker);
}

QByteArray redactFormBody(const QByteArray &body)
{
    QList<QByteArray> parts = body.split('&');
    for (QByteArray &part : parts) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq));
        if (isSecretParameter(QString::fromUtf8(name))) {
            part = part.left(eq < 0 ? part.size() : eq) + '=' + QByteArray(RedactedMarker).toPercentEncoding();
        } else if (eq >= 0 && isBearerTokenParameter(QString::fromUtf8(name))) {
            const QString value = QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(eq + 1).replace('+', ' ')));
            part = part.left(eq) + '=' + redactBearerToken(value).toUtf8().toPercentEncoding();
        }
    }
    return parts.join('&');
}

// For JSON that does not parse (cut off at the size cap or by a broken connection, or simply broken): secret string
// members are redacted in the text, up to the end of the text when the string never closes.
static QByteArray redactBrokenJson(const QByteArray &body)
{
    static const QRegularExpression member(QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*"(?:[^"\\]|\\.)*(?:"|$))re"));
    const QString text = QString::fromUtf8(body);
    QString out;
    qsizetype last = 0;
    for (auto it = member.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!isSecretParameter(m.captured(1)) && !isBearerTokenParameter(m.captured(1)))
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QLatin1Char('"') + m.captured(1) + QStringLiteral("\":\"") + QLatin1String(RedactedMarker) + QLatin1Char('"');
        last = m.capturedEnd();
    }
    if (last == 0)
        return body;
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray redactJsonBody(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return redactBrokenJson(body);
    const QJsonValue redacted = redactJsonValue(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (redacted.isObject())
        return QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact);
}

namespace {
// name=value&... with every secret value redacted and every bearer token reduced (the query, or a fragment that carries
// an authorization response).
QString redactParams(const QString &encoded)
{
    const QUrlQuery query(encoded);
    QUrlQuery redacted;
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        const QString name = QUrl::fromPercentEncoding(item.first.toUtf8());
        QString value = item.second;
        if (isSecretParameter(name))
            value = QStringLiteral("%3Credacted%3E");
        else if (isBearerTokenParameter(name))
            value = QString::fromLatin1(redactBearerToken(QUrl::fromPercentEncoding(item.second.toUtf8())).toUtf8().toPercentEncoding());
        redacted.addQueryItem(item.first, value);
    }
    return redacted.query(QUrl::FullyEncoded);
}
} // namespace

QUrl redactUrl(const QUrl &url)
{
    QUrl out = url;
    out.setPassword({});
    if (out.hasQuery())
        out.setQuery(redactParams(out.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    // An implicit or hybrid response arrives in the fragment (OAuth 2.0 Multiple Response Types 5): the same redaction.
    if (out.hasFragment() && out.fragment(QUrl::FullyEncoded).contains(QLatin1Char('=')))
        out.setFragment(redactParams(out.fragment(QUrl::FullyEncoded)), QUrl::StrictMode);
    return out;
}

HttpExchange redactExchange(const HttpExchange &exchange)
{
    HttpExchange out = exchange;
    out.url = redactUrl(exchange.url);
    for (auto &h : out.requestHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            h.second = redactAuthorization(h.second);
        else if (h.first.compare("Cookie", Qt::CaseInsensitive) == 0)
            h.second = RedactedMarker;
    }
    for (auto &h : out.responseHeaders) {
        if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            h.second = RedactedMarker;
    }
    const QByteArray requestType = exchange.requestHeader("Content-Type");
    if (requestType.startsWith("application/x-www-form-urlencoded"))
        out.requestBody = redactFormBody(exchange.requestBody);
    else if (requestType.contains("json"))
        out.requestBody = redactJsonBody(exchange.requestBody);
    if (exchange.responseHeader("Content-Type").contains("json"))
        out.responseBody = redactJsonBody(exchange.responseBody);
    return out;
}

QString toCurlCommand(const HttpExchange &exchange)
{
    QStringList parts{QStringLiteral("curl")};
    if (exchange.method != "GET" || !exchange.requestBody.isEmpty())
        parts << QStringLiteral("-X") << QString::fromLatin1(exchange.method);
    parts << shellQuote(exchange.url.toString(QUrl::FullyEncoded));
    for (const auto &h : exchange.requestHeaders)
        parts << QStringLiteral("-H") << shellQuote(QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second));
    if (!exchange.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(exchange.requestBody));
    return parts.join(QLatin1Char(' '));
}

QJsonObject exchangeToJson(const HttpExchange &exchange)
{
    auto headers = [](const HttpHeaders &list) {
        QJsonArray a;
        for (const auto &h : list)
            a.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
        return a;
    };
    QJsonObject o{{QStringLiteral("id"), exchange.id},
                  {QStringLiteral("step"), exchange.step},
                  {QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                  {QStringLiteral("url"), exchange.url.toString(QUrl::FullyEncoded)},
                  {QStringLiteral("startedAt"), exchange.startedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("requestHeaders"), headers(exchange.requestHeaders)},
                  {QStringLiteral("requestBody"), QString::fromUtf8(exchange.requestBody)},
                  {QStringLiteral("status"), exchange.status},
                  {QStringLiteral("responseHeaders"), headers(exchange.responseHeaders)},
                  {QStringLiteral("responseBody"), QString::fromUtf8(exchange.responseBody.left(64 * 1024))},
                  {QStringLiteral("ms"), exchange.elapsedMs}};
    if (!exchange.error.isEmpty())
        o.insert(QStringLiteral("error"), exchange.error);
    return o;
}

} // namespace tokenscope
