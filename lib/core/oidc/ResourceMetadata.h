#pragma once

// OAuth metadata beyond OpenID Connect Discovery, as an agent or an MCP client follows it: a protected resource's 401
// names its metadata (RFC 9728 5.1, WWW-Authenticate resource_metadata), the metadata names its authorization servers
// (RFC 9728 2), and each of those publishes its own metadata (RFC 8414). Parsing only: pure functions from bytes to
// values that record every defect; TenantLintRunner fetches, ResourceLint judges.

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

// RFC 8414 3.1: "/.well-known/oauth-authorization-server" inserted between the issuer's host and its path (any
// terminating "/" of the path removed first): "https://h/" -> "https://h/.well-known/oauth-authorization-server",
// "https://h/tenant/x" -> "https://h/.well-known/oauth-authorization-server/tenant/x". Invalid for a relative URL.
QUrl authorizationServerMetadataUrl(const QString &issuer);
// RFC 9728 3.1: the same construction with "/.well-known/oauth-protected-resource" for a resource identifier (the
// query is kept, RFC 9728 3.1 allows one; a fragment is not).
QUrl protectedResourceMetadataUrl(const QUrl &resource);

// One challenge of a WWW-Authenticate header (RFC 9110 11.6.1): its scheme and its auth-params, names lower-cased,
// quoted-string values unquoted (backslash escapes undone). A token68 challenge has no params.
struct AuthChallenge
{
    QString scheme;
    QList<QPair<QString, QString>> params;
    QString param(const QString &name) const; // "" when absent
};
// Every challenge of the header, in order ("Bearer realm=\"api\", resource_metadata=\"...\", DPoP algs=\"ES256\"").
// Malformed parts are skipped; never fails.
QList<AuthChallenge> parseWwwAuthenticate(QByteArrayView header);

// A JSON object document (metadata of either kind), or why it is not one.
struct JsonDocumentResult
{
    QJsonObject object;
    QString error;             // not JSON, not an object, too large; empty when object is usable
    QStringList duplicateMembers;
};
inline constexpr qsizetype MaxMetadataBytes = 1024 * 1024;
JsonDocumentResult parseJsonObjectDocument(QByteArrayView json);

// RFC 9728 2: protected resource metadata.
struct ProtectedResourceMetadata
{
    QJsonObject raw;                  // empty when the document is unusable (defects say why)
    QString resource;                 // REQUIRED
    QStringList authorizationServers; // issuer identifiers (RFC 8414)
    QStringList scopesSupported, bearerMethodsSupported;
    QString resourceName;
    QUrl jwksUri;
    QStringList defects;              // not a JSON object, resource missing or not a string, wrong member types
};
ProtectedResourceMetadata parseProtectedResourceMetadata(QByteArrayView json);
// The same from an object already parsed (parseJsonObjectDocument()).
ProtectedResourceMetadata protectedResourceMetadataFrom(const QJsonObject &object);

} // namespace tokenscope
