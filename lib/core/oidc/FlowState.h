#pragma once

#include "core/oidc/AuthorizationRequest.h"
#include "core/oidc/CallbackResponse.h"
#include "core/common/Check.h"
#include "core/http/HttpExchange.h"
#include "core/jose/Jwk.h"
#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"
#include "core/oidc/ClaimSources.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace tokenscope {

// Step names are part of the CLI contract.
namespace Steps {
inline const QString Discovery = QStringLiteral("discovery");
inline const QString Authorize = QStringLiteral("authorize");
inline const QString Callback = QStringLiteral("callback");
inline const QString Token = QStringLiteral("token");
inline const QString Userinfo = QStringLiteral("userinfo");
inline const QString Api = QStringLiteral("api");
inline const QString Refresh = QStringLiteral("refresh");
inline const QString Logout = QStringLiteral("logout");
inline const QString Revoke = QStringLiteral("revoke"); // RFC 7009, the refresh token
inline const QString Introspection = QStringLiteral("introspection"); // RFC 7662
inline const QString DeviceAuthorization = QStringLiteral("device_authorization"); // RFC 8628 3.1
inline const QString Par = QStringLiteral("par"); // RFC 9126: the pushed authorization request
} // namespace Steps

// Why a step failed, for programs (the timeline's advice) rather than people: the same in every UI language, unlike the
// detail. A fixed code below, or a prefix and what follows it.
namespace Reasons {
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Discovery = QStringLiteral("discovery");              // no usable discovery document or endpoint
inline const QString IssuerMismatch = QStringLiteral("discovery.issuer");  // Discovery 4.3
inline const QString Jwks = QStringLiteral("jwks");                        // the JWKS cannot be fetched or read
inline const QString Browser = QStringLiteral("browser");                  // the login page did not lead to the callback
inline const QString Credentials = QStringLiteral("browser.credentials");  // the login form came back after submitting it
inline const QString LoginShown = QStringLiteral("browser.login_shown");   // a login page although prompt=none forbids one
inline const QString State = QStringLiteral("state");                      // CSRF
inline const QString MixUp = QStringLiteral("mixup");                      // RFC 9207
inline const QString Unsigned = QStringLiteral("unsigned");                // alg "none"
inline const QString NoToken = QStringLiteral("token.missing");            // no access / refresh token to use
inline const QString ClientKey = QStringLiteral("client_auth.key");        // private_key_jwt: the client key cannot sign
inline const QString ApiUrl = QStringLiteral("api.url");
inline const QString ClientCertificate = QStringLiteral("client_auth.certificate"); // the mTLS certificate or key is unusable
inline const QString DpopKey = QStringLiteral("dpop.key");                 // no DPoP proof key could be made
inline const QString RequestObjectKey = QStringLiteral("request_object.key"); // nothing to sign the request object with
inline const QString ParResponse = QStringLiteral("par.response");         // the PAR answer has no request_uri
inline const QString DeviceResponse = QStringLiteral("device.response"); // RFC 8628 3.2: a required member missing
inline const QString DeviceExpired = QStringLiteral("device.expired");   // expires_in passed and the provider still said pending
inline const QString DeviceWait = QStringLiteral("device.wait");         // nobody approved within the wait asked for (--timeout)
inline const QString OAuthPrefix = QStringLiteral("oauth.");   // + the provider's error code: "oauth.invalid_grant"
inline const QString HttpPrefix = QStringLiteral("http.");     // + timeout | too_large | tls | network | cancelled | refused | <status>
inline const QString CheckPrefix = QStringLiteral("check.");   // + the first failed check's id: "check.id_token.nonce"
} // namespace Reasons

struct StepResult
{
    QString name;
    CheckStatus status = CheckStatus::Skip;
    QString detail;
    qint64 ms = 0;
    QString reason = {}; // a Reasons code when the step failed; empty otherwise
};

// The tokens of one origin: the authorization response (front channel), the token endpoint, or a refresh.
struct TokenSet
{
    QString idToken;
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QString scope;
    std::optional<qint64> expiresIn;
    QDateTime receivedAt;
    bool isEmpty() const { return idToken.isEmpty() && accessToken.isEmpty() && refreshToken.isEmpty(); }
};

