#include "core/oidc/TokenResponse.h"
#include "core/oidc/Dpop.h"

#include "core/common/Text.h"
#include "core/json/JsonValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace tokenscope {

namespace {

bool is2xx(int status)
{
    return status >= 200 && status < 300;
}

QString mimeType(const QByteArray &contentType)
{
    return QString::fromLatin1(contentType.split(';').first().trimmed().toLower());
}

bool isJsonMime(const QString &mime)
{
    return mime == QLatin1String("application/json") || mime.endsWith(QLatin1String("+json"));
}

// The error code to synthesize for an answer that is not OAuth JSON.
QString syntheticErrorCode(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("too_many_requests");
    case 503:
        return QStringLiteral("temporarily_unavailable");
    case 500:
    case 502:
    case 504:
        return QStringLiteral("server_error");
    default:
        break;
    }
    return QStringLiteral("invalid_response");
}

OAuthError synthesize(int status, const QString &description)
{
    OAuthError e;
    e.error = syntheticErrorCode(status);
    e.description = description;
    e.hint = explainOAuthError(e.error, e.description, status);
    return e;
}

} // namespace

bool TokenResponse::ok() const
{
    return is2xx(httpStatus) && !json.isEmpty() && !accessToken.isEmpty() && !error.has_value();
}

QString readableBodyText(const QByteArray &body, int maxChars)
{
    static const QRegularExpression scripts(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(body.left(64 * 1024));
    text.remove(scripts);
    text.remove(comments);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

TokenResponse parseTokenResponse(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    TokenResponse r;
    r.httpStatus = httpStatus;
    const QString mime = mimeType(contentType);
    const QString mimeText = mime.isEmpty() ? QCoreApplication::translate("TokenResponse", "no Content-Type") : mime;
    const QString status = QString::number(httpStatus);

    if (body.size() > MaxTokenResponseBytes) {
        const QString text = readableBodyText(body);
        r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 with %2 bytes (%3), more than the 1 MiB a token response may "
                        "have; it was not read: %4")
                         .arg(status, QString::number(body.size()), mimeText, text);
        r.error = synthesize(httpStatus, text);
        return r;
    }
    if (body.trimmed().isEmpty()) {
        r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 with an empty body (%2), not JSON").arg(status, mimeText);
        r.error = synthesize(httpStatus, QCoreApplication::translate("TokenResponse", "empty answer (HTTP %1)").arg(status));
        return r;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString text = readableBodyText(body);
        r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 with %2 (not JSON): %3").arg(status, mimeText, text);
        r.error = synthesize(httpStatus, text);
        return r;
    }
    if (!doc.isObject()) {
        const QString kind = doc.isArray() ? QCoreApplication::translate("TokenResponse", "a JSON array")
                                           : QCoreApplication::translate("TokenResponse", "a JSON value");
        r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 with %2, not a JSON object (RFC 6749 5.1)")
                         .arg(status, kind);
        r.error = synthesize(httpStatus, readableBodyText(body));
        return r;
    }

    r.json = doc.object();
    if (!isJsonMime(mime)) {
        r.defects << QCoreApplication::translate("TokenResponse", "the Content-Type is %1, not application/json (RFC 6749 5.1); the body was read as JSON anyway")
                         .arg(mimeText);
    }

    auto optionalString = [&](const char *key, QString *out) {
        const QJsonValue v = r.json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isString()) {
            r.defects << QCoreApplication::translate("TokenResponse", "\"%1\" must be a string, not %2").arg(QLatin1String(key), json::typeName(v));
            return false;
        }
        *out = v.toString();
        return true;
    };

    // error (RFC 6749 5.2)
    const QJsonValue errorValue = r.json.value(QLatin1String("error"));
    if (!errorValue.isUndefined()) {
        OAuthError e;
        if (errorValue.isString()) {
            e.error = errorValue.toString();
        } else {
            r.defects << QCoreApplication::translate("TokenResponse", "\"error\" must be a string, not %1 (RFC 6749 5.2)").arg(json::typeName(errorValue));
            e.error = syntheticErrorCode(httpStatus);
        }
        optionalString("error_description", &e.description);
        optionalString("error_uri", &e.uri);
        if (e.description.isEmpty()) {
            // Some gateways use "message" for the human-readable text.
            const QJsonValue message = r.json.value(QLatin1String("message"));
            if (message.isString())
                e.description = message.toString();
        }
        e.hint = explainOAuthError(e.error, e.description, httpStatus);
        if (is2xx(httpStatus)) {
            r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 with an OAuth error; errors use status 400 or 401 (RFC "
                            "6749 5.2)")
                             .arg(status);
        }
        r.error = e;
    } else if (!is2xx(httpStatus)) {
        const QString text = readableBodyText(QJsonDocument(r.json).toJson(QJsonDocument::Compact));
        r.defects << QCoreApplication::translate("TokenResponse", "the token endpoint answered %1 without an OAuth error object (RFC 6749 5.2): %2")
                         .arg(status, text);
        r.error = synthesize(httpStatus, text);
    }

    optionalString("access_token", &r.accessToken);
    optionalString("id_token", &r.idToken);
    optionalString("refresh_token", &r.refreshToken);
    optionalString("token_type", &r.tokenType);
    optionalString("scope", &r.scope);

    const QJsonValue expires = r.json.value(QLatin1String("expires_in"));
    if (expires.isDouble()) {
        const double seconds = expires.toDouble();
        if (seconds != static_cast<double>(static_cast<qint64>(seconds)))
            r.defects << QCoreApplication::translate("TokenResponse", "\"expires_in\" %1 is not a whole number of seconds").arg(seconds);
        if (seconds < 0)
            r.defects << QCoreApplication::translate("TokenResponse", "\"expires_in\" %1 is negative").arg(seconds);
        r.expiresIn = static_cast<qint64>(seconds);
    } else if (expires.isString()) {
        bool ok = false;
        const qint64 seconds = expires.toString().trimmed().toLongLong(&ok);
        if (ok) {
            r.expiresIn = seconds;
            r.defects << QCoreApplication::translate("TokenResponse", "\"expires_in\" is a string (\"%1\"), not a number (RFC 6749 5.1)").arg(expires.toString());
        } else {
            r.defects << QCoreApplication::translate("TokenResponse", "\"expires_in\" \"%1\" is not a number of seconds").arg(expires.toString());
        }
    } else if (!expires.isUndefined() && !expires.isNull()) {
        r.defects << QCoreApplication::translate("TokenResponse", "\"expires_in\" must be a number of seconds, not %1").arg(json::typeName(expires));
    }

    if (!r.error && is2xx(httpStatus)) {
        if (r.accessToken.isEmpty()) {
            r.defects << QCoreApplication::translate("TokenResponse", "the response has no access_token (RFC 6749 5.1 requires one)");
        }
        if (r.tokenType.isEmpty()) {
            r.defects << QCoreApplication::translate("TokenResponse", "the response has no token_type (RFC 6749 5.1 requires one; expected Bearer)");
        } else if (r.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0
                   && !isDpopTokenType(r.tokenType)) {
            r.defects << QCoreApplication::translate("TokenResponse", "token_type \"%1\" is neither Bearer nor DPoP: Tokenscope cannot call an API with it")
                             .arg(r.tokenType);
        }
    }
    return r;
}

