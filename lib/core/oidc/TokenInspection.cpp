#include "core/oidc/TokenInspection.h"

#include "core/common/Clock.h"
#include "core/common/Text.h"
#include "core/common/Translation.h"
#include "core/jose/Base64Url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace tokenscope {

// The translation context of this file's texts.
struct TokenInspectionText
{
    TOKENSCOPE_CACHED_TR_FUNCTIONS(tokenscope::TokenInspectionText) // formatted per token by the batch inspect's workers
};

QByteArray normalizeTokenText(QStringView text)
{
    QString t = text.trimmed().toString();
    if (t.startsWith(QLatin1String("Authorization:"), Qt::CaseInsensitive))
        t = t.mid(14).trimmed();
    if (t.startsWith(QLatin1String("Bearer"), Qt::CaseInsensitive) && t.size() > 6 && t.at(6).isSpace())
        t = t.mid(7);
    // Line breaks and spaces of a wrapped log line or e-mail are no part of a token (RFC 6750 2.1: b64token).
    QString compact;
    compact.reserve(t.size());
    for (const QChar c : std::as_const(t)) {
        if (!c.isSpace())
            compact += c;
    }
    return compact.toUtf8();
}

TokenForm tokenForm(const QByteArray &token)
{
    if (token.isEmpty())
        return TokenForm::Empty;
    const qsizetype dots = token.count('.');
    if (dots == 4)
        return TokenForm::Jwe;
    if (dots == 2 && parseJwt(token).structurallyValid)
        return TokenForm::Jws;
    return TokenForm::Opaque;
}

namespace {

bool typIs(const QJsonObject &header, const char *type)
{
    QString typ = header.value(QLatin1String("typ")).toString().toLower();
    if (typ.startsWith(QLatin1String("application/")))
        typ = typ.mid(12);
    return typ == QLatin1String(type);
}

} // namespace

JwtPurpose jwtPurpose(const QJsonObject &header, const QJsonObject &payload)
{
    if (typIs(header, "dpop+jwt"))
        return JwtPurpose::DpopProof;
    if (typIs(header, "at+jwt"))
        return JwtPurpose::AccessToken;
    if (typIs(header, "logout+jwt")
        || payload.value(QLatin1String("events")).toObject().contains(QLatin1String("http://schemas.openid.net/event/backchannel-logout")))
        return JwtPurpose::LogoutToken;
    if (typIs(header, "oauth-authz-req+jwt")
        || (payload.contains(QLatin1String("client_id"))
            && (payload.contains(QLatin1String("response_type")) || payload.contains(QLatin1String("redirect_uri")))))
        return JwtPurpose::RequestObject;
    const QString iss = payload.value(QLatin1String("iss")).toString();
    const bool hasAud = payload.contains(QLatin1String("aud"));
    if (!iss.isEmpty() && iss == payload.value(QLatin1String("sub")).toString() && hasAud && payload.contains(QLatin1String("jti"))
        && !payload.contains(QLatin1String("nonce")) && !payload.contains(QLatin1String("auth_time")))
        return JwtPurpose::ClientAssertion;
    if (!iss.isEmpty() && payload.contains(QLatin1String("sub")) && hasAud && payload.contains(QLatin1String("exp"))
        && payload.contains(QLatin1String("iat")))
        return JwtPurpose::IdToken;
    return JwtPurpose::Unknown;
}

QString jwtPurposeName(JwtPurpose purpose)
{
    switch (purpose) {
    case JwtPurpose::IdToken: return TokenInspectionText::tr("ID token");
    case JwtPurpose::AccessToken: return TokenInspectionText::tr("JWT access token");
    case JwtPurpose::LogoutToken: return TokenInspectionText::tr("logout token");
    case JwtPurpose::ClientAssertion: return TokenInspectionText::tr("client assertion");
    case JwtPurpose::DpopProof: return TokenInspectionText::tr("DPoP proof");
    case JwtPurpose::RequestObject: return TokenInspectionText::tr("request object");
    case JwtPurpose::Unknown: break;
    }
    return TokenInspectionText::tr("JWT of unknown purpose");
}

QString jwtPurposeReason(JwtPurpose purpose)
{
    switch (purpose) {
    case JwtPurpose::IdToken:
        return TokenInspectionText::tr("iss, sub, aud, exp and iat, no other typ (OpenID Connect Core 1.0 section 2)");
    case JwtPurpose::AccessToken: return TokenInspectionText::tr("typ at+jwt (RFC 9068 section 2.1)");
    case JwtPurpose::LogoutToken:
        return TokenInspectionText::tr("an events claim with the back-channel logout event (OpenID Connect Back-Channel Logout 1.0 section 2.4)");
    case JwtPurpose::ClientAssertion:
        return TokenInspectionText::tr("iss equals sub, with aud and jti and no nonce (RFC 7523 section 3, OpenID Connect Core 1.0 section 9)");
    case JwtPurpose::DpopProof: return TokenInspectionText::tr("typ dpop+jwt (RFC 9449 section 4.2)");
    case JwtPurpose::RequestObject:
        return TokenInspectionText::tr("typ oauth-authz-req+jwt, or client_id with authorization request parameters (RFC 9101 section 4)");
    case JwtPurpose::Unknown: break;
    }
    return TokenInspectionText::tr("neither its typ nor its claims match a kind of token Tokenscope knows");
}

