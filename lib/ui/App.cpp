#include "App.h"

#include "BenchHooks.h"
#include "Clock.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "WebEngineSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <unistd.h>

namespace tokenscope::ui {

namespace {

QString argumentValue(int argc, char **argv, const char *name)
{
    const QByteArray option = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(option + '='))
            return QString::fromLocal8Bit(a.mid(option.size() + 1));
    }
    return {};
}

// Chromium wants a private runtime directory; give it the one Qt would pick, without Qt's warning about it.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *ui = new QTranslator(&app);
    if (ui->load(locale, QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ui);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int runApp(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("tokenscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokenscope.Tokenscope"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));

    // Custom callback schemes must be known to the web engine before the application exists: those of every stored
    // profile, of the --profile file, and the demo tenant's native client.
    const QString profilesDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
    QStringList schemes = ProfileStore::callbackSchemes(profilesDir);
    const QString profileFile = argumentValue(argc, argv, "profile");
    if (!profileFile.isEmpty()) {
        QFile f(profileFile);
        if (f.open(QIODevice::ReadOnly)) {
            const Profile p = loadProfile(f.read(MaxProfileBytes)).profile;
            schemes += customSchemes({p.redirectUri, p.postLogoutRedirectUri});
        }
    }
    schemes << QStringLiteral("com.tokenscope.demo");
    schemes.removeDuplicates();
    ensureRuntimeDir();
    prepareWebEngine(schemes);

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("App", "Sign in to an OpenID Connect provider and look inside every token."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QApplication::translate("App", "Open with this profile file selected."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QApplication::translate("App", "User interface language (en, de); default: the system's."),
                                     QStringLiteral("LANG"));
    parser.addOption(profileOpt);
    parser.addOption(langOpt);
    parser.process(app);

    QLocale locale;
    if (parser.isSet(langOpt)) {
        locale = QLocale(parser.value(langOpt));
        QLocale::setDefault(locale);
    }
    installTranslations(app, locale);

    QNetworkAccessManager nam;
    QSettings settings;
    SystemClock clock;
    SecretStore secrets(QStringLiteral("Tokenscope"));
    MainWindow::Context context;
    context.nam = &nam;
    context.settings = &settings;
    context.clock = &clock;
    context.profilesDirectory = profilesDir;
    context.secrets = &secrets;
    context.webStoragePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/web");
    MainWindow window(context);
    if (parser.isSet(profileOpt)) {
        QString error;
        if (!window.openProfileFile(parser.value(profileOpt), QString::fromUtf8(qgetenv("TOKENSCOPE_CLIENT_SECRET")), &error)) {
            QTextStream(stderr) << "tokenscope: " << error << Qt::endl;
            return 2;
        }
    }
    installBenchHooks(window); // scripts/bench only: inert unless TOKENSCOPE_BENCH_* is set
    window.show();
    return app.exec();
}

} // namespace tokenscope::ui
