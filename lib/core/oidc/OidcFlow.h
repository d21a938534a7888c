#pragma once

#include "core/oidc/ClientAssertion.h"
#include "core/oidc/Dpop.h"
#include "core/oidc/MutualTls.h"
#include "core/oidc/FlowState.h"
#include "core/http/HttpClient.h"
#include "core/oidc/TokenResponse.h"
#include "core/oidc/TokenValidator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace tokenscope {

class Clock;
class UserAgent;

// Runs one sign-in end to end: discovery -> JWKS -> /authorize in the user agent -> callback -> validation ->
// code exchange -> userinfo -> API -> refresh, recording every step, check and HTTP exchange in a FlowState. A profile
// with grant client_credentials (RFC 6749 4.4) runs discovery -> token -> API instead, with no user agent (userinfo and
// refresh are recorded as skipped: no user signs in, and the grant issues no refresh token). A profile with grant
// device_code (RFC 8628) runs discovery -> device_authorization -> token (polling) -> userinfo -> API -> refresh; the user
// approves on the verification page in the user agent (when Options::openVerification) or anywhere else. A profile with
// grant password (RFC 6749 4.3) runs discovery -> token (setResourceOwnerCredentials()) -> userinfo -> API -> refresh.
// A profile with grant token_exchange (RFC 8693) runs discovery -> token (the subject token of setSubjectToken() or the
// profile) -> API, and refresh when the exchange issued a refresh token.
// The steps after sign-in can also be run one at a time (refreshTokens(), callApi(), fetchUserinfo(), logout()).
// The rooms: OidcFlow.cpp runs the sign-in up to the token endpoint (discovery, keys, authorize, callback, code
// exchange) and the validation; OidcFlowActions.cpp the steps after it (userinfo, claim sources, API, refresh,
// revocation, logout); OidcFlowDevice.cpp the device authorization grant's own steps; OidcFlowPassword.cpp the
// password grant's; OidcFlowTokenExchange.cpp token exchange's; OidcFlowBinding.cpp sender-constrained tokens: DPoP's
// proofs and nonces (RFC 9449), and the checks that DPoP and certificate binding (RFC 8705) took effect. A profile with par (RFC 9126) pushes the authorization request first (step "par"), one with requestObject
// signed (RFC 9101) sends it as a signed JWT; both are built in OidcFlow.cpp with the authorize step. A reader follows a sign-in in start() and the step
// functions, each of which sends its request and hands the answer to its named handler (onDiscoveryReply,
// onJwksReply, onTokenReply, ...).
class OidcFlow : public QObject
{
    Q_OBJECT
public:
    enum class Error { NoError, Discovery, Authorization, Callback, Token, Userinfo, Api, Refresh, Logout, Cancelled, Busy };
    Q_ENUM(Error)

    struct Options
    {
        bool exchangeCode = true;
        bool userinfo = true;
        bool callApi = true;
        bool refresh = true;
        bool revoke = false; // at the end of the flow, revoke the refresh token and check it is refused afterwards
        qint64 skewSecs = 60;
        // grant device_code: hand verification_uri and the user code to the user agent (headless filling, GUI tests);
        // otherwise the user opens it (the window's device view, the CLI's message).
        bool openVerification = true;
        // grant device_code: stop polling after this many seconds although the code has not expired (0: until it
        // expires, RFC 8628 3.5).
        qint64 deviceWaitSecs = 0;
        // The jti of client assertions, request objects and DPoP proofs (RFC 7519 4.1.7); empty: a random one each time.
        // Tests set one that repeats, to see how a provider answers a replayed assertion or proof.
        std::function<QString()> jti;
    };

    OidcFlow(HttpClient *http, UserAgent *userAgent, const Clock *clock, QObject *parent = nullptr);

