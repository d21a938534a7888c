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
    // A key type (kty) or curve this version does not implement (secp256k1, X25519, AKP, ...): RFC 7517 section 5 says
    // to ignore such keys in a set, so they are no defect of the set; `defects` still says why the key is not used.
    bool unsupportedType = false;

    bool usable() const;    // has a key (pkey or secret)
    EVP_PKEY *pkey() const; // shared, owned by the key; nullptr for oct
    QByteArray secret() const; // oct only
    QString thumbprint() const; // RFC 7638 SHA-256, base64url; empty for fromSecret() keys (never hash the client secret for display)
    bool isClientSecret() const { return m_fromClientSecret; }
    QStringList privateMembers() const { return m_privateMembers; } // "d", "p", ... found in the JSON

    // Human-readable reference: "key k1 from the JWKS", "the key without kid from the JWKS", "the client secret".
    QString describe() const;
    static QString describe(const QString &kid, bool clientSecret); // the same text from those two facts

    // What OpenSSL says the imported key is (EVP_PKEY_is_a, asked once at import: it is a name lookup).
    enum class PkeyType { None, Rsa, Ec, Ed25519, Ed448 };
    PkeyType pkeyType() const { return m_pkeyType; }

    // For JwsVerifier: a verification context (EVP_DigestVerifyInit and padding settings) is made once per key and
    // slot by `init` and kept with the key (shared by its copies); each verification copies it into `out` instead of
    // initialising again (a provider fetch and a new key context per token). `slot` (0..MaxVerifySlots-1) names the
    // algorithm; a slot is always made by the same `init`. Returns false when there is no such context (no key, or
    // `init` failed): the caller then initialises `out` itself.
    using VerifyInit = bool (*)(EVP_MD_CTX *ctx, EVP_PKEY *pkey, int slot);
    static constexpr int MaxVerifySlots = 16;
    bool copyVerifyContext(EVP_MD_CTX *out, int slot, VerifyInit init) const;

    static JsonWebKey fromSecret(const QByteArray &secret); // oct key for HS* from the client secret
    static JsonWebKey fromJson(const QJsonObject &jwk);     // RSA (n,e), EC (crv P-256/P-384/P-521, x, y), OKP (Ed25519/Ed448, x), oct (k)

private:
    struct VerifyContexts;
    std::shared_ptr<EVP_PKEY> m_pkey;
    std::shared_ptr<VerifyContexts> m_verifyContexts; // set with m_pkey
    PkeyType m_pkeyType = PkeyType::None;
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
