#include "core/tenant/ResourceLint.h"
#include "core/tenant/TenantLintText.h"

#include "core/common/Text.h"
#include "core/http/FetchPolicy.h"

namespace tokenscope {

namespace {

QString fetchSummary(const FetchedMetadata &f)
{
    if (!f.error.isEmpty())
        return f.error;
    if (!f.answered2xx())
        return TenantLintText::tr("HTTP %1").arg(f.status);
    return f.document.error;
}

// "; they differ only in the trailing slash, which counts" when that is the only difference.
QString slashHint(const QString &a, const QString &b)
{
    return withoutTrailingSlashes(a) == withoutTrailingSlashes(b) ? TenantLintText::tr(" (they differ only in the trailing slash, which counts)") : QString();
}

// An https URL, or http on a loopback host (local test servers).
bool secureUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    return url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()));
}

} // namespace

FindingList lintOAuthMetadata(const OAuthMetadataInput &in, const ProviderMetadata &openId)
{
    FindingList out;
    const QString url = in.fetch.url.toDisplayString();
    const QString documentId = QStringLiteral("lint.oauth_metadata.document");
    if (!in.fetch.error.isEmpty()) {
        out << Finding::skip(documentId, TenantLintText::tr("The RFC 8414 authorization server metadata at %1 could not be fetched: %2.")
                                             .arg(url, in.fetch.error));
        return out;
    }
    if (!in.fetch.answered2xx()) {
        out << Finding::info(documentId, TenantLintText::tr("No RFC 8414 authorization server metadata at %1 (HTTP %2). OpenID Connect "
                                                            "clients read the discovery document; OAuth clients that look here "
                                                            "first (MCP clients, RFC 8414 3) fall back to it.")
                                             .arg(url)
                                             .arg(in.fetch.status));
        return out;
    }
    if (!in.fetch.document.error.isEmpty()) {
        out << Finding::error(documentId, TenantLintText::tr("The RFC 8414 authorization server metadata at %1 is unusable: %2. Clients "
                                                             "that read it (RFC 8414 3.2: a JSON object) fail; serve the same JSON "
                                                             "object as the discovery document, or answer 404.")
                                              .arg(url, in.fetch.document.error));
        return out;
    }
    out << Finding::info(documentId, TenantLintText::tr("RFC 8414 authorization server metadata is published at %1.").arg(url));

    // RFC 8414 3.3: the issuer in the document is the one the URL was built from, else it MUST NOT be used.
    const QJsonObject &doc = in.fetch.document.object;
    const QString issuerId = QStringLiteral("lint.oauth_metadata.issuer");
    const QJsonValue issuer = doc.value(QLatin1String("issuer"));
    if (!issuer.isString()) {
        out << Finding::error(issuerId, TenantLintText::tr("The RFC 8414 document has no \"issuer\" string (RFC 8414 2: required), so "
                                                           "no client may use it."));
    } else if (issuer.toString() != in.issuer) {
        out << Finding::error(issuerId, TenantLintText::tr("The RFC 8414 document names the issuer \"%1\", but it was fetched for \"%2\"%3: "
                                                           "RFC 8414 3.3 requires them to be identical, and a client must not use "
                                                           "the document (a mix-up defence). Make \"issuer\" \"%2\".")
                                            .arg(issuer.toString(), in.issuer, slashHint(issuer.toString(), in.issuer)));
    } else {
        out << Finding::info(issuerId, TenantLintText::tr("Its issuer is \"%1\", the one it was fetched for (RFC 8414 3.3).").arg(in.issuer));
    }

    // The two documents describe one server: the endpoints both name must be the same.
    const QString consistentId = QStringLiteral("lint.oauth_metadata.consistent");
    if (openId.raw.isEmpty()) {
        out << Finding::skip(consistentId, TenantLintText::tr("There is no OpenID Connect discovery document to compare it with."));
        return out;
    }
    QStringList differ;
    for (const char *key : {"authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint", "registration_endpoint",
                            "revocation_endpoint", "introspection_endpoint", "device_authorization_endpoint",
                            "pushed_authorization_request_endpoint", "end_session_endpoint"}) {
        const QJsonValue a = doc.value(QLatin1String(key));
        const QJsonValue b = openId.raw.value(QLatin1String(key));
        if (!a.isUndefined() && !b.isUndefined() && a != b)
            differ << QStringLiteral("%1 (%2 / %3)").arg(QLatin1String(key), a.toString(), b.toString());
    }
    if (differ.isEmpty())
        out << Finding::info(consistentId, TenantLintText::tr("It agrees with the OpenID Connect discovery document on every endpoint both name."));
    else
        out << Finding::warning(consistentId, TenantLintText::tr("It disagrees with the OpenID Connect discovery document (RFC 8414 / OpenID "
                                                                 "discovery): %1. OAuth clients and OpenID Connect clients would talk to "
                                                                 "different endpoints; publish one set.")
                                                  .arg(differ.join(QStringLiteral("; "))));
    return out;
}

