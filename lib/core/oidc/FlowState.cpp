#include "core/oidc/FlowState.h"

#include <algorithm>

namespace tokenscope {

QString FlowState::currentAccessToken() const
{
    if (!refresh.accessToken.isEmpty())
        return refresh.accessToken;
    if (!token.accessToken.isEmpty())
        return token.accessToken;
    return authorization.accessToken;
}

QString FlowState::currentTokenType() const
{
    if (!refresh.accessToken.isEmpty())
        return refresh.tokenType;
    if (!token.accessToken.isEmpty())
        return token.tokenType;
    return authorization.tokenType;
}

QString FlowState::currentRefreshToken() const
{
    const QString current = refresh.refreshToken.isEmpty() ? token.refreshToken : refresh.refreshToken;
    return current == revokedRefreshToken ? QString() : current;
}

QString FlowState::latestIdToken() const
{
    if (!refresh.idToken.isEmpty())
        return refresh.idToken;
    if (!token.idToken.isEmpty())
        return token.idToken;
    return authorization.idToken;
}

const StepResult *FlowState::step(const QString &name) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return nullptr;
}

const StepResult *FlowState::firstFailedStep() const
{
    const auto it = std::find_if(steps.cbegin(), steps.cend(), [](const StepResult &s) { return s.status == CheckStatus::Fail; });
    return it == steps.cend() ? nullptr : &*it;
}

const Check *FlowState::firstFailedCheck() const
{
    return firstFailure(checks);
}

bool FlowState::ok() const
{
    for (const StepResult &s : steps) {
        if (s.status == CheckStatus::Fail)
            return false;
    }
    return !hasFailure(checks);
}

} // namespace tokenscope
