#pragma once

// The device authorization grant (RFC 8628): the device authorization request a profile asks for, what its response
// must hold (3.2), and what each answer of the token endpoint while polling means (3.5). OidcFlow runs the grant.

#include "core/oidc/TokenResponse.h"
#include "core/profile/Profile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tokenscope {

// RFC 8628 3.4: the grant type of the polling token requests.
inline const QString DeviceCodeGrantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
// RFC 8628 3.2: "If no value is provided, clients MUST use 5 as the default."
inline constexpr int DefaultDevicePollIntervalSecs = 5;
// RFC 8628 3.5: on slow_down "the interval MUST be increased by 5 seconds for this and all subsequent requests".
inline constexpr int SlowDownIncrementSecs = 5;

// The device authorization response (RFC 8628 3.2). Holds the device code, a credential: never print it.
struct DeviceAuthorizationResponse
{
    int httpStatus = 0;
    QString deviceCode, userCode;
    QUrl verificationUri, verificationUriComplete;
    qint64 expiresIn = 0;
    int interval = DefaultDevicePollIntervalSecs;
    bool intervalGiven = false;  // false: the provider sent none and the RFC's default 5 applies
    std::optional<OAuthError> error; // the provider refused (RFC 8628 3.2 / RFC 6749 5.2), or an unreadable answer
    QStringList defects;         // a required member missing or of the wrong type: the response cannot be used
    bool ok() const { return !error && defects.isEmpty(); }
};

// The request's form without the client authentication (RFC 8628 3.1): scope, audience (Auth0) and each extra
// parameter "resource" (RFC 8707).
QList<QPair<QString, QString>> deviceAuthorizationForm(const Profile &profile);

// Parses and validates a device authorization response: device_code, user_code, verification_uri (an absolute http(s)
// URL) and expires_in (a positive number) are REQUIRED; verification_uri_complete and interval optional (interval
// defaults to 5). "verification_url", the spelling of the drafts before RFC 8628 that Google still sends, is accepted
// for verification_uri. An error answer (RFC 6749 5.2) or one that is not a JSON object sets `error`.
DeviceAuthorizationResponse parseDeviceAuthorizationResponse(int httpStatus, const QByteArray &contentType, const QByteArray &body);

// What one poll of the token endpoint answered (RFC 8628 3.5).
enum class DevicePollAnswer {
    Tokens,      // 2xx with an access token: the user approved
    Pending,     // authorization_pending: ask again after the interval
    SlowDown,    // slow_down: ask again, the interval 5 seconds longer from now on
    Denied,      // access_denied: the user refused; stop
    Expired,     // expired_token: the device code expired; stop (start a new device authorization)
    Error,       // any other error: stop
};
DevicePollAnswer classifyDevicePoll(const TokenResponse &response);
// The answer's name as the RFC spells it ("authorization_pending", ...; "tokens" for a success, the error code for
// any other error).
QString devicePollAnswerName(const TokenResponse &response);
// The interval (seconds) for the next poll after this answer.
int nextDevicePollInterval(int currentSecs, DevicePollAnswer answer);

} // namespace tokenscope
