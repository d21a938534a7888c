#pragma once

// Making JWS compact tokens (RFC 7515) with keys Tokenscope generates itself: test tokens, never a provider's key.
// OpenSSL 3 EVP only (EVP_PKEY_Q_keygen, EVP_DigestSign, EVP_Q_mac).

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

#include <openssl/types.h>

namespace tokenscope {

// A private key generated in memory for one JWS algorithm family.
class SigningKey
{
public:
    // A fresh key for `alg`: RSA 2048 for RS*/PS*, P-256/P-384/P-521 for ES256/384/512, Ed25519 for EdDSA.
    // Invalid (isValid() false) for anything else (HS*, none, unknown names).
    static SigningKey generate(const QString &alg);
    // A private key read from PEM (PKCS#8, or traditional RSA/EC) for `alg`; invalid when it cannot be read or is of
    // another family than alg needs (RSA for RS*/PS*, EC of the right curve for ES*, Ed25519 for EdDSA).
    static SigningKey fromPem(QByteArrayView pem, const QString &alg);
    // A private key read from PEM, with the JWS alg its type gives: RS256 (RSA), ES256/ES384/ES512 (EC P-256/384/521),
    // EdDSA (Ed25519); invalid for another type, an encrypted key (no passphrase is ever asked for) or no key at all.
    static SigningKey fromPem(QByteArrayView pem);
    // A private JWK (RFC 7518 6.3.2, 6.2.2; RFC 8037 2): RSA with n, e, d, p, q, dp, dq, qi; EC P-256/384/521 with x, y, d;
    // OKP Ed25519 with x, d. The alg as fromPem(pem) gives it; invalid for a public key or anything else.
    static SigningKey fromJwk(const QJsonObject &jwk);

    bool isValid() const { return bool(m_pkey); }
    EVP_PKEY *pkey() const { return m_pkey.get(); } // the key pair, owned by this key (e.g. to publish its public part)
    QString alg() const { return m_alg; }
    // The JWS signature of `input` (ES*: r || s as RFC 7518 3.4 wants); empty on failure.
    QByteArray sign(QByteArrayView input) const;

private:
    std::shared_ptr<EVP_PKEY> m_pkey;
    QString m_alg;
};

// The JWS signature of `input` made with `pkey` for `alg` (RS*, PS*, ES* as r || s, EdDSA). Key and alg are not checked
// against each other (test cases sign with a mismatched pair on purpose): what OpenSSL refuses gives an empty result.
QByteArray jwsSign(EVP_PKEY *pkey, const QString &alg, QByteArrayView input);

// The HMAC of `data` for HS256/HS384/HS512 (RFC 7518 3.2); empty for another alg.
QByteArray jwsHmac(const QString &alg, QByteArrayView secret, QByteArrayView data);

// The SubjectPublicKeyInfo of a public key, PEM ("-----BEGIN PUBLIC KEY-----...\n") or DER; empty on failure.
QByteArray publicKeyPem(EVP_PKEY *pkey);
QByteArray publicKeyDer(EVP_PKEY *pkey);

// The private key as unencrypted PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"); empty on failure.
QByteArray privateKeyPem(EVP_PKEY *pkey);

// "<b64url(header)>.<b64url(payload)>" of the compact JSON texts.
QByteArray jwsSigningInput(const QJsonObject &header, const QJsonObject &payload);
// signingInput + "." + b64url(signature)
QByteArray jwsCompact(const QByteArray &signingInput, QByteArrayView signature);

} // namespace tokenscope
