#include "core/jose/Jwk.h"

#include "core/common/Text.h"

#include "core/jose/Base64Url.h"
#include "core/json/JsonScanner.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMutex>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <array>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::JwkText.
struct JwkText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::JwkText)
};

namespace {


struct BnFree { void operator()(BIGNUM *p) const { BN_free(p); } };
struct ParamBldFree { void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); } };
struct ParamFree { void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); } };
struct PkeyCtxFree { void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); } };
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamFree>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;

std::shared_ptr<EVP_PKEY> wrapPkey(EVP_PKEY *pkey)
{
    return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

// The most recent OpenSSL error as text, clearing the queue.
QString takeOpensslError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return JwkText::tr("no details from OpenSSL");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

BnPtr toBignum(const QByteArray &bigEndian)
{
    return BnPtr(BN_bin2bn(reinterpret_cast<const unsigned char *>(bigEndian.constData()), int(bigEndian.size()), nullptr));
}

// EVP_PKEY_fromdata(<type>, public key) with parameters built by `fill`.
template<typename Fill>
EVP_PKEY *importPublic(const char *type, Fill fill)
{
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    if (!bld || !fill(bld.get()))
        return nullptr;
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return pkey;
}

QString sha256Base64Url(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(Base64Url::encode(QByteArrayView(digest, length)));
}

// Which private members of the JWK are present, per RFC 7518 section 6.
QStringList findPrivateMembers(const QJsonObject &jwk, const QString &kty)
{
    static const char *const rsaPrivate[] = {"d", "p", "q", "dp", "dq", "qi", "oth"};
    QStringList found;
    if (kty == QLatin1String("RSA")) {
        for (const char *m : rsaPrivate) {
            if (jwk.contains(QLatin1String(m)))
                found.append(QLatin1String(m));
        }
    } else if (jwk.contains(QLatin1String("d"))) {
        found.append(QStringLiteral("d"));
    }
    return found;
}

// Does the key's declared "alg" fit its family?
bool algFitsKey(const QString &alg, const QString &kty, const QString &crv)
{
    if (kty == QLatin1String("RSA"))
        return alg.startsWith(QLatin1String("RS")) || alg.startsWith(QLatin1String("PS")) || alg.startsWith(QLatin1String("RSA"));
    if (kty == QLatin1String("EC")) {
        if (alg.startsWith(QLatin1String("ECDH")))
            return true;
        return (crv == QLatin1String("P-256") && alg == QLatin1String("ES256"))
            || (crv == QLatin1String("P-384") && alg == QLatin1String("ES384"))
            || (crv == QLatin1String("P-521") && alg == QLatin1String("ES512"));
    }
    if (kty == QLatin1String("OKP"))
        return alg == QLatin1String("EdDSA") || alg == QLatin1String("Ed25519") || alg == QLatin1String("Ed448")
            || alg.startsWith(QLatin1String("ECDH"));
    if (kty == QLatin1String("oct"))
        return alg.startsWith(QLatin1String("HS")) || alg.startsWith(QLatin1String("A")) || alg == QLatin1String("dir");
    return true;
}

class KeyImporter
{
public:
    KeyImporter(const QJsonObject &json, JsonWebKey &key) : m_json(json), m_key(key) {}

    // A required base64url member; records a defect and returns nullopt when missing or malformed.
    std::optional<QByteArray> member(const char *name)
    {
        const QJsonValue v = m_json.value(QLatin1String(name));
        if (v.isUndefined()) {
            m_key.defects.append(JwkText::tr("the %1 key has no %2 member").arg(m_key.kty, quoted(QLatin1String(name))));
            return std::nullopt;
        }
        if (!v.isString()) {
            m_key.defects.append(JwkText::tr("the member %1 is not a string").arg(quoted(QLatin1String(name))));
            return std::nullopt;
        }
        const QByteArray text = v.toString().toLatin1();
        std::optional<QByteArray> bytes = Base64Url::decode(text);
        if (!bytes) {
            m_key.defects.append(JwkText::tr("the member %1 is not valid base64url (%2)")
                                     .arg(quoted(QLatin1String(name)), Base64Url::explainInvalid(text)));
            return std::nullopt;
        }
        if (bytes->isEmpty()) {
            m_key.defects.append(JwkText::tr("the member %1 is empty").arg(quoted(QLatin1String(name))));
            return std::nullopt;
        }
        return bytes;
    }

    QString thumbprintInput; // RFC 7638 canonical JSON of the required members

    QString text(const char *name) const { return m_json.value(QLatin1String(name)).toString(); }

    std::shared_ptr<EVP_PKEY> importRsa()
    {
        const std::optional<QByteArray> n = member("n");
        const std::optional<QByteArray> e = member("e");
        if (!n || !e)
            return {};
        if (n->startsWith('\0'))
            m_key.defects.append(JwkText::tr("the modulus n has a leading zero byte, which RFC 7518 section 6.3.1.1 forbids"));
        const BnPtr bnN = toBignum(*n);
        const BnPtr bnE = toBignum(*e);
        if (!bnN || !bnE)
            return {};
        const int bits = BN_num_bits(bnN.get());
        m_key.bits = bits;
        if (bits > 16384) {
            m_key.defects.append(JwkText::tr("the RSA modulus is %1 bits, more than the 16384 bits OpenSSL verifies with").arg(bits));
            return {};
        }
        if (!BN_is_odd(bnN.get()) || bits < 256) {
            m_key.defects.append(JwkText::tr("the RSA modulus n is not a valid modulus (it must be odd and at least 256 bits)"));
            return {};
        }
        if (!BN_is_odd(bnE.get()) || BN_is_one(bnE.get()) || BN_cmp(bnE.get(), bnN.get()) >= 0) {
            m_key.defects.append(JwkText::tr("the RSA public exponent e is not valid (it must be odd, greater than 1 and less than n)"));
            return {};
        }
        if (bits < 2048)
            m_key.defects.append(JwkText::tr("the RSA key is only %1 bits; at least 2048 bits are required for security (RFC 7518 section 3.3)")
                                     .arg(bits));
        EVP_PKEY *pkey = importPublic("RSA", [&](OSSL_PARAM_BLD *bld) {
            return OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bnN.get()) == 1
                && OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, bnE.get()) == 1;
        });
        if (!pkey) {
            m_key.defects.append(JwkText::tr("OpenSSL could not import the RSA key: %1").arg(takeOpensslError()));
            return {};
        }
        thumbprintInput = QStringLiteral("{\"e\":\"%1\",\"kty\":\"RSA\",\"n\":\"%2\"}").arg(text("e"), text("n"));
        return wrapPkey(pkey);
    }

    std::shared_ptr<EVP_PKEY> importEc()
    {
        const char *group = nullptr;
        int size = 0;
        if (m_key.crv == QLatin1String("P-256")) {
            group = "prime256v1";
            size = 32;
            m_key.bits = 256;
        } else if (m_key.crv == QLatin1String("P-384")) {
            group = "secp384r1";
            size = 48;
            m_key.bits = 384;
        } else if (m_key.crv == QLatin1String("P-521")) {
            group = "secp521r1";
            size = 66;
            m_key.bits = 521;
        } else {
            if (m_key.crv.isEmpty()) {
                m_key.defects.append(JwkText::tr("the EC key has no \"crv\" member"));
            } else {
                m_key.unsupportedType = true;
                m_key.defects.append(JwkText::tr("the EC curve %1 is not supported (supported: P-256, P-384, P-521)").arg(quoted(m_key.crv)));
            }
            return {};
        }
        std::optional<QByteArray> x = member("x");
        std::optional<QByteArray> y = member("y");
        if (!x || !y)
            return {};
        for (auto [name, coordinate] : {std::pair{"x", &*x}, std::pair{"y", &*y}}) {
            if (coordinate->size() == size)
                continue;
            m_key.defects.append(JwkText::tr("the coordinate %1 is %2 bytes; %3 coordinates must be exactly %4 bytes (RFC 7518 section 6.2.1.2)")
                                     .arg(quoted(QLatin1String(name)))
                                     .arg(coordinate->size())
                                     .arg(m_key.crv)
                                     .arg(size));
            if (coordinate->size() > size)
                return {};
            coordinate->prepend(QByteArray(size - coordinate->size(), '\0'));
        }
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        EVP_PKEY *pkey = importPublic("EC", [&](OSSL_PARAM_BLD *bld) {
            return OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0) == 1
                && OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size())) == 1;
        });
        if (!pkey) {
            m_key.defects.append(JwkText::tr("OpenSSL could not import the %1 key (is the point on the curve?): %2")
                                     .arg(m_key.crv, takeOpensslError()));
            return {};
        }
        auto owned = wrapPkey(pkey);
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
        if (!check || EVP_PKEY_public_check(check.get()) != 1) {
            m_key.defects.append(JwkText::tr("the point (x, y) is not a valid public key on %1: %2").arg(m_key.crv, takeOpensslError()));
            return {};
        }
        thumbprintInput = QStringLiteral("{\"crv\":\"%1\",\"kty\":\"EC\",\"x\":\"%2\",\"y\":\"%3\"}")
                                     .arg(m_key.crv, text("x"), text("y"));
        return owned;
    }

    std::shared_ptr<EVP_PKEY> importOkp()
    {
        int type = 0;
        int size = 0;
        if (m_key.crv == QLatin1String("Ed25519")) {
            type = EVP_PKEY_ED25519;
            size = 32;
            m_key.bits = 255;
        } else if (m_key.crv == QLatin1String("Ed448")) {
            type = EVP_PKEY_ED448;
            size = 57;
            m_key.bits = 448;
        } else if (m_key.crv == QLatin1String("X25519") || m_key.crv == QLatin1String("X448")) {
            m_key.unsupportedType = true;
            m_key.defects.append(JwkText::tr("%1 keys are for key agreement (encryption), not for signatures").arg(m_key.crv));
            return {};
        } else {
            if (m_key.crv.isEmpty()) {
                m_key.defects.append(JwkText::tr("the OKP key has no \"crv\" member"));
            } else {
                m_key.unsupportedType = true;
                m_key.defects.append(JwkText::tr("the OKP curve %1 is not supported (supported: Ed25519, Ed448)").arg(quoted(m_key.crv)));
            }
            return {};
        }
        const std::optional<QByteArray> x = member("x");
        if (!x)
            return {};
        if (x->size() != size) {
            m_key.defects.append(JwkText::tr("the public key \"x\" is %1 bytes; %2 public keys are %3 bytes").arg(x->size()).arg(m_key.crv).arg(size));
            return {};
        }
        EVP_PKEY *pkey = EVP_PKEY_new_raw_public_key(type, nullptr, reinterpret_cast<const unsigned char *>(x->constData()),
                                                     size_t(x->size()));
        if (!pkey) {
            m_key.defects.append(JwkText::tr("OpenSSL could not import the %1 key: %2").arg(m_key.crv, takeOpensslError()));
            return {};
        }
        thumbprintInput = QStringLiteral("{\"crv\":\"%1\",\"kty\":\"OKP\",\"x\":\"%2\"}").arg(m_key.crv, text("x"));
        return wrapPkey(pkey);
    }

    QByteArray importOct()
    {
        const std::optional<QByteArray> k = member("k");
        if (!k)
            return {};
        m_key.bits = int(k->size() * 8);
        thumbprintInput = QStringLiteral("{\"k\":\"%1\",\"kty\":\"oct\"}").arg(text("k"));
        return *k;
    }

