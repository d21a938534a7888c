#pragma once

// Inspecting a token someone hands over (a pasted string, a line of `tokenscope-cli inspect -`): what it is, and the
// checks that `tokenscope-cli inspect` and the window's token workbench both run, so that the two never differ.

#include "core/oidc/TokenValidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace tokenscope {

// A token as typed or pasted: surrounding and inner whitespace (line breaks of a wrapped log line) and an
// "Authorization: Bearer " / "Bearer " prefix (RFC 6750 2.1, scheme case-insensitive) are dropped.
QByteArray normalizeTokenText(QStringView text);

// The token's serialization: a JWS (three parts: RFC 7515 7.1), a JWE (five parts: RFC 7516 7.1), or anything else
// (an opaque token, RFC 6749 1.4: only its issuer can read it).
enum class TokenForm { Empty, Jws, Jwe, Opaque };
TokenForm tokenForm(const QByteArray &token);

// What a decoded JWT is for, read from its header typ and its claims.
enum class JwtPurpose {
    Unknown,
    IdToken,         // OpenID Connect Core 2: iss, sub, aud, exp, iat (and no typ of another kind)
    AccessToken,     // RFC 9068 2.1: typ "at+jwt" (or "application/at+jwt")
    LogoutToken,     // OpenID Connect Back-Channel Logout 1.0 2.4: events with http://schemas.openid.net/event/backchannel-logout
    ClientAssertion, // RFC 7523 3 / OIDC Core 9: iss == sub (the client), aud, jti, exp; no nonce
    DpopProof,       // RFC 9449 4.2: typ "dpop+jwt", htm, htu, jti
    RequestObject,   // RFC 9101 / OIDC Core 6.1: typ "oauth-authz-req+jwt", or client_id with response_type / redirect_uri
};
JwtPurpose jwtPurpose(const QJsonObject &header, const QJsonObject &payload);
QString jwtPurposeName(JwtPurpose purpose);  // "ID token", "access token (RFC 9068)", ... (translated)
QString jwtPurposeReason(JwtPurpose purpose); // why it was recognised as that, with the spec section

// The protected header of a JWE (RFC 7516 7.1: its first part), and which key would decrypt it.
struct JweHeader
{
    QJsonObject header;
    QString alg, enc, kid;
    QStringList defects; // the header is not base64url or not a JSON object
};
JweHeader parseJweHeader(const QByteArray &token);
// "the client secret (alg dir: RFC 7518 4.5 ...)", "the client's private key with kid k1 (RSA-OAEP-256) ..."
QString jweDecryptionKey(const JweHeader &jwe);

// The options of `tokenscope-cli inspect`, and the validation context they make (the same in the window).
struct InspectOptions
{
    QString issuer;   // --issuer: expected iss
    QString audience; // --audience: expected aud member (and azp)
    std::optional<QString> nonce;
    QString accessToken, code, state; // at_hash, c_hash, s_hash
    QByteArray secret;                // HS* key
    QString alg;                      // --alg: the algorithm the token must use
    qint64 skewSecs = 60;
};
ValidationContext inspectContext(const InspectOptions &options, const Clock *clock, const JwkSet *jwks);

// The checks `tokenscope-cli inspect` runs on a decoded token: a JWT access token (typ at+jwt, RFC 9068 2.1) gets the
// access-token checks (ids access_token.*), any other token the ID-token checks of OpenID Connect Core 3.1.3.7 (ids
// id_token.*); a check without its input skips.
ValidationResult inspectChecks(const ParsedJwt &jwt, const ValidationContext &ctx);

// A time claim as "2026-12-03T21:05:00 (in 59 min)" (local time, relative to `now`); empty when it is no number.
QString describeClaimTime(const QJsonObject &payload, const QString &claim, qint64 now);

} // namespace tokenscope
