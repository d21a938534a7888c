#include "core/tenant/TenantProbe.h"

#include "core/tenant/ProbeGroups.h"
#include "core/tenant/ProbeSupport.h"

#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/UserAgent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace tokenscope {

using namespace probe;


// ---- report --------------------------------------------------------------------------------------------------------

bool TenantProbeReport::ok() const
{
    if (baseline.steps.isEmpty() || !baseline.ok() || hasErrors(lint))
        return false;
    return std::none_of(probes.begin(), probes.end(), [](const ProbeResult &r) {
        return r.status == CheckStatus::Fail && r.level == FindingLevel::Error;
    });
}

QJsonArray probeResultsToJson(const ProbeResultList &results)
{
    QJsonArray array;
    for (const ProbeResult &r : results) {
        QJsonObject o = r.data;
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("status"), checkStatusName(r.status));
        o.insert(QStringLiteral("level"), findingLevelName(r.level));
        o.insert(QStringLiteral("detail"), r.detail);
        array.append(o);
    }
    return array;
}

const ProbeResult *findProbe(const ProbeResultList &results, const QString &id)
{
    for (const ProbeResult &r : results) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject probeReport(const TenantProbeReport &report, const ReportOptions &options)
{
    QJsonObject r = flowReport(report.baseline, options);
    r.insert(QStringLiteral("ok"), report.ok());
    r.insert(QStringLiteral("profile"), report.profile.name);
    r.insert(QStringLiteral("profileDetails"), profileForReport(report.profile));
    r.insert(QStringLiteral("lint"), findingsToJson(report.lint));
    r.insert(QStringLiteral("probes"), probeResultsToJson(report.probes));
    if (report.startedAt.isValid())
        r.insert(QStringLiteral("startedAt"), report.startedAt.toUTC().toString(Qt::ISODate));
    if (report.finishedAt.isValid())
        r.insert(QStringLiteral("finishedAt"), report.finishedAt.toUTC().toString(Qt::ISODate));
    if (!report.lintInput.metadata.raw.isEmpty())
        r.insert(QStringLiteral("metadata"), report.lintInput.metadata.raw);
    if (report.compareBaseline) {
        QJsonObject c = flowReport(*report.compareBaseline, options);
        if (report.compareProfile) {
            c.insert(QStringLiteral("profile"), report.compareProfile->name);
            c.insert(QStringLiteral("profileDetails"), profileForReport(*report.compareProfile));
        }
        if (report.compareLintInput && !report.compareLintInput->metadata.raw.isEmpty())
            c.insert(QStringLiteral("metadata"), report.compareLintInput->metadata.raw);
        r.insert(QStringLiteral("compare"), c);
    }
    return r;
}

QString matrixProbeId(const QString &responseType, const QString &responseMode)
{
    return QStringLiteral("probe.matrix.%1.%2").arg(canonicalResponseType(responseType).replace(QLatin1Char(' '), QLatin1Char('_')), responseMode);
}

// The groups' view of the probe that runs them.
class ProbeHostAdapter : public probe::Host
{
public:
    explicit ProbeHostAdapter(TenantProbe &probe) : m_probe(probe) {}

    void stage(const QString &description) override { m_probe.stage(description); }
    void addResult(const ProbeResult &result) override { m_probe.addResult(result); }
    void runAttempt(const QString &probeId, const QString &label, const Profile &profile, const OidcFlow::Options &options,
                    const AttemptDone &done) override
    {
        m_probe.runAttempt(probeId, label, profile, options, done);
    }
    void runAction(const std::function<void()> &action, const ActionDone &done) override { m_probe.runAction(action, done); }
    void lint(const Profile &profile, const LintDone &done) override { m_probe.lint(profile, done); }
    void later(int ms, const std::function<void()> &then) override { m_probe.later(ms, then); }
    OidcFlow *flow() const override { return m_probe.m_flow; }
    HttpClient *http() const override { return m_probe.m_http; }
    const Clock *clock() const override { return m_probe.m_clock; }
    const TenantProbe::Options &options() const override { return m_probe.m_options; }
    TenantProbeReport &report() override { return m_probe.m_report; }
    bool cancelled() const override { return m_probe.m_cancelled; }
    QElapsedTimer &sinceLastLogin() override { return m_probe.m_sinceLastLogin; }

private:
    TenantProbe &m_probe;
};

// ---- TenantProbe ---------------------------------------------------------------------------------------------------

TenantProbe::TenantProbe(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent)
    : QObject(parent), m_http(http), m_userAgent(userAgent), m_clock(clock)
{
    m_host = std::make_unique<ProbeHostAdapter>(*this);
    m_flow = new OidcFlow(http, userAgent, clock, this);
    m_lint = new TenantLintRunner(http, this);
    connect(m_flow, &OidcFlow::finished, this, &TenantProbe::onFlowFinished);
    connect(m_flow, &OidcFlow::actionFinished, this, &TenantProbe::onActionFinished);
    connect(m_lint, &TenantLintRunner::finished, this, [this](const FindingList &findings) {
        if (!m_lintDone)
            return;
        auto done = std::exchange(m_lintDone, {});
        const LintInput input = m_lint->input();
        QTimer::singleShot(0, this, [done, input, findings] { done(input, findings); });
    });
    if (userAgent) {
        connect(userAgent, &UserAgent::pageLoaded, this, [this] {
            if (m_inAttempt || m_inAction)
                ++m_pages;
        });
    }
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        qCInfo(lcFlow) << "probe: attempt watchdog fired";
        if (m_flow->isRunning())
            m_flow->cancel();
    });
}

