#pragma once

#include "core/common/Check.h"
#include "core/common/Clock.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace tokenscope {

// What a token is validated against. Build one per token: the ID token of the authorization response, the one
// from the token endpoint and an access token usually need different values (allowedAlgs, required hashes, nonce).
struct ValidationContext
{
    const Clock *clock = nullptr;     // required (a SystemClock is used if it is missing)
    qint64 skewSecs = 60;             // clamped to [0, 1 day]
    QString issuer;                   // expected iss; empty => "id_token.iss" skip
    QString clientId;                 // expected aud member and azp (ID tokens)
    QString audience;                 // access tokens: aud must contain it; empty => skip
    QStringList allowedAlgs;          // e.g. discovery id_token_signing_alg_values_supported; empty => all supported
                                      // (access tokens: all asymmetric supported algorithms)
    QString expectedAlg;              // profile-configured alg; empty => any allowed
    const JwkSet *jwks = nullptr;     // null => signature check "skip" (asymmetric)
    QByteArray clientSecret;          // HS* key; empty => HS* signature fails with a reason
    std::optional<QString> nonce;     // the nonce sent; nullopt => none sent
    bool nonceRequired = false;       // implicit/hybrid front-channel ID tokens must carry the nonce
    std::optional<qint64> maxAge;     // max_age sent => auth_time required and checked
    std::optional<qint64> maxIatAgeSecs; // iat older than this (plus the skew) fails id_token.iat: the front channel's
                                         // ID tokens (Core 3.1.3.7 (10) leaves the limit to the client)
    QString code, accessToken, state; // values to check c_hash / at_hash / s_hash against; empty => that hash check
                                      // skips (or fails if required)
    bool cHashRequired = false, atHashRequired = false, sHashRequired = false;
    QString expectedSub;              // sub of an earlier ID token in the same flow; empty => "id_token.sub" skip
    std::optional<qint64> expectedAuthTime; // auth_time of an earlier ID token in the same flow, when it had one: both
                                            // describe the same authentication (Core 3.3.2.12, 3.3.3.6, 12.2)
    bool formatTextsNow = false;      // every check's text will be read (the batch inspect): build the texts at once
                                      // rather than on first read (CheckDetail); the same texts either way
};

// The earliest auth_time Tokenscope believes: OpenID Connect Core 1.0 was published on 2014-02-25, so no OpenID
// Connect authentication happened before. An earlier value (0, a day in 1970) is a provider's placeholder, not a time.
inline constexpr qint64 EarliestPlausibleAuthTime = 1393286400;

// How old the iat of an ID token from the authorization endpoint may be: an hour, as oauth4webapi's
// validateHybridResponse allows (the FAPI client test iat-is-week-in-past expects a week-old one refused).
inline constexpr qint64 MaxFrontChannelIatAgeSecs = 3600;

struct ValidationResult
{
    CheckList checks;
    bool unknownKid = false; // no JWKS key matched the header kid: caller should refetch the JWKS once and validate again
    bool ok() const { return !hasFailure(checks); }
};

// OpenID Connect Core 3.1.3.7, 3.2.2.11, 3.3.2.12. Always returns, in this order: id_token.format, id_token.alg,
// id_token.signature, id_token.iss, id_token.aud, id_token.azp, id_token.exp, id_token.iat, id_token.nbf,
// id_token.auth_time (also: not before EarliestPlausibleAuthTime, not after iat, equal to expectedAuthTime), nonce, id_token.c_hash, id_token.at_hash, id_token.s_hash, id_token.sub.
ValidationResult validateIdToken(const ParsedJwt &jwt, const ValidationContext &ctx);

// JWT access tokens (RFC 9068). Always returns, in this order: access_token.format, access_token.alg,
// access_token.signature, access_token.iss, access_token.aud, access_token.exp, access_token.nbf.
ValidationResult validateAccessToken(const ParsedJwt &jwt, const ValidationContext &ctx);

} // namespace tokenscope
