#include "core/oidc/OidcFlow.h"
#include "core/oidc/ClientAssertion.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/common/Logging.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/UserAgent.h"
#include "core/oidc/ClaimSources.h"
#include "core/oidc/ClientCredentials.h"
#include "core/oidc/RequestObject.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace tokenscope {

using namespace flowdetail;

OidcFlow::OidcFlow(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock)
{
    Q_ASSERT(http && clock);
    setUserAgent(userAgent);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire early, and a poll before the interval is slow_down
    connect(m_pollTimer, &QTimer::timeout, this, &OidcFlow::pollDevice);
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
    m_clientKey = ClientKey{};
    m_dpopKey = DpopKey{};
    m_asDpopNonce.clear();
    m_rsDpopNonces.clear();
    // A key that cannot be used ends the run at the token step, where the client first needs it, with nothing sent.
    auto failAtTokenStep = [this](const QString &why, const QString &reason) {
        runPipeline({[this] { stepDiscovery(); },
                     [this, why, reason] {
                         beginStep(Steps::Token);
                         abortFlow(Error::Token, why, reason);
                     }},
                    true);
    };
    const Profile &p = m_state.profile;
    const bool keySigns = p.effectiveTokenEndpointAuth() == QLatin1String("private_key_jwt");
    if (keySigns || (p.signsRequestObject() && !p.clientKey.trimmed().isEmpty())) {
        // RFC 7523 2.2, RFC 9101: the key signs every client assertion and request object of the run.
        m_clientKey = p.clientKeyPem.isEmpty() ? ClientKey{{}, {}, {}, tr("the profile's clientKey %1 was not read").arg(p.clientKey)}
                                               : clientKeyFrom(p.clientKeyPem, p.clientKeyId);
        if (!m_clientKey.error.isEmpty()) {
            failAtTokenStep(keySigns ? tr("private_key_jwt cannot sign with the client key: %1").arg(m_clientKey.error)
                                     : tr("the request object cannot be signed with the client key: %1").arg(m_clientKey.error),
                            Reasons::ClientKey);
            return;
        }
    }
    m_clientCertificate.reset();
    m_http->clearClientCertificate();
    if (p.usesMtlsAuth() || !p.clientCertificate.trimmed().isEmpty()) {
        // RFC 8705: the certificate authenticates the client (tls_client_auth, self_signed_tls_client_auth) and binds its
        // tokens; presented once the endpoints are known (useMtlsEndpoints()).
        ClientCertificate &c = m_clientCertificate.emplace(clientCertificateFrom(p.clientCertificatePem, p.clientCertificateKeyPem));
        if (p.clientCertificatePem.isEmpty())
            c.error = tr("the profile's clientCertificate %1 was not read").arg(p.clientCertificate);
        if (!c.error.isEmpty()) {
            failAtTokenStep(tr("the client certificate cannot be used for mutual TLS: %1").arg(c.error), Reasons::ClientCertificate);
            return;
        }
        m_state.mtls = MtlsState{c.certificate.subjectDisplayName(), c.thumbprint, false};
    }
    if (p.dpop) {
        // RFC 9449: one proof key for the run and what follows it (refresh, userinfo, API calls), in memory only.
        m_dpopKey = generateDpopKey(p.effectiveDpopAlg());
        if (!m_dpopKey.isValid()) {
            failAtTokenStep(tr("no DPoP proof key: %1").arg(m_dpopKey.error), Reasons::DpopKey);
            return;
        }
        m_state.dpop = DpopState{m_dpopKey.key.alg(), m_dpopKey.thumbprint, m_dpopKey.publicJwk, 0};
    }
    if (m_state.profile.effectiveGrant() == Grants::ClientCredentials) {
        // RFC 6749 4.4: the client acts on its own behalf; no user, no browser.
        const QString noUser = tr("skipped: the client credentials grant signs in no user, so there is no ID token and no userinfo "
                                  "(RFC 6749 4.4)");
        runPipeline({[this] { stepDiscovery(); },
                     [this] { stepClientCredentials(); },
                     [this, noUser] {
                         skipStep(Steps::Userinfo, noUser);
                         advance();
                     },
                     [this] { stepProfileApi(); },
                     [this] {
                         skipStep(Steps::Refresh, tr("skipped: the client credentials grant issues no refresh token (RFC 6749 "
                                                     "4.4.3); ask for a new access token instead"));
                         advance();
                     }},
                    true);
        return;
    }
    // What follows the token step of every grant that signs a user in: userinfo, the API, refresh, and revocation when
    // asked for (not part of the flow otherwise: no step recorded).
    const QList<std::function<void()>> afterSignIn{[this] { stepUserinfo(); },
                                                   [this] { stepProfileApi(); },
                                                   [this] { stepRefresh(); },
                                                   [this] {
                                                       if (m_options.revoke)
                                                           stepRevoke();
                                                       else
                                                           advance();
                                                   }};
    if (m_state.profile.effectiveGrant() == Grants::Password) {
        // RFC 6749 4.3: the client sends the user's password itself; no browser.
        runPipeline(QList<std::function<void()>>{[this] { stepDiscovery(); }, [this] { stepPassword(); }} + afterSignIn, true);
        return;
    }
    if (m_state.profile.effectiveGrant() == Grants::TokenExchange) {
        // RFC 8693: a service exchanges a token it holds for one for another API; nobody signs in.
        runPipeline({[this] { stepDiscovery(); },
                     [this] { stepTokenExchange(); },
                     [this] {
                         skipStep(Steps::Userinfo, tr("skipped: token exchange signs nobody in; the token it issues is for the "
                                                      "API asked for (RFC 8693)"));
                         advance();
                     },
                     [this] { stepProfileApi(); },
                     [this] {
                         if (m_state.currentRefreshToken().isEmpty()) {
                             skipStep(Steps::Refresh, tr("skipped: the token exchange issued no refresh token (RFC 8693 2.2.1: "
                                                         "optional); exchange the subject token again instead"));
                             advance();
                         } else {
                             stepRefresh();
                         }
                     }},
                    true);
        return;
    }
    if (m_state.profile.effectiveGrant() == Grants::DeviceCode) {
        // RFC 8628: the user approves on another device (or the embedded browser); the client polls meanwhile.
        runPipeline(QList<std::function<void()>>{[this] { stepDiscovery(); },
                                                 [this] { stepDeviceAuthorization(); },
                                                 [this] { stepDevicePolling(); }}
                        + afterSignIn,
                    true);
        return;
    }
    runPipeline(QList<std::function<void()>>{[this] { stepDiscovery(); },
                                             [this] {
                                                 if (usesPar())
                                                     stepPar();
                                                 else
                                                     advance();
                                             },
                                             [this] { stepAuthorize(); },
                                             [this] { stepToken(); }}
                    + afterSignIn,
                true);
}

