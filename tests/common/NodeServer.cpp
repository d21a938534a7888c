#include "NodeServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>
#include <QtGlobal>

#include <utility>

NodeServer::NodeServer(QString script, QStringList args, QString readyKey)
    : m_script(std::move(script)), m_args(std::move(args)), m_readyKey(std::move(readyKey))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

NodeServer::~NodeServer()
{
    stop();
}

void NodeServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the server exits on EOF on stdin
    if (!m_process.waitForFinished(5000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QByteArray NodeServer::stderrOutput()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool NodeServer::start(int timeoutMs)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        m_error = QStringLiteral("node is not installed (run scripts/setup)");
        return false;
    }
    m_process.setProgram(node);
    m_process.setArguments(QStringList{m_script} + m_args);
    if (attempt(timeoutMs))
        return true;
    if (m_process.state() == QProcess::NotRunning)
        return false; // the server exited by itself: a real error (missing npm packages, a bug), not slowness
    // Still running but silent: kill it and try once more, keeping what the first attempt showed.
    m_startDiagnostics = m_error;
    stop();
    m_stderr.clear();
    qWarning("%s: first start attempt timed out, retrying: %s", qPrintable(m_script), qPrintable(m_startDiagnostics));
    return attempt(timeoutMs);
}

bool NodeServer::attempt(int timeoutMs)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
        while (m_process.canReadLine()) {
            const QJsonDocument doc = QJsonDocument::fromJson(m_process.readLine().trimmed());
            if (doc.isObject() && doc.object().contains(m_readyKey)) {
                m_ready = doc.object();
                loop.quit();
                return;
            }
        }
    });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &loop, [this] { m_stderr += m_process.readAllStandardError(); });
    QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&m_process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    m_process.start();
    deadline.start(timeoutMs);
    loop.exec();
    QObject::disconnect(&m_process, nullptr, &loop, nullptr);
    if (!m_ready.isEmpty())
        return true;
    m_stderr += m_process.readAllStandardError();
    QString state;
    if (m_process.state() == QProcess::NotRunning)
        state = QStringLiteral("exited with code %1 (%2)").arg(m_process.exitCode()).arg(m_process.errorString());
    else
        state = QStringLiteral("still running (pid %1) without a ready line").arg(m_process.processId());
    m_error = QStringLiteral("%1 did not start after %2 ms: %3; stderr: %4")
                  .arg(m_script)
                  .arg(elapsed.elapsed())
                  .arg(state, QString::fromUtf8(m_stderr.right(2000)));
    return false;
}
