#include "FlowState.h"

namespace tokenscope {

QString FlowState::currentAccessToken() const
{
    if (!refresh.accessToken.isEmpty())
        return refresh.accessToken;
    if (!token.accessToken.isEmpty())
        return token.accessToken;
    return authorization.accessToken;
}

QString FlowState::currentRefreshToken() const
{
    if (!refresh.refreshToken.isEmpty())
        return refresh.refreshToken;
    return token.refreshToken;
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

bool FlowState::ok() const
{
    for (const StepResult &s : steps) {
        if (s.status == CheckStatus::Fail)
            return false;
    }
    return !hasFailure(checks);
}

} // namespace tokenscope
