#include "core/tenant/ProbeGroups.h"

#include "core/tenant/ProbeSupport.h"

namespace tokenscope::probe {

namespace {
const QStringList Ids{QStringLiteral("probe.refresh.works"), QStringLiteral("probe.refresh.rotation"), QStringLiteral("probe.refresh.claims"),
                      QStringLiteral("probe.refresh.reuse_detected"), QStringLiteral("probe.refresh.family_revoked")};
} // namespace

void RefreshProbes::skipAll(const QString &why)
{
    for (const QString &id : Ids)
        m_host.addResult(skipped(id, why));
}

// The first refresh: the baseline made it when the profile asked for one (the flow state is still the baseline's).
void RefreshProbes::firstStep()
{
    m_host.stage(TenantProbeText::tr("refresh tokens"));
    const FlowState &b = m_host.flow()->state();
    if (!signedIn(b) || b.token.accessToken.isEmpty()) {
        skipAll(signedIn(b) ? TenantProbeText::tr("there was no code exchange (response type %1), so no refresh token").arg(m_host.profile().responseType)
                            : TenantProbeText::tr("the sign-in failed: %1").arg(firstFailure(m_host.report().baseline)));
        finish();
        return;
    }
    m_refresh0 = b.token.refreshToken;
    if (m_refresh0.isEmpty()) {
        skipAll(TenantProbeText::tr("no refresh token came back from the code exchange: add offline_access to the scope and allow "
                                    "offline access for the app/API (Auth0: API > Allow Offline Access)"));
        finish();
        return;
    }
    const StepResult *step = b.step(Steps::Refresh);
    if (step && step->status != CheckStatus::Skip) {
        evaluateFirstRefresh();
        return;
    }
    m_host.runAction([this] { m_host.flow()->refreshTokens(); }, [this](bool) { evaluateFirstRefresh(); });
}

void RefreshProbes::evaluateFirstRefresh()
{
    if (stopped())
        return;
    const FlowState &s = m_host.flow()->state();
    const StepResult *rs = s.step(Steps::Refresh);
    const RefreshOutcome outcome = lastRefreshOutcome(s);
    if (!rs || rs->status == CheckStatus::Fail || s.refresh.accessToken.isEmpty()) {
        m_host.addResult(failed(QStringLiteral("probe.refresh.works"),
                         TenantProbeText::tr("the first refresh failed: %1").arg(rs ? rs->detail : outcome.summary()), outcome.json()));
        for (const QString &id : Ids.mid(1))
            m_host.addResult(skipped(id, TenantProbeText::tr("the first refresh failed")));
        finish();
        return;
    }
    int checks = 0;
    for (const Check &c : s.checks)
        checks += c.id.startsWith(QLatin1String("refresh.")) ? 1 : 0;
    m_host.addResult(passed(QStringLiteral("probe.refresh.works"),
                     TenantProbeText::tr("the refresh token from the code exchange was accepted and the new tokens passed %n check(s)", nullptr, checks)));

    m_refresh1 = s.refresh.refreshToken;
    const bool rotated = m_refresh1 != m_refresh0;
    const bool publicClient = m_host.profile().effectiveTokenEndpointAuth() == QLatin1String("none");
    if (rotated)
        m_host.addResult(passed(QStringLiteral("probe.refresh.rotation"),
                         TenantProbeText::tr("rotation is on: the refresh returned a new refresh token, and the old one should now be invalid"),
                         {{QStringLiteral("rotated"), true}}));
    else
        m_host.addResult(passed(QStringLiteral("probe.refresh.rotation"),
                         publicClient ? TenantProbeText::tr("rotation is off: the refresh returned no new refresh token, so a leaked one stays valid until it expires. "
                                                            "This app is public (no client secret): turn on refresh token rotation (RFC 9700 4.14.2).")
                                      : TenantProbeText::tr("rotation is off: the refresh returned no new refresh token (the same one stays valid until it expires; "
                                                            "acceptable for a confidential app, whose refresh needs the client secret)"),
                         {{QStringLiteral("rotated"), false}}, publicClient ? FindingLevel::Warning : FindingLevel::Info));

    // What the refresh kept and changed (OpenID Connect Core 12.2).
    const QJsonObject before = payloadOf(s.token.idToken.isEmpty() ? s.authorization.idToken : s.token.idToken);
    const QJsonObject after = payloadOf(s.refresh.idToken);
    const ObjectDiff atDiff = diffObjects(payloadOf(s.token.accessToken), payloadOf(s.refresh.accessToken));
    QJsonObject data{{QStringLiteral("accessToken"), atDiff.json()}};
    if (after.isEmpty()) {
        m_host.addResult(passed(QStringLiteral("probe.refresh.claims"),
                         TenantProbeText::tr("the refresh returned no ID token (allowed); access token claims: %1").arg(atDiff.summary(TenantProbeText::tr("before"), TenantProbeText::tr("after"))),
                         data));
    } else {
        const ObjectDiff idDiff = diffObjects(before, after);
        data.insert(QStringLiteral("idToken"), idDiff.json());
        QStringList violations;
        for (const char *claim : {"iss", "sub", "aud", "azp", "auth_time", "nonce"}) {
            const QString name = QLatin1String(claim);
            if (before.contains(name) && after.contains(name) && before.value(name) != after.value(name))
                violations << name;
        }
        QStringList changed;
        for (const auto &change : idDiff.changed)
            changed << std::get<0>(change);
        const QString summary = TenantProbeText::tr("ID token: kept %1; changed %2; added %3; removed %4. Access token: %5")
                                    .arg(idDiff.same.join(QStringLiteral(", ")), changed.isEmpty() ? TenantProbeText::tr("nothing") : changed.join(QStringLiteral(", ")),
                                         idDiff.added.isEmpty() ? TenantProbeText::tr("nothing") : idDiff.added.join(QStringLiteral(", ")),
                                         idDiff.removed.isEmpty() ? TenantProbeText::tr("nothing") : idDiff.removed.join(QStringLiteral(", ")),
                                         atDiff.summary(TenantProbeText::tr("before"), TenantProbeText::tr("after")));
        if (violations.isEmpty())
            m_host.addResult(passed(QStringLiteral("probe.refresh.claims"), summary, data));
        else
            m_host.addResult(failed(QStringLiteral("probe.refresh.claims"),
                             TenantProbeText::tr("the refreshed ID token changed %1, which OpenID Connect Core 12.2 requires to stay the same. %2")
                                 .arg(violations.join(QStringLiteral(", ")), summary),
                             data));
    }
    replayRotatedToken();
}

// Reuse detection: replay the refresh token that the first refresh rotated away.
void RefreshProbes::replayRotatedToken()
{
    if (stopped())
        return;
    if (m_refresh1.isEmpty() || m_refresh1 == m_refresh0) {
        m_host.addResult(skipped(QStringLiteral("probe.refresh.reuse_detected"),
                                 TenantProbeText::tr("rotation is off, so the same refresh token is meant to be used again: there is no reuse to detect")));
        m_host.addResult(skipped(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("rotation is off")));
        finish();
        return;
    }
    m_host.runAction([this] { m_host.flow()->refreshTokensWith(m_refresh0); }, [this](bool) {
        const RefreshOutcome outcome = lastRefreshOutcome(m_host.flow()->state());
        QJsonObject data = outcome.json();
        if (!outcome.known) {
            m_host.addResult(failed(QStringLiteral("probe.refresh.reuse_detected"),
                             TenantProbeText::tr("could not tell: the replayed refresh got no answer (%1)").arg(outcome.summary()), data, FindingLevel::Warning));
        } else if (outcome.accepted) {
            m_host.addResult(failed(QStringLiteral("probe.refresh.reuse_detected"),
                             TenantProbeText::tr("the refresh token that rotation replaced was accepted again (%1): a stolen refresh token stays usable after "
                                                 "the real app refreshed. Turn on reuse detection (Auth0: Refresh Token Rotation with a reuse interval of 0; "
                                                 "RFC 9700 4.14.2).")
                                 .arg(outcome.summary()),
                             data));
        } else {
            m_host.addResult(passed(QStringLiteral("probe.refresh.reuse_detected"),
                             TenantProbeText::tr("the refresh token that rotation replaced was refused (%1)").arg(outcome.summary()), data));
        }
        if (outcome.known && !outcome.accepted) {
            tryNewestAfterReuse();
        } else {
            m_host.addResult(skipped(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("no reuse was detected")));
            finish();
        }
    });
}

// Family revocation: after a detected reuse the current refresh token should be dead too.
void RefreshProbes::tryNewestAfterReuse()
{
    if (stopped())
        return;
    m_host.runAction([this] { m_host.flow()->refreshTokensWith(m_refresh1); }, [this](bool) {
        const RefreshOutcome outcome = lastRefreshOutcome(m_host.flow()->state());
        if (!outcome.known)
            m_host.addResult(failed(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("could not tell: %1").arg(outcome.summary()), outcome.json(),
                             FindingLevel::Warning));
        else if (outcome.accepted)
            m_host.addResult(failed(QStringLiteral("probe.refresh.family_revoked"),
                             TenantProbeText::tr("after the reuse was detected, the newest refresh token still works (%1): whoever refreshed first (maybe "
                                                 "the attacker) keeps access. Revoke the whole token family on reuse (RFC 9700 4.14.2).")
                                 .arg(outcome.summary()),
                             outcome.json(), FindingLevel::Warning));
        else
            m_host.addResult(passed(QStringLiteral("probe.refresh.family_revoked"),
                             TenantProbeText::tr("after the reuse, the newest refresh token was refused too (%1): the provider revoked the whole token family")
                                 .arg(outcome.summary()),
                             outcome.json()));
        finish();
    });
}

} // namespace tokenscope::probe
