#pragma once

#include <QJsonObject>

#include "NodeServer.h"
#include <QString>
#include <QUrl>

#include <map>
#include <memory>

// The Auth0-shaped test tenant of tests/idp (oidc-provider + a protected API), started on free ports on 127.0.0.1
// for the lifetime of this object. Fails the current test when node or the tenant is missing or does not come up.
class LocalTenant
{
public:
    explicit LocalTenant(const QStringList &extraArgs = {});

    // Starts the tenant and waits (event loop, no sleeping) for its ready line; false with error() set otherwise.
    bool start(int timeoutMs = 30000);
    QString error() const { return m_server.error(); }

    QString issuer() const { return readyLine().value(QStringLiteral("issuer")).toString(); }
    QString apiUrl() const { return readyLine().value(QStringLiteral("apiUrl")).toString(); }
    // The same API over TLS (tests/idp/keys: the test CA's server certificate), for certificate-bound tokens (RFC 8705).
    QString mtlsApiUrl() const { return readyLine().value(QStringLiteral("mtlsApiUrl")).toString(); }
    QString apiAudience() const { return readyLine().value(QStringLiteral("apiAudience")).toString(); }
    QJsonObject readyLine() const { return m_server.readyLine(); }

    // The demo users and clients (tests/idp/README.md).
    static QString username() { return QStringLiteral("alice"); }
    static QString password() { return QStringLiteral("wonderland-42"); }
    static QString hybridSecret() { return QStringLiteral("hybrid-app-secret-3f9a1c"); }

    // A profile JSON object for the given client and response type, with the tenant's issuer and API filled in.
    QJsonObject profile(const QString &clientId, const QString &responseType) const;

private:
    NodeServer m_server;
};

// Tenants of other variants (or other server arguments), each started on first use and kept for the test case.
class LocalTenants
{
public:
    // The tenant started with `--variant variant` and extraArgs; null (with a warning naming why) when it did not start.
    LocalTenant *get(const QString &variant, const QStringList &extraArgs = {});
    void clear() { m_tenants.clear(); }

private:
    std::map<QString, std::unique_ptr<LocalTenant>> m_tenants;
};