    void setProfile(const Profile &profile);
    // grant password (RFC 6749 4.3): the user's credentials for the next run's token request. The password is kept
    // only until that request is sent, and never recorded (the HTTP log redacts it).
    void setResourceOwnerCredentials(const QString &username, const QString &password);
    // grant token_exchange (RFC 8693): the subject token for the next run, instead of the profile's subjectToken (the
    // CLI's --subject-token, the token the window was given). Kept for that run only.
    void setSubjectToken(const QString &token);
    // Another user agent for the next run (the window switches between the embedded and the system browser per
    // profile). Ignored while a run is in progress.
    void setUserAgent(UserAgent *userAgent);
    UserAgent *userAgent() const;
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Single actions on the current session (GUI buttons). Each emits actionFinished(step, ok).
    void refreshTokens();
    // The same with a given refresh token instead of the current one (Tenant QA: replaying a rotated-away token to
    // see whether the provider detects the reuse). The result is recorded like any refresh.
    void refreshTokensWith(const QString &refreshToken);
    void fetchUserinfo();
    // bearer: the token to send (empty: the current access token). A body goes as application/json unless the
    // headers name another Content-Type.
    void callApi(const QUrl &url, const QByteArray &method = QByteArrayLiteral("GET"), const QByteArray &body = {},
                 const HttpHeaders &headers = {}, const QString &bearer = {});
    void logout();
    QUrl logoutUrl() const;
    // Revokes the current refresh token at the revocation endpoint (RFC 7009), then uses it once at the token endpoint:
    // check revoke.effective passes when the provider refuses it (invalid_grant).
    void revokeRefreshToken();
    // Asks the provider's introspection endpoint (RFC 7662) about a token, with the client's authentication: step
    // "introspection", checks introspection.* (Introspection.h); the answer in state().introspection. Runs discovery
    // first when the flow has not. An inactive token is a failed check, not a failed step.
    void introspect(const QString &token);

    // grant device_code, while polling: shows the verification page in this user agent (the window's embedded browser
    // when the user asks for it; the flow's own agent when Options::openVerification). Its failure ends the flow, and
    // the flow cancels it when the polling ends. False when there is nothing to verify or the agent cannot show it.
    bool openVerificationIn(UserAgent *agent);

    const FlowState &state() const { return m_state; }

    // Check refresh.scope of a refresh that asked for `asked` (the profile's refreshScope) and was granted `granted`
    // (the answer's "scope"; empty: the one asked for, RFC 6749 5.1). Fails when more was granted than asked for.
    static Check refreshScopeCheck(const QString &asked, const QString &granted);

signals:
    void stepStarted(const QString &name);
    void stepFinished(const tokenscope::StepResult &step);
    void checksAdded(const tokenscope::CheckList &checks);
    void tokensChanged();
    void authorizationUrlReady(const QUrl &url);
    void finished(bool ok);
    void actionFinished(const QString &step, bool ok);
    void errorOccurred(tokenscope::OidcFlow::Error error, const QString &description);
    // grant device_code: the device authorization succeeded; state().device has the user code and the URIs.
    void deviceAuthorizationReady();
    // grant device_code: poll number `poll` (from 1) was answered `answer` ("authorization_pending", "slow_down",
    // "access_denied", "expired_token", "tokens", another error code); the next one, if any, in nextIntervalSecs.
    void devicePollAnswered(int poll, const QString &answer, int nextIntervalSecs);

private:
    using Continuation = std::function<void()>;

    // The single actions run one at a time: true (and errorOccurred(Busy)) while a run or another action is going on.
    bool refuseWhileRunning();
    void runPipeline(QList<std::function<void()>> steps, bool wholeFlow);
    void advance();
    void abortFlow(Error error, const QString &description, const QString &reason);
    void beginStep(const QString &name);
    void endStep(CheckStatus status, const QString &detail, const QString &reason = QString());
    void skipStep(const QString &name, const QString &reason);
    void addChecks(const CheckList &checks);

    void stepDiscovery();
    void fetchJwks(const Continuation &then);
    // RFC 8705 5: with a client certificate, the provider's mtls_endpoint_aliases replace its endpoints, and the
    // certificate is presented to them (and to the profile's API) only.
    void useMtlsEndpoints();
    QUrl mtlsAlias(const QString &name) const; // an https alias the provider names; empty without one (or without mTLS)
    bool usesPar() const; // the profile asks for PAR, or the provider requires it (RFC 9126 5)
    // Has the user agent prepare the redirect URI, then builds the authorization request (with dpop_jkt, and as a signed
    // request object when the profile says so) into m_state.request. False when the flow was aborted.
    bool prepareAuthorizationRequest();
    void stepPar(); // RFC 9126 2
    void onParReply(HttpReply *reply);
    void stepAuthorize();
    void onCallback(const QUrl &url, const QByteArray &formBody);
    void onUserAgentFailed(const QString &reason, const QString &code);
    void stepToken();
    void stepClientCredentials(); // RFC 6749 4.4: the token step of the client credentials grant
    void stepPassword();            // RFC 6749 4.3: the token step of the password grant (and Auth0's password-realm)
    void stepTokenExchange();       // RFC 8693 2.1: the token step of token exchange
    void stepDeviceAuthorization(); // RFC 8628 3.1
    void stepDevicePolling();       // RFC 8628 3.4/3.5: the token step of the device grant
    void scheduleDevicePoll();
    void pollDevice();
    void stepProfileApi();        // the API step of a sign-in: the profile's apiUrl, if any
    void stepIntrospection(const QString &token);
    void stepUserinfo();
    void stepApi(const QUrl &url, const QByteArray &method, const QByteArray &body, const HttpHeaders &headers,
                 const QString &bearer = {});
    void stepRefresh();
    void stepRevoke();

