#include "core/oidc/OidcFlow.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/UserAgent.h"
#include "core/oidc/ClaimSources.h"
#include "core/oidc/Introspection.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>
namespace tokenscope {

using namespace flowdetail;

// ---- userinfo, API, refresh ------------------------------------------------------------------------------------

// The userinfo response's aggregated and distributed claims being resolved (OpenID Connect Core 5.6.2).
struct OidcFlow::ClaimRun
{
    QList<ClaimSource> sources;
    QStringList defects;
    qsizetype index = 0;
    QHash<QString, JwkSet> keys;         // another issuer -> its JWKS, found through its discovery document
    QHash<QString, QString> keyProblems; // another issuer -> why its keys could not be had
};


void OidcFlow::stepUserinfo()
{
    const bool hasOpenid = scopeHas(m_state.profile.scope, QStringLiteral("openid"));
    if (!m_options.userinfo || !hasOpenid || !m_state.metadata.userinfoEndpoint.isValid()) {
        skipStep(Steps::Userinfo, !m_options.userinfo ? tr("not requested")
                                  : !hasOpenid        ? tr("the scope has no openid")
                                                      : tr("the provider has no userinfo_endpoint"));
        advance();
        return;
    }
    const QString accessToken = m_state.currentAccessToken();
    if (accessToken.isEmpty()) {
        skipStep(Steps::Userinfo, tr("no access token"));
        advance();
        return;
    }
    if (const QString refusal = accessTokenRefusal(); !refusal.isEmpty()) {
        skipStep(Steps::Userinfo, refusal);
        advance();
        return;
    }
    beginStep(Steps::Userinfo);
    const QUrl endpoint = m_state.metadata.userinfoEndpoint;
    const QString tokenType = m_state.currentTokenType();
    sendWithDpopNonce(endpoint,
        [this, endpoint, accessToken, tokenType] {
            return m_http->get(endpoint, Steps::Userinfo, resourceAuthorization(QByteArrayLiteral("GET"), endpoint, accessToken, tokenType));
        },
        [this](HttpReply *reply) { onUserinfoReply(reply); });
}

void OidcFlow::onUserinfoReply(HttpReply *reply)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.isSuccess()) {
        QString reason = httpSummary(ex);
        const QByteArray challenge = ex.responseHeader("WWW-Authenticate");
        if (!challenge.isEmpty())
            reason += tr(" — WWW-Authenticate: %1").arg(QString::fromUtf8(challenge));
        const Check c = Check::fail(QStringLiteral("userinfo.sub"), tr("userinfo failed: %1").arg(reason));
        addChecks({c});
        endStep(CheckStatus::Fail, reason, reasonOf(reply));
        advance();
        return;
    }
    QJsonObject claims;
    const QByteArray type = ex.responseHeader("Content-Type");
    if (type.startsWith("application/jwt")) {
        const ParsedJwt jwt = parseJwt(ex.responseBody.trimmed());
        const Check signature = userinfoSignatureCheck(jwt, validationContext(),
                                                       m_state.metadata.raw.value(QStringLiteral("userinfo_signing_alg_values_supported")));
        addChecks({signature});
        if (signature.status == CheckStatus::Fail) {
            endStep(CheckStatus::Fail, signature.detail, Reasons::CheckPrefix + signature.id);
            advance();
            return;
        }
        claims = jwt.payload;
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(ex.responseBody, &error);
        claims = doc.object();
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const Check c = Check::fail(QStringLiteral("userinfo.sub"), tr("the userinfo response is not a JSON object (%1)")
                                                                           .arg(QString::fromLatin1(type)));
            addChecks({c});
            endStep(CheckStatus::Fail, c.detail, Reasons::CheckPrefix + c.id);
            advance();
            return;
        }
    }
    m_state.userinfo = claims;
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    const QString idSub = subjectOf(m_state.latestIdToken());
    Check c;
    if (sub.isEmpty())
        c = Check::fail(QStringLiteral("userinfo.sub"), tr("the userinfo response has no sub"));
    else if (idSub.isEmpty())
        c = Check::skip(QStringLiteral("userinfo.sub"), tr("no ID token to compare with (userinfo sub %1)").arg(sub));
    else if (sub != idSub)
        c = Check::fail(QStringLiteral("userinfo.sub"),
                        tr("userinfo sub \"%1\" differs from the ID token's sub \"%2\" (OpenID Connect Core 5.3.2: "
                           "the response must not be used)")
                            .arg(sub, idSub));
    else
        c = Check::pass(QStringLiteral("userinfo.sub"), tr("same subject as the ID token: %1").arg(sub));
    addChecks({c});
    emit tokensChanged();
    const QString detail = tr("%n claim(s)", nullptr, int(claims.size())) + QStringLiteral("; ") + c.detail;
    if (c.status == CheckStatus::Fail || !hasClaimSources(claims)) {
        endStep(c.status == CheckStatus::Fail ? CheckStatus::Fail : CheckStatus::Pass, detail, Reasons::CheckPrefix + c.id);
        advance();
        return;
    }
    // OpenID Connect Core 5.6.2: the claims it names elsewhere are shown and their JWTs verified.
    auto run = std::make_shared<ClaimRun>();
    run->sources = parseClaimSources(claims, &run->defects);
    resolveClaimSources(run, [this, run, detail] {
        m_state.claimSources = run->sources;
        const Check sources = claimSourcesCheck(QStringLiteral("userinfo.claim_sources"), run->sources, run->defects);
        addChecks({sources});
        emit tokensChanged();
        if (sources.status == CheckStatus::Fail)
            endStep(CheckStatus::Fail, sources.detail, Reasons::CheckPrefix + sources.id);
        else
            endStep(CheckStatus::Pass, detail + QStringLiteral("; ") + sources.detail.toString());
        advance();
    });
}

