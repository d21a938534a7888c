// OidcFlow's fifth room: token exchange (RFC 8693). A service holds a token it was given (the subject token) and asks
// the provider for one meant for another API. One token request, authenticated as the client; what comes back is
// checked as RFC 8693 says (issued_token_type, act, may_act) and its access token validated as the client credentials
// grant's is (OidcFlow.cpp): signature, iss, exp, and aud the API asked for. Then the API step, and refresh when a
// refresh token came with it.

#include "core/oidc/OidcFlow.h"
#include "core/oidc/OidcFlowSupport.h"

#include "core/common/Logging.h"
#include "core/jose/Jwt.h"
#include "core/oidc/ClientCredentials.h"
#include "core/oidc/TokenInspection.h"
#include "core/oidc/TokenExchange.h"

#include <utility>

namespace tokenscope {

using namespace flowdetail;

void OidcFlow::setSubjectToken(const QString &token)
{
    m_subjectToken = token;
}

void OidcFlow::stepTokenExchange()
{
    beginStep(Steps::Token);
    // The token given for this run, else the profile's; either is used once.
    QString given = std::exchange(m_subjectToken, QString());
    if (given.isEmpty())
        given = m_state.profile.subjectToken;
    // As the workbench reads a pasted token: an "Authorization: Bearer " prefix and whitespace are no part of it.
    const QString subjectToken = QString::fromUtf8(normalizeTokenText(given));
    if (!m_state.metadata.tokenEndpoint.isValid() || m_state.metadata.tokenEndpoint.isEmpty()) {
        abortFlow(Error::Token, tr("the provider has no token_endpoint"), Reasons::Discovery);
        return;
    }
    if (subjectToken.isEmpty()) {
        abortFlow(Error::Token,
                  tr("token exchange needs the token to exchange (RFC 8693 2.1 subject_token): set \"subjectToken\" in the "
                     "profile, paste it when the window asks, or give the CLI --subject-token"),
                  Reasons::NoToken);
        return;
    }
    m_state.tokenExchange = TokenExchangeState{subjectToken, m_state.profile.effectiveSubjectTokenType(),
                                               m_state.profile.effectiveRequestedTokenType(), {}};
    qCInfo(lcFlow).noquote() << "token exchange of a" << m_state.profile.effectiveSubjectTokenType();
    tokenRequest(Steps::Token, tokenExchangeForm(m_state.profile, subjectToken),
                 [this, subjectToken](HttpReply *reply) { onTokenExchangeReply(reply, subjectToken); });
}

void OidcFlow::onTokenExchangeReply(HttpReply *reply, const QString &subjectToken)
{
    const std::optional<TokenResponse> answered = grantResponse(reply, tr("the token exchange"), &tokenExchangeAdvice);
    if (!answered)
        return;
    const TokenResponse &response = *answered;
    const HttpExchange &ex = reply->exchange();
    const Profile &p = m_state.profile;
    m_state.token = tokenSetFrom(response);
    const QString issuedType = response.json.value(QLatin1String("issued_token_type")).toString();
    if (m_state.tokenExchange)
        m_state.tokenExchange->issuedTokenType = issuedType;
    emit tokensChanged();
    const QJsonObject issued = jwtPayloadOrEmpty(m_state.token.accessToken.toUtf8());
    const QJsonObject subject = jwtPayloadOrEmpty(subjectToken.toUtf8());
    const CheckList checks = tokenExchangeChecks(response.json, tokenChecks(response, QStringLiteral("token.")), issued,
                                                 subject, QStringLiteral("token."), p.effectiveRequestedTokenType());
    addChecks(checks);
    const QString audience = clientCredentialsAudience(p);
    QString detail = audience.isEmpty() ? tr("HTTP %1; exchanged for %2").arg(ex.status).arg(issuedType)
                                        : tr("HTTP %1; exchanged for %2 for %3").arg(ex.status).arg(issuedType, audience);
    QStringList changed;
    for (const ClaimChange &change : tokenExchangeChanges(subject, issued))
        changed << change.claim;
    if (!changed.isEmpty())
        detail += tr("; changed: %1").arg(changed.join(QStringLiteral(", ")));
    ValidationContext ctx = validationContext();
    ctx.audience = audience; // RFC 8693 2.1: the token is for the target asked for
    validateToken(TokenKind::Access, m_state.token.accessToken, ctx, QStringLiteral("token."),
                  [this, checks, detail](const CheckList &accessChecks) {
                      endStepWithChecks(checks + accessChecks, m_state.token, detail);
                      advance();
                  });
}

} // namespace tokenscope
