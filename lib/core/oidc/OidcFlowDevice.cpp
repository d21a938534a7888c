// OidcFlow's third room: the device authorization grant (RFC 8628). The device authorization request, then polling
// the token endpoint until the user approved (or denied, or the code expired); what comes back is validated as the
// code flow's token response is (OidcFlow.cpp), and userinfo, API and refresh follow as there (OidcFlowActions.cpp).

#include "core/oidc/OidcFlow.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/oidc/DeviceAuthorization.h"
#include "core/oidc/UserAgent.h"

#include <QMap>

namespace tokenscope {

using namespace flowdetail;

void OidcFlow::stepDeviceAuthorization()
{
    beginStep(Steps::DeviceAuthorization);
    const QUrl endpoint = m_state.metadata.deviceAuthorizationEndpoint;
    if (!endpoint.isValid() || endpoint.isEmpty()) {
        abortFlow(Error::Authorization,
                  tr("the provider advertises no device_authorization_endpoint (RFC 8628 4): enable the device flow at the provider "
                     "(Auth0: the Device Code grant of a native application)"),
                  Reasons::Discovery);
        return;
    }
    HttpReply *reply = clientRequest(endpoint, Steps::DeviceAuthorization, deviceAuthorizationForm(m_state.profile));
    m_pending = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] { onDeviceAuthorizationReply(reply); });
}

void OidcFlow::onDeviceAuthorizationReply(HttpReply *reply)
{
    if (!takeReply(reply))
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        abortFlow(Error::Authorization, tr("device authorization endpoint: %1").arg(ex.error), reasonOf(reply));
        return;
    }
    const DeviceAuthorizationResponse response =
        parseDeviceAuthorizationResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
    if (response.error) {
        TokenResponse asToken;
        asToken.httpStatus = ex.status;
        asToken.error = response.error;
        abortFlow(Error::Authorization,
                  tr("the device authorization endpoint refused the request (HTTP %1): %2").arg(ex.status).arg(tokenErrorSummary(asToken, ex.status)),
                  reasonOf(asToken, reply));
        return;
    }
    if (!response.ok()) {
        abortFlow(Error::Authorization,
                  tr("the device authorization response cannot be used: %1").arg(response.defects.join(QStringLiteral("; "))),
                  Reasons::DeviceResponse);
        return;
    }
    DeviceFlowState device;
    device.deviceCode = response.deviceCode;
    device.userCode = response.userCode;
    device.verificationUri = response.verificationUri;
    device.verificationUriComplete = response.verificationUriComplete;
    device.expiresIn = response.expiresIn;
    device.expiresAt = QDateTime::fromSecsSinceEpoch(m_clock->nowSecsSinceEpoch() + response.expiresIn);
    device.interval = response.interval;
    device.intervalGiven = response.intervalGiven;
    m_state.device = device;
    m_deviceElapsed.start();

    QString detail = tr("user code %1 at %2; the code expires in %n second(s)", nullptr, int(response.expiresIn))
                         .arg(response.userCode, response.verificationUri.toDisplayString());
    detail += response.intervalGiven ? tr("; poll every %n second(s)", nullptr, response.interval)
                                     : tr("; no interval given, so every %n second(s) (RFC 8628 3.2)", nullptr, response.interval);
    if (response.verificationUriComplete.isEmpty())
        detail += tr("; no verification_uri_complete (optional): the user types the code");
    endStep(CheckStatus::Pass, detail);
    emit deviceAuthorizationReady();

    advance(); // the token step (polling) starts now
    if (m_options.openVerification && m_userAgent)
        openVerificationIn(m_userAgent);
}

bool OidcFlow::openVerificationIn(UserAgent *agent)
{
    if (!agent || !m_running || !m_state.device || m_awaitingVerification || m_currentStep != Steps::Token)
        return false;
    if (agent != m_userAgent)
        connect(agent, &UserAgent::failed, this, &OidcFlow::onUserAgentFailed, Qt::UniqueConnection);
    m_verificationAgent = agent;
    m_awaitingVerification = agent->startVerification(m_state.device->verificationUri, m_state.device->userCode);
    if (m_awaitingVerification)
        qCInfo(lcFlow).noquote() << "verification page opened in the user agent:" << m_state.device->verificationUri.toDisplayString();
    return m_awaitingVerification;
}

void OidcFlow::stepDevicePolling()
{
    beginStep(Steps::Token);
    if (!m_state.device) {
        abortFlow(Error::Token, tr("no device authorization to poll for"), Reasons::DeviceResponse);
        return;
    }
    if (!m_state.metadata.tokenEndpoint.isValid() || m_state.metadata.tokenEndpoint.isEmpty()) {
        abortFlow(Error::Token, tr("the provider has no token_endpoint"), Reasons::Discovery);
        return;
    }
    scheduleDevicePoll();
}

void OidcFlow::scheduleDevicePoll()
{
    // RFC 8628 3.5: wait `interval` seconds before each request, the first one included.
    m_pollTimer->start(std::max(m_state.device->interval, 1) * 1000);
}

