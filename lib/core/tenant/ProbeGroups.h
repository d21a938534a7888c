#pragma once

// The probe groups TenantProbe runs after its baseline sign-in (internal to lib/core/tenant). Each group is a small
// class whose steps run one after the other; a step decides from what the steps before it found whether the next ones
// can tell anything, and skips them with the reason, so no step is removed from a queue by its position.

#include "core/tenant/TenantProbe.h"

#include <QElapsedTimer>

#include <functional>
#include <optional>

namespace tokenscope::probe {

// What a group may ask of the TenantProbe that runs it.
class Host
{
public:
    using AttemptDone = std::function<void(const ProbeAttempt &)>;
    using ActionDone = std::function<void(bool ok)>;
    using LintDone = std::function<void(const LintInput &, const FindingList &)>;

    virtual ~Host() = default;

    virtual void stage(const QString &description) = 0;  // stageStarted()
    virtual void addResult(const ProbeResult &result) = 0;
    // One OidcFlow run (recorded as an attempt), or one action on the flow's session (refresh, logout).
    virtual void runAttempt(const QString &probeId, const QString &label, const Profile &profile, const OidcFlow::Options &options,
                            const AttemptDone &done) = 0;
    virtual void runAction(const std::function<void()> &action, const ActionDone &done) = 0;
    virtual void lint(const Profile &profile, const LintDone &done) = 0;
    virtual void later(int ms, const std::function<void()> &then) = 0;

    virtual OidcFlow *flow() const = 0;
    virtual HttpClient *http() const = 0; // for requests that are no flow step (the API probes)
    virtual const Clock *clock() const = 0;
    virtual const TenantProbe::Options &options() const = 0;
    virtual TenantProbeReport &report() = 0;
    virtual bool cancelled() const = 0;
    // Started at every sign-in that authenticated the user: auth_time has a resolution of one second.
    virtual QElapsedTimer &sinceLastLogin() = 0;

    const Profile &profile() { return report().profile; }
    // A flow run that only signs in and exchanges the code (no userinfo, API or refresh).
    OidcFlow::Options quickOptions() const;
    // The profile with these prompt/max_age parameters instead of its own (and never form_post: its own page would
    // hide whether the provider showed a login page).
    Profile sessionProfile(const QList<QPair<QString, QString>> &params);
};

class Group
{
public:
    explicit Group(Host &host) : m_host(host) {}
    virtual ~Group() = default;
    // Runs the group's probes, then `done` (also when the run is cancelled on the way).
    void run(const std::function<void()> &done);

protected:
    virtual void firstStep() = 0;
    void finish();
    // True (and the group finished) when the run was cancelled: the step must not go on.
    bool stopped();

    Host &m_host;

private:
    std::function<void()> m_done;
};

// probe.refresh.*: the first refresh, rotation, what the refresh kept, reuse detection, family revocation.
class RefreshProbes : public Group
{
public:
    using Group::Group;

protected:
    void firstStep() override;

private:
    void evaluateFirstRefresh();
    void replayRotatedToken();
    void tryNewestAfterReuse();
    void skipAll(const QString &why);

    QString m_refresh0, m_refresh1;
};

// probe.session.*: prompt=none after the sign-in, max_age=0, logout, prompt=none after it, a sign-in after it.
class SessionProbes : public Group
{
public:
    using Group::Group;

protected:
    void firstStep() override;

private:
    void promptNoneAfterLogin();
    void maxAgeZero();
    void logout();
    void promptNoneAfterLogout();
    void signInAfterLogout();

    std::optional<qint64> m_sessionAuthTime;
};

// probe.matrix.<type>.<mode>: every response type in every response mode the provider offers; then
// probe.matrix.grant.<grant>: each grant without a browser it advertises (client credentials, device code, token
// exchange; the password grants are listed, not tried), tried with this client.
class MatrixProbes : public Group
{
public:
    using Group::Group;

protected:
    void firstStep() override;

private:
    struct Cell
    {
        QString id, type, mode;
        bool mustRefuse = false; // tokens in the query string
        bool own = false;        // the profile's own combination
        bool noIdToken = false;  // it asks for an ID token, but the profile's scope has no openid: skipped
    };
    const ProviderMetadata &metadata();
    void runCell(qsizetype index);
    // The grants beyond the code flow that the provider advertises (grant_types_supported), one cell each in the
    // column "token endpoint": whether this client may use them.
    struct GrantCell
    {
        QString id, grant, label;
    };
    void listGrants();
    void runGrant(qsizetype index);

    QList<Cell> m_cells;
    QList<GrantCell> m_grants;
};

// probe.api.*: the profile's API called with the real access token, then with forged ones (one defect each), and
// without a token. Each forged case passes when the API refuses it (401/403).
class ApiProbes : public Group
{
public:
    using Group::Group;

protected:
    void firstStep() override;

private:
    struct Case
    {
        QString id;
        QString token;      // what goes after "Bearer "
        bool sendHeader = true; // false: no Authorization header at all
        QString made;       // how the token was made (for the detail; never the token itself)
        QString forgets;    // what an API that accepts it forgets to check, with its spec sections
        QString skip;       // why this case cannot be made here (then it is skipped)
    };
    void callValid();
    void prepareCases();
    void runCase(qsizetype index);
    void expiredLast();
    void send(const QString &token, bool sendHeader, const std::function<void(const HttpExchange &)> &done);
    void evaluate(const Case &c, const HttpExchange &ex);
    void skipAll(const QString &why);

    QString m_accessToken;
    QList<Case> m_cases;
};

// probe.compare.*: a second profile's tenant side by side.
class CompareProbes : public Group
{
public:
    using Group::Group;

protected:
    void firstStep() override;

private:
    void signIn();
};

} // namespace tokenscope::probe
