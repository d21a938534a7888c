#include "core/tenant/ProbeSupport.h"

#include "core/jose/Jwt.h"
#include "core/oidc/TokenResponse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tokenscope::probe {

ProbeResult result(const QString &id, CheckStatus status, FindingLevel level, const QString &detail, const QJsonObject &data)
{
    return ProbeResult{id, status, level, detail, data};
}
ProbeResult passed(const QString &id, const QString &detail, const QJsonObject &data, FindingLevel level)
{
    return result(id, CheckStatus::Pass, level, detail, data);
}
ProbeResult failed(const QString &id, const QString &detail, const QJsonObject &data, FindingLevel level)
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


ObjectDiff diffObjects(const QJsonObject &a, const QJsonObject &b, const QSet<QString> &presenceOnly)
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

} // namespace tokenscope::probe
