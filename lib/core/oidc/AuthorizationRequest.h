#pragma once

#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tokenscope {

// One attempt at the authorization endpoint. state, nonce and the PKCE verifier are fresh for every build.
struct AuthorizationRequest
{
    QUrl url;                 // the full /authorize URL (invalid when no authorization endpoint is known)
    QString state, nonce, codeVerifier, codeChallenge; // 32 random bytes base64url (43 chars); S256 challenge
    QUrl redirectUri;
    QString redirectUriParam; // redirect_uri exactly as sent: the token request must send the identical string
    QString responseType;     // as sent (parts separated by single spaces)
    QString responseMode;     // the effective mode (the default of the response type when the profile sets none)
    bool responseModeSent = false; // response_mode is in the URL (only when the profile sets it)
    QString scope;            // as sent
    QString audience;         // as sent ("" = not sent)
    std::optional<qint64> maxAge; // parsed from the max_age extra parameter when present and valid
    QByteArray requestObject; // the signed request object sent instead of the parameters (RFC 9101); empty: none
    QStringList warnings;     // e.g. "the provider does not advertise response_type X"
};

// Builds /authorize from the profile and metadata: response_type, client_id, redirect_uri, scope, state, nonce (always
// when response_type contains id_token, and for code when scope has openid), response_mode (only when the profile sets
// it), audience, code_challenge + code_challenge_method=S256 (profile.pkce and response_type contains code), then every
// extra param in order. Extra params may not set state/nonce/code_challenge/code_challenge_method/client_id/
// redirect_uri/response_type, nor repeat a parameter already sent (scope, audience, response_mode, an earlier extra
// param): such a param is ignored with a warning. Values are percent-encoded (RFC 3986 unreserved characters kept,
// space as %20). Warnings about what the provider advertises are only given when the metadata comes from discovery.
AuthorizationRequest buildAuthorizationRequest(const Profile &profile, const ProviderMetadata &metadata);

// RFC 7636 S256: base64url(SHA-256(ASCII(verifier))) without padding.
QString pkceChallenge(const QString &verifier);
// base64url(SHA-256(input)) without padding (PKCE S256, DPoP's ath).
QString sha256Base64Url(QByteArrayView input);
// `bytes` bytes from OpenSSL's RAND_bytes, base64url without padding ("" when the generator fails).
QString randomUrlSafeToken(int bytes = 32);

} // namespace tokenscope
