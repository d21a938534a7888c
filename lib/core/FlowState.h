#pragma once

#include "AuthorizationRequest.h"
#include "CallbackResponse.h"
#include "Check.h"
#include "HttpExchange.h"
#include "Jwk.h"
#include "Profile.h"
#include "ProviderMetadata.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace tokenscope {

// Step names are part of the CLI contract.
namespace Steps {
inline const QString Discovery = QStringLiteral("discovery");
inline const QString Authorize = QStringLiteral("authorize");
inline const QString Callback = QStringLiteral("callback");
inline const QString Token = QStringLiteral("token");
inline const QString Userinfo = QStringLiteral("userinfo");
inline const QString Api = QStringLiteral("api");
inline const QString Refresh = QStringLiteral("refresh");
inline const QString Logout = QStringLiteral("logout");
} // namespace Steps

struct StepResult
{
    QString name;
    CheckStatus status = CheckStatus::Skip;
    QString detail;
    qint64 ms = 0;
};

// The tokens of one origin: the authorization response (front channel), the token endpoint, or a refresh.
struct TokenSet
{
    QString idToken;
    QString accessToken;
    QString refreshToken;
    QString tokenType;
    QString scope;
    std::optional<qint64> expiresIn;
    QDateTime receivedAt;
    bool isEmpty() const { return idToken.isEmpty() && accessToken.isEmpty() && refreshToken.isEmpty(); }
};

// Everything one sign-in produced, in the order it happened. Holds secrets: redact before it leaves the engine.
struct FlowState
{
    Profile profile;
    ProviderMetadata metadata;
    JwkSet jwks;
    AuthorizationRequest request;
    std::optional<CallbackResponse> callback;
    TokenSet authorization;   // from the authorization response
    TokenSet token;           // from the token endpoint (code exchange)
    TokenSet refresh;         // from the latest refresh
    TokenSet previousRefresh; // the one before the latest refresh, for before/after diffs
    int refreshCount = 0;
    QJsonObject userinfo;
    std::optional<HttpExchange> apiExchange;
    QList<StepResult> steps;
    CheckList checks;
    QList<HttpExchange> exchanges;

    // The access token to use against APIs: the token endpoint's (or the latest refresh's); the front channel's only
    // when there was no code exchange.
    QString currentAccessToken() const;
    QString currentRefreshToken() const;
    QString latestIdToken() const;
    const StepResult *step(const QString &name) const;
    bool ok() const;
};

} // namespace tokenscope
