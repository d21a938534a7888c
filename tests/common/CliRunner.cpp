#include "CliRunner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>

QString cliPath()
{
    return QStringLiteral(TOKENSCOPE_CLI_PATH);
}

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliResult runCli(const QStringList &args, const CliOptions &options)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(args);
    process.setProcessEnvironment(options.environment);
    QElapsedTimer timer;
    timer.start();
    process.start();
    CliResult result;
    if (!process.waitForStarted()) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.timedOut = true;
        result.err = "timed out";
        result.elapsedMs = timer.elapsed();
        return result;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
