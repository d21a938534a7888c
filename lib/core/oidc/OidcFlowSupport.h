#pragma once

// What OidcFlow's two rooms share (OidcFlow.cpp: the sign-in up to the token endpoint; OidcFlowActions.cpp: userinfo,
// API, refresh, revocation, logout). Internal to lib/core/oidc.

#include "core/common/Check.h"
#include "core/http/HttpClient.h"
#include "core/jose/Jwt.h"
#include "core/oidc/FlowState.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/TokenValidator.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tokenscope::flowdetail {

QByteArray formEncode(const QList<QPair<QString, QString>> &form);

QString httpSummary(const HttpExchange &exchange);

// "invalid_grant: <the provider's description> — <what it means and what to fix>", like callback.error: the error code
// and the provider's own words are what a user searches for.
// `advice`, when given, replaces the general explanation (a grant's own: what to configure for it).
QString tokenErrorSummary(const TokenResponse &response, int httpStatus, const QString &advice = {});

// The Reasons code of an exchange that brought no usable answer.
QString reasonOf(const HttpReply *reply);

// The provider's OAuth error code ("oauth.invalid_grant"), else what the exchange says; a server failure (5xx) is one
// whatever its body (the engine names the code of a non-JSON answer itself).
QString reasonOf(const TokenResponse &response, const HttpReply *reply);

// The first failed check's id; an unsigned token (alg "none") is named as such, whichever of its checks failed first.
QString reasonOf(const CheckList &checks, const TokenSet &set);

int failureCount(const CheckList &checks);

// The tokens of a token endpoint's answer, for the token step's detail: "id_token, access_token, refresh_token".
QString receivedTokenNames(const TokenSet &set);

// OpenID Connect Core 3.1.3.3: the token endpoint's answer to a request with scope openid contains an ID token. The
// failed check token.id_token.format when it has none; nothing otherwise.
std::optional<Check> missingIdToken(const TokenSet &set, const QString &scope);

// userinfo.signature: a signed userinfo response (OpenID Connect Core 5.3.2, application/jwt) is verified with the
// ID tokens' key rules: its alg must be one the provider advertises in userinfo_signing_alg_values_supported (any
// supported asymmetric one when it advertises none), the signature must verify with the JWKS (HS* with the client
// secret), and iss and aud are compared when present, as oauth4webapi's processUserInfoResponse (validateOptionalIssuer,
// validateOptionalAudience). `ctx` is the flow's validation context.
Check userinfoSignatureCheck(const ParsedJwt &jwt, ValidationContext ctx, const QJsonValue &advertisedAlgs);

// RFC 6749 6: the refresh grant (the refresh step, and the revocation's probe that the token is dead).
QList<QPair<QString, QString>> refreshGrant(const QString &refreshToken);

} // namespace tokenscope::flowdetail