    // The named reply handlers of the steps above, in the order a sign-in meets them (each step sends its request and
    // hands the answer to its handler).
    void onDiscoveryReply(HttpReply *reply, const QUrl &url);
    void onJwksReply(HttpReply *reply, const QUrl &jwksUri, const Continuation &then);
    void onTokenReply(HttpReply *reply, const QString &code);
    void onClientCredentialsReply(HttpReply *reply);
    void onPasswordReply(HttpReply *reply);
    void onTokenExchangeReply(HttpReply *reply, const QString &subjectToken);
    void onDeviceAuthorizationReply(HttpReply *reply);
    void onDevicePollReply(HttpReply *reply);
    void stopVerification(); // the user agent's verification page is no longer needed
    void onIntrospectionReply(HttpReply *reply, const QString &token);
    void onUserinfoReply(HttpReply *reply);
    // `afterSuccess` (when set) ends the step after a 2xx instead (the DPoP downgrade check), given the step's detail.
    void onApiReply(HttpReply *reply, const std::function<void(const QString &detail)> &afterSuccess);
    void onRefreshReply(HttpReply *reply, const QString &refreshToken, const QString &askedScope);
    void onRevokeReply(HttpReply *reply, const QString &refreshToken);

    enum class TokenKind { Id, Access };
    ValidationContext validationContext() const;
    // Validates one token (refetching the JWKS once on an unknown kid), records the checks with `prefix`, then calls
    // `then` with them. Opaque access tokens get one "skip" check.
    void validateToken(TokenKind kind, const QString &token, ValidationContext ctx, const QString &prefix,
                       const std::function<void(const CheckList &)> &then);
    // Validates a set's ID token (when idContext is given) and access token, then ends the current step with the
    // summary of `earlier` + those checks and advances.
    void finishTokenStep(const TokenSet &set, const std::optional<ValidationContext> &idContext, const QString &prefix,
                         const CheckList &earlier, const QString &passDetail);
    // Ends the current step with the checks' verdict: failed with the first failure (reason from `set`), else passed
    // with passDetail ("N check(s) passed" when empty).
    void endStepWithChecks(const CheckList &all, const TokenSet &set, const QString &passDetail);
    void rejectUntrustedResponse(); // the front-channel ID token failed: no code exchange, the flow ends
    void rejectUntrustedTokenResponse(); // the token endpoint's ID token failed: its tokens are not used, the flow ends
    // Why the current access token must not be used (its token_type is not understood, RFC 6749 7.1); empty: it may be.
    QString accessTokenRefusal() const;
    struct ClaimRun; // the userinfo response's claim sources being resolved (OidcFlow.cpp)
    void resolveClaimSources(const std::shared_ptr<ClaimRun> &run, const Continuation &then);
    // An ID token later in the flow describes the same authentication as this earlier one: same sub, same auth_time.
    static void expectSameAuthentication(ValidationContext &ctx, const QString &earlierIdToken);
    TokenSet tokenSetFrom(const TokenResponse &response) const;
    QString subjectOf(const QString &idToken) const;

    // logoutUrl() with another post-logout redirect URI (the one the user agent listens on).
    QUrl logoutUrlFor(const QString &postLogoutRedirectUri) const;

