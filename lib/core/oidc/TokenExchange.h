#pragma once

// Token exchange (RFC 8693): the token request a profile asks for, the checks of what comes back, and what to do when
// the provider refuses it. OidcFlow runs the grant (OidcFlowTokenExchange.cpp). The subject token is a bearer token:
// the HTTP log keeps its header and payload but not its signature (isBearerTokenParameter), and the engine never
// stores it.

#include "core/common/Check.h"
#include "core/profile/Profile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace tokenscope {

// RFC 8693 2.1: the grant type.
inline const QString TokenExchangeGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
// RFC 8693 3: the token type of an access token.
inline const QString AccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");

// The token request's form without the client authentication (RFC 8693 2.1): grant_type, subject_token,
// subject_token_type (Profile::effectiveSubjectTokenType()), requested_token_type when the profile asks for one,
// audience when the profile has one, resource (RFC 8707)
// for each extra parameter "resource", and scope when the profile's scope names anything besides OpenID Connect's
// values (as the client credentials grant, see clientCredentialsScope()).
QList<QPair<QString, QString>> tokenExchangeForm(const Profile &profile, const QString &subjectToken);

// The checks of a successful token exchange response beyond tokenResponseChecks() and the access token's validation,
// ids with `prefix` (e.g. "token."):
//   issued_token_type         RFC 8693 2.2.1 REQUIRED: a string; its name in the detail, and whether it is the type
//                             asked for (`requested`; another one passes with a note: 2.1 lets the server decide).
//   token_type                replaces tokenResponseChecks()'s when the issued token is not an access token: RFC 8693
//                             2.2.1 then allows "N_A".
//   token_exchange.act        RFC 8693 4.1: an act claim is an object with sub (delegation, the actor chain named);
//                             none is impersonation. Skipped when the issued token is not a JWT.
//   token_exchange.may_act    RFC 8693 4.4: when the subject token names who may act for it (may_act), the issued
//                             token's actor is that party. Skipped without may_act or when either token is not a JWT.
// `issued` and `subject` are the JWT payloads (empty objects when the token is not a JWT). `baseChecks` are
// tokenResponseChecks()'s, returned with the token_type check replaced where N_A is allowed.
CheckList tokenExchangeChecks(const QJsonObject &response, const CheckList &baseChecks, const QJsonObject &issued,
                              const QJsonObject &subject, const QString &prefix, const QString &requested = {});

// A claim the exchange changed: its value in the subject token and in the issued token (undefined: absent).
struct ClaimChange
{
    QString claim;
    QJsonValue subject;
    QJsonValue issued;
};

// What the exchange changed in the claims RFC 8693 is about, in this order: sub, aud, scope (2.1, 4.2), act (4.1),
// may_act (4.4), client_id, azp (who the token was issued to). Only claims that differ; nothing when either token is
// not a JWT (empty payload).
QList<ClaimChange> tokenExchangeChanges(const QJsonObject &subject, const QJsonObject &issued);
// The same for the two tokens themselves (jwtPayloadOrEmpty()): the report and the CLI's summary.
QList<ClaimChange> tokenExchangeChanges(const QString &subjectToken, const QString &issuedToken);

// What to do when the provider refuses the exchange with this OAuth error (RFC 6749 5.2, RFC 8693 2.2.2), one
// sentence. Empty: no advice.
QString tokenExchangeAdvice(const QString &error, const QString &description, const Profile &profile);

} // namespace tokenscope
