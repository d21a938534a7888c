#pragma once

#include "core/report/FlowReport.h"
#include "core/oidc/FlowState.h"
#include "core/oidc/OidcFlow.h"
#include "core/tenant/TenantLintRunner.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFlags>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tokenscope {

class Clock;
class UserAgent;

namespace probe {
class Group;
class Host;
}

// One result of a behaviour probe. `id` is stable (CLI contract): probe.matrix.<response_type>.<mode> (response type
// parts in the order code, id_token, token, joined by "_"), probe.session.*, probe.refresh.*, probe.compare.*, probe.api.*.
// status: what the tenant did against what it should do (pass / fail / skip with the reason).
// level: how much a failure matters. A result with status fail and level error fails the run; fail with level warning
// is reported but does not (e.g. a response type the provider advertises but the app is not allowed to use).
// data: structured extras for tables (responseType, responseMode, error, authTime, rotated, diff, ...); never secrets.
struct ProbeResult
{
    QString id;
    CheckStatus status = CheckStatus::Skip;
    FindingLevel level = FindingLevel::Info;
    QString detail;
    QJsonObject data;
};

using ProbeResultList = QList<ProbeResult>;

// One OidcFlow run made by a probe, kept for drill-down (the UI's detail view). Holds secrets like any FlowState.
struct ProbeAttempt
{
    QString probeId; // the result this attempt belongs to
    QString label;   // e.g. "prompt=none after sign-in"
    int pagesShown = 0; // pages the user agent finished loading (0: the provider answered without showing a page)
    FlowState state;
};

// Everything a probe run produced.
struct TenantProbeReport
{
    Profile profile;
    std::optional<Profile> compareProfile;
    FlowState baseline;                        // the first full sign-in (same content as `login`)
    std::optional<FlowState> compareBaseline;  // the sign-in with the compare profile
    LintInput lintInput;                       // discovery document and JWKS as the lint fetched them
    FindingList lint;
    std::optional<LintInput> compareLintInput;
    ProbeResultList probes;
    QList<ProbeAttempt> attempts;
    QDateTime startedAt, finishedAt;

    // The baseline sign-in passed, the lint found no error, and no probe failed with level error.
    bool ok() const;
};

// [{"id", "status", "level", "detail", ...data members}]
QJsonArray probeResultsToJson(const ProbeResultList &results);
const ProbeResult *findProbe(const ProbeResultList &results, const QString &id);
// The `login` report of the baseline plus "profileDetails" (secrets redacted), "lint", "probes", "startedAt",
// "finishedAt" and, with a compare profile, "compare" (the compare sign-in's login report). "ok" is report.ok().
QJsonObject probeReport(const TenantProbeReport &report, const ReportOptions &options = {});
// "code id_token" + "form_post" -> "probe.matrix.code_id_token.form_post"
QString matrixProbeId(const QString &responseType, const QString &responseMode);

// Runs the behaviour probes against a tenant with a test user: a baseline sign-in, then the selected groups, each
// made of OidcFlow runs through the one UserAgent passed in, so the provider's session cookie persists between
// attempts (pass a WebEngineUserAgent whose web profile keeps cookies for the probe's lifetime). The user agent must
// sign in by itself (credentials or a fill script), or a human does it in the window.
// Emits lintFinished, probeFinished for each result as soon as it is known, attemptFinished for each flow run,
// and finished() exactly once per start().
class TenantProbe : public QObject
{
    Q_OBJECT
public:
    enum Group { Matrix = 0x1, Sessions = 0x2, Refresh = 0x4, Compare = 0x8, Api = 0x10 };
    Q_DECLARE_FLAGS(Groups, Group)
    Q_FLAG(Groups)

    struct Options
    {
        Groups groups = Groups(Matrix | Sessions | Refresh | Api); // Compare runs when a compare profile is set
        bool lint = true;
        QStringList responseTypes; // restrict the matrix (empty: everything the provider offers, except "none")
        QStringList responseModes; // restrict the matrix (empty: query, fragment, form_post as offered)
        qint64 skewSecs = 60;
        int attemptTimeoutMs = 120000; // hard stop for one flow run (each step has its own, shorter timeouts)
        // probe.api.expired replays the real access token once it has expired when that is at most this far away
        // (plus apiLeewaySecs); otherwise it sends a forged expired token (see ApiProbes).
        int apiExpiryWaitSecs = 0;
        int apiLeewaySecs = 60; // how long past exp an API may still accept a token (RFC 7519 4.1.4: "some small leeway")
    };

    TenantProbe(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent = nullptr);
    ~TenantProbe() override;

    void setProfile(const Profile &profile);
    void setCompareProfile(const std::optional<Profile> &profile);
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const TenantProbeReport &report() const { return m_report; }
    // The flow the probe drives (to show its steps live); owned by the probe.
    OidcFlow *flow() const { return m_flow; }

    // "matrix,sessions,refresh,api" -> flags; false with `error` set for an unknown name.
    static bool parseGroups(const QString &text, Groups *groups, QString *error);

signals:
    void stageStarted(const QString &description);
    void lintFinished(const tokenscope::FindingList &findings);
    void probeFinished(const tokenscope::ProbeResult &result);
    void attemptFinished(const tokenscope::ProbeAttempt &attempt);
    void finished(bool ok);

private:
    friend class ProbeHostAdapter; // the groups' view of this probe (TenantProbe.cpp)
    using AttemptDone = std::function<void(const ProbeAttempt &)>;

    void signInFirst();
    void runGroup(std::size_t index);
    void finishRun();

    void stage(const QString &description);
    void later(int ms, const std::function<void()> &then);
    void addResult(const ProbeResult &result);
    void runAttempt(const QString &probeId, const QString &label, const Profile &profile, const OidcFlow::Options &options,
                    const AttemptDone &done);
    void runAction(const std::function<void()> &action, const std::function<void(bool ok)> &done);
    void onFlowFinished();
    void onActionFinished(const QString &step, bool ok);
    void lint(const Profile &profile, const std::function<void(const LintInput &, const FindingList &)> &done);

    HttpClient *m_http;
    QPointer<UserAgent> m_userAgent;
    const Clock *m_clock;
    OidcFlow *m_flow;
    TenantLintRunner *m_lint;
    Options m_options;
    Profile m_profile;
    std::optional<Profile> m_compareProfile;
    TenantProbeReport m_report;

    std::unique_ptr<probe::Host> m_host;
    std::vector<std::unique_ptr<probe::Group>> m_groups; // api, refresh, sessions, matrix, compare: run in this order
    bool m_running = false;
    bool m_cancelled = false;
    std::function<void(const LintInput &, const FindingList &)> m_lintDone;
    QTimer m_watchdog;

    // The attempt or action in progress.
    ProbeAttempt m_attempt;
    AttemptDone m_attemptDone;
    std::function<void(bool)> m_actionDone;
    bool m_inAttempt = false;
    bool m_inAction = false;
    int m_pages = 0;

    QElapsedTimer m_sinceLastLogin; // started at every sign-in that authenticated the user
};

} // namespace tokenscope

Q_DECLARE_OPERATORS_FOR_FLAGS(tokenscope::TenantProbe::Groups)