JweHeader parseJweHeader(const QByteArray &token)
{
    JweHeader jwe;
    const QByteArray first = token.left(token.indexOf('.'));
    const std::optional<QByteArray> decoded = Base64Url::decode(first);
    if (!decoded) {
        jwe.defects << TokenInspectionText::tr("the protected header is not base64url: %1").arg(Base64Url::explainInvalid(first));
        return jwe;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (!doc.isObject()) {
        jwe.defects << TokenInspectionText::tr("the protected header is not a JSON object (RFC 7516 section 4)");
        return jwe;
    }
    jwe.header = doc.object();
    jwe.alg = jwe.header.value(QLatin1String("alg")).toString();
    jwe.enc = jwe.header.value(QLatin1String("enc")).toString();
    jwe.kid = jwe.header.value(QLatin1String("kid")).toString();
    if (jwe.alg.isEmpty())
        jwe.defects << TokenInspectionText::tr("the header has no alg (RFC 7516 section 4.1.1)");
    if (jwe.enc.isEmpty())
        jwe.defects << TokenInspectionText::tr("the header has no enc (RFC 7516 section 4.1.2)");
    return jwe;
}

QString jweDecryptionKey(const JweHeader &jwe)
{
    const QString &alg = jwe.alg;
    if (alg == QLatin1String("dir"))
        return TokenInspectionText::tr("the client secret, used directly as the content key (alg dir, RFC 7518 section 4.5; "
                                       "OpenID Connect Core 10.2 derives it from the client secret)");
    if (alg.startsWith(QLatin1String("A")) && (alg.endsWith(QLatin1String("KW"))))
        return TokenInspectionText::tr("the client secret, which wraps the content key (alg %1, RFC 7518 section 4.4 and 4.7; "
                                       "OpenID Connect Core 10.2)")
            .arg(alg);
    if (alg.startsWith(QLatin1String("PBES2")))
        return TokenInspectionText::tr("a password (alg %1, RFC 7518 section 4.8)").arg(alg);
    if (alg.startsWith(QLatin1String("RSA")) || alg.startsWith(QLatin1String("ECDH-ES"))) {
        if (jwe.kid.isEmpty())
            return TokenInspectionText::tr("the client's private key (alg %1; the header names no kid, so any encryption key the client "
                                           "published in its JWKS; RFC 7516 section 4.1.6)")
                .arg(alg);
        return TokenInspectionText::tr("the client's private key with kid %1 (alg %2): the key whose public part the client "
                                       "published with that kid (RFC 7516 section 4.1.6)")
            .arg(jwe.kid, alg);
    }
    if (alg.isEmpty())
        return TokenInspectionText::tr("unknown: the header names no alg");
    return TokenInspectionText::tr("unknown: alg %1 is no key management algorithm of RFC 7518 section 4.1").arg(alg);
}

ValidationContext inspectContext(const InspectOptions &options, const Clock *clock, const JwkSet *jwks)
{
    ValidationContext ctx;
    ctx.clock = clock;
    ctx.skewSecs = options.skewSecs;
    ctx.issuer = options.issuer;
    ctx.clientId = options.audience;
    ctx.audience = options.audience;
    ctx.expectedAlg = options.alg;
    ctx.clientSecret = options.secret;
    ctx.nonce = options.nonce;
    ctx.accessToken = options.accessToken;
    ctx.code = options.code;
    ctx.state = options.state;
    ctx.jwks = jwks;
    return ctx;
}

ValidationResult inspectChecks(const ParsedJwt &jwt, const ValidationContext &ctx)
{
    // RFC 9068 2.1: a JWT access token says so in typ; it is held to the access-token checks (no azp, nonce or hashes).
    const QString typ = jwt.typ();
    if (typ.compare(QLatin1String("at+jwt"), Qt::CaseInsensitive) == 0 || typ.compare(QLatin1String("application/at+jwt"), Qt::CaseInsensitive) == 0)
        return validateAccessToken(jwt, ctx);
    return validateIdToken(jwt, ctx);
}

QString describeClaimTime(const QJsonObject &payload, const QString &claim, qint64 now)
{
    const QJsonValue value = payload.value(claim);
    if (!value.isDouble())
        return {};
    const qint64 t = secondsFromJson(value.toDouble());
    const qint64 delta = t - now;
    const qint64 abs = delta < 0 ? -delta : delta;
    QString rel;
    if (abs < 120)
        rel = TokenInspectionText::tr("%1 s").arg(abs);
    else if (abs < 7200)
        rel = TokenInspectionText::tr("%1 min").arg(abs / 60);
    else if (abs < 172800)
        rel = TokenInspectionText::tr("%1 h %2 min").arg(abs / 3600).arg((abs % 3600) / 60);
    else
        rel = TokenInspectionText::tr("%1 days").arg(abs / 86400);
    return QStringLiteral("%1 (%2)").arg(localDateTimeText(t, u'T'),
                                         delta < 0 ? TokenInspectionText::tr("%1 ago").arg(rel) : TokenInspectionText::tr("in %1").arg(rel));
}

} // namespace tokenscope
