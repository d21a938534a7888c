// OidcFlow's fourth room: the resource owner password credentials grant (RFC 6749 4.3) and Auth0's password-realm
// grant. One token request with the user's username and password (given to setResourceOwnerCredentials() for this run
// only, never stored or reported); what comes back is validated as the code flow's token response is (OidcFlow.cpp),
// and userinfo, API and refresh follow as there (OidcFlowActions.cpp).

#include "core/oidc/OidcFlow.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Logging.h"
#include "core/oidc/PasswordGrant.h"

#include <utility>

namespace tokenscope {

using namespace flowdetail;

void OidcFlow::setResourceOwnerCredentials(const QString &username, const QString &password)
{
    m_username = username;
    m_password = password;
}

void OidcFlow::stepPassword()
{
    beginStep(Steps::Token);
    // The password is needed for this one request: it is forgotten whatever happens next.
    const QString username = m_username;
    const QString password = std::exchange(m_password, QString());
    if (!m_state.metadata.tokenEndpoint.isValid() || m_state.metadata.tokenEndpoint.isEmpty()) {
        abortFlow(Error::Token, tr("the provider has no token_endpoint"), Reasons::Discovery);
        return;
    }
    if (username.isEmpty() || password.isEmpty()) {
        abortFlow(Error::Token,
                  tr("the password grant needs the user's username and password (the window asks for them at sign-in; the CLI "
                     "takes --username and --password)"),
                  Reasons::Credentials);
        return;
    }
    qCInfo(lcFlow).noquote() << "password grant" << passwordGrantType(m_state.profile) << "for" << username;
    tokenRequest(Steps::Token, passwordGrantForm(m_state.profile, username, password), [this](HttpReply *reply) { onPasswordReply(reply); });
}

void OidcFlow::onPasswordReply(HttpReply *reply)
{
    const std::optional<TokenResponse> answered = grantResponse(reply, tr("the password grant"), &passwordGrantAdvice);
    if (!answered)
        return;
    const TokenResponse &response = *answered;
    const HttpExchange &ex = reply->exchange();
    const Profile &p = m_state.profile;
    m_state.token = tokenSetFrom(response);
    const TokenSet &t = m_state.token;
    emit tokensChanged();
    CheckList checks = tokenChecks(response, QStringLiteral("token."));
    addChecks(checks);
    const QString grantName = p.realm.trimmed().isEmpty() ? tr("password grant") : tr("password-realm grant (realm %1)").arg(p.realm.trimmed());
    const QString detail = tr("%1 as %2; HTTP %3; received %4").arg(grantName, m_username).arg(ex.status).arg(receivedTokenNames(t));
    if (t.idToken.isEmpty()) {
        if (const std::optional<Check> missing = missingIdToken(t, p.scope)) {
            addChecks({*missing});
            checks.append(*missing);
        }
        finishTokenStep(t, std::nullopt, QStringLiteral("token."), checks, detail);
        return;
    }
    // The ID token as the code flow's token endpoint's (OpenID Connect Core 3.1.3.7); the grant sends no nonce, so
    // none is required; at_hash where present (3.1.3.8 allows it).
    ValidationContext ctx = validationContext();
    ctx.accessToken = t.accessToken;
    finishTokenStep(t, ctx, QStringLiteral("token."), checks, detail);
}

} // namespace tokenscope
