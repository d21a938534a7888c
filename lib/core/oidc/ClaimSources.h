#pragma once

#include "core/common/Check.h"
#include "core/jose/Jwk.h"
#include "core/oidc/TokenValidator.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

// OpenID Connect Core 5.6.2: claims a userinfo response names in _claim_names whose values are elsewhere, in a JWT the
// response carries in _claim_sources (aggregated claims, 5.6.2.1) or at an endpoint that answers one (distributed
// claims, 5.6.2.2). Tokenscope shows every source and verifies its JWT with the keys of the JWT's issuer: the
// provider's own JWKS when iss is absent or the provider, another issuer's found through its discovery document
// otherwise (as openid-client 4's unpackAggregatedClaims / fetchDistributedClaims did).
struct ClaimSource
{
    enum class Kind { Aggregated, Distributed, Malformed };
    enum class Outcome {
        Pending,    // not decided yet
        Verified,   // the JWT's signature verified with its issuer's key: the claims can be trusted as the issuer's
        Unverified, // shown, but not verified (unsigned, no keys reachable, not fetched): say so, trust nothing
        Failed      // the source is broken or its JWT does not verify: its claims are not used
    };

    QString name;           // its key in _claim_sources
    Kind kind = Kind::Malformed;
    QStringList claimNames; // the claims _claim_names assigns to it, in the response's order
    QByteArray jwt;         // aggregated: the JWT it carries; distributed: the one its endpoint answered
    QUrl endpoint;          // distributed
    QString accessToken;    // distributed: the source's own access token, a credential: never logged nor reported
    Outcome outcome = Outcome::Pending;
    QString issuer;         // the JWT's iss; empty when it has none
    QString detail;         // what was found, for people
    QJsonObject claims;     // the claims named in claimNames that its JWT holds; empty when it is not usable
};

// True when the claims carry _claim_names or _claim_sources.
bool hasClaimSources(const QJsonObject &claims);

// Reads _claim_names and _claim_sources (Core 5.6.2). Every source is returned; one that is neither aggregated (JWT)
// nor distributed (endpoint) is Malformed and Failed. Problems of the structure itself (not objects, a claim naming a
// source that does not exist) go to `defects`.
QList<ClaimSource> parseClaimSources(const QJsonObject &claims, QStringList *defects);

// Decides a source from its JWT (source.jwt). `keys`: the JWKS of the JWT's issuer, or null when there is none
// (`noKeys` says why); `keysFrom` names where the keys came from, for the detail. `ctx`: clock and skew.
// Unsigned (alg none) or no keys: Unverified, claims shown. A signature, exp or nbf that fails, or a JWT that cannot be
// read: Failed, claims not used. Otherwise Verified.
void verifyClaimSource(ClaimSource &source, const JwkSet *keys, const QString &keysFrom, const QString &noKeys, const ValidationContext &ctx);

// The issuer whose keys verify this JWT: its iss, or `ownIssuer` when it has none.
QString claimsJwtIssuer(const QByteArray &jwt, const QString &ownIssuer);

// Check `id` ("userinfo.claim_sources"): fails when a source failed or the structure is broken, passes when every
// source verified, skips otherwise (some are only shown); the detail names each source, its kind, claims and outcome.
Check claimSourcesCheck(const QString &id, const QList<ClaimSource> &sources, const QStringList &defects);

// For the report: name, kind, claimNames, outcome, verified, issuer, endpoint, detail and claims; never the source's
// access token nor a JWT.
QJsonArray claimSourcesToJson(const QList<ClaimSource> &sources);

} // namespace tokenscope