FindingList lintProtectedResource(const ResourceInput &in, const QString &issuer)
{
    FindingList out;
    // RFC 6750 3 / RFC 9728 5.1: a request without a token gets 401 with a Bearer challenge naming the metadata.
    const QString challengeId = QStringLiteral("lint.resource.challenge");
    if (!in.challengeError.isEmpty()) {
        out << Finding::error(challengeId, TenantLintText::tr("The resource %1 could not be reached: %2.").arg(in.resource, in.challengeError));
    } else if (in.challengeStatus >= 200 && in.challengeStatus < 300) {
        out << Finding::warning(challengeId, TenantLintText::tr("The resource %1 answered HTTP %2 to a request without a token: it is not "
                                                                "protected (or not at this URL), so a client is never told where to get a "
                                                                "token.")
                                                 .arg(in.resource)
                                                 .arg(in.challengeStatus));
    } else if (in.challengeStatus != 401) {
        out << Finding::warning(challengeId, TenantLintText::tr("The resource %1 answered HTTP %2 to a request without a token; RFC 6750 3 "
                                                                "expects 401 with a WWW-Authenticate challenge, which tells a client where "
                                                                "to get one (RFC 9728 5.1).")
                                                 .arg(in.resource)
                                                 .arg(in.challengeStatus));
    } else if (in.wwwAuthenticate.isEmpty()) {
        out << Finding::error(challengeId, TenantLintText::tr("The resource answered 401 without a WWW-Authenticate header, which every 401 "
                                                              "must carry (RFC 9110 15.5.2, RFC 6750 3). Add a challenge such as: Bearer "
                                                              "resource_metadata=\"https://…\" (RFC 9728 5.1)."));
    } else if (in.metadataUrlFromChallenge.isEmpty()) {
        out << Finding::warning(challengeId, TenantLintText::tr("The resource answered 401 with \"%1\", which names no resource_metadata "
                                                                "(RFC 9728 5.1): a client cannot learn where the resource's metadata is "
                                                                "(MCP clients require it, or try the well-known URL, as Tokenscope did).")
                                                 .arg(QString::fromUtf8(in.wwwAuthenticate.left(300))));
    } else {
        out << Finding::info(challengeId, TenantLintText::tr("The resource answered 401 with a challenge that names its metadata, %1 (RFC "
                                                             "9728 5.1).")
                                              .arg(in.metadataUrlFromChallenge.toDisplayString()));
    }

    const QString metadataId = QStringLiteral("lint.resource.metadata");
    const QString url = in.metadata.url.toDisplayString();
    const QStringList later{QStringLiteral("lint.resource.resource"), QStringLiteral("lint.resource.authorization_servers"),
                            QStringLiteral("lint.resource.authorization_server_metadata")};
    auto skipLater = [&out, &later, &issuer](const QString &why) {
        for (const QString &id : later)
            out << Finding::skip(id, why);
        if (!issuer.isEmpty())
            out << Finding::skip(QStringLiteral("lint.resource.issuer_listed"), why);
    };
    if (in.metadata.url.isEmpty()) {
        out << Finding::skip(metadataId, TenantLintText::tr("The resource's metadata was not fetched."));
        skipLater(TenantLintText::tr("There is no protected resource metadata."));
        return out;
    }
    if (!in.metadata.usable()) {
        const bool named = !in.metadataUrlFromChallenge.isEmpty();
        const QString why = fetchSummary(in.metadata);
        if (named)
            out << Finding::error(metadataId, TenantLintText::tr("The protected resource metadata the challenge names, %1, is unusable: %2. "
                                                                 "Serve the JSON object of RFC 9728 2 there.")
                                                  .arg(url, why));
        else
            out << Finding::warning(metadataId, TenantLintText::tr("There is no protected resource metadata at %1 (%2): a client cannot "
                                                                   "learn from the resource where to get a token (RFC 9728 3). Publish it, "
                                                                   "and name it in the 401's challenge.")
                                                    .arg(url, why));
        skipLater(TenantLintText::tr("There is no usable protected resource metadata."));
        return out;
    }
    const ProtectedResourceMetadata meta = protectedResourceMetadataFrom(in.metadata.document.object);
    QStringList defects = meta.defects;
    for (const QString &name : in.metadata.document.duplicateMembers)
        defects << TenantLintText::tr("the member \"%1\" appears more than once").arg(name);
    if (!defects.isEmpty())
        out << Finding::error(metadataId, TenantLintText::tr("The protected resource metadata at %1 has defects: %2.").arg(url, defects.join(QStringLiteral("; "))));
    else
        out << Finding::info(metadataId, TenantLintText::tr("The protected resource metadata at %1: resource \"%2\"%3%4.")
                                             .arg(url, meta.resource,
                                                  meta.resourceName.isEmpty() ? QString() : TenantLintText::tr(" (%1)").arg(meta.resourceName),
                                                  meta.scopesSupported.isEmpty() ? QString()
                                                                                 : TenantLintText::tr(", scopes %1").arg(meta.scopesSupported.join(QLatin1Char(' ')))));

    // RFC 9728 3.3: resource is the URL the client used (via the challenge) or the identifier the well-known URL was
    // built from; either way the resource URL requested here. Otherwise the document MUST NOT be used.
    const QString resourceId = QStringLiteral("lint.resource.resource");
    if (meta.resource.isEmpty())
        out << Finding::skip(resourceId, TenantLintText::tr("The metadata names no resource."));
    else if (meta.resource != in.resource)
        out << Finding::error(resourceId, TenantLintText::tr("The metadata's resource is \"%1\", but the resource requested is \"%2\"%3: RFC "
                                                             "9728 3.3 requires them to be identical, and a client must not use the "
                                                             "metadata (an API's audience identifier is not its resource URL). Make "
                                                             "\"resource\" \"%2\".")
                                              .arg(meta.resource, in.resource, slashHint(meta.resource, in.resource)));
    else
        out << Finding::info(resourceId, TenantLintText::tr("Its resource is the URL requested, as RFC 9728 3.3 requires."));

    const QString serversId = QStringLiteral("lint.resource.authorization_servers");
    QStringList insecure;
    for (const QString &server : meta.authorizationServers) {
        if (!secureUrl(server))
            insecure << server;
    }
    if (meta.authorizationServers.isEmpty())
        out << Finding::warning(serversId, TenantLintText::tr("The metadata names no authorization server (RFC 9728 2, "
                                                              "authorization_servers): a client cannot learn where to get a token."));
    else if (!insecure.isEmpty())
        out << Finding::error(serversId, TenantLintText::tr("These authorization servers are not https URLs: %1. Issuers are https URLs "
                                                            "(RFC 8414 2); a client must not follow others.")
                                             .arg(insecure.join(QStringLiteral(", "))));
    else
        out << Finding::info(serversId, TenantLintText::tr("Authorization servers: %1.").arg(meta.authorizationServers.join(QStringLiteral(", "))));

    // Each authorization server's own metadata, with the issuer it was fetched for (RFC 8414 3.3; OpenID Connect
    // Discovery 4.3 for the fallback).
    const QString asId = QStringLiteral("lint.resource.authorization_server_metadata");
    QStringList problems, fine;
    for (const AuthorizationServerInput &as : in.authorizationServers) {
        const QString kind = as.openIdFallback ? TenantLintText::tr("OpenID Connect discovery") : TenantLintText::tr("RFC 8414 metadata");
        if (!as.fetch.usable()) {
            problems << TenantLintText::tr("%1: no usable metadata (RFC 8414 at %2: %3)").arg(as.issuer, as.fetch.url.toDisplayString(), fetchSummary(as.fetch));
            continue;
        }
        const QJsonValue named = as.fetch.document.object.value(QLatin1String("issuer"));
        if (!named.isString() || named.toString() != as.issuer)
            problems << TenantLintText::tr("%1: its %2 names the issuer \"%3\"%4 (it must be identical, RFC 8414 3.3, OpenID Connect "
                                           "Discovery 4.3)")
                            .arg(as.issuer, kind, named.toString(), slashHint(named.toString(), as.issuer));
        else
            fine << TenantLintText::tr("%1 (%2)").arg(as.issuer, kind);
    }
    if (in.authorizationServers.isEmpty())
        out << Finding::skip(asId, TenantLintText::tr("No authorization server to follow."));
    else if (!problems.isEmpty())
        out << Finding::error(asId, TenantLintText::tr("A client following the resource's metadata cannot use: %1.").arg(problems.join(QStringLiteral("; "))));
    else
        out << Finding::info(asId, TenantLintText::tr("Every authorization server publishes metadata for its own issuer: %1.").arg(fine.join(QStringLiteral(", "))));

    if (!issuer.isEmpty()) {
        const QString listedId = QStringLiteral("lint.resource.issuer_listed");
        if (meta.authorizationServers.contains(issuer))
            out << Finding::info(listedId, TenantLintText::tr("The issuer linted, %1, is one of the resource's authorization servers.").arg(issuer));
        else
            out << Finding::warning(listedId, TenantLintText::tr("The issuer linted, %1, is not one of the resource's authorization servers "
                                                                 "(%2): a client that follows the resource's metadata goes elsewhere for "
                                                                 "its token.")
                                                  .arg(issuer, meta.authorizationServers.isEmpty() ? TenantLintText::tr("none")
                                                                                                    : meta.authorizationServers.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace tokenscope
