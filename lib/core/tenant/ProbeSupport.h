#pragma once

// What the probe groups share (internal to lib/core/tenant): result constructors, facts read from a FlowState, and
// the JSON diff the refresh and compare probes report.

#include "core/tenant/TenantProbe.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <tuple>

namespace tokenscope {

// The translation context of the probes' texts: lupdate and the run time both name it tokenscope::TenantProbeText.
struct TenantProbeText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::TenantProbeText)
};

namespace probe {

ProbeResult result(const QString &id, CheckStatus status, FindingLevel level, const QString &detail, const QJsonObject &data = {});
ProbeResult passed(const QString &id, const QString &detail, const QJsonObject &data = {}, FindingLevel level = FindingLevel::Info);
ProbeResult failed(const QString &id, const QString &detail, const QJsonObject &data = {}, FindingLevel level = FindingLevel::Error);
ProbeResult skipped(const QString &id, const QString &detail);

// The provider answered the authorization request without an error (a session exists at the provider).
bool signedIn(const FlowState &s);
// The attempt had prompt=none and the provider showed a login page instead of answering (the filler left it alone).
bool loginShown(const FlowState &s);
QString firstFailure(const FlowState &s); // "step: detail" of the first failed step, else the first failed check
QString failedStep(const FlowState &s);
QJsonObject payloadOf(const QString &token); // empty when not a JWT
std::optional<qint64> authTimeOf(const FlowState &s); // of the latest ID token
// Canonical response type: parts in the order code, id_token, token.
QString canonicalResponseType(const QString &type);
// The profile without these extra parameters.
Profile withoutParams(Profile p, const QStringList &names);

QString compactText(const QJsonValue &v);
// URLs under `issuer` made relative to it, so two tenants' documents compare.
QJsonValue normalized(const QJsonValue &v, const QString &issuer);
// Claims that differ between any two sign-ins (times, ids): compared by presence only.
const QSet<QString> &volatileClaims();

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

// What the last refresh of the flow got back.
RefreshOutcome lastRefreshOutcome(const FlowState &s);

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

ObjectDiff diffObjects(const QJsonObject &a, const QJsonObject &b, const QSet<QString> &presenceOnly = {});

} // namespace probe
} // namespace tokenscope
