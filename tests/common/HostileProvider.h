#pragma once

#include <QJsonObject>

#include "NodeServer.h"
#include <QString>
#include <QStringList>

// The hostile provider of tests/hostile (node + jose), started on a free port on 127.0.0.1 for the lifetime of this
// object. It answers at once without a login page and breaks exactly one rule per scenario; the scenario is the first
// path segment of the issuer (issuer(QStringLiteral("iss-wrong")) = "http://127.0.0.1:PORT/iss-wrong/").
class HostileProvider
{
public:
    // extraArgs: e.g. {"--tls-cert", cert, "--tls-key", key} to serve HTTPS.
    explicit HostileProvider(const QStringList &extraArgs = {});

    // Starts the provider and waits (event loop, no sleeping) for its ready line; false with error() set otherwise.
    bool start(int timeoutMs = 30000);
    QString error() const { return m_server.error(); }

    QString baseUrl() const { return readyLine().value(QStringLiteral("baseUrl")).toString(); }
    QString issuer(const QString &scenario) const { return baseUrl() + scenario + QLatin1Char('/'); }
    QStringList scenarios() const;
    QJsonObject readyLine() const { return m_server.readyLine(); }
    // What the provider wrote on stderr so far (diagnostics only).
    QByteArray diagnostics();

    // A confidential hybrid-flow profile ("code id_token token", fragment, client_secret_basic, PKCE, offline_access)
    // for a scenario. The client secret is not in it: pass it in TOKENSCOPE_CLIENT_SECRET or add "clientSecret".
    QJsonObject profile(const QString &scenario) const;
    static QString clientId() { return QStringLiteral("hostile-app"); }
    static QString subject() { return QStringLiteral("hostile|user-0001"); }

private:
    NodeServer m_server;
};