CheckList tokenResponseChecks(const TokenResponse &response, const QString &prefix, bool dpopUsed)
{
    CheckList checks;
    const QString typeId = prefix + QStringLiteral("token_type");
    const QJsonValue type = response.json.value(QLatin1String("token_type"));
    const QString typeText = type.toString();
    if (!type.isString() || typeText.isEmpty()) {
        checks << Check::fail(typeId, type.isUndefined() || type.isNull() || (type.isString() && typeText.isEmpty())
                                          ? QCoreApplication::translate("TokenResponse", "the token response has no token_type, which RFC 6749 5.1 requires "
                                                                                         "(expected Bearer): a client cannot tell how to use the access token")
                                          : QCoreApplication::translate("TokenResponse", "token_type must be a string (RFC 6749 5.1), not %1").arg(json::typeName(type)));
    } else if (typeText.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
        checks << Check::pass(typeId, typeText == QLatin1String("Bearer")
                                          ? QCoreApplication::translate("TokenResponse", "Bearer (RFC 6750)")
                                          : QCoreApplication::translate("TokenResponse", "%1: Bearer, compared case-insensitively (RFC 6749 5.1)").arg(typeText));
    } else if (isDpopTokenType(typeText)) {
        if (dpopUsed)
            checks << Check::pass(typeId, QCoreApplication::translate("TokenResponse", "%1: a DPoP-bound token (RFC 9449 5)").arg(typeText));
        else
            checks << Check::fail(typeId, QCoreApplication::translate("TokenResponse", "token_type %1, but this client sent no DPoP proof: a DPoP-bound "
                                                                                       "token cannot be used without one (RFC 9449 5, 7.1)")
                                              .arg(typeText));
    } else {
        checks << Check::fail(typeId, QCoreApplication::translate("TokenResponse", "token_type \"%1\" is not a type Tokenscope understands (Bearer, DPoP); "
                                                                                   "a client must not use an access token whose type it does not understand "
                                                                                   "(RFC 6749 7.1)")
                                          .arg(typeText));
    }

    const QString expiresId = prefix + QStringLiteral("expires_in");
    const QJsonValue expires = response.json.value(QLatin1String("expires_in"));
    if (expires.isUndefined() || expires.isNull()) {
        checks << Check::skip(expiresId, QCoreApplication::translate("TokenResponse", "no expires_in: it is only RECOMMENDED (RFC 6749 5.1), so the access "
                                                                                      "token's lifetime is unknown"));
    } else if (expires.isDouble() || expires.isString()) {
        bool number = expires.isDouble();
        double seconds = expires.toDouble();
        if (expires.isString())
            seconds = expires.toString().trimmed().toDouble(&number);
        const QString shown = expires.isString() ? QStringLiteral("\"%1\"").arg(expires.toString()) : QString::number(seconds, 'g', 15);
        if (!number || !std::isfinite(seconds))
            checks << Check::fail(expiresId, QCoreApplication::translate("TokenResponse", "expires_in %1 is not a number of seconds (RFC 6749 5.1)").arg(shown));
        else if (seconds < 0)
            checks << Check::fail(expiresId, QCoreApplication::translate("TokenResponse", "expires_in %1 is negative: a lifetime cannot be (RFC 6749 5.1)").arg(shown));
        else if (expires.isString())
            checks << Check::pass(expiresId, QCoreApplication::translate("TokenResponse", "%1 seconds, sent as a string %2 instead of a number (RFC 6749 5.1); "
                                                                                          "read as a number, as oauth4webapi does")
                                                 .arg(QString::number(seconds, 'g', 15), shown));
        else
            checks << Check::pass(expiresId, QCoreApplication::translate("TokenResponse", "the access token expires in %1 seconds").arg(shown));
    } else {
        checks << Check::fail(expiresId, QCoreApplication::translate("TokenResponse", "expires_in must be a number of seconds (RFC 6749 5.1), not %1").arg(json::typeName(expires)));
    }
    return checks;
}

