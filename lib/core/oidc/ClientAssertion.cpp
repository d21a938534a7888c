#include "core/oidc/ClientAssertion.h"

#include "core/jose/Jwk.h"
#include "core/oidc/VerificationKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tokenscope {

// The translation context of this file's texts.
struct ClientAssertionText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::ClientAssertionText)
};

QString clientSecretJwtAlg(const QStringList &advertised)
{
    if (advertised.isEmpty() || advertised.contains(QLatin1String("HS256")))
        return QStringLiteral("HS256");
    for (const QString &alg : advertised) {
        if (alg == QLatin1String("HS384") || alg == QLatin1String("HS512"))
            return alg;
    }
    return QStringLiteral("HS256");
}

namespace {

// OpenID Connect Core 9: iss = sub = the client, aud, jti, exp (and iat).
QJsonObject assertionClaims(const QString &clientId, const QUrl &audience, qint64 now, const QString &jti)
{
    return QJsonObject{{QStringLiteral("iss"), clientId},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("aud"), audience.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("jti"), jti},
                       {QStringLiteral("iat"), double(now)},
                       {QStringLiteral("exp"), double(now + 60)}};
}

} // namespace

QByteArray clientSecretJwt(const QString &clientId, const QString &secret, const QUrl &audience, const QString &alg, qint64 now,
                           const QString &jti)
{
    const QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = jwsSigningInput(header, assertionClaims(clientId, audience, now, jti));
    const QByteArray mac = jwsHmac(alg, secret.toUtf8(), input);
    return mac.isEmpty() ? QByteArray() : jwsCompact(input, mac);
}

ClientKey clientKeyFrom(QByteArrayView pem, const QString &kid)
{
    ClientKey k;
    if (pem.contains("ENCRYPTED")) {
        k.error = ClientAssertionText::tr("the key is encrypted: Tokenscope asks for no passphrase; export it unencrypted "
                                          "(openssl pkey -in key.pem -out plain.pem) and keep that file private");
        return k;
    }
    // A JWK file (what many providers' consoles hand out) or a PEM one.
    const QJsonObject jwk = QJsonDocument::fromJson(pem.toByteArray()).object();
    const bool isJwk = !jwk.isEmpty();
    k.key = isJwk ? SigningKey::fromJwk(jwk) : SigningKey::fromPem(pem);
    if (!k.key.isValid()) {
        k.error = isJwk ? (jwk.contains(QLatin1String("d")) ? ClientAssertionText::tr("not a private JWK of a type Tokenscope signs with (RSA with its CRT members, "
                                                                                        "EC P-256/P-384/P-521, OKP Ed25519), or its halves do not belong together")
                                                              : ClientAssertionText::tr("the JWK has no private part (\"d\"): it is a public key"))
                        : ClientAssertionText::tr("not a PEM private key of a type private_key_jwt can use (RSA, EC P-256/P-384/P-521, "
                                                  "Ed25519)");
        return k;
    }
    k.publicJwk = publicKeyJwk(k.key.pkey());
    // RFC 7517 4.5: the JWK's own kid, unless the profile names one.
    const QString ownKid = isJwk ? jwk.value(QLatin1String("kid")).toString() : QString();
    k.kid = !kid.trimmed().isEmpty() ? kid.trimmed() : !ownKid.isEmpty() ? ownKid : JsonWebKey::fromJson(k.publicJwk).thumbprint();
    k.publicJwk.insert(QStringLiteral("kid"), k.kid);
    k.publicJwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    k.publicJwk.insert(QStringLiteral("alg"), k.key.alg());
    return k;
}

QByteArray privateKeyJwt(const ClientKey &key, const QString &clientId, const QUrl &audience, qint64 now, const QString &jti)
{
    if (!key.key.isValid())
        return {};
    const QJsonObject header{{QStringLiteral("alg"), key.key.alg()}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), key.kid}};
    const QByteArray input = jwsSigningInput(header, assertionClaims(clientId, audience, now, jti));
    const QByteArray signature = key.key.sign(input);
    return signature.isEmpty() ? QByteArray() : jwsCompact(input, signature);
}

QList<QPair<QString, QString>> clientAssertionFields(const QString &clientId, const QByteArray &assertion)
{
    return {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("client_assertion_type"), JwtBearerAssertionType},
            {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)}};
}

} // namespace tokenscope
