#pragma once

// JWT-Secured Authorization Requests (RFC 9101): the authorization request's parameters as the claims of a JWT the
// client signs, so nothing on the way (the browser, an extension, a proxy) can change them unnoticed.

#include "core/common/Check.h"
#include "core/oidc/ClientAssertion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tokenscope {

// The claims of RFC 9101 4: every parameter (max_age as a number, OpenID Connect Core 6.1), iss = the client, aud = the
// issuer (RFC 9101 4), iat and nbf = now, exp = now + 300, jti.
QJsonObject requestObjectClaims(const QList<QPair<QString, QString>> &params, const QString &clientId, const QString &issuer,
                                qint64 now, const QString &jti);

// The request object, signed with the client's key (its alg, kid in the header) when it is valid, else MACed with the
// client secret (HS256); header typ "oauth-authz-req+jwt" (RFC 9101 10.8). Empty when there is nothing to sign with.
QByteArray signRequestObject(const QJsonObject &claims, const ClientKey &key, const QString &clientSecret);

// par.request_uri: the pushed authorization request's answer (RFC 9126 2.2): HTTP 201, request_uri a non-empty string
// (a URN urn:ietf:params:oauth:request_uri:... by convention, any URI allowed), expires_in a positive number, as
// oauth4webapi's processPushedAuthorizationResponse requires.
Check parRequestUriCheck(int httpStatus, const QJsonObject &answer);

} // namespace tokenscope
