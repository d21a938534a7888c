#include "core/tenant/ProbeGroups.h"

#include "core/common/Clock.h"
#include "core/tenant/ProbeSupport.h"

namespace tokenscope::probe {

namespace {
const QStringList Ids{QStringLiteral("probe.session.prompt_none_after_login"), QStringLiteral("probe.session.max_age_zero"),
                      QStringLiteral("probe.session.logout"), QStringLiteral("probe.session.prompt_none_after_logout"),
                      QStringLiteral("probe.session.logout_ends_session")};
} // namespace

void SessionProbes::firstStep()
{
    promptNoneAfterLogin();
}

// prompt=none right after the baseline sign-in: did the provider keep the session?
void SessionProbes::promptNoneAfterLogin()
{
    m_host.stage(TenantProbeText::tr("sessions"));
    if (!signedIn(m_host.report().baseline)) {
        for (const QString &id : Ids)
            m_host.addResult(skipped(id, TenantProbeText::tr("the sign-in failed: %1").arg(firstFailure(m_host.report().baseline))));
        finish();
        return;
    }
    // max_age (a day) makes the provider put auth_time in the ID token without asking for a new login.
    const Profile p = m_host.sessionProfile({{QStringLiteral("prompt"), QStringLiteral("none")}, {QStringLiteral("max_age"), QStringLiteral("86400")}});
    m_host.runAttempt(Ids.at(0), TenantProbeText::tr("prompt=none after sign-in"), p, m_host.quickOptions(), [this](const ProbeAttempt &a) {
        const FlowState &s = a.state;
        QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}};
        if (const auto t = authTimeOf(s)) {
            data.insert(QStringLiteral("authTime"), double(*t));
            m_sessionAuthTime = t;
        }
        if (s.callback && s.callback->isError()) {
            const QString error = s.callback->error();
            const QString description = s.callback->errorDescription();
            data.insert(QStringLiteral("error"), error);
            // OpenID Connect Core 3.1.2.6: only login_required says there is no session; the others say the user is
            // known but something else needs a page.
            if (error == QLatin1String("login_required")) {
                m_host.addResult(failed(Ids.at(0),
                                 TenantProbeText::tr("prompt=none right after the sign-in was answered login_required (%1): the provider did not keep the "
                                                     "session. Check the session cookie (SameSite, third-party cookie blocking, custom domain) and the "
                                                     "session lifetime.")
                                     .arg(description),
                                 data));
            } else if (error == QLatin1String("consent_required")) {
                m_host.addResult(passed(Ids.at(0),
                                 TenantProbeText::tr("the provider kept the session, but answered consent_required (%1): the scopes asked (%2) need the "
                                                     "user's consent again, so a silent sign-in with them fails (OpenID Connect Core 3.1.2.6). Leave "
                                                     "offline_access and other scopes that need consent out of silent requests, or have the consent "
                                                     "remembered.")
                                     .arg(description, m_host.profile().scope),
                                 data, FindingLevel::Warning));
            } else if (error == QLatin1String("interaction_required") || error == QLatin1String("account_selection_required")) {
                m_host.addResult(passed(Ids.at(0),
                                 TenantProbeText::tr("the provider kept the session, but answered %1 (%2): it wants the user on a page before it signs in "
                                                     "again (OpenID Connect Core 3.1.2.6), so a silent sign-in fails")
                                     .arg(error, description),
                                 data, FindingLevel::Warning));
            } else {
                m_host.addResult(failed(Ids.at(0),
                                 TenantProbeText::tr("prompt=none right after the sign-in was answered %1 (%2), which is none of the answers OpenID "
                                                     "Connect Core 3.1.2.6 names for a silent sign-in")
                                     .arg(error, description),
                                 data));
            }
        } else if (loginShown(s)) {
            m_host.addResult(failed(Ids.at(0),
                                    TenantProbeText::tr("prompt=none right after the sign-in was answered with the login page: the provider did not keep the "
                                                        "session, and OpenID Connect Core 3.1.2.1 forbids any page for prompt=none (it must answer "
                                                        "login_required). Check the session cookie (SameSite, third-party cookie blocking, custom domain)."),
                                    data));
        } else if (!s.ok()) {
            m_host.addResult(failed(Ids.at(0), TenantProbeText::tr("the silent sign-in did not complete: %1").arg(firstFailure(s)), data));
        } else {
            m_host.addResult(passed(Ids.at(0),
                             TenantProbeText::tr("signed in again without a login page (%n page(s) shown): the provider kept the session", nullptr, a.pagesShown)
                                 + (m_sessionAuthTime ? TenantProbeText::tr("; auth_time %1").arg(*m_sessionAuthTime) : QString()),
                             data));
        }
        maxAgeZero();
    });
}

