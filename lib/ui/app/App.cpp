#include "ui/app/App.h"

#include "ui/bench/BenchHooks.h"
#include "core/common/Clock.h"
#include "ui/common/DeferredIconStyle.h"
#include "ui/bench/FirstFrame.h"
#include "core/common/Logging.h"
#include "ui/app/MainWindow.h"
#include "ui/workbench/InspectArgument.h"
#include "keychain/SecretStore.h"
#include "browser/WebEngineEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace tokenscope::ui {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *ui = new QTranslator(&app);
    if (ui->load(locale, QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ui);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

namespace {

struct AppOptions
{
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")}};
    QCommandLineOption profile{QStringLiteral("profile"), QCoreApplication::translate("App", "Open this profile file (may be repeated; the last one is selected)."),
                               QStringLiteral("FILE")};
    QCommandLineOption inspect{QStringLiteral("inspect"),
                               QCoreApplication::translate("App", "Open the window on the Workbench tab with this token decoded (- reads it from standard input)."),
                               QStringLiteral("TOKEN")};
    QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("App", "User interface language (en, de); default: the system's."),
                            QStringLiteral("LANG")};
};

void setUpParser(QCommandLineParser &parser, AppOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("App", "Sign in to an OpenID Connect provider and look inside every token."));
    options.help = parser.addHelpOption();
    options.version = parser.addVersionOption();
    parser.addOption(options.profile);
    parser.addOption(options.inspect);
    parser.addOption(options.lang);
}

} // namespace

int runApp(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("tokenscope"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENSCOPE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokenscope.Tokenscope"));
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));

    // --help and --version work without a display (no QApplication, no web engine).
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        QCommandLineParser early;
        AppOptions options;
        setUpParser(early, options);
        if (early.parse(arguments)) {
            if (early.isSet(options.help)) {
                QTextStream(stdout) << early.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("tokenscope"));
                return 0;
            }
            if (early.isSet(options.version)) {
                QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
                return 0;
            }
        }
    }

    // The web engine is a plugin the window loads on first need (a sign-in with the embedded browser, a probe run); what
    // it needs before the application exists happens here. Custom callback schemes are registered when it is loaded.
    const QString profilesDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles");
    prepareWebEngineEnvironment();

    QApplication app(argc, argv);
    QApplication::setStyle(new DeferredIconStyle); // the platform's style; standard icons loaded when drawn
    // Text in scripts that need shaping (Arabic, the Indic scripts, ...) is shaped as before; Latin, Greek, Cyrillic
    // and CJK text is laid out from the font's advances without HarfBuzz (QFont::PreferNoShaping): no kerning, while
    // combining accents still sit on their letters. HarfBuzz was 6% of the instructions to the first frame (callgrind,
    // 93.9M -> 87.9M) and is as much of every table repaint.
    QFont font;
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);

    QCommandLineParser parser;
    AppOptions options;
    setUpParser(parser, options);
    parser.process(app);

    QLocale locale;
    if (parser.isSet(options.lang)) {
        locale = QLocale(parser.value(options.lang));
        QLocale::setDefault(locale);
    }
    installTranslations(app, locale);

    QNetworkAccessManager nam;
    QSettings settings;
    SystemClock clock;
    SecretStore secrets(SecretStore::serviceName());
    MainWindow::Context context;
    context.nam = &nam;
    context.settings = &settings;
    context.clock = &clock;
    context.profilesDirectory = profilesDir;
    context.secrets = &secrets;
    context.webStoragePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/web");
    context.callbackSchemes = {QStringLiteral("com.tokenscope.demo")}; // the demo tenant's native client
    MainWindow window(context);
    for (const QString &file : parser.values(options.profile)) {
        QString error;
        if (!window.openProfileFile(file, QString::fromUtf8(qgetenv("TOKENSCOPE_CLIENT_SECRET")), &error)) {
            QTextStream(stderr) << "tokenscope: " << error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(options.inspect)) {
        QFile in; // read only for "-"
        if (parser.value(options.inspect) == QLatin1String("-") && !in.open(stdin, QIODevice::ReadOnly)) {
            QTextStream(stderr) << "tokenscope: " << QCoreApplication::translate("App", "cannot read standard input") << Qt::endl;
            return 2;
        }
        window.inspectToken(inspectArgument(parser.value(options.inspect), in));
    }
    installBenchHooks(window); // scripts/bench only: inert unless TOKENSCOPE_BENCH_* is set
    // The icon (an SVG: Qt's SVG icon engine) is for the title bar and the task switcher, not the window's first frame.
    afterFirstFrame(&window, [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tokenscope.svg"))); });
    window.show();
    return app.exec();
}

} // namespace tokenscope::ui
