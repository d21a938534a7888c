#include "core/jose/JwsSigner.h"

#include "core/jose/Base64Url.h"

#include <QJsonDocument>

#include <vector>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace tokenscope {

namespace {

struct MdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
struct BioFree { void operator()(BIO *p) const { BIO_free(p); } };
struct EcdsaSigFree { void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); } };

const char *digestFor(const QString &alg)
{
    if (alg.endsWith(QLatin1String("256")))
        return "SHA256";
    if (alg.endsWith(QLatin1String("384")))
        return "SHA384";
    if (alg.endsWith(QLatin1String("512")))
        return "SHA512";
    return nullptr;
}

bool isRsa(const QString &alg)
{
    return (alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS"))) && digestFor(alg);
}

int ecSize(const QString &alg)
{
    if (alg == QLatin1String("ES256"))
        return 32;
    if (alg == QLatin1String("ES384"))
        return 48;
    if (alg == QLatin1String("ES512"))
        return 66;
    return 0;
}

int noPassphrase(char *, int, int, void *)
{
    return 0;
}

} // namespace

SigningKey SigningKey::generate(const QString &alg)
{
    EVP_PKEY *pkey = nullptr;
    if (isRsa(alg))
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    else if (alg == QLatin1String("ES256"))
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    else if (alg == QLatin1String("ES384"))
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    else if (alg == QLatin1String("ES512"))
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-521");
    else if (alg == QLatin1String("EdDSA") || alg == QLatin1String("Ed25519"))
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    SigningKey key;
    if (pkey) {
        key.m_pkey.reset(pkey, EVP_PKEY_free);
        key.m_alg = alg;
    }
    return key;
}

SigningKey SigningKey::fromPem(QByteArrayView pem)
{
    for (const char *alg : {"RS256", "ES256", "ES384", "ES512", "EdDSA"}) {
        SigningKey key = fromPem(pem, QLatin1String(alg));
        if (key.isValid())
            return key;
    }
    return {};
}

SigningKey SigningKey::fromJwk(const QJsonObject &jwk)
{
    auto bytes = [&jwk](const char *member) {
        return Base64Url::decode(jwk.value(QLatin1String(member)).toString().toLatin1()).value_or(QByteArray());
    };
    struct BnFree { void operator()(BIGNUM *p) const { BN_clear_free(p); } };
    using Bn = std::unique_ptr<BIGNUM, BnFree>;
    auto bn = [](const QByteArray &b) {
        return Bn(b.isEmpty() ? nullptr : BN_bin2bn(reinterpret_cast<const unsigned char *>(b.constData()), int(b.size()), nullptr));
    };
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    EVP_PKEY *pkey = nullptr;
    if (kty == QLatin1String("OKP")) {
        const QByteArray d = bytes("d");
        if (jwk.value(QLatin1String("crv")).toString() == QLatin1String("Ed25519") && d.size() == 32)
            pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(d.constData()), size_t(d.size()));
    } else if (kty == QLatin1String("RSA") || kty == QLatin1String("EC")) {
        std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
        std::vector<Bn> numbers; // alive until the parameters are built
        bool ok = bool(bld);
        auto pushBn = [&](const char *name, const char *member) {
            numbers.push_back(bn(bytes(member)));
            ok = ok && numbers.back() && OSSL_PARAM_BLD_push_BN(bld.get(), name, numbers.back().get()) == 1;
        };
        QByteArray point;
        if (kty == QLatin1String("RSA")) {
            pushBn(OSSL_PKEY_PARAM_RSA_N, "n");
            pushBn(OSSL_PKEY_PARAM_RSA_E, "e");
            pushBn(OSSL_PKEY_PARAM_RSA_D, "d");
            pushBn(OSSL_PKEY_PARAM_RSA_FACTOR1, "p");
            pushBn(OSSL_PKEY_PARAM_RSA_FACTOR2, "q");
            pushBn(OSSL_PKEY_PARAM_RSA_EXPONENT1, "dp");
            pushBn(OSSL_PKEY_PARAM_RSA_EXPONENT2, "dq");
            pushBn(OSSL_PKEY_PARAM_RSA_COEFFICIENT1, "qi");
        } else {
            const QString crv = jwk.value(QLatin1String("crv")).toString();
            const char *group = crv == QLatin1String("P-256") ? "prime256v1" : crv == QLatin1String("P-384") ? "secp384r1"
                              : crv == QLatin1String("P-521") ? "secp521r1" : nullptr;
            point = QByteArray(1, '\x04') + bytes("x") + bytes("y");
            ok = ok && group && point.size() > 1
                && OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1
                && OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())) == 1;
            pushBn(OSSL_PKEY_PARAM_PRIV_KEY, "d");
        }
        std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(ok ? OSSL_PARAM_BLD_to_param(bld.get()) : nullptr, OSSL_PARAM_free);
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            params ? EVP_PKEY_CTX_new_from_name(nullptr, kty == QLatin1String("RSA") ? "RSA" : "EC", nullptr) : nullptr, EVP_PKEY_CTX_free);
        if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEYPAIR, params.get()) != 1)
            pkey = nullptr;
    }
    if (!pkey)
        return {};
    std::shared_ptr<EVP_PKEY> owned(pkey, EVP_PKEY_free);
    // The private and the public half must belong together (a JWK can pair any d with any x).
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr), EVP_PKEY_CTX_free);
    if (kty != QLatin1String("OKP") && (!check || EVP_PKEY_pairwise_check(check.get()) != 1))
        return {};
    if (kty == QLatin1String("OKP") && jwk.contains(QLatin1String("x"))) {
        unsigned char x[32];
        size_t length = sizeof x;
        if (EVP_PKEY_get_raw_public_key(pkey, x, &length) != 1 || QByteArray(reinterpret_cast<const char *>(x), qsizetype(length)) != bytes("x"))
            return {};
    }
    return fromPem(privateKeyPem(pkey));
}

