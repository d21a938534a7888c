#include "core/oidc/MutualTls.h"

#include "core/jose/JwsSigner.h"
#include "core/jose/Jwt.h"
#include "core/oidc/AuthorizationRequest.h"

#include <QCoreApplication>

namespace tokenscope {

// The translation context of this file's texts.
struct MutualTlsText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::MutualTlsText)
};

ClientCertificate clientCertificateFrom(QByteArrayView certificatePem, QByteArrayView keyPem)
{
    ClientCertificate c;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem.toByteArray(), QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        c.error = MutualTlsText::tr("the client certificate is not a PEM certificate");
        return c;
    }
    c.certificate = certificates.first();
    if (keyPem.contains("ENCRYPTED")) {
        c.error = MutualTlsText::tr("the certificate's key is encrypted: Tokenscope asks for no passphrase; export it unencrypted and keep "
                                    "that file private");
        return c;
    }
    // The key is read with OpenSSL first: its type decides what Qt is told, and its public half must be the certificate's.
    const SigningKey signing = SigningKey::fromPem(keyPem);
    if (!signing.isValid() || signing.alg() == QLatin1String("EdDSA")) {
        c.error = MutualTlsText::tr("the certificate's key is not a PEM private key Qt's TLS can use (EC or RSA)");
        return c;
    }
    if (publicKeyDer(signing.pkey()) != c.certificate.publicKey().toDer()) {
        c.error = MutualTlsText::tr("the key is not the client certificate's (their public keys differ)");
        return c;
    }
    c.key = QSslKey(keyPem.toByteArray(), signing.alg().startsWith(QLatin1String("ES")) ? QSsl::Ec : QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (c.key.isNull()) {
        c.error = MutualTlsText::tr("Qt's TLS cannot read the certificate's key");
        return c;
    }
    c.thumbprint = sha256Base64Url(c.certificate.toDer());
    return c;
}

Check certificateBindingCheck(const QString &id, const QString &accessToken, const QString &thumbprint)
{
    if (accessToken.isEmpty())
        return Check::skip(id, MutualTlsText::tr("no access token"));
    if (!looksLikeJwt(accessToken.toUtf8()))
        return Check::skip(id, MutualTlsText::tr("an opaque access token: only the provider can tell whether it is bound to the certificate "
                                                 "(its introspection answer shows cnf.x5t#S256)"));
    const QString x5t = confirmationMember(accessToken.toUtf8(), QLatin1String("x5t#S256"));
    if (x5t.isEmpty())
        return Check::skip(id, MutualTlsText::tr("the access token is not bound to the certificate (no cnf.x5t#S256): the application does not "
                                                 "ask for certificate-bound tokens (tls_client_certificate_bound_access_tokens, RFC 8705 3.4)"));
    if (x5t != thumbprint)
        return Check::fail(id, MutualTlsText::tr("cnf.x5t#S256 %1 is not the client certificate's thumbprint %2 (RFC 8705 3.1)").arg(x5t, thumbprint));
    return Check::pass(id, MutualTlsText::tr("cnf.x5t#S256 is the client certificate's thumbprint %1: the access token works only over TLS "
                                             "with that certificate (RFC 8705 3)")
                               .arg(x5t));
}

} // namespace tokenscope
