#pragma once

// The resource owner password credentials grant (RFC 6749 4.3) and Auth0's password-realm variant: the token request
// a profile asks for, and what to do when the provider refuses it. OidcFlow runs the grant. The password is a
// secret: it goes into the form only (the HTTP log redacts it, see isSecretParameter) and is never stored.

#include "core/profile/Profile.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tokenscope {

// Auth0's grant type for the password grant with a connection ("realm").
inline const QString PasswordRealmGrantType = QStringLiteral("http://auth0.com/oauth/grant-type/password-realm");

// The grant type sent: "password", or Auth0's password-realm grant when the profile names a realm.
QString passwordGrantType(const Profile &profile);

// The token request's form without the client authentication (RFC 6749 4.3.2): grant_type, username, password, the
// profile's scope (openid included: the provider then issues an ID token), realm (password-realm), audience (Auth0)
// when the profile has one, and resource (RFC 8707) for each extra parameter "resource".
QList<QPair<QString, QString>> passwordGrantForm(const Profile &profile, const QString &username, const QString &password);

// What to do when the provider refuses the grant with this OAuth error (RFC 6749 5.2), one sentence; Auth0's settings
// named where it is an Auth0 tenant (the grant type, the default directory, the connection). Empty: no advice.
QString passwordGrantAdvice(const QString &error, const QString &description, const Profile &profile);

} // namespace tokenscope
