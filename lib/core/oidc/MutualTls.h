#pragma once

// Mutual TLS (RFC 8705): the client's certificate and key as the profile names them, and the check that a
// certificate-bound access token is bound to that certificate. The key never leaves the process and is never logged.

#include "core/common/Check.h"

#include <QByteArrayView>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace tokenscope {

struct ClientCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString thumbprint; // base64url SHA-256 of the certificate's DER (RFC 8705 3.1: x5t#S256)
    QString error;      // why they cannot be used; empty when they can
};

// The PEM certificate and its PEM private key (EC or RSA, unencrypted); an error when either cannot be read or the key
// is not the certificate's.
ClientCertificate clientCertificateFrom(QByteArrayView certificatePem, QByteArrayView keyPem);

// `id` (mtls.cnf_x5t, mtls.refresh_bound): the access token's cnf.x5t#S256 is the certificate's thumbprint (RFC 8705
// 3.1). A JWT without it is not bound (skipped: the application may not ask for certificate-bound tokens), with another
// thumbprint fails; an opaque token is skipped (only the provider can tell).
Check certificateBindingCheck(const QString &id, const QString &accessToken, const QString &thumbprint);

} // namespace tokenscope
