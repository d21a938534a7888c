#include "core/oidc/OidcFlowSupport.h"

#include "core/oidc/OidcFlow.h"

#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/UserAgent.h"
#include "core/oidc/ClaimSources.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

namespace tokenscope::flowdetail {

QByteArray formEncode(const QList<QPair<QString, QString>> &form)
{
    QByteArray out;
    for (const auto &field : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QString httpSummary(const HttpExchange &exchange)
{
    if (!exchange.error.isEmpty())
        return exchange.error;
    return QStringLiteral("HTTP %1 %2").arg(exchange.status).arg(QString::fromLatin1(exchange.reasonPhrase)).trimmed();
}

// "invalid_grant: <the provider's description> — <what it means and what to fix>", like callback.error: the error code
// and the provider's own words are what a user searches for.
QString tokenErrorSummary(const TokenResponse &response, int httpStatus, const QString &advice)
{
    if (!response.error)
        return response.defects.join(QStringLiteral("; "));
    const OAuthError &e = *response.error;
    QString text = e.error;
    if (!e.description.isEmpty())
        text += QStringLiteral(": ") + e.description;
    return text + QStringLiteral(" — ") + (advice.isEmpty() ? explainOAuthError(e.error, e.description, httpStatus) : advice);
}

// The Reasons code of an exchange that brought no usable answer.
QString reasonOf(const HttpReply *reply)
{
    const char *kind = nullptr;
    switch (reply->error()) {
    case HttpReply::Error::Timeout: kind = "timeout"; break;
    case HttpReply::Error::TooLarge: kind = "too_large"; break;
    case HttpReply::Error::Network: kind = "network"; break;
    case HttpReply::Error::Tls: kind = "tls"; break;
    case HttpReply::Error::Cancelled: kind = "cancelled"; break;
    case HttpReply::Error::Refused: kind = "refused"; break;
    case HttpReply::Error::NoError: return Reasons::HttpPrefix + QString::number(reply->exchange().status);
    }
    return Reasons::HttpPrefix + QLatin1String(kind);
}

// The provider's OAuth error code ("oauth.invalid_grant"), else what the exchange says; a server failure (5xx) is one
// whatever its body (the engine names the code of a non-JSON answer itself).
QString reasonOf(const TokenResponse &response, const HttpReply *reply)
{
    if (response.error && !response.error->error.isEmpty() && reply->exchange().status < 500)
        return Reasons::OAuthPrefix + response.error->error;
    return reasonOf(reply);
}

// The first failed check's id; an unsigned token (alg "none") is named as such, whichever of its checks failed first.
QString reasonOf(const CheckList &checks, const TokenSet &set)
{
    const Check *c = firstFailure(checks);
    if (!c)
        return {};
    const bool id = c->id.contains(QLatin1String("id_token."));
    const bool access = c->id.contains(QLatin1String("access_token."));
    const QString &token = id ? set.idToken : access ? set.accessToken : QString();
    if (!token.isEmpty()) {
        const QString alg = parseJwt(token.toUtf8()).header.value(QLatin1String("alg")).toString();
        if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return Reasons::Unsigned;
    }
    return Reasons::CheckPrefix + c->id;
}

int failureCount(const CheckList &checks)
{
    return int(std::count_if(checks.begin(), checks.end(), [](const Check &c) { return c.status == CheckStatus::Fail; }));
}

QString receivedTokenNames(const TokenSet &set)
{
    QStringList received;
    if (!set.idToken.isEmpty())
        received << QStringLiteral("id_token");
    if (!set.accessToken.isEmpty())
        received << QStringLiteral("access_token");
    if (!set.refreshToken.isEmpty())
        received << QStringLiteral("refresh_token");
    return received.join(QStringLiteral(", "));
}

std::optional<Check> missingIdToken(const TokenSet &set, const QString &scope)
{
    if (!set.idToken.isEmpty() || !scopeHas(scope, QStringLiteral("openid")))
        return std::nullopt;
    return Check::fail(QStringLiteral("token.id_token.format"),
                       QCoreApplication::translate("tokenscope::OidcFlow", "the token endpoint returned no id_token although the scope has openid"));
}

// userinfo.signature: a signed userinfo response (OpenID Connect Core 5.3.2, application/jwt) is verified with the
// ID tokens' key rules: its alg must be one the provider advertises in userinfo_signing_alg_values_supported (any
// supported asymmetric one when it advertises none), the signature must verify with the JWKS (HS* with the client
// secret), and iss and aud are compared when present, as oauth4webapi's processUserInfoResponse (validateOptionalIssuer,
// validateOptionalAudience). `ctx` is the flow's validation context.
Check userinfoSignatureCheck(const ParsedJwt &jwt, ValidationContext ctx, const QJsonValue &advertisedAlgs)
{
    const QString id = QStringLiteral("userinfo.signature");
    const QString issuer = ctx.issuer;
    const QString clientId = ctx.clientId;
    ctx.allowedAlgs.clear();
    for (const QJsonValue &alg : advertisedAlgs.toArray()) {
        if (alg.isString())
            ctx.allowedAlgs << alg.toString();
    }
    ctx.expectedAlg.clear();
    ctx.audience.clear();
    ctx.issuer.clear();
    const ValidationResult result = validateAccessToken(jwt, ctx);
    for (const char *part : {"access_token.format", "access_token.alg", "access_token.signature"}) {
        const Check *c = findCheck(result.checks, QLatin1String(part));
        if (c && c->status == CheckStatus::Fail)
            return Check::fail(id, OidcFlow::tr("the signed userinfo response does not verify, so it is not used (OpenID Connect Core 5.3.2): %1")
                                       .arg(c->detail.toString()));
    }
    const QJsonValue iss = jwt.payload.value(QStringLiteral("iss"));
    if (!iss.isUndefined() && iss.toString() != issuer)
        return Check::fail(id, OidcFlow::tr("the signed userinfo response has iss \"%1\", not the issuer \"%2\" (OpenID Connect Core 5.3.2)")
                                   .arg(iss.isString() ? iss.toString() : QStringLiteral("?"), issuer));
    const QJsonValue aud = jwt.payload.value(QStringLiteral("aud"));
    if (!aud.isUndefined()) {
        const bool forUs = aud.isString() ? aud.toString() == clientId : aud.toArray().contains(QJsonValue(clientId));
        if (!forUs)
            return Check::fail(id, OidcFlow::tr("the signed userinfo response is not for this client: aud does not contain \"%1\" (OpenID Connect Core 5.3.2)")
                                       .arg(clientId));
    }
    const Check *signature = findCheck(result.checks, QStringLiteral("access_token.signature"));
    if (!signature || signature->status != CheckStatus::Pass)
        return Check::skip(id, OidcFlow::tr("the signed userinfo response could not be verified: %1")
                                   .arg(signature ? signature->detail.toString() : OidcFlow::tr("no signature check ran")));
    return Check::pass(id, OidcFlow::tr("signed (%1) and verified; %2").arg(jwt.alg(), signature->detail.toString()));
}

// RFC 6749 6: the refresh grant (the refresh step, and the revocation's probe that the token is dead).
QList<QPair<QString, QString>> refreshGrant(const QString &refreshToken)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refreshToken}};
}

} // namespace tokenscope::flowdetail
