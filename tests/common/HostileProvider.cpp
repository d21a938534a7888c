#include "HostileProvider.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>

HostileProvider::HostileProvider(const QStringList &extraArgs) : m_args(extraArgs)
{
}

HostileProvider::~HostileProvider()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel(); // the provider exits on EOF on stdin
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
        }
    }
}

bool HostileProvider::start(int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (run scripts/setup)");
        return false;
    }
    m_process.setProgram(node);
    m_process.setArguments(QStringList{QStringLiteral(TOKENSCOPE_SOURCE_DIR "/tests/hostile/server.js")} + m_args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine().trimmed());
            if (doc.isObject() && doc.object().contains(QStringLiteral("baseUrl"))) {
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
        m_error = QStringLiteral("the hostile provider did not start (run scripts/setup for its npm packages): %1 %2")
                      .arg(m_process.errorString(), QString::fromUtf8(m_stderr.right(2000)));
        return false;
    }
    return true;
}

QStringList HostileProvider::scenarios() const
{
    QStringList out;
    const QJsonArray list = m_ready.value(QStringLiteral("scenarios")).toArray();
    for (const QJsonValue &v : list)
        out << v.toString();
    return out;
}

QByteArray HostileProvider::diagnostics()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
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