// The device authorization grant's state (RFC 8628): what the user must see, and the polling so far. deviceCode is a
// credential of the client: never shown or printed.
struct DeviceFlowState
{
    QString deviceCode;
    QString userCode;
    QUrl verificationUri, verificationUriComplete;
    qint64 expiresIn = 0;      // seconds, from the response
    QDateTime expiresAt;       // the clock's time of the response + expiresIn
    int interval = 5;          // seconds between polls now (grows by 5 on each slow_down)
    bool intervalGiven = false;
    QStringList answers;       // each poll's answer: "authorization_pending", "slow_down", ..., "tokens"
};

// Token exchange (RFC 8693): the token given and what the provider says it issued for it. subjectToken is a bearer
// token: reports never carry it (the HTTP log keeps it without its signature).
struct TokenExchangeState
{
    QString subjectToken;
    QString subjectTokenType;   // as sent (a URI)
    QString requestedTokenType; // as sent; "" = none asked for
    QString issuedTokenType;    // the response's issued_token_type; "" until it came (or when it was missing)
};

// The pushed authorization request (RFC 9126): what the provider answered.
struct ParState
{
    QString requestUri;
    qint64 expiresIn = 0;
    bool requiredByProvider = false; // require_pushed_authorization_requests (RFC 9126 5): used although the profile did not ask
};

// DPoP (RFC 9449): the run's proof key (public parts only; the private key stays in the engine) and how the servers
// answered.
struct DpopState
{
    QString alg;
    QString thumbprint;    // RFC 7638, what cnf.jkt and dpop_jkt carry
    QJsonObject publicJwk;
    int nonceRetries = 0;  // requests sent again with the nonce a server asked for (use_dpop_nonce)
};

// Mutual TLS (RFC 8705): the client certificate this run presents.
struct MtlsState
{
    QString subject;
    QString thumbprint; // base64url SHA-256 of its DER: what cnf.x5t#S256 carries (RFC 8705 3.1)
    bool aliases = false; // the provider's mtls_endpoint_aliases are used (RFC 8705 5)
};

// Everything one sign-in produced, in the order it happened. Holds secrets: redact before it leaves the engine.
struct FlowState
{
    Profile profile;
    ProviderMetadata metadata;
    JwkSet jwks;
    AuthorizationRequest request;
    std::optional<ParState> par;   // the authorization request was pushed (RFC 9126)
    std::optional<DpopState> dpop; // the profile uses DPoP (RFC 9449)
    std::optional<MtlsState> mtls; // the profile presents a client certificate (RFC 8705)
    std::optional<CallbackResponse> callback;
    std::optional<DeviceFlowState> device; // grant device_code: the device authorization and its polling
    std::optional<TokenExchangeState> tokenExchange; // grant token_exchange: the subject token and the issued type
    TokenSet authorization;   // from the authorization response
    std::optional<Check> untrustedResponse; // the authorization response is not used: its ID token failed this check
    TokenSet token;           // from the token endpoint (code exchange)
    std::optional<Check> untrustedTokenResponse; // the token response is not used: its ID token failed this check
    TokenSet refresh;         // from the latest refresh
    TokenSet previousRefresh; // the one before the latest refresh, for before/after diffs
    int refreshCount = 0;
    QString revokedRefreshToken; // revoked at the provider (RFC 7009): no longer the current refresh token
    QJsonObject userinfo;
    QUrl logoutEndedElsewhere; // the provider's page the last logout ended on instead of the post-logout redirect URI
                               // it was asked to return to (empty: it returned there, or none was sent)
    QList<ClaimSource> claimSources; // the userinfo response's aggregated and distributed claims (Core 5.6.2)
    std::optional<HttpExchange> apiExchange;
    QJsonObject introspection;             // the latest introspection answer (RFC 7662 2.2), secrets included
    std::optional<bool> introspectionActive; // its "active"; nullopt: no usable answer (or none asked for)
    QList<StepResult> steps;
    CheckList checks;
    QList<HttpExchange> exchanges;
    QStringList browserRefusals; // what the embedded browser refused the provider's pages (CallbackPage)

    // The access token to use against APIs: the token endpoint's (or the latest refresh's); the front channel's only
    // when there was no code exchange.
    QString currentAccessToken() const;
    // The token_type of the set currentAccessToken() comes from ("Bearer", "DPoP", ...).
    QString currentTokenType() const;
    QString currentRefreshToken() const;
    QString latestIdToken() const;
    const StepResult *step(const QString &name) const;
    const StepResult *firstFailedStep() const; // null when no step failed
    const Check *firstFailedCheck() const;     // null when no check failed
    bool ok() const;
};

} // namespace tokenscope
