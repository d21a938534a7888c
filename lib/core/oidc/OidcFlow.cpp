#include "core/oidc/OidcFlow.h"

#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/UserAgent.h"
#include "core/oidc/ClaimSources.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

namespace tokenscope {

namespace {

QByteArray formEncode(const QList<QPair<QString, QString>> &form)
{
    QByteArray out;
    for (const auto &field : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QString httpSummary(const HttpExchange &exchange)
{
    if (!exchange.error.isEmpty())
        return exchange.error;
    return QStringLiteral("HTTP %1 %2").arg(exchange.status).arg(QString::fromLatin1(exchange.reasonPhrase)).trimmed();
}

// "invalid_grant: <the provider's description> — <what it means and what to fix>", like callback.error: the error code
// and the provider's own words are what a user searches for.
QString tokenErrorSummary(const TokenResponse &response, int httpStatus)
{
    if (!response.error)
        return response.defects.join(QStringLiteral("; "));
    const OAuthError &e = *response.error;
    QString text = e.error;
    if (!e.description.isEmpty())
        text += QStringLiteral(": ") + e.description;
    return text + QStringLiteral(" — ") + explainOAuthError(e.error, e.description, httpStatus);
}

// The Reasons code of an exchange that brought no usable answer.
QString reasonOf(const HttpReply *reply)
{
    const char *kind = nullptr;
    switch (reply->error()) {
    case HttpReply::Error::Timeout: kind = "timeout"; break;
    case HttpReply::Error::TooLarge: kind = "too_large"; break;
    case HttpReply::Error::Network: kind = "network"; break;
    case HttpReply::Error::Tls: kind = "tls"; break;
    case HttpReply::Error::Cancelled: kind = "cancelled"; break;
    case HttpReply::Error::Refused: kind = "refused"; break;
    case HttpReply::Error::NoError: return Reasons::HttpPrefix + QString::number(reply->exchange().status);
    }
    return Reasons::HttpPrefix + QLatin1String(kind);
}

// The provider's OAuth error code ("oauth.invalid_grant"), else what the exchange says; a server failure (5xx) is one
// whatever its body (the engine names the code of a non-JSON answer itself).
QString reasonOf(const TokenResponse &response, const HttpReply *reply)
{
    if (response.error && !response.error->error.isEmpty() && reply->exchange().status < 500)
        return Reasons::OAuthPrefix + response.error->error;
    return reasonOf(reply);
}

// The first failed check's id; an unsigned token (alg "none") is named as such, whichever of its checks failed first.
QString reasonOf(const CheckList &checks, const TokenSet &set)
{
    const Check *c = firstFailure(checks);
    if (!c)
        return {};
    const bool id = c->id.contains(QLatin1String("id_token."));
    const bool access = c->id.contains(QLatin1String("access_token."));
    const QString &token = id ? set.idToken : access ? set.accessToken : QString();
    if (!token.isEmpty()) {
        const QString alg = parseJwt(token.toUtf8()).header.value(QLatin1String("alg")).toString();
        if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return Reasons::Unsigned;
    }
    return Reasons::CheckPrefix + c->id;
}

int failureCount(const CheckList &checks)
{
    return int(std::count_if(checks.begin(), checks.end(), [](const Check &c) { return c.status == CheckStatus::Fail; }));
}

// userinfo.signature: a signed userinfo response (OpenID Connect Core 5.3.2, application/jwt) is verified with the
// ID tokens' key rules: its alg must be one the provider advertises in userinfo_signing_alg_values_supported (any
// supported asymmetric one when it advertises none), the signature must verify with the JWKS (HS* with the client
// secret), and iss and aud are compared when present, as oauth4webapi's processUserInfoResponse (validateOptionalIssuer,
// validateOptionalAudience). `ctx` is the flow's validation context.
Check userinfoSignatureCheck(const ParsedJwt &jwt, ValidationContext ctx, const QJsonValue &advertisedAlgs)
{
    const QString id = QStringLiteral("userinfo.signature");
    const QString issuer = ctx.issuer;
    const QString clientId = ctx.clientId;
    ctx.allowedAlgs.clear();
    for (const QJsonValue &alg : advertisedAlgs.toArray()) {
        if (alg.isString())
            ctx.allowedAlgs << alg.toString();
    }
    ctx.expectedAlg.clear();
    ctx.audience.clear();
    ctx.issuer.clear();
    const ValidationResult result = validateAccessToken(jwt, ctx);
    for (const char *part : {"access_token.format", "access_token.alg", "access_token.signature"}) {
        const Check *c = findCheck(result.checks, QLatin1String(part));
        if (c && c->status == CheckStatus::Fail)
            return Check::fail(id, OidcFlow::tr("the signed userinfo response does not verify, so it is not used (OpenID Connect Core 5.3.2): %1")
                                       .arg(c->detail.toString()));
    }
    const QJsonValue iss = jwt.payload.value(QStringLiteral("iss"));
    if (!iss.isUndefined() && iss.toString() != issuer)
        return Check::fail(id, OidcFlow::tr("the signed userinfo response has iss \"%1\", not the issuer \"%2\" (OpenID Connect Core 5.3.2)")
                                   .arg(iss.isString() ? iss.toString() : QStringLiteral("?"), issuer));
    const QJsonValue aud = jwt.payload.value(QStringLiteral("aud"));
    if (!aud.isUndefined()) {
        const bool forUs = aud.isString() ? aud.toString() == clientId : aud.toArray().contains(QJsonValue(clientId));
        if (!forUs)
            return Check::fail(id, OidcFlow::tr("the signed userinfo response is not for this client: aud does not contain \"%1\" (OpenID Connect Core 5.3.2)")
                                       .arg(clientId));
    }
    const Check *signature = findCheck(result.checks, QStringLiteral("access_token.signature"));
    if (!signature || signature->status != CheckStatus::Pass)
        return Check::skip(id, OidcFlow::tr("the signed userinfo response could not be verified: %1")
                                   .arg(signature ? signature->detail.toString() : OidcFlow::tr("no signature check ran")));
    return Check::pass(id, OidcFlow::tr("signed (%1) and verified; %2").arg(jwt.alg(), signature->detail.toString()));
}

// RFC 6749 6: the refresh grant (the refresh step, and the revocation's probe that the token is dead).
QList<QPair<QString, QString>> refreshGrant(const QString &refreshToken)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}, {QStringLiteral("refresh_token"), refreshToken}};
}

} // namespace

