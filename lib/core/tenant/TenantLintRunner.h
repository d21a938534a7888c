#pragma once

#include "core/http/HttpClient.h"
#include "core/tenant/TenantLint.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace tokenscope {

// Fetches the discovery document and the JWKS with the engine's HttpClient and lints them (the `discover` command
// and the UI's Tenant tab). Emits finished() exactly once per start(), also on failure or cancel().
class TenantLintRunner : public QObject
{
    Q_OBJECT
public:
    explicit TenantLintRunner(HttpClient *http, QObject *parent = nullptr);

    // issuer: URL or Auth0-style domain (normalized with normalizeIssuer()). profile: optional comparison.
    void start(const QString &issuer, const std::optional<Profile> &profile = std::nullopt);
    // Lints with the profile's issuer and the profile itself.
    void start(const Profile &profile) { start(profile.issuer, profile); }
    void cancel();
    bool isRunning() const { return m_running; }

    const FindingList &findings() const { return m_findings; }
    const LintInput &input() const { return m_input; }            // metadata, JWKS and errors as fetched
    const QList<HttpExchange> &exchanges() const { return m_exchanges; } // not redacted (no secrets are sent)

signals:
    void finished(const tokenscope::FindingList &findings);

private:
    void fetchJwks();
    // GETs url; `then` runs with the exchange (already in exchanges()) unless the run was cancelled or restarted.
    void fetch(const QUrl &url, const QString &step, const std::function<void(const HttpExchange &)> &then);
    void finish();

    HttpClient *m_http;
    LintInput m_input;
    FindingList m_findings;
    QList<HttpExchange> m_exchanges;
    QPointer<HttpReply> m_pending;
    bool m_running = false;
};

} // namespace tokenscope
