#include "core/oidc/ClientCredentials.h"

#include "core/common/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::ClientCredentialsText.
struct ClientCredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::ClientCredentialsText)
};

namespace {

QStringList scopeValues(const QString &scope)
{
    return scope.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString clientCredentialsScope(const Profile &profile)
{
    static const QStringList oidcScopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                        QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("offline_access")};
    QStringList kept;
    for (const QString &value : scopeValues(profile.scope)) {
        if (!oidcScopes.contains(value))
            kept << value;
    }
    return kept.join(QLatin1Char(' '));
}

QString clientCredentialsAudience(const Profile &profile)
{
    if (!profile.audience.trimmed().isEmpty())
        return profile.audience.trimmed();
    return profile.extraParam(QStringLiteral("resource"));
}

QList<QPair<QString, QString>> targetParameters(const Profile &profile)
{
    QList<QPair<QString, QString>> target;
    if (const QString audience = profile.audience.trimmed(); !audience.isEmpty())
        target.append({QStringLiteral("audience"), audience});
    for (const auto &param : profile.extraParams) {
        if (param.first == QLatin1String("resource"))
            target.append(param);
    }
    return target;
}

QList<QPair<QString, QString>> clientCredentialsForm(const Profile &profile)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (const QString scope = clientCredentialsScope(profile); !scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return form + targetParameters(profile);
}

CheckList clientCredentialsTokenChecks(const QJsonObject &payload, const QString &clientId, const QString &askedScope,
                                       const QString &responseScope, const QString &prefix)
{
    CheckList checks;

    // RFC 9068 2.2: client_id REQUIRED, the client the token was issued to. Auth0 leaves it out and names the client
    // in azp (as an ID token would, OpenID Connect Core 2), with sub "<client id>@clients".
    const QString clientIdId = prefix + QStringLiteral("access_token.client_id");
    const QJsonValue cid = payload.value(QLatin1String("client_id"));
    const QJsonValue azp = payload.value(QLatin1String("azp"));
    if (cid.isString()) {
        if (cid.toString() == clientId)
            checks << Check::pass(clientIdId, ClientCredentialsText::tr("client_id is this client, %1 (RFC 9068 2.2)").arg(clientId));
        else
            checks << Check::fail(clientIdId, ClientCredentialsText::tr("client_id is %1, but this client is %2: the token was issued to another client (RFC 9068 2.2)")
                                                  .arg(cid.toString(), clientId));
    } else if (!cid.isUndefined()) {
        checks << Check::fail(clientIdId, ClientCredentialsText::tr("client_id must be a string (RFC 9068 2.2)"));
    } else if (azp.isString()) {
        if (azp.toString() == clientId)
            checks << Check::pass(clientIdId, ClientCredentialsText::tr("no client_id (RFC 9068 2.2 requires it), but azp names this client, %1, as Auth0 does").arg(clientId));
        else
            checks << Check::fail(clientIdId, ClientCredentialsText::tr("azp is %1, but this client is %2: the token was issued to another client").arg(azp.toString(), clientId));
    } else {
        checks << Check::fail(clientIdId, ClientCredentialsText::tr("the token names no client: neither client_id (required by RFC 9068 2.2) nor azp"));
    }

    // RFC 9068 2.2.3: scope, the granted permissions. RFC 6749 3.3 lets the provider grant another scope than the one
    // asked for (Auth0 grants every permission of the client grant when none is asked for), but then the token
    // response MUST name it (3.3, 5.1); and that scope is the one the token carries.
    const QString scopeId = prefix + QStringLiteral("access_token.scope");
    const QJsonValue scope = payload.value(QLatin1String("scope"));
    if (scope.isUndefined()) {
        checks << Check::skip(scopeId, askedScope.isEmpty() ? ClientCredentialsText::tr("no scope claim, and none was asked for")
                                                            : ClientCredentialsText::tr("no scope claim, although %1 was asked for (RFC 9068 2.2.3 recommends one)").arg(askedScope));
    } else if (!scope.isString()) {
        checks << Check::fail(scopeId, ClientCredentialsText::tr("scope must be a space-separated string (RFC 9068 2.2.3, RFC 8693 4.2)"));
    } else {
        const QStringList granted = scopeValues(scope.toString());
        const QStringList asked = scopeValues(askedScope);
        QStringList extra;
        for (const QString &value : granted) {
            if (!asked.isEmpty() && !asked.contains(value))
                extra << value;
        }
        const QStringList answered = scopeValues(responseScope);
        const bool sameAsResponse = answered.isEmpty()
            || QSet<QString>(answered.cbegin(), answered.cend()) == QSet<QString>(granted.cbegin(), granted.cend());
        if (!extra.isEmpty() && answered.isEmpty())
            checks << Check::fail(scopeId, ClientCredentialsText::tr("the token grants more than was asked for (%1): %2, and the token response does not say so "
                                                "(RFC 6749 3.3: its scope parameter is required when the scope granted differs)")
                                               .arg(askedScope, extra.join(QLatin1Char(' '))));
        else if (!sameAsResponse)
            checks << Check::fail(scopeId, ClientCredentialsText::tr("the token's scope \"%1\" is not the token response's scope \"%2\" (RFC 6749 5.1: the response names "
                                                "the scope granted)")
                                               .arg(granted.join(QLatin1Char(' ')), answered.join(QLatin1Char(' '))));
        else if (granted.isEmpty())
            checks << Check::pass(scopeId, ClientCredentialsText::tr("an empty scope: the client was granted no permission of the API"));
        else if (!extra.isEmpty())
            checks << Check::pass(scopeId, ClientCredentialsText::tr("granted %1, more than was asked for (%2): the provider may decide the scope, and the "
                                                "token response says so (RFC 6749 3.3)")
                                               .arg(granted.join(QLatin1Char(' ')), askedScope));
        else
            checks << Check::pass(scopeId, ClientCredentialsText::tr("granted %1").arg(granted.join(QLatin1Char(' '))));
    }

    // Auth0 marks the grant a token came from in gty; RFC 9068 has no such claim, so only a wrong one fails.
    const QString gtyId = prefix + QStringLiteral("access_token.gty");
    const QJsonValue gty = payload.value(QLatin1String("gty"));
    QStringList gtyValues;
    if (gty.isString())
        gtyValues << gty.toString();
    for (const QJsonValue &v : gty.toArray())
        gtyValues << v.toString();
    if (gty.isUndefined())
        checks << Check::skip(gtyId, ClientCredentialsText::tr("no gty claim (Auth0 names the grant there; RFC 9068 has no such claim)"));
    else if (gtyValues.contains(QLatin1String("client-credentials")))
        checks << Check::pass(gtyId, ClientCredentialsText::tr("gty is client-credentials, the grant that was used"));
    else
        checks << Check::fail(gtyId, ClientCredentialsText::tr("gty is %1, but the token came from the client credentials grant (Auth0 sets gty client-credentials)")
                                         .arg(gtyValues.isEmpty() ? ClientCredentialsText::tr("not a string") : gtyValues.join(QLatin1Char(' '))));
    return checks;
}

QString clientCredentialsAdvice(const QString &error, const QString &description, const Profile &profile)
{
    const QString code = error.trimmed().toLower();
    const QString audience = clientCredentialsAudience(profile);
    const bool auth0 = profile.isAuth0Domain();
    if (code == QLatin1String("unauthorized_client")) {
        return auth0 ? ClientCredentialsText::tr("the application may not use the client credentials grant: enable it (Auth0: Applications > the application > "
                            "Settings > Advanced Settings > Grant Types > Client Credentials; a Machine to Machine or Regular Web "
                            "application, since the grant needs a client secret)")
                     : ClientCredentialsText::tr("the client may not use the client credentials grant: allow the grant type client_credentials for it at the "
                            "provider (its grant_types, RFC 7591 2)");
    }
    if (code == QLatin1String("access_denied") || code == QLatin1String("invalid_target")) {
        if (mentions(description, "service not") || mentions(description, "not found") || code == QLatin1String("invalid_target")) {
            return auth0 ? ClientCredentialsText::tr("the audience %1 is not an API of this tenant: set \"audience\" to the Identifier of an API (Auth0: "
                                "Applications > APIs > the API > Settings > Identifier)")
                               .arg(audience)
                         : ClientCredentialsText::tr("the provider knows no API (resource) %1: set \"audience\" (or the extra parameter \"resource\", RFC 8707) to "
                                "the identifier of an API it serves")
                               .arg(audience);
        }
        if (mentions(description, "no audience")) {
            return ClientCredentialsText::tr("the provider needs to know the API: set \"audience\" to the API's Identifier (or set a default audience for "
                        "the tenant)");
        }
        return auth0 ? ClientCredentialsText::tr("the application is not authorized for the API %1: authorize it (Auth0: Applications > APIs > the API > "
                            "Machine to Machine Applications, switch the application on and pick its permissions; this creates the "
                            "client grant) and check that the grant type Client Credentials is enabled for the application")
                           .arg(audience.isEmpty() ? ClientCredentialsText::tr("(no audience)") : audience)
                     : ClientCredentialsText::tr("the provider refused this client access to the API %1: grant the client access to that API (a client grant "
                            "or resource permission for the client) and allow it the client_credentials grant")
                           .arg(audience.isEmpty() ? ClientCredentialsText::tr("(no audience)") : audience);
    }
    if (code == QLatin1String("invalid_client")) {
        return ClientCredentialsText::tr("the provider did not accept the client's credentials: check \"clientId\", the client secret and \"tokenEndpointAuth\" "
                    "(the method the client is registered with)");
    }
    if (code == QLatin1String("invalid_scope")) {
        return auth0 ? ClientCredentialsText::tr("a permission in \"scope\" is not granted to the application for this API: pick it in the API's Machine to Machine "
                            "Applications (Auth0), or remove it from the scope")
                     : ClientCredentialsText::tr("ask only for scopes the client may have for this API, or none (the provider then grants its default)");
    }
    if (code == QLatin1String("unsupported_grant_type")) {
        return ClientCredentialsText::tr("the provider does not offer the client credentials grant at all (see grant_types_supported in its discovery document)");
    }
    return {};
}

} // namespace tokenscope
