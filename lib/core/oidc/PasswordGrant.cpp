#include "core/oidc/PasswordGrant.h"

#include "core/common/Text.h"
#include "core/oidc/ClientCredentials.h"

#include <QCoreApplication>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::PasswordGrantText.
struct PasswordGrantText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::PasswordGrantText)
};

QString passwordGrantType(const Profile &profile)
{
    return profile.realm.trimmed().isEmpty() ? QStringLiteral("password") : PasswordRealmGrantType;
}

QList<QPair<QString, QString>> passwordGrantForm(const Profile &profile, const QString &username, const QString &password)
{
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), passwordGrantType(profile)},
                                        {QStringLiteral("username"), username},
                                        {QStringLiteral("password"), password}};
    if (const QString scope = profile.scope.simplified(); !scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    if (const QString realm = profile.realm.trimmed(); !realm.isEmpty())
        form.append({QStringLiteral("realm"), realm});
    return form + targetParameters(profile);
}

QString passwordGrantAdvice(const QString &error, const QString &description, const Profile &profile)
{
    const QString code = error.trimmed().toLower();
    const QString realm = profile.realm.trimmed();
    const bool auth0 = profile.isAuth0Domain();
    if (code == QLatin1String("unauthorized_client")) {
        return auth0 ? PasswordGrantText::tr("the application may not use the password grant: enable it (Auth0: Applications > the "
                                             "application > Settings > Advanced Settings > Grant Types > Password)")
                     : PasswordGrantText::tr("the client may not use the password grant: allow the grant type %1 for it at the "
                                             "provider (its grant_types, RFC 7591 2)")
                           .arg(passwordGrantType(profile));
    }
    if (code == QLatin1String("unsupported_grant_type")) {
        return PasswordGrantText::tr("the provider does not offer the grant %1 (see grant_types_supported in its discovery "
                                     "document); the OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) says it must not be "
                                     "used: sign in with the authorization code flow instead")
            .arg(passwordGrantType(profile));
    }
    if (code == QLatin1String("invalid_grant")) {
        if (mentions(description, "mfa") || mentions(description, "multifactor"))
            return PasswordGrantText::tr("the user must pass multi-factor authentication, which the password grant cannot do: sign "
                                         "in with the authorization code flow");
        if (mentions(description, "blocked"))
            return PasswordGrantText::tr("the user is blocked at the provider: unblock the user, or sign in as another one");
        return realm.isEmpty()
            ? PasswordGrantText::tr("the provider did not accept the username and password: check them (the provider checks them "
                                    "against its default directory; set \"realm\" to the connection the user belongs to)")
            : PasswordGrantText::tr("the provider did not accept the username and password for the connection %1: check them, "
                                    "and that the user belongs to that connection")
                  .arg(realm);
    }
    if (code == QLatin1String("mfa_required")) {
        return PasswordGrantText::tr("the user must pass multi-factor authentication, which the password grant cannot do: sign in "
                                     "with the authorization code flow");
    }
    if (code == QLatin1String("invalid_request") && (mentions(description, "connection") || mentions(description, "realm"))) {
        return auth0 ? PasswordGrantText::tr("\"realm\" %1 is not a connection enabled for this application: set it to the name "
                                             "of one (Auth0: Applications > the application > Connections)")
                           .arg(realm)
                     : PasswordGrantText::tr("\"realm\" %1 is not a connection the provider knows for this client: set it to the "
                                             "name of one")
                           .arg(realm);
    }
    if (mentions(description, "default connection") || mentions(description, "default directory")) {
        return PasswordGrantText::tr("the tenant has no default directory for the password grant: set one (Auth0: Settings > "
                                     "API Authorization Settings > Default Directory), or set \"realm\" to the connection");
    }
    if (code == QLatin1String("invalid_client")) {
        return PasswordGrantText::tr("the provider did not accept the client's credentials: check \"clientId\", the client "
                                     "secret and \"tokenEndpointAuth\" (the method the client is registered with)");
    }
    if (code == QLatin1String("invalid_scope")) {
        return PasswordGrantText::tr("ask only for scopes the client may have (openid, profile, email, offline_access and the "
                                     "API's permissions)");
    }
    if (code == QLatin1String("invalid_target") || (code == QLatin1String("access_denied") && mentions(description, "service not"))) {
        return PasswordGrantText::tr("the provider knows no API %1: set \"audience\" to the identifier of an API it serves")
            .arg(profile.audience.trimmed());
    }
    return {};
}

} // namespace tokenscope
