#include "CliOutput.h"
#include "Commands.h"

#include "Clock.h"
#include "FlowReport.h"
#include "HttpClient.h"
#include "OidcFlow.h"
#include "Profile.h"
#include "TrustedCas.h"
#include "ReportFile.h"
#include "SecretStore.h"
#include "Logging.h"
#include "Totp.h"
#include "WebEngineUserAgent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>
#include <QWebEngineProfile>

namespace tokenscope::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tokenscope-cli", text, disambiguation, n);
}

void printHumanReport(const FlowState &state)
{
    out() << tr("Profile: %1").arg(state.profile.name) << '\n' << tr("Steps") << '\n';
    qsizetype width = 0;
    for (const StepResult &s : state.steps)
        width = std::max(width, s.name.size());
    for (const StepResult &s : state.steps) {
        out() << "  " << statusLabel(s.status) << "  " << s.name.leftJustified(width) << "  "
              << QStringLiteral("%1 ms").arg(s.ms, 6) << "  " << s.detail << '\n';
    }
    out() << tr("Checks") << '\n';
    printChecks(state.checks);
    out() << (state.ok() ? tr("OK: every step and check passed") : tr("FAILED: see the steps and checks above")) << Qt::endl;
}

} // namespace

// The client secret the desktop app remembered for this profile file ("remember" in the profile editor), or empty: no
// entry, or no keychain service (headless machines), which is normal and only logged. Never printed.
QString secretFromKeychain(const QString &path)
{
    if (!QCoreApplication::instance())
        return {}; // CliMain reads profiles once before the application exists (for callback schemes only)
    SecretStore store(SecretStore::serviceName());
    QEventLoop loop;
    QString secret;
    QObject::connect(&store, &SecretStore::readFinished, &loop,
                     [&](const QString &, bool found, const QString &value, const QString &error) {
                         if (found)
                             secret = value;
                         else if (!error.isEmpty())
                             qCInfo(lcFlow).noquote() << "no client secret from the keychain:" << error;
                         loop.quit();
                     });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // a keychain that never answers must not hang a script
    store.read(SecretStore::keyForProfileFile(path));
    loop.exec();
    if (!secret.isEmpty())
        qCInfo(lcFlow) << "client secret read from the keychain";
    return secret;
}

// Loads the profile file; returns an error message or empty. The client secret comes from the file, else
// TOKENSCOPE_CLIENT_SECRET, else the keychain entry the desktop app keeps for this file.
QString loadProfileFile(const QString &path, Profile &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read the profile %1: %2").arg(path, file.errorString());
    const ProfileLoadResult loaded = loadProfile(file.read(2 * 1024 * 1024));
    if (!loaded.ok())
        return tr("the profile %1 is not usable: %2").arg(path, loaded.errors.join(QStringLiteral("; ")));
    profile = loaded.profile;
    const QByteArray envSecret = qgetenv("TOKENSCOPE_CLIENT_SECRET");
    if (!envSecret.isEmpty())
        profile.clientSecret = QString::fromUtf8(envSecret);
    else if (profile.clientSecret.isEmpty() && profile.tokenEndpointAuth != QLatin1String("none"))
        profile.clientSecret = secretFromKeychain(path);
    return {};
}

int runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the whole sign-in flow with the web engine off screen and validates everything."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption userOpt(QStringLiteral("username"), tr("Username for the hosted login page."), QStringLiteral("U"));
    const QCommandLineOption passOpt(QStringLiteral("password"), tr("Password for the hosted login page."), QStringLiteral("P"));
    const QCommandLineOption scriptOpt(QStringLiteral("fill-script"),
                                       tr("JavaScript run on every loaded page instead of the built-in filler; it reads --username, "
                                          "--password and the current one-time code as tokenscope.username, tokenscope.password and "
                                          "tokenscope.totp."),
                                       QStringLiteral("FILE.js"));
    const QCommandLineOption totpOpt(QStringLiteral("totp-secret"),
                                     tr("Base32 TOTP secret (RFC 6238) of the test user: the filler answers a one-time-code page with "
                                        "its current code. Never logged or reported."),
                                     QStringLiteral("BASE32"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Timeout of each network step and each page, in seconds (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption reportOpt(QStringLiteral("report"), tr("Write the JSON report to this file."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write the JSON report to standard output."));
    const QCommandLineOption htmlOpt(QStringLiteral("html"), tr("Write the report as one self-contained HTML page (with the redacted HTTP exchanges)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption httpOpt(QStringLiteral("include-http"), tr("Add the HTTP exchanges (redacted) to the report."));
    const QCommandLineOption noRefreshOpt(QStringLiteral("no-refresh"), tr("Do not use the refresh token."));
    const QCommandLineOption revokeOpt(QStringLiteral("revoke"),
                                       tr("At the end, revoke the refresh token (RFC 7009) and check the token endpoint refuses it "
                                          "afterwards (step revoke, check revoke.effective)."));
    const QCommandLineOption skewOpt(QStringLiteral("skew"), tr("Clock skew allowed, in seconds (default 60)."), QStringLiteral("SECONDS"),
                                     QStringLiteral("60"));
    parser.addOptions({profileOpt, userOpt, passOpt, scriptOpt, timeoutOpt, reportOpt, jsonOpt, httpOpt, noRefreshOpt, skewOpt});
    parser.addOption(htmlOpt);
    parser.addOption(revokeOpt);
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
                                       tr("Also trust the CA certificate(s) in this PEM or DER file (may be repeated); TLS "
                                          "checks are never skipped."),
                                       QStringLiteral("FILE"));
    parser.addOption(caFileOpt);
    parser.addOption(totpOpt);
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli login")} + arguments)) {
        err() << "tokenscope-cli login: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(profileOpt)) {
        err() << "tokenscope-cli login: " << tr("--profile FILE is required") << Qt::endl;
        return ExitUsage;
    }
    bool okNumber = false;
    const int timeout = parser.value(timeoutOpt).toInt(&okNumber);
    if (!okNumber || timeout <= 0) {
        err() << "tokenscope-cli login: " << tr("--timeout takes a positive number of seconds") << Qt::endl;
        return ExitUsage;
    }
    const qint64 skew = parser.value(skewOpt).toLongLong(&okNumber);
    if (!okNumber || skew < 0) {
        err() << "tokenscope-cli login: " << tr("--skew takes a number of seconds") << Qt::endl;
        return ExitUsage;
    }
    Profile profile;
    if (const QString error = loadProfileFile(parser.value(profileOpt), profile); !error.isEmpty()) {
        err() << "tokenscope-cli login: " << error << Qt::endl;
        return ExitUsage;
    }
    const TrustedCas cas = loadCaCertificates(parser.values(caFileOpt) + caCertificateFiles(profile, parser.value(profileOpt)));
    if (!cas.ok()) {
        err() << "tokenscope-cli login: " << cas.error << Qt::endl;
        return ExitUsage;
    }
    const QList<QSslCertificate> &extraCas = cas.certificates;
    QString fillScript;
    if (parser.isSet(scriptOpt)) {
        QFile file(parser.value(scriptOpt));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "tokenscope-cli login: " << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return ExitUsage;
        }
        fillScript = QString::fromUtf8(file.read(1024 * 1024));
    }
    QByteArray totpKey;
    if (parser.isSet(totpOpt)) {
        const std::optional<QByteArray> key = totp::decodeBase32(parser.value(totpOpt));
        if (!key) {
            // The secret itself is not repeated: it may be nearly right.
            err() << "tokenscope-cli login: " <<  tr("--totp-secret takes the base32 secret (letters A-Z and digits 2-7) the provider showed when "
                                                      "the authenticator was set up") << Qt::endl;
            return ExitUsage;
        }
        totpKey = *key;
    }

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeout * 1000);
    http.setExtraCaCertificates(extraCas);
    QWebEngineProfile webProfile; // off the record: no cookies survive the run
    WebEngineUserAgent agent(&webProfile);
    agent.setExtraCaCertificates(extraCas);
    agent.setPageTimeoutMs(timeout * 1000);
    agent.setFailOnLoadError(true);
    // A fill script reads the credentials from the object `tokenscope` of its isolated world (not from its own text).
    agent.setCredentials(parser.value(userOpt), parser.value(passOpt));
    agent.setTotpKey(totpKey);
    if (!fillScript.isEmpty())
        agent.setFillScript(fillScript);

    SystemClock clock;
    OidcFlow flow(&http, &agent, &clock);
    OidcFlow::Options options;
    options.refresh = !parser.isSet(noRefreshOpt);
    options.revoke = parser.isSet(revokeOpt);
    options.skewSecs = skew;
    flow.setOptions(options);
    flow.setProfile(profile);

    QEventLoop loop;
    QObject::connect(&flow, &OidcFlow::finished, &loop, &QEventLoop::quit);
    // A hard stop well past every individual timeout, so the process can never hang.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &flow, [&flow] { flow.cancel(); });
    watchdog.start(timeout * 1000 * 12);
    QTimer::singleShot(0, &flow, &OidcFlow::start);
    loop.exec();

    ReportOptions reportOptions;
    reportOptions.includeExchanges = parser.isSet(httpOpt);
    const QJsonObject report = flowReport(flow.state(), reportOptions);
    QString writeError;
    if (parser.isSet(reportOpt) && !writeReportFile(parser.value(reportOpt), report, ReportFormat::Json, &writeError)) {
        err() << "tokenscope-cli login: " << writeError << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(htmlOpt)
        && !writeReportFile(parser.value(htmlOpt), flowReportWithProfile(flow.state(), ReportOptions{true}), ReportFormat::Html, &writeError)) {
        err() << "tokenscope-cli login: " << writeError << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(jsonOpt))
        printJson(report);
    else
        printHumanReport(flow.state());
    return flow.state().ok() ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