// max_age=0: does the provider authenticate again (a new auth_time)?
void SessionProbes::maxAgeZero()
{
    if (stopped())
        return;
    auto run = [this] {
        if (stopped())
            return;
        const Profile p = m_host.sessionProfile({{QStringLiteral("max_age"), QStringLiteral("0")}});
        const qint64 startedAt = m_host.clock()->nowSecsSinceEpoch();
        m_host.runAttempt(Ids.at(1), TenantProbeText::tr("max_age=0"), p, m_host.quickOptions(), [this, startedAt](const ProbeAttempt &a) {
            const FlowState &s = a.state;
            const auto authTime = authTimeOf(s);
            QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}, {QStringLiteral("attemptStartedAt"), double(startedAt)}};
            if (authTime)
                data.insert(QStringLiteral("authTime"), double(*authTime));
            if (m_sessionAuthTime)
                data.insert(QStringLiteral("previousAuthTime"), double(*m_sessionAuthTime));
            if (!signedIn(s)) {
                m_host.addResult(failed(Ids.at(1), TenantProbeText::tr("the sign-in with max_age=0 failed: %1").arg(firstFailure(s)), data));
            } else if (!authTime) {
                m_host.addResult(failed(Ids.at(1), TenantProbeText::tr("the ID token has no auth_time although max_age was sent (OpenID Connect Core 3.1.2.1 requires it)"), data));
            } else if (m_sessionAuthTime && *authTime <= *m_sessionAuthTime) {
                m_host.addResult(failed(Ids.at(1),
                                 TenantProbeText::tr("auth_time %1 is the earlier sign-in's (%2): max_age=0 did not force a new authentication; the provider "
                                                     "ignores max_age, so apps cannot demand a fresh login (step-up)")
                                     .arg(*authTime)
                                     .arg(*m_sessionAuthTime),
                                 data));
            } else if (!m_sessionAuthTime && a.pagesShown == 0) {
                m_host.addResult(failed(Ids.at(1),
                                 TenantProbeText::tr("no login page was shown and there is no earlier auth_time to compare with (%1): max_age=0 did not visibly force a new authentication")
                                     .arg(*authTime),
                                 data, FindingLevel::Warning));
            } else {
                m_host.addResult(passed(Ids.at(1),
                                 TenantProbeText::tr("the provider authenticated again (%n page(s) shown) and issued a new auth_time %1", nullptr, a.pagesShown).arg(*authTime)
                                     + (m_sessionAuthTime ? TenantProbeText::tr(" (was %1)").arg(*m_sessionAuthTime) : QString()),
                                 data));
                m_host.sinceLastLogin().start();
            }
            if (authTime)
                m_sessionAuthTime = authTime;
            logout();
        });
    };
    // auth_time has a resolution of one second: let one pass since the last login so a new one is distinguishable.
    const qint64 wait = m_host.sinceLastLogin().isValid() ? 1100 - m_host.sinceLastLogin().elapsed() : 0;
    if (wait > 0)
        m_host.later(int(wait), run);
    else
        run();
}

void SessionProbes::logout()
{
    if (stopped())
        return;
    if (m_host.flow()->logoutUrl().isEmpty()) {
        m_host.addResult(skipped(Ids.at(2), TenantProbeText::tr("the provider has no end_session_endpoint (see lint.endpoints.end_session)")));
        m_host.addResult(skipped(Ids.at(3), TenantProbeText::tr("no logout possible")));
        m_host.addResult(skipped(Ids.at(4), TenantProbeText::tr("no logout possible")));
        finish();
        return;
    }
    m_host.stage(TenantProbeText::tr("logout"));
    m_host.runAction([this] { m_host.flow()->logout(); }, [this](bool ok) {
        const StepResult *step = m_host.flow()->state().step(Steps::Logout);
        const QString detail = step ? step->detail : QString();
        const QUrl elsewhere = m_host.flow()->state().logoutEndedElsewhere;
        if (ok && !elsewhere.isEmpty())
            // The next two probes tell whether the session ended; this one is about where the user was left.
            m_host.addResult(failed(Ids.at(2),
                                    TenantProbeText::tr("the logout page was confirmed, but the provider did not return to the post-logout redirect URI: it "
                                                        "left the user on its login page %1 (OpenID Connect RP-Initiated Logout 1.0 section 3: the app "
                                                        "asked to be returned to %2). Whether the session ended is what the next two probes tell.")
                                        .arg(elsewhere.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), m_host.profile().postLogoutRedirectUri),
                                    QJsonObject{{QStringLiteral("endedAt"), elsewhere.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)}},
                                    FindingLevel::Warning));
        else if (ok)
            m_host.addResult(passed(Ids.at(2), m_host.profile().postLogoutRedirectUri.isEmpty()
                                            ? TenantProbeText::tr("the provider's logout page loaded (%1). The profile has no postLogoutRedirectUri, so "
                                                                  "Tokenscope cannot see when the logout completes: set it for a reliable result.")
                                                  .arg(detail)
                                            : TenantProbeText::tr("the provider ended the session and returned to the post-logout redirect URI (%1)").arg(detail)));
        else {
            m_host.addResult(failed(Ids.at(2), TenantProbeText::tr("the logout failed: %1. Check that postLogoutRedirectUri is registered for the app.").arg(detail)));
            // Without a completed logout there is nothing to learn about the session after it: saying it "survived"
            // would blame the provider for what did not happen.
            const QString why = TenantProbeText::tr("the logout did not complete, so what follows it cannot be told");
            m_host.addResult(skipped(Ids.at(3), why));
            m_host.addResult(skipped(Ids.at(4), why));
            finish();
            return;
        }
        promptNoneAfterLogout();
    });
}