// ---- aggregated and distributed claims (OpenID Connect Core 5.6.2) ---------------------------------------------

// One source after the other: a distributed source's JWT is fetched from its endpoint with the source's own access
// token (never this client's: it is meant for the provider alone), then the JWT is verified with the keys of its
// issuer, which for another issuer than the provider are found through that issuer's discovery document (Discovery 4).
// Every request is recorded under the step name "claims".
void OidcFlow::resolveClaimSources(const std::shared_ptr<ClaimRun> &run, const Continuation &then)
{
    if (!m_running)
        return;
    if (run->index >= run->sources.size()) {
        then();
        return;
    }
    ClaimSource &source = run->sources[run->index];
    const auto next = [this, run, then] {
        ++run->index;
        resolveClaimSources(run, then);
    };
    if (source.outcome != ClaimSource::Outcome::Pending) {
        next();
        return;
    }
    if (source.kind == ClaimSource::Kind::Distributed && source.jwt.isEmpty()) {
        if (source.accessToken.isEmpty()) {
            source.outcome = ClaimSource::Outcome::Unverified;
            source.detail = tr("not fetched: the source names no access token for its endpoint, and Tokenscope sends this client's own access "
                               "token to no one but the provider (OpenID Connect Core 5.6.2)");
            next();
            return;
        }
        HttpReply *reply = m_http->get(source.endpoint, QStringLiteral("claims"),
                                       {{QByteArrayLiteral("Authorization"), "Bearer " + source.accessToken.toUtf8()},
                                        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/jwt")}});
        m_pending = reply;
        connect(reply, &HttpReply::finished, this, [this, reply, run, then] {
            if (!takeReply(reply))
                return;
            ClaimSource &s = run->sources[run->index];
            const HttpExchange &ex = reply->exchange();
            const QByteArray body = ex.responseBody.trimmed();
            if (!ex.isSuccess()) {
                s.outcome = ClaimSource::Outcome::Unverified;
                QString why = httpSummary(ex);
                if (const QByteArray challenge = ex.responseHeader("WWW-Authenticate"); !challenge.isEmpty())
                    why += tr(" — WWW-Authenticate: %1").arg(QString::fromUtf8(challenge));
                s.detail = tr("not fetched: its endpoint answered %1").arg(why);
            } else if (!looksLikeJwt(body)) {
                s.outcome = ClaimSource::Outcome::Failed;
                s.detail = tr("its endpoint answered %1, not a JWT, which OpenID Connect Core 5.6.2 requires").arg(QString::fromLatin1(ex.responseHeader("Content-Type")));
            } else {
                s.jwt = body;
            }
            resolveClaimSources(run, then); // the same source again, now with its JWT
        });
        return;
    }
    const QString own = m_state.metadata.issuer.isEmpty() ? m_state.profile.issuer : m_state.metadata.issuer;
    const QString issuer = claimsJwtIssuer(source.jwt, own);
    const ValidationContext ctx = validationContext();
    if (parseJwt(source.jwt).alg().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        verifyClaimSource(source, nullptr, QString(), QString(), ctx);
        next();
        return;
    }
    if (issuer == own) {
        verifyClaimSource(source, &m_state.jwks, tr("the provider (%1)").arg(own), QString(), ctx);
        next();
        return;
    }
    if (run->keys.contains(issuer)) {
        verifyClaimSource(source, &run->keys[issuer], tr("its issuer %1").arg(issuer), QString(), ctx);
        next();
        return;
    }
    if (run->keyProblems.contains(issuer)) {
        verifyClaimSource(source, nullptr, QString(), run->keyProblems.value(issuer), ctx);
        next();
        return;
    }
    const QUrl discovery = discoveryUrlForIssuer(issuer);
    if (!discovery.isValid() || discovery.isRelative()) {
        run->keyProblems.insert(issuer, tr("its issuer \"%1\" is not a URL, so its keys cannot be found").arg(issuer));
        resolveClaimSources(run, then);
        return;
    }
    HttpReply *reply = m_http->get(discovery, QStringLiteral("claims"));
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, run, then, issuer, discovery] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        const ProviderMetadata metadata = ex.isSuccess() ? parseProviderMetadata(ex.responseBody, issuer) : ProviderMetadata{};
        if (!ex.isSuccess() || metadata.raw.isEmpty()) {
            run->keyProblems.insert(issuer, tr("the keys of its issuer %1 could not be found: its discovery document %2 answered %3")
                                                .arg(issuer, discovery.toDisplayString(), ex.isSuccess() ? tr("no usable document") : httpSummary(ex)));
            resolveClaimSources(run, then);
            return;
        }
        if (metadata.issuer != issuer || !metadata.jwksUri.isValid() || metadata.jwksUri.isEmpty()) {
            run->keyProblems.insert(issuer, metadata.issuer != issuer
                                                ? tr("the discovery document of %1 names another issuer, %2 (OpenID Connect Discovery 4.3), so its keys are not used")
                                                      .arg(issuer, metadata.issuer)
                                                : tr("the discovery document of %1 has no jwks_uri").arg(issuer));
            resolveClaimSources(run, then);
            return;
        }
        const QUrl jwksUri = metadata.jwksUri;
        HttpReply *keysReply = m_http->get(jwksUri, QStringLiteral("claims"));
        m_pending = keysReply;
        connect(keysReply, &HttpReply::finished, this, [this, keysReply, run, then, issuer, jwksUri] {
            if (!takeReply(keysReply))
                return;
            const HttpExchange &kex = keysReply->exchange();
            JwkSet set = kex.isSuccess() ? parseJwks(kex.responseBody) : JwkSet{};
            if (set.parsed)
                run->keys.insert(issuer, set);
            else
                run->keyProblems.insert(issuer, tr("the JWKS of its issuer %1 (%2) could not be read: %3")
                                                    .arg(issuer, jwksUri.toDisplayString(),
                                                         kex.isSuccess() ? set.defects.join(QStringLiteral("; ")) : httpSummary(kex)));
            resolveClaimSources(run, then);
        });
    });
}

