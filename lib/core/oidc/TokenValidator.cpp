#include "core/oidc/TokenValidator.h"

#include "core/common/Text.h"
#include "core/common/Translation.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/TokenHash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QVarLengthArray>

#include <cmath>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::TokenValidatorText.
struct TokenValidatorText
{
    TOKENSCOPE_CACHED_TR_FUNCTIONS(tokenscope::TokenValidatorText) // formatted per token by the batch inspect's workers
};

namespace {


// "45 s", "2 min 5 s", "2 h 5 min", "3 d 4 h".
QString formatDuration(qint64 secs)
{
    secs = std::abs(secs);
    if (secs < 60)
        return TokenValidatorText::tr("%1 s").arg(secs);
    if (secs < 3600) {
        const qint64 s = secs % 60;
        return s ? TokenValidatorText::tr("%1 min %2 s").arg(secs / 60).arg(s) : TokenValidatorText::tr("%1 min").arg(secs / 60);
    }
    if (secs < 86400) {
        const qint64 m = (secs % 3600) / 60;
        return m ? TokenValidatorText::tr("%1 h %2 min").arg(secs / 3600).arg(m) : TokenValidatorText::tr("%1 h").arg(secs / 3600);
    }
    const qint64 h = (secs % 86400) / 3600;
    return h ? TokenValidatorText::tr("%1 d %2 h").arg(secs / 86400).arg(h) : TokenValidatorText::tr("%1 d").arg(secs / 86400);
}

QString formatTime(qint64 epoch)
{
    return dateTimeText(QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC), u' ') + QLatin1String(" UTC");
}

// Latest second QDateTime formats sensibly (9999-12-31 23:59:59 UTC) and its mirror image.
constexpr qint64 MaxPlausibleTime = 253402300799;

struct TimeClaim
{
    enum State { Absent, Invalid, Present } state = Absent;
    qint64 value = 0;
    QString problem;
};

TimeClaim readTime(const QJsonObject &payload, const char *name)
{
    TimeClaim claim;
    const QJsonValue v = payload.value(QLatin1String(name));
    if (v.isUndefined())
        return claim;
    claim.state = TimeClaim::Invalid;
    if (!v.isDouble()) {
        claim.problem = TokenValidatorText::tr("%1 is not a number (a NumericDate: seconds since 1970-01-01 UTC)").arg(QLatin1String(name));
        return claim;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::abs(d) > double(MaxPlausibleTime)) {
        claim.problem = TokenValidatorText::tr("%1 is %2, which is not a plausible date (NumericDate: seconds since 1970-01-01 UTC)")
                            .arg(QLatin1String(name))
                            .arg(d, 0, 'g', 17);
        return claim;
    }
    claim.state = TimeClaim::Present;
    claim.value = qint64(std::floor(d));
    return claim;
}

enum class TokenKind { Id, Access };

// The check ids, built once (ids are part of the CLI contract: see TokenValidator.h for the order).
struct CheckIds
{
    QString prefix, format, alg, signature, iss, aud, azp, exp, iat, nbf, authTime, cHash, atHash, sHash, sub;
};

const CheckIds &checkIds(TokenKind kind)
{
    static const CheckIds id{QStringLiteral("id_token."),        QStringLiteral("id_token.format"),
                             QStringLiteral("id_token.alg"),     QStringLiteral("id_token.signature"),
                             QStringLiteral("id_token.iss"),     QStringLiteral("id_token.aud"),
                             QStringLiteral("id_token.azp"),     QStringLiteral("id_token.exp"),
                             QStringLiteral("id_token.iat"),     QStringLiteral("id_token.nbf"),
                             QStringLiteral("id_token.auth_time"), QStringLiteral("id_token.c_hash"),
                             QStringLiteral("id_token.at_hash"), QStringLiteral("id_token.s_hash"),
                             QStringLiteral("id_token.sub")};
    static const CheckIds access{QStringLiteral("access_token."),        QStringLiteral("access_token.format"),
                                 QStringLiteral("access_token.alg"),     QStringLiteral("access_token.signature"),
                                 QStringLiteral("access_token.iss"),     QStringLiteral("access_token.aud"),
                                 QStringLiteral("access_token.azp"),     QStringLiteral("access_token.exp"),
                                 QStringLiteral("access_token.iat"),     QStringLiteral("access_token.nbf"),
                                 QStringLiteral("access_token.auth_time"), QStringLiteral("access_token.c_hash"),
                                 QStringLiteral("access_token.at_hash"), QStringLiteral("access_token.s_hash"),
                                 QStringLiteral("access_token.sub")};
    return kind == TokenKind::Id ? id : access;
}

