#pragma once

#include "core/profile/Profile.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

// What Tokenscope knows about the provider: a discovery document (OpenID Connect Discovery 1.0), or the
// profile's manual endpoints when there is none.
struct ProviderMetadata
{
    QJsonObject raw;        // the document as received (empty when not from discovery)
    QString issuer;
    QUrl authorizationEndpoint, tokenEndpoint, userinfoEndpoint, jwksUri, endSessionEndpoint, revocationEndpoint,
        introspectionEndpoint;
    QUrl deviceAuthorizationEndpoint; // RFC 8628 4: device_authorization_endpoint
    // From the document. When a member with a default is absent, the default is filled in (raw keeps the truth):
    // response_modes_supported ["query", "fragment"], grant_types_supported ["authorization_code", "implicit"],
    // token_endpoint_auth_methods_supported ["client_secret_basic"].
    QStringList responseTypesSupported, responseModesSupported, grantTypesSupported, scopesSupported,
        idTokenSigningAlgs, tokenEndpointAuthMethods, codeChallengeMethods, claimsSupported;
    bool issParameterSupported = false; // authorization_response_iss_parameter_supported (RFC 9207)
    QStringList defects;                // not JSON, missing required members, wrong types, issuer != expected
    bool fromDiscovery = false;
};

// The largest discovery document parseProviderMetadata() reads.
inline constexpr qsizetype MaxDiscoveryBytes = 1024 * 1024;

// Parses a discovery document; expectedIssuer (the profile's issuer) must equal "issuer" exactly (OIDC Discovery 4.3)
// or a defect is recorded. An empty expectedIssuer skips that comparison. fromDiscovery is true even with defects.
ProviderMetadata parseProviderMetadata(QByteArrayView json, const QString &expectedIssuer);
// Endpoints when there is no discovery document: the profile's manual endpoints, and for an Auth0 domain Auth0's paths
// (/authorize, /oauth/token, /userinfo, /.well-known/jwks.json, /oidc/logout, /oauth/revoke) as the default guess.
// A defect is recorded when no authorization endpoint results.
ProviderMetadata metadataFromProfile(const Profile &profile);
// Profile manual endpoints override discovered ones.
ProviderMetadata withProfileOverrides(ProviderMetadata metadata, const Profile &profile);

} // namespace tokenscope