OidcFlow::OidcFlow(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock)
{
    Q_ASSERT(http && clock);
    setUserAgent(userAgent);
    connect(m_http, &HttpClient::exchangeFinished, this, [this](const HttpExchange &exchange) { m_state.exchanges.append(exchange); });
}

void OidcFlow::setUserAgent(UserAgent *userAgent)
{
    if (m_running || userAgent == m_userAgent)
        return;
    if (m_userAgent)
        disconnect(m_userAgent, nullptr, this, nullptr);
    m_userAgent = userAgent;
    if (m_userAgent) {
        connect(m_userAgent, &UserAgent::callbackReceived, this, &OidcFlow::onCallback);
        connect(m_userAgent, &UserAgent::failed, this, &OidcFlow::onUserAgentFailed);
        connect(m_userAgent, &UserAgent::refused, this, [this](const QString &what) {
            if (m_running)
                m_state.browserRefusals.append(what);
        });
    }
}

UserAgent *OidcFlow::userAgent() const
{
    return m_userAgent;
}

void OidcFlow::setProfile(const Profile &profile)
{
    m_state = FlowState{};
    m_state.profile = profile;
}

void OidcFlow::start()
{
    if (m_running) {
        emit errorOccurred(Error::Busy, tr("a sign-in is already running"));
        return;
    }
    const Profile profile = m_state.profile;
    m_state = FlowState{};
    m_state.profile = profile;
    m_jwksRefetched = false;
    emit tokensChanged();
    runPipeline({[this] { stepDiscovery(); },
                 [this] { stepAuthorize(); },
                 [this] { stepToken(); },
                 [this] { stepUserinfo(); },
                 [this] {
                     if (!m_options.callApi || m_state.profile.apiUrl.isEmpty()) {
                         skipStep(Steps::Api, m_options.callApi ? tr("the profile has no API URL") : tr("not requested"));
                         advance();
                         return;
                     }
                     stepApi(QUrl(m_state.profile.apiUrl), QByteArrayLiteral("GET"), {}, {});
                 },
                 [this] { stepRefresh(); },
                 [this] {
                     if (m_options.revoke)
                         stepRevoke();
                     else
                         advance(); // not part of the flow unless asked for: no step recorded
                 }},
                true);
}

void OidcFlow::runPipeline(QList<std::function<void()>> steps, bool wholeFlow)
{
    m_pipeline = std::move(steps);
    m_running = true;
    m_wholeFlow = wholeFlow;
    advance();
}

void OidcFlow::advance()
{
    if (!m_running)
        return;
    if (m_pipeline.isEmpty()) {
        m_running = false;
        if (m_wholeFlow) {
            qCInfo(lcFlow) << "flow finished, ok =" << m_state.ok();
            emit finished(m_state.ok());
        } else {
            const StepResult *last = m_state.steps.isEmpty() ? nullptr : &m_state.steps.last();
            emit actionFinished(last ? last->name : QString(), last && last->status != CheckStatus::Fail);
        }
        return;
    }
    auto step = m_pipeline.takeFirst();
    step();
}

void OidcFlow::abortFlow(Error error, const QString &description, const QString &reason)
{
    if (!m_currentStep.isEmpty())
        endStep(CheckStatus::Fail, description, reason);
    m_awaitingCallback = false;
    emit errorOccurred(error, description);
    // Record the steps that will not run, so a report always says why.
    QStringList order{Steps::Discovery, Steps::Authorize, Steps::Callback, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh};
    if (m_options.revoke)
        order << Steps::Revoke;
    if (m_wholeFlow) {
        for (const QString &name : order) {
            if (!m_state.step(name))
                skipStep(name, tr("not run: an earlier step failed"));
        }
    }
    m_pipeline.clear();
    advance();
}

