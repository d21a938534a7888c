#pragma once

// Test-only key material and token signing, so tests build real tokens with OpenSSL instead of
// pasting opaque strings. Never link this into the product.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

#include <openssl/types.h>

namespace tokenscope::testing {

class TestKey
{
public:
    enum class Type { Rsa, EcP256, EcP384, EcP521, Ed25519, Ed448 };

    // A fresh key pair (RSA keys are slow to generate: prefer cached()).
    static TestKey generate(Type type, const QString &kid, int rsaBits = 2048);
    // One key per (type, kid, bits), generated on first use and kept for the whole test run.
    static const TestKey &cached(Type type, const QString &kid, int rsaBits = 2048);

    QString kid() const { return m_kid; }
    Type type() const { return m_type; }
    EVP_PKEY *pkey() const { return m_pkey.get(); }
    bool isNull() const { return !m_pkey; }

    // The public part as a JWK: kty, kid (when not empty) and n/e, crv/x/y or crv/x.
    QJsonObject publicJwk() const;
    // The public key as PEM (SubjectPublicKeyInfo), e.g. for RS/HS confusion tests.
    QByteArray publicPem() const;
    // A JOSE signature (ES*: raw r || s) of `input` with `alg` (RS*, PS*, ES*, EdDSA); empty on failure.
    QByteArray sign(const QString &alg, QByteArrayView input) const;

private:
    Type m_type = Type::Rsa;
    QString m_kid;
    std::shared_ptr<EVP_PKEY> m_pkey;
};

// Compact JSON bytes of an object.
QByteArray compactJson(const QJsonObject &object);
// "<b64url(header)>.<b64url(payload)>.<b64url(signature)>" from raw bytes (nothing is checked).
QByteArray assembleJwt(QByteArrayView headerJson, QByteArrayView payloadJson, QByteArrayView signature);
// A token signed with `key`, using `alg` or, when empty, the header's alg (which need not agree with `alg`).
QByteArray signJwt(const QJsonObject &header, const QJsonObject &payload, const TestKey &key, const QString &alg = {});
// An HS256/384/512 token (alg from `alg` or the header) with `secret` as the HMAC key.
QByteArray signJwtHs(const QJsonObject &header, const QJsonObject &payload, const QByteArray &secret, const QString &alg = {});
// Raw HMAC for HS256/384/512.
QByteArray hmac(const QString &alg, const QByteArray &secret, QByteArrayView data);
// {"keys": [...]} as bytes.
QByteArray jwksJson(const QList<QJsonObject> &keys);

} // namespace tokenscope::testing