void SessionProbes::promptNoneAfterLogout()
{
    if (stopped())
        return;
    const Profile p = m_host.sessionProfile({{QStringLiteral("prompt"), QStringLiteral("none")}});
    m_host.runAttempt(Ids.at(3), TenantProbeText::tr("prompt=none after logout"), p, m_host.quickOptions(), [this](const ProbeAttempt &a) {
        const FlowState &s = a.state;
        QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}};
        if (s.callback && s.callback->isError()) {
            const QString error = s.callback->error();
            data.insert(QStringLiteral("error"), error);
            if (error == QLatin1String("login_required"))
                m_host.addResult(passed(Ids.at(3), TenantProbeText::tr("prompt=none after logout was answered login_required: there is no session any more"), data));
            else
                m_host.addResult(failed(Ids.at(3),
                                 TenantProbeText::tr("prompt=none after logout was answered %1 (%2); OpenID Connect Core 3.1.2.6 expects login_required when "
                                                     "there is no session")
                                     .arg(error, s.callback->errorDescription()),
                                 data, FindingLevel::Warning));
        } else if (loginShown(s)) {
            // No session any more, but OpenID Connect Core 3.1.2.1 forbids any page for prompt=none: apps renewing
            // silently in a hidden frame wait there instead of getting login_required.
            m_host.addResult(failed(Ids.at(3),
                                    TenantProbeText::tr("prompt=none after logout was answered with the login page instead of login_required: the session has "
                                                        "ended, but OpenID Connect Core 3.1.2.1 forbids showing any page for prompt=none, so a silent renewal "
                                                        "(a hidden frame) waits there instead of learning that the user must sign in"),
                                    data, FindingLevel::Warning));
        } else if (signedIn(s)) {
            m_host.addResult(failed(Ids.at(3),
                             TenantProbeText::tr("prompt=none after logout still signed in silently: the logout did not end the provider session"), data));
        } else {
            m_host.addResult(failed(Ids.at(3), TenantProbeText::tr("could not tell: %1").arg(firstFailure(s)), data, FindingLevel::Warning));
        }
        signInAfterLogout();
    });
}

void SessionProbes::signInAfterLogout()
{
    if (stopped())
        return;
    const Profile p = m_host.sessionProfile({});
    m_host.runAttempt(Ids.at(4), TenantProbeText::tr("sign-in after logout"), p, m_host.quickOptions(), [this](const ProbeAttempt &a) {
        const FlowState &s = a.state;
        const QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}};
        if (!signedIn(s))
            m_host.addResult(failed(Ids.at(4), TenantProbeText::tr("the sign-in after logout failed, so it cannot be told whether a login page was needed: %1").arg(firstFailure(s)),
                             data, FindingLevel::Warning));
        else if (a.pagesShown == 0)
            m_host.addResult(failed(Ids.at(4), TenantProbeText::tr("after logout the provider signed in again without showing any page: the session survived the logout"), data));
        else
            m_host.addResult(passed(Ids.at(4),
                             TenantProbeText::tr("after logout the provider showed the login page again (%n page(s)) before signing in: the session had ended", nullptr,
                                 a.pagesShown),
                             data));
        if (signedIn(s))
            m_host.sinceLastLogin().start();
        finish();
    });
}

} // namespace tokenscope::probe