void OidcFlow::cancel()
{
    if (!m_running)
        return;
    if (m_pending)
        m_pending->abort();
    if (m_userAgent && (m_awaitingCallback || m_currentStep == Steps::Logout))
        m_userAgent->cancel();
    abortFlow(Error::Cancelled, tr("cancelled by the user"), Reasons::Cancelled);
}

void OidcFlow::beginStep(const QString &name)
{
    m_currentStep = name;
    m_stepTimer.start();
    qCInfo(lcFlow).noquote() << "step" << name;
    emit stepStarted(name);
}

void OidcFlow::endStep(CheckStatus status, const QString &detail, const QString &reason)
{
    if (m_currentStep.isEmpty())
        return;
    StepResult result{m_currentStep, status, detail, m_stepTimer.elapsed(), status == CheckStatus::Fail ? reason : QString()};
    m_currentStep.clear();
    m_state.steps.append(result);
    qCInfo(lcFlow).noquote() << "step" << result.name << checkStatusName(status) << result.ms << "ms";
    emit stepFinished(result);
}

void OidcFlow::skipStep(const QString &name, const QString &reason)
{
    StepResult result{name, CheckStatus::Skip, reason, 0};
    m_state.steps.append(result);
    emit stepFinished(result);
}

void OidcFlow::addChecks(const CheckList &checks)
{
    if (checks.isEmpty())
        return;
    m_state.checks.append(checks);
    emit checksAdded(checks);
}

bool OidcFlow::takeReply(HttpReply *reply)
{
    if (m_pending == reply)
        m_pending = nullptr;
    reply->deleteLater();
    return reply->error() != HttpReply::Error::Cancelled && m_running;
}

// ---- discovery and keys ---------------------------------------------------------------------------------------

void OidcFlow::stepDiscovery()
{
    beginStep(Steps::Discovery);
    const Profile &profile = m_state.profile;
    const QUrl url = profile.discoveryUrl();
    HttpReply *reply = m_http->get(url, Steps::Discovery);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, url] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        const Profile &p = m_state.profile;
        if (!ex.isSuccess()) {
            ProviderMetadata manual = metadataFromProfile(p);
            if (manual.authorizationEndpoint.isValid()) {
                m_state.metadata = manual;
                endStep(CheckStatus::Skip, tr("no discovery document at %1 (%2); using the endpoints from the profile")
                                               .arg(url.toDisplayString(), httpSummary(ex)));
                fetchJwks([this] { advance(); });
                return;
            }
            // Unreachable or refused is most often a wrong issuer; a TLS failure or a timeout says more on its own.
            const HttpReply::Error kind = reply->error();
            abortFlow(Error::Discovery, tr("could not fetch the discovery document %1: %2. Check the issuer/domain, "
                                           "or set the endpoints by hand in the profile.")
                                            .arg(url.toDisplayString(), httpSummary(ex)),
                      kind == HttpReply::Error::Tls || kind == HttpReply::Error::Timeout ? reasonOf(reply) : Reasons::Discovery);
            return;
        }
        ProviderMetadata metadata = parseProviderMetadata(ex.responseBody, p.issuer);
        if (!metadata.fromDiscovery && metadata.raw.isEmpty()) {
            abortFlow(Error::Discovery, tr("the discovery document at %1 is unusable: %2")
                                            .arg(url.toDisplayString(), metadata.defects.join(QStringLiteral("; "))),
                      Reasons::Discovery);
            return;
        }
        if (metadata.issuer != p.issuer) {
            abortFlow(Error::Discovery,
                      tr("the discovery document's issuer \"%1\" is not the issuer it was fetched for, \"%2\" (OpenID Connect "
                         "Discovery 4.3 forbids using it). Set the profile's issuer to exactly the provider's issuer.")
                          .arg(metadata.issuer, p.issuer),
                      Reasons::IssuerMismatch);
            return;
        }
        m_state.metadata = withProfileOverrides(metadata, p);
        QString detail = tr("issuer %1").arg(metadata.issuer);
        if (!metadata.defects.isEmpty())
            detail += QStringLiteral("; ") + metadata.defects.join(QStringLiteral("; "));
        fetchJwks([this, detail] {
            if (!m_currentStep.isEmpty()) {
                QString keys = tr("; %n signing key(s) in the JWKS", nullptr, int(m_state.jwks.keys.size()));
                if (!m_state.jwks.parsed) // say why there are none (not JSON, not reachable, ...), not just "0"
                    keys += QStringLiteral(" (") + m_state.jwks.defects.join(QStringLiteral("; ")) + QLatin1Char(')');
                // An unreadable JWKS is the provider's defect and fails this step, where it happened; the flow goes on so
                // that everything else is still shown (the signature checks fail with their own reasons).
                endStep(m_state.jwks.parsed ? CheckStatus::Pass : CheckStatus::Fail, detail + keys, Reasons::Jwks);
            }
            advance();
        });
    });
}

