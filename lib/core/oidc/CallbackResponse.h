#pragma once

#include "core/oidc/AuthorizationRequest.h"
#include "core/common/Check.h"
#include "core/oidc/ProviderMetadata.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

enum class CallbackSource { Query, Fragment, FormPost };

// The authorization response as it reached the redirect URI.
struct CallbackResponse
{
    CallbackSource source = CallbackSource::Query;
    QUrl url;                      // the callback URL as navigated (contains secrets: redact before logging)
    QMap<QString, QString> params; // first value of each name
    QStringList repeatedParams;    // names that appeared more than once (RFC 6749 3.1: must not)
    QStringList defects;           // malformed percent-encoding, non-UTF-8, empty names, oversize (> 1 MiB), ...
    QStringList notes;             // remarks that are not defects (answer in another place than the mode expects, ...)
    bool isError() const;          // has "error"
    QString error() const;
    QString errorDescription() const;
    QString errorUri() const;
    QString param(const QString &name) const { return params.value(name); }
};

// The largest callback (URL or form body) parseCallback() reads.
inline constexpr qsizetype MaxCallbackBytes = 1024 * 1024;

QString callbackSourceName(CallbackSource source); // "query" | "fragment" | "form_post"

// True when `candidate` is the registered redirect URI: same scheme, host (case-insensitive), port (default ports
// normalized), path (exact; for http(s) an empty path equals "/"); the redirect URI's own query params must be present
// with the same values. Works for https, http loopback and custom schemes (com.myapp://callback, com.app:/callback).
bool isCallbackUrl(const QUrl &candidate, const QUrl &redirectUri);

// Parses the response from the callback: mode "fragment" reads the fragment, "query" the query, "form_post" the
// application/x-www-form-urlencoded body ("" = form body when there is one, else fragment when it has OAuth params,
// else query). If the expected place has no OAuth params but another has (providers send some errors in the query
// even when fragment was asked for), those are read and a note says so. '+' decodes to a space.
// Note: QUrl has already repaired malformed percent-encoding ("%G1" -> "%25G1"); to see such defects, pass the raw
// navigated URL to parseRawCallback().
CallbackResponse parseCallback(const QUrl &url, const QByteArray &formBody, const QString &responseMode);
// The same on the URL text exactly as received (no QUrl normalization).
CallbackResponse parseRawCallback(QByteArrayView rawUrl, const QByteArray &formBody, const QString &responseMode);

// Checks on the authorization response: "state", "iss_param" (RFC 9207), "callback.params" and, for error responses,
// "callback.error" (failing with "<error>: <error_description> — <what to fix>").
// "iss_param" is left out when issParamAwaitsIdToken() is true: the caller decides it with issParamFromIdToken() once
// the response's ID token has been validated.
CheckList validateCallback(const CallbackResponse &response, const AuthorizationRequest &request,
                           const ProviderMetadata &metadata);

// True for a successful response without iss, from a provider that advertises authorization_response_iss_parameter_
// supported, that carries an ID token. RFC 9207 2.4 lets a client stand on the ID token's iss there: an ID token
// from the authorization endpoint already names its issuer, signed (OpenID Connect Core 3.2.2.11, 3.3.2.12; RFC 9207
// 1 and 2.4 name it as the existing countermeasure), and certified relying parties accept such responses (openid-client
// 5 Client#callback() requires iss only when the response has no id_token). A code-only or error response without
// iss is still refused.
bool issParamAwaitsIdToken(const CallbackResponse &response, const ProviderMetadata &metadata);

// "iss_param" for such a response, from the checks of its ID token (ids without prefix: "id_token.signature",
// "id_token.iss"): pass when both passed, fail (mix-up not excluded) otherwise.
Check issParamFromIdToken(const CheckList &idTokenChecks);

} // namespace tokenscope
