#pragma once

// Token introspection (RFC 7662): reading the endpoint's answer, and the checks on it: whether the token is active and,
// for a JWT, whether the provider's claims agree with the token's own.

#include "core/common/Check.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tokenscope {

struct IntrospectionResponse
{
    QJsonObject claims;          // the answer's members (active included)
    std::optional<bool> active;  // RFC 7662 2.2: REQUIRED boolean; nullopt when missing or not a boolean
    QStringList defects;         // not JSON, not an object, no boolean "active"
    bool usable() const { return active.has_value(); }
};

// A 200 answer's body (RFC 7662 2.2: application/json object with a boolean "active").
IntrospectionResponse parseIntrospectionResponse(const QByteArray &body);

// introspection.active (RFC 7662 2.2: an inactive token is one the provider will not accept: expired, revoked,
// unknown, or not this client's to ask about); for a JWT `token`, introspection.iss, .sub, .aud, .exp, .scope and
// .client_id (the JWT's client_id, else its azp): each passes when the provider's claim equals the token's, fails when
// they differ and skips when either lacks it (only compared while the token is active).
CheckList introspectionChecks(const IntrospectionResponse &response, const QString &token);

} // namespace tokenscope