void OidcFlow::fetchJwks(const Continuation &then)
{
    const QUrl jwksUri = m_state.metadata.jwksUri;
    if (!jwksUri.isValid() || jwksUri.isEmpty()) {
        m_state.jwks = JwkSet{};
        m_state.jwks.defects << tr("the provider has no jwks_uri");
        then();
        return;
    }
    HttpReply *reply = m_http->get(jwksUri, QStringLiteral("jwks"));
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, then, jwksUri] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        if (!ex.isSuccess()) {
            m_state.jwks = JwkSet{};
            m_state.jwks.defects << tr("could not fetch the JWKS %1: %2").arg(jwksUri.toDisplayString(), httpSummary(ex));
        } else {
            m_state.jwks = parseJwks(ex.responseBody);
            if (!m_state.jwks.parsed)
                m_state.jwks.defects.prepend(tr("the JWKS at %1 could not be read").arg(jwksUri.toDisplayString()));
        }
        qCInfo(lcJose) << "JWKS has" << m_state.jwks.keys.size() << "keys";
        then();
    });
}

// ---- authorize and callback -----------------------------------------------------------------------------------

void OidcFlow::stepAuthorize()
{
    beginStep(Steps::Authorize);
    if (!m_userAgent) {
        abortFlow(Error::Authorization, tr("no browser is available to show the login page"), Reasons::Browser);
        return;
    }
    if (!m_state.metadata.authorizationEndpoint.isValid()) {
        abortFlow(Error::Authorization, tr("the provider has no authorization_endpoint"), Reasons::Discovery);
        return;
    }
    // The user agent may own the redirect URI (the system browser's loopback listener picks its port now): the request
    // is built with the URI it answers, and the token request later sends the same one.
    Profile profile = m_state.profile;
    QString agentError;
    const QUrl redirectUri = m_userAgent->prepareAuthorization(QUrl(profile.redirectUri.trimmed()), profile.effectiveResponseMode(),
                                                               &agentError);
    if (!agentError.isEmpty() || !redirectUri.isValid()) {
        abortFlow(Error::Authorization, agentError.isEmpty() ? tr("the browser cannot use the redirect URI") : agentError,
                  Reasons::Browser);
        return;
    }
    if (redirectUri != QUrl(profile.redirectUri.trimmed())) {
        qCInfo(lcFlow).noquote() << "redirect URI chosen by the user agent:" << redirectUri.toDisplayString();
        profile.redirectUri = redirectUri.toString(QUrl::FullyEncoded);
    }
    m_state.request = buildAuthorizationRequest(profile, m_state.metadata);
    for (const QString &w : std::as_const(m_state.request.warnings))
        qCInfo(lcFlow).noquote() << "authorize:" << w;
    QString mode = m_state.request.responseMode;
    if (mode.isEmpty())
        mode = m_state.profile.effectiveResponseMode();
    emit authorizationUrlReady(m_state.request.url);
    m_awaitingCallback = true;
    m_userAgent->startAuthorization(m_state.request.url, m_state.request.redirectUri, mode);
}

void OidcFlow::onUserAgentFailed(const QString &reason, const QString &code)
{
    if (!m_running)
        return;
    const QString why = code.isEmpty() ? Reasons::Browser : code;
    if (m_awaitingCallback) {
        m_awaitingCallback = false;
        abortFlow(Error::Authorization, reason, why);
    } else if (m_currentStep == Steps::Logout) {
        abortFlow(Error::Logout, reason, why);
    }
}

