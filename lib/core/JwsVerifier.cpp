#include "JwsVerifier.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <memory>

namespace tokenscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JwsVerifier", text);
}

struct MdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };
struct MacFree { void operator()(EVP_MAC *p) const { EVP_MAC_free(p); } };
struct MacCtxFree { void operator()(EVP_MAC_CTX *p) const { EVP_MAC_CTX_free(p); } };
struct EcdsaSigFree { void operator()(ECDSA_SIG *p) const { ECDSA_SIG_free(p); } };

enum class Family { None, Rsa, RsaPss, Ec, EdDsa, Hmac };

struct AlgInfo
{
    Family family = Family::None;
    const char *digest = nullptr; // OpenSSL digest name; nullptr for EdDSA
    int digestBytes = 0;
    const char *curve = nullptr;  // JWK crv for ES*
    int coordinateBytes = 0;      // ES*: bytes of r and of s
};

AlgInfo algInfo(const QString &alg)
{
    static const struct
    {
        const char *name;
        AlgInfo info;
    } table[] = {
        {"RS256", {Family::Rsa, "SHA256", 32, nullptr, 0}},
        {"RS384", {Family::Rsa, "SHA384", 48, nullptr, 0}},
        {"RS512", {Family::Rsa, "SHA512", 64, nullptr, 0}},
        {"PS256", {Family::RsaPss, "SHA256", 32, nullptr, 0}},
        {"PS384", {Family::RsaPss, "SHA384", 48, nullptr, 0}},
        {"PS512", {Family::RsaPss, "SHA512", 64, nullptr, 0}},
        {"ES256", {Family::Ec, "SHA256", 32, "P-256", 32}},
        {"ES384", {Family::Ec, "SHA384", 48, "P-384", 48}},
        {"ES512", {Family::Ec, "SHA512", 64, "P-521", 66}},
        {"EdDSA", {Family::EdDsa, nullptr, 0, nullptr, 0}},
        {"HS256", {Family::Hmac, "SHA256", 32, nullptr, 0}},
        {"HS384", {Family::Hmac, "SHA384", 48, nullptr, 0}},
        {"HS512", {Family::Hmac, "SHA512", 64, nullptr, 0}},
    };
    for (const auto &row : table) {
        if (alg == QLatin1String(row.name))
            return row.info;
    }
    return {};
}

QString describeKeyFamily(const JsonWebKey &key)
{
    if (key.kty == QLatin1String("oct"))
        return key.isClientSecret() ? tr("a client secret") : tr("a symmetric (oct) key");
    if (key.kty == QLatin1String("RSA") || key.kty == QLatin1String("EC") || key.kty == QLatin1String("OKP"))
        return key.crv.isEmpty() ? tr("an %1 key").arg(key.kty) : tr("an %1 %2 key").arg(key.kty, key.crv);
    if (key.kty.isEmpty())
        return tr("a key without kty");
    return tr("a key of type %1").arg(key.kty);
}

QString opensslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return {};
    const char *reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QString();
}

// The digest implementation for a name, fetched once per process (an implicit fetch by name on every verification
// costs a provider lookup each time); nullptr for EdDSA (no digest) or when the fetch fails.
const EVP_MD *fetchedDigest(const char *digest)
{
    if (!digest)
        return nullptr;
    static const struct Digests
    {
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD *sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
        EVP_MD *sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    } digests; // kept for the life of the process
    const QLatin1String name(digest);
    return name == QLatin1String("SHA256") ? digests.sha256
        : name == QLatin1String("SHA384")  ? digests.sha384
        : name == QLatin1String("SHA512")  ? digests.sha512
                                           : nullptr;
}

// EVP_DigestVerify over the signing input; `configure` sets padding on the key context (RSA-PSS).
template<typename Configure>
int digestVerify(EVP_PKEY *pkey, const char *digest, const QByteArray &signingInput, const QByteArray &signature,
                 Configure configure)
{
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx)
        return -1;
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = fetchedDigest(digest);
    if (md ? EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, pkey) != 1
           : EVP_DigestVerifyInit_ex(ctx.get(), &pctx, digest, nullptr, nullptr, pkey, nullptr) != 1)
        return -1;
    if (!configure(pctx))
        return -1;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                            reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()));
}

