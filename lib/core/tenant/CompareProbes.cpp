#include "core/tenant/ProbeGroups.h"

#include "core/tenant/ProbeSupport.h"

namespace tokenscope::probe {

// The second profile's configuration first (its discovery document is compared), then its sign-in.
void CompareProbes::firstStep()
{
    m_host.stage(TenantProbeText::tr("compare: configuration"));
    m_host.lint(*m_host.report().compareProfile, [this](const LintInput &input, const FindingList &) {
        m_host.report().compareLintInput = input;
        signIn();
    });
}

void CompareProbes::signIn()
{
    if (stopped())
        return;
    OidcFlow::Options options = m_host.quickOptions();
    options.userinfo = true;
    m_host.runAttempt(QStringLiteral("probe.compare.sign_in"), TenantProbeText::tr("compare: sign-in"), *m_host.report().compareProfile, options, [this](const ProbeAttempt &a) {
        m_host.report().compareBaseline = a.state;
        const FlowState &b = a.state;
        const FlowState &base = m_host.report().baseline;
        const QString nameA = m_host.profile().name.isEmpty() ? TenantProbeText::tr("profile A") : m_host.profile().name;
        const QString nameB = m_host.report().compareProfile->name.isEmpty() ? TenantProbeText::tr("profile B") : m_host.report().compareProfile->name;
        if (b.ok() && base.ok())
            m_host.addResult(passed(QStringLiteral("probe.compare.sign_in"), TenantProbeText::tr("both sign-ins passed: %1 and %2").arg(nameA, nameB)));
        else
            m_host.addResult(failed(QStringLiteral("probe.compare.sign_in"),
                             TenantProbeText::tr("%1: %2; %3: %4")
                                 .arg(nameA, base.ok() ? TenantProbeText::tr("passed") : firstFailure(base), nameB, b.ok() ? TenantProbeText::tr("passed") : firstFailure(b))));

        const LintInput &la = m_host.report().lintInput;
        const QJsonObject docA = !la.metadata.raw.isEmpty() ? la.metadata.raw : base.metadata.raw;
        const QJsonObject docB = m_host.report().compareLintInput && !m_host.report().compareLintInput->metadata.raw.isEmpty()
                                     ? m_host.report().compareLintInput->metadata.raw
                                     : b.metadata.raw;
        if (docA.isEmpty() || docB.isEmpty()) {
            m_host.addResult(skipped(QStringLiteral("probe.compare.metadata"), TenantProbeText::tr("a discovery document is missing")));
        } else {
            const QString issA = docA.value(QStringLiteral("issuer")).toString();
            const QString issB = docB.value(QStringLiteral("issuer")).toString();
            const ObjectDiff d = diffObjects(normalized(docA, issA).toObject(), normalized(docB, issB).toObject());
            QJsonObject data = d.json();
            data.insert(QStringLiteral("issuerA"), issA);
            data.insert(QStringLiteral("issuerB"), issB);
            m_host.addResult(passed(QStringLiteral("probe.compare.metadata"),
                             TenantProbeText::tr("discovery metadata (URLs relative to each issuer): %1").arg(d.summary(nameA, nameB)), data));
        }

        auto compareTokens = [&](const QString &id, const QString &what, const QString &tokenA, const QString &tokenB) {
            const QJsonObject pa = payloadOf(tokenA), pb = payloadOf(tokenB);
            if (pa.isEmpty() || pb.isEmpty()) {
                m_host.addResult(skipped(id, TenantProbeText::tr("%1: not a JWT in both sign-ins (%2, %3)")
                                          .arg(what, tokenA.isEmpty() ? TenantProbeText::tr("none") : pa.isEmpty() ? TenantProbeText::tr("opaque") : TenantProbeText::tr("JWT"),
                                               tokenB.isEmpty() ? TenantProbeText::tr("none") : pb.isEmpty() ? TenantProbeText::tr("opaque") : TenantProbeText::tr("JWT"))));
                return;
            }
            const QString issA = pa.value(QStringLiteral("iss")).toString();
            const QString issB = pb.value(QStringLiteral("iss")).toString();
            const ObjectDiff d = diffObjects(normalized(pa, issA).toObject(), normalized(pb, issB).toObject(), volatileClaims());
            m_host.addResult(passed(id, TenantProbeText::tr("%1 claims (time-dependent ones by presence only, URLs relative to each issuer): %2").arg(what, d.summary(nameA, nameB)),
                             d.json()));
        };
        compareTokens(QStringLiteral("probe.compare.id_token_claims"), TenantProbeText::tr("ID token"), base.latestIdToken(), b.latestIdToken());
        compareTokens(QStringLiteral("probe.compare.access_token_claims"), TenantProbeText::tr("access token"),
                      base.token.accessToken.isEmpty() ? base.authorization.accessToken : base.token.accessToken,
                      b.token.accessToken.isEmpty() ? b.authorization.accessToken : b.token.accessToken);
        finish();
    });
}

} // namespace tokenscope::probe