void OidcFlow::stepProfileApi()
{
    if (!m_options.callApi || m_state.profile.apiUrl.isEmpty()) {
        skipStep(Steps::Api, m_options.callApi ? tr("the profile has no API URL") : tr("not requested"));
        advance();
        return;
    }
    stepApi(QUrl(m_state.profile.apiUrl), QByteArrayLiteral("GET"), {}, {});
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
    m_pollTimer->stop();
    stopVerification();
    emit errorOccurred(error, description);
    // Record the steps that will not run, so a report always says why.
    QStringList order{Steps::Discovery, Steps::Authorize, Steps::Callback, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh};
    if (usesPar())
        order.insert(1, Steps::Par);
    if (const QString g = m_state.profile.effectiveGrant(); g == Grants::ClientCredentials || g == Grants::Password || g == Grants::TokenExchange)
        order = QStringList{Steps::Discovery, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh};
    else if (m_state.profile.effectiveGrant() == Grants::DeviceCode)
        order = QStringList{Steps::Discovery, Steps::DeviceAuthorization, Steps::Token, Steps::Userinfo, Steps::Api, Steps::Refresh};
    if (m_state.profile.effectiveGrant() != Grants::ClientCredentials && m_state.profile.effectiveGrant() != Grants::TokenExchange
        && m_options.revoke)
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
    connect(reply, &HttpReply::finished, this, [this, reply, url] { onDiscoveryReply(reply, url); });
}