// Messages: every check records its text as a CheckDetail. Texts on the paths most tokens take (passes, the usual
// skips) are deferred: the lambda copies the values it needs (never `this` or references: the result outlives the
// validator, the token and the context) and TokenValidatorText::tr()/arg() run only if somebody reads the text. Rare failure texts are
// built at once; both give the same text.
class Validator
{
public:
    Validator(const ParsedJwt &jwt, const ValidationContext &ctx, TokenKind kind)
        : m_jwt(jwt), m_ctx(ctx), m_kind(kind), m_ids(checkIds(kind))
    {
        static const SystemClock systemClock;
        m_now = (ctx.clock ? ctx.clock : &systemClock)->nowSecsSinceEpoch();
        m_skew = std::clamp<qint64>(ctx.skewSecs, 0, 86400);
    }

    ValidationResult run()
    {
        m_result.checks.reserve(m_kind == TokenKind::Id ? 15 : 7);
        if (!checkFormat()) {
            const QString reason = TokenValidatorText::tr("not checked: the token could not be decoded (see %1format)").arg(m_ids.prefix);
            const CheckIds &i = m_ids;
            const QStringList rest = m_kind == TokenKind::Id
                ? QStringList{i.alg, i.signature, i.iss, i.aud, i.azp, i.exp, i.iat, i.nbf, i.authTime, QStringLiteral("nonce"),
                              i.cHash, i.atHash, i.sHash, i.sub}
                : QStringList{i.alg, i.signature, i.iss, i.aud, i.exp, i.nbf};
            for (const QString &checkId : rest)
                m_result.checks.append(Check::skip(checkId, reason));
            return m_result;
        }
        m_alg = m_jwt.alg();
        const bool algOk = checkAlg();
        checkSignature(algOk);
        checkIssuer();
        if (m_kind == TokenKind::Id) {
            checkIdAudience();
            checkAzp();
            checkExp();
            checkIat();
            checkNbf();
            checkAuthTime();
            checkNonce();
            // The texts are translated only when a message needs them.
            checkHash(m_ids.cHash, QLatin1String("c_hash"), m_ctx.code, m_ctx.cHashRequired,
                      QT_TRANSLATE_NOOP("TokenValidator", "the authorization code"),
                      QT_TRANSLATE_NOOP("TokenValidator", "c_hash is required in an ID token from the authorization endpoint "
                                                          "when a code is returned with it (OpenID Connect Core 3.3.2.11)"));
            checkHash(m_ids.atHash, QLatin1String("at_hash"), m_ctx.accessToken, m_ctx.atHashRequired,
                      QT_TRANSLATE_NOOP("TokenValidator", "the access token"),
                      QT_TRANSLATE_NOOP("TokenValidator", "at_hash is required in an ID token from the authorization endpoint "
                                                          "when an access token is returned with it (OpenID Connect Core "
                                                          "3.2.2.10, 3.3.2.11)"));
            checkHash(m_ids.sHash, QLatin1String("s_hash"), m_ctx.state, m_ctx.sHashRequired,
                      QT_TRANSLATE_NOOP("TokenValidator", "the state"),
                      QT_TRANSLATE_NOOP("TokenValidator", "s_hash is required for this response, but the token has none"));
            checkSub();
        } else {
            checkAccessAudience();
            checkExp();
            checkNbf();
        }
        return m_result;
    }

private:
    // A deferred text (see above), or the text at once when the caller reads every text anyway
    // (ValidationContext::formatTextsNow: the batch inspect), which spares the deferral's allocation and reference counts.
    template<typename Format>
    CheckDetail later(Format &&format) const
    {
        if (m_ctx.formatTextsNow)
            return CheckDetail(format());
        return CheckDetail::deferred(std::forward<Format>(format));
    }
    void pass(const QString &checkId, CheckDetail detail) { m_result.checks.append(Check::pass(checkId, std::move(detail))); }
    void fail(const QString &checkId, CheckDetail detail) { m_result.checks.append(Check::fail(checkId, std::move(detail))); }
    void skip(const QString &checkId, CheckDetail detail) { m_result.checks.append(Check::skip(checkId, std::move(detail))); }
    void pass(const QString &checkId, const QString &detail) { pass(checkId, CheckDetail(detail)); }
    void fail(const QString &checkId, const QString &detail) { fail(checkId, CheckDetail(detail)); }
    void skip(const QString &checkId, const QString &detail) { skip(checkId, CheckDetail(detail)); }
    QJsonValue claim(const char *name) const { return m_jwt.payload.value(QLatin1String(name)); }
    static QString skewNote(qint64 skew) { return TokenValidatorText::tr("clock skew allowed: %1 s").arg(skew); }
    QString skewNote() const { return skewNote(m_skew); }
    // The aud claim, read once (the aud and azp checks both need it).
    const QJsonValue &audClaim()
    {
        if (!m_audRead) {
            m_aud = claim("aud");
            m_audRead = true;
        }
        return m_aud;
    }

    bool checkFormat()
    {
        const QString &checkId = m_ids.format;
        if (!m_jwt.structurallyValid) {
            fail(checkId, m_jwt.defects.isEmpty() ? TokenValidatorText::tr("the token is not a well-formed JWS")
                                                  : m_jwt.defects.join(QLatin1String("; ")));
            return false;
        }
        if (!m_jwt.defects.isEmpty()) {
            fail(checkId, TokenValidatorText::tr("the token can be read, but: %1").arg(m_jwt.defects.join(QLatin1String("; "))));
        } else {
            const qsizetype claims = m_jwt.payload.size();
            pass(checkId, later([claims] { return TokenValidatorText::tr("a well-formed signed JWT (JWS compact serialization) with %1 claims").arg(claims); }));
        }
        return true;
    }

