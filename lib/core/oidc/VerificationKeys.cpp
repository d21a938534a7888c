#include "core/oidc/VerificationKeys.h"

#include "core/http/HttpClient.h"
#include "core/jose/Base64Url.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace tokenscope {

// The translation context of this file's texts.
struct VerificationKeysText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::VerificationKeysText)
};

VerificationKeyLoader::VerificationKeyLoader(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

VerificationKeyLoader::~VerificationKeyLoader()
{
    cancel();
}

void VerificationKeyLoader::cancel()
{
    if (m_reply) {
        HttpReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void VerificationKeyLoader::fetchIssuer(const QString &issuer)
{
    cancel();
    m_jwks = {};
    m_document.clear();
    m_metadata = {};
    m_error.clear();
    m_issuer = issuer;
    m_source = VerificationKeysText::tr("the JWKS of the issuer %1 (discovery)").arg(issuer);
    const QUrl url = discoveryUrlForIssuer(issuer);
    if (!url.isValid() || url.scheme().isEmpty()) {
        fail(VerificationKeysText::tr("%1 is no issuer URL (OpenID Connect Discovery 4)").arg(issuer));
        return;
    }
    m_reply = m_http->get(url, QStringLiteral("discovery"));
    connect(m_reply, &HttpReply::finished, this, &VerificationKeyLoader::onDiscovery);
}

void VerificationKeyLoader::fetchJwks(const QUrl &url)
{
    cancel();
    m_metadata = {};
    m_issuer.clear();
    m_source = VerificationKeysText::tr("the JWKS %1").arg(url.toString());
    startJwks(url);
}

void VerificationKeyLoader::startJwks(const QUrl &url)
{
    m_jwks = {};
    m_document.clear();
    m_error.clear();
    if (!url.isValid() || url.scheme().isEmpty()) {
        fail(VerificationKeysText::tr("%1 is no URL").arg(url.toString()));
        return;
    }
    m_reply = m_http->get(url, QStringLiteral("jwks"));
    connect(m_reply, &HttpReply::finished, this, &VerificationKeyLoader::onJwks);
}

void VerificationKeyLoader::onDiscovery()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpExchange ex = reply->exchange();
    if (!ex.isSuccess()) {
        fail(VerificationKeysText::tr("could not fetch the discovery document %1: %2")
                 .arg(ex.url.toString(), ex.error.isEmpty() ? QStringLiteral("HTTP %1").arg(ex.status) : ex.error));
        return;
    }
    m_metadata = parseProviderMetadata(ex.responseBody, m_issuer);
    if (!m_metadata.defects.isEmpty()) {
        fail(VerificationKeysText::tr("the discovery document of %1 cannot be used: %2").arg(m_issuer, m_metadata.defects.join(QStringLiteral("; "))));
        return;
    }
    if (!m_metadata.jwksUri.isValid() || m_metadata.jwksUri.isEmpty()) {
        fail(VerificationKeysText::tr("the discovery document of %1 names no jwks_uri").arg(m_issuer));
        return;
    }
    startJwks(m_metadata.jwksUri);
}

void VerificationKeyLoader::onJwks()
{
    HttpReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const HttpExchange ex = reply->exchange();
    if (!ex.isSuccess()) {
        fail(VerificationKeysText::tr("could not fetch the JWKS %1: %2")
                 .arg(ex.url.toString(), ex.error.isEmpty() ? QStringLiteral("HTTP %1").arg(ex.status) : ex.error));
        return;
    }
    m_document = ex.responseBody;
    m_jwks = parseJwks(m_document);
    if (!m_jwks.parsed) {
        fail(VerificationKeysText::tr("the JWKS %1 cannot be read: %2").arg(ex.url.toString(), m_jwks.defects.join(QStringLiteral("; "))));
        return;
    }
    emit finished();
}

void VerificationKeyLoader::fail(const QString &error)
{
    m_error = error;
    // Asynchronously also when called from fetch*(): the caller connects after starting.
    QMetaObject::invokeMethod(this, &VerificationKeyLoader::finished, Qt::QueuedConnection);
}

QString loadJwksFile(const QString &path, QByteArray &document, JwkSet &jwks)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return VerificationKeysText::tr("cannot read the JWKS file %1: %2").arg(path, file.errorString());
    document = file.read(4 * 1024 * 1024);
    jwks = parseJwks(document);
    if (!jwks.parsed)
        return VerificationKeysText::tr("the JWKS %1 cannot be read: %2").arg(path, jwks.defects.join(QStringLiteral("; ")));
    return {};
}

namespace {

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// A public key from PEM: SubjectPublicKeyInfo, a certificate, or (its public part) a private key.
Pkey readPem(const QByteArray &pem)
{
    auto bio = [&pem] { return std::unique_ptr<BIO, decltype(&BIO_free)>(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free); };
    if (auto b = bio(); EVP_PKEY *k = PEM_read_bio_PUBKEY(b.get(), nullptr, nullptr, nullptr))
        return Pkey(k);
    if (auto b = bio(); X509 *x = PEM_read_bio_X509(b.get(), nullptr, nullptr, nullptr)) {
        Pkey k(X509_get_pubkey(x));
        X509_free(x);
        return k;
    }
    // An encrypted private key is refused: no passphrase is given (OpenSSL's default callback would read the terminal).
    const auto noPassphrase = [](char *, int, int, void *) { return 0; };
    if (auto b = bio(); EVP_PKEY *k = PEM_read_bio_PrivateKey(b.get(), nullptr, noPassphrase, nullptr))
        return Pkey(k);
    return {};
}

QString bnParam(EVP_PKEY *k, const char *name, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (!EVP_PKEY_get_bn_param(k, name, &bn))
        return {};
    QByteArray bytes(width > 0 ? width : BN_num_bytes(bn), '\0');
    const int ok = width > 0 ? BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), width)
                             : BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return ok < 0 ? QString() : QString::fromLatin1(Base64Url::encode(bytes));
}

