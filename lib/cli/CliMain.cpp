#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/ProfileFile.h"

#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace tokenscope::cli {

namespace {

// tokenscope-cli speaks English, for scripts; this translator only gives its texts and the engine's their English
// plural forms ("1 check passed", "2 checks passed": translations/tokenscope-cli_en.ts, -pluralonly).
void installEnglishPlurals(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/tokenscope-cli_en.qm")))
        QCoreApplication::installTranslator(plurals);
}

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

bool hasOption(const QStringList &arguments, const QString &option)
{
    for (const QString &a : arguments) {
        if (a == option || a.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

QString profileArgument(const QStringList &arguments, const QString &option = QStringLiteral("--profile"))
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

} // namespace

int runCli(int argc, char **argv)
{
    // The same local time zone, named: while TZ is unset, glibc looks at /etc/localtime again (a stat()) on every
    // local-time conversion, and a batch inspect makes three per token (issue 17). Set before any thread starts.
    if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    const bool verbose = rest.contains(QStringLiteral("--verbose")) || rest.contains(QStringLiteral("-v"));
    QStringList commandArgs = rest;
    commandArgs.removeAll(QStringLiteral("--verbose"));
    commandArgs.removeAll(QStringLiteral("-v"));
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
    if (command == QLatin1String("login") || command == QLatin1String("probe")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Read the profile before the application exists: a broken profile is a one-line usage error, and its
        // custom callback scheme must be registered with the web engine before the application is created.
        QStringList schemes;
        const QString profilePath = profileArgument(commandArgs);
        if (!profilePath.isEmpty()) {
            Profile profile;
            if (const QString error = loadProfileFile(profilePath, profile); !error.isEmpty()) {
                err() << "tokenscope-cli " << command << ": " << error << Qt::endl;
                return ExitUsage;
            }
            // The device grant needs the web engine only when it is to complete the verification page itself.
            const bool fillsVerification = profile.effectiveGrant() == Grants::DeviceCode
                && (hasOption(commandArgs, QStringLiteral("--username")) || hasOption(commandArgs, QStringLiteral("--password"))
                    || hasOption(commandArgs, QStringLiteral("--fill-script")));
            if (command == QLatin1String("login") && profile.grantNeedsNoBrowser() && !fillsVerification) {
                // No browser, no display and no web engine: the grant talks to the token endpoint only.
                QCoreApplication app(argc, argv);
                installEnglishPlurals(app);
                return runLogin(commandArgs);
            }
            schemes = customSchemes({profile.redirectUri, profile.postLogoutRedirectUri});
        }
        // probe --compare FILE2: its callback scheme too.
        if (const QString comparePath = profileArgument(commandArgs, QStringLiteral("--compare")); !comparePath.isEmpty()) {
            Profile compare;
            if (loadProfileFile(comparePath, compare).isEmpty())
                schemes += customSchemes({compare.redirectUri, compare.postLogoutRedirectUri});
        }
        prepareWebEngine(schemes);
        QApplication app(argc, argv);
        installEnglishPlurals(app);
        return command == QLatin1String("probe") ? runProbe(commandArgs) : runLogin(commandArgs);
    }
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
