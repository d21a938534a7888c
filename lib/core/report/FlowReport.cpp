#include "core/report/FlowReport.h"

#include "core/jose/Jwt.h"
#include "core/oidc/TokenExchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tokenscope {

QJsonValue tokenForReport(const QString &token)
{
    const QByteArray raw = token.toUtf8();
    if (looksLikeJwt(raw)) {
        const ParsedJwt jwt = parseJwt(raw);
        if (jwt.structurallyValid)
            return jwtToJson(jwt);
    }
    return QStringLiteral("<opaque, %1 chars>").arg(token.size());
}

QJsonObject tokenSetForReport(const TokenSet &set)
{
    QJsonObject o;
    if (!set.idToken.isEmpty())
        o.insert(QStringLiteral("id_token"), tokenForReport(set.idToken));
    if (!set.accessToken.isEmpty())
        o.insert(QStringLiteral("access_token"), tokenForReport(set.accessToken));
    if (!set.refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), QLatin1String(RedactedMarker));
    if (!set.tokenType.isEmpty())
        o.insert(QStringLiteral("token_type"), set.tokenType);
    if (!set.scope.isEmpty())
        o.insert(QStringLiteral("scope"), set.scope);
    if (set.expiresIn)
        o.insert(QStringLiteral("expires_in"), double(*set.expiresIn));
    return o;
}

QJsonObject profileForReport(const Profile &profile)
{
    QJsonObject o = QJsonDocument::fromJson(saveProfile(profile)).object();
    o.remove(QStringLiteral("clientSecret"));
    if (!profile.clientSecret.isEmpty())
        o.insert(QStringLiteral("clientSecret"), QLatin1String(RedactedMarker));
    // A bearer token (token exchange's subject token): only its header and payload, as the HTTP log shows it.
    if (!profile.subjectToken.isEmpty())
        o.insert(QStringLiteral("subjectToken"), redactBearerToken(profile.subjectToken));
    return o;
}

