#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

// Manual endpoint overrides; every one is optional. In the profile file they live under "endpoints":
// {"authorization": ..., "token": ..., "userinfo": ..., "jwks": ..., "endSession": ..., "revocation": ...,
// "introspection": ...}.
struct ProviderEndpoints
{
    QUrl authorization, token, userinfo, jwks, endSession, revocation, introspection;

    bool isEmpty() const;
    bool operator==(const ProviderEndpoints &other) const = default;
};

// The values of the profile key "grant" (shared/cli-contract.md, "Additions (2026-12)").
namespace Grants {
inline const QString AuthorizationCode = QStringLiteral("authorization_code"); // the default
inline const QString ClientCredentials = QStringLiteral("client_credentials"); // RFC 6749 4.4
inline const QString DeviceCode = QStringLiteral("device_code");               // RFC 8628
inline const QString Password = QStringLiteral("password");                    // RFC 6749 4.3; with "realm" Auth0's password-realm
inline const QString TokenExchange = QStringLiteral("token_exchange");         // RFC 8693: the subject token for another audience
} // namespace Grants

// One provider + application configuration (shared/cli-contract.md, "Profile file").
struct Profile
{
    QString name;
    QString issuer;                 // normalized: "tenant.eu.auth0.com" -> "https://tenant.eu.auth0.com/"; a URL kept as given
    QString clientId;
    QString clientSecret;           // in memory only: saveProfile() never writes it
    QString grant;                  // a Grants value; "" = authorization_code, see effectiveGrant()
    QString realm;                  // grant password: the connection (Auth0's password-realm grant); "" = plain password grant
    QString subjectToken;           // grant token_exchange: the token to exchange (RFC 8693 2.1); "" = asked for at sign-in
    QString subjectTokenType;       // its type: a token type URI or its last part ("access_token", "jwt", "id_token",
                                    // "refresh_token"); "" = access_token, see effectiveSubjectTokenType()
    QString requestedTokenType;     // grant token_exchange: the type asked for (RFC 8693 2.1 requested_token_type), as
                                    // subjectTokenType; "" = none asked for (the provider decides)
    QString tokenEndpointAuth;      // "client_secret_basic" | "client_secret_post" | "client_secret_jwt" | "private_key_jwt" |
                                    // "tls_client_auth" | "self_signed_tls_client_auth" (RFC 8705) | "none"; "" = default,
                                    // see effectiveTokenEndpointAuth()
    QString clientKey;              // private_key_jwt and signed request objects: the client's private key, a PEM or JWK file
                                    // (RSA, EC or Ed25519), relative to the profile file's folder (see loadClientKey())
    QString clientKeyId;            // the kid of its assertions; "" = the JWK's kid, else the key's RFC 7638 thumbprint
    QByteArray clientKeyPem;        // in memory only: clientKey's contents (loadClientKey()); saveProfile() never writes it
    QString clientCertificate;      // mutual TLS (RFC 8705): the client certificate, a PEM file relative to the profile's folder
    QString clientCertificateKey;   // its private key (PEM)
    QByteArray clientCertificatePem, clientCertificateKeyPem; // in memory only: their contents (loadClientKey())
    bool par = false;               // push the authorization request first (RFC 9126); also when the provider requires it
    QString requestObject;          // "signed": send the authorization request as a signed JWT (RFC 9101); "" = plain
    bool dpop = false;              // bind the tokens to a proof key (RFC 9449)
    QString dpopAlg;                // the proof key's alg: ES256 (also when empty), ES384, ES512, EdDSA, RS256, PS256
    QString redirectUri;
    QString responseType = QStringLiteral("code");
    QString responseMode;           // "" = default for the response type
    QString scope = QStringLiteral("openid profile email");
    QString audience;
    QString refreshScope;           // optional: a narrower scope asked for at each refresh (RFC 6749 6); "" = as granted
    bool pkce = true;
    QList<QPair<QString, QString>> extraParams; // ordered as in the file: connection, prompt, max_age, login_hint, ...
    QString apiUrl;
    QString postLogoutRedirectUri;
    QString expectedAlg;            // optional: the alg configured at the provider ("RS256", "HS256", ...)
    QString browser;                // "embedded" (also when empty) | "system": the system browser with a loopback redirect
    QStringList caCertificates;     // "caCertificates": CA certificate files (PEM/DER) to trust besides the system's; a
                                    // relative name is relative to the profile file's folder (see TrustedCas.h)
    ProviderEndpoints endpoints;    // manual overrides
    QJsonObject unknownKeys;        // top-level keys this version does not know, written back verbatim
    QJsonObject unknownEndpointKeys; // keys inside "endpoints" this version does not know, written back verbatim

