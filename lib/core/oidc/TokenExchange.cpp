#include "core/oidc/TokenExchange.h"

#include "core/common/Text.h"
#include "core/jose/Jwt.h"
#include "core/oidc/ClientCredentials.h"

#include <QCoreApplication>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::TokenExchangeText.
struct TokenExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::TokenExchangeText)
};

namespace {

// "a", or "a ← b" along a nested act chain (RFC 8693 4.1: the outermost act is the current actor, b acted before it).
QString actorChain(const QJsonObject &act)
{
    QStringList chain;
    QJsonObject current = act;
    for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
        chain << current.value(QLatin1String("sub")).toString();
        current = current.value(QLatin1String("act")).toObject();
    }
    return chain.join(QStringLiteral(" ← "));
}

} // namespace

QList<QPair<QString, QString>> tokenExchangeForm(const Profile &profile, const QString &subjectToken)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), TokenExchangeGrantType},
                                        {QStringLiteral("subject_token"), subjectToken},
                                        {QStringLiteral("subject_token_type"), profile.effectiveSubjectTokenType()}};
    if (const QString requested = profile.effectiveRequestedTokenType(); !requested.isEmpty())
        form.append({QStringLiteral("requested_token_type"), requested});
    form += targetParameters(profile);
    if (const QString scope = clientCredentialsScope(profile); !scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return form;
}

CheckList tokenExchangeChecks(const QJsonObject &response, const CheckList &baseChecks, const QJsonObject &issued,
                              const QJsonObject &subject, const QString &prefix, const QString &requested)
{
    CheckList checks;
    // RFC 8693 2.2.1: issued_token_type REQUIRED.
    const QString typeId = prefix + QStringLiteral("issued_token_type");
    const QJsonValue issuedType = response.value(QLatin1String("issued_token_type"));
    const bool accessToken = !issuedType.isString() || issuedType.toString() == AccessTokenType;
    if (issuedType.isUndefined())
        checks << Check::fail(typeId, TokenExchangeText::tr("the response has no issued_token_type, which RFC 8693 2.2.1 requires: the "
                                                            "client cannot tell what kind of token it got"));
    else if (!issuedType.isString() || issuedType.toString().isEmpty())
        checks << Check::fail(typeId, TokenExchangeText::tr("issued_token_type must be a token type URI (RFC 8693 2.2.1, 3)"));
    else if (!requested.isEmpty() && issuedType.toString() != requested)
        checks << Check::pass(typeId, TokenExchangeText::tr("issued %1, not the %2 asked for: RFC 8693 2.1 lets the provider decide, "
                                                            "but a client that needs the type asked for cannot use it")
                                          .arg(issuedType.toString(), requested));
    else
        checks << Check::pass(typeId, TokenExchangeText::tr("issued %1 (RFC 8693 2.2.1)").arg(issuedType.toString()));

    // RFC 8693 2.2.1: token_type "N_A" when the issued token is not an access token.
    const QString tokenTypeId = prefix + QStringLiteral("token_type");
    for (const Check &base : baseChecks) {
        if (base.id == tokenTypeId && !accessToken
            && response.value(QLatin1String("token_type")).toString().compare(QLatin1String("N_A"), Qt::CaseInsensitive) == 0) {
            checks << Check::pass(tokenTypeId, TokenExchangeText::tr("N_A: the issued token is not an access token, so it has no "
                                                                     "token type (RFC 8693 2.2.1)"));
        } else {
            checks << base;
        }
    }

    // RFC 8693 4.1: act, the acting party (delegation); none: impersonation.
    const QString actId = prefix + QStringLiteral("token_exchange.act");
    const QJsonValue act = issued.value(QLatin1String("act"));
    const QString subjectSub = subject.value(QLatin1String("sub")).toString();
    const QString issuedSub = issued.value(QLatin1String("sub")).toString();
    if (issued.isEmpty()) {
        checks << Check::skip(actId, TokenExchangeText::tr("the issued token is not a JWT: who acts for whom cannot be read from it"));
    } else if (act.isUndefined()) {
        checks << Check::pass(actId, TokenExchangeText::tr("impersonation: no act claim, so the token is for %1 as if it had been issued to them "
                                                           "(RFC 8693 1.1); an API cannot tell that a service asked for it")
                                         .arg(issuedSub.isEmpty() ? TokenExchangeText::tr("(no sub)") : issuedSub));
    } else if (!act.isObject() || !act.toObject().value(QLatin1String("sub")).isString()) {
        checks << Check::fail(actId, TokenExchangeText::tr("act must be a JSON object naming the actor in sub (RFC 8693 4.1)"));
    } else {
        checks << Check::pass(actId, TokenExchangeText::tr("delegation: %1 acts for %2 (RFC 8693 4.1)")
                                         .arg(actorChain(act.toObject()), issuedSub.isEmpty() ? TokenExchangeText::tr("(no sub)") : issuedSub));
    }

    // RFC 8693 4.4: may_act in the subject token names the party that may act for its subject.
    const QString mayActId = prefix + QStringLiteral("token_exchange.may_act");
    const QJsonValue mayAct = subject.value(QLatin1String("may_act"));
    if (subject.isEmpty()) {
        checks << Check::skip(mayActId, TokenExchangeText::tr("the subject token is not a JWT: whom it allows to act for its subject is unknown"));
    } else if (mayAct.isUndefined()) {
        checks << Check::skip(mayActId, TokenExchangeText::tr("the subject token has no may_act claim: it does not restrict who may act for %1")
                                            .arg(subjectSub.isEmpty() ? TokenExchangeText::tr("(no sub)") : subjectSub));
    } else if (!mayAct.isObject() || !mayAct.toObject().value(QLatin1String("sub")).isString()) {
        checks << Check::fail(mayActId, TokenExchangeText::tr("the subject token's may_act must be a JSON object naming the party in sub (RFC 8693 4.4)"));
    } else if (issued.isEmpty()) {
        checks << Check::skip(mayActId, TokenExchangeText::tr("the issued token is not a JWT: its actor cannot be compared with may_act"));
    } else {
        const QString allowed = mayAct.toObject().value(QLatin1String("sub")).toString();
        const QString actor = act.toObject().value(QLatin1String("sub")).toString();
        if (actor == allowed)
            checks << Check::pass(mayActId, TokenExchangeText::tr("the subject token allows %1 to act for its subject, and %1 is the actor (RFC 8693 4.4)").arg(allowed));
        else if (actor.isEmpty())
            checks << Check::fail(mayActId, TokenExchangeText::tr("the subject token allows only %1 to act for its subject, but the issued token names no "
                                                                  "actor (RFC 8693 4.4)")
                                                .arg(allowed));
        else
            checks << Check::fail(mayActId, TokenExchangeText::tr("the subject token allows only %1 to act for its subject, but the issued token's actor is %2 "
                                                                  "(RFC 8693 4.4)")
                                                .arg(allowed, actor));
    }
    return checks;
}

