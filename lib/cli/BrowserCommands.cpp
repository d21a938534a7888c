#include "cli/BrowserCommands.h"

#include "browser/WebEngineProcess.h"
#include "cli/CliOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <cstdio>

namespace tokenscope::cli {

int runBrowserCommand(const char *command, int argc, char **argv)
{
    markWebEngineProcess(); // the module runs the web engine in this process
    // No QCoreApplication exists yet (the module makes the right one): the executable's directory comes from /proc.
    const QString binDir = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    QStringList candidates;
    if (const QString overridden = qEnvironmentVariable("TOKENSCOPE_CLI_WEB_MODULE"); !overridden.isEmpty()) {
        candidates << overridden;
    } else {
        candidates << QDir::cleanPath(binDir + QStringLiteral("/" TOKENSCOPE_CLI_WEB_INSTALLED_DIR "/" TOKENSCOPE_CLI_WEB_NAME));
        const QString buildDir = QDir(QStringLiteral(TOKENSCOPE_BUILD_DIR)).canonicalPath();
        if (!buildDir.isEmpty() && (binDir == buildDir || binDir.startsWith(buildDir + QLatin1Char('/'))))
            candidates << QStringLiteral(TOKENSCOPE_CLI_WEB_BUILD_PATH); // run from the build tree
    }
    QStringList problems;
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo::exists(path)) {
            problems << tr("%1: not found").arg(QDir::toNativeSeparators(path));
            continue;
        }
        QLibrary module(path);
        module.setLoadHints(QLibrary::PreventUnloadHint);
        if (!module.load()) {
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(path), module.errorString());
            continue;
        }
        if (auto run = reinterpret_cast<decltype(&tokenscope_cli_web_run)>(module.resolve("tokenscope_cli_web_run")))
            return run(command, argc, argv);
        problems << tr("%1: not the module of this tokenscope-cli (no tokenscope_cli_web_run)").arg(QDir::toNativeSeparators(path));
    }
    std::fprintf(stderr, "tokenscope-cli %s: %s\n", command,
                 qPrintable(tr("the web engine part of tokenscope-cli cannot be loaded: %1").arg(problems.join(QStringLiteral("; ")))));
    return ExitUsage;
}

} // namespace tokenscope::cli