    // issuer + ".well-known/openid-configuration" (one slash between them); invalid QUrl when the issuer is empty.
    QUrl discoveryUrl() const;
    // responseMode when set, else "fragment" when the response type returns id_token or token, else "query".
    QString effectiveResponseMode() const;
    // browser is "system": the login page opens in the system browser and the callback comes back to a loopback
    // listener (RFC 8252 7.3); otherwise the embedded web engine shows it.
    bool usesSystemBrowser() const;
    // grant when set, else "authorization_code".
    QString effectiveGrant() const;
    // grant token_exchange: subjectTokenType as a full URI (RFC 8693 3), "urn:ietf:params:oauth:token-type:access_token"
    // when empty; a short name ("jwt") gets the prefix.
    QString effectiveSubjectTokenType() const;
    // requestedTokenType as a full URI ("" when none is asked for).
    QString effectiveRequestedTokenType() const;
    // The grant runs without a browser (client_credentials, password, token_exchange, device_code): no redirectUri,
    // responseType, responseMode or browser is used.
    bool grantNeedsNoBrowser() const;
    // tokenEndpointAuth when set, else "client_secret_basic" when a secret is present, else "none".
    QString effectiveTokenEndpointAuth() const;
    // The issuer's host ends with ".auth0.com" (tenant.auth0.com, tenant.eu.auth0.com, tenant.au.auth0.com, ...).
    bool isAuth0Domain() const;
    // dpopAlg when set, else "ES256".
    QString effectiveDpopAlg() const;
    // tokenEndpointAuth is tls_client_auth or self_signed_tls_client_auth (RFC 8705 2).
    bool usesMtlsAuth() const;
    // requestObject is "signed" (RFC 9101).
    bool signsRequestObject() const;
    // The value of the first extra parameter with this name, "" when there is none.
    QString extraParam(const QString &name) const;
    bool hasExtraParam(const QString &name) const;
};

struct ProfileLoadResult
{
    Profile profile;
    QStringList errors;   // the file cannot be used as is; each names the field and says what to fix
    QStringList warnings; // usable, but something deserves attention (plain-text secret, unknown key that looks like a typo, ...)
    bool ok() const { return errors.isEmpty(); }
};

// The largest profile file loadProfile() accepts.
inline constexpr qsizetype MaxProfileBytes = 1024 * 1024;

// Parses a profile file. Errors: unreadable JSON, wrong types ("\"clientId\" must be a string, not a number") and
// everything validateProfile() reports, except a missing client secret (it may still come from the environment or
// the keychain; that one is a warning). The returned profile holds whatever could be read, even when !ok().
ProfileLoadResult loadProfile(QByteArrayView json);
// Pretty JSON. Never writes clientSecret; writes unknownKeys / unknownEndpointKeys back; keeps the extraParams order.
QByteArray saveProfile(const Profile &profile);
// As-you-type problems, each starting with the field name in quotes and saying what to fix. Empty = usable.
QStringList validateProfile(const Profile &profile);
// The same problems with the profile key each is about ("issuer", "redirectUri", "endpoints", ...), for an editor
// that marks the field.
struct ProfileProblem
{
    QString field;           // the top-level key the problem is about
    QString message;         // as validateProfile() says it
    bool deferrable = false; // may be solved without editing the file (a secret from the environment or the keychain)
};
QList<ProfileProblem> profileProblems(const Profile &profile);

// An http redirect URI on a loopback IP literal, http://127.0.0.1/... or http://[::1]/... (RFC 8252 7.3): the ones
// the system-browser mode can listen on (at any port; "localhost" is not one, RFC 8252 8.3).
bool isLoopbackIpRedirectUri(const QUrl &uri);

// A file a profile names (caCertificates, clientKey) as an absolute, clean path: a relative name is relative to the
// profile file's folder, or to the current folder when the profile has no file.
QString profileRelativeFile(const QString &name, const QString &profilePath);
// The profile's clientKey as a path (profileRelativeFile()); "" when there is none.
QString clientKeyFile(const Profile &profile, const QString &profilePath);
// Reads clientKey into profile.clientKeyPem, and clientCertificate and clientCertificateKey into their Pem members (each
// at most 64 KiB). Returns "" when that worked or the profile names none, else why not, naming the file. Keys are never
// logged.
QString loadClientKey(Profile &profile, const QString &profilePath);

// Normalizes what the user typed as issuer: a bare domain (no "scheme://") becomes "https://domain/"; a URL is kept as given.
QString normalizeIssuer(const QString &issuer);
// OpenID Connect Discovery 4: the issuer with any terminating "/" removed, then "/.well-known/openid-configuration"
// ("https://t/" and "https://t" both give "https://t/.well-known/openid-configuration"); invalid for a relative URL.
QUrl discoveryUrlForIssuer(const QString &issuer);
// A token type of RFC 8693 3 as a full URI: a short name ("jwt") gets the prefix "urn:ietf:params:oauth:token-type:",
// a URI (anything with ":") is kept; "" stays "".
QString tokenTypeUri(const QString &type);
// The space-separated parts of a response type ("code id_token" -> {"code", "id_token"}), in the given order.
QStringList responseTypeParts(const QString &responseType);
// The response type contains this part as a whole word ("id_token token" has "token" and "id_token").
bool responseTypeHas(const QString &responseType, const QString &part);
// The response type returns a token in the authorization response (id_token or token): query must not carry it, and
// the default response mode is fragment (OAuth 2.0 Multiple Response Type Encoding Practices, 2.1, 3 and 5).
bool returnsFrontChannelTokens(const QString &responseType);
// Two response types with the same parts in any order ("id_token code" == "code id_token").
bool sameResponseType(const QString &a, const QString &b);
// The space-separated scope contains this value as a whole word.
bool scopeHas(const QString &scope, const QString &value);
// The values of the space-separated `values` that `scope` does not contain, in order ("" when all are in it).
QStringList scopeValuesNotIn(const QString &values, const QString &scope);

} // namespace tokenscope
