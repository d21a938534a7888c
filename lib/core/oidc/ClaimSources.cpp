#include "core/oidc/ClaimSources.h"

#include "core/jose/Jwt.h"

#include <QCoreApplication>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::ClaimSourcesText.
struct ClaimSourcesText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::ClaimSourcesText)
};

namespace {

const QString ClaimNames = QStringLiteral("_claim_names");
const QString ClaimSourcesKey = QStringLiteral("_claim_sources");

QString kindName(ClaimSource::Kind kind)
{
    switch (kind) {
    case ClaimSource::Kind::Aggregated: return QStringLiteral("aggregated");
    case ClaimSource::Kind::Distributed: return QStringLiteral("distributed");
    case ClaimSource::Kind::Malformed: break;
    }
    return QStringLiteral("malformed");
}

QString outcomeName(ClaimSource::Outcome outcome)
{
    switch (outcome) {
    case ClaimSource::Outcome::Verified: return QStringLiteral("verified");
    case ClaimSource::Outcome::Unverified: return QStringLiteral("unverified");
    case ClaimSource::Outcome::Failed: return QStringLiteral("failed");
    case ClaimSource::Outcome::Pending: break;
    }
    return QStringLiteral("pending");
}

// The claims of `payload` that the source is named for.
QJsonObject namedClaims(const QJsonObject &payload, const QStringList &names, QStringList *missing)
{
    QJsonObject out;
    for (const QString &name : names) {
        if (payload.contains(name))
            out.insert(name, payload.value(name));
        else
            missing->append(name);
    }
    return out;
}

} // namespace

bool hasClaimSources(const QJsonObject &claims)
{
    return claims.contains(ClaimNames) || claims.contains(ClaimSourcesKey);
}

QList<ClaimSource> parseClaimSources(const QJsonObject &claims, QStringList *defects)
{
    QList<ClaimSource> sources;
    const QJsonValue namesValue = claims.value(ClaimNames);
    const QJsonValue sourcesValue = claims.value(ClaimSourcesKey);
    if (!namesValue.isObject())
        defects->append(namesValue.isUndefined() ? ClaimSourcesText::tr("_claim_sources without _claim_names, so no claim is taken from them")
                                                 : ClaimSourcesText::tr("_claim_names is not a JSON object"));
    if (!sourcesValue.isObject())
        defects->append(sourcesValue.isUndefined() ? ClaimSourcesText::tr("_claim_names without _claim_sources, so the claims it names cannot be found")
                                                   : ClaimSourcesText::tr("_claim_sources is not a JSON object"));
    const QJsonObject names = namesValue.toObject();
    const QJsonObject sourceObjects = sourcesValue.toObject();

    for (auto it = sourceObjects.begin(); it != sourceObjects.end(); ++it) {
        ClaimSource source;
        source.name = it.key();
        for (auto n = names.begin(); n != names.end(); ++n) {
            if (n.value().toString() == source.name)
                source.claimNames << n.key();
        }
        const QJsonObject def = it.value().toObject();
        if (!it.value().isObject()) {
            source.detail = ClaimSourcesText::tr("the source is not a JSON object");
        } else if (def.value(QStringLiteral("JWT")).isString()) {
            source.kind = ClaimSource::Kind::Aggregated;
            source.jwt = def.value(QStringLiteral("JWT")).toString().toUtf8();
        } else if (def.value(QStringLiteral("endpoint")).isString()) {
            source.endpoint = QUrl(def.value(QStringLiteral("endpoint")).toString(), QUrl::StrictMode);
            source.accessToken = def.value(QStringLiteral("access_token")).toString();
            if (source.endpoint.isValid() && !source.endpoint.isRelative())
                source.kind = ClaimSource::Kind::Distributed;
            else
                source.detail = ClaimSourcesText::tr("its endpoint \"%1\" is not an absolute URL").arg(def.value(QStringLiteral("endpoint")).toString());
        } else {
            source.detail = ClaimSourcesText::tr("it has neither a JWT (aggregated) nor an endpoint (distributed) member");
        }
        if (source.kind == ClaimSource::Kind::Malformed)
            source.outcome = ClaimSource::Outcome::Failed;
        sources << source;
    }
    QStringList dangling;
    for (auto n = names.begin(); n != names.end(); ++n) {
        if (!n.value().isString() || !sourceObjects.contains(n.value().toString()))
            dangling << n.key();
    }
    if (!dangling.isEmpty() && sourcesValue.isObject())
        defects->append(ClaimSourcesText::tr("_claim_names names a source that _claim_sources does not have for: %1").arg(dangling.join(QStringLiteral(", "))));
    return sources;
}

QString claimsJwtIssuer(const QByteArray &jwt, const QString &ownIssuer)
{
    const QString iss = parseJwt(jwt).payload.value(QStringLiteral("iss")).toString();
    return iss.isEmpty() ? ownIssuer : iss;
}

