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
} // namespace

void TenantLintRunner::start(const QString &issuer, const std::optional<Profile> &profile)
{
    cancel();
    m_running = true;
    m_findings.clear();
    m_exchanges.clear();
    m_input = LintInput{};
    m_input.profile = profile;
    Profile p;
    p.issuer = normalizeIssuer(issuer);
    const QUrl url = p.discoveryUrl();
    m_input.fetchedFrom = url;
    if (!url.isValid() || url.isEmpty()) {
        m_input.discoveryError = TenantLintText::tr("\"%1\" is not an issuer URL or domain").arg(issuer);
        finish();
        return;
    }
    fetch(url, QStringLiteral("discovery"), [this, url](const HttpExchange &ex) {
        if (!ex.isSuccess()) {
            m_input.discoveryError = TenantLintText::tr("could not fetch %1: %2").arg(url.toDisplayString(), exchangeSummary(ex));
            finish();
            return;
        }
        m_input.metadata = parseProviderMetadata(ex.responseBody, QString());
        if (m_input.metadata.raw.isEmpty()) {
            m_input.discoveryError = m_input.metadata.defects.join(QStringLiteral("; "));
            finish();
            return;
        }
        fetchJwks();
    });
}

void TenantLintRunner::fetchJwks()
{
    const QUrl jwksUri = m_input.metadata.jwksUri;
    if (!jwksUri.isValid() || jwksUri.isEmpty()) {
        finish();
        return;
    }
    fetch(jwksUri, QStringLiteral("jwks"), [this, jwksUri](const HttpExchange &ex) {
        if (!ex.isSuccess())
            m_input.jwksError = TenantLintText::tr("%1: %2").arg(jwksUri.toDisplayString(), exchangeSummary(ex));
        else
            m_input.jwks = parseJwks(ex.responseBody);
        finish();
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

void TenantLintRunner::finish()
{
    m_findings = lintTenant(m_input);
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
    m_findings = lintTenant(m_input);
    emit finished(m_findings);
}

} // namespace tokenscope