// JOSE ECDSA signatures are r || s with fixed-size big-endian integers (RFC 7518 section 3.4); OpenSSL wants DER.
QByteArray joseEcdsaToDer(const QByteArray &raw, int coordinateBytes)
{
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    if (!sig)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    BIGNUM *r = BN_bin2bn(bytes, coordinateBytes, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + coordinateBytes, coordinateBytes, nullptr);
    if (!r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

std::optional<QByteArray> hmac(const char *digest, const QByteArray &key, const QByteArray &data)
{
    std::unique_ptr<EVP_MAC, MacFree> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return std::nullopt;
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_new(mac.get()));
    if (!ctx)
        return std::nullopt;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char *>(digest), 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()), params) != 1
        || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return std::nullopt;
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (EVP_MAC_final(ctx.get(), out, &length, sizeof out) != 1)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
}

} // namespace

QStringList supportedJwsAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"), QStringLiteral("PS256"),
            QStringLiteral("PS384"), QStringLiteral("PS512"), QStringLiteral("ES256"), QStringLiteral("ES384"),
            QStringLiteral("ES512"), QStringLiteral("EdDSA"), QStringLiteral("HS256"), QStringLiteral("HS384"),
            QStringLiteral("HS512")};
}

bool isSupportedJwsAlgorithm(const QString &alg)
{
    return algInfo(alg).family != Family::None;
}

bool isAsymmetricAlg(const QString &alg)
{
    const Family family = algInfo(alg).family;
    return family != Family::None && family != Family::Hmac;
}

QString requiredKeyDescription(const QString &alg)
{
    const AlgInfo info = algInfo(alg);
    switch (info.family) {
    case Family::Rsa:
    case Family::RsaPss:
        return tr("an RSA key");
    case Family::Ec:
        return tr("an EC %1 key").arg(QLatin1String(info.curve));
    case Family::EdDsa:
        return tr("an OKP (Ed25519 or Ed448) key");
    case Family::Hmac:
        return tr("the client secret");
    case Family::None:
        break;
    }
    return {};
}

bool keyFamilyMatches(const JsonWebKey &key, const QString &alg)
{
    const AlgInfo info = algInfo(alg);
    EVP_PKEY *pkey = key.pkey();
    switch (info.family) {
    case Family::Rsa:
    case Family::RsaPss:
        return key.kty == QLatin1String("RSA") && pkey && EVP_PKEY_is_a(pkey, "RSA");
    case Family::Ec:
        return key.kty == QLatin1String("EC") && key.crv == QLatin1String(info.curve) && pkey && EVP_PKEY_is_a(pkey, "EC");
    case Family::EdDsa:
        return key.kty == QLatin1String("OKP") && pkey
            && ((key.crv == QLatin1String("Ed25519") && EVP_PKEY_is_a(pkey, "ED25519"))
                || (key.crv == QLatin1String("Ed448") && EVP_PKEY_is_a(pkey, "ED448")));
    case Family::Hmac:
        return key.kty == QLatin1String("oct") && !pkey && !key.secret().isEmpty();
    case Family::None:
        break;
    }
    return false;
}