void OidcFlow::onDiscoveryReply(HttpReply *reply, const QUrl &url)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    const Profile &p = m_state.profile;
    if (!ex.isSuccess()) {
        ProviderMetadata manual = metadataFromProfile(p);
        // A grant without a browser needs only the token endpoint.
        const QUrl needed = p.grantNeedsNoBrowser() ? manual.tokenEndpoint : manual.authorizationEndpoint;
        if (needed.isValid() && !needed.isEmpty()) {
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
    if (m_state.mtls)
        useMtlsEndpoints();
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
    connect(reply, &HttpReply::finished, this, [this, reply, then, jwksUri] { onJwksReply(reply, jwksUri, then); });
}

void OidcFlow::onJwksReply(HttpReply *reply, const QUrl &jwksUri, const Continuation &then)
{
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
}

// ---- mutual TLS (RFC 8705) ------------------------------------------------------------------------------------

QUrl OidcFlow::mtlsAlias(const QString &name) const
{
    if (!m_state.mtls)
        return {};
    const QUrl alias(m_state.metadata.raw.value(QLatin1String("mtls_endpoint_aliases")).toObject().value(name).toString());
    return alias.isValid() && alias.scheme() == QLatin1String("https") ? alias : QUrl();
}

void OidcFlow::useMtlsEndpoints()
{
    ProviderMetadata &m = m_state.metadata;
    const std::pair<const char *, QUrl *> endpoints[] = {{"token_endpoint", &m.tokenEndpoint},
                                                         {"userinfo_endpoint", &m.userinfoEndpoint},
                                                         {"revocation_endpoint", &m.revocationEndpoint},
                                                         {"introspection_endpoint", &m.introspectionEndpoint},
                                                         {"device_authorization_endpoint", &m.deviceAuthorizationEndpoint}};
    QStringList origins;
    for (const auto &[name, endpoint] : endpoints) {
        if (const QUrl alias = mtlsAlias(QLatin1String(name)); !alias.isEmpty()) {
            *endpoint = alias;
            m_state.mtls->aliases = true;
        }
        if (endpoint->isValid() && !endpoint->isEmpty())
            origins << originOf(*endpoint);
    }
    if (const QUrl par = mtlsAlias(QStringLiteral("pushed_authorization_request_endpoint")); !par.isEmpty())
        origins << originOf(par);
    // The resource server sees the certificate too: a certificate-bound token is accepted only with it (RFC 8705 3).
    if (const QUrl api(m_state.profile.apiUrl.trimmed()); api.scheme() == QLatin1String("https"))
        origins << originOf(api);
    origins.removeDuplicates();
    qCInfo(lcFlow).noquote() << "mutual TLS: the client certificate goes to" << origins.join(QStringLiteral(", "));
    m_http->setClientCertificate(m_clientCertificate->certificate, m_clientCertificate->key, origins);
}

// ---- the authorization request: plain, signed (RFC 9101) or pushed (RFC 9126) ---------------------------------

bool OidcFlow::usesPar() const
{
    return m_state.profile.effectiveGrant() == Grants::AuthorizationCode
        && (m_state.profile.par || m_state.metadata.raw.value(QLatin1String("require_pushed_authorization_requests")).toBool());
}

bool OidcFlow::prepareAuthorizationRequest()
{
    if (!m_userAgent) {
        abortFlow(Error::Authorization, tr("no browser is available to show the login page"), Reasons::Browser);
        return false;
    }
    if (!m_state.metadata.authorizationEndpoint.isValid()) {
        abortFlow(Error::Authorization, tr("the provider has no authorization_endpoint"), Reasons::Discovery);
        return false;
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
        return false;
    }
    if (redirectUri != QUrl(profile.redirectUri.trimmed())) {
        qCInfo(lcFlow).noquote() << "redirect URI chosen by the user agent:" << redirectUri.toDisplayString();
        profile.redirectUri = redirectUri.toString(QUrl::FullyEncoded);
    }
    m_state.request = buildAuthorizationRequest(profile, m_state.metadata);
    for (const QString &w : std::as_const(m_state.request.warnings))
        qCInfo(lcFlow).noquote() << "authorize:" << w;
    AuthorizationRequest &request = m_state.request;
    if (m_dpopKey.isValid() && responseTypeHas(request.responseType, QStringLiteral("code"))) {
        // RFC 9449 10: the code is bound to the proof key too, so only this key can redeem it.
        QUrlQuery query(request.url);
        query.addQueryItem(QStringLiteral("dpop_jkt"), m_dpopKey.thumbprint);
        request.url.setQuery(query);
    }
    if (profile.signsRequestObject()) {
        // RFC 9101 5: the parameters travel only inside the signed request object; client_id stays outside so that the
        // provider knows whose key verifies it.
        const QList<QPair<QString, QString>> params = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
        const QString issuer = m_state.metadata.issuer.isEmpty() ? profile.issuer : m_state.metadata.issuer;
        request.requestObject = signRequestObject(requestObjectClaims(params, profile.clientId, issuer, m_clock->nowSecsSinceEpoch(), nextJti()),
                                                  m_clientKey, profile.clientSecret);
        if (request.requestObject.isEmpty()) {
            abortFlow(Error::Authorization, tr("the request object cannot be signed: the profile has neither a clientKey nor a client secret"),
                      Reasons::RequestObjectKey);
            return false;
        }
        QUrlQuery outside;
        outside.addQueryItem(QStringLiteral("client_id"), profile.clientId);
        outside.addQueryItem(QStringLiteral("request"), QString::fromLatin1(request.requestObject));
        request.url.setQuery(outside);
    }
    return true;
}

// ---- pushed authorization request (RFC 9126) --------------------------------------------------------------------

void OidcFlow::stepPar()
{
    beginStep(Steps::Par);
    const QUrl alias = mtlsAlias(QStringLiteral("pushed_authorization_request_endpoint"));
    const QUrl endpoint = !alias.isEmpty() ? alias : QUrl(m_state.metadata.raw.value(QLatin1String("pushed_authorization_request_endpoint")).toString());
    if (!endpoint.isValid() || endpoint.isRelative()) {
        abortFlow(Error::Authorization, tr("the profile asks for PAR, but the provider advertises no pushed_authorization_request_endpoint "
                                           "(RFC 9126 5): remove \"par\" from the profile, or enable PAR at the provider"),
                  Reasons::Discovery);
        return;
    }
    if (!prepareAuthorizationRequest())
        return;
    // RFC 9126 2.1: the parameters (or the request object, with client_id) in the body, the client authenticated as at
    // the token endpoint.
    const QList<QPair<QString, QString>> form = QUrlQuery(m_state.request.url).queryItems(QUrl::FullyDecoded);
    HttpReply *reply = clientRequest(endpoint, Steps::Par, form);
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] { onParReply(reply); });
}

