#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include <openssl/types.h>

namespace tokenscope {

// One JSON Web Key (RFC 7517), imported into OpenSSL once when it is parsed and reused for every
// verification. The key's family (kty, crv) comes from the JWK itself, never from a token header.
class JsonWebKey
{
public:
    QString kid, kty, alg, use, crv;
    QStringList keyOps;
    int bits = 0;        // RSA modulus bits, EC/OKP curve size (256/384/521, 255/448), oct secret bits
    QStringList defects; // why it is unusable or questionable (private members are reported by parseJwks, see privateMembers())

    bool usable() const;    // has a key (pkey or secret)
    EVP_PKEY *pkey() const; // shared, owned by the key; nullptr for oct
    QByteArray secret() const; // oct only
    QString thumbprint() const; // RFC 7638 SHA-256, base64url; empty for fromSecret() keys (never hash the client secret for display)
    bool isClientSecret() const { return m_fromClientSecret; }
    QStringList privateMembers() const { return m_privateMembers; } // "d", "p", ... found in the JSON

    // Human-readable reference: "key k1 from the JWKS", "the key without kid from the JWKS", "the client secret".
    QString describe() const;

    static JsonWebKey fromSecret(const QByteArray &secret); // oct key for HS* from the client secret
    static JsonWebKey fromJson(const QJsonObject &jwk);     // RSA (n,e), EC (crv P-256/P-384/P-521, x, y), OKP (Ed25519/Ed448, x), oct (k)

private:
    std::shared_ptr<EVP_PKEY> m_pkey;
    QByteArray m_secret;
    QString m_thumbprint;
    QStringList m_privateMembers;
    bool m_fromClientSecret = false;
};

struct JwkSet
{
    QList<JsonWebKey> keys;
    QStringList defects; // set-level: not JSON, no "keys" array, duplicate kids, private key material, symmetric keys,
                         // keys without kid; each key's own problems are in keys[i].defects (not repeated here)
    bool parsed = false; // the document was a JSON object with a keys array
};

constexpr qsizetype MaxJwksSize = 1024 * 1024; // a larger document is not parsed

JwkSet parseJwks(QByteArrayView json);

} // namespace tokenscope
