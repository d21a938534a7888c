#include "core/tenant/TenantLintRunner.h"
#include "core/tenant/TenantLintText.h"

#include "core/common/Logging.h"

#include <QCoreApplication>

namespace tokenscope {

TenantLintRunner::TenantLintRunner(HttpClient *http, QObject *parent) : QObject(parent), m_http(http)
{
    Q_ASSERT(http);
}

namespace {

QString exchangeSummary(const HttpExchange &ex)
{
    if (!ex.error.isEmpty())
        return ex.error;
    return QStringLiteral("HTTP %1").arg(ex.status);
}

FetchedMetadata fetchedMetadata(const QUrl &url, const HttpExchange &ex)
{
    FetchedMetadata f;
    f.url = url;
    f.status = ex.status;
    f.error = ex.error;
    if (ex.isSuccess())
        f.document = parseJsonObjectDocument(ex.responseBody);
    return f;
}

} // namespace

void TenantLintRunner::start(const QString &issuer, const std::optional<Profile> &profile, const QString &resource)
{
    cancel();
    m_running = true;
    m_findings.clear();
    m_exchanges.clear();
    m_input = LintInput{};
    m_input.profile = profile;
    m_oauthMetadata.reset();
    m_resource.reset();
    m_issuer = issuer.trimmed().isEmpty() ? QString() : normalizeIssuer(issuer);
    m_issuerFromResource = false;
    if (resource.isEmpty()) {
        startDiscovery();
        return;
    }
    // RFC 9728 5.1: a request without a token; the 401's challenge names the resource's metadata.
    m_resource = ResourceInput{};
    m_resource->resource = resource;
    const QUrl url(resource, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        m_resource->challengeError = TenantLintText::tr("\"%1\" is not an absolute URL").arg(resource);
        startDiscovery();
        return;
    }
    fetch(url, QStringLiteral("resource"), [this](const HttpExchange &ex) {
        m_resource->challengeStatus = ex.status;
        m_resource->challengeError = ex.error;
        m_resource->wwwAuthenticate = ex.responseHeader("WWW-Authenticate");
        for (const AuthChallenge &c : parseWwwAuthenticate(m_resource->wwwAuthenticate)) {
            if (const QString named = c.param(QStringLiteral("resource_metadata")); !named.isEmpty()) {
                m_resource->metadataUrlFromChallenge = QUrl(named, QUrl::StrictMode);
                break;
            }
        }
        fetchResourceMetadata();
    });
}

void TenantLintRunner::fetchResourceMetadata()
{
    const QUrl url = !m_resource->metadataUrlFromChallenge.isEmpty() ? m_resource->metadataUrlFromChallenge
                                                                      : protectedResourceMetadataUrl(QUrl(m_resource->resource, QUrl::StrictMode));
    if (!m_resource->challengeError.isEmpty() || !url.isValid() || url.isRelative()) {
        startDiscovery();
        return;
    }
    fetch(url, QStringLiteral("resource_metadata"), [this, url](const HttpExchange &ex) {
        m_resource->metadata = fetchedMetadata(url, ex);
        if (m_resource->metadata.usable()) {
            const QStringList servers = protectedResourceMetadataFrom(m_resource->metadata.document.object).authorizationServers;
            for (const QString &server : servers.mid(0, MaxAuthorizationServers))
                m_resource->authorizationServers.append(AuthorizationServerInput{server, {}, false});
        }
        fetchAuthorizationServer(0);
    });
}

void TenantLintRunner::fetchAuthorizationServer(int index)
{
    if (index >= m_resource->authorizationServers.size()) {
        if (m_issuer.isEmpty() && !m_resource->authorizationServers.isEmpty())
        {
            m_issuer = m_resource->authorizationServers.first().issuer; // the chain leads to the issuer linted
            m_issuerFromResource = true;
        }
        startDiscovery();
        return;
    }
    AuthorizationServerInput &as = m_resource->authorizationServers[index];
    const QUrl url = authorizationServerMetadataUrl(as.issuer);
    if (!url.isValid() || url.isEmpty()) {
        as.fetch.url = QUrl(as.issuer);
        as.fetch.error = TenantLintText::tr("not an absolute URL");
        fetchAuthorizationServer(index + 1);
        return;
    }
    fetch(url, QStringLiteral("authorization_server_metadata"), [this, index, url](const HttpExchange &ex) {
        AuthorizationServerInput &server = m_resource->authorizationServers[index];
        server.fetch = fetchedMetadata(url, ex);
        if (server.fetch.usable() || !server.fetch.error.isEmpty()) {
            fetchAuthorizationServer(index + 1);
            return;
        }
        // No RFC 8414 document: OpenID Connect discovery, as MCP clients fall back to.
        const QUrl openId = discoveryUrlForIssuer(server.issuer);
        fetch(openId, QStringLiteral("discovery"), [this, index, openId](const HttpExchange &discovery) {
            AuthorizationServerInput &again = m_resource->authorizationServers[index];
            const FetchedMetadata fallback = fetchedMetadata(openId, discovery);
            if (fallback.usable()) {
                again.fetch = fallback;
                again.openIdFallback = true;
            }
            fetchAuthorizationServer(index + 1);
        });
    });
}

void TenantLintRunner::startDiscovery()
{
    Profile p;
    p.issuer = m_issuer;
    const QUrl url = p.discoveryUrl();
    m_input.fetchedFrom = url;
    if (!url.isValid() || url.isEmpty()) {
        m_input.discoveryError = m_issuer.isEmpty() ? TenantLintText::tr("no issuer: give one, or a resource whose metadata names one")
                                                    : TenantLintText::tr("\"%1\" is not an issuer URL or domain").arg(m_issuer);
        finish();
        return;
    }
    fetch(url, QStringLiteral("discovery"), [this, url](const HttpExchange &ex) {
        if (!ex.isSuccess()) {
            m_input.discoveryError = TenantLintText::tr("could not fetch %1: %2").arg(url.toDisplayString(), exchangeSummary(ex));
            fetchOAuthMetadata();
            return;
        }
        m_input.metadata = parseProviderMetadata(ex.responseBody, QString());
        if (m_input.metadata.raw.isEmpty()) {
            m_input.discoveryError = m_input.metadata.defects.join(QStringLiteral("; "));
            fetchOAuthMetadata();
            return;
        }
        fetchJwks();
    });
}

void TenantLintRunner::fetchOAuthMetadata()
{
    // RFC 8414 3: the OAuth authorization server metadata of the same issuer.
    const QUrl url = authorizationServerMetadataUrl(m_issuer);
    if (!url.isValid() || url.isEmpty()) {
        finish();
        return;
    }
    fetch(url, QStringLiteral("oauth_metadata"), [this, url](const HttpExchange &ex) {
        m_oauthMetadata = OAuthMetadataInput{m_issuer, fetchedMetadata(url, ex)};
        finish();
    });
}

void TenantLintRunner::fetchJwks()
{
    const QUrl jwksUri = m_input.metadata.jwksUri;
    if (!jwksUri.isValid() || jwksUri.isEmpty()) {
        fetchOAuthMetadata();
        return;
    }
    fetch(jwksUri, QStringLiteral("jwks"), [this, jwksUri](const HttpExchange &ex) {
        if (!ex.isSuccess())
            m_input.jwksError = TenantLintText::tr("%1: %2").arg(jwksUri.toDisplayString(), exchangeSummary(ex));
        else
            m_input.jwks = parseJwks(ex.responseBody);
        fetchOAuthMetadata();
    });
}

void TenantLintRunner::fetch(const QUrl &url, const QString &step, const std::function<void(const HttpExchange &)> &then)
{
    HttpReply *reply = m_http->get(url, step);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, then] {
        reply->deleteLater();
        if (m_pending != reply) // cancelled, or a newer run started
            return;
        m_pending = nullptr;
        m_exchanges.append(reply->exchange());
        then(reply->exchange());
    });
}

FindingList TenantLintRunner::lint() const
{
    FindingList findings = lintTenant(m_input);
    if (m_oauthMetadata)
        findings += lintOAuthMetadata(*m_oauthMetadata, m_input.metadata);
    if (m_resource)
        findings += lintProtectedResource(*m_resource, m_issuerFromResource ? QString() : m_issuer);
    return findings;
}

void TenantLintRunner::finish()
{
    m_findings = lint();
    m_running = false;
    qCInfo(lcFlow) << "tenant lint:" << m_findings.size() << "findings";
    emit finished(m_findings);
}

void TenantLintRunner::cancel()
{
    if (!m_running)
        return;
    HttpReply *pending = m_pending;
    m_pending = nullptr;
    m_running = false;
    if (pending)
        pending->abort();
    if (m_input.discoveryError.isEmpty() && m_input.metadata.raw.isEmpty())
        m_input.discoveryError = TenantLintText::tr("cancelled");
    m_findings = lint();
    emit finished(m_findings);
}

} // namespace tokenscope
