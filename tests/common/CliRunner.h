#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the built tokenscope-cli as a separate process, as a script would, and collects what it printed.
struct CliResult
{
    int exitCode = -1; // -1: did not start or timed out; -2: crashed
    QByteArray out, err;
    qint64 elapsedMs = 0;
    bool timedOut = false;
    QJsonObject json() const; // stdout parsed as a JSON object (empty when it is not one)
};

struct CliOptions
{
    QByteArray input;    // written to stdin, which is then closed
    int timeoutMs = 120000;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

CliResult runCli(const QStringList &args, const CliOptions &options = {});
QString cliPath();