TenantProbe::~TenantProbe()
{
    m_attemptDone = {};
    m_actionDone = {};
    m_lintDone = {};
}

void TenantProbe::setProfile(const Profile &profile)
{
    m_profile = profile;
}

void TenantProbe::setCompareProfile(const std::optional<Profile> &profile)
{
    m_compareProfile = profile;
}

bool TenantProbe::parseGroups(const QString &text, Groups *groups, QString *error)
{
    Groups out;
    const QStringList names = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString name : names) {
        name = name.trimmed().toLower();
        if (name == QLatin1String("matrix"))
            out |= Matrix;
        else if (name == QLatin1String("sessions") || name == QLatin1String("session"))
            out |= Sessions;
        else if (name == QLatin1String("refresh"))
            out |= Refresh;
        else if (name == QLatin1String("compare"))
            out |= Compare;
        else if (name == QLatin1String("api"))
            out |= Api;
        else if (name == QLatin1String("none"))
            continue;
        else {
            if (error)
                *error = TenantProbeText::tr("unknown probe group \"%1\" (known: matrix, sessions, refresh, api, compare, none)").arg(name);
            return false;
        }
    }
    *groups = out;
    return true;
}

void TenantProbe::start()
{
    if (m_running)
        return;
    m_report = TenantProbeReport{};
    m_report.profile = m_profile;
    m_report.compareProfile = m_compareProfile;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_running = true;
    m_cancelled = false;
    m_sinceLastLogin.invalidate();
    m_groups.clear();
    // The API first: while the baseline's access token is fresh, before a refresh or a logout may revoke it.
    if (m_options.groups.testFlag(Api))
        m_groups.push_back(std::make_unique<ApiProbes>(*m_host));
    if (m_options.groups.testFlag(Refresh))
        m_groups.push_back(std::make_unique<RefreshProbes>(*m_host));
    if (m_options.groups.testFlag(Sessions))
        m_groups.push_back(std::make_unique<SessionProbes>(*m_host));
    if (m_options.groups.testFlag(Matrix))
        m_groups.push_back(std::make_unique<MatrixProbes>(*m_host));
    if (m_compareProfile)
        m_groups.push_back(std::make_unique<CompareProbes>(*m_host));

    if (!m_options.lint) {
        signInFirst();
        return;
    }
    stage(TenantProbeText::tr("configuration lint"));
    lint(m_profile, [this](const LintInput &input, const FindingList &findings) {
        m_report.lintInput = input;
        m_report.lint = findings;
        emit lintFinished(findings);
        signInFirst();
    });
}