void OidcFlow::stepApi(const QUrl &url, const QByteArray &method, const QByteArray &body, const HttpHeaders &headers,
                       const QString &bearer)
{
    const QString accessToken = bearer.isEmpty() ? m_state.currentAccessToken() : bearer;
    if (const QString refusal = bearer.isEmpty() ? accessTokenRefusal() : QString(); !refusal.isEmpty()) {
        skipStep(Steps::Api, refusal);
        advance();
        return;
    }
    beginStep(Steps::Api);
    if (!url.isValid() || url.scheme().isEmpty()) {
        abortFlow(Error::Api, tr("the API URL \"%1\" is not a valid URL").arg(url.toString()), Reasons::ApiUrl);
        return;
    }
    if (accessToken.isEmpty()) {
        endStep(CheckStatus::Fail, tr("no access token to call the API with"), Reasons::NoToken);
        advance();
        return;
    }
    HttpHeaders extra = headers;
    const bool typed = std::any_of(headers.cbegin(), headers.cend(),
                                   [](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    if (!body.isEmpty() && !typed)
        extra.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    // The flow's own token goes as its token_type says (DPoP with a proof when bound); a token the caller gives as Bearer.
    const QString tokenType = bearer.isEmpty() ? m_state.currentTokenType() : QStringLiteral("Bearer");
    const bool dpopBound = m_dpopKey.isValid() && isDpopTokenType(tokenType);
    // RFC 8705 3: a certificate-bound token, presented over TLS with the certificate.
    const bool certificateBound = bearer.isEmpty() && m_state.mtls && url.scheme() == QLatin1String("https")
        && confirmationMember(accessToken.toUtf8(), QLatin1String("x5t#S256")) == m_state.mtls->thumbprint;
    std::function<void(const QString &)> afterSuccess;
    if (dpopBound || certificateBound) {
        const TokenBinding binding = dpopBound ? TokenBinding::Dpop : TokenBinding::Certificate;
        afterSuccess = [this, binding, url, method, body, extra, accessToken](const QString &detail) {
            checkApiRefusesUnboundUse(binding, url, method, body, extra, accessToken, [this, detail](const Check &check) {
                const QString all = detail + QStringLiteral("; ") + check.detail.toString();
                if (check.status == CheckStatus::Fail)
                    endStep(CheckStatus::Fail, all, Reasons::CheckPrefix + check.id);
                else
                    endStep(CheckStatus::Pass, all);
                advance();
            });
        };
    }
    sendWithDpopNonce(url,
        [this, url, method, body, extra, accessToken, tokenType] {
            return m_http->send(method, url, Steps::Api, body, resourceAuthorization(method, url, accessToken, tokenType) + extra);
        },
        [this, afterSuccess](HttpReply *reply) { onApiReply(reply, afterSuccess); });
}

void OidcFlow::onApiReply(HttpReply *reply, const std::function<void(const QString &detail)> &afterSuccess)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    m_state.apiExchange = ex;
    if (ex.isSuccess()) {
        const QString detail = tr("HTTP %1 in %2 ms").arg(ex.status).arg(ex.elapsedMs);
        if (afterSuccess) {
            afterSuccess(detail);
            return;
        }
        endStep(CheckStatus::Pass, detail);
    } else {
        QString reason = httpSummary(ex);
        const QByteArray challenge = ex.responseHeader("WWW-Authenticate");
        if (!challenge.isEmpty())
            reason += tr(" — WWW-Authenticate: %1").arg(QString::fromUtf8(challenge));
        endStep(CheckStatus::Fail, tr("the API answered %1").arg(reason), reasonOf(reply));
    }
    advance();
}

void OidcFlow::stepRefresh()
{
    const QString refreshToken = m_refreshTokenOverride.isEmpty() ? m_state.currentRefreshToken() : std::exchange(m_refreshTokenOverride, {});
    if (!m_options.refresh || refreshToken.isEmpty()) {
        skipStep(Steps::Refresh, !m_options.refresh ? tr("not requested")
                                                    : tr("no refresh token was issued (ask for offline_access and allow "
                                                         "offline access on the API)"));
        advance();
        return;
    }
    beginStep(Steps::Refresh);
    QList<QPair<QString, QString>> form = refreshGrant(refreshToken);
    const QString askedScope = m_state.profile.refreshScope.simplified();
    if (!askedScope.isEmpty())
        form.append({QStringLiteral("scope"), askedScope}); // RFC 6749 6: a narrower scope than the one granted
    tokenRequest(Steps::Refresh, form, [this, refreshToken, askedScope](HttpReply *reply) { onRefreshReply(reply, refreshToken, askedScope); });
}

void OidcFlow::onRefreshReply(HttpReply *reply, const QString &refreshToken, const QString &askedScope)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        endStep(CheckStatus::Fail, tr("token endpoint: %1").arg(ex.error), reasonOf(reply));
        advance();
        return;
    }
    const TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
    if (!response.ok()) {
        // The general advice for invalid_grant is about codes; here the grant is the refresh token (and with DPoP, the
        // proof of its key).
        QString refreshAdvice;
        if (response.error && response.error->error == QLatin1String("invalid_grant")) {
            refreshAdvice = m_dpopKey.isValid() ? tr("the refresh token is unknown, expired, revoked or already rotated, or the provider refused the DPoP proof "
                                                     "that must come with it (another key than the token is bound to, a replayed jti; RFC 9449 5)")
                                                : tr("the refresh token is unknown, expired, revoked or already rotated: sign in again with offline_access "
                                                     "in the scope to get a new one");
        }
        const QString reason = tokenErrorSummary(response, ex.status, refreshAdvice);
        endStep(CheckStatus::Fail, tr("the refresh was refused (HTTP %1): %2").arg(ex.status).arg(reason),
                reasonOf(response, reply));
        advance();
        return;
    }
    m_state.previousRefresh = m_state.refresh;
    m_state.refresh = tokenSetFrom(response);
    TokenSet &r = m_state.refresh;
    // Rotation: keep the new refresh token; without rotation the old one stays valid.
    if (r.refreshToken.isEmpty())
        r.refreshToken = refreshToken;
    ++m_state.refreshCount;
    emit tokensChanged();
    const bool rotated = !response.refreshToken.isEmpty() && response.refreshToken != refreshToken;
    const QString detail = rotated ? tr("new tokens; the refresh token was rotated") : tr("new tokens; the refresh token was not rotated");
    std::optional<ValidationContext> ctx;
    if (!r.idToken.isEmpty()) {
        ctx = validationContext();
        ctx->nonceRequired = false; // Core 12.2: a refreshed ID token need not carry the nonce
        // ... so only a nonce it does carry is compared with the one sent (an absent one is not a failure).
        if (!parseJwt(r.idToken.toUtf8()).payload.contains(QStringLiteral("nonce")))
            ctx->nonce.reset();
        ctx->accessToken = r.accessToken;
        // Core 12.2: its auth_time is the original authentication's, so max_age (checked when that happened) does not
        // apply again; it must equal the earlier ID token's instead (openid-client 5 refresh() skips max_age alike).
        ctx->maxAge.reset();
        expectSameAuthentication(*ctx, m_state.token.idToken.isEmpty() ? m_state.authorization.idToken : m_state.token.idToken);
    }
    // refresh.token_type, refresh.expires_in (RFC 6749 5.1, 7.1)
    CheckList responseChecks = tokenChecks(response, QStringLiteral("refresh."));
    if (!askedScope.isEmpty())
        responseChecks << refreshScopeCheck(askedScope, response.scope);
    addChecks(responseChecks);
    finishTokenStep(r, ctx, QStringLiteral("refresh."), responseChecks, detail);
}

