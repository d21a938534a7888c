#include "core/tenant/ProbeGroups.h"

#include "core/tenant/ProbeSupport.h"

namespace tokenscope::probe {

OidcFlow::Options Host::quickOptions() const
{
    OidcFlow::Options o;
    o.exchangeCode = true;
    o.userinfo = false;
    o.callApi = false;
    o.refresh = false;
    o.skewSecs = options().skewSecs;
    return o;
}

Profile Host::sessionProfile(const QList<QPair<QString, QString>> &params)
{
    Profile p = withoutParams(profile(), {QStringLiteral("prompt"), QStringLiteral("max_age")});
    p.extraParams.append(params);
    // form_post answers with a page of its own, which would hide whether the provider showed a login page.
    if (p.responseMode == QLatin1String("form_post"))
        p.responseMode.clear();
    return p;
}

void Group::run(const std::function<void()> &done)
{
    m_done = done;
    if (!stopped())
        firstStep();
}

void Group::finish()
{
    if (auto done = std::exchange(m_done, {}))
        done();
}

bool Group::stopped()
{
    if (!m_host.cancelled())
        return false;
    finish();
    return true;
}

} // namespace tokenscope::probe
