#include "core/tenant/ProbeGroups.h"

#include "core/tenant/ProbeSupport.h"

#include "core/common/Clock.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/Jwt.h"

#include <QRandomGenerator>

// What each case can honestly tell (README "API probes"). Tokenscope never holds the provider's signing key, so a
// token it makes can only carry a signature the provider's keys do not verify. Where one defect alone can be sent, it is:
//   bad_signature: the real token, one signature byte changed.        alg_none: the real claims, alg none, no signature.
//   hs256_with_public_key: the real claims and kid, HS256 keyed with the PEM of the provider's public key.
//   unknown_kid: the real claims, a kid the JWKS lacks (signed with a generated key: a kid names the key that signs).
//   wrong_aud: the ID token of the same sign-in (the provider's own signature, issuer and expiry; aud is the client).
//   expired: the real token itself, replayed after exp + leeway when that is near enough (apiExpiryWaitSecs).
//   no_token: no Authorization header at all.
// Two cases cannot be sent with one defect: wrong_iss (a token naming another issuer needs that issuer's key), and
// expired when waiting is not allowed: both then are the real claims with the one change, signed under the real kid
// with a generated key, and their detail says that a refusal may be the signature's.

namespace tokenscope::probe {

namespace {

const QStringList Ids{QStringLiteral("probe.api.valid"),     QStringLiteral("probe.api.expired"),
                      QStringLiteral("probe.api.wrong_aud"), QStringLiteral("probe.api.wrong_iss"),
                      QStringLiteral("probe.api.alg_none"),  QStringLiteral("probe.api.hs256_with_public_key"),
                      QStringLiteral("probe.api.unknown_kid"), QStringLiteral("probe.api.bad_signature"),
                      QStringLiteral("probe.api.no_token")};

const QString ForeignIssuer = QStringLiteral("https://issuer.tokenscope.invalid/");

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QStringList audiences(const QJsonValue &aud)
{
    if (aud.isString())
        return {aud.toString()};
    QStringList out;
    for (const QJsonValue &v : aud.toArray())
        out << v.toString();
    return out;
}

QString answerOf(const HttpExchange &ex)
{
    if (ex.status == 0)
        return ex.error.isEmpty() ? TenantProbeText::tr("no answer") : ex.error;
    const QByteArray challenge = ex.responseHeader("WWW-Authenticate");
    if (challenge.isEmpty())
        return TenantProbeText::tr("HTTP %1").arg(ex.status);
    return TenantProbeText::tr("HTTP %1, WWW-Authenticate: %2").arg(ex.status).arg(QString::fromUtf8(challenge).left(300));
}

QJsonObject dataOf(const HttpExchange &ex, const QString &made)
{
    QJsonObject data{{QStringLiteral("httpStatus"), ex.status}, {QStringLiteral("sent"), made}};
    if (const QByteArray challenge = ex.responseHeader("WWW-Authenticate"); !challenge.isEmpty())
        data.insert(QStringLiteral("wwwAuthenticate"), QString::fromUtf8(challenge).left(300));
    if (!ex.error.isEmpty())
        data.insert(QStringLiteral("error"), ex.error);
    return data;
}

} // namespace

void ApiProbes::skipAll(const QString &why)
{
    for (const QString &id : Ids)
        m_host.addResult(skipped(id, why));
}

void ApiProbes::firstStep()
{
    m_host.stage(TenantProbeText::tr("API probes"));
    const FlowState &b = m_host.flow()->state();
    if (m_host.profile().apiUrl.isEmpty()) {
        skipAll(TenantProbeText::tr("the profile has no API URL"));
        finish();
        return;
    }
    m_accessToken = b.currentAccessToken();
    if (!signedIn(b) || m_accessToken.isEmpty()) {
        skipAll(signedIn(b) ? TenantProbeText::tr("the sign-in returned no access token to call the API with")
                            : TenantProbeText::tr("the sign-in failed: %1").arg(firstFailure(m_host.report().baseline)));
        finish();
        return;
    }
    callValid();
}

void ApiProbes::send(const QString &token, bool sendHeader, const std::function<void(const HttpExchange &)> &done)
{
    HttpHeaders headers;
    if (sendHeader)
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    HttpReply *reply = m_host.http()->get(QUrl(m_host.profile().apiUrl), QStringLiteral("api"), headers);
    QObject::connect(reply, &HttpReply::finished, reply, [reply, done] {
        const HttpExchange ex = reply->exchange();
        reply->deleteLater();
        done(ex);
    });
}

// probe.api.valid: the real access token, as the sign-in returned it.
void ApiProbes::callValid()
{
    m_host.stage(TenantProbeText::tr("API: the real access token"));
    send(m_accessToken, true, [this](const HttpExchange &ex) {
        if (stopped())
            return;
        const QString made = TenantProbeText::tr("the access token from the sign-in, unchanged");
        const QJsonObject data = dataOf(ex, made);
        if (ex.isSuccess()) {
            m_host.addResult(passed(Ids[0], TenantProbeText::tr("the API accepted the real access token (%1)").arg(answerOf(ex)), data));
            prepareCases();
            runCase(0);
            return;
        }
        const bool refused = ex.status == 401 || ex.status == 403;
        m_host.addResult(failed(Ids[0],
                                refused ? TenantProbeText::tr("the API refused the real access token (%1): check the profile's audience and "
                                                              "scope, and that the API trusts this issuer")
                                              .arg(answerOf(ex))
                                        : TenantProbeText::tr("could not tell: the API answered %1 to the real access token").arg(answerOf(ex)),
                                data, refused ? FindingLevel::Error : FindingLevel::Warning));
        for (const QString &id : Ids.mid(1))
            m_host.addResult(skipped(id, TenantProbeText::tr("the API did not accept the real access token, so its refusal of a forged one "
                                                             "would tell nothing")));
        finish();
    });
}

void ApiProbes::prepareCases()
{
    m_cases.clear();
    const ParsedJwt real = parseJwt(m_accessToken.toUtf8());
    const QString alg = real.alg();
    const QString kid = real.kid();
    const bool jwt = real.structurallyValid && !alg.isEmpty() && alg != QLatin1String("none");
    const QString opaque = TenantProbeText::tr("the access token is not a signed JWT, so no token can be forged from its claims");

    // Signs header + payload the way the real token is signed, with a key made for this run (or a random HMAC
    // secret when the real token is HS*); empty when this alg cannot be made here.
    const SigningKey key = jwt ? SigningKey::generate(alg) : SigningKey{};
    const QByteArray randomSecret = randomHex(32).toLatin1();
    auto signWithOwnKey = [&](const QJsonObject &header, const QJsonObject &payload) -> QString {
        const QByteArray input = jwsSigningInput(header, payload);
        const QByteArray signature = alg.startsWith(QLatin1String("HS")) ? jwsHmac(alg, randomSecret, input) : key.sign(input);
        return signature.isEmpty() ? QString() : QString::fromLatin1(jwsCompact(input, signature));
    };
    auto addForged = [&](const QString &id, const QJsonObject &header, const QJsonObject &payload, const QString &made, const QString &forgets) {
        if (!jwt) {
            m_cases.append({id, {}, false, {}, {}, opaque});
            return;
        }
        const QString token = signWithOwnKey(header, payload);
        if (token.isEmpty()) {
            m_cases.append({id, {}, false, {}, {}, TenantProbeText::tr("Tokenscope cannot sign with %1 to forge this token").arg(alg)});
            return;
        }
        m_cases.append({id, token, true, made, forgets, {}});
    };

    // probe.api.wrong_aud: the ID token when its audience is not the access token's (one defect: the audience).
    {
        const QString id = Ids[2];
        const QString idToken = m_host.flow()->state().latestIdToken();
        const ParsedJwt parsedId = parseJwt(idToken.toUtf8());
        const QStringList atAud = audiences(real.payload.value(QStringLiteral("aud")));
        const QStringList idAud = audiences(parsedId.payload.value(QStringLiteral("aud")));
        const bool disjoint = std::none_of(idAud.begin(), idAud.end(), [&](const QString &a) { return atAud.contains(a); });
        const QString forgets = TenantProbeText::tr("the API accepted a token issued for another audience: it does not check that aud names "
                                                    "the API (RFC 9068 section 4, RFC 8725 section 3.9)");
        if (parsedId.structurallyValid && !idAud.isEmpty() && disjoint) {
            m_cases.append({id, idToken, true,
                            TenantProbeText::tr("the ID token of the same sign-in: signed by the provider, same issuer, unexpired, "
                                                "audience %1 (not the API's)")
                                .arg(idAud.join(QStringLiteral(", "))),
                            forgets, {}});
        } else {
            QJsonObject payload = real.payload;
            payload.insert(QStringLiteral("aud"), QStringLiteral("https://api.tokenscope.invalid/"));
            addForged(id, real.header, payload,
                      TenantProbeText::tr("there is no ID token for another audience, so: the real claims with aud "
                                          "https://api.tokenscope.invalid/, signed under the real kid with a key Tokenscope generated (two "
                                          "defects: a refusal may be the signature's)"),
                      forgets);
        }
    }
    // probe.api.wrong_iss: two defects, necessarily.
    {
        QJsonObject payload = real.payload;
        payload.insert(QStringLiteral("iss"), ForeignIssuer);
        addForged(Ids[3], real.header, payload,
                  TenantProbeText::tr("the real claims with iss %1, signed under the real kid with a key Tokenscope generated (a token naming "
                                      "another issuer cannot carry this provider's signature: a refusal shows that the API checks the issuer "
                                      "or the signature)")
                      .arg(ForeignIssuer),
                  TenantProbeText::tr("the API accepted a token from another issuer with a signature none of the provider's keys made: it "
                                      "checks neither the issuer nor the signature (RFC 9068 section 4, RFC 8725 sections 3.8 and 3.1)"));
    }
    // probe.api.alg_none: one defect, the algorithm (and so no signature).
    if (jwt) {
        QJsonObject header = real.header;
        header.insert(QStringLiteral("alg"), QStringLiteral("none"));
        m_cases.append({Ids[4], QString::fromLatin1(jwsSigningInput(header, real.payload) + '.'), true,
                        TenantProbeText::tr("the real header and claims with alg none and an empty signature"),
                        TenantProbeText::tr("the API accepted an unsigned token (alg none): it lets the token choose the algorithm instead of "
                                            "allowing only the provider's (RFC 8725 sections 3.1 and 3.2, RFC 9068 section 4)"),
                        {}});
    } else {
        m_cases.append({Ids[4], {}, false, {}, {}, opaque});
    }
    // probe.api.hs256_with_public_key: one defect, the algorithm, keyed with what an API that confuses them would use.
    {
        const QString id = Ids[5];
        const JsonWebKey *match = nullptr;
        int withPkey = 0;
        for (const JsonWebKey &k : m_host.flow()->state().jwks.keys) {
            if (!k.pkey())
                continue;
            ++withPkey;
            if (!kid.isEmpty() && k.kid == kid)
                match = &k;
        }
        if (!match && kid.isEmpty() && withPkey == 1) {
            for (const JsonWebKey &k : m_host.flow()->state().jwks.keys) {
                if (k.pkey())
                    match = &k;
            }
        }
        if (!jwt) {
            m_cases.append({id, {}, false, {}, {}, opaque});
        } else if (alg.startsWith(QLatin1String("HS"))) {
            m_cases.append({id, {}, false, {}, {}, TenantProbeText::tr("the access token is %1 already: there is no public key to confuse").arg(alg)});
        } else if (!match) {
            m_cases.append({id, {}, false, {}, {},
                            TenantProbeText::tr("the provider's JWKS has no public key for the access token's kid \"%1\"").arg(kid)});
        } else {
            QJsonObject header = real.header;
            header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
            const QByteArray input = jwsSigningInput(header, real.payload);
            const QByteArray mac = jwsHmac(QStringLiteral("HS256"), publicKeyPem(match->pkey()), input);
            m_cases.append({id, QString::fromLatin1(jwsCompact(input, mac)), true,
                            TenantProbeText::tr("the real header and claims with alg HS256, the HMAC keyed with the PEM text of the provider's "
                                                "public key (%1)")
                                .arg(match->describe()),
                            TenantProbeText::tr("the API accepted an HMAC made with the provider's public key as the secret: it takes the "
                                                "algorithm from the token and uses the RSA/EC key as an HMAC secret (RFC 8725 sections 2.1 and "
                                                "3.1: each key with one algorithm)"),
                            {}});
        }
    }
    // probe.api.unknown_kid: a kid the provider's JWKS lacks (a generated key signs: the kid names the signing key).
    {
        QJsonObject header = real.header;
        const QString unknown = QStringLiteral("tokenscope-probe-") + randomHex(8);
        header.insert(QStringLiteral("kid"), unknown);
        addForged(Ids[6], header, real.payload,
                  TenantProbeText::tr("the real claims under kid \"%1\", which the provider's JWKS does not have, signed with a key "
                                      "Tokenscope generated")
                      .arg(unknown),
                  TenantProbeText::tr("the API accepted a token whose kid names no key of the provider: it trusts the token when it finds "
                                      "no key instead of refusing it (RFC 8725 section 3.10, RFC 9068 section 4: the signature is validated "
                                      "with the provider's keys)"));
    }
    // probe.api.bad_signature: the real token with one signature byte changed.
    if (jwt && !real.signature.isEmpty()) {
        QByteArray signature = real.signature;
        signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
        m_cases.append({Ids[7], QString::fromLatin1(jwsCompact(real.signingInput, signature)), true,
                        TenantProbeText::tr("the real token with one bit of its signature flipped"),
                        TenantProbeText::tr("the API accepted a token whose signature does not verify: it decodes the token without "
                                            "validating the signature (RFC 8725 section 3.3, RFC 9068 section 4, RFC 7515 section 5.2)"),
                        {}});
    } else {
        m_cases.append({Ids[7], {}, false, {}, {}, opaque});
    }
    // probe.api.no_token: no Authorization header.
    m_cases.append({Ids[8], {}, false, TenantProbeText::tr("no Authorization header"),
                    TenantProbeText::tr("the API answered a request without any token: the URL is not protected (RFC 6750 section 3: a "
                                        "request without a token gets 401 and a WWW-Authenticate challenge)"),
                    {}});
}

void ApiProbes::runCase(qsizetype index)
{
    if (stopped())
        return;
    if (index >= m_cases.size()) {
        expiredLast();
        return;
    }
    const Case c = m_cases.at(index);
    if (!c.skip.isEmpty()) {
        m_host.addResult(skipped(c.id, c.skip));
        runCase(index + 1);
        return;
    }
    m_host.stage(TenantProbeText::tr("API: %1").arg(c.id));
    send(c.token, c.sendHeader, [this, c, index](const HttpExchange &ex) {
        if (stopped())
            return;
        evaluate(c, ex);
        runCase(index + 1);
    });
}

void ApiProbes::evaluate(const Case &c, const HttpExchange &ex)
{
    const QJsonObject data = dataOf(ex, c.made);
    if (ex.isSuccess())
        m_host.addResult(failed(c.id, TenantProbeText::tr("%1 (%2). Sent: %3.").arg(c.forgets, answerOf(ex), c.made), data));
    else if (ex.status == 401 || ex.status == 403)
        m_host.addResult(passed(c.id, TenantProbeText::tr("refused (%1). Sent: %2.").arg(answerOf(ex), c.made), data));
    else
        m_host.addResult(failed(c.id, TenantProbeText::tr("could not tell: the API answered %1, neither a refusal (401/403, RFC 6750 section 3.1) "
                                                          "nor an acceptance. Sent: %2.")
                                          .arg(answerOf(ex), c.made),
                                data, FindingLevel::Warning));
}

// probe.api.expired: the real token after it expired when that is near enough, else a forged one (two defects).
void ApiProbes::expiredLast()
{
    const QString id = Ids[1];
    const ParsedJwt real = parseJwt(m_accessToken.toUtf8());
    const QJsonValue exp = real.payload.value(QStringLiteral("exp"));
    const QString forgets = TenantProbeText::tr("the API accepted a token whose exp has passed: it does not check the expiry (RFC 9068 "
                                                "section 4, RFC 7519 section 4.1.4)");
    if (!real.structurallyValid || !exp.isDouble()) {
        m_host.addResult(skipped(id, real.structurallyValid ? TenantProbeText::tr("the access token has no exp claim")
                                                            : TenantProbeText::tr("the access token is not a JWT, so its expiry is unknown")));
        finish();
        return;
    }
    const TenantProbe::Options &o = m_host.options();
    const qint64 now = m_host.clock()->nowSecsSinceEpoch();
    const qint64 expiredAt = qint64(exp.toDouble()) + o.apiLeewaySecs + 1;
    const qint64 wait = std::max<qint64>(0, expiredAt - now);
    if (wait <= o.apiExpiryWaitSecs) {
        const QString made = TenantProbeText::tr("the real access token, unchanged, %1 s after its exp (the leeway allowed is %2 s)")
                                 .arg(o.apiLeewaySecs + 1)
                                 .arg(o.apiLeewaySecs);
        m_host.stage(TenantProbeText::tr("API: waiting %n s for the access token to expire", nullptr, int(wait)));
        m_host.later(int(wait * 1000), [this, id, made, forgets] {
            if (stopped())
                return;
            send(m_accessToken, true, [this, id, made, forgets](const HttpExchange &ex) {
                if (stopped())
                    return;
                evaluate(Case{id, m_accessToken, true, made, forgets, {}}, ex);
                finish();
            });
        });
        return;
    }
    // Forged: the real claims moved an hour into the past (exp, iat, nbf alike), under the real kid.
    const QString alg = real.alg();
    const SigningKey key = SigningKey::generate(alg);
    QJsonObject payload = real.payload;
    const qint64 shift = qint64(exp.toDouble()) - (now - 3600);
    for (const char *claim : {"exp", "iat", "nbf"}) {
        const QString name = QLatin1String(claim);
        if (payload.value(name).isDouble())
            payload.insert(name, qint64(payload.value(name).toDouble()) - shift);
    }
    const QByteArray input = jwsSigningInput(real.header, payload);
    const QByteArray signature = alg.startsWith(QLatin1String("HS")) ? jwsHmac(alg, randomHex(32).toLatin1(), input) : key.sign(input);
    if (signature.isEmpty()) {
        m_host.addResult(skipped(id, TenantProbeText::tr("Tokenscope cannot sign with %1 to forge this token").arg(alg)));
        finish();
        return;
    }
    const QString made = TenantProbeText::tr("the real claims with exp an hour ago, signed under the real kid with a key Tokenscope generated "
                                             "(two defects: a refusal may be the signature's; the real token expires in %1 s, more than the "
                                             "%2 s the probe may wait to replay it: --api-expiry-wait)")
                             .arg(wait)
                             .arg(o.apiExpiryWaitSecs);
    const Case c{id, QString::fromLatin1(jwsCompact(input, signature)), true, made, forgets, {}};
    m_host.stage(TenantProbeText::tr("API: %1").arg(id));
    send(c.token, true, [this, c](const HttpExchange &ex) {
        if (stopped())
            return;
        evaluate(c, ex);
        finish();
    });
}

} // namespace tokenscope::probe