// refresh.scope: what a refresh that asked for a narrower scope was granted. RFC 6749 5.1: an answer without "scope"
// means the scope asked for; more than asked for is a finding.
Check OidcFlow::refreshScopeCheck(const QString &asked, const QString &granted)
{
    const QString id = QStringLiteral("refresh.scope");
    if (granted.trimmed().isEmpty())
        return Check::pass(id, tr("no scope in the answer, which means the one asked for (RFC 6749 5.1): %1").arg(asked));
    const QStringList extra = scopeValuesNotIn(granted, asked);
    if (!extra.isEmpty())
        return Check::fail(id, tr("asked for %1, but the provider granted more: %2").arg(asked, extra.join(QLatin1Char(' '))));
    return Check::pass(id, tr("asked for %1, granted %2").arg(asked, granted.simplified()));
}

void OidcFlow::stepRevoke()
{
    beginStep(Steps::Revoke);
    const QString refreshToken = m_state.currentRefreshToken();
    if (refreshToken.isEmpty()) {
        endStep(CheckStatus::Fail, tr("there is no refresh token to revoke: sign in with offline_access in the scope"), Reasons::NoToken);
        advance();
        return;
    }
    if (!m_state.metadata.revocationEndpoint.isValid()) {
        endStep(CheckStatus::Fail,
                tr("the provider advertises no revocation_endpoint (a profile can name it: \"endpoints\": {\"revocation\": ...})"),
                Reasons::Discovery);
        advance();
        return;
    }
    HttpReply *reply = clientRequest(m_state.metadata.revocationEndpoint, Steps::Revoke,
                                     {{QStringLiteral("token"), refreshToken}, {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")}});
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, refreshToken] { onRevokeReply(reply, refreshToken); });
}

void OidcFlow::onRevokeReply(HttpReply *reply, const QString &refreshToken)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        endStep(CheckStatus::Fail, tr("revocation endpoint: %1").arg(ex.error), reasonOf(reply));
        advance();
        return;
    }
    if (ex.status != 200) { // RFC 7009 2.2: 200 whether or not the token was known; an error is JSON as at /token
        const TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
        endStep(CheckStatus::Fail, tr("the revocation was refused (HTTP %1): %2").arg(ex.status).arg(tokenErrorSummary(response, ex.status)),
                reasonOf(response, reply));
        advance();
        return;
    }
    m_state.revokedRefreshToken = refreshToken;
    emit tokensChanged();
    // A 200 also answers a token the provider ignored: whether it is dead shows only when it is used, so it is used
    // once, at the token endpoint. New tokens from it are not kept: they are the finding.
    tokenRequest(Steps::Revoke, refreshGrant(refreshToken), [this](HttpReply *probe) {
        if (!takeReply(probe))
            return;
        const HttpExchange &pex = probe->exchange();
        const QString id = QStringLiteral("revoke.effective");
        Check check;
        if (!pex.error.isEmpty()) {
            check = Check::fail(id, tr("could not tell: the token endpoint did not answer (%1)").arg(pex.error));
        } else {
            const TokenResponse response = parseTokenResponse(pex.status, pex.responseHeader("Content-Type"), pex.responseBody);
            if (response.ok())
                check = Check::fail(id, tr("the provider still accepts the revoked refresh token: it issued new tokens for it"));
            else if (response.error && response.error->error == QLatin1String("invalid_grant"))
                check = Check::pass(id, tr("the token endpoint now refuses the refresh token (invalid_grant)"));
            else
                check = Check::fail(id, tr("could not tell: the token endpoint answered %1").arg(tokenErrorSummary(response, pex.status)));
        }
        addChecks({check});
        if (check.status == CheckStatus::Pass)
            endStep(CheckStatus::Pass, tr("the refresh token was revoked; the token endpoint now refuses it"));
        else
            endStep(CheckStatus::Fail, check.detail, Reasons::CheckPrefix + id);
        advance();
    });
}