    bool checkAlg()
    {
        const QString &checkId = m_ids.alg;
        const QJsonValue algValue = m_jwt.header.value(QLatin1String("alg"));
        const QString &alg = m_alg;
        static const QStringList allAlgs = supportedJwsAlgorithms();
        static const QStringList asymmetricAlgs = [] {
            QStringList out;
            for (const QString &a : allAlgs) {
                if (isAsymmetricAlg(a))
                    out.append(a);
            }
            return out;
        }();
        const QStringList allowed = !m_ctx.allowedAlgs.isEmpty() ? m_ctx.allowedAlgs
            : m_kind == TokenKind::Id                            ? allAlgs
                                                                 : asymmetricAlgs;
        if (algValue.isUndefined()) {
            m_algProblem = TokenValidatorText::tr("the header has no alg");
        } else if (!algValue.isString()) {
            m_algProblem = TokenValidatorText::tr("the header's alg is not a string");
        } else if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            m_unsigned = true;
            m_algProblem = TokenValidatorText::tr("alg is \"%1\": the token is unsigned, and unsigned tokens are never accepted").arg(alg);
        } else if (!isSupportedJwsAlgorithm(alg)) {
            m_algProblem = TokenValidatorText::tr("alg %1 is not supported (supported: %2)").arg(quoted(alg), supportedJwsAlgorithms().join(QLatin1String(", ")));
        } else if (!allowed.contains(alg)) {
            m_algProblem = TokenValidatorText::tr("alg %1 is not allowed here (allowed: %2)").arg(alg, allowed.join(QLatin1String(", ")));
        } else if (!m_ctx.expectedAlg.isEmpty() && alg != m_ctx.expectedAlg) {
            m_algProblem = TokenValidatorText::tr("alg is %1, but the profile expects %2").arg(alg, m_ctx.expectedAlg);
        }
        if (!m_algProblem.isEmpty()) {
            fail(checkId, m_algProblem);
            return false;
        }
        if (!m_ctx.expectedAlg.isEmpty())
            pass(checkId, later([alg] { return TokenValidatorText::tr("%1, as the profile expects").arg(alg); }));
        else
            pass(checkId, later([alg, allowed] { return TokenValidatorText::tr("%1 (allowed: %2)").arg(alg, allowed.join(QLatin1String(", "))); }));
        return true;
    }

    void checkSignature(bool algOk)
    {
        const QString &checkId = m_ids.signature;
        const QString &alg = m_alg;
        if (!algOk) {
            if (m_unsigned)
                fail(checkId, TokenValidatorText::tr("the token is unsigned (alg \"%1\")%2")
                                  .arg(alg, m_jwt.signature.isEmpty() ? QString()
                                                                      : TokenValidatorText::tr("; the %1-byte signature part is ignored").arg(m_jwt.signature.size())));
            else
                fail(checkId, TokenValidatorText::tr("not verified: %1 (see %2)").arg(m_algProblem, m_ids.alg));
            return;
        }
        if (!isAsymmetricAlg(alg)) {
            // HS*: only ever the client secret, never a JWKS key (no RS/HS confusion).
            if (m_ctx.clientSecret.isEmpty()) {
                fail(checkId, TokenValidatorText::tr("%1 tokens are verified with the client secret, and no client secret is configured").arg(alg));
                return;
            }
            report(checkId, verifyJws(m_jwt, JsonWebKey::fromSecret(m_ctx.clientSecret), alg));
            return;
        }
        if (!m_ctx.jwks) {
            skip(checkId, TokenValidatorText::tr("not verified: no JWKS is available for the %1 signature").arg(alg));
            return;
        }
        const JwkSet &jwks = *m_ctx.jwks;
        if (!jwks.parsed) {
            fail(checkId, TokenValidatorText::tr("the JWKS could not be read: %1").arg(jwks.defects.join(QLatin1String("; "))));
            return;
        }

        QVarLengthArray<const JsonWebKey *, 8> candidates;
        for (const JsonWebKey &key : jwks.keys) {
            if (keyFamilyMatches(key, alg) && (key.use.isEmpty() || key.use == QLatin1String("sig"))
                && (key.alg.isEmpty() || key.alg == alg)
                && (key.keyOps.isEmpty() || key.keyOps.contains(QLatin1String("verify"))))
                candidates.append(&key);
        }

        const QString kid = m_jwt.kid();
        if (!kid.isEmpty()) {
            QVarLengthArray<const JsonWebKey *, 4> matching;
            for (const JsonWebKey *key : std::as_const(candidates)) {
                if (key->kid == kid)
                    matching.append(key);
            }
            if (matching.isEmpty()) {
                const JsonWebKey *sameKid = nullptr;
                for (const JsonWebKey &key : jwks.keys) {
                    if (key.kid == kid) {
                        sameKid = &key;
                        break;
                    }
                }
                if (!sameKid) {
                    m_result.unknownKid = true;
                    fail(checkId, TokenValidatorText::tr("no key with kid %1 in the JWKS (%2)").arg(kid, describeKids(jwks)));
                    return;
                }
                // The kid exists, but that key cannot verify this alg: say why (family, use, alg, key_ops).
                m_keyCrv = sameKid->crv;
                const SignatureResult why = verifyJws(m_jwt, *sameKid, alg);
                fail(checkId, why.ok ? TokenValidatorText::tr("key %1 from the JWKS is not a usable %2 key").arg(kid, alg) : QString(why.detail));
                return;
            }
            m_keyCrv = matching.first()->crv;
            SignatureResult first;
            for (qsizetype i = 0; i < matching.size(); ++i) {
                SignatureResult r = verifyJws(m_jwt, *matching[i], alg);
                if (r.ok) {
                    m_keyCrv = matching[i]->crv;
                    if (matching.size() == 1) {
                        report(checkId, r);
                    } else {
                        const qsizetype keys = matching.size();
                        pass(checkId, later([detail = CheckDetail(r.detail), kid, keys] {
                            return TokenValidatorText::tr("%1 (warning: kid %2 is used by %3 keys in the JWKS)").arg(detail.toString(), kid).arg(keys);
                        }));
                    }
                    return;
                }
                if (i == 0)
                    first = std::move(r);
            }
            fail(checkId, CheckDetail(first.detail));
            return;
        }

        if (candidates.size() == 1) {
            m_keyCrv = candidates.first()->crv;
            const SignatureResult r = verifyJws(m_jwt, *candidates.first(), alg);
            if (r.ok)
                pass(checkId, later([detail = CheckDetail(r.detail), alg] {
                    return detail.toString() + TokenValidatorText::tr(" (the token has no kid; the JWKS has exactly one key for %1)").arg(alg);
                }));
            else
                fail(checkId, CheckDetail(r.detail));
            return;
        }
        if (candidates.isEmpty()) {
            fail(checkId, TokenValidatorText::tr("the JWKS has no key that can verify %1, which needs %2 with use \"sig\" (%3)")
                              .arg(alg, requiredKeyDescription(alg), describeKeys(jwks)));
            return;
        }
        QStringList names;
        for (const JsonWebKey *key : std::as_const(candidates))
            names.append(key->describe());
        fail(checkId, TokenValidatorText::tr("the token has no kid, and the JWKS has %1 keys that could verify %2 (%3); OpenID Connect Core 10.1 "
                                             "requires a kid when the JWKS has several keys")
                          .arg(candidates.size())
                          .arg(alg, names.join(QLatin1String(", "))));
    }

    static QString describeKids(const JwkSet &jwks)
    {
        QStringList kids;
        for (const JsonWebKey &key : jwks.keys) {
            if (!key.kid.isEmpty())
                kids.append(key.kid);
        }
        if (jwks.keys.isEmpty())
            return TokenValidatorText::tr("the JWKS has no keys");
        if (kids.isEmpty())
            return TokenValidatorText::tr("its keys have no kids");
        return TokenValidatorText::tr("kids: %1").arg(kids.join(QLatin1String(", ")));
    }

    static QString describeKeys(const JwkSet &jwks)
    {
        if (jwks.keys.isEmpty())
            return TokenValidatorText::tr("the JWKS has no keys");
        QStringList parts;
        for (const JsonWebKey &key : jwks.keys) {
            QString family = key.crv.isEmpty() ? key.kty : key.kty + QLatin1Char(' ') + key.crv;
            if (!key.use.isEmpty())
                family += TokenValidatorText::tr(", use %1").arg(key.use);
            if (!key.alg.isEmpty())
                family += TokenValidatorText::tr(", alg %1").arg(key.alg);
            if (!key.usable())
                family += TokenValidatorText::tr(", unusable");
            parts.append(TokenValidatorText::tr("%1: %2").arg(key.kid.isEmpty() ? TokenValidatorText::tr("(no kid)") : key.kid, family));
        }
        return TokenValidatorText::tr("the JWKS has %1").arg(parts.join(QLatin1String("; ")));
    }

    void report(const QString &checkId, const SignatureResult &r)
    {
        if (r.ok)
            pass(checkId, CheckDetail(r.detail));
        else
            fail(checkId, CheckDetail(r.detail));
    }

    void checkIssuer()
    {
        const QString &checkId = m_ids.iss;
        if (m_ctx.issuer.isEmpty()) {
            skip(checkId, TokenValidatorText::tr("no expected issuer is configured"));
            return;
        }
        const QJsonValue iss = claim("iss");
        if (iss.isUndefined()) {
            fail(checkId, TokenValidatorText::tr("the token has no iss claim; %1 was expected").arg(quoted(m_ctx.issuer)));
            return;
        }
        if (!iss.isString()) {
            fail(checkId, TokenValidatorText::tr("iss is not a string"));
            return;
        }
        const QString value = iss.toString();
        if (value == m_ctx.issuer) {
            pass(checkId, later([value] { return TokenValidatorText::tr("iss is %1, as expected").arg(quoted(value)); }));
            return;
        }
        QString hint;
        if (withoutTrailingSlashes(value) == withoutTrailingSlashes(m_ctx.issuer))
            hint = TokenValidatorText::tr("; they differ only in the trailing slash, and the issuer must match exactly");
        else if (value.compare(m_ctx.issuer, Qt::CaseInsensitive) == 0)
            hint = TokenValidatorText::tr("; they differ only in letter case, and the issuer must match exactly");
        fail(checkId, TokenValidatorText::tr("iss is %1, but the expected issuer is %2%3").arg(quoted(value), quoted(m_ctx.issuer), hint));
    }

    // The aud claim as a list; nullopt (with a failure recorded) when it is missing or malformed.
    std::optional<QStringList> audiences(const QString &checkId, const QString &missingDetail)
    {
        const QJsonValue &aud = audClaim();
        if (aud.isUndefined()) {
            fail(checkId, missingDetail);
            return std::nullopt;
        }
        QStringList list;
        bool ok = aud.isString() || aud.isArray();
        if (aud.isString()) {
            list.append(aud.toString());
        } else if (aud.isArray()) {
            const QJsonArray array = aud.toArray();
            list.reserve(array.size());
            for (const QJsonValue &v : array) {
                ok = ok && v.isString();
                list.append(v.toString());
            }
        }
        if (!ok) {
            fail(checkId, TokenValidatorText::tr("aud is not a string or an array of strings"));
            return std::nullopt;
        }
        if (list.isEmpty()) {
            fail(checkId, TokenValidatorText::tr("aud is an empty array"));
            return std::nullopt;
        }
        return list;
    }

    static QString audText(const QStringList &list)
    {
        return list.size() == 1 ? quoted(list.first()) : QLatin1Char('[') + quotedList(list) + QLatin1Char(']');
    }

    void checkIdAudience()
    {
        const QString &checkId = m_ids.aud;
        const QString &clientId = m_ctx.clientId;
        if (clientId.isEmpty()) {
            skip(checkId, TokenValidatorText::tr("no client id is configured to compare aud with"));
            return;
        }
        if (audClaim().isUndefined()) {
            fail(checkId, TokenValidatorText::tr("the token has no aud claim; an ID token must name the client id %1").arg(quoted(clientId)));
            return;
        }
        const auto list = audiences(checkId, {});
        if (!list)
            return;
        if (!list->contains(clientId)) {
            fail(checkId, TokenValidatorText::tr("aud %1 does not contain the client id %2").arg(audText(*list), quoted(clientId)));
            return;
        }
        if (list->size() == 1) {
            pass(checkId, later([clientId] { return TokenValidatorText::tr("aud is the client id %1").arg(quoted(clientId)); }));
            return;
        }
        QStringList others = *list;
        others.removeAll(clientId);
        pass(checkId, later([clientId, others] {
            return TokenValidatorText::tr("aud contains the client id %1 and also %2; OpenID Connect Core 3.1.3.7 says to reject ID tokens with "
                                          "audiences you do not trust")
                .arg(quoted(clientId), quotedList(others));
        }));
    }

    void checkAzp()
    {
        const QString &checkId = m_ids.azp;
        const QJsonValue &aud = audClaim();
        const qsizetype audCount = aud.isArray() ? aud.toArray().size() : (aud.isString() ? 1 : 0);
        const QJsonValue azp = claim("azp");
        if (azp.isUndefined()) {
            if (audCount > 1)
                fail(checkId, TokenValidatorText::tr("aud has %1 values but there is no azp claim; with several audiences the authorized party "
                                                     "must be named (OpenID Connect Core 2, 3.1.3.7)")
                                  .arg(audCount));
            else
                skip(checkId, later([] { return TokenValidatorText::tr("no azp claim (needed only when aud has several values)"); }));
            return;
        }
        if (!azp.isString()) {
            fail(checkId, TokenValidatorText::tr("azp is not a string"));
            return;
        }
        const QString value = azp.toString();
        const QString &clientId = m_ctx.clientId;
        if (clientId.isEmpty()) {
            skip(checkId, later([value] { return TokenValidatorText::tr("azp is %1; no client id is configured to compare it with").arg(quoted(value)); }));
            return;
        }
        if (value == clientId)
            pass(checkId, later([clientId] { return TokenValidatorText::tr("azp is the client id %1").arg(quoted(clientId)); }));
        else
            fail(checkId, TokenValidatorText::tr("azp is %1, but the client id is %2; the token was issued to another party").arg(quoted(value), quoted(clientId)));
    }

    void checkAccessAudience()
    {
        const QString &checkId = m_ids.aud;
        const QString &audience = m_ctx.audience;
        if (audience.isEmpty()) {
            skip(checkId, TokenValidatorText::tr("no audience was requested"));
            return;
        }
        if (audClaim().isUndefined()) {
            fail(checkId, TokenValidatorText::tr("the token has no aud claim, but the audience %1 was requested").arg(quoted(audience)));
            return;
        }
        const auto list = audiences(checkId, {});
        if (!list)
            return;
        if (list->contains(audience))
            pass(checkId, later([auds = *list, audience] {
                return TokenValidatorText::tr("aud %1 contains the requested audience %2").arg(audText(auds), quoted(audience));
            }));
        else
            fail(checkId, TokenValidatorText::tr("aud %1 does not contain the requested audience %2").arg(audText(*list), quoted(audience)));
    }

    void checkExp()
    {
        const QString &checkId = m_ids.exp;
        const TimeClaim exp = readTime(m_jwt.payload, "exp");
        if (exp.state == TimeClaim::Absent) {
            fail(checkId, m_kind == TokenKind::Id ? TokenValidatorText::tr("the token has no exp claim, which every ID token must have (OpenID Connect Core 2)")
                                                  : TokenValidatorText::tr("the token has no exp claim, which a JWT access token must have (RFC 9068 section 2.2)"));
            return;
        }
        if (exp.state == TimeClaim::Invalid) {
            fail(checkId, exp.problem);
            return;
        }
        const qint64 delta = m_now - exp.value; // > 0: in the past
        const qint64 at = exp.value;
        const qint64 skew = m_skew;
        if (delta < 0)
            pass(checkId, later([delta, at] { return TokenValidatorText::tr("expires in %1, at %2").arg(formatDuration(delta), formatTime(at)); }));
        else if (delta < m_skew)
            pass(checkId, later([delta, at, skew] {
                return TokenValidatorText::tr("expired %1 ago at %2, within the allowed clock skew of %3 s").arg(formatDuration(delta), formatTime(at)).arg(skew);
            }));
        else
            fail(checkId, TokenValidatorText::tr("expired %1 ago at %2 (%3)").arg(formatDuration(delta), formatTime(at), skewNote()));
    }

    void checkIat()
    {
        const QString &checkId = m_ids.iat;
        const TimeClaim iat = readTime(m_jwt.payload, "iat");
        if (iat.state == TimeClaim::Absent) {
            fail(checkId, TokenValidatorText::tr("the token has no iat claim, which every ID token must have (OpenID Connect Core 2)"));
            return;
        }
        if (iat.state == TimeClaim::Invalid) {
            fail(checkId, iat.problem);
            return;
        }
        const qint64 ahead = iat.value - m_now;
        const qint64 at = iat.value;
        const qint64 skew = m_skew;
        if (ahead > m_skew)
            fail(checkId, TokenValidatorText::tr("issued %1 in the future, at %2 (%3); check this computer's clock or the provider's")
                              .arg(formatDuration(ahead), formatTime(at), skewNote()));
        else if (m_ctx.maxIatAgeSecs && -ahead > *m_ctx.maxIatAgeSecs + m_skew)
            fail(checkId, TokenValidatorText::tr("issued %1 ago, at %2: too far in the past for an ID token that arrives with the authorization "
                                                 "response, which is used at once (at most %3 old, as oauth4webapi; OpenID Connect Core 3.1.3.7 "
                                                 "lets the client set this limit); a stale or replayed response (%4)")
                              .arg(formatDuration(ahead), formatTime(at), formatDuration(*m_ctx.maxIatAgeSecs), skewNote()));
        else if (ahead > 0)
            pass(checkId, later([ahead, at, skew] {
                return TokenValidatorText::tr("issued at %1, %2 in the future but within the allowed clock skew of %3 s")
                    .arg(formatTime(at), formatDuration(ahead))
                    .arg(skew);
            }));
        else
            pass(checkId, later([ahead, at] { return TokenValidatorText::tr("issued %1 ago at %2").arg(formatDuration(ahead), formatTime(at)); }));
    }

    void checkNbf()
    {
        const QString &checkId = m_ids.nbf;
        const TimeClaim nbf = readTime(m_jwt.payload, "nbf");
        if (nbf.state == TimeClaim::Absent) {
            skip(checkId, later([] { return TokenValidatorText::tr("no nbf claim"); }));
            return;
        }
        if (nbf.state == TimeClaim::Invalid) {
            fail(checkId, nbf.problem);
            return;
        }
        const qint64 ahead = nbf.value - m_now;
        const qint64 at = nbf.value;
        const qint64 skew = m_skew;
        if (ahead > m_skew)
            fail(checkId, TokenValidatorText::tr("not valid before %1, %2 from now (%3)").arg(formatTime(at), formatDuration(ahead), skewNote()));
        else if (ahead > 0)
            pass(checkId, later([ahead, at, skew] {
                return TokenValidatorText::tr("valid from %1, %2 from now but within the allowed clock skew of %3 s")
                    .arg(formatTime(at), formatDuration(ahead))
                    .arg(skew);
            }));
        else
            pass(checkId, later([ahead, at] { return TokenValidatorText::tr("valid since %1 (%2 ago)").arg(formatTime(at), formatDuration(ahead)); }));
    }

    void checkAuthTime()
    {
        const QString &checkId = m_ids.authTime;
        const TimeClaim authTime = readTime(m_jwt.payload, "auth_time");
        if (authTime.state == TimeClaim::Absent) {
            if (m_ctx.maxAge)
                fail(checkId, TokenValidatorText::tr("max_age=%1 was sent, so the token must have auth_time (OpenID Connect Core 3.1.2.1), and it has none")
                                  .arg(*m_ctx.maxAge));
            else
                skip(checkId, later([] { return TokenValidatorText::tr("no max_age was sent and the token has no auth_time"); }));
            return;
        }
        if (authTime.state == TimeClaim::Invalid) {
            fail(checkId, authTime.problem);
            return;
        }
        const qint64 age = m_now - authTime.value;
        const qint64 at = authTime.value;
        if (-age > m_skew) {
            fail(checkId, TokenValidatorText::tr("the user authenticated %1 in the future, at %2 (%3)").arg(formatDuration(age), formatTime(at), skewNote()));
            return;
        }
        if (at < EarliestPlausibleAuthTime) {
            fail(checkId, TokenValidatorText::tr("auth_time is %1 (%2), before any OpenID Connect authentication could have happened (OpenID "
                                                 "Connect Core 1.0 dates from February 2014): the provider sends a placeholder, not the time "
                                                 "the user authenticated (OpenID Connect Core 2)")
                              .arg(at)
                              .arg(formatTime(at)));
            return;
        }
        if (const TimeClaim iat = readTime(m_jwt.payload, "iat"); iat.state == TimeClaim::Present && at - iat.value > m_skew) {
            fail(checkId, TokenValidatorText::tr("the user authenticated at %1, %2 after the token was issued (iat %3): auth_time cannot be "
                                                 "later than iat (%4)")
                              .arg(formatTime(at), formatDuration(at - iat.value), formatTime(iat.value), skewNote()));
            return;
        }
        if (m_ctx.expectedAuthTime && *m_ctx.expectedAuthTime != at) {
            fail(checkId, TokenValidatorText::tr("auth_time is %1, but the earlier ID token of this flow has %2: both describe the same "
                                                 "authentication and must agree (OpenID Connect Core 3.3.2.12, 3.3.3.6, 12.2)")
                              .arg(formatTime(at), formatTime(*m_ctx.expectedAuthTime)));
            return;
        }
        const auto when = [age, at] {
            return age >= 0 ? TokenValidatorText::tr("%1 ago at %2").arg(formatDuration(age), formatTime(at)) : TokenValidatorText::tr("at %1").arg(formatTime(at));
        };
        if (!m_ctx.maxAge) {
            pass(checkId, later([when] { return TokenValidatorText::tr("the user authenticated %1 (no max_age was sent, so any age is acceptable)").arg(when()); }));
            return;
        }
        const qint64 maxAge = std::max<qint64>(0, *m_ctx.maxAge);
        if (authTime.value + maxAge >= m_now - m_skew)
            pass(checkId, later([when, maxAge] { return TokenValidatorText::tr("the user authenticated %1, within max_age %2 s").arg(when()).arg(maxAge); }));
        else
            fail(checkId, TokenValidatorText::tr("the user authenticated %1, longer ago than max_age %2 s allows (%3); the provider should have asked "
                                                 "the user to log in again")
                              .arg(when())
                              .arg(maxAge)
                              .arg(skewNote()));
    }

    void checkNonce()
    {
        const QString checkId = QStringLiteral("nonce");
        const QJsonValue nonce = claim("nonce");
        if (!nonce.isUndefined() && !nonce.isString()) {
            fail(checkId, TokenValidatorText::tr("the token's nonce is not a string"));
            return;
        }
        if (m_ctx.nonce) {
            if (nonce.isUndefined())
                fail(checkId, TokenValidatorText::tr("a nonce was sent in the authorization request, but the token has no nonce claim "
                                                     "(OpenID Connect Core 3.1.3.7)"));
            else if (const QString value = nonce.toString(); value != *m_ctx.nonce)
                fail(checkId, TokenValidatorText::tr("the token's nonce %1 does not match the nonce sent, %2; the token may be replayed or from "
                                                     "another login")
                                  .arg(quoted(value), quoted(*m_ctx.nonce)));
            else
                pass(checkId, later([] { return TokenValidatorText::tr("matches the nonce sent in the authorization request"); }));
            return;
        }
        if (nonce.isUndefined()) {
            if (m_ctx.nonceRequired)
                fail(checkId, TokenValidatorText::tr("ID tokens returned from the authorization endpoint (implicit and hybrid flows) must carry "
                                                     "the nonce of the request (OpenID Connect Core 3.2.2.11), and this one has none"));
            else
                skip(checkId, later([] { return TokenValidatorText::tr("no nonce was sent"); }));
            return;
        }
        pass(checkId, later([value = nonce.toString()] {
            return TokenValidatorText::tr("the token has nonce %1, but no nonce was sent, so there is nothing to compare it with").arg(quoted(value));
        }));
    }

    void checkHash(const QString &checkId, QLatin1String claimName, const QString &value, bool required,
                   const char *valueNameText, const char *requiredReasonText)
    {
        const QJsonValue hash = m_jwt.payload.value(claimName);
        if (hash.isUndefined()) {
            if (required)
                fail(checkId, TokenValidatorText::tr(requiredReasonText));
            else
                skip(checkId, later([claimName] { return TokenValidatorText::tr("no %1 claim").arg(claimName); }));
            return;
        }
        if (!hash.isString()) {
            fail(checkId, TokenValidatorText::tr("%1 is not a string").arg(claimName));
            return;
        }
        if (value.isEmpty()) {
            skip(checkId, TokenValidatorText::tr("the token has %1, but %2 is not available to check it against").arg(claimName, TokenValidatorText::tr(valueNameText)));
            return;
        }
        const QString &alg = m_alg;
        const std::optional<QString> expected = leftHalfHash(alg, m_keyCrv, value.toUtf8());
        if (!expected) {
            if (alg == QLatin1String("EdDSA"))
                skip(checkId, TokenValidatorText::tr("cannot compute %1: EdDSA hashes depend on the curve (Ed25519 or Ed448), and no key was found to tell which")
                                  .arg(claimName));
            else
                skip(checkId, TokenValidatorText::tr("cannot compute %1: alg %2 defines no hash function").arg(claimName, quoted(alg)));
            return;
        }
        const QString actual = hash.toString();
        if (*expected == actual)
            pass(checkId, later([claimName, valueNameText, alg, crv = m_keyCrv] {
                return TokenValidatorText::tr("%1 matches %2 (left half of its %3)").arg(claimName, TokenValidatorText::tr(valueNameText), leftHalfHashName(alg, crv));
            }));
        else
            fail(checkId, TokenValidatorText::tr("%1 is %2, but the left half of the %3 of %4 is %5")
                              .arg(claimName, quoted(actual), leftHalfHashName(alg, m_keyCrv), TokenValidatorText::tr(valueNameText), quoted(*expected)));
    }

    void checkSub()
    {
        const QString &checkId = m_ids.sub;
        const QJsonValue sub = claim("sub");
        if (sub.isUndefined()) {
            fail(checkId, TokenValidatorText::tr("the token has no sub claim, which every ID token must have (OpenID Connect Core 2)"));
            return;
        }
        if (!sub.isString()) {
            fail(checkId, TokenValidatorText::tr("sub is not a string"));
            return;
        }
        const QString value = sub.toString();
        if (value.isEmpty()) {
            fail(checkId, TokenValidatorText::tr("sub is an empty string"));
            return;
        }
        // At most 3 UTF-8 bytes per UTF-16 code unit: up to 85 units cannot exceed 255 bytes (no conversion needed).
        if (value.size() > 255 / 3 && value.toUtf8().size() > 255) {
            fail(checkId, TokenValidatorText::tr("sub is %1 bytes long; OpenID Connect Core 2 allows at most 255 ASCII characters").arg(value.toUtf8().size()));
            return;
        }
        if (m_ctx.expectedSub.isEmpty()) {
            skip(checkId, later([value] { return TokenValidatorText::tr("sub is %1; there is no earlier ID token in this flow to compare it with").arg(quoted(value)); }));
            return;
        }
        if (value == m_ctx.expectedSub)
            pass(checkId, later([value] { return TokenValidatorText::tr("sub %1 is the same as in the earlier ID token of this flow").arg(quoted(value)); }));
        else
            fail(checkId, TokenValidatorText::tr("sub is %1, but the earlier ID token of this flow had %2; both must name the same user "
                                                 "(OpenID Connect Core 3.3.2.12, 12.2)")
                              .arg(quoted(value), quoted(m_ctx.expectedSub)));
    }

    const ParsedJwt &m_jwt;
    const ValidationContext &m_ctx;
    const TokenKind m_kind;
    const CheckIds &m_ids;
    qint64 m_now = 0;
    qint64 m_skew = 0;
    QString m_alg; // the header's alg when it is a string, else empty
    QString m_algProblem;
    bool m_unsigned = false;
    QString m_keyCrv; // crv of the key selected for the signature (EdDSA hashes depend on it)
    QJsonValue m_aud;
    bool m_audRead = false;
    ValidationResult m_result;
};

} // namespace

ValidationResult validateIdToken(const ParsedJwt &jwt, const ValidationContext &ctx)
{
    return Validator(jwt, ctx, TokenKind::Id).run();
}

ValidationResult validateAccessToken(const ParsedJwt &jwt, const ValidationContext &ctx)
{
    return Validator(jwt, ctx, TokenKind::Access).run();
}

} // namespace tokenscope
