#include "core/tenant/ProbeGroups.h"

#include "core/tenant/ProbeSupport.h"

#include <algorithm>

namespace tokenscope::probe {

namespace {

// What the provider said when it refused, in its own words (error and description). A refusal that must happen
// passes, so its detail must not end with the advice a failure carries ("— what to fix").
QString refusal(const FlowState &s)
{
    if (s.callback && s.callback->isError()) {
        const QString description = s.callback->errorDescription();
        return description.isEmpty() ? TenantProbeText::tr("the provider answered %1").arg(s.callback->error())
                                     : TenantProbeText::tr("the provider answered %1 (%2)").arg(s.callback->error(), description);
    }
    if (const StepResult *step = s.firstFailedStep())
        return TenantProbeText::tr("it stopped at %1").arg(step->name);
    return TenantProbeText::tr("no tokens came back");
}

} // namespace

// The provider's metadata: the lint's document, else the baseline sign-in's.
const ProviderMetadata &MatrixProbes::metadata()
{
    return !m_host.report().lintInput.metadata.raw.isEmpty() ? m_host.report().lintInput.metadata : m_host.report().baseline.metadata;
}

// Lists the cells: every response type the provider offers (or the profile's own) in every mode it offers.
void MatrixProbes::firstStep()
{
    m_host.stage(TenantProbeText::tr("flow matrix"));
    const ProviderMetadata &m = metadata();
    QStringList types;
    if (m.responseTypesSupported.isEmpty()) {
        types << canonicalResponseType(m_host.profile().responseType);
    } else {
        for (const QString &t : m.responseTypesSupported) {
            const QString canonical = canonicalResponseType(t);
            if (canonical == QLatin1String("none") || types.contains(canonical))
                continue;
            types << canonical;
        }
    }
    if (!m_host.options().responseTypes.isEmpty()) {
        QStringList filtered;
        for (const QString &t : std::as_const(types)) {
            if (std::any_of(m_host.options().responseTypes.begin(), m_host.options().responseTypes.end(), [&](const QString &w) { return sameResponseType(t, w); }))
                filtered << t;
        }
        types = filtered;
    }
    QStringList modes;
    const QStringList offeredModes = m.raw.isEmpty() ? QStringList{QStringLiteral("query"), QStringLiteral("fragment")} : m.responseModesSupported;
    for (const char *mode : {"query", "fragment", "form_post"}) {
        const QString name = QLatin1String(mode);
        if (offeredModes.contains(name) && (m_host.options().responseModes.isEmpty() || m_host.options().responseModes.contains(name)))
            modes << name;
    }

    const QString ownType = canonicalResponseType(m_host.profile().responseType);
    const QString ownMode = m_host.profile().effectiveResponseMode();
    for (const QString &type : std::as_const(types)) {
        for (const QString &mode : std::as_const(modes)) {
            const QString id = matrixProbeId(type, mode);
            const bool noIdToken = responseTypeHas(type, QStringLiteral("id_token")) && !scopeHas(m_host.profile().scope, QStringLiteral("openid"));
            m_cells.append(Cell{id, type, mode, mode == QLatin1String("query") && returnsFrontChannelTokens(type), type == ownType && mode == ownMode,
                                noIdToken});
        }
    }
    if (m_cells.isEmpty())
        m_host.addResult(skipped(QStringLiteral("probe.matrix"), TenantProbeText::tr("no response type and mode to try")));
    runCell(0);
}

void MatrixProbes::runCell(qsizetype index)
{
    if (stopped())
        return;
    if (index >= m_cells.size()) {
        listGrants();
        return;
    }
    const Cell cell = m_cells.at(index);
    if (cell.noIdToken) {
        m_host.addResult(skipped(cell.id, TenantProbeText::tr("the profile's scope has no openid, so no ID token can be asked for")));
        runCell(index + 1);
        return;
    }
    Profile p = withoutParams(m_host.profile(), {QStringLiteral("prompt"), QStringLiteral("max_age")});
    p.responseType = cell.type;
    p.responseMode = cell.mode;
    m_host.runAttempt(cell.id, TenantProbeText::tr("%1 / %2").arg(cell.type, cell.mode), p, m_host.quickOptions(), [this, cell, index](const ProbeAttempt &a) {
        const QString &id = cell.id;
        const bool mustRefuse = cell.mustRefuse;
        const bool own = cell.own;
        const QJsonObject base{{QStringLiteral("responseType"), cell.type}, {QStringLiteral("responseMode"), cell.mode}};
        const FlowState &s = a.state;
        QJsonObject data = base;
        const bool worked = s.ok() && signedIn(s);
        data.insert(QStringLiteral("expected"), mustRefuse ? QStringLiteral("refused") : QStringLiteral("works"));
        data.insert(QStringLiteral("outcome"), worked ? QStringLiteral("worked") : QStringLiteral("failed"));
        if (!worked) {
            data.insert(QStringLiteral("failedStep"), failedStep(s));
            if (s.callback && s.callback->isError())
                data.insert(QStringLiteral("error"), s.callback->error());
        }
        int checks = 0;
        for (const Check &c : s.checks)
            checks += c.status == CheckStatus::Pass ? 1 : 0;
        if (worked && !mustRefuse)
            m_host.addResult(passed(id, TenantProbeText::tr("worked: %n check(s) passed", nullptr, checks), data));
        else if (!worked && mustRefuse)
            m_host.addResult(passed(id, TenantProbeText::tr("refused, as it must be (tokens must not travel in the query): %1").arg(refusal(s)), data));
        else if (worked)
            m_host.addResult(failed(id, TenantProbeText::tr("the provider returned tokens in the query string, which OAuth 2.0 Multiple Response Type "
                                                     "Encoding Practices forbids (they end up in logs and Referer headers): refuse response_mode=query "
                                                     "for this response type"),
                             data));
        else
            m_host.addResult(failed(id,
                             own ? TenantProbeText::tr("the profile's own combination failed: %1").arg(firstFailure(s))
                                 : TenantProbeText::tr("advertised by the provider but failed for this app: %1").arg(firstFailure(s)),
                             data, own ? FindingLevel::Error : FindingLevel::Warning));
        runCell(index + 1);
    });
}

void MatrixProbes::listGrants()
{
    const ProviderMetadata &m = metadata();
    // The grant types of grant_types_supported that need no browser, in this order; the code flow's own (code,
    // implicit, refresh) are the cells above and the refresh probes.
    const QList<QPair<QString, const char *>> known{{Grants::ClientCredentials, "client_credentials"},
                                                    {QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"), "device_code"},
                                                    {QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"), "token_exchange"},
                                                    {Grants::Password, "password"},
                                                    {QStringLiteral("http://auth0.com/oauth/grant-type/password-realm"), "password_realm"}};
    for (const auto &[type, name] : known) {
        if (m.grantTypesSupported.contains(type))
            m_grants.append({QStringLiteral("probe.matrix.grant.") + QLatin1String(name), type, QLatin1String(name)});
    }
    runGrant(0);
}

void MatrixProbes::runGrant(qsizetype index)
{
    if (stopped())
        return;
    if (index >= m_grants.size()) {
        finish();
        return;
    }
    const GrantCell cell = m_grants.at(index);
    // Machine-readable like the response types and modes (the report's data; the matrix's row and column names).
    const QJsonObject base{{QStringLiteral("responseType"), QStringLiteral("grant ") + cell.label},
                           {QStringLiteral("responseMode"), QStringLiteral("token endpoint")},
                           {QStringLiteral("grantType"), cell.grant}};
    auto skip = [this, &cell, &base, index](const QString &why) {
        ProbeResult r = skipped(cell.id, why);
        r.data = base;
        m_host.addResult(r);
        runGrant(index + 1);
    };
    Profile p = m_host.profile();
    OidcFlow::Options options = m_host.quickOptions();
    options.callApi = false;
    if (cell.label == QLatin1String("client_credentials")) {
        if (p.effectiveTokenEndpointAuth() == QLatin1String("none")) {
            skip(TenantProbeText::tr("advertised; this client is public, and the grant is for confidential clients only (RFC 6749 4.4)"));
            return;
        }
        p.grant = Grants::ClientCredentials;
    } else if (cell.label == QLatin1String("device_code")) {
        // RFC 8628: the device authorization is the answer; nobody approves, so the polling ends after one wait.
        p.grant = Grants::DeviceCode;
        options.openVerification = false;
        options.deviceWaitSecs = 1;
    } else if (cell.label == QLatin1String("token_exchange")) {
        const QString subject = m_host.report().baseline.currentAccessToken();
        if (subject.isEmpty()) {
            skip(TenantProbeText::tr("advertised; there is no access token of the sign-in to exchange"));
            return;
        }
        p.grant = Grants::TokenExchange;
        p.subjectToken = subject;
    } else {
        skip(TenantProbeText::tr("advertised; not tried: it needs the user's password in a token request (the probe gives it only to the "
                                 "login page); try it with tokenscope-cli login and a profile with \"grant\": \"password\""));
        return;
    }
    m_host.runAttempt(cell.id, QStringLiteral("grant ") + cell.label, p, options, [this, cell, base, index](const ProbeAttempt &a) {
        const FlowState &s = a.state;
        QJsonObject data = base;
        const StepResult *firstFailed = s.firstFailedStep();
        // The device grant: the device authorization answered is what this client may do; the polling then waits for
        // a person who never comes.
        const bool device = cell.label == QLatin1String("device_code");
        const StepResult *authorization = s.step(Steps::DeviceAuthorization);
        const bool worked = device ? authorization && authorization->status == CheckStatus::Pass : s.ok() && !s.currentAccessToken().isEmpty();
        const QString reason = firstFailed ? firstFailed->reason : QString();
        const QString error = reason.startsWith(Reasons::OAuthPrefix) ? reason.mid(Reasons::OAuthPrefix.size()) : QString();
        if (worked) {
            data.insert(QStringLiteral("outcome"), QStringLiteral("worked"));
            m_host.addResult(passed(cell.id, device ? TenantProbeText::tr("this client may use it: the provider issued a device code (nobody approved it)")
                                                    : TenantProbeText::tr("this client may use it: the token came back and validated"),
                                    data));
        } else if (error == QLatin1String("unauthorized_client") || error == QLatin1String("unsupported_grant_type")
                   || error == QLatin1String("access_denied") || error == QLatin1String("invalid_target")) {
            // Advertised by the provider, not enabled for this client: how the tenant is set up, not a fault.
            data.insert(QStringLiteral("outcome"), QStringLiteral("not allowed"));
            data.insert(QStringLiteral("error"), error);
            m_host.addResult(passed(cell.id, TenantProbeText::tr("advertised, but not for this client: %1").arg(firstFailed->detail), data));
        } else {
            data.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            data.insert(QStringLiteral("failedStep"), failedStep(s));
            if (!error.isEmpty())
                data.insert(QStringLiteral("error"), error);
            m_host.addResult(firstFailed ? failed(cell.id, TenantProbeText::tr("advertised, but it failed: %1").arg(firstFailure(s)), data, FindingLevel::Warning)
                                    : failed(cell.id, TenantProbeText::tr("advertised, but no token came back"), data, FindingLevel::Warning));
        }
        runGrant(index + 1);
    });
}

} // namespace tokenscope::probe