void OidcFlow::onCallback(const QUrl &url, const QByteArray &formBody)
{
    if (!m_running)
        return;
    if (m_currentStep == Steps::Logout) {
        const QString shown = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment);
        // RP-Initiated Logout 1.0 3: the provider sends the user agent back to the post-logout redirect URI; one that ends
        // on a page of its own (its login page, say) did not, and whether the session ended is not shown by that.
        const bool elsewhere = !url.isEmpty() && !m_postLogoutRedirect.isEmpty() && !isCallbackUrl(url, m_postLogoutRedirect);
        m_state.logoutEndedElsewhere = elsewhere ? url : QUrl();
        endStep(CheckStatus::Pass, url.isEmpty() ? tr("the logout page was opened in the system browser; Tokenscope cannot "
                                                      "see whether the provider ended the session there")
                                   : elsewhere ? tr("the logout page was confirmed, but the provider did not return to the post-logout redirect URI %1: it "
                                                    "ended on its own login page %2")
                                                     .arg(m_postLogoutRedirect.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveFragment), shown)
                                               : tr("the provider redirected to %1").arg(shown));
        m_state.authorization = {};
        m_state.token = {};
        m_state.refresh = {};
        m_state.previousRefresh = {};
        emit tokensChanged();
        advance();
        return;
    }
    if (!m_awaitingCallback)
        return;
    m_awaitingCallback = false;
    QString mode = m_state.request.responseMode;
    if (mode.isEmpty())
        mode = m_state.profile.effectiveResponseMode();
    const CallbackResponse response = parseCallback(url, formBody, mode);
    const QString arrived = callbackSourceName(response.source);
    QString arrival = arrived == mode ? tr("the provider redirected to the callback; the response arrived in the %1").arg(arrived)
                                      : tr("the provider redirected to the callback; the response arrived in the %1, although "
                                           "response_mode %2 was expected")
                                            .arg(arrived, mode);
    if (!m_state.browserRefusals.isEmpty())
        arrival += tr("; on the way the embedded browser refused what the page tried (%n time(s)): %1", nullptr, int(m_state.browserRefusals.size()))
                       .arg(m_state.browserRefusals.join(QStringLiteral("; ")));
    endStep(CheckStatus::Pass, arrival);

    beginStep(Steps::Callback);
    m_state.callback = response;
    const CheckList callbackChecks = validateCallback(response, m_state.request, m_state.metadata);
    addChecks(callbackChecks);
    if (response.isError()) {
        const Check *error = findCheck(callbackChecks, QStringLiteral("callback.error"));
        abortFlow(Error::Callback, tr("the provider answered with an error: %1")
                                       .arg(error ? error->detail : response.error()),
                  Reasons::OAuthPrefix + response.error());
        return;
    }
    const Check *state = findCheck(callbackChecks, QStringLiteral("state"));
    if (state && state->status == CheckStatus::Fail) {
        abortFlow(Error::Callback, tr("state check failed, so the response is not used (possible CSRF): %1").arg(state->detail),
                  Reasons::State);
        return;
    }
    // RFC 9207 2.4: a response whose iss is wrong (or missing although advertised) must be rejected before the code
    // is redeemed anywhere (mix-up attack).
    const Check *iss = findCheck(callbackChecks, QStringLiteral("iss_param"));
    if (iss && iss->status == CheckStatus::Fail) {
        abortFlow(Error::Callback, tr("iss check failed, so the response is not used (possible mix-up attack, RFC 9207): %1")
                                       .arg(iss->detail),
                  Reasons::MixUp);
        return;
    }

    TokenSet &front = m_state.authorization;
    front = {};
    front.idToken = response.params.value(QStringLiteral("id_token"));
    front.accessToken = response.params.value(QStringLiteral("access_token"));
    front.tokenType = response.params.value(QStringLiteral("token_type"));
    front.scope = response.params.value(QStringLiteral("scope"));
    bool expiresOk = false;
    const qint64 expires = response.params.value(QStringLiteral("expires_in")).toLongLong(&expiresOk);
    if (expiresOk)
        front.expiresIn = expires;
    front.receivedAt = QDateTime::fromSecsSinceEpoch(m_clock->nowSecsSinceEpoch());
    emit tokensChanged();

    if (front.idToken.isEmpty()) {
        finishTokenStep(front, std::nullopt, QString(), callbackChecks, QString());
        return;
    }
    const QString responseType = m_state.request.responseType;
    ValidationContext ctx = validationContext();
    ctx.nonceRequired = true; // 3.2.2.11 / 3.3.2.11: nonce is required in front-channel ID tokens
    ctx.code = response.params.value(QStringLiteral("code"));
    ctx.accessToken = front.accessToken;
    ctx.state = response.params.value(QStringLiteral("state"));
    // Core 3.1.3.7 (10) lets the client limit how old iat may be. An authorization response is used the moment it
    // arrives, so an ID token in it issued more than an hour before is stale or replayed: refused, as oauth4webapi's
    // validateHybridResponse refuses it (the FAPI client test iat-is-week-in-past expects no code exchange).
    ctx.maxIatAgeSecs = MaxFrontChannelIatAgeSecs;
    ctx.cHashRequired = responseTypeHas(responseType, QStringLiteral("code"));
    ctx.atHashRequired = responseTypeHas(responseType, QStringLiteral("token"));
    const bool issFromIdToken = issParamAwaitsIdToken(response, m_state.metadata);
    validateToken(TokenKind::Id, front.idToken, ctx, QString(), [this, callbackChecks, issFromIdToken](const CheckList &idChecks) {
        CheckList earlier = callbackChecks;
        if (issFromIdToken) {
            const Check issParam = issParamFromIdToken(idChecks);
            addChecks({issParam});
            earlier << issParam;
        }
        // OpenID Connect Core 3.3.2.8 / 3.2.2.8: an ID token from the authorization endpoint that does not validate
        // makes the whole response untrusted: its code is not redeemed, its access token not used.
        if (const Check *failed = firstFailure(idChecks))
            m_state.untrustedResponse = *failed;
        finishTokenStep(m_state.authorization, std::nullopt, QString(), earlier + idChecks, QString());
    });
}