void OidcFlow::onParReply(HttpReply *reply)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        abortFlow(Error::Authorization, tr("pushed authorization request endpoint: %1").arg(ex.error), reasonOf(reply));
        return;
    }
    const TokenResponse answer = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
    if (answer.error || ex.status >= 300) {
        abortFlow(Error::Authorization, tr("the provider refused the pushed authorization request (HTTP %1): %2")
                                            .arg(ex.status)
                                            .arg(tokenErrorSummary(answer, ex.status)),
                  reasonOf(answer, reply));
        return;
    }
    const Check check = parRequestUriCheck(ex.status, answer.json);
    addChecks({check});
    const QString requestUri = answer.json.value(QLatin1String("request_uri")).toString();
    if (requestUri.isEmpty()) {
        abortFlow(Error::Authorization, check.detail, Reasons::ParResponse);
        return;
    }
    ParState par;
    par.requestUri = requestUri;
    par.expiresIn = qint64(answer.json.value(QLatin1String("expires_in")).toDouble());
    par.requiredByProvider = !m_state.profile.par;
    m_state.par = par;
    // RFC 9126 4: the authorization request now names only the client and the pushed request.
    QUrl url = m_state.metadata.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("client_id"), m_state.profile.clientId);
    query.addQueryItem(QStringLiteral("request_uri"), requestUri);
    url.setQuery(query);
    m_state.request.url = url;
    QString detail = par.requiredByProvider ? tr("pushed because the provider requires it (require_pushed_authorization_requests, RFC 9126 5); %1")
                                                  .arg(check.detail.toString())
                                            : check.detail.toString();
    if (!m_state.request.requestObject.isEmpty())
        detail += tr("; the parameters went inside the signed request object");
    endStep(check.status == CheckStatus::Fail ? CheckStatus::Fail : CheckStatus::Pass, detail, Reasons::CheckPrefix + check.id);
    advance();
}

// ---- authorize and callback -----------------------------------------------------------------------------------

