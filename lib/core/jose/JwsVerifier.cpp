#include "core/jose/JwsVerifier.h"

#include "core/common/Translation.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <iterator>
#include <memory>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::JwsVerifierText.
struct JwsVerifierText
{
    TOKENSCOPE_CACHED_TR_FUNCTIONS(tokenscope::JwsVerifierText) // formatted per token by the batch inspect's workers
};

namespace {


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

struct AlgRow
{
    const char *name; // always 5 characters
    AlgInfo info;
};

constexpr AlgRow AlgTable[] = {
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
constexpr int AlgCount = int(std::size(AlgTable));
static_assert(AlgCount <= JsonWebKey::MaxVerifySlots);

// Row of AlgTable for an algorithm name (exact, case-sensitive), or -1. Runs a few times per token: compares
// UTF-16 code units with the ASCII names directly instead of building strings.
int algIndex(const QString &alg)
{
    if (alg.size() != 5)
        return -1;
    const char16_t *a = reinterpret_cast<const char16_t *>(alg.utf16());
    for (int i = 0; i < AlgCount; ++i) {
        const char *n = AlgTable[i].name;
        if (a[0] == char16_t(n[0]) && a[1] == char16_t(n[1]) && a[2] == char16_t(n[2]) && a[3] == char16_t(n[3])
            && a[4] == char16_t(n[4]))
            return i;
    }
    return -1;
}

AlgInfo algInfo(const QString &alg)
{
    const int i = algIndex(alg);
    return i < 0 ? AlgInfo{} : AlgTable[i].info;
}

QString describeKeyFamily(const JsonWebKey &key)
{
    if (key.kty == QLatin1String("oct"))
        return key.isClientSecret() ? JwsVerifierText::tr("a client secret") : JwsVerifierText::tr("a symmetric (oct) key");
    if (key.kty == QLatin1String("RSA") || key.kty == QLatin1String("EC") || key.kty == QLatin1String("OKP"))
        return key.crv.isEmpty() ? JwsVerifierText::tr("an %1 key").arg(key.kty) : JwsVerifierText::tr("an %1 %2 key").arg(key.kty, key.crv);
    if (key.kty.isEmpty())
        return JwsVerifierText::tr("a key without kty");
    return JwsVerifierText::tr("a key of type %1").arg(key.kty);
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

// EVP_DigestVerifyInit for algorithm row `slot` of AlgTable with `pkey`, and the padding RFC 7518 prescribes (RSA:
// PKCS #1 v1.5; RSA-PSS: MGF1 with the same hash, salt as long as the hash output, section 3.5).
bool initVerify(EVP_MD_CTX *ctx, EVP_PKEY *pkey, int slot)
{
    if (slot < 0 || slot >= AlgCount)
        return false;
    const AlgInfo &info = AlgTable[slot].info;
    EVP_PKEY_CTX *pctx = nullptr;
    const EVP_MD *md = fetchedDigest(info.digest);
    if (md ? EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, pkey) != 1
           : EVP_DigestVerifyInit_ex(ctx, &pctx, info.digest, nullptr, nullptr, pkey, nullptr) != 1)
        return false;
    switch (info.family) {
    case Family::Rsa:
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) == 1;
    case Family::RsaPss:
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, info.digest, nullptr) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
    case Family::Ec:
    case Family::EdDsa:
        return true;
    case Family::Hmac:
    case Family::None:
        break;
    }
    return false;
}

// EVP_DigestVerify of `signature` over the signing input with `key` for algorithm row `slot`. The verification
// context is copied from the one the key keeps for that algorithm (made once), into one EVP_MD_CTX per thread.
int digestVerify(const JsonWebKey &key, int slot, const QByteArray &signingInput, const QByteArray &signature)
{
    static thread_local const std::unique_ptr<EVP_MD_CTX, MdCtxFree> perThread(EVP_MD_CTX_new());
    EVP_MD_CTX *ctx = perThread.get();
    if (!ctx)
        return -1;
    if (!key.copyVerifyContext(ctx, slot, initVerify)) {
        EVP_MD_CTX_reset(ctx);
        if (!initVerify(ctx, key.pkey(), slot)) {
            EVP_MD_CTX_reset(ctx);
            return -1;
        }
    }
    const int rc = EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
                                    reinterpret_cast<const unsigned char *>(signingInput.constData()), size_t(signingInput.size()));
    EVP_MD_CTX_reset(ctx); // drops the key context (and its reference to the key) now, not at the next verification
    return rc;
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
        return JwsVerifierText::tr("an RSA key");
    case Family::Ec:
        return JwsVerifierText::tr("an EC %1 key").arg(QLatin1String(info.curve));
    case Family::EdDsa:
        return JwsVerifierText::tr("an OKP (Ed25519 or Ed448) key");
    case Family::Hmac:
        return JwsVerifierText::tr("the client secret");
    case Family::None:
        break;
    }
    return {};
}

