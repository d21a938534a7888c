#pragma once

// The lint of OAuth metadata beyond OpenID Connect Discovery, as an agent or MCP client follows it: the issuer's
// RFC 8414 authorization server metadata, and a protected resource's chain: its 401 challenge (RFC 9728 5.1, RFC 6750
// 3), its protected resource metadata (RFC 9728 2, 3.3), and each authorization server it names (RFC 8414 3.3). Pure
// functions over what TenantLintRunner fetched; the findings join lintTenant()'s (TenantLint.h lists their ids).

#include "core/oidc/ProviderMetadata.h"
#include "core/oidc/ResourceMetadata.h"
#include "core/tenant/TenantLint.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace tokenscope {

// One metadata document as fetched.
struct FetchedMetadata
{
    QUrl url;
    int status = 0;              // the HTTP status; 0 when there was no answer
    QString error;               // the transport error (timeout, TLS, refused, ...); empty when there was an answer
    JsonDocumentResult document; // parsed when the answer was 2xx
    bool answered2xx() const { return error.isEmpty() && status >= 200 && status < 300; }
    bool usable() const { return answered2xx() && document.error.isEmpty(); }
};

// RFC 8414 for the issuer linted: the document at authorizationServerMetadataUrl(issuer).
struct OAuthMetadataInput
{
    QString issuer;
    FetchedMetadata fetch;
};

// An authorization server a protected resource names: its RFC 8414 document, or (when that answered no document)
// its OpenID Connect discovery document, as MCP clients fall back to.
struct AuthorizationServerInput
{
    QString issuer;
    FetchedMetadata fetch;
    bool openIdFallback = false;
};

// A protected resource's chain.
struct ResourceInput
{
    QString resource;           // the URL requested without a token, as given
    int challengeStatus = 0;    // the answer's HTTP status; 0 when there was none
    QString challengeError;     // the transport error
    QByteArray wwwAuthenticate; // the answer's WWW-Authenticate header
    QUrl metadataUrlFromChallenge; // its resource_metadata; empty when it named none
    FetchedMetadata metadata;   // from metadataUrlFromChallenge, else protectedResourceMetadataUrl(resource)
    QList<AuthorizationServerInput> authorizationServers; // those the metadata names (at most MaxAuthorizationServers)
};
inline constexpr int MaxAuthorizationServers = 4;

// lint.oauth_metadata.document, lint.oauth_metadata.issuer (RFC 8414 3.3), lint.oauth_metadata.consistent (the
// endpoints both documents name are the same). `openId`: the discovery document (raw empty: none to compare).
FindingList lintOAuthMetadata(const OAuthMetadataInput &input, const ProviderMetadata &openId);
// lint.resource.challenge, lint.resource.metadata, lint.resource.resource (RFC 9728 3.3),
// lint.resource.authorization_servers, lint.resource.authorization_server_metadata (RFC 8414 3.3 / OpenID Connect
// Discovery 4.3), lint.resource.issuer_listed (only when `issuer` is given: it is one of the authorization servers).
FindingList lintProtectedResource(const ResourceInput &input, const QString &issuer);

} // namespace tokenscope
