#pragma once

#include "core/common/Check.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"

#include <QString>
#include <QStringList>

namespace tokenscope {

// RS256/384/512, PS256/384/512, ES256/384/512, EdDSA, HS256/384/512 ("none" is never supported).
QStringList supportedJwsAlgorithms();
bool isSupportedJwsAlgorithm(const QString &alg); // in supportedJwsAlgorithms() (case-sensitive)
bool isAsymmetricAlg(const QString &alg);         // supported and not HS*

// Which key family an algorithm needs, for messages: "an RSA key", "an EC P-256 key", "an OKP (Ed25519 or Ed448) key",
// "the client secret"; empty for unsupported algorithms.
QString requiredKeyDescription(const QString &alg);
// Whether `key` (by its kty/crv from the JWK, never by anything in a token) belongs to the family `alg` needs.
bool keyFamilyMatches(const JsonWebKey &key, const QString &alg);

struct SignatureResult
{
    bool ok = false;
    CheckDetail detail; // the text of the id_token.signature check (on success built when first read)
};

// Verifies jwt.signature over jwt.signingInput with `key` using algorithm `alg` (which the caller has already
// allow-listed). Fails (with a reason) when the key's family (from kty/crv) does not match alg, the key's own "alg"
// differs, its "use" is not "sig", its key_ops lack "verify", or the key is unusable.
// ES*: JOSE raw r||s is converted to DER via OpenSSL's ECDSA_SIG; its length must be exactly 2 * curve bytes.
// HS*: HMAC via EVP_MAC, constant-time comparison; secrets shorter than the hash output verify, with a warning in detail.
SignatureResult verifyJws(const ParsedJwt &jwt, const JsonWebKey &key, const QString &alg);

} // namespace tokenscope