// ---- introspection (RFC 7662) -----------------------------------------------------------------------------------

void OidcFlow::introspect(const QString &token)
{
    if (refuseWhileRunning())
        return;
    QList<std::function<void()>> steps;
    if (m_state.metadata.issuer.isEmpty())
        steps << [this] { stepDiscovery(); };
    steps << [this, token] { stepIntrospection(token); }; // not run when discovery fails (abortFlow)
    runPipeline(steps, false);
}

void OidcFlow::stepIntrospection(const QString &token)
{
    beginStep(Steps::Introspection);
    m_state.introspection = {};
    m_state.introspectionActive.reset();
    const QUrl endpoint = m_state.metadata.introspectionEndpoint;
    if (!endpoint.isValid() || endpoint.isEmpty()) {
        endStep(CheckStatus::Fail,
                tr("the provider advertises no introspection_endpoint (a profile can name it: \"endpoints\": {\"introspection\": ...})"),
                Reasons::Discovery);
        advance();
        return;
    }
    if (token.trimmed().isEmpty()) {
        endStep(CheckStatus::Fail, tr("no token to introspect"), Reasons::NoToken);
        advance();
        return;
    }
    // RFC 7662 2.1: the token, with the client's authentication (no token_type_hint: any kind of token may be asked about).
    HttpReply *reply = clientRequest(endpoint, Steps::Introspection, {{QStringLiteral("token"), token.trimmed()}});
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, token] { onIntrospectionReply(reply, token); });
}

