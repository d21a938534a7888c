#include "TokenHash.h"

#include "Base64Url.h"

#include <QStringList>

#include <openssl/evp.h>

#include <memory>

namespace tokenscope {

namespace {

struct HashChoice
{
    const char *opensslName = nullptr;
    const char *displayName = nullptr;
    int outputBytes = 0; // for XOFs (SHAKE256); 0 = the digest's own size
};

HashChoice chooseHash(const QString &alg, const QString &crv)
{
    if (alg == QLatin1String("EdDSA")) {
        if (crv == QLatin1String("Ed25519"))
            return {"SHA512", "SHA-512", 0};
        if (crv == QLatin1String("Ed448"))
            return {"SHAKE256", "SHAKE256", 114};
        return {};
    }
    static const QStringList prefixes{QStringLiteral("RS"), QStringLiteral("PS"), QStringLiteral("ES"), QStringLiteral("HS")};
    if (alg.size() != 5 || !prefixes.contains(alg.left(2)))
        return {};
    const QStringView bits = QStringView(alg).mid(2);
    if (bits == QLatin1String("256"))
        return {"SHA256", "SHA-256", 0};
    if (bits == QLatin1String("384"))
        return {"SHA384", "SHA-384", 0};
    if (bits == QLatin1String("512"))
        return {"SHA512", "SHA-512", 0};
    return {};
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
    if (!choice.opensslName)
        return std::nullopt;
    // Fetched once per process and kept (a fetch by name is a provider lookup, and this runs for every hash claim).
    static const struct Digests
    {
        EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        EVP_MD *sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
        EVP_MD *sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
        EVP_MD *shake256 = EVP_MD_fetch(nullptr, "SHAKE256", nullptr);
    } digests;
    const QLatin1String name(choice.opensslName);
    const EVP_MD *md = name == QLatin1String("SHA256") ? digests.sha256
        : name == QLatin1String("SHA384")              ? digests.sha384
        : name == QLatin1String("SHA512")              ? digests.sha512
                                                       : digests.shake256;
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!md || !ctx || EVP_DigestInit_ex2(ctx.get(), md, nullptr) != 1
        || EVP_DigestUpdate(ctx.get(), value.data(), size_t(value.size())) != 1)
        return std::nullopt;
    unsigned char digest[EVP_MAX_MD_SIZE > 114 ? EVP_MAX_MD_SIZE : 114];
    size_t length = 0;
    if (choice.outputBytes > 0) {
        length = size_t(choice.outputBytes);
        if (EVP_DigestFinalXOF(ctx.get(), digest, length) != 1)
            return std::nullopt;
    } else {
        unsigned int mdLength = 0;
        if (EVP_DigestFinal_ex(ctx.get(), digest, &mdLength) != 1)
            return std::nullopt;
        length = mdLength;
    }
    return QString::fromLatin1(Base64Url::encode(QByteArrayView(digest, qsizetype(length / 2))));
}

} // namespace tokenscope
