#include "cli/BrowserCommands.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

namespace tokenscope::cli {

namespace {

void usage()
{
    err() << QCoreApplication::translate("tokenscope-cli",
                                         "usage: tokenscope-cli <command> [options]\n"
                                         "commands:\n"
                                         "  inspect [options] TOKEN|-    decode a JWT and run every check it has the inputs for\n"
                                         "  discover ISSUER [--json]     fetch and lint the discovery document and the JWKS\n"
                                         "  login --profile FILE [...]   run the whole sign-in flow headless\n"
                                         "  probe --profile FILE [...]   lint the tenant and probe its behaviour (flow matrix, sessions, refresh)\n"
                                         "  introspect --profile FILE [--json] TOKEN|-|@FILE   ask the provider about a token (RFC 7662)\n"
                                         "Run tokenscope-cli <command> --help for a command's options.")
          << Qt::endl;
}

} // namespace

int runCli(int argc, char **argv)
{
    // The same local time zone, named: while TZ is unset, glibc looks at /etc/localtime again (a stat()) on every
    // local-time conversion, and a batch inspect makes three per token (issue 17). Set before any thread starts.
    if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool verbose = false;
    const QStringList commandArgs = commandArguments(argc, argv, &verbose);
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));

    QCoreApplication::setApplicationName(QStringLiteral("tokenscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));

    if (command == QLatin1String("inspect") || command == QLatin1String("discover") || command == QLatin1String("introspect")) {
        QCoreApplication app(argc, argv);
        installEnglishPlurals(app);
        if (command == QLatin1String("introspect"))
            return runIntrospect(commandArgs);
        return command == QLatin1String("inspect") ? runInspect(commandArgs) : runDiscover(commandArgs);
    }
    if (command == QLatin1String("login") || command == QLatin1String("probe"))
        return runBrowserCommand(command == QLatin1String("login") ? "login" : "probe", argc, argv); // cli/BrowserCommands.h
    if (command == QLatin1String("--version")) {
        out() << "tokenscope-cli " << TOKENSCOPE_VERSION << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        usage();
        return ExitOk;
    }
    usage();
    return ExitUsage;
}

} // namespace tokenscope::cli
