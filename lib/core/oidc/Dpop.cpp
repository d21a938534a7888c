#include "core/oidc/Dpop.h"

#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/oidc/AuthorizationRequest.h"
#include "core/oidc/VerificationKeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tokenscope {

// The translation context of this file's texts.
struct DpopText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::DpopText)
};

QStringList dpopAlgs()
{
    return {QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
            QStringLiteral("EdDSA"), QStringLiteral("RS256"), QStringLiteral("PS256")};
}

bool isDpopTokenType(const QString &tokenType)
{
    return tokenType.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) == 0;
}

DpopKey generateDpopKey(const QString &alg)
{
    DpopKey k;
    if (!dpopAlgs().contains(alg)) {
        k.error = DpopText::tr("Tokenscope makes no DPoP proofs with %1; use one of %2").arg(alg, dpopAlgs().join(QStringLiteral(", ")));
        return k;
    }
    k.key = SigningKey::generate(alg);
    if (!k.key.isValid()) {
        k.error = DpopText::tr("OpenSSL could not generate a %1 key").arg(alg);
        return k;
    }
    k.publicJwk = publicKeyJwk(k.key.pkey());
    k.thumbprint = JsonWebKey::fromJson(k.publicJwk).thumbprint();
    return k;
}

QString dpopHtu(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QByteArray dpopProof(const DpopKey &key, const QByteArray &method, const QUrl &url, qint64 now, const QString &jti,
                     const QString &nonce, const QString &accessToken)
{
    if (!key.isValid())
        return {};
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                             {QStringLiteral("alg"), key.key.alg()},
                             {QStringLiteral("jwk"), key.publicJwk}};
    QJsonObject claims{{QStringLiteral("jti"), jti},
                       {QStringLiteral("htm"), QString::fromLatin1(method)},
                       {QStringLiteral("htu"), dpopHtu(url)},
                       {QStringLiteral("iat"), double(now)}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    if (!accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"), sha256Base64Url(accessToken.toUtf8()));
    const QByteArray input = jwsSigningInput(header, claims);
    const QByteArray signature = key.key.sign(input);
    return signature.isEmpty() ? QByteArray() : jwsCompact(input, signature);
}

QString dpopNonceDemand(const HttpExchange &exchange)
{
    const QByteArray nonce = exchange.responseHeader("DPoP-Nonce").trimmed();
    if (nonce.isEmpty())
        return {};
    bool demanded = false;
    if (exchange.status == 400) {
        const QJsonObject body = QJsonDocument::fromJson(exchange.responseBody).object();
        demanded = body.value(QLatin1String("error")).toString() == QLatin1String("use_dpop_nonce");
    } else if (exchange.status == 401) {
        static const QRegularExpression useNonce(QStringLiteral(R"(error\s*=\s*"?use_dpop_nonce"?)"));
        demanded = useNonce.match(QString::fromLatin1(exchange.responseHeader("WWW-Authenticate"))).hasMatch();
    }
    return demanded ? QString::fromLatin1(nonce) : QString();
}

Check dpopBindingCheck(const QString &id, const QString &accessToken, const QString &thumbprint)
{
    if (accessToken.isEmpty())
        return Check::skip(id, DpopText::tr("no access token"));
    if (!looksLikeJwt(accessToken.toUtf8()))
        return Check::skip(id, DpopText::tr("an opaque access token: only the provider can tell which key it is bound to (its "
                                            "introspection answer shows cnf.jkt)"));
    const QString jkt = confirmationMember(accessToken.toUtf8(), QLatin1String("jkt"));
    if (jkt.isEmpty())
        return Check::fail(id, DpopText::tr("the access token has no cnf.jkt, so it is not bound to the proof key and works as a bearer "
                                            "token for whoever holds it (RFC 9449 6.1)"));
    if (jkt != thumbprint)
        return Check::fail(id, DpopText::tr("the access token's cnf.jkt %1 is not the proof key's thumbprint %2 (RFC 9449 6.1)").arg(jkt, thumbprint));
    return Check::pass(id, DpopText::tr("cnf.jkt is the proof key's thumbprint %1: the access token is bound to it (RFC 9449 6.1)").arg(jkt));
}

Check dpopTokenTypeCheck(const QString &id, const QString &tokenType)
{
    if (isDpopTokenType(tokenType))
        return Check::pass(id, DpopText::tr("the provider accepted the proof: token_type DPoP (RFC 9449 5)"));
    return Check::fail(id, DpopText::tr("the provider answered token_type \"%1\" although a proof was sent: it ignored DPoP, so the "
                                        "token is not bound (RFC 9449 5). Enable DPoP for this application at the provider.")
                               .arg(tokenType));
}

} // namespace tokenscope