void OidcFlow::finishTokenStep(const TokenSet &set, const std::optional<ValidationContext> &idContext, const QString &prefix,
                               const CheckList &earlier, const QString &passDetail)
{
    auto afterIdToken = [this, set, prefix, earlier, passDetail](const CheckList &idChecks) {
        validateToken(TokenKind::Access, set.accessToken, validationContext(), prefix,
                      [this, set, prefix, earlier, idChecks, passDetail](const CheckList &accessChecks) {
                          const CheckList all = earlier + idChecks + accessChecks;
                          const int failures = failureCount(all);
                          if (failures > 0)
                              endStep(CheckStatus::Fail, tr("%n check(s) failed; first: %1", nullptr, failures).arg(firstFailure(all)->summary()),
                                      reasonOf(all, set));
                          else
                              endStep(CheckStatus::Pass, passDetail.isEmpty() ? tr("%n check(s) passed", nullptr, int(all.size())) : passDetail);
                          if (m_state.untrustedResponse && !m_state.step(Steps::Token)) {
                              rejectUntrustedResponse();
                              return;
                          }
                          if (prefix == QLatin1String("token.")) {
                              // OpenID Connect Core 3.1.3.7 / 3.3.3.7: the token endpoint's ID token must validate;
                              // one that does not (or none at all, 3.1.3.3) makes the whole token response untrusted, as
                              // oauth4webapi's processAuthorizationCodeResponse rejects it: no tokens of it are used.
                              const auto idFailure = std::find_if(all.cbegin(), all.cend(), [&prefix](const Check &c) {
                                  return c.status == CheckStatus::Fail
                                      && (c.id.startsWith(prefix + QLatin1String("id_token.")) || c.id == prefix + QLatin1String("nonce"));
                              });
                              if (idFailure != all.cend()) {
                                  m_state.untrustedTokenResponse = *idFailure;
                                  rejectUntrustedTokenResponse();
                                  return;
                              }
                          }
                          advance();
                      });
    };
    if (set.idToken.isEmpty() || !idContext) {
        afterIdToken({});
        return;
    }
    validateToken(TokenKind::Id, set.idToken, *idContext, prefix, afterIdToken);
}

void OidcFlow::rejectUntrustedResponse()
{
    const QString why = m_state.untrustedResponse->summary();
    const QString code = m_state.callback ? m_state.callback->params.value(QStringLiteral("code")) : QString();
    skipStep(Steps::Token, code.isEmpty() ? tr("not run: the authorization response's ID token did not validate (%1)").arg(why)
                                          : tr("the code was not redeemed: the authorization response's ID token did not validate "
                                               "(%1), so the whole response is untrusted (OpenID Connect Core 3.3.2.8)")
                                                .arg(why));
    abortFlow(Error::Callback, tr("the authorization response's ID token did not validate, so the response is not used: %1").arg(why),
              reasonOf(CheckList{*m_state.untrustedResponse}, m_state.authorization));
}

void OidcFlow::rejectUntrustedTokenResponse()
{
    const QString why = m_state.untrustedTokenResponse->summary();
    const QString notRun = tr("not run: the token endpoint's ID token did not validate (%1), so the token response is untrusted and none "
                              "of its tokens is used (OpenID Connect Core 3.1.3.7)")
                               .arg(why);
    for (const QString &name : {Steps::Userinfo, Steps::Api, Steps::Refresh}) {
        if (!m_state.step(name))
            skipStep(name, notRun);
    }
    abortFlow(Error::Token, tr("the token endpoint's ID token did not validate, so its tokens are not used: %1").arg(why),
              reasonOf(CheckList{*m_state.untrustedTokenResponse}, m_state.token));
}

// RFC 6749 7.1: a client must not use an access token whose type it does not understand. Tokenscope sends access
// tokens as Bearer (RFC 6750) only, so one whose token response's token_type check failed (missing, unknown, or DPoP
// without a proof) is not used; the reason, or empty when the current access token may be used.
QString OidcFlow::accessTokenRefusal() const
{
    const QString token = m_state.currentAccessToken();
    if (token.isEmpty())
        return {};
    const QString prefix = token == m_state.refresh.accessToken ? QStringLiteral("refresh.")
        : token == m_state.token.accessToken                    ? QStringLiteral("token.")
                                                                : QString();
    if (prefix.isEmpty())
        return {};
    const Check *type = nullptr;
    for (const Check &c : m_state.checks) {
        if (c.id == prefix + QLatin1String("token_type"))
            type = &c; // the latest one
    }
    if (!type || type->status != CheckStatus::Fail)
        return {};
    return tr("not run: the access token is not used, since a client must not use one whose token_type it does not understand (RFC 6749 "
              "7.1): %1")
        .arg(type->detail.toString());
}

