#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tokenscope {

// OIDC left-most-half hash for c_hash / at_hash / s_hash (OpenID Connect Core 3.1.3.6, 3.3.2.11): the hash of the
// JWS alg (SHA-256/384/512; EdDSA with Ed25519 -> SHA-512, Ed448 -> SHAKE256 with 114 bytes of output), base64url of
// its left half. nullopt for algorithms without a defined hash ("none", unknown, EdDSA with an unknown curve).
std::optional<QString> leftHalfHash(const QString &alg, const QString &crv, QByteArrayView value);

// The hash function leftHalfHash uses, for messages ("SHA-256", "SHAKE256"); empty when it has none.
QString leftHalfHashName(const QString &alg, const QString &crv);

} // namespace tokenscope
