#pragma once

// The client credentials grant (RFC 6749 4.4): the token request a profile asks for, what its JWT access token must
// say about the client (RFC 9068 2.2), and what to configure when the provider refuses it. OidcFlow runs the grant.

#include "core/common/Check.h"
#include "core/profile/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tokenscope {

// The scope values of OpenID Connect (Core 5.4, 11) that mean nothing to the client credentials grant: no user signs
// in, so a profile's "openid profile email" is not sent; what is left (the API's permissions) is.
QString clientCredentialsScope(const Profile &profile);

// The API the token is asked for: the profile's "audience" (Auth0), else its extra parameter "resource" (RFC 8707).
QString clientCredentialsAudience(const Profile &profile);

// The target of a token request without a browser (client credentials, password, token exchange): audience (Auth0)
// when the profile has one, then resource (RFC 8707) for each extra parameter "resource".
QList<QPair<QString, QString>> targetParameters(const Profile &profile);

// The token request's form without the client authentication: grant_type=client_credentials, scope (when any is
// left, see clientCredentialsScope), then targetParameters().
QList<QPair<QString, QString>> clientCredentialsForm(const Profile &profile);

// The checks of a client credentials JWT access token beyond validateAccessToken()'s (ids with `prefix`, e.g.
// "token."): access_token.client_id (RFC 9068 2.2: client_id is the client; Auth0 names it in azp instead),
// access_token.scope (RFC 9068 2.2.3: no more than asked for, and the same as the token response's scope, RFC 6749
// 5.1) and access_token.gty (Auth0's grant type claim, "client-credentials", where present).
CheckList clientCredentialsTokenChecks(const QJsonObject &payload, const QString &clientId, const QString &askedScope,
                                       const QString &responseScope, const QString &prefix);

// What to configure at the provider when it refuses the grant with this OAuth error (RFC 6749 5.2), one sentence;
// Auth0's settings named where it is an Auth0 tenant (a client grant for the API, the grant type enabled).
QString clientCredentialsAdvice(const QString &error, const QString &description, const Profile &profile);

} // namespace tokenscope