TokenSet OidcFlow::tokenSetFrom(const TokenResponse &response) const
{
    TokenSet set;
    set.idToken = response.idToken;
    set.accessToken = response.accessToken;
    set.refreshToken = response.refreshToken;
    set.tokenType = response.tokenType;
    set.scope = response.scope;
    set.expiresIn = response.expiresIn;
    set.receivedAt = QDateTime::fromSecsSinceEpoch(m_clock->nowSecsSinceEpoch());
    return set;
}

// ---- token endpoint --------------------------------------------------------------------------------------------

HttpReply *OidcFlow::tokenRequest(const QString &step, QList<QPair<QString, QString>> form)
{
    return clientRequest(m_state.metadata.tokenEndpoint, step, std::move(form));
}

HttpReply *OidcFlow::clientRequest(const QUrl &endpoint, const QString &step, QList<QPair<QString, QString>> form)
{
    const Profile &p = m_state.profile;
    HttpHeaders headers;
    const QString auth = p.effectiveTokenEndpointAuth();
    if (auth == QLatin1String("client_secret_basic") && !p.clientSecret.isEmpty()) {
        // RFC 6749 2.3.1: form-urlencode both parts before Base64.
        const QByteArray credentials = QUrl::toPercentEncoding(p.clientId) + ':' + QUrl::toPercentEncoding(p.clientSecret);
        headers.append({QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()});
    } else {
        form.append({QStringLiteral("client_id"), p.clientId});
        if (auth == QLatin1String("client_secret_post"))
            form.append({QStringLiteral("client_secret"), p.clientSecret});
    }
    return m_http->post(endpoint, step, formEncode(form), QByteArrayLiteral("application/x-www-form-urlencoded"), headers);
}

