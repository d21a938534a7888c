#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Starts one of the test servers written in Node (tests/idp/server.js, tests/hostile/server.js) on free ports on
// 127.0.0.1 for the lifetime of this object and waits, in an event loop and without sleeping, for the single JSON line
// the server prints on stdout once it listens. The server exits when its stdin reaches EOF, so it never outlives the test.
//
// A server that has not printed its ready line within the timeout is killed and started once more; the first attempt's
// diagnostics (elapsed time, process state, stderr) are kept in startDiagnostics() and printed as a warning, so a slow CI
// machine is visible in the log instead of failing a test about something else.
class NodeServer
{
public:
    NodeServer(QString script, QStringList args, QString readyKey);
    ~NodeServer();

    bool start(int timeoutMs);
    QString error() const { return m_error; }
    QJsonObject readyLine() const { return m_ready; }
    QString startDiagnostics() const { return m_startDiagnostics; }
    // What the server wrote on stderr so far.
    QByteArray stderrOutput();

private:
    bool attempt(int timeoutMs);
    void stop();

    QProcess m_process;
    QString m_script;
    QStringList m_args;
    QString m_readyKey;
    QJsonObject m_ready;
    QString m_error;
    QString m_startDiagnostics;
    QByteArray m_stderr;
};
