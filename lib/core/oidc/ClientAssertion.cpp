#include "core/oidc/ClientAssertion.h"

#include "core/jose/JwsSigner.h"

#include <QJsonObject>

namespace tokenscope {

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

QByteArray clientSecretJwt(const QString &clientId, const QString &secret, const QUrl &audience, const QString &alg, qint64 now,
                           const QString &jti)
{
    const QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("iss"), clientId},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("aud"), audience.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("jti"), jti},
                             {QStringLiteral("iat"), double(now)},
                             {QStringLiteral("exp"), double(now + 60)}};
    const QByteArray input = jwsSigningInput(header, claims);
    const QByteArray mac = jwsHmac(alg, secret.toUtf8(), input);
    return mac.isEmpty() ? QByteArray() : jwsCompact(input, mac);
}

QList<QPair<QString, QString>> clientAssertionFields(const QString &clientId, const QByteArray &assertion)
{
    return {{QStringLiteral("client_id"), clientId},
            {QStringLiteral("client_assertion_type"), JwtBearerAssertionType},
            {QStringLiteral("client_assertion"), QString::fromLatin1(assertion)}};
}

} // namespace tokenscope