private:
    const QJsonObject &m_json;
    JsonWebKey &m_key;
};

} // namespace

struct JsonWebKey::VerifyContexts
{
    QMutex mutex;
    std::array<EVP_MD_CTX *, MaxVerifySlots> contexts{};
    std::array<bool, MaxVerifySlots> failed{};

    VerifyContexts() = default;
    VerifyContexts(const VerifyContexts &) = delete;
    VerifyContexts &operator=(const VerifyContexts &) = delete;
    ~VerifyContexts()
    {
        for (EVP_MD_CTX *ctx : contexts)
            EVP_MD_CTX_free(ctx);
    }
};

bool JsonWebKey::copyVerifyContext(EVP_MD_CTX *out, int slot, VerifyInit init) const
{
    if (!m_verifyContexts || !m_pkey || slot < 0 || slot >= MaxVerifySlots)
        return false;
    VerifyContexts &cache = *m_verifyContexts;
    // Held while the context is made and copied: EVP_MD_CTX_copy_ex reads the kept context, which is not documented
    // as safe to read from several threads at once.
    const QMutexLocker lock(&cache.mutex);
    EVP_MD_CTX *&kept = cache.contexts[size_t(slot)];
    if (!kept) {
        if (cache.failed[size_t(slot)])
            return false;
        kept = EVP_MD_CTX_new();
        if (!kept || !init(kept, m_pkey.get(), slot)) {
            EVP_MD_CTX_free(kept);
            kept = nullptr;
            cache.failed[size_t(slot)] = true;
            ERR_clear_error();
            return false;
        }
    }
    return EVP_MD_CTX_copy_ex(out, kept) == 1;
}

