#pragma once

// Where the keys to verify a token come from: an issuer's discovery document and JWKS (as jwt.io does with iss), a
// JWKS URL or file, or a key pasted as JWK, JWK Set or PEM public key. `tokenscope-cli inspect --jwks` and the
// window's token workbench load them here.

#include "core/jose/Jwk.h"
#include "core/oidc/ProviderMetadata.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace tokenscope {

class HttpClient;
class HttpReply;

// One key source at a time: fetchIssuer() (discovery, then its jwks_uri) or fetchJwks(); finished() once, also on
// failure (then error() says why).
class VerificationKeyLoader : public QObject
{
    Q_OBJECT
public:
    explicit VerificationKeyLoader(HttpClient *http, QObject *parent = nullptr);
    ~VerificationKeyLoader() override;

    // OpenID Connect Discovery 4: issuer + /.well-known/openid-configuration; its issuer must equal `issuer` (4.3),
    // then its jwks_uri is fetched.
    void fetchIssuer(const QString &issuer);
    void fetchJwks(const QUrl &url);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

    const JwkSet &jwks() const { return m_jwks; }
    const QByteArray &jwksDocument() const { return m_document; }
    const ProviderMetadata &metadata() const { return m_metadata; } // fetchIssuer() only
    QString error() const { return m_error; }
    QString source() const { return m_source; } // "the JWKS of http://...": where the keys came from

signals:
    void finished();

private:
    void startJwks(const QUrl &url);
    void onDiscovery();
    void onJwks();
    void fail(const QString &error);

    HttpClient *m_http;
    QPointer<HttpReply> m_reply;
    JwkSet m_jwks;
    QByteArray m_document;
    ProviderMetadata m_metadata;
    QString m_error, m_source, m_issuer;
};

// A JWKS file read into `jwks` (and its text into `document`); an error message, or empty.
QString loadJwksFile(const QString &path, QByteArray &document, JwkSet &jwks);
// A key pasted as text: a JWK Set, a single JWK, or a PEM public key / certificate (converted to a JWK). An error
// message, or empty.
QString parseKeyText(const QByteArray &text, JwkSet &jwks);

// The public part of an OpenSSL key as a JWK (RFC 7517; RSA, EC P-256/384/521, Ed25519/Ed448); empty for another type.
QJsonObject publicKeyJwk(EVP_PKEY *key);

} // namespace tokenscope
