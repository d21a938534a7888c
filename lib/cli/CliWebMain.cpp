// The module tokenscope-cli loads for `login` and `probe` (cli/BrowserCommands.h): the commands that may need Qt WebEngine.
#include "cli/BrowserCommands.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/ProfileFile.h"

#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineEnvironment.h"
#include "core/profile/Profile.h"

#include <QApplication>
#include <QCoreApplication>

namespace tokenscope::cli {

namespace {

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

int runWebCommand(const QString &command, int argc, char **argv)
{
    const QStringList commandArgs = commandArguments(argc, argv);
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

} // namespace

} // namespace tokenscope::cli

extern "C" Q_DECL_EXPORT int tokenscope_cli_web_run(const char *command, int argc, char **argv)
{
    return tokenscope::cli::runWebCommand(QString::fromLatin1(command), argc, argv);
}
