#include "core/oidc/RequestObject.h"

#include "core/jose/JwsSigner.h"
#include "core/json/JsonValues.h"

#include <QCoreApplication>
#include <QUrl>

namespace tokenscope {

// The translation context of this file's texts.
struct RequestObjectText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::RequestObjectText)
};

QJsonObject requestObjectClaims(const QList<QPair<QString, QString>> &params, const QString &clientId, const QString &issuer,
                                qint64 now, const QString &jti)
{
    QJsonObject claims;
    for (const auto &[name, value] : params) {
        bool number = false;
        const qint64 n = name == QLatin1String("max_age") ? value.toLongLong(&number) : 0;
        claims.insert(name, number ? QJsonValue(double(n)) : QJsonValue(value));
    }
    claims.insert(QStringLiteral("iss"), clientId);
    claims.insert(QStringLiteral("aud"), issuer);
    claims.insert(QStringLiteral("iat"), double(now));
    claims.insert(QStringLiteral("nbf"), double(now));
    claims.insert(QStringLiteral("exp"), double(now + 300));
    claims.insert(QStringLiteral("jti"), jti);
    return claims;
}

QByteArray signRequestObject(const QJsonObject &claims, const ClientKey &key, const QString &clientSecret)
{
    const QString typ = QStringLiteral("oauth-authz-req+jwt");
    if (key.key.isValid()) {
        const QJsonObject header{{QStringLiteral("alg"), key.key.alg()}, {QStringLiteral("typ"), typ}, {QStringLiteral("kid"), key.kid}};
        const QByteArray input = jwsSigningInput(header, claims);
        const QByteArray signature = key.key.sign(input);
        return signature.isEmpty() ? QByteArray() : jwsCompact(input, signature);
    }
    if (clientSecret.isEmpty())
        return {};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), typ}};
    const QByteArray input = jwsSigningInput(header, claims);
    return jwsCompact(input, jwsHmac(QStringLiteral("HS256"), clientSecret.toUtf8(), input));
}

Check parRequestUriCheck(int httpStatus, const QJsonObject &answer)
{
    const QString id = QStringLiteral("par.request_uri");
    const QJsonValue uri = answer.value(QLatin1String("request_uri"));
    const QJsonValue expires = answer.value(QLatin1String("expires_in"));
    if (!uri.isString() || uri.toString().isEmpty())
        return Check::fail(id, RequestObjectText::tr("the answer's request_uri is %1, but RFC 9126 2.2 requires a URI string")
                                   .arg(json::typeName(uri)));
    const QString value = uri.toString();
    if (QUrl(value).scheme().isEmpty())
        return Check::fail(id, RequestObjectText::tr("request_uri \"%1\" is not a URI (RFC 9126 2.2)").arg(value));
    if (!expires.isDouble() || expires.toDouble() <= 0)
        return Check::fail(id, RequestObjectText::tr("expires_in must be a positive number of seconds (RFC 9126 2.2), not %1")
                                   .arg(expires.isDouble() ? QString::number(expires.toDouble()) : json::typeName(expires)));
    if (httpStatus != 201)
        return Check::fail(id, RequestObjectText::tr("request_uri %1, but with HTTP %2: RFC 9126 2.2 requires 201 Created").arg(value).arg(httpStatus));
    return Check::pass(id, RequestObjectText::tr("request_uri %1, valid for %n second(s)", nullptr, int(expires.toDouble())).arg(value));
}

} // namespace tokenscope