void OidcFlow::onIntrospectionReply(HttpReply *reply, const QString &token)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        endStep(CheckStatus::Fail, tr("introspection endpoint: %1").arg(ex.error), reasonOf(reply));
        advance();
        return;
    }
    if (ex.status != 200) { // RFC 7662 2.3: an error (401 for the client's authentication) is JSON as at /token
        const TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
        endStep(CheckStatus::Fail, tr("the introspection endpoint refused the request (HTTP %1): %2").arg(ex.status).arg(tokenErrorSummary(response, ex.status)),
                reasonOf(response, reply));
        advance();
        return;
    }
    const IntrospectionResponse response = parseIntrospectionResponse(ex.responseBody);
    m_state.introspection = response.claims;
    m_state.introspectionActive = response.active;
    const CheckList checks = introspectionChecks(response, token);
    addChecks(checks);
    emit tokensChanged();
    if (!response.usable()) {
        endStep(CheckStatus::Fail, response.defects.join(QStringLiteral("; ")), Reasons::CheckPrefix + QStringLiteral("introspection.active"));
    } else {
        // An inactive token is what the provider found, not a failure of the request: the check says it.
        endStep(CheckStatus::Pass, *response.active ? tr("HTTP %1; the token is active").arg(ex.status)
                                                    : tr("HTTP %1; the token is not active").arg(ex.status));
    }
    advance();
}