bool JsonWebKey::usable() const
{
    return m_pkey != nullptr || !m_secret.isEmpty();
}

EVP_PKEY *JsonWebKey::pkey() const
{
    return m_pkey.get();
}

QByteArray JsonWebKey::secret() const
{
    return m_secret;
}

QString JsonWebKey::thumbprint() const
{
    return m_thumbprint;
}

QString JsonWebKey::describe() const
{
    return describe(kid, m_fromClientSecret);
}

QString JsonWebKey::describe(const QString &kid, bool clientSecret)
{
    if (clientSecret)
        return JwkText::tr("the client secret");
    if (kid.isEmpty())
        return JwkText::tr("the key without kid from the JWKS");
    return JwkText::tr("key %1 from the JWKS").arg(kid);
}

JsonWebKey JsonWebKey::fromSecret(const QByteArray &secret)
{
    JsonWebKey key;
    key.kty = QStringLiteral("oct");
    key.m_secret = secret;
    key.m_fromClientSecret = true;
    key.bits = int(secret.size() * 8);
    if (secret.isEmpty())
        key.defects.append(JwkText::tr("the client secret is empty"));
    return key;
}

JsonWebKey JsonWebKey::fromJson(const QJsonObject &jwk)
{
    JsonWebKey key;
    const auto stringMember = [&](const char *name, QString &out) {
        const QJsonValue v = jwk.value(QLatin1String(name));
        if (v.isUndefined())
            return;
        if (v.isString())
            out = v.toString();
        else
            key.defects.append(JwkText::tr("the member %1 is not a string").arg(quoted(QLatin1String(name))));
    };
    stringMember("kty", key.kty);
    stringMember("kid", key.kid);
    stringMember("alg", key.alg);
    stringMember("use", key.use);
    stringMember("crv", key.crv);
    const QJsonValue ops = jwk.value(QLatin1String("key_ops"));
    if (ops.isArray()) {
        for (const QJsonValue &op : ops.toArray()) {
            if (op.isString())
                key.keyOps.append(op.toString());
            else
                key.defects.append(JwkText::tr("\"key_ops\" contains a value that is not a string"));
        }
    } else if (!ops.isUndefined()) {
        key.defects.append(JwkText::tr("\"key_ops\" is not an array"));
    }
    if (!key.use.isEmpty() && key.use != QLatin1String("sig") && key.use != QLatin1String("enc"))
        key.defects.append(JwkText::tr("unknown \"use\" value %1 (expected \"sig\" or \"enc\")").arg(quoted(key.use)));

    // Reported by parseJwks as a defect of the published set; a lone JWK may legitimately be a private key.
    key.m_privateMembers = findPrivateMembers(jwk, key.kty);

    KeyImporter importer(jwk, key);
    if (key.kty == QLatin1String("RSA")) {
        key.m_pkey = importer.importRsa();
    } else if (key.kty == QLatin1String("EC")) {
        key.m_pkey = importer.importEc();
    } else if (key.kty == QLatin1String("OKP")) {
        key.m_pkey = importer.importOkp();
    } else if (key.kty == QLatin1String("oct")) {
        key.m_secret = importer.importOct();
    } else if (key.kty.isEmpty()) {
        key.defects.append(JwkText::tr("the key has no \"kty\" member"));
    } else {
        key.unsupportedType = true;
        key.defects.append(JwkText::tr("the key type %1 is not supported (supported: RSA, EC, OKP, oct)").arg(quoted(key.kty)));
    }
    if (EVP_PKEY *pkey = key.m_pkey.get()) {
        key.m_pkeyType = EVP_PKEY_is_a(pkey, "RSA")   ? PkeyType::Rsa
            : EVP_PKEY_is_a(pkey, "EC")               ? PkeyType::Ec
            : EVP_PKEY_is_a(pkey, "ED25519")          ? PkeyType::Ed25519
            : EVP_PKEY_is_a(pkey, "ED448")            ? PkeyType::Ed448
                                                      : PkeyType::None;
        key.m_verifyContexts = std::make_shared<VerifyContexts>();
    }
    if (!key.alg.isEmpty() && !key.unsupportedType && !algFitsKey(key.alg, key.kty, key.crv)) {
        key.defects.append(JwkText::tr("the key declares alg %1, which does not fit an %2 key").arg(key.alg,
                               key.crv.isEmpty() ? key.kty : key.kty + QLatin1Char(' ') + key.crv));
    }
    if (!importer.thumbprintInput.isEmpty())
        key.m_thumbprint = sha256Base64Url(importer.thumbprintInput.toUtf8());
    return key;
}