SignatureResult verifyJws(const ParsedJwt &jwt, const JsonWebKey &key, const QString &alg)
{
    const AlgInfo info = algInfo(alg);
    const QString keyName = key.describe();
    if (info.family == Family::None) {
        if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return {false, tr("alg \"none\": the token is unsigned, and unsigned tokens are never accepted")};
        return {false, tr("alg \"%1\" is not supported (supported: %2)").arg(alg, supportedJwsAlgorithms().join(QLatin1String(", ")))};
    }
    if (!key.usable())
        return {false, tr("%1 is unusable: %2").arg(keyName, key.defects.join(QLatin1String("; ")))};
    if (key.isClientSecret() && info.family != Family::Hmac)
        return {false, tr("%1 needs %2 from the JWKS; the client secret only verifies HS256, HS384 and HS512")
                           .arg(alg, requiredKeyDescription(alg))};
    if (!keyFamilyMatches(key, alg)) {
        return {false, tr("%1 is %2 (from its JWK kty/crv), but %3 needs %4; the key type is never taken from the token")
                           .arg(keyName, describeKeyFamily(key), alg, requiredKeyDescription(alg))};
    }
    if (info.family == Family::Hmac && !key.isClientSecret())
        return {false, tr("%1 is verified only with the client secret, never with %2").arg(alg, keyName)};
    if (!key.alg.isEmpty() && key.alg != alg)
        return {false, tr("%1 is for %2, but the token says %3").arg(keyName, key.alg, alg)};
    if (!key.use.isEmpty() && key.use != QLatin1String("sig"))
        return {false, tr("%1 has use \"%2\", not \"sig\"").arg(keyName, key.use)};
    if (!key.keyOps.isEmpty() && !key.keyOps.contains(QLatin1String("verify")))
        return {false, tr("%1 has key_ops [%2], which does not include \"verify\"").arg(keyName, key.keyOps.join(QLatin1String(", ")))};
    if (jwt.signingInput.isEmpty())
        return {false, tr("the token has no signing input (it is not a 3-part JWS)")};
    if (jwt.signature.isEmpty())
        return {false, tr("the token has no signature")};

    // Built only when a verification fails (most calls succeed, and the message is not free).
    const auto failureText = [&key, &alg, &keyName] {
        return key.isClientSecret() ? tr("the %1 signature does not verify with the client secret").arg(alg)
                                    : tr("signature does not verify with %1 %2").arg(alg, keyName);
    };
    ERR_clear_error();
    switch (info.family) {
    case Family::Hmac: {
        const std::optional<QByteArray> expected = hmac(info.digest, key.secret(), jwt.signingInput);
        if (!expected)
            return {false, tr("OpenSSL could not compute the %1 HMAC: %2").arg(alg, opensslReason())};
        if (jwt.signature.size() != expected->size())
            return {false, tr("%1 (the signature is %2 bytes, an %3 HMAC is %4 bytes)")
                               .arg(failureText())
                               .arg(jwt.signature.size())
                               .arg(alg)
                               .arg(expected->size())};
        if (CRYPTO_memcmp(expected->constData(), jwt.signature.constData(), size_t(expected->size())) != 0)
            return {false, failureText()};
        QString detail = tr("%1, %2").arg(alg, keyName);
        if (key.secret().size() < info.digestBytes)
            detail += tr(" (warning: the secret is %1 bytes; RFC 7518 section 3.2 requires at least %2 bytes for %3)")
                          .arg(key.secret().size())
                          .arg(info.digestBytes)
                          .arg(alg);
        return {true, detail};
    }
    case Family::Ec: {
        if (jwt.signature.size() != 2 * info.coordinateBytes)
            return {false, tr("the %1 signature is %2 bytes; a JOSE %1 signature is exactly %3 bytes (r || s, RFC 7518 section 3.4)%4")
                               .arg(alg)
                               .arg(jwt.signature.size())
                               .arg(2 * info.coordinateBytes)
                               .arg(jwt.signature.startsWith('\x30') ? tr("; this looks DER-encoded, which JOSE does not allow")
                                                                     : QString())};
        const QByteArray der = joseEcdsaToDer(jwt.signature, info.coordinateBytes);
        if (der.isEmpty())
            return {false, tr("OpenSSL could not convert the %1 signature: %2").arg(alg, opensslReason())};
        const int rc = digestVerify(key.pkey(), info.digest, jwt.signingInput, der, [](EVP_PKEY_CTX *) { return true; });
        if (rc != 1)
            return {false, failureText()};
        return {true, tr("%1, %2").arg(alg, keyName)};
    }
    case Family::Rsa:
    case Family::RsaPss: {
        const int modulusBytes = (EVP_PKEY_get_bits(key.pkey()) + 7) / 8;
        if (jwt.signature.size() != modulusBytes)
            return {false, tr("%1 (the signature is %2 bytes, the %3-bit key's signatures are %4 bytes)")
                               .arg(failureText())
                               .arg(jwt.signature.size())
                               .arg(key.bits)
                               .arg(modulusBytes)};
        const bool pss = info.family == Family::RsaPss;
        const char *digest = info.digest;
        const int rc = digestVerify(key.pkey(), digest, jwt.signingInput, jwt.signature, [pss, digest](EVP_PKEY_CTX *pctx) {
            if (!pss)
                return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
            // RFC 7518 section 3.5: MGF1 with the same hash, salt as long as the hash output.
            return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
                && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, digest, nullptr) == 1
                && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
        });
        if (rc != 1)
            return {false, failureText()};
        QString detail = tr("%1, %2").arg(alg, keyName);
        if (key.bits < 2048)
            detail += tr(" (warning: the key is only %1 bits)").arg(key.bits);
        return {true, detail};
    }
    case Family::EdDsa: {
        const int rc = digestVerify(key.pkey(), nullptr, jwt.signingInput, jwt.signature, [](EVP_PKEY_CTX *) { return true; });
        if (rc != 1)
            return {false, failureText()};
        return {true, tr("%1 (%2), %3").arg(alg, key.crv, keyName)};
    }
    case Family::None:
        break;
    }
    return {false, failureText()};
}

} // namespace tokenscope
