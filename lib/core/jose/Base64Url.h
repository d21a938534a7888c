#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tokenscope::Base64Url {

// RFC 7515 section 2 base64url: URL-safe alphabet, never any '=' padding.
QByteArray encode(QByteArrayView data);

// Strict decoder: accepts only [A-Za-z0-9_-], no '=' and no whitespace, and a length that is not
// 1 modulo 4 (such a length cannot come from any byte string). Returns nullopt otherwise.
std::optional<QByteArray> decode(QByteArrayView text);

// Why decode() rejects `text` (for example "character '=' at offset 42"), or an empty string when it
// would accept it. Untranslated fragment; callers put it into their own translated sentence.
QString explainInvalid(QByteArrayView text);

} // namespace tokenscope::Base64Url
