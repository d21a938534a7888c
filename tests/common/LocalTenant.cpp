#include "LocalTenant.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

LocalTenant::LocalTenant(const QStringList &extraArgs) : m_args(extraArgs)
{
}

LocalTenant::~LocalTenant()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the tenant exits on EOF on stdin
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }
}

bool LocalTenant::start(int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (run scripts/setup)");
        return false;
    }
    const QString server = QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/idp/server.js");
    m_process.setProgram(node);
    m_process.setArguments(QStringList{server} + m_args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject() && doc.object().contains(QStringLiteral("issuer"))) {
                m_ready = doc.object();
                loop.quit();
                return;
            }
        }
    });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &loop, [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    m_process.start();
    deadline.start(timeoutMs);
    loop.exec();
    QObject::disconnect(&m_process, nullptr, &loop, nullptr);
    if (m_ready.isEmpty()) {
        m_error = QStringLiteral("the local tenant did not start: %1 %2").arg(m_process.errorString(), QString::fromUtf8(m_stderr.right(2000)));
        return false;
    }
    return true;
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
    } else {
        p.insert(QStringLiteral("tokenEndpointAuth"), QStringLiteral("none"));
        p.insert(QStringLiteral("redirectUri"), QStringLiteral("https://spa.example/callback"));
        p.insert(QStringLiteral("pkce"), true);
    }
    return p;
}