QList<ClaimChange> tokenExchangeChanges(const QJsonObject &subject, const QJsonObject &issued)
{
    QList<ClaimChange> changes;
    if (subject.isEmpty() || issued.isEmpty())
        return changes;
    for (const char *claim : {"sub", "aud", "scope", "act", "may_act", "client_id", "azp"}) {
        const QString name = QString::fromLatin1(claim);
        const QJsonValue before = subject.value(name);
        const QJsonValue after = issued.value(name);
        if (before != after)
            changes.append({name, before, after});
    }
    return changes;
}

QList<ClaimChange> tokenExchangeChanges(const QString &subjectToken, const QString &issuedToken)
{
    return tokenExchangeChanges(jwtPayloadOrEmpty(subjectToken.toUtf8()), jwtPayloadOrEmpty(issuedToken.toUtf8()));
}

QString tokenExchangeAdvice(const QString &error, const QString &description, const Profile &profile)
{
    const QString code = error.trimmed().toLower();
    if (code == QLatin1String("unauthorized_client")) {
        return TokenExchangeText::tr("the client may not use token exchange: allow the grant type %1 for it at the provider (its "
                                     "grant_types, RFC 7591 2)")
            .arg(TokenExchangeGrantType);
    }
    if (code == QLatin1String("unsupported_grant_type")) {
        return TokenExchangeText::tr("the provider does not offer token exchange (RFC 8693; see grant_types_supported in its "
                                     "discovery document)");
    }
    if (code == QLatin1String("invalid_target")) {
        // RFC 8693 2.2.2
        return profile.audience.trimmed().isEmpty()
            ? TokenExchangeText::tr("the provider will not issue a token for the target asked for: set \"audience\" to an API it "
                                    "exchanges tokens for (RFC 8693 2.2.2)")
            : TokenExchangeText::tr("the provider will not issue a token for the audience %1: set \"audience\" to an API it "
                                    "exchanges tokens for (RFC 8693 2.2.2)")
                  .arg(profile.audience.trimmed());
    }
    if (code == QLatin1String("invalid_grant")) {
        if (mentions(description, "may_act"))
            return TokenExchangeText::tr("the subject token's may_act names another party: only that party may exchange it (RFC "
                                         "8693 4.4)");
        return TokenExchangeText::tr("the provider did not accept the subject token: it may have expired, come from another "
                                     "issuer, or not be of the type %1; get a fresh one (an access token of a sign-in)")
            .arg(profile.effectiveSubjectTokenType());
    }
    if (code == QLatin1String("invalid_request") && mentions(description, "requested_token_type")) {
        return TokenExchangeText::tr("the provider cannot issue a token of the type %1: set \"requestedTokenType\" to one it can, or "
                                     "leave it empty so that the provider decides (RFC 8693 2.1)")
            .arg(profile.effectiveRequestedTokenType());
    }
    if (code == QLatin1String("invalid_request") && (mentions(description, "subject_token_type") || mentions(description, "token_type"))) {
        return TokenExchangeText::tr("the provider does not accept subject tokens of the type %1: set \"subjectTokenType\" to one "
                                     "it does (RFC 8693 3)")
            .arg(profile.effectiveSubjectTokenType());
    }
    if (code == QLatin1String("invalid_request") && mentions(description, "audience")) {
        return TokenExchangeText::tr("the provider needs to know which API the new token is for: set \"audience\"");
    }
    return {};
}

} // namespace tokenscope