bool OidcFlow::refuseWhileRunning()
{
    if (!m_running)
        return false;
    emit errorOccurred(Error::Busy, tr("another step is still running"));
    return true;
}

void OidcFlow::revokeRefreshToken()
{
    if (refuseWhileRunning())
        return;
    runPipeline({[this] { stepRevoke(); }}, false);
}

void OidcFlow::refreshTokens()
{
    if (refuseWhileRunning())
        return;
    runPipeline({[this] {
                     if (m_refreshTokenOverride.isEmpty() && m_state.currentRefreshToken().isEmpty()) {
                         beginStep(Steps::Refresh);
                         endStep(CheckStatus::Fail, tr("there is no refresh token: sign in with offline_access in the scope"),
                                 Reasons::NoToken);
                         advance();
                         return;
                     }
                     Options saved = m_options;
                     m_options.refresh = true;
                     stepRefresh();
                     m_options = saved;
                 }},
                false);
}

void OidcFlow::refreshTokensWith(const QString &refreshToken)
{
    if (refuseWhileRunning())
        return;
    m_refreshTokenOverride = refreshToken;
    refreshTokens();
    if (!m_running)
        m_refreshTokenOverride.clear();
}

void OidcFlow::fetchUserinfo()
{
    if (refuseWhileRunning())
        return;
    runPipeline({[this] {
                     Options saved = m_options;
                     m_options.userinfo = true;
                     stepUserinfo();
                     m_options = saved;
                 }},
                false);
}