JwkSet parseJwks(QByteArrayView json)
{
    JwkSet set;
    if (json.size() > MaxJwksSize) {
        set.defects.append(JwkText::tr("the JWKS is %1 bytes, more than the 1 MiB limit").arg(json.size()));
        return set;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        set.defects.append(JwkText::tr("the JWKS is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        return set;
    }
    if (!doc.isObject()) {
        set.defects.append(JwkText::tr("the JWKS is not a JSON object"));
        return set;
    }
    const QJsonValue keys = doc.object().value(QLatin1String("keys"));
    if (!keys.isArray()) {
        set.defects.append(keys.isUndefined() ? JwkText::tr("the JWKS has no \"keys\" member") : JwkText::tr("the JWKS member \"keys\" is not an array"));
        return set;
    }
    set.parsed = true;
    for (const QString &name : json::scan(json).duplicateMembers) {
        set.defects.append(JwkText::tr("the member %1 appears more than once in one object of the JWKS; JSON parsers disagree about which "
                                       "value wins, so the key set is ambiguous (Tokenscope read the last one)")
                               .arg(quoted(name)));
    }
    const QJsonArray array = keys.toArray();
    if (array.isEmpty())
        set.defects.append(JwkText::tr("the JWKS has no keys"));

    QHash<QString, int> kidCount;
    QStringList kidOrder;
    int withoutKid = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            set.defects.append(JwkText::tr("keys[%1] is not a JSON object").arg(i));
            continue;
        }
        JsonWebKey key = JsonWebKey::fromJson(array.at(i).toObject());
        const QString name = key.kid.isEmpty() ? JwkText::tr("keys[%1]").arg(i) : JwkText::tr("key %1").arg(key.kid);
        if (!key.privateMembers().isEmpty()) {
            set.defects.append(JwkText::tr("the JWKS publishes private key material: %1 has %2")
                                   .arg(name, key.privateMembers().join(QLatin1String(", "))));
        }
        if (key.kty == QLatin1String("oct"))
            set.defects.append(JwkText::tr("the JWKS publishes a symmetric (oct) key, %1: it is a shared secret, and anyone who reads it can sign tokens")
                                   .arg(name));
        if (key.kid.isEmpty()) {
            if (!key.unsupportedType) // RFC 7517 section 5: keys of unknown types are ignored, so they need no kid
                ++withoutKid;
        } else {
            if (!kidCount.contains(key.kid))
                kidOrder.append(key.kid);
            ++kidCount[key.kid];
        }
        set.keys.append(std::move(key));
    }
    for (const QString &kid : std::as_const(kidOrder)) {
        if (kidCount.value(kid) > 1)
            set.defects.append(JwkText::tr("the kid %1 is used by %2 keys, so a token's kid cannot select one key").arg(quoted(kid)).arg(kidCount.value(kid)));
    }
    const auto supported = std::count_if(set.keys.cbegin(), set.keys.cend(), [](const JsonWebKey &k) { return !k.unsupportedType; });
    if (supported > 1 && withoutKid > 0)
        set.defects.append(JwkText::tr("%1 of the %2 keys have no kid; with several keys in the set, tokens must name their key by kid "
                                       "(OpenID Connect Core section 10.1)")
                               .arg(withoutKid)
                               .arg(supported));
    return set;
}

} // namespace tokenscope