QString explainOAuthError(const QString &errorCode, const QString &description, int httpStatus)
{
    const QString error = errorCode.trimmed().toLower();
    const QString &d = description;

    if (error == QLatin1String("login_required")) {
        return QCoreApplication::translate("TokenResponse", "prompt=none needs an existing session at the provider: sign in once without prompt=none (remove it "
                  "from the extra parameters), then try again");
    }
    if (error == QLatin1String("consent_required")) {
        return QCoreApplication::translate("TokenResponse", "the user has not consented to the requested scopes or audience and prompt=none forbids asking: sign "
                  "in once without prompt=none, or (Auth0) turn on \"Allow Skipping User Consent\" for the API; Auth0 "
                  "never skips consent for localhost callback URLs");
    }
    if (error == QLatin1String("interaction_required")) {
        return QCoreApplication::translate("TokenResponse", "the provider needs the user to interact (login page, MFA, a rule or action redirect) and "
                  "prompt=none forbids it: sign in again without prompt=none");
    }
    if (error == QLatin1String("account_selection_required")) {
        return QCoreApplication::translate("TokenResponse", "several sessions exist and prompt=none forbids asking which one: sign in without prompt=none or "
                  "add login_hint");
    }
    if (error == QLatin1String("unauthorized_client")) {
        return QCoreApplication::translate("TokenResponse", "the application is not allowed this grant/response type; enable it in the application's settings "
                  "(Auth0: Applications > your application > Advanced Settings > Grant Types: Implicit for id_token "
                  "and token, Authorization Code for code, Refresh Token for refreshing)");
    }
    if (error == QLatin1String("access_denied")) {
        if (mentions(d, {"refresh token", "refresh_token"})) {
            return QCoreApplication::translate("TokenResponse", "the refresh token is unknown, expired, revoked or already rotated: sign in again with "
                      "offline_access in the scope to get a new one");
        }
        if (mentions(d, {"service not enabled", "service not found"})) {
            return QCoreApplication::translate("TokenResponse", "the audience does not name an API of this tenant: set \"audience\" to the Identifier of an API "
                      "registered at the provider");
        }
        return QCoreApplication::translate("TokenResponse", "the user declined, or a rule, action or tenant setting denied the request: read the description, "
                  "check the tenant's rules/actions and that the user may use this application");
    }
    if (error == QLatin1String("invalid_request")) {
        if (mentions(d, {"redirect_uri", "redirect uri", "callback"})) {
            return QCoreApplication::translate("TokenResponse", "add the callback URL to the application's Allowed Callback URLs (it must match exactly, "
                      "trailing slash included), and send the same redirect_uri to /authorize and /oauth/token");
        }
        if (mentions(d, {"code_verifier", "code_challenge", "pkce"})) {
            return QCoreApplication::translate("TokenResponse", "PKCE is incomplete: send code_challenge with code_challenge_method=S256 to /authorize and the "
                      "code_verifier of the same attempt to the token endpoint");
        }
        if (mentions(d, {"pushed authorization request"})) {
            return QCoreApplication::translate("TokenResponse", "the application requires pushed authorization requests (RFC 9126): set \"par\" to true in the "
                      "profile (Request section of the editor)");
        }
        if (mentions(d, {"request object must be used"})) {
            return QCoreApplication::translate("TokenResponse", "the application requires a signed request object (RFC 9101): set \"requestObject\" to signed in "
                      "the profile and register the client key's public JWK (or use the client secret for HS256)");
        }
        if (mentions(d, {"nonce"})) {
            return QCoreApplication::translate("TokenResponse", "response types that return an ID token from /authorize need a nonce: keep openid in the scope "
                      "and do not remove the nonce");
        }
        return QCoreApplication::translate("TokenResponse", "a parameter is missing, repeated or malformed: read the description and fix the profile field or "
                  "extra parameter it names");
    }
    if (error == QLatin1String("invalid_request_object")) {
        return QCoreApplication::translate("TokenResponse", "the provider refused the signed request object (RFC 9101 6): check that the public key of "
                  "\"clientKey\" is registered for the application with the kid Tokenscope sends, and that the provider allows its alg");
    }
    if (error == QLatin1String("invalid_request_uri")) {
        return QCoreApplication::translate("TokenResponse", "the pushed request's request_uri is unknown, used or expired (RFC 9126 4): sign in again; "
                  "the login must finish within the expires_in the provider gave");
    }
    if (error == QLatin1String("invalid_dpop_proof")) {
        return QCoreApplication::translate("TokenResponse", "the provider refused the DPoP proof (RFC 9449 4.3): read the description; a replayed jti, a "
                  "clock far off, an alg it does not list in dpop_signing_alg_values_supported or a proof for another URL are the "
                  "usual causes");
    }
    if (error == QLatin1String("use_dpop_nonce")) {
        return QCoreApplication::translate("TokenResponse", "the provider wants a DPoP nonce (RFC 9449 8) and refused the retry that carried the one it "
                  "gave");
    }
    if (error == QLatin1String("invalid_grant")) {
        if (mentions(d, {"refresh token", "refresh_token"})) {
            return QCoreApplication::translate("TokenResponse", "the refresh token is unknown, expired, revoked or already rotated: sign in again with "
                      "offline_access in the scope to get a new one");
        }
        if (mentions(d, {"verifier", "pkce"})) {
            return QCoreApplication::translate("TokenResponse", "the code_verifier does not match the code_challenge sent to /authorize: exchange the code with "
                      "the verifier of the same attempt");
        }
        if (mentions(d, {"redirect"})) {
            return QCoreApplication::translate("TokenResponse", "redirect_uri must be identical to the one sent to /authorize");
        }
        if (mentions(d, {"password", "credentials"})) {
            return QCoreApplication::translate("TokenResponse", "wrong username or password");
        }
        return QCoreApplication::translate("TokenResponse", "the authorization code is invalid, expired or already used (codes are single-use and short-lived): "
                  "start a new sign-in and exchange the code at once, with the same redirect_uri");
    }
    if (error == QLatin1String("invalid_client")) {
        return QCoreApplication::translate("TokenResponse", "client authentication failed: check the client ID and secret, and that \"tokenEndpointAuth\" "
                  "matches the application's Token Endpoint Authentication Method (Auth0: Post, Basic or None)");
    }
    if (error == QLatin1String("invalid_scope")) {
        return QCoreApplication::translate("TokenResponse", "a requested scope is unknown or not allowed: remove it, or define it on the API named by "
                  "\"audience\" (API scopes exist only for that audience)");
    }
    if (error == QLatin1String("unsupported_response_type")) {
        return QCoreApplication::translate("TokenResponse", "the provider or the application does not support this response_type: pick one from "
                  "response_types_supported and enable the matching grant types in the application's settings");
    }
    if (error == QLatin1String("unsupported_grant_type")) {
        return QCoreApplication::translate("TokenResponse", "the token endpoint does not accept this grant_type: enable the grant for the application (Auth0: "
                  "Advanced Settings > Grant Types)");
    }
    if (error == QLatin1String("unsupported_response_mode")) {
        return QCoreApplication::translate("TokenResponse", "the provider does not support this response_mode: pick one from response_modes_supported or leave "
                  "\"responseMode\" empty");
    }
    if (error == QLatin1String("endpoint_disabled")) {
        return QCoreApplication::translate("TokenResponse", "the endpoint or grant is disabled for this tenant or application: enable it in the tenant or "
                  "application settings, or use the endpoints from the discovery document");
    }
    if (error == QLatin1String("too_many_requests")) {
        return QCoreApplication::translate("TokenResponse", "rate limited: wait before retrying (see the Retry-After header); Auth0 also limits how often the "
                  "same refresh token may be used");
    }
    if (error == QLatin1String("server_error")) {
        return QCoreApplication::translate("TokenResponse", "the provider failed internally: retry later; a failing rule or action in the tenant also shows up "
                  "as server_error, so check the tenant's logs");
    }
    if (error == QLatin1String("temporarily_unavailable")) {
        return QCoreApplication::translate("TokenResponse", "the provider is overloaded or under maintenance: retry later");
    }
    if (error == QLatin1String("mfa_required")) {
        return QCoreApplication::translate("TokenResponse", "multi-factor authentication is required for this user: sign in through the browser so the "
                  "provider can run MFA");
    }
    if (error == QLatin1String("invalid_token")) {
        return QCoreApplication::translate("TokenResponse", "the access token is invalid or expired, or was issued for another audience: get a new one with "
                  "the right \"audience\"");
    }
    if (error == QLatin1String("insufficient_scope")) {
        return QCoreApplication::translate("TokenResponse", "the access token lacks a scope the API requires: add it to \"scope\" and make sure the API "
                  "grants it to the application");
    }

    // Unknown code (or a synthesized one): explain by HTTP status.
    switch (httpStatus) {
    case 400:
        return QCoreApplication::translate("TokenResponse", "the provider rejected the request (400): read the description");
    case 401:
        return QCoreApplication::translate("TokenResponse", "the provider did not accept the client's credentials (401): check the client ID, the secret and "
                  "\"tokenEndpointAuth\"");
    case 403:
        return QCoreApplication::translate("TokenResponse", "the provider refused the request (403): the application or the user is not allowed this grant; "
                  "check the application's grant types and the tenant's rules/actions");
    case 404:
        return QCoreApplication::translate("TokenResponse", "nothing answers at this URL (404): check the token endpoint (from discovery, or "
                  "\"endpoints.token\" in the profile)");
    case 405:
        return QCoreApplication::translate("TokenResponse", "the endpoint does not accept this HTTP method (405): the token endpoint expects POST; check the "
                  "URL");
    case 429:
        return QCoreApplication::translate("TokenResponse", "rate limited (429): wait before retrying (see the Retry-After header)");
    case 501:
        return QCoreApplication::translate("TokenResponse", "the provider does not implement this (501): check the response type or grant type");
    case 503:
        return QCoreApplication::translate("TokenResponse", "the provider is unavailable (503): retry later");
    default:
        break;
    }
    if (httpStatus >= 500)
        return QCoreApplication::translate("TokenResponse", "the provider failed (%1): retry later and check the tenant's logs").arg(httpStatus);
    if (error == QLatin1String("invalid_response")) {
        if (is2xx(httpStatus)) {
            return QCoreApplication::translate("TokenResponse", "the answer is not a token response: the URL is probably not the token endpoint (a login page or "
                      "a proxy answered); check the token endpoint from discovery or \"endpoints.token\"");
        }
        return QCoreApplication::translate("TokenResponse", "the answer is not OAuth JSON: check the URL and any proxy between Tokenscope and the provider");
    }
    return QCoreApplication::translate("TokenResponse", "the provider returned an error this version does not explain: read the description and the provider's "
              "documentation");
}

} // namespace tokenscope
