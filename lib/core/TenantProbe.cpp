#include "TenantProbe.h"

#include "Clock.h"
#include "Jwt.h"
#include "Logging.h"
#include "TokenResponse.h"
#include "UserAgent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::TenantProbeText.
struct TenantProbeText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::TenantProbeText)
};

namespace {


ProbeResult result(const QString &id, CheckStatus status, FindingLevel level, const QString &detail, const QJsonObject &data = {})
{
    return ProbeResult{id, status, level, detail, data};
}
ProbeResult passed(const QString &id, const QString &detail, const QJsonObject &data = {}, FindingLevel level = FindingLevel::Info)
{
    return result(id, CheckStatus::Pass, level, detail, data);
}
ProbeResult failed(const QString &id, const QString &detail, const QJsonObject &data = {}, FindingLevel level = FindingLevel::Error)
{
    return result(id, CheckStatus::Fail, level, detail, data);
}
ProbeResult skipped(const QString &id, const QString &detail)
{
    return result(id, CheckStatus::Skip, FindingLevel::Info, detail);
}

// The provider answered the authorization request without an error (a session exists at the provider).
bool signedIn(const FlowState &s)
{
    return s.callback.has_value() && !s.callback->isError();
}

// The attempt had prompt=none and the provider showed a login page instead of answering (the filler left it alone).
bool loginShown(const FlowState &s)
{
    const StepResult *step = s.firstFailedStep();
    return step && step->reason == Reasons::LoginShown;
}

QString firstFailure(const FlowState &s)
{
    if (const StepResult *step = s.firstFailedStep())
        return step->name + QStringLiteral(": ") + step->detail;
    if (const Check *c = s.firstFailedCheck())
        return c->summary();
    return {};
}

QString failedStep(const FlowState &s)
{
    const StepResult *step = s.firstFailedStep();
    return step ? step->name : QString();
}

QJsonObject payloadOf(const QString &token)
{
    if (token.isEmpty() || !looksLikeJwt(token.toUtf8()))
        return {};
    return parseJwt(token.toUtf8()).payload;
}

std::optional<qint64> authTimeOf(const FlowState &s)
{
    const QJsonValue v = payloadOf(s.latestIdToken()).value(QStringLiteral("auth_time"));
    if (!v.isDouble())
        return std::nullopt;
    return secondsFromJson(v.toDouble());
}

// Canonical response type: parts in the order code, id_token, token.
QString canonicalResponseType(const QString &type)
{
    QStringList parts;
    for (const char *part : {"code", "id_token", "token"}) {
        if (responseTypeHas(type, QLatin1String(part)))
            parts << QLatin1String(part);
    }
    for (const QString &part : responseTypeParts(type)) {
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

bool returnsFrontChannelTokens(const QString &responseType)
{
    return responseTypeHas(responseType, QStringLiteral("id_token")) || responseTypeHas(responseType, QStringLiteral("token"));
}

struct RefreshOutcome
{
    bool known = false;    // an HTTP answer arrived
    bool accepted = false; // 2xx with tokens
    int status = 0;
    QString error, description, transportError;
    QString summary() const
    {
        if (!known)
            return transportError.isEmpty() ? TenantProbeText::tr("no answer") : transportError;
        if (accepted)
            return TenantProbeText::tr("HTTP %1, new tokens").arg(status);
        return description.isEmpty() ? TenantProbeText::tr("HTTP %1 %2").arg(status).arg(error) : TenantProbeText::tr("HTTP %1 %2: %3").arg(status).arg(error, description);
    }
    QJsonObject json() const
    {
        QJsonObject o{{QStringLiteral("httpStatus"), status}, {QStringLiteral("accepted"), accepted}};
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        return o;
    }
};

RefreshOutcome lastRefreshOutcome(const FlowState &s)
{
    RefreshOutcome out;
    for (auto it = s.exchanges.crbegin(); it != s.exchanges.crend(); ++it) {
        if (it->step != Steps::Refresh)
            continue;
        if (!it->error.isEmpty()) {
            out.transportError = it->error;
            return out;
        }
        out.known = true;
        out.status = it->status;
        const TokenResponse response = parseTokenResponse(it->status, it->responseHeader("Content-Type"), it->responseBody);
        out.accepted = response.ok();
        if (response.error) {
            out.error = response.error->error;
            out.description = response.error->description;
        }
        return out;
    }
    return out;
}

QJsonValue normalized(const QJsonValue &v, const QString &issuer)
{
    if (v.isString() && !issuer.isEmpty() && v.toString().startsWith(issuer))
        return QStringLiteral("{issuer}/") + v.toString().mid(issuer.size()).section(QLatin1Char('/'), 0, -1);
    if (v.isArray()) {
        QJsonArray out;
        const QJsonArray in = v.toArray();
        for (const QJsonValue &item : in)
            out.append(normalized(item, issuer));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), normalized(it.value(), issuer));
        return out;
    }
    return v;
}

QString compactText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 16);
    return QStringLiteral("null");
}

