#pragma once

#include "core/common/Check.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tokenscope {

struct OAuthError
{
    QString error, description, uri;
    QString hint; // what it means and what to fix (explainOAuthError)
};

// The answer of the token endpoint (code exchange or refresh).
struct TokenResponse
{
    int httpStatus = 0;
    QJsonObject json;                // parsed body (empty if not a JSON object)
    QString accessToken, idToken, refreshToken, tokenType, scope;
    std::optional<qint64> expiresIn;
    std::optional<OAuthError> error; // OAuth error JSON, or a synthesized one for answers that are not OAuth JSON
    QStringList defects;             // non-JSON answers (with the first 200 characters, tags stripped), missing
                                     // access_token, token_type not Bearer/DPoP, expires_in not a number, ...
    bool ok() const;                 // 2xx, JSON, access_token present, no error
};

// The largest body parseTokenResponse() parses as JSON.
inline constexpr qsizetype MaxTokenResponseBytes = 1024 * 1024;

// contentType is the raw Content-Type header value ("application/json; charset=utf-8"). A body that is not OAuth
// JSON gets a synthesized error: "invalid_response" (or server_error / temporarily_unavailable / too_many_requests by
// HTTP status) with the body's text as description.
TokenResponse parseTokenResponse(int httpStatus, const QByteArray &contentType, const QByteArray &body);

// The checks of a successful token response (code exchange: prefix "token.", refresh: "refresh."), as oauth4webapi's
// processGenericAccessTokenResponse:
//   <prefix>token_type  RFC 6749 5.1 REQUIRED, compared case-insensitively; "Bearer" (RFC 6750) passes, "DPoP" (RFC
//                       9449) only when the client used DPoP; missing or any other type fails (RFC 6749 7.1: a client
//                       must not use an access token whose type it does not understand).
//   <prefix>expires_in  optional (RECOMMENDED): skipped when absent; a number of seconds >= 0 passes (a string holding
//                       one passes with a note, as oauth4webapi reads it); negative or not a number fails.
CheckList tokenResponseChecks(const TokenResponse &response, const QString &prefix, bool dpopUsed = false);

// What a token-endpoint or authorize error means and what to fix, refined by error_description and the HTTP status
// (0 when unknown, e.g. for errors in the authorization response). Never empty.
QString explainOAuthError(const QString &error, const QString &description, int httpStatus);

// The first `maxChars` characters of a body as readable text: tags, scripts and styles stripped, entities and
// whitespace collapsed.
QString readableBodyText(const QByteArray &body, int maxChars = 200);

} // namespace tokenscope