QJsonObject flowReport(const FlowState &state, const ReportOptions &options)
{
    QJsonArray steps;
    for (const StepResult &s : state.steps) {
        QJsonObject step{{QStringLiteral("name"), s.name},
                         {QStringLiteral("status"), checkStatusName(s.status)},
                         {QStringLiteral("detail"), s.detail},
                         {QStringLiteral("ms"), double(s.ms)}};
        if (!s.reason.isEmpty())
            step.insert(QStringLiteral("reason"), s.reason); // machine-readable, for scripts (FlowState.h: Reasons)
        steps.append(step);
    }
    QJsonObject tokens;
    const std::pair<const char *, const TokenSet *> sets[] = {
        {"authorization", &state.authorization}, {"token", &state.token}, {"refresh", &state.refresh}};
    for (const auto &[name, set] : sets) {
        if (!set->isEmpty())
            tokens.insert(QLatin1String(name), tokenSetForReport(*set));
    }
    QJsonObject report{{QStringLiteral("ok"), state.ok()},
                       {QStringLiteral("profile"), state.profile.name},
                       {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("tokenscopeVersion"), QStringLiteral(TOKENSCOPE_VERSION)},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("checks"), checksToJson(state.checks)},
                       {QStringLiteral("tokens"), tokens}};
    if (!state.userinfo.isEmpty()) {
        // Redacted like an exchange: a distributed claim source may carry its own access token (Core 5.6.2).
        const QJsonObject userinfo = QJsonDocument::fromJson(redactJsonBody(QJsonDocument(state.userinfo).toJson(QJsonDocument::Compact))).object();
        report.insert(QStringLiteral("userinfo"), userinfo);
    }
    if (!state.claimSources.isEmpty())
        report.insert(QStringLiteral("claimSources"), claimSourcesToJson(state.claimSources));
    if (state.apiExchange) {
        report.insert(QStringLiteral("api"), QJsonObject{{QStringLiteral("status"), state.apiExchange->status},
                                                         {QStringLiteral("body"), QString::fromUtf8(state.apiExchange->responseBody.left(64 * 1024))}});
    }
    if (state.device) {
        // RFC 8628: what the user was shown and what each poll answered; never the device code (a credential).
        const DeviceFlowState &d = *state.device;
        QJsonObject device{{QStringLiteral("userCode"), d.userCode},
                           {QStringLiteral("verificationUri"), d.verificationUri.toString()},
                           {QStringLiteral("expiresIn"), double(d.expiresIn)},
                           {QStringLiteral("interval"), d.interval},
                           {QStringLiteral("polls"), QJsonArray::fromStringList(d.answers)}};
        if (!d.verificationUriComplete.isEmpty())
            device.insert(QStringLiteral("verificationUriComplete"), d.verificationUriComplete.toString());
        report.insert(QStringLiteral("device"), device);
    }
    if (state.tokenExchange) {
        // RFC 8693: the types, and what the exchange changed; never the subject token.
        const TokenExchangeState &x = *state.tokenExchange;
        QJsonArray changes;
        for (const ClaimChange &c : tokenExchangeChanges(x.subjectToken, state.token.accessToken)) {
            changes.append(QJsonObject{{QStringLiteral("claim"), c.claim},
                                       {QStringLiteral("subject"), c.subject.isUndefined() ? QJsonValue() : c.subject},
                                       {QStringLiteral("issued"), c.issued.isUndefined() ? QJsonValue() : c.issued}});
        }
        QJsonObject exchange{{QStringLiteral("subjectTokenType"), x.subjectTokenType},
                             {QStringLiteral("issuedTokenType"), x.issuedTokenType},
                             {QStringLiteral("changes"), changes}};
        if (!x.requestedTokenType.isEmpty())
            exchange.insert(QStringLiteral("requestedTokenType"), x.requestedTokenType);
        report.insert(QStringLiteral("tokenExchange"), exchange);
    }
    if (!state.request.requestObject.isEmpty()) {
        // RFC 9101: the signed request object as sent, decoded (it carries no secret: PKCE sends only the challenge).
        const ParsedJwt jwt = parseJwt(state.request.requestObject);
        report.insert(QStringLiteral("requestObject"), QJsonObject{{QStringLiteral("header"), jwt.header}, {QStringLiteral("claims"), jwt.payload}});
    }
    if (state.par) {
        report.insert(QStringLiteral("par"), QJsonObject{{QStringLiteral("requestUri"), state.par->requestUri},
                                                         {QStringLiteral("expiresIn"), double(state.par->expiresIn)},
                                                         {QStringLiteral("requiredByProvider"), state.par->requiredByProvider}});
    }
    if (state.dpop) {
        // RFC 9449: the proof key's public half and thumbprint (the private key never leaves the engine).
        report.insert(QStringLiteral("dpop"), QJsonObject{{QStringLiteral("alg"), state.dpop->alg},
                                                          {QStringLiteral("jkt"), state.dpop->thumbprint},
                                                          {QStringLiteral("publicJwk"), state.dpop->publicJwk},
                                                          {QStringLiteral("nonceRetries"), state.dpop->nonceRetries}});
    }
    if (!state.browserRefusals.isEmpty())
        report.insert(QStringLiteral("browserRefusals"), QJsonArray::fromStringList(state.browserRefusals));
    if (options.includeExchanges) {
        QJsonArray exchanges;
        for (const HttpExchange &ex : state.exchanges)
            exchanges.append(exchangeToJson(redactExchange(ex)));
        report.insert(QStringLiteral("exchanges"), exchanges);
    }
    return report;
}

QJsonObject flowReportWithProfile(const FlowState &state, const ReportOptions &options)
{
    QJsonObject report = flowReport(state, options);
    report.insert(QStringLiteral("profileDetails"), profileForReport(state.profile));
    return report;
}

} // namespace tokenscope