SigningKey SigningKey::fromPem(QByteArrayView pem, const QString &alg)
{
    SigningKey key;
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    // An encrypted key fails here: the callback gives no passphrase (OpenSSL's default one would read the terminal).
    EVP_PKEY *pkey = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr;
    if (!pkey)
        return key;
    std::shared_ptr<EVP_PKEY> owned(pkey, EVP_PKEY_free);
    bool fits = false;
    if (isRsa(alg)) {
        fits = EVP_PKEY_is_a(pkey, "RSA");
    } else if (const int size = ecSize(alg)) {
        fits = EVP_PKEY_is_a(pkey, "EC") && (EVP_PKEY_get_bits(pkey) + 7) / 8 == size;
    } else if (alg == QLatin1String("EdDSA") || alg == QLatin1String("Ed25519")) {
        fits = EVP_PKEY_is_a(pkey, "ED25519");
    }
    if (fits) {
        key.m_pkey = owned;
        key.m_alg = alg;
    }
    return key;
}

QByteArray SigningKey::sign(QByteArrayView input) const
{
    return m_pkey ? jwsSign(m_pkey.get(), m_alg, input) : QByteArray();
}

QByteArray jwsSign(EVP_PKEY *pkey, const QString &alg, QByteArrayView input)
{
    if (!pkey)
        return {};
    const bool eddsa = alg == QLatin1String("EdDSA") || alg == QLatin1String("Ed25519");
    const char *digest = eddsa ? nullptr : digestFor(alg);
    if (!eddsa && !digest)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || EVP_DigestSignInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, pkey, nullptr) != 1)
        return {};
    if (alg.startsWith(QLatin1String("PS"))) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, digest, nullptr) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1)
            return {};
    }
    const auto *data = reinterpret_cast<const unsigned char *>(input.data());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data, size_t(input.size())) != 1)
        return {};
    signature.resize(qsizetype(length));
    const int size = ecSize(alg);
    if (size == 0)
        return signature;
    // DER ECDSA-Sig-Value -> JOSE r || s (RFC 7518 3.4).
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(d2i_ECDSA_SIG(nullptr, &der, long(signature.size())));
    if (!sig)
        return {};
    QByteArray raw(2 * size, '\0');
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), reinterpret_cast<unsigned char *>(raw.data()), size) != size
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), reinterpret_cast<unsigned char *>(raw.data()) + size, size) != size)
        return {};
    return raw;
}

QByteArray jwsHmac(const QString &alg, QByteArrayView secret, QByteArrayView data)
{
    if (!alg.startsWith(QLatin1String("HS")))
        return {};
    const char *digest = digestFor(alg);
    if (!digest)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, secret.data(), size_t(secret.size()),
                   reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()), out, sizeof out, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

QByteArray publicKeyPem(EVP_PKEY *pkey)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!pkey || !bio || PEM_write_bio_PUBKEY(bio.get(), pkey) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray privateKeyPem(EVP_PKEY *pkey)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!pkey || !bio || PEM_write_bio_PrivateKey(bio.get(), pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray publicKeyDer(EVP_PKEY *pkey)
{
    if (!pkey)
        return {};
    const int length = i2d_PUBKEY(pkey, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PUBKEY(pkey, &out) != length)
        return {};
    return der;
}

QByteArray jwsSigningInput(const QJsonObject &header, const QJsonObject &payload)
{
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
           + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QByteArray jwsCompact(const QByteArray &signingInput, QByteArrayView signature)
{
    return signingInput + '.' + Base64Url::encode(signature);
}

} // namespace tokenscope