void OidcFlow::stepAuthorize()
{
    beginStep(Steps::Authorize);
    // After PAR the request is built and pushed already (stepPar()).
    if (!m_state.par && !prepareAuthorizationRequest())
        return;
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
    } else if (m_awaitingVerification) {
        // The headless filler could not get through the verification page: nobody will approve.
        m_awaitingVerification = false;
        abortFlow(Error::Authorization, tr("the verification page: %1").arg(reason), why);
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
    if (!m_state.request.requestObject.isEmpty()) {
        // RFC 9101: what the provider was asked, as it was signed.
        const ParsedJwt requestJwt = parseJwt(m_state.request.requestObject);
        arrival += tr("; the request went as a signed request object (%1, %2): %3")
                       .arg(requestJwt.alg(), requestJwt.header.value(QLatin1String("typ")).toString(),
                            QString::fromUtf8(QJsonDocument(requestJwt.payload).toJson(QJsonDocument::Compact)));
    }
    if (m_state.par)
        arrival += tr("; the browser was sent only client_id and the pushed request_uri (RFC 9126 4)");
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

void OidcFlow::endStepWithChecks(const CheckList &all, const TokenSet &set, const QString &passDetail)
{
    const int failures = failureCount(all);
    if (failures > 0)
        endStep(CheckStatus::Fail, tr("%n check(s) failed; first: %1", nullptr, failures).arg(firstFailure(all)->summary()), reasonOf(all, set));
    else
        endStep(CheckStatus::Pass, passDetail.isEmpty() ? tr("%n check(s) passed", nullptr, int(all.size())) : passDetail);
}

void OidcFlow::finishTokenStep(const TokenSet &set, const std::optional<ValidationContext> &idContext, const QString &prefix,
                               const CheckList &earlier, const QString &passDetail)
{
    auto afterIdToken = [this, set, prefix, earlier, passDetail](const CheckList &idChecks) {
        validateToken(TokenKind::Access, set.accessToken, validationContext(), prefix,
                      [this, set, prefix, earlier, idChecks, passDetail](const CheckList &accessChecks) {
                          const CheckList all = earlier + idChecks + accessChecks;
                          endStepWithChecks(all, set, passDetail);
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

void OidcFlow::tokenRequest(const QString &step, QList<QPair<QString, QString>> form, const ReplyHandler &handle)
{
    sendWithDpopNonce(QUrl(), [this, step, form] { return clientRequest(m_state.metadata.tokenEndpoint, step, form); }, handle);
}

// The jti of an assertion, request object or proof (RFC 7519 4.1.7): a random UUID's 122 bits, unless a test asks for its own.
QString OidcFlow::nextJti() const
{
    if (m_options.jti)
        return m_options.jti();
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

HttpReply *OidcFlow::clientRequest(const QUrl &endpoint, const QString &step, QList<QPair<QString, QString>> form)
{
    const Profile &p = m_state.profile;
    HttpHeaders headers;
    const QString auth = p.effectiveTokenEndpointAuth();
    // A pushed authorization request carries client_id among its parameters (RFC 9126 2.1), whatever the authentication.
    const bool hasClientId = std::any_of(form.cbegin(), form.cend(), [](const auto &f) { return f.first == QLatin1String("client_id"); });
    if (auth == QLatin1String("client_secret_basic") && !p.clientSecret.isEmpty()) {
        // RFC 6749 2.3.1: form-urlencode both parts before Base64.
        const QByteArray credentials = QUrl::toPercentEncoding(p.clientId) + ':' + QUrl::toPercentEncoding(p.clientSecret);
        headers.append({QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()});
    } else if (auth == QLatin1String("private_key_jwt") || auth == QLatin1String("client_secret_jwt")) {
        // RFC 7523 2.2, OpenID Connect Core 9: a fresh assertion for each request, aud the token endpoint (Core 9),
        // also for the other endpoints that authenticate the client (providers accept it there).
        const QUrl audience = m_state.metadata.tokenEndpoint.isValid() && !m_state.metadata.tokenEndpoint.isEmpty() ? m_state.metadata.tokenEndpoint
                                                                                                                 : endpoint;
        const qint64 now = m_clock->nowSecsSinceEpoch();
        QByteArray assertion;
        if (auth == QLatin1String("private_key_jwt")) {
            // signed with the client's private key
            if (!m_clientKey.key.isValid()) // a single action (introspection, revocation) without a run before it
                m_clientKey = clientKeyFrom(p.clientKeyPem, p.clientKeyId);
            assertion = privateKeyJwt(m_clientKey, p.clientId, audience, now, nextJti());
        } else {
            // MACed with the secret, with an alg the provider lists
            QStringList algs;
            for (const QJsonValue &v : m_state.metadata.raw.value(QLatin1String("token_endpoint_auth_signing_alg_values_supported")).toArray())
                algs << v.toString();
            assertion = clientSecretJwt(p.clientId, p.clientSecret, audience, clientSecretJwtAlg(algs), now, nextJti());
        }
        for (const auto &field : clientAssertionFields(p.clientId, assertion)) {
            if (!hasClientId || field.first != QLatin1String("client_id"))
                form.append(field);
        }
    } else {
        if (!hasClientId)
            form.append({QStringLiteral("client_id"), p.clientId});
        if (auth == QLatin1String("client_secret_post"))
            form.append({QStringLiteral("client_secret"), p.clientSecret});
    }
    if (m_dpopKey.isValid() && endpoint == m_state.metadata.tokenEndpoint) {
        // RFC 9449 5: a proof on every token request, with the nonce the provider last gave (8).
        headers.append({QByteArrayLiteral("DPoP"),
                        dpopProof(m_dpopKey, QByteArrayLiteral("POST"), endpoint, m_clock->nowSecsSinceEpoch(), nextJti(), m_asDpopNonce)});
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
    tokenRequest(Steps::Token, form, [this, code](HttpReply *reply) { onTokenReply(reply, code); });
}

void OidcFlow::onTokenReply(HttpReply *reply, const QString &code)
{
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
    CheckList checks = tokenChecks(response, QStringLiteral("token."));
    addChecks(checks);

    const QString detail = tr("HTTP %1; received %2").arg(ex.status).arg(receivedTokenNames(t));
    if (t.idToken.isEmpty()) {
        if (const std::optional<Check> missing = missingIdToken(t, m_state.profile.scope)) {
            addChecks({*missing});
            checks.append(*missing);
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
}

// ---- client credentials (RFC 6749 4.4) ----------------------------------------------------------------------------

void OidcFlow::stepClientCredentials()
{
    beginStep(Steps::Token);
    if (!m_state.metadata.tokenEndpoint.isValid() || m_state.metadata.tokenEndpoint.isEmpty()) {
        abortFlow(Error::Token, tr("the provider has no token_endpoint"), Reasons::Discovery);
        return;
    }
    tokenRequest(Steps::Token, clientCredentialsForm(m_state.profile), [this](HttpReply *reply) { onClientCredentialsReply(reply); });
}

std::optional<TokenResponse> OidcFlow::grantResponse(HttpReply *reply, const QString &grantName, GrantAdvice advice)
{
    if (!takeReply(reply))
        return std::nullopt;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        abortFlow(Error::Token, tr("token endpoint: %1").arg(ex.error), reasonOf(reply));
        return std::nullopt;
    }
    TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
    if (response.ok())
        return response;
    // What to configure for this grant, instead of the code flow's advice.
    const QString summary = tokenErrorSummary(response, ex.status,
                                              response.error ? advice(response.error->error, response.error->description, m_state.profile)
                                                             : QString());
    abortFlow(Error::Token, tr("the token endpoint refused %1 (HTTP %2): %3").arg(grantName).arg(ex.status).arg(summary),
              reasonOf(response, reply));
    return std::nullopt;
}

void OidcFlow::onClientCredentialsReply(HttpReply *reply)
{
    const std::optional<TokenResponse> answered = grantResponse(reply, tr("the client credentials grant"), &clientCredentialsAdvice);
    if (!answered)
        return;
    const TokenResponse &response = *answered;
    const HttpExchange &ex = reply->exchange();
    const Profile &p = m_state.profile;
    m_state.token = tokenSetFrom(response);
    emit tokensChanged();
    // token.token_type, token.expires_in (RFC 6749 5.1, 7.1)
    const CheckList responseChecks = tokenChecks(response, QStringLiteral("token."));
    addChecks(responseChecks);
    const QString audience = clientCredentialsAudience(p);
    QString detail = audience.isEmpty() ? tr("HTTP %1; an access token for the provider's default audience").arg(ex.status)
                                        : tr("HTTP %1; an access token for %2").arg(ex.status).arg(audience);
    if (!response.refreshToken.isEmpty())
        detail += tr("; also a refresh token, which RFC 6749 4.4.3 says should not be issued for this grant (not used)");
    ValidationContext ctx = validationContext();
    ctx.audience = audience; // RFC 9068 4: aud must be the API the token was asked for
    validateToken(TokenKind::Access, m_state.token.accessToken, ctx, QStringLiteral("token."),
                  [this, responseChecks, detail, response](const CheckList &accessChecks) {
                      CheckList all = responseChecks + accessChecks;
                      const QByteArray accessToken = m_state.token.accessToken.toUtf8();
                      if (looksLikeJwt(accessToken)) {
                          const ParsedJwt jwt = parseJwt(accessToken);
                          if (jwt.structurallyValid) {
                              const CheckList own = clientCredentialsTokenChecks(jwt.payload, m_state.profile.clientId,
                                                                                 clientCredentialsScope(m_state.profile), response.scope,
                                                                                 QStringLiteral("token."));
                              addChecks(own);
                              all += own;
                          }
                      }
                      endStepWithChecks(all, m_state.token, detail);
                      advance();
                  });
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
