#include "LocalTenant.h"

#include <QDebug>
#include <QJsonArray>


LocalTenant::LocalTenant(const QStringList &extraArgs)
    : m_server(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/server.js"), extraArgs, QStringLiteral("issuer"))
{
}

bool LocalTenant::start(int timeoutMs)
{
    return m_server.start(timeoutMs);
}

QJsonObject LocalTenant::profile(const QString &clientId, const QString &responseType) const
{
    QJsonObject p{{QStringLiteral("name"), QStringLiteral("Local tenant (%1, %2)").arg(clientId, responseType)},
                  {QStringLiteral("issuer"), issuer()},
                  {QStringLiteral("clientId"), clientId},
                  {QStringLiteral("responseType"), responseType},
                  {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")},
                  {QStringLiteral("audience"), apiAudience()},
                  {QStringLiteral("apiUrl"), apiUrl()}};
    if (clientId.startsWith(QLatin1String("hybrid-app"))) {
        p.insert(QStringLiteral("clientSecret"), hybridSecret());
        p.insert(QStringLiteral("tokenEndpointAuth"),
                 clientId == QLatin1String("hybrid-app-post") ? QStringLiteral("client_secret_post") : QStringLiteral("client_secret_basic"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback"));
        p.insert(QStringLiteral("pkce"), false);
    } else if (clientId == QLatin1String("native-app")) {
        p.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("none"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("com.tokenscope.demo://callback"));
        p.insert(QStringLiteral("pkce"), true);
    } else if (clientId == QLatin1String("native-loopback")) {
        p.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("none"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("http://127.0.0.1/callback")); // any port (RFC 8252 7.3)
        p.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("http://127.0.0.1/logout"));
        p.insert(QStringLiteral("pkce"), true);
    } else if (clientId == QLatin1String("web-par")) {
        // requires pushed authorization requests (RFC 9126)
        p.insert(QStringLiteral("clientSecret"), QStringLiteral("web-par-secret-6a1d93c4"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback"));
        p.insert(QStringLiteral("par"), true);
    } else if (clientId == QLatin1String("web-jar")) {
        // private_key_jwt with the committed test key; requires signed request objects (RFC 9101)
        p.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("private_key_jwt"));
        p.insert(QStringLiteral("clientKey"), QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/keys/m2m-pkjwt.pem"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback"));
        p.insert(QStringLiteral("requestObject"), QStringLiteral("signed"));
    } else if (clientId == QLatin1String("web-mtls") || clientId == QLatin1String("m2m-self-signed")) {
        // mutual TLS (RFC 8705) with the committed test certificates; the API over TLS
        const QString keys = QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/keys/");
        const bool selfSigned = clientId == QLatin1String("m2m-self-signed");
        p.insert(QStringLiteral("tokenEndpointAuth"), selfSigned ? QStringLiteral("self_signed_tls_client_auth") : QStringLiteral("tls_client_auth"));
        p.insert(QStringLiteral("clientCertificate"), keys + (selfSigned ? QStringLiteral("mtls-self-signed.pem") : QStringLiteral("mtls-client.pem")));
        p.insert(QStringLiteral("clientCertificateKey"), keys + (selfSigned ? QStringLiteral("mtls-self-signed-key.pem") : QStringLiteral("mtls-client-key.pem")));
        p.insert(QStringLiteral("caCertificates"), QJsonArray{keys + QStringLiteral("mtls-ca.pem")});
        p.insert(QStringLiteral("apiUrl"), mtlsApiUrl());
        if (selfSigned) {
            p.insert(QStringLiteral("grant"), QStringLiteral("client_credentials"));
            p.insert(QStringLiteral("scope"), QStringLiteral("read:tests"));
            p.remove(QStringLiteral("responseType"));
        } else {
            p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback"));
        }
    } else {
        if (clientId == QLatin1String("spa-dpop"))
            p.insert(QStringLiteral("dpop"), true); // DPoP-bound tokens (RFC 9449)
        p.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("none"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://spa.example/callback"));
        p.insert(QStringLiteral("pkce"), true);
    }
    return p;
}

LocalTenant *LocalTenants::get(const QString &variant, const QStringList &extraArgs)
{
    auto &slot = m_tenants[(QStringList{variant} + extraArgs).join(QLatin1Char(' '))];
    if (!slot) {
        slot = std::make_unique<LocalTenant>(QStringList{QStringLiteral("--variant"), variant} + extraArgs);
        if (!slot->start()) {
            qWarning().noquote() << slot->error();
            slot.reset();
        }
    }
    return slot.get();
}