    // The token endpoint's answer to a grant without a code (client credentials, password, token exchange): the
    // response when it is one, else the step fails (transport error, or the refusal with `advice`'s sentence for its
    // OAuth error, RFC 6749 5.2) and nullopt. `grantName` names the grant in the failure ("the password grant").
    using GrantAdvice = QString (*)(const QString &error, const QString &description, const Profile &profile);
    using ReplyHandler = std::function<void(HttpReply *)>;
    std::optional<TokenResponse> grantResponse(HttpReply *reply, const QString &grantName, GrantAdvice advice);
    // A POST to the token endpoint with the client's authentication and, with DPoP, a proof (sent once more with the
    // nonce the provider asks for); `handle` gets the final answer.
    void tokenRequest(const QString &step, QList<QPair<QString, QString>> form, const ReplyHandler &handle);
    // DPoP (OidcFlowBinding.cpp): sends `send`'s request; when the answer demands a nonce (use_dpop_nonce, RFC 9449 8 and 9)
    // sends it once more (`send` then makes its proof with the nonce), recording check dpop.nonce. Every DPoP-Nonce a
    // server sends is kept for the next proof to it (`resource`: an empty URL for the authorization server, else the
    // resource's URL, whose origin keeps its own nonces). `handle` gets the final answer.
    void sendWithDpopNonce(const QUrl &resource, const std::function<HttpReply *()> &send, const ReplyHandler &handle);
    QString nextJti() const;
    // The headers that present `accessToken` to a resource: "DPoP <token>" with a proof (ath) when the token is DPoP-bound
    // and this run has the key, else "Bearer <token>".
    HttpHeaders resourceAuthorization(const QByteArray &method, const QUrl &url, const QString &accessToken, const QString &tokenType);
    // The token response's checks: tokenResponseChecks() and, with DPoP, dpop.proof and dpop.cnf_jkt (prefix "token.")
    // or dpop.refresh_bound ("refresh.").
    CheckList tokenChecks(const TokenResponse &response, const QString &prefix) const;
    // After the API accepted a bound token, the same call without what binds it must be refused: as a plain bearer
    // token with no proof (dpop.api_requires_proof, RFC 9449 7.2), or over a connection without the client certificate
    // (mtls.api_requires_certificate, RFC 8705 3); then `then` with the check.
    enum class TokenBinding { Dpop, Certificate };
    void checkApiRefusesUnboundUse(TokenBinding binding, const QUrl &url, const QByteArray &method, const QByteArray &body,
                                   const HttpHeaders &headers, const QString &accessToken, const std::function<void(const Check &)> &then);
    // A POST with the client's authentication (as the profile says) to an endpoint of the provider.
    HttpReply *clientRequest(const QUrl &endpoint, const QString &step, QList<QPair<QString, QString>> form);
    bool takeReply(HttpReply *reply);

    HttpClient *m_http;
    QPointer<UserAgent> m_userAgent;
    const Clock *m_clock;
    Options m_options;
    FlowState m_state;

    QList<std::function<void()>> m_pipeline;
    bool m_running = false;
    bool m_wholeFlow = false;
    bool m_jwksRefetched = false;
    bool m_awaitingCallback = false;
    bool m_awaitingVerification = false; // the user agent shows the device verification page
    QPointer<UserAgent> m_verificationAgent; // the agent showing it
    QTimer *m_pollTimer = nullptr;       // the next device poll
    QElapsedTimer m_deviceElapsed;       // since the device authorization response
    QString m_currentStep;
    QElapsedTimer m_stepTimer;
    QPointer<HttpReply> m_pending;
    QString m_pendingAction;
    QString m_refreshTokenOverride; // refreshTokensWith(): used by the next stepRefresh() instead of the current token
    QUrl m_postLogoutRedirect;      // the post-logout redirect URI the running logout asked for (empty: none)
    QString m_username;             // grant password: the user (kept for the step's detail)
    QString m_password;             // grant password: until the token request is sent
    QString m_subjectToken;         // grant token_exchange: setSubjectToken()'s token, until the token request is sent
    ClientKey m_clientKey;          // private_key_jwt and signed request objects: the profile's key, read at start()
    DpopKey m_dpopKey;              // DPoP: this run's proof key, made at start()
    // Mutual TLS: the profile's certificate and key, read at start(); none without mTLS (a default QSslCertificate would
    // load the TLS backend while the window opens).
    std::optional<ClientCertificate> m_clientCertificate;
    QString m_asDpopNonce;          // the authorization server's latest DPoP-Nonce
    QHash<QString, QString> m_rsDpopNonces; // a resource's origin -> its latest DPoP-Nonce
};

} // namespace tokenscope