void OidcFlow::callApi(const QUrl &url, const QByteArray &method, const QByteArray &body, const HttpHeaders &headers,
                       const QString &bearer)
{
    if (refuseWhileRunning())
        return;
    runPipeline({[this, url, method, body, headers, bearer] { stepApi(url, method, body, headers, bearer); }}, false);
}

QUrl OidcFlow::logoutUrl() const
{
    return logoutUrlFor(m_state.profile.postLogoutRedirectUri);
}

QUrl OidcFlow::logoutUrlFor(const QString &postLogoutRedirectUri) const
{
    const Profile &p = m_state.profile;
    const ProviderMetadata &m = m_state.metadata;
    QUrlQuery query;
    if (m.endSessionEndpoint.isValid() && !m.endSessionEndpoint.isEmpty()) {
        QUrl url = m.endSessionEndpoint;
        const QString hint = m_state.latestIdToken();
        if (!hint.isEmpty())
            query.addQueryItem(QStringLiteral("id_token_hint"), hint);
        query.addQueryItem(QStringLiteral("client_id"), p.clientId);
        if (!postLogoutRedirectUri.isEmpty())
            query.addQueryItem(QStringLiteral("post_logout_redirect_uri"), postLogoutRedirectUri);
        url.setQuery(query);
        return url;
    }
    if (p.isAuth0Domain()) {
        QUrl url(p.issuer);
        url.setPath(QStringLiteral("/v2/logout"));
        query.addQueryItem(QStringLiteral("client_id"), p.clientId);
        if (!postLogoutRedirectUri.isEmpty())
            query.addQueryItem(QStringLiteral("returnTo"), postLogoutRedirectUri);
        url.setQuery(query);
        return url;
    }
    return {};
}

void OidcFlow::logout()
{
    if (refuseWhileRunning())
        return;
    runPipeline({[this] {
                     beginStep(Steps::Logout);
                     if (logoutUrl().isEmpty()) {
                         abortFlow(Error::Logout, tr("the provider advertises no end_session_endpoint"), Reasons::Discovery);
                         return;
                     }
                     if (!m_userAgent) {
                         abortFlow(Error::Logout, tr("no browser is available for the logout page"), Reasons::Browser);
                         return;
                     }
                     // As for sign-in, the user agent may listen for the post-logout redirect on a port it picks now.
                     QString agentError;
                     const QUrl configured(m_state.profile.postLogoutRedirectUri.trimmed());
                     const QUrl postLogout = m_userAgent->prepareLogout(configured, &agentError);
                     if (!agentError.isEmpty()) {
                         abortFlow(Error::Logout, agentError, Reasons::Browser);
                         return;
                     }
                     const QString postLogoutParam = postLogout == configured ? m_state.profile.postLogoutRedirectUri.trimmed()
                                                                              : postLogout.toString(QUrl::FullyEncoded);
                     m_postLogoutRedirect = postLogoutParam.isEmpty() ? QUrl() : postLogout;
                     m_userAgent->startLogout(logoutUrlFor(postLogoutParam), postLogout);
                 }},
                false);
}

} // namespace tokenscope