// Claims whose values differ on every issuance: compared by presence only.
const QSet<QString> &volatileClaims()
{
    static const QSet<QString> claims{QStringLiteral("iat"),   QStringLiteral("exp"),    QStringLiteral("nbf"),
                                      QStringLiteral("auth_time"), QStringLiteral("nonce"), QStringLiteral("at_hash"),
                                      QStringLiteral("c_hash"), QStringLiteral("s_hash"), QStringLiteral("sid"),
                                      QStringLiteral("jti"),   QStringLiteral("updated_at")};
    return claims;
}

struct ObjectDiff
{
    QStringList same, added, removed;
    QList<std::tuple<QString, QJsonValue, QJsonValue>> changed;
    bool identical() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    QJsonObject json() const
    {
        QJsonArray changes;
        for (const auto &[name, a, b] : changed)
            changes.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("a"), a}, {QStringLiteral("b"), b}});
        return QJsonObject{{QStringLiteral("same"), QJsonArray::fromStringList(same)},
                           {QStringLiteral("added"), QJsonArray::fromStringList(added)},
                           {QStringLiteral("removed"), QJsonArray::fromStringList(removed)},
                           {QStringLiteral("changed"), changes}};
    }
    QString summary(const QString &aName, const QString &bName) const
    {
        if (identical())
            return TenantProbeText::tr("identical (%n member(s))", nullptr, int(same.size()));
        QStringList parts;
        if (!removed.isEmpty())
            parts << TenantProbeText::tr("only in %1: %2").arg(aName, removed.join(QStringLiteral(", ")));
        if (!added.isEmpty())
            parts << TenantProbeText::tr("only in %1: %2").arg(bName, added.join(QStringLiteral(", ")));
        QStringList changes;
        for (const auto &[name, a, b] : changed)
            changes << QStringLiteral("%1 (%2 → %3)").arg(name, compactText(a).left(120), compactText(b).left(120));
        if (!changes.isEmpty())
            parts << TenantProbeText::tr("different: %1").arg(changes.join(QStringLiteral(", ")));
        return parts.join(QStringLiteral("; "));
    }
};

ObjectDiff diffObjects(const QJsonObject &a, const QJsonObject &b, const QSet<QString> &presenceOnly = {})
{
    ObjectDiff d;
    QStringList keys = a.keys();
    for (const QString &k : b.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        const bool inA = a.contains(k), inB = b.contains(k);
        if (inA && !inB)
            d.removed << k;
        else if (!inA && inB)
            d.added << k;
        else if (presenceOnly.contains(k) || a.value(k) == b.value(k))
            d.same << k;
        else
            d.changed.append({k, a.value(k), b.value(k)});
    }
    return d;
}

Profile withoutParams(Profile p, const QStringList &names)
{
    QList<QPair<QString, QString>> kept;
    for (const auto &param : std::as_const(p.extraParams)) {
        if (!names.contains(param.first))
            kept << param;
    }
    p.extraParams = kept;
    return p;
}

} // namespace

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

// ---- TenantProbe ---------------------------------------------------------------------------------------------------

TenantProbe::TenantProbe(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent)
    : QObject(parent), m_http(http), m_userAgent(userAgent), m_clock(clock)
{
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
    m_tasks.clear();
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
        else if (name == QLatin1String("none"))
            continue;
        else {
            if (error)
                *error = TenantProbeText::tr("unknown probe group \"%1\" (known: matrix, sessions, refresh, compare, none)").arg(name);
            return false;
        }
    }
    *groups = out;
    return true;
}

OidcFlow::Options TenantProbe::quickOptions() const
{
    OidcFlow::Options o;
    o.exchangeCode = true;
    o.userinfo = false;
    o.callApi = false;
    o.refresh = false;
    o.skewSecs = m_options.skewSecs;
    return o;
}

Profile TenantProbe::sessionProfile(const QList<QPair<QString, QString>> &params) const
{
    Profile p = withoutParams(m_profile, {QStringLiteral("prompt"), QStringLiteral("max_age")});
    p.extraParams.append(params);
    // form_post answers with a page of its own, which would hide whether the provider showed a login page.
    if (p.responseMode == QLatin1String("form_post"))
        p.responseMode.clear();
    return p;
}

void TenantProbe::start()
{
    if (m_running)
        return;
    m_report = TenantProbeReport{};
    m_report.profile = m_profile;
    m_report.compareProfile = m_compareProfile;
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_tasks.clear();
    m_running = true;
    m_cancelled = false;
    m_sessionAuthTime.reset();
    m_refresh0.clear();
    m_refresh1.clear();
    m_sinceLastLogin.invalidate();

    if (m_options.lint) {
        m_tasks << [this] {
            emit stageStarted(TenantProbeText::tr("configuration lint"));
            lint(m_profile, [this](const LintInput &input, const FindingList &findings) {
                m_report.lintInput = input;
                m_report.lint = findings;
                emit lintFinished(findings);
                next();
            });
        };
    }
    m_tasks << [this] {
        OidcFlow::Options full;
        full.skewSecs = m_options.skewSecs;
        runAttempt(QStringLiteral("baseline"), TenantProbeText::tr("sign-in"), m_profile, full, [this](const ProbeAttempt &a) {
            m_report.baseline = a.state;
            if (signedIn(a.state))
                m_sinceLastLogin.start();
            next();
        });
    };
    if (m_options.groups.testFlag(Refresh))
        queueRefresh();
    if (m_options.groups.testFlag(Sessions))
        queueSessions();
    if (m_options.groups.testFlag(Matrix))
        queueMatrix();
    if (m_compareProfile)
        queueCompare();
    next();
}