void verifyClaimSource(ClaimSource &source, const JwkSet *keys, const QString &keysFrom, const QString &noKeys, const ValidationContext &ctx)
{
    const ParsedJwt jwt = parseJwt(source.jwt);
    if (!jwt.structurallyValid) {
        source.outcome = ClaimSource::Outcome::Failed;
        source.detail = ClaimSourcesText::tr("its JWT cannot be read (%1)").arg(jwt.defects.join(QStringLiteral("; ")));
        return;
    }
    source.issuer = jwt.payload.value(QStringLiteral("iss")).toString();
    QStringList missing;
    const QJsonObject named = namedClaims(jwt.payload, source.claimNames, &missing);
    const QString missingNote = missing.isEmpty() ? QString()
                                                  : ClaimSourcesText::tr("; it does not hold %1, which _claim_names assigns to it").arg(missing.join(QStringLiteral(", ")));
    const QString alg = jwt.alg();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        source.outcome = ClaimSource::Outcome::Unverified;
        source.claims = named;
        source.detail = ClaimSourcesText::tr("not verified: its JWT is unsigned (alg none), so anyone could have written these claims") + missingNote;
        return;
    }
    if (!keys) {
        source.outcome = ClaimSource::Outcome::Unverified;
        source.claims = named;
        source.detail = ClaimSourcesText::tr("not verified: %1").arg(noKeys) + missingNote;
        return;
    }
    ValidationContext c = ctx;
    c.jwks = keys;
    c.issuer.clear(); // the keys were chosen by iss
    c.audience.clear();
    c.allowedAlgs.clear();
    c.expectedAlg.clear();
    const ValidationResult result = validateAccessToken(jwt, c);
    const Check *algCheck = findCheck(result.checks, QStringLiteral("access_token.alg"));
    if (algCheck && algCheck->status == CheckStatus::Fail) {
        source.outcome = ClaimSource::Outcome::Unverified;
        source.claims = named;
        source.detail = ClaimSourcesText::tr("not verified: %1").arg(algCheck->detail.toString()) + missingNote;
        return;
    }
    const Check *signature = findCheck(result.checks, QStringLiteral("access_token.signature"));
    if (!signature || signature->status != CheckStatus::Pass) {
        source.outcome = ClaimSource::Outcome::Failed;
        source.detail = ClaimSourcesText::tr("its JWT does not verify with the keys of %1, so its claims are not used: %2")
                            .arg(keysFrom, signature ? signature->detail.toString() : QString());
        return;
    }
    // exp and nbf only when the JWT has them: a claims JWT need not expire.
    for (const char *part : {"exp", "nbf"}) {
        const Check *time = findCheck(result.checks, QStringLiteral("access_token.") + QLatin1String(part));
        if (jwt.payload.contains(QLatin1String(part)) && time && time->status == CheckStatus::Fail) {
            source.outcome = ClaimSource::Outcome::Failed;
            source.detail = ClaimSourcesText::tr("its JWT is not valid now (%1), so its claims are not used").arg(time->detail.toString());
            return;
        }
    }
    if (!missing.isEmpty() && source.kind == ClaimSource::Kind::Aggregated) {
        // openid-client 4's unpackAggregatedClaims refused such a source ("expected claim ... in ...").
        source.outcome = ClaimSource::Outcome::Failed;
        source.detail = ClaimSourcesText::tr("verified with the keys of %1, but it does not hold %2, which _claim_names assigns to it (OpenID "
                                             "Connect Core 5.6.2)")
                            .arg(keysFrom, missing.join(QStringLiteral(", ")));
        return;
    }
    source.outcome = ClaimSource::Outcome::Verified;
    source.claims = named;
    source.detail = ClaimSourcesText::tr("verified with the keys of %1 (%2)").arg(keysFrom, signature->detail.toString()) + missingNote;
}

Check claimSourcesCheck(const QString &id, const QList<ClaimSource> &sources, const QStringList &defects)
{
    QStringList parts = defects;
    bool failed = !defects.isEmpty();
    bool allVerified = !sources.isEmpty();
    for (const ClaimSource &s : sources) {
        const QString names = s.claimNames.isEmpty() ? ClaimSourcesText::tr("no claim") : s.claimNames.join(QStringLiteral(", "));
        QString where = kindName(s.kind);
        if (s.kind == ClaimSource::Kind::Distributed)
            where += QLatin1Char(' ') + s.endpoint.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        parts << QStringLiteral("%1 (%2: %3): %4").arg(s.name, where, names, s.detail);
        failed = failed || s.outcome == ClaimSource::Outcome::Failed;
        allVerified = allVerified && s.outcome == ClaimSource::Outcome::Verified;
    }
    const QString detail = ClaimSourcesText::tr("aggregated and distributed claims (OpenID Connect Core 5.6.2): %1").arg(parts.join(QStringLiteral("; ")));
    if (failed)
        return Check::fail(id, detail);
    if (allVerified)
        return Check::pass(id, detail);
    return Check::skip(id, detail);
}

QJsonArray claimSourcesToJson(const QList<ClaimSource> &sources)
{
    QJsonArray out;
    for (const ClaimSource &s : sources) {
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("kind"), kindName(s.kind)},
                      {QStringLiteral("claimNames"), QJsonArray::fromStringList(s.claimNames)},
                      {QStringLiteral("outcome"), outcomeName(s.outcome)},
                      {QStringLiteral("verified"), s.outcome == ClaimSource::Outcome::Verified},
                      {QStringLiteral("detail"), s.detail},
                      {QStringLiteral("claims"), s.claims}};
        if (!s.issuer.isEmpty())
            o.insert(QStringLiteral("issuer"), s.issuer);
        if (s.kind == ClaimSource::Kind::Distributed)
            o.insert(QStringLiteral("endpoint"), s.endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
        out.append(o);
    }
    return out;
}

} // namespace tokenscope
