#pragma once

// Client authentication with a JWT (RFC 7523 2.2, OpenID Connect Core 9): client_secret_jwt, an assertion MACed
// with the client secret, and private_key_jwt, one signed with the client's private key (RSA, EC or Ed25519). The
// assertion is a credential: the HTTP log and reports keep its header and claims but never its signature
// (isBearerTokenParameter), and it is valid for one minute and one use (jti). The private key never leaves the process and is never logged.

#include "core/jose/JwsSigner.h"

#include <QJsonObject>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tokenscope {

// RFC 7521 4.2: the client_assertion_type of a JWT assertion.
inline const QString JwtBearerAssertionType = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

// The HMAC alg to use: HS256 unless the provider lists token_endpoint_auth_signing_alg_values_supported without it,
// then the first HS384/HS512 it lists; HS256 again when it lists none of them (its refusal then says why).
QString clientSecretJwtAlg(const QStringList &advertised);

// The assertion of OpenID Connect Core 9: header {alg, typ: JWT}; claims iss = sub = clientId, aud = audience (the
// token endpoint URL, which Core 9 recommends and every provider accepts), jti, iat = now, exp = now + 60. Empty when
// the alg is not HS256/384/512.
QByteArray clientSecretJwt(const QString &clientId, const QString &secret, const QUrl &audience, const QString &alg, qint64 now,
                           const QString &jti);

// A client's private key for private_key_jwt, as read from its PEM.
struct ClientKey
{
    SigningKey key;        // with its alg: RS256, ES256/384/512 or EdDSA (from the key's type)
    QString kid;           // the profile's clientKeyId, else the public key's RFC 7638 thumbprint
    QJsonObject publicJwk; // to register at the provider: kty and its members, kid, use "sig", alg
    QString error;         // why the PEM is not a usable private key; empty when key is valid
};
ClientKey clientKeyFrom(QByteArrayView pem, const QString &kid);

// The assertion of OpenID Connect Core 9 signed with the key: header {alg, typ: JWT, kid}; the claims as
// clientSecretJwt()'s.
QByteArray privateKeyJwt(const ClientKey &key, const QString &clientId, const QUrl &audience, qint64 now, const QString &jti);

// The form fields that carry it (RFC 7521 4.2): client_id (optional there, but providers route by it), then
// client_assertion_type and client_assertion.
QList<QPair<QString, QString>> clientAssertionFields(const QString &clientId, const QByteArray &assertion);

} // namespace tokenscope