void TenantProbe::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_tasks.clear();
    if (m_lint->isRunning())
        m_lint->cancel();
    if (m_flow->isRunning())
        m_flow->cancel();
}

void TenantProbe::next()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (m_cancelled)
            m_tasks.clear();
        if (m_tasks.isEmpty()) {
            m_running = false;
            m_report.finishedAt = QDateTime::currentDateTimeUtc();
            const bool ok = !m_cancelled && m_report.ok();
            qCInfo(lcFlow) << "probe finished, ok =" << ok;
            emit finished(ok);
            return;
        }
        Task task = m_tasks.takeFirst();
        task();
    });
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
    emit stageStarted(label);
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

// ---- refresh tokens ------------------------------------------------------------------------------------------------

void TenantProbe::queueRefresh()
{
    static const QStringList ids{QStringLiteral("probe.refresh.works"), QStringLiteral("probe.refresh.rotation"),
                                 QStringLiteral("probe.refresh.claims"), QStringLiteral("probe.refresh.reuse_detected"),
                                 QStringLiteral("probe.refresh.family_revoked")};
    auto skipAll = [this](const QString &why) {
        for (const QString &id : ids)
            addResult(skipped(id, why));
    };
    // The reuse and family tasks are queued right after the first one: drop them when there is nothing to replay.
    auto dropRefreshTasks = [this] {
        for (int i = 0; i < 2 && !m_tasks.isEmpty(); ++i)
            m_tasks.removeFirst();
    };

    // First refresh: the baseline made it (the flow state is still the baseline's).
    m_tasks << [this, skipAll, dropRefreshTasks] {
        emit stageStarted(TenantProbeText::tr("refresh tokens"));
        const FlowState &b = m_flow->state();
        if (!signedIn(b) || b.token.accessToken.isEmpty()) {
            skipAll(signedIn(b) ? TenantProbeText::tr("there was no code exchange (response type %1), so no refresh token").arg(m_profile.responseType)
                                : TenantProbeText::tr("the sign-in failed: %1").arg(firstFailure(m_report.baseline)));
            dropRefreshTasks();
            next();
            return;
        }
        m_refresh0 = b.token.refreshToken;
        if (m_refresh0.isEmpty()) {
            skipAll(TenantProbeText::tr("no refresh token came back from the code exchange: add offline_access to the scope and allow "
                                        "offline access for the app/API (Auth0: API > Allow Offline Access)"));
            dropRefreshTasks();
            next();
            return;
        }
        const StepResult *step = b.step(Steps::Refresh);
        auto evaluate = [this, dropRefreshTasks] {
            const FlowState &s = m_flow->state();
            const StepResult *rs = s.step(Steps::Refresh);
            const RefreshOutcome outcome = lastRefreshOutcome(s);
            if (!rs || rs->status == CheckStatus::Fail || s.refresh.accessToken.isEmpty()) {
                addResult(failed(QStringLiteral("probe.refresh.works"),
                                 TenantProbeText::tr("the first refresh failed: %1").arg(rs ? rs->detail : outcome.summary()), outcome.json()));
                for (const QString &id : ids.mid(1))
                    addResult(skipped(id, TenantProbeText::tr("the first refresh failed")));
                dropRefreshTasks();
                next();
                return;
            }
            int checks = 0;
            for (const Check &c : s.checks)
                checks += c.id.startsWith(QLatin1String("refresh.")) ? 1 : 0;
            addResult(passed(QStringLiteral("probe.refresh.works"),
                             TenantProbeText::tr("the refresh token from the code exchange was accepted and the new tokens passed %n check(s)", nullptr, checks)));

            m_refresh1 = s.refresh.refreshToken;
            const bool rotated = m_refresh1 != m_refresh0;
            const bool publicClient = m_profile.effectiveTokenEndpointAuth() == QLatin1String("none");
            if (rotated)
                addResult(passed(QStringLiteral("probe.refresh.rotation"),
                                 TenantProbeText::tr("rotation is on: the refresh returned a new refresh token, and the old one should now be invalid"),
                                 {{QStringLiteral("rotated"), true}}));
            else
                addResult(passed(QStringLiteral("probe.refresh.rotation"),
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
                addResult(passed(QStringLiteral("probe.refresh.claims"),
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
                    addResult(passed(QStringLiteral("probe.refresh.claims"), summary, data));
                else
                    addResult(failed(QStringLiteral("probe.refresh.claims"),
                                     TenantProbeText::tr("the refreshed ID token changed %1, which OpenID Connect Core 12.2 requires to stay the same. %2")
                                         .arg(violations.join(QStringLiteral(", ")), summary),
                                     data));
            }
            next();
        };
        if (step && step->status != CheckStatus::Skip) {
            evaluate();
            return;
        }
        runAction([this] { m_flow->refreshTokens(); }, [evaluate](bool) { evaluate(); });
    };

    // Reuse detection: replay the refresh token that the first refresh rotated away.
    m_tasks << [this] {
        m_reuseRefused = false;
        if (m_refresh1.isEmpty() || m_refresh1 == m_refresh0) {
            addResult(skipped(QStringLiteral("probe.refresh.reuse_detected"),
                              TenantProbeText::tr("rotation is off, so the same refresh token is meant to be used again: there is no reuse to detect")));
            addResult(skipped(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("rotation is off")));
            m_tasks.removeFirst(); // the family check
            next();
            return;
        }
        runAction([this] { m_flow->refreshTokensWith(m_refresh0); }, [this](bool) {
            const RefreshOutcome outcome = lastRefreshOutcome(m_flow->state());
            QJsonObject data = outcome.json();
            if (!outcome.known) {
                addResult(failed(QStringLiteral("probe.refresh.reuse_detected"),
                                 TenantProbeText::tr("could not tell: the replayed refresh got no answer (%1)").arg(outcome.summary()), data, FindingLevel::Warning));
            } else if (outcome.accepted) {
                addResult(failed(QStringLiteral("probe.refresh.reuse_detected"),
                                 TenantProbeText::tr("the refresh token that rotation replaced was accepted again (%1): a stolen refresh token stays usable after "
                                                     "the real app refreshed. Turn on reuse detection (Auth0: Refresh Token Rotation with a reuse interval of 0; "
                                                     "RFC 9700 4.14.2).")
                                     .arg(outcome.summary()),
                                 data));
            } else {
                addResult(passed(QStringLiteral("probe.refresh.reuse_detected"),
                                 TenantProbeText::tr("the refresh token that rotation replaced was refused (%1)").arg(outcome.summary()), data));
            }
            m_reuseRefused = outcome.known && !outcome.accepted;
            next();
        });
    };

    // Family revocation: after a detected reuse the current refresh token should be dead too.
    m_tasks << [this] {
        if (!m_reuseRefused) {
            addResult(skipped(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("no reuse was detected")));
            next();
            return;
        }
        runAction([this] { m_flow->refreshTokensWith(m_refresh1); }, [this](bool) {
            const RefreshOutcome outcome = lastRefreshOutcome(m_flow->state());
            if (!outcome.known)
                addResult(failed(QStringLiteral("probe.refresh.family_revoked"), TenantProbeText::tr("could not tell: %1").arg(outcome.summary()), outcome.json(),
                                 FindingLevel::Warning));
            else if (outcome.accepted)
                addResult(failed(QStringLiteral("probe.refresh.family_revoked"),
                                 TenantProbeText::tr("after the reuse was detected, the newest refresh token still works (%1): whoever refreshed first (maybe "
                                                     "the attacker) keeps access. Revoke the whole token family on reuse (RFC 9700 4.14.2).")
                                     .arg(outcome.summary()),
                                 outcome.json(), FindingLevel::Warning));
            else
                addResult(passed(QStringLiteral("probe.refresh.family_revoked"),
                                 TenantProbeText::tr("after the reuse, the newest refresh token was refused too (%1): the provider revoked the whole token family")
                                     .arg(outcome.summary()),
                                 outcome.json()));
            next();
        });
    };
}

// ---- sessions ------------------------------------------------------------------------------------------------------

void TenantProbe::queueSessions()
{
    static const QStringList ids{QStringLiteral("probe.session.prompt_none_after_login"), QStringLiteral("probe.session.max_age_zero"),
                                 QStringLiteral("probe.session.logout"), QStringLiteral("probe.session.prompt_none_after_logout"),
                                 QStringLiteral("probe.session.logout_ends_session")};
    const int count = 5;

    m_tasks << [this, count] {
        emit stageStarted(TenantProbeText::tr("sessions"));
        if (!signedIn(m_report.baseline)) {
            for (const QString &id : ids)
                addResult(skipped(id, TenantProbeText::tr("the sign-in failed: %1").arg(firstFailure(m_report.baseline))));
            for (int i = 1; i < count && !m_tasks.isEmpty(); ++i)
                m_tasks.removeFirst();
            next();
            return;
        }
        // max_age (a day) makes the provider put auth_time in the ID token without asking for a new login.
        const Profile p = sessionProfile({{QStringLiteral("prompt"), QStringLiteral("none")}, {QStringLiteral("max_age"), QStringLiteral("86400")}});
        runAttempt(ids.at(0), TenantProbeText::tr("prompt=none after sign-in"), p, quickOptions(), [this](const ProbeAttempt &a) {
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
                    addResult(failed(ids.at(0),
                                     TenantProbeText::tr("prompt=none right after the sign-in was answered login_required (%1): the provider did not keep the "
                                                         "session. Check the session cookie (SameSite, third-party cookie blocking, custom domain) and the "
                                                         "session lifetime.")
                                         .arg(description),
                                     data));
                } else if (error == QLatin1String("consent_required")) {
                    addResult(passed(ids.at(0),
                                     TenantProbeText::tr("the provider kept the session, but answered consent_required (%1): the scopes asked (%2) need the "
                                                         "user's consent again, so a silent sign-in with them fails (OpenID Connect Core 3.1.2.6). Leave "
                                                         "offline_access and other scopes that need consent out of silent requests, or have the consent "
                                                         "remembered.")
                                         .arg(description, m_profile.scope),
                                     data, FindingLevel::Warning));
                } else if (error == QLatin1String("interaction_required") || error == QLatin1String("account_selection_required")) {
                    addResult(passed(ids.at(0),
                                     TenantProbeText::tr("the provider kept the session, but answered %1 (%2): it wants the user on a page before it signs in "
                                                         "again (OpenID Connect Core 3.1.2.6), so a silent sign-in fails")
                                         .arg(error, description),
                                     data, FindingLevel::Warning));
                } else {
                    addResult(failed(ids.at(0),
                                     TenantProbeText::tr("prompt=none right after the sign-in was answered %1 (%2), which is none of the answers OpenID "
                                                         "Connect Core 3.1.2.6 names for a silent sign-in")
                                         .arg(error, description),
                                     data));
                }
            } else if (loginShown(s)) {
                addResult(failed(ids.at(0),
                                 TenantProbeText::tr("prompt=none right after the sign-in was answered with the login page: the provider did not keep the "
                                                     "session, and OpenID Connect Core 3.1.2.1 forbids any page for prompt=none (it must answer "
                                                     "login_required). Check the session cookie (SameSite, third-party cookie blocking, custom domain)."),
                                 data));
            } else if (!s.ok()) {
                addResult(failed(ids.at(0), TenantProbeText::tr("the silent sign-in did not complete: %1").arg(firstFailure(s)), data));
            } else {
                addResult(passed(ids.at(0),
                                 TenantProbeText::tr("signed in again without a login page (%n page(s) shown): the provider kept the session", nullptr, a.pagesShown)
                                     + (m_sessionAuthTime ? TenantProbeText::tr("; auth_time %1").arg(*m_sessionAuthTime) : QString()),
                                 data));
            }
            next();
        });
    };

    m_tasks << [this] {
        auto run = [this] {
            if (m_cancelled) {
                next();
                return;
            }
            const Profile p = sessionProfile({{QStringLiteral("max_age"), QStringLiteral("0")}});
            const qint64 startedAt = m_clock->nowSecsSinceEpoch();
            runAttempt(ids.at(1), TenantProbeText::tr("max_age=0"), p, quickOptions(), [this, startedAt](const ProbeAttempt &a) {
                const FlowState &s = a.state;
                const auto authTime = authTimeOf(s);
                QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}, {QStringLiteral("attemptStartedAt"), double(startedAt)}};
                if (authTime)
                    data.insert(QStringLiteral("authTime"), double(*authTime));
                if (m_sessionAuthTime)
                    data.insert(QStringLiteral("previousAuthTime"), double(*m_sessionAuthTime));
                if (!signedIn(s)) {
                    addResult(failed(ids.at(1), TenantProbeText::tr("the sign-in with max_age=0 failed: %1").arg(firstFailure(s)), data));
                } else if (!authTime) {
                    addResult(failed(ids.at(1), TenantProbeText::tr("the ID token has no auth_time although max_age was sent (OpenID Connect Core 3.1.2.1 requires it)"), data));
                } else if (m_sessionAuthTime && *authTime <= *m_sessionAuthTime) {
                    addResult(failed(ids.at(1),
                                     TenantProbeText::tr("auth_time %1 is the earlier sign-in's (%2): max_age=0 did not force a new authentication; the provider "
                                                         "ignores max_age, so apps cannot demand a fresh login (step-up)")
                                         .arg(*authTime)
                                         .arg(*m_sessionAuthTime),
                                     data));
                } else if (!m_sessionAuthTime && a.pagesShown == 0) {
                    addResult(failed(ids.at(1),
                                     TenantProbeText::tr("no login page was shown and there is no earlier auth_time to compare with (%1): max_age=0 did not visibly force a new authentication")
                                         .arg(*authTime),
                                     data, FindingLevel::Warning));
                } else {
                    addResult(passed(ids.at(1),
                                     TenantProbeText::tr("the provider authenticated again (%n page(s) shown) and issued a new auth_time %1", nullptr, a.pagesShown).arg(*authTime)
                                         + (m_sessionAuthTime ? TenantProbeText::tr(" (was %1)").arg(*m_sessionAuthTime) : QString()),
                                     data));
                    m_sinceLastLogin.start();
                }
                if (authTime)
                    m_sessionAuthTime = authTime;
                next();
            });
        };
        // auth_time has a resolution of one second: let one pass since the last login so a new one is distinguishable.
        const qint64 wait = m_sinceLastLogin.isValid() ? 1100 - m_sinceLastLogin.elapsed() : 0;
        if (wait > 0)
            QTimer::singleShot(int(wait), this, run);
        else
            run();
    };

    m_tasks << [this] {
        if (m_flow->logoutUrl().isEmpty()) {
            addResult(skipped(ids.at(2), TenantProbeText::tr("the provider has no end_session_endpoint (see lint.endpoints.end_session)")));
            addResult(skipped(ids.at(3), TenantProbeText::tr("no logout possible")));
            addResult(skipped(ids.at(4), TenantProbeText::tr("no logout possible")));
            m_tasks.removeFirst();
            m_tasks.removeFirst();
            next();
            return;
        }
        emit stageStarted(TenantProbeText::tr("logout"));
        runAction([this] { m_flow->logout(); }, [this](bool ok) {
            const StepResult *step = m_flow->state().step(Steps::Logout);
            const QString detail = step ? step->detail : QString();
            const QUrl elsewhere = m_flow->state().logoutEndedElsewhere;
            if (ok && !elsewhere.isEmpty())
                // The next two probes tell whether the session ended; this one is about where the user was left.
                addResult(failed(ids.at(2),
                                 TenantProbeText::tr("the logout page was confirmed, but the provider did not return to the post-logout redirect URI: it "
                                                     "left the user on its login page %1 (OpenID Connect RP-Initiated Logout 1.0 section 3: the app "
                                                     "asked to be returned to %2). Whether the session ended is what the next two probes tell.")
                                     .arg(elsewhere.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), m_profile.postLogoutRedirectUri),
                                 QJsonObject{{QStringLiteral("endedAt"), elsewhere.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment)}},
                                 FindingLevel::Warning));
            else if (ok)
                addResult(passed(ids.at(2), m_profile.postLogoutRedirectUri.isEmpty()
                                                ? TenantProbeText::tr("the provider's logout page loaded (%1). The profile has no postLogoutRedirectUri, so "
                                                                      "Tokenscope cannot see when the logout completes: set it for a reliable result.")
                                                      .arg(detail)
                                                : TenantProbeText::tr("the provider ended the session and returned to the post-logout redirect URI (%1)").arg(detail)));
            else {
                addResult(failed(ids.at(2), TenantProbeText::tr("the logout failed: %1. Check that postLogoutRedirectUri is registered for the app.").arg(detail)));
                // Without a completed logout there is nothing to learn about the session after it: saying it "survived"
                // would blame the provider for what did not happen.
                const QString why = TenantProbeText::tr("the logout did not complete, so what follows it cannot be told");
                addResult(skipped(ids.at(3), why));
                addResult(skipped(ids.at(4), why));
                m_tasks.removeFirst();
                m_tasks.removeFirst();
            }
            next();
        });
    };

    m_tasks << [this] {
        const Profile p = sessionProfile({{QStringLiteral("prompt"), QStringLiteral("none")}});
        runAttempt(ids.at(3), TenantProbeText::tr("prompt=none after logout"), p, quickOptions(), [this](const ProbeAttempt &a) {
            const FlowState &s = a.state;
            QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}};
            if (s.callback && s.callback->isError()) {
                const QString error = s.callback->error();
                data.insert(QStringLiteral("error"), error);
                if (error == QLatin1String("login_required"))
                    addResult(passed(ids.at(3), TenantProbeText::tr("prompt=none after logout was answered login_required: there is no session any more"), data));
                else
                    addResult(failed(ids.at(3),
                                     TenantProbeText::tr("prompt=none after logout was answered %1 (%2); OpenID Connect Core 3.1.2.6 expects login_required when "
                                                         "there is no session")
                                         .arg(error, s.callback->errorDescription()),
                                     data, FindingLevel::Warning));
            } else if (loginShown(s)) {
                // No session any more, but OpenID Connect Core 3.1.2.1 forbids any page for prompt=none: apps renewing
                // silently in a hidden frame wait there instead of getting login_required.
                addResult(failed(ids.at(3),
                                 TenantProbeText::tr("prompt=none after logout was answered with the login page instead of login_required: the session has "
                                                     "ended, but OpenID Connect Core 3.1.2.1 forbids showing any page for prompt=none, so a silent renewal "
                                                     "(a hidden frame) waits there instead of learning that the user must sign in"),
                                 data, FindingLevel::Warning));
            } else if (signedIn(s)) {
                addResult(failed(ids.at(3),
                                 TenantProbeText::tr("prompt=none after logout still signed in silently: the logout did not end the provider session"), data));
            } else {
                addResult(failed(ids.at(3), TenantProbeText::tr("could not tell: %1").arg(firstFailure(s)), data, FindingLevel::Warning));
            }
            next();
        });
    };

    m_tasks << [this] {
        const Profile p = sessionProfile({});
        runAttempt(ids.at(4), TenantProbeText::tr("sign-in after logout"), p, quickOptions(), [this](const ProbeAttempt &a) {
            const FlowState &s = a.state;
            const QJsonObject data{{QStringLiteral("pagesShown"), a.pagesShown}};
            if (!signedIn(s))
                addResult(failed(ids.at(4), TenantProbeText::tr("the sign-in after logout failed, so it cannot be told whether a login page was needed: %1").arg(firstFailure(s)),
                                 data, FindingLevel::Warning));
            else if (a.pagesShown == 0)
                addResult(failed(ids.at(4), TenantProbeText::tr("after logout the provider signed in again without showing any page: the session survived the logout"), data));
            else
                addResult(passed(ids.at(4),
                                 TenantProbeText::tr("after logout the provider showed the login page again (%n page(s)) before signing in: the session had ended", nullptr,
                                     a.pagesShown),
                                 data));
            if (signedIn(s))
                m_sinceLastLogin.start();
            next();
        });
    };
}

