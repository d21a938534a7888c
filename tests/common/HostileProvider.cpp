#include "HostileProvider.h"

#include <QJsonArray>
#include <QJsonDocument>

HostileProvider::HostileProvider(const QStringList &extraArgs)
    : m_server(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/hostile/server.js"), extraArgs, QStringLiteral("baseUrl"))
{
}

bool HostileProvider::start(int timeoutMs)
{
    return m_server.start(timeoutMs);
}

QStringList HostileProvider::scenarios() const
{
    QStringList out;
    const QJsonArray list = readyLine().value(QStringLiteral("scenarios")).toArray();
    for (const QJsonValue &v : list)
        out << v.toString();
    return out;
}

QByteArray HostileProvider::diagnostics()
{
    return m_server.stderrOutput();
}

QJsonObject HostileProvider::profile(const QString &scenario) const
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Hostile provider: %1").arg(scenario)},
                       {QStringLiteral("issuer"), issuer(scenario)},
                       {QStringLiteral("clientId"), clientId()},
                       {QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_basic")},
                       {QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback")},
                       {QStringLiteral("responseType"), QStringLiteral("code id_token token")},
                       {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")},
                       {QStringLiteral("pkce"), true}};
}
