#pragma once

#include "core/http/HttpClient.h"
#include "core/tenant/ResourceLint.h"
#include "core/tenant/TenantLint.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace tokenscope {

// Fetches the discovery document, the JWKS and the RFC 8414 authorization server metadata with the engine's
// HttpClient and lints them (the `discover` command and the UI's Tenant tab); with a protected resource, first its
// chain as an agent or MCP client follows it (RFC 9728: the 401 challenge, the resource's metadata, each authorization
// server's metadata; ResourceLint.h). Emits finished() exactly once per start(), also on failure or cancel().
class TenantLintRunner : public QObject
{
    Q_OBJECT
public:
    explicit TenantLintRunner(HttpClient *http, QObject *parent = nullptr);

    // issuer: URL or Auth0-style domain (normalized with normalizeIssuer()); empty with a resource: the first
    // authorization server the resource names. profile: optional comparison. resource: a protected resource URL to
    // follow first ("" = none).
    void start(const QString &issuer, const std::optional<Profile> &profile = std::nullopt, const QString &resource = {});
    // Lints with the profile's issuer and the profile itself, and follows the profile's API URL as a protected resource.
    void start(const Profile &profile) { start(profile.issuer, profile, profile.apiUrl.trimmed()); }
    void cancel();
    bool isRunning() const { return m_running; }

    const FindingList &findings() const { return m_findings; }
    const LintInput &input() const { return m_input; }            // metadata, JWKS and errors as fetched
    const QList<HttpExchange> &exchanges() const { return m_exchanges; } // not redacted (no secrets are sent)
    const QString &issuer() const { return m_issuer; }                   // the issuer linted (normalized)
    const std::optional<OAuthMetadataInput> &oauthMetadata() const { return m_oauthMetadata; } // RFC 8414, as fetched
    const std::optional<ResourceInput> &resource() const { return m_resource; }                // RFC 9728, as fetched

signals:
    void finished(const tokenscope::FindingList &findings);

private:
    void startDiscovery();
    void fetchJwks();
    void fetchOAuthMetadata();
    void fetchResourceMetadata();
    void fetchAuthorizationServer(int index);
    // GETs url; `then` runs with the exchange (already in exchanges()) unless the run was cancelled or restarted.
    void fetch(const QUrl &url, const QString &step, const std::function<void(const HttpExchange &)> &then);
    FindingList lint() const; // lintTenant() and, where fetched, the RFC 8414 and RFC 9728 findings
    void finish();

    HttpClient *m_http;
    QString m_issuer;
    bool m_issuerFromResource = false; // m_issuer is the resource's first authorization server
    LintInput m_input;
    std::optional<OAuthMetadataInput> m_oauthMetadata;
    std::optional<ResourceInput> m_resource;
    FindingList m_findings;
    QList<HttpExchange> m_exchanges;
    QPointer<HttpReply> m_pending;
    bool m_running = false;
};

} // namespace tokenscope