void OidcFlow::stepToken()
{
    const QString code = m_state.callback ? m_state.callback->params.value(QStringLiteral("code")) : QString();
    if (code.isEmpty()) {
        skipStep(Steps::Token, tr("no authorization code in the response (response_type %1)").arg(m_state.request.responseType));
        advance();
        return;
    }
    if (!m_options.exchangeCode) {
        skipStep(Steps::Token, tr("code exchange not requested"));
        advance();
        return;
    }
    beginStep(Steps::Token);
    if (!m_state.metadata.tokenEndpoint.isValid()) {
        abortFlow(Error::Token, tr("the provider has no token_endpoint"), Reasons::Discovery);
        return;
    }
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("redirect_uri"), m_state.request.redirectUriParam}};
    if (!m_state.request.codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), m_state.request.codeVerifier});
    HttpReply *reply = tokenRequest(Steps::Token, form);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, code] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        if (!ex.error.isEmpty()) {
            abortFlow(Error::Token, tr("token endpoint: %1").arg(ex.error), reasonOf(reply));
            return;
        }
        const TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
        if (!response.ok()) {
            const QString reason = tokenErrorSummary(response, ex.status);
            abortFlow(Error::Token, tr("the token endpoint refused the code (HTTP %1): %2").arg(ex.status).arg(reason),
                      reasonOf(response, reply));
            return;
        }
        m_state.token = tokenSetFrom(response);
        const TokenSet &t = m_state.token;
        emit tokensChanged();
        // token.token_type, token.expires_in (RFC 6749 5.1, 7.1)
        CheckList checks = tokenResponseChecks(response, QStringLiteral("token."));
        addChecks(checks);

        QStringList received;
        if (!t.idToken.isEmpty())
            received << QStringLiteral("id_token");
        if (!t.accessToken.isEmpty())
            received << QStringLiteral("access_token");
        if (!t.refreshToken.isEmpty())
            received << QStringLiteral("refresh_token");
        const QString detail = tr("HTTP %1; received %2").arg(ex.status).arg(received.join(QStringLiteral(", ")));
        if (t.idToken.isEmpty()) {
            if (scopeHas(m_state.profile.scope, QStringLiteral("openid"))) {
                Check missing = Check::fail(QStringLiteral("token.id_token.format"),
                                            tr("the token endpoint returned no id_token although the scope has openid"));
                addChecks({missing});
                checks.append(missing);
            }
            finishTokenStep(t, std::nullopt, QStringLiteral("token."), checks, detail);
            return;
        }
        ValidationContext ctx = validationContext();
        ctx.nonceRequired = ctx.nonce.has_value(); // 3.1.3.7 (11): nonce sent => nonce required
        ctx.code = code;
        ctx.accessToken = t.accessToken;
        expectSameAuthentication(ctx, m_state.authorization.idToken);
        finishTokenStep(t, ctx, QStringLiteral("token."), checks, detail);
    });
}

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
    HttpReply *reply = m_http->get(m_state.metadata.userinfoEndpoint, Steps::Userinfo,
                                   {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()}});
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] {
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
    HttpHeaders all = headers;
    all.prepend({QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8()});
    const bool typed = std::any_of(headers.cbegin(), headers.cend(),
                                   [](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    if (!body.isEmpty() && !typed)
        all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    HttpReply *reply = m_http->send(method, url, Steps::Api, body, all);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] {
        if (!takeReply(reply))
            return;
        const HttpExchange &ex = reply->exchange();
        m_state.apiExchange = ex;
        if (ex.isSuccess()) {
            endStep(CheckStatus::Pass, tr("HTTP %1 in %2 ms").arg(ex.status).arg(ex.elapsedMs));
        } else {
            QString reason = httpSummary(ex);
            const QByteArray challenge = ex.responseHeader("WWW-Authenticate");
            if (!challenge.isEmpty())
                reason += tr(" — WWW-Authenticate: %1").arg(QString::fromUtf8(challenge));
            endStep(CheckStatus::Fail, tr("the API answered %1").arg(reason), reasonOf(reply));
        }
        advance();
    });
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
    HttpReply *reply = tokenRequest(Steps::Refresh, form);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply, refreshToken, askedScope] {
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
            const QString reason = tokenErrorSummary(response, ex.status);
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
        CheckList responseChecks = tokenResponseChecks(response, QStringLiteral("refresh."));
        if (!askedScope.isEmpty())
            responseChecks << refreshScopeCheck(askedScope, response.scope);
        addChecks(responseChecks);
        finishTokenStep(r, ctx, QStringLiteral("refresh."), responseChecks, detail);
    });
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
    connect(reply, &HttpReply::finished, this, [this, reply, refreshToken] {
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
        HttpReply *probe = tokenRequest(Steps::Revoke, refreshGrant(refreshToken));
        m_pending = probe;
        connect(probe, &HttpReply::finished, this, [this, probe] {
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
    });
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

// ---- validation helpers ----------------------------------------------------------------------------------------

ValidationContext OidcFlow::validationContext() const
{
    ValidationContext ctx;
    ctx.clock = m_clock;
    ctx.skewSecs = m_options.skewSecs;
    ctx.issuer = m_state.metadata.issuer.isEmpty() ? m_state.profile.issuer : m_state.metadata.issuer;
    ctx.clientId = m_state.profile.clientId;
    ctx.audience = m_state.profile.audience;
    ctx.allowedAlgs = m_state.metadata.idTokenSigningAlgs;
    ctx.expectedAlg = m_state.profile.expectedAlg;
    ctx.jwks = &m_state.jwks;
    ctx.clientSecret = m_state.profile.clientSecret.toUtf8();
    if (!m_state.request.nonce.isEmpty())
        ctx.nonce = m_state.request.nonce;
    ctx.maxAge = m_state.request.maxAge;
    return ctx;
}

void OidcFlow::validateToken(TokenKind kind, const QString &token, ValidationContext ctx, const QString &prefix,
                             const std::function<void(const CheckList &)> &then)
{
    if (token.isEmpty()) {
        then({});
        return;
    }
    if (kind == TokenKind::Access) {
        if (!looksLikeJwt(token.toUtf8())) {
            const CheckList checks{Check::skip(prefix + QStringLiteral("access_token.format"),
                                               tr("opaque access token (%n characters): only the provider can check it", nullptr,
                                                  int(token.size())))};
            addChecks(checks);
            then(checks);
            return;
        }
        ctx.allowedAlgs.clear(); // access tokens: any asymmetric algorithm the engine supports
        ctx.expectedAlg.clear();
    }
    auto validate = [this, kind, token](ValidationContext c) {
        c.jwks = &m_state.jwks;
        const ParsedJwt jwt = parseJwt(token.toUtf8());
        return kind == TokenKind::Id ? tokenscope::validateIdToken(jwt, c) : tokenscope::validateAccessToken(jwt, c);
    };
    auto deliver = [this, prefix, then](const ValidationResult &result) {
        const CheckList checks = prefixed(result.checks, prefix);
        addChecks(checks);
        then(checks);
    };
    const ValidationResult result = validate(ctx);
    if (result.unknownKid && !m_jwksRefetched) {
        // Key rotation: one JWKS refetch, then validate again (and fail for good if the kid is still unknown).
        m_jwksRefetched = true;
        qCInfo(lcJose) << "unknown kid; refetching the JWKS once";
        fetchJwks([validate, deliver, ctx] { deliver(validate(ctx)); });
        return;
    }
    deliver(result);
}

void OidcFlow::expectSameAuthentication(ValidationContext &ctx, const QString &earlierIdToken)
{
    if (earlierIdToken.isEmpty())
        return;
    const QJsonObject claims = parseJwt(earlierIdToken.toUtf8()).payload;
    ctx.expectedSub = claims.value(QStringLiteral("sub")).toString();
    if (const QJsonValue authTime = claims.value(QStringLiteral("auth_time")); authTime.isDouble())
        ctx.expectedAuthTime = qint64(std::floor(authTime.toDouble()));
}

QString OidcFlow::subjectOf(const QString &idToken) const
{
    if (idToken.isEmpty())
        return {};
    return parseJwt(idToken.toUtf8()).payload.value(QStringLiteral("sub")).toString();
}

} // namespace tokenscope
