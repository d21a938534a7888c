#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tokenscope {

// Time-based one-time passwords (RFC 6238 with HMAC-SHA1, the authenticator apps' default), so that the headless filler
// can answer a provider's one-time-code page. The secret is a secret like a password: never logged, never reported.
namespace totp {

// RFC 4648 section 6 base32 as authenticator apps show it: case, spaces, dashes and missing '=' padding tolerated.
// nullopt for any other character, for bits left over that are not zero-padding, or for empty input.
std::optional<QByteArray> decodeBase32(const QString &text);

// RFC 6238 section 4: HOTP (RFC 4226 section 5.3) of T = floor(unixTime / stepSecs), `digits` long (6 to 8), with
// leading zeros. Empty when the key is empty, unixTime is negative or the parameters are out of range.
QString code(const QByteArray &key, qint64 unixTime, int digits = 6, int stepSecs = 30);

} // namespace totp

} // namespace tokenscope
