#include "core/jose/TokenHash.h"

#include <openssl/evp.h>

#include <memory>

namespace tokenscope {

namespace {

enum class HashId { None, Sha256, Sha384, Sha512, Shake256 };

struct HashChoice
{
    HashId id = HashId::None;
    const char *displayName = nullptr;
    int outputBytes = 0; // for XOFs (SHAKE256); 0 = the digest's own size
};

// Runs for every hash claim of every token: compares code units instead of building strings.
HashChoice chooseHash(const QString &alg, const QString &crv)
{
    if (alg == QLatin1String("EdDSA")) {
        if (crv == QLatin1String("Ed25519"))
            return {HashId::Sha512, "SHA-512", 0};
        if (crv == QLatin1String("Ed448"))
            return {HashId::Shake256, "SHAKE256", 114};
        return {};
    }
    if (alg.size() != 5)
        return {};
    const QChar c0 = alg.at(0), c1 = alg.at(1);
    const bool family = (c0 == u'R' || c0 == u'P' || c0 == u'E' || c0 == u'H') && c1 == u'S'; // RS PS ES HS
    if (!family)
        return {};
    const QStringView bits = QStringView(alg).mid(2);
    if (bits == QLatin1String("256"))
        return {HashId::Sha256, "SHA-256", 0};
    if (bits == QLatin1String("384"))
        return {HashId::Sha384, "SHA-384", 0};
    if (bits == QLatin1String("512"))
        return {HashId::Sha512, "SHA-512", 0};
    return {};
}

const EVP_MD *digestFor(HashId id)
{
    // Fetched once per process and kept (a fetch by name is a provider lookup, and this runs for every hash claim).
    static const struct Digests
    {
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD *sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
        EVP_MD *sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
        EVP_MD *shake256 = EVP_MD_fetch(nullptr, "SHAKE256", nullptr);
    } digests;
    switch (id) {
    case HashId::Sha256:
        return digests.sha256;
    case HashId::Sha384:
        return digests.sha384;
    case HashId::Sha512:
        return digests.sha512;
    case HashId::Shake256:
        return digests.shake256;
    case HashId::None:
        break;
    }
    return nullptr;
}

// base64url without padding, straight into a QString (RFC 7515 section 2).
QString base64UrlString(const unsigned char *data, qsizetype size)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString out((size * 4 + 2) / 3, Qt::Uninitialized);
    QChar *o = out.data();
    qsizetype i = 0;
    for (; i + 3 <= size; i += 3) {
        const quint32 v = quint32(data[i]) << 16 | quint32(data[i + 1]) << 8 | data[i + 2];
        *o++ = QLatin1Char(alphabet[v >> 18]);
        *o++ = QLatin1Char(alphabet[(v >> 12) & 63]);
        *o++ = QLatin1Char(alphabet[(v >> 6) & 63]);
        *o++ = QLatin1Char(alphabet[v & 63]);
    }
    if (size - i == 1) {
        const quint32 v = quint32(data[i]) << 16;
        *o++ = QLatin1Char(alphabet[v >> 18]);
        *o++ = QLatin1Char(alphabet[(v >> 12) & 63]);
    } else if (size - i == 2) {
        const quint32 v = quint32(data[i]) << 16 | quint32(data[i + 1]) << 8;
        *o++ = QLatin1Char(alphabet[v >> 18]);
        *o++ = QLatin1Char(alphabet[(v >> 12) & 63]);
        *o++ = QLatin1Char(alphabet[(v >> 6) & 63]);
    }
    return out;
}

struct MdCtxFree { void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); } };

} // namespace

QString leftHalfHashName(const QString &alg, const QString &crv)
{
    const HashChoice choice = chooseHash(alg, crv);
    return choice.displayName ? QString::fromLatin1(choice.displayName) : QString();
}

std::optional<QString> leftHalfHash(const QString &alg, const QString &crv, QByteArrayView value)
{
    const HashChoice choice = chooseHash(alg, crv);
    const EVP_MD *md = digestFor(choice.id);
    // One digest context per thread, initialised again for each hash (no allocation when the digest is the same).
    static thread_local const std::unique_ptr<EVP_MD_CTX, MdCtxFree> perThread(EVP_MD_CTX_new());
    EVP_MD_CTX *ctx = perThread.get();
    if (!md || !ctx || EVP_DigestInit_ex2(ctx, md, nullptr) != 1 || EVP_DigestUpdate(ctx, value.data(), size_t(value.size())) != 1)
        return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE > 114 ? EVP_MAX_MD_SIZE : 114];
    size_t length = 0;
    if (choice.outputBytes > 0) {
        length = size_t(choice.outputBytes);
        if (EVP_DigestFinalXOF(ctx, digest, length) != 1)
            return std::nullopt;
    } else {
        unsigned int mdLength = 0;
        if (EVP_DigestFinal_ex(ctx, digest, &mdLength) != 1)
            return std::nullopt;
        length = mdLength;
    }
    return base64UrlString(digest, qsizetype(length / 2));
}

} // namespace tokenscope