// ---- flow matrix ---------------------------------------------------------------------------------------------------

void TenantProbe::queueMatrix()
{
    m_tasks << [this] {
        emit stageStarted(TenantProbeText::tr("flow matrix"));
        const ProviderMetadata &m = !m_report.lintInput.metadata.raw.isEmpty() ? m_report.lintInput.metadata : m_report.baseline.metadata;
        QStringList types;
        if (m.responseTypesSupported.isEmpty()) {
            types << canonicalResponseType(m_profile.responseType);
        } else {
            for (const QString &t : m.responseTypesSupported) {
                const QString canonical = canonicalResponseType(t);
                if (canonical == QLatin1String("none") || types.contains(canonical))
                    continue;
                types << canonical;
            }
        }
        if (!m_options.responseTypes.isEmpty()) {
            QStringList filtered;
            for (const QString &t : std::as_const(types)) {
                if (std::any_of(m_options.responseTypes.begin(), m_options.responseTypes.end(), [&](const QString &w) { return sameResponseType(t, w); }))
                    filtered << t;
            }
            types = filtered;
        }
        QStringList modes;
        const QStringList offeredModes = m.raw.isEmpty() ? QStringList{QStringLiteral("query"), QStringLiteral("fragment")} : m.responseModesSupported;
        for (const char *mode : {"query", "fragment", "form_post"}) {
            const QString name = QLatin1String(mode);
            if (offeredModes.contains(name) && (m_options.responseModes.isEmpty() || m_options.responseModes.contains(name)))
                modes << name;
        }

        QList<Task> cells;
        const QString ownType = canonicalResponseType(m_profile.responseType);
        const QString ownMode = m_profile.effectiveResponseMode();
        for (const QString &type : std::as_const(types)) {
            for (const QString &mode : std::as_const(modes)) {
                const QString id = matrixProbeId(type, mode);
                const QJsonObject base{{QStringLiteral("responseType"), type}, {QStringLiteral("responseMode"), mode}};
                if (responseTypeHas(type, QStringLiteral("id_token")) && !scopeHas(m_profile.scope, QStringLiteral("openid"))) {
                    cells << [this, id] {
                        addResult(skipped(id, TenantProbeText::tr("the profile's scope has no openid, so no ID token can be asked for")));
                        next();
                    };
                    continue;
                }
                const bool mustRefuse = mode == QLatin1String("query") && returnsFrontChannelTokens(type);
                const bool own = type == ownType && mode == ownMode;
                cells << [this, id, type, mode, base, mustRefuse, own] {
                    Profile p = withoutParams(m_profile, {QStringLiteral("prompt"), QStringLiteral("max_age")});
                    p.responseType = type;
                    p.responseMode = mode;
                    runAttempt(id, TenantProbeText::tr("%1 / %2").arg(type, mode), p, quickOptions(), [this, id, base, mustRefuse, own](const ProbeAttempt &a) {
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
                            addResult(passed(id, TenantProbeText::tr("worked: %n check(s) passed", nullptr, checks), data));
                        else if (!worked && mustRefuse)
                            addResult(passed(id, TenantProbeText::tr("refused, as it must be (tokens must not travel in the query): %1").arg(firstFailure(s)), data));
                        else if (worked)
                            addResult(failed(id, TenantProbeText::tr("the provider returned tokens in the query string, which OAuth 2.0 Multiple Response Type "
                                                                     "Encoding Practices forbids (they end up in logs and Referer headers): refuse response_mode=query "
                                                                     "for this response type"),
                                             data));
                        else
                            addResult(failed(id,
                                             own ? TenantProbeText::tr("the profile's own combination failed: %1").arg(firstFailure(s))
                                                 : TenantProbeText::tr("advertised by the provider but failed for this app: %1").arg(firstFailure(s)),
                                             data, own ? FindingLevel::Error : FindingLevel::Warning));
                        next();
                    });
                };
            }
        }
        if (cells.isEmpty())
            addResult(skipped(QStringLiteral("probe.matrix"), TenantProbeText::tr("no response type and mode to try")));
        m_tasks = cells + m_tasks;
        next();
    };
}

