#include "TestKeys.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace tokenscope::testing {

namespace {

struct BnFree { void operator()(BIGNUM *p) const { BN_free(p); } };
struct BioFree { void operator()(BIO *p) const { BIO_free(p); } };

QByteArray bnParam(EVP_PKEY *pkey, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    std::unique_ptr<BIGNUM, BnFree> bn(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(size, '\0');
    BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

} // namespace

TestKey TestKey::generate(Type type, const QString &kid, int rsaBits)
{
    TestKey key;
    key.m_type = type;
    key.m_kid = kid;
    EVP_PKEY *pkey = nullptr;
    switch (type) {
    case Type::Rsa:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(rsaBits));
        break;
    case Type::EcP256:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case Type::EcP384:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case Type::EcP521:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
        break;
    case Type::Ed25519:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case Type::Ed448:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED448");
        break;
    }
    key.m_pkey = std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
    return key;
}

const TestKey &TestKey::cached(Type type, const QString &kid, int rsaBits)
{
    static QHash<QString, TestKey> cache;
    const QString cacheKey = QStringLiteral("%1/%2/%3").arg(int(type)).arg(rsaBits).arg(kid);
    auto it = cache.find(cacheKey);
    if (it == cache.end())
        it = cache.insert(cacheKey, generate(type, kid, rsaBits));
    return it.value();
}

QJsonObject TestKey::publicJwk() const
{
    QJsonObject jwk;
    EVP_PKEY *p = m_pkey.get();
    switch (m_type) {
    case Type::Rsa:
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), b64(bnParam(p, OSSL_PKEY_PARAM_RSA_N)));
        jwk.insert(QStringLiteral("e"), b64(bnParam(p, OSSL_PKEY_PARAM_RSA_E)));
        break;
    case Type::EcP256:
    case Type::EcP384:
    case Type::EcP521: {
        const int size = m_type == Type::EcP256 ? 32 : m_type == Type::EcP384 ? 48 : 66;
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), m_type == Type::EcP256 ? QStringLiteral("P-256")
                                              : m_type == Type::EcP384 ? QStringLiteral("P-384")
                                                                       : QStringLiteral("P-521"));
        jwk.insert(QStringLiteral("x"), b64(bnParam(p, OSSL_PKEY_PARAM_EC_PUB_X, size)));
        jwk.insert(QStringLiteral("y"), b64(bnParam(p, OSSL_PKEY_PARAM_EC_PUB_Y, size)));
        break;
    }
    case Type::Ed25519:
    case Type::Ed448: {
        size_t length = 0;
        EVP_PKEY_get_raw_public_key(p, nullptr, &length);
        QByteArray x(qsizetype(length), '\0');
        EVP_PKEY_get_raw_public_key(p, reinterpret_cast<unsigned char *>(x.data()), &length);
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        jwk.insert(QStringLiteral("crv"), m_type == Type::Ed25519 ? QStringLiteral("Ed25519") : QStringLiteral("Ed448"));
        jwk.insert(QStringLiteral("x"), b64(x));
        break;
    }
    }
    if (!m_kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), m_kid);
    return jwk;
}

QByteArray TestKey::publicPem() const
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_pkey.get()) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray TestKey::sign(const QString &alg, QByteArrayView input) const
{
    return jwsSign(m_pkey.get(), alg, input);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray assembleJwt(QByteArrayView headerJson, QByteArrayView payloadJson, QByteArrayView signature)
{
    return Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson) + '.' + Base64Url::encode(signature);
}

QByteArray signJwt(const QJsonObject &header, const QJsonObject &payload, const TestKey &key, const QString &alg)
{
    const QString signAlg = alg.isEmpty() ? header.value(QLatin1String("alg")).toString() : alg;
    const QByteArray input = Base64Url::encode(compactJson(header)) + '.' + Base64Url::encode(compactJson(payload));
    return input + '.' + Base64Url::encode(key.sign(signAlg, input));
}

QByteArray hmac(const QString &alg, const QByteArray &secret, QByteArrayView data)
{
    return jwsHmac(alg, secret, data);
}

QByteArray signJwtHs(const QJsonObject &header, const QJsonObject &payload, const QByteArray &secret, const QString &alg)
{
    const QString signAlg = alg.isEmpty() ? header.value(QLatin1String("alg")).toString() : alg;
    const QByteArray input = Base64Url::encode(compactJson(header)) + '.' + Base64Url::encode(compactJson(payload));
    return input + '.' + Base64Url::encode(hmac(signAlg, secret, input));
}

QByteArray jwksJson(const QList<QJsonObject> &keys)
{
    QJsonArray array;
    for (const QJsonObject &k : keys)
        array.append(k);
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), array}}).toJson(QJsonDocument::Compact);
}

} // namespace tokenscope::testing