// The baseline: one full sign-in with the profile as it is (what `login` does); every group starts from it.
void TenantProbe::signInFirst()
{
    if (m_cancelled) {
        finishRun();
        return;
    }
    OidcFlow::Options full;
    full.skewSecs = m_options.skewSecs;
    runAttempt(QStringLiteral("baseline"), TenantProbeText::tr("sign-in"), m_profile, full, [this](const ProbeAttempt &a) {
        m_report.baseline = a.state;
        if (signedIn(a.state))
            m_sinceLastLogin.start();
        runGroup(0);
    });
}

void TenantProbe::runGroup(std::size_t index)
{
    if (m_cancelled || index >= m_groups.size()) {
        finishRun();
        return;
    }
    // Each group starts from the event loop, after what finished the one before it.
    QTimer::singleShot(0, this, [this, index] {
        if (!m_running || index >= m_groups.size())
            return;
        m_groups[index]->run([this, index] { runGroup(index + 1); });
    });
}

void TenantProbe::finishRun()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        m_report.finishedAt = QDateTime::currentDateTimeUtc();
        const bool ok = !m_cancelled && m_report.ok();
        qCInfo(lcFlow) << "probe finished, ok =" << ok;
        emit finished(ok);
    });
}

void TenantProbe::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_lint->isRunning())
        m_lint->cancel();
    if (m_flow->isRunning())
        m_flow->cancel();
}

void TenantProbe::stage(const QString &description)
{
    emit stageStarted(description);
}

void TenantProbe::later(int ms, const std::function<void()> &then)
{
    QTimer::singleShot(ms, this, then);
}

void TenantProbe::addResult(const ProbeResult &r)
{
    m_report.probes.append(r);
    qCInfo(lcFlow).noquote() << "probe" << r.id << checkStatusName(r.status);
    emit probeFinished(r);
}

void TenantProbe::lint(const Profile &profile, const std::function<void(const LintInput &, const FindingList &)> &done)
{
    m_lintDone = done;
    m_lint->start(profile);
}

void TenantProbe::runAttempt(const QString &probeId, const QString &label, const Profile &profile, const OidcFlow::Options &options,
                             const AttemptDone &done)
{
    m_attempt = ProbeAttempt{probeId, label, 0, {}};
    m_attemptDone = done;
    m_inAttempt = true;
    m_pages = 0;
    stage(label);
    m_flow->setOptions(options);
    m_flow->setProfile(profile);
    m_watchdog.start(m_options.attemptTimeoutMs);
    m_flow->start();
}

void TenantProbe::runAction(const std::function<void()> &action, const std::function<void(bool)> &done)
{
    m_actionDone = done;
    m_inAction = true;
    m_pages = 0;
    m_watchdog.start(m_options.attemptTimeoutMs);
    action();
    if (m_inAction && !m_flow->isRunning())
        onActionFinished(QString(), false); // refused before it started (busy)
}

void TenantProbe::onFlowFinished()
{
    if (!m_inAttempt)
        return;
    m_watchdog.stop();
    m_inAttempt = false;
    m_attempt.state = m_flow->state();
    m_attempt.pagesShown = m_pages;
    m_report.attempts.append(m_attempt);
    emit attemptFinished(m_attempt);
    auto done = std::exchange(m_attemptDone, {});
    const ProbeAttempt attempt = m_attempt;
    QTimer::singleShot(0, this, [done, attempt] {
        if (done)
            done(attempt);
    });
}

void TenantProbe::onActionFinished(const QString &, bool ok)
{
    if (!m_inAction)
        return;
    m_watchdog.stop();
    m_inAction = false;
    auto done = std::exchange(m_actionDone, {});
    QTimer::singleShot(0, this, [done, ok] {
        if (done)
            done(ok);
    });
}

} // namespace tokenscope