// ---- two tenants side by side --------------------------------------------------------------------------------------

void TenantProbe::queueCompare()
{
    m_tasks << [this] {
        emit stageStarted(TenantProbeText::tr("compare: configuration"));
        lint(*m_compareProfile, [this](const LintInput &input, const FindingList &) {
            m_report.compareLintInput = input;
            next();
        });
    };
    m_tasks << [this] {
        OidcFlow::Options options = quickOptions();
        options.userinfo = true;
        runAttempt(QStringLiteral("probe.compare.sign_in"), TenantProbeText::tr("compare: sign-in"), *m_compareProfile, options, [this](const ProbeAttempt &a) {
            m_report.compareBaseline = a.state;
            const FlowState &b = a.state;
            const FlowState &base = m_report.baseline;
            const QString nameA = m_profile.name.isEmpty() ? TenantProbeText::tr("profile A") : m_profile.name;
            const QString nameB = m_compareProfile->name.isEmpty() ? TenantProbeText::tr("profile B") : m_compareProfile->name;
            if (b.ok() && base.ok())
                addResult(passed(QStringLiteral("probe.compare.sign_in"), TenantProbeText::tr("both sign-ins passed: %1 and %2").arg(nameA, nameB)));
            else
                addResult(failed(QStringLiteral("probe.compare.sign_in"),
                                 TenantProbeText::tr("%1: %2; %3: %4")
                                     .arg(nameA, base.ok() ? TenantProbeText::tr("passed") : firstFailure(base), nameB, b.ok() ? TenantProbeText::tr("passed") : firstFailure(b))));

            const LintInput &la = m_report.lintInput;
            const QJsonObject docA = !la.metadata.raw.isEmpty() ? la.metadata.raw : base.metadata.raw;
            const QJsonObject docB = m_report.compareLintInput && !m_report.compareLintInput->metadata.raw.isEmpty()
                                         ? m_report.compareLintInput->metadata.raw
                                         : b.metadata.raw;
            if (docA.isEmpty() || docB.isEmpty()) {
                addResult(skipped(QStringLiteral("probe.compare.metadata"), TenantProbeText::tr("a discovery document is missing")));
            } else {
                const QString issA = docA.value(QStringLiteral("issuer")).toString();
                const QString issB = docB.value(QStringLiteral("issuer")).toString();
                const ObjectDiff d = diffObjects(normalized(docA, issA).toObject(), normalized(docB, issB).toObject());
                QJsonObject data = d.json();
                data.insert(QStringLiteral("issuerA"), issA);
                data.insert(QStringLiteral("issuerB"), issB);
                addResult(passed(QStringLiteral("probe.compare.metadata"),
                                 TenantProbeText::tr("discovery metadata (URLs relative to each issuer): %1").arg(d.summary(nameA, nameB)), data));
            }

            auto compareTokens = [&](const QString &id, const QString &what, const QString &tokenA, const QString &tokenB) {
                const QJsonObject pa = payloadOf(tokenA), pb = payloadOf(tokenB);
                if (pa.isEmpty() || pb.isEmpty()) {
                    addResult(skipped(id, TenantProbeText::tr("%1: not a JWT in both sign-ins (%2, %3)")
                                              .arg(what, tokenA.isEmpty() ? TenantProbeText::tr("none") : pa.isEmpty() ? TenantProbeText::tr("opaque") : TenantProbeText::tr("JWT"),
                                                   tokenB.isEmpty() ? TenantProbeText::tr("none") : pb.isEmpty() ? TenantProbeText::tr("opaque") : TenantProbeText::tr("JWT"))));
                    return;
                }
                const QString issA = pa.value(QStringLiteral("iss")).toString();
                const QString issB = pb.value(QStringLiteral("iss")).toString();
                const ObjectDiff d = diffObjects(normalized(pa, issA).toObject(), normalized(pb, issB).toObject(), volatileClaims());
                addResult(passed(id, TenantProbeText::tr("%1 claims (time-dependent ones by presence only, URLs relative to each issuer): %2").arg(what, d.summary(nameA, nameB)),
                                 d.json()));
            };
            compareTokens(QStringLiteral("probe.compare.id_token_claims"), TenantProbeText::tr("ID token"), base.latestIdToken(), b.latestIdToken());
            compareTokens(QStringLiteral("probe.compare.access_token_claims"), TenantProbeText::tr("access token"),
                          base.token.accessToken.isEmpty() ? base.authorization.accessToken : base.token.accessToken,
                          b.token.accessToken.isEmpty() ? b.authorization.accessToken : b.token.accessToken);
            next();
        });
    };
}

} // namespace tokenscope
