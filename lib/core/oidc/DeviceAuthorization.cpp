#include "core/oidc/DeviceAuthorization.h"

#include "core/json/JsonValues.h"
#include "core/oidc/ClientCredentials.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::DeviceAuthorizationText.
struct DeviceAuthorizationText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::DeviceAuthorizationText)
};

QList<QPair<QString, QString>> deviceAuthorizationForm(const Profile &profile)
{
    QList<QPair<QString, QString>> form;
    if (const QString scope = profile.scope.simplified(); !scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    return form + targetParameters(profile);
}

DeviceAuthorizationResponse parseDeviceAuthorizationResponse(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    DeviceAuthorizationResponse r;
    r.httpStatus = httpStatus;
    // The error answers (RFC 8628 3.2: RFC 6749 5.2) and the unreadable ones read as the token endpoint's are.
    const TokenResponse generic = parseTokenResponse(httpStatus, contentType, body);
    if (generic.error) {
        r.error = generic.error;
        return r;
    }
    if (httpStatus < 200 || httpStatus > 299) {
        r.error = OAuthError{QStringLiteral("invalid_response"),
                             DeviceAuthorizationText::tr("HTTP %1 without an OAuth error").arg(httpStatus), {}, {}};
        return r;
    }
    const QJsonObject json = generic.json;
    auto requiredString = [&](const char *key) -> QString {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            r.defects << DeviceAuthorizationText::tr("\"%1\" is missing (RFC 8628 3.2: REQUIRED)").arg(QLatin1String(key));
            return {};
        }
        if (!v.isString() || v.toString().isEmpty()) {
            r.defects << DeviceAuthorizationText::tr("\"%1\" must be a non-empty string (RFC 8628 3.2)").arg(QLatin1String(key));
            return {};
        }
        return v.toString();
    };
    auto absoluteUrl = [&](const QString &value, const char *key) -> QUrl {
        const QUrl url(value, QUrl::StrictMode);
        if (value.isEmpty())
            return {};
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            r.defects << DeviceAuthorizationText::tr("\"%1\" must be an absolute http(s) URL, not \"%2\" (RFC 8628 3.2)")
                             .arg(QLatin1String(key), value);
            return {};
        }
        return url;
    };

    r.deviceCode = requiredString("device_code");
    r.userCode = requiredString("user_code");
    const char *uriKey = "verification_uri";
    if (json.value(QLatin1String(uriKey)).isUndefined() && json.value(QLatin1String("verification_url")).isString())
        uriKey = "verification_url"; // the spelling of drafts before RFC 8628 (Google still sends it)
    r.verificationUri = absoluteUrl(requiredString(uriKey), uriKey);
    if (const QJsonValue complete = json.value(QLatin1String("verification_uri_complete")); !complete.isUndefined()) {
        if (complete.isString())
            r.verificationUriComplete = absoluteUrl(complete.toString(), "verification_uri_complete");
        else
            r.defects << DeviceAuthorizationText::tr("\"verification_uri_complete\" must be a string (RFC 8628 3.2)");
    }

    auto positiveSeconds = [&](const char *key, bool required, qint64 *out) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                r.defects << DeviceAuthorizationText::tr("\"%1\" is missing (RFC 8628 3.2: REQUIRED)").arg(QLatin1String(key));
            return false;
        }
        bool ok = v.isDouble();
        double seconds = v.toDouble();
        if (v.isString()) // read as oauth4webapi reads a numeric string
            seconds = v.toString().toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 365.0 * 24 * 3600) {
            r.defects << DeviceAuthorizationText::tr("\"%1\" must be a positive number of seconds, not %2 (RFC 8628 3.2)")
                             .arg(QLatin1String(key), v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : v.isDouble() ? QString::number(v.toDouble()) : json::typeName(v));
            return false;
        }
        *out = qint64(std::ceil(seconds));
        return true;
    };
    positiveSeconds("expires_in", true, &r.expiresIn);
    qint64 interval = 0;
    if (positiveSeconds("interval", false, &interval)) {
        r.interval = int(std::min<qint64>(interval, 3600));
        r.intervalGiven = true;
    }
    return r;
}

DevicePollAnswer classifyDevicePoll(const TokenResponse &response)
{
    if (response.ok())
        return DevicePollAnswer::Tokens;
    const QString error = response.error ? response.error->error : QString();
    if (error == QLatin1String("authorization_pending"))
        return DevicePollAnswer::Pending;
    if (error == QLatin1String("slow_down"))
        return DevicePollAnswer::SlowDown;
    if (error == QLatin1String("access_denied"))
        return DevicePollAnswer::Denied;
    if (error == QLatin1String("expired_token"))
        return DevicePollAnswer::Expired;
    return DevicePollAnswer::Error;
}

QString devicePollAnswerName(const TokenResponse &response)
{
    if (response.ok())
        return QStringLiteral("tokens");
    if (response.error && !response.error->error.isEmpty())
        return response.error->error;
    return QStringLiteral("invalid_response");
}

int nextDevicePollInterval(int currentSecs, DevicePollAnswer answer)
{
    const int current = std::max(currentSecs, 1);
    return answer == DevicePollAnswer::SlowDown ? current + SlowDownIncrementSecs : current;
}

} // namespace tokenscope