bool keyFamilyMatches(const JsonWebKey &key, const QString &alg)
{
    // The family comes from the JWK's kty/crv and what OpenSSL says the imported key is; never from the token.
    const AlgInfo info = algInfo(alg);
    using PkeyType = JsonWebKey::PkeyType;
    const PkeyType type = key.pkey() ? key.pkeyType() : PkeyType::None;
    switch (info.family) {
    case Family::Rsa:
    case Family::RsaPss:
        return key.kty == QLatin1String("RSA") && type == PkeyType::Rsa;
    case Family::Ec:
        return key.kty == QLatin1String("EC") && key.crv == QLatin1String(info.curve) && type == PkeyType::Ec;
    case Family::EdDsa:
        return key.kty == QLatin1String("OKP")
            && ((key.crv == QLatin1String("Ed25519") && type == PkeyType::Ed25519)
                || (key.crv == QLatin1String("Ed448") && type == PkeyType::Ed448));
    case Family::Hmac:
        return key.kty == QLatin1String("oct") && !key.pkey() && !key.secret().isEmpty();
    case Family::None:
        break;
    }
    return false;
}

SignatureResult verifyJws(const ParsedJwt &jwt, const JsonWebKey &key, const QString &alg)
{
    const int slot = algIndex(alg);
    const AlgInfo info = slot < 0 ? AlgInfo{} : AlgTable[slot].info;
    if (info.family == Family::None) {
        if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            return {false, CheckDetail(JwsVerifierText::tr("alg \"none\": the token is unsigned, and unsigned tokens are never accepted"))};
        return {false, CheckDetail(JwsVerifierText::tr("alg \"%1\" is not supported (supported: %2)").arg(alg, supportedJwsAlgorithms().join(QLatin1String(", "))))};
    }
    if (!key.usable())
        return {false, CheckDetail(JwsVerifierText::tr("%1 is unusable: %2").arg(key.describe(), key.defects.join(QLatin1String("; "))))};
    if (key.isClientSecret() && info.family != Family::Hmac)
        return {false, CheckDetail(JwsVerifierText::tr("%1 needs %2 from the JWKS; the client secret only verifies HS256, HS384 and HS512")
                                       .arg(alg, requiredKeyDescription(alg)))};
    if (!keyFamilyMatches(key, alg)) {
        return {false, CheckDetail(JwsVerifierText::tr("%1 is %2 (from its JWK kty/crv), but %3 needs %4; the key type is never taken from the token")
                                       .arg(key.describe(), describeKeyFamily(key), alg, requiredKeyDescription(alg)))};
    }
    if (info.family == Family::Hmac && !key.isClientSecret())
        return {false, CheckDetail(JwsVerifierText::tr("%1 is verified only with the client secret, never with %2").arg(alg, key.describe()))};
    if (!key.alg.isEmpty() && key.alg != alg)
        return {false, CheckDetail(JwsVerifierText::tr("%1 is for %2, but the token says %3").arg(key.describe(), key.alg, alg))};
    if (!key.use.isEmpty() && key.use != QLatin1String("sig"))
        return {false, CheckDetail(JwsVerifierText::tr("%1 has use \"%2\", not \"sig\"").arg(key.describe(), key.use))};
    if (!key.keyOps.isEmpty() && !key.keyOps.contains(QLatin1String("verify")))
        return {false, CheckDetail(JwsVerifierText::tr("%1 has key_ops [%2], which does not include \"verify\"").arg(key.describe(), key.keyOps.join(QLatin1String(", "))))};
    if (jwt.signingInput.isEmpty())
        return {false, CheckDetail(JwsVerifierText::tr("the token has no signing input (it is not a 3-part JWS)"))};
    if (jwt.signature.isEmpty())
        return {false, CheckDetail(JwsVerifierText::tr("the token has no signature"))};

    // What the texts below need, copied: a deferred text may be read after the key is gone.
    const QString kid = key.kid;
    const bool clientSecret = key.isClientSecret();
    // Built only when a verification fails (most calls succeed, and the message is not free).
    const auto failureText = [&key, &alg] {
        return key.isClientSecret() ? JwsVerifierText::tr("the %1 signature does not verify with the client secret").arg(alg)
                                    : JwsVerifierText::tr("signature does not verify with %1 %2").arg(alg, key.describe());
    };
    switch (info.family) {
    case Family::Hmac: {
        ERR_clear_error(); // so that opensslReason() reports this computation
        const std::optional<QByteArray> expected = hmac(info.digest, key.secret(), jwt.signingInput);
        if (!expected)
            return {false, CheckDetail(JwsVerifierText::tr("OpenSSL could not compute the %1 HMAC: %2").arg(alg, opensslReason()))};
        if (jwt.signature.size() != expected->size())
            return {false, CheckDetail(JwsVerifierText::tr("%1 (the signature is %2 bytes, an %3 HMAC is %4 bytes)")
                                           .arg(failureText())
                                           .arg(jwt.signature.size())
                                           .arg(alg)
                                           .arg(expected->size()))};
        if (CRYPTO_memcmp(expected->constData(), jwt.signature.constData(), size_t(expected->size())) != 0)
            return {false, CheckDetail(failureText())};
        const qsizetype secretBytes = key.secret().size();
        const int digestBytes = info.digestBytes;
        return {true, CheckDetail::deferred([alg, kid, clientSecret, secretBytes, digestBytes] {
                    QString detail = JwsVerifierText::tr("%1, %2").arg(alg, JsonWebKey::describe(kid, clientSecret));
                    if (secretBytes < digestBytes)
                        detail += JwsVerifierText::tr(" (warning: the secret is %1 bytes; RFC 7518 section 3.2 requires at least %2 bytes for %3)")
                                      .arg(secretBytes)
                                      .arg(digestBytes)
                                      .arg(alg);
                    return detail;
                })};
    }
    case Family::Ec: {
        if (jwt.signature.size() != 2 * info.coordinateBytes)
            return {false, CheckDetail(JwsVerifierText::tr("the %1 signature is %2 bytes; a JOSE %1 signature is exactly %3 bytes (r || s, RFC 7518 section 3.4)%4")
                                           .arg(alg)
                                           .arg(jwt.signature.size())
                                           .arg(2 * info.coordinateBytes)
                                           .arg(jwt.signature.startsWith('\x30') ? JwsVerifierText::tr("; this looks DER-encoded, which JOSE does not allow")
                                                                                 : QString()))};
        ERR_clear_error(); // so that opensslReason() reports this conversion
        const QByteArray der = joseEcdsaToDer(jwt.signature, info.coordinateBytes);
        if (der.isEmpty())
            return {false, CheckDetail(JwsVerifierText::tr("OpenSSL could not convert the %1 signature: %2").arg(alg, opensslReason()))};
        const int rc = digestVerify(key, slot, jwt.signingInput, der);
        if (rc != 1) {
            ERR_clear_error();
            return {false, CheckDetail(failureText())};
        }
        return {true, CheckDetail::deferred([alg, kid, clientSecret] { return JwsVerifierText::tr("%1, %2").arg(alg, JsonWebKey::describe(kid, clientSecret)); })};
    }
    case Family::Rsa:
    case Family::RsaPss: {
        const int modulusBytes = (EVP_PKEY_get_bits(key.pkey()) + 7) / 8;
        if (jwt.signature.size() != modulusBytes)
            return {false, CheckDetail(JwsVerifierText::tr("%1 (the signature is %2 bytes, the %3-bit key's signatures are %4 bytes)")
                                           .arg(failureText())
                                           .arg(jwt.signature.size())
                                           .arg(key.bits)
                                           .arg(modulusBytes))};
        const int rc = digestVerify(key, slot, jwt.signingInput, jwt.signature);
        if (rc != 1) {
            ERR_clear_error();
            return {false, CheckDetail(failureText())};
        }
        const int bits = key.bits;
        return {true, CheckDetail::deferred([alg, kid, clientSecret, bits] {
                    QString detail = JwsVerifierText::tr("%1, %2").arg(alg, JsonWebKey::describe(kid, clientSecret));
                    if (bits < 2048)
                        detail += JwsVerifierText::tr(" (warning: the key is only %1 bits)").arg(bits);
                    return detail;
                })};
    }
    case Family::EdDsa: {
        const int rc = digestVerify(key, slot, jwt.signingInput, jwt.signature);
        if (rc != 1) {
            ERR_clear_error();
            return {false, CheckDetail(failureText())};
        }
        return {true, CheckDetail::deferred([alg, crv = key.crv, kid, clientSecret] {
                    return JwsVerifierText::tr("%1 (%2), %3").arg(alg, crv, JsonWebKey::describe(kid, clientSecret));
                })};
    }
    case Family::None:
        break;
    }
    return {false, CheckDetail(failureText())};
}

} // namespace tokenscope