void OidcFlow::pollDevice()
{
    if (!m_running || !m_state.device)
        return;
    const DeviceFlowState &device = *m_state.device;
    const qint64 elapsedSecs = m_deviceElapsed.elapsed() / 1000;
    if (m_options.deviceWaitSecs > 0 && elapsedSecs >= m_options.deviceWaitSecs && elapsedSecs < device.expiresIn) {
        abortFlow(Error::Token,
                  tr("nobody approved the sign-in within the %n second(s) asked for; the user code %1 is still valid at the provider "
                     "until it expires", nullptr, int(m_options.deviceWaitSecs))
                      .arg(device.userCode),
                  Reasons::DeviceWait);
        return;
    }
    if (elapsedSecs > device.expiresIn + device.interval) {
        // The provider still said "pending" after the code's lifetime: stop, as RFC 8628 3.5 has the client do at
        // expires_in (the provider should have said expired_token).
        abortFlow(Error::Token,
                  tr("the device code expired (expires_in %n second(s)) before the user approved, and the provider still answered "
                     "authorization_pending instead of expired_token (RFC 8628 3.5); start again",
                     nullptr, int(device.expiresIn)),
                  Reasons::DeviceExpired);
        return;
    }
    const QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), DeviceCodeGrantType},
                                              {QStringLiteral("device_code"), device.deviceCode}};
    tokenRequest(Steps::Token, form, [this](HttpReply *reply) { onDevicePollReply(reply); });
}

void OidcFlow::stopVerification()
{
    if (!m_awaitingVerification)
        return;
    m_awaitingVerification = false;
    UserAgent *agent = m_verificationAgent;
    m_verificationAgent = nullptr;
    if (!agent)
        return;
    agent->cancel();
    if (agent != m_userAgent)
        disconnect(agent, &UserAgent::failed, this, &OidcFlow::onUserAgentFailed);
}

void OidcFlow::onDevicePollReply(HttpReply *reply)
{
    if (!takeReply(reply) || !m_state.device)
        return;
    const HttpExchange &ex = reply->exchange();
    if (!ex.error.isEmpty()) {
        abortFlow(Error::Token, tr("token endpoint: %1").arg(ex.error), reasonOf(reply));
        return;
    }
    const TokenResponse response = parseTokenResponse(ex.status, ex.responseHeader("Content-Type"), ex.responseBody);
    DeviceFlowState &device = *m_state.device;
    const DevicePollAnswer answer = classifyDevicePoll(response);
    const QString name = devicePollAnswerName(response);
    device.answers << name;
    device.interval = nextDevicePollInterval(device.interval, answer);
    const int poll = int(device.answers.size());
    qCInfo(lcFlow).noquote() << "device poll" << poll << name;
    const bool again = answer == DevicePollAnswer::Pending || answer == DevicePollAnswer::SlowDown;
    emit devicePollAnswered(poll, name, again ? device.interval : 0);

    // The answers so far, counted: "authorization_pending ×3, slow_down ×1".
    QMap<QString, int> counts;
    for (const QString &a : std::as_const(device.answers))
        ++counts[a];
    QStringList tally;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        tally << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    const QString history = tr("%n poll(s): %1", nullptr, poll).arg(tally.join(QStringLiteral(", ")));

    switch (answer) {
    case DevicePollAnswer::Pending:
    case DevicePollAnswer::SlowDown:
        scheduleDevicePoll();
        return;
    case DevicePollAnswer::Denied:
        abortFlow(Error::Token,
                  tr("access_denied: the user refused the sign-in on the verification page (RFC 8628 3.5); %1").arg(history),
                  Reasons::OAuthPrefix + name);
        return;
    case DevicePollAnswer::Expired:
        abortFlow(Error::Token,
                  tr("expired_token: the device code expired before the user approved (RFC 8628 3.5); start again for a new code; %1")
                      .arg(history),
                  Reasons::OAuthPrefix + name);
        return;
    case DevicePollAnswer::Error:
        abortFlow(Error::Token,
                  tr("the token endpoint refused the device code (HTTP %1): %2; %3").arg(ex.status).arg(tokenErrorSummary(response, ex.status), history),
                  reasonOf(response, reply));
        return;
    case DevicePollAnswer::Tokens:
        break;
    }

    stopVerification();
    m_state.token = tokenSetFrom(response);
    const TokenSet &t = m_state.token;
    emit tokensChanged();
    CheckList checks = tokenChecks(response, QStringLiteral("token."));
    addChecks(checks);
    const QString detail = tr("%1; HTTP %2; received %3").arg(history).arg(ex.status).arg(receivedTokenNames(t));
    if (t.idToken.isEmpty()) {
        if (const std::optional<Check> missing = missingIdToken(t, m_state.profile.scope)) {
            addChecks({*missing});
            checks.append(*missing);
        }
        finishTokenStep(t, std::nullopt, QStringLiteral("token."), checks, detail);
        return;
    }
    // The ID token as the code flow's token endpoint's (OpenID Connect Core 3.1.3.7); no nonce was sent (RFC 8628 has
    // none), so none is required.
    ValidationContext ctx = validationContext();
    ctx.accessToken = t.accessToken;
    finishTokenStep(t, ctx, QStringLiteral("token."), checks, detail);
}

} // namespace tokenscope