// The public key as a JWK (RFC 7517 / RFC 7518 6 / RFC 8037 2); empty when its type is none of those.
} // namespace

QJsonObject publicKeyJwk(EVP_PKEY *k)
{
    if (EVP_PKEY_is_a(k, "RSA"))
        return {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("n"), bnParam(k, OSSL_PKEY_PARAM_RSA_N)},
                {QStringLiteral("e"), bnParam(k, OSSL_PKEY_PARAM_RSA_E)}};
    if (EVP_PKEY_is_a(k, "EC")) {
        char group[64] = {};
        size_t len = 0;
        if (!EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len))
            return {};
        const QByteArray name(group);
        const std::pair<const char *, int> crv = name == "prime256v1" ? std::pair{"P-256", 32}
            : name == "secp384r1"                                     ? std::pair{"P-384", 48}
            : name == "secp521r1"                                     ? std::pair{"P-521", 66}
                                                                      : std::pair{"", 0};
        if (!crv.second)
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QLatin1String(crv.first)},
                {QStringLiteral("x"), bnParam(k, OSSL_PKEY_PARAM_EC_PUB_X, crv.second)},
                {QStringLiteral("y"), bnParam(k, OSSL_PKEY_PARAM_EC_PUB_Y, crv.second)}};
    }
    for (const char *okp : {"ED25519", "ED448"}) {
        if (!EVP_PKEY_is_a(k, okp))
            continue;
        size_t len = 0;
        EVP_PKEY_get_raw_public_key(k, nullptr, &len);
        QByteArray raw(qsizetype(len), '\0');
        if (!EVP_PKEY_get_raw_public_key(k, reinterpret_cast<unsigned char *>(raw.data()), &len))
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QLatin1String(okp[2] == '2' ? "Ed25519" : "Ed448")},
                {QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(raw))}};
    }
    return {};
}

QString parseKeyText(const QByteArray &text, JwkSet &jwks)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith("-----BEGIN")) {
        const Pkey key = readPem(trimmed);
        if (!key)
            return VerificationKeysText::tr("the PEM text is no public key, certificate or private key OpenSSL can read");
        const QJsonObject jwk = publicKeyJwk(key.get());
        if (jwk.isEmpty())
            return VerificationKeysText::tr("the PEM key is of a type JOSE has no algorithm for (RSA, EC P-256/384/521, Ed25519, Ed448)");
        jwks = parseJwks(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson(QJsonDocument::Compact));
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (!doc.isObject())
        return VerificationKeysText::tr("the key is neither JSON (a JWK or JWK Set) nor PEM");
    const QJsonObject object = doc.object();
    const QJsonObject set = object.contains(QLatin1String("keys")) ? object : QJsonObject{{QStringLiteral("keys"), QJsonArray{object}}};
    jwks = parseJwks(QJsonDocument(set).toJson(QJsonDocument::Compact));
    if (!jwks.parsed)
        return VerificationKeysText::tr("the key cannot be read: %1").arg(jwks.defects.join(QStringLiteral("; ")));
    return {};
}

} // namespace tokenscope
