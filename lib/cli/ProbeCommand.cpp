#include "CliOutput.h"
#include "Commands.h"

#include "Clock.h"
#include "TrustedCas.h"
#include "FlowReport.h"
#include "HttpClient.h"
#include "Profile.h"
#include "ReportFile.h"
#include "TenantProbe.h"
#include "Totp.h"
#include "WebEngineUserAgent.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTimer>
#include <QWebEngineProfile>

namespace tokenscope::cli {

QString loadProfileFile(const QString &path, Profile &profile);            // LoginCommand.cpp
void printFindings(const FindingList &findings, const QString &indent);   // DiscoverCommand.cpp

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tokenscope-cli", text, disambiguation, n);
}

void printHuman(const TenantProbeReport &report)
{
    const FlowState &b = report.baseline;
    out() << tr("Profile: %1").arg(report.profile.name) << '\n' << tr("Sign-in") << '\n';
    for (const StepResult &s : b.steps)
        out() << "  " << statusLabel(s.status) << "  " << s.name.leftJustified(10) << "  " << s.detail << '\n';
    CheckList failedChecks;
    for (const Check &c : b.checks) {
        if (c.status == CheckStatus::Fail)
            failedChecks << c;
    }
    out() << tr("Checks: %1 passed, %2 failed").arg(b.checks.size() - failedChecks.size()).arg(failedChecks.size()) << '\n';
    printChecks(failedChecks, QStringLiteral("  "));
    if (!report.lint.isEmpty()) {
        out() << tr("Configuration lint") << '\n';
        printFindings(report.lint, QStringLiteral("  "));
    }
    if (!report.probes.isEmpty()) {
        out() << tr("Probes") << '\n';
        qsizetype width = 0;
        for (const ProbeResult &r : report.probes)
            width = std::max(width, r.id.size());
        for (const ProbeResult &r : report.probes) {
            out() << "  " << statusLabel(r.status) << "  " << findingLevelName(r.level).leftJustified(7) << "  " << r.id.leftJustified(width)
                  << "  " << r.detail << '\n';
        }
    }
    out() << (report.ok() ? tr("OK: the sign-in, the lint and every probe passed") : tr("FAILED: see above")) << Qt::endl;
}

} // namespace

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lints the tenant's configuration and probes its behaviour with a test user: flow matrix, "
                                        "sessions (prompt=none, max_age=0, logout), refresh tokens (rotation, reuse detection), "
                                        "and optionally a second tenant side by side."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption userOpt(QStringLiteral("username"), tr("Username of the test user."), QStringLiteral("U"));
    const QCommandLineOption passOpt(QStringLiteral("password"), tr("Password of the test user."), QStringLiteral("P"));
    const QCommandLineOption scriptOpt(QStringLiteral("fill-script"),
                                       tr("JavaScript run on every loaded page instead of the built-in filler; it reads --username, "
                                          "--password and the current one-time code as tokenscope.username, tokenscope.password and "
                                          "tokenscope.totp."),
                                       QStringLiteral("FILE.js"));
    const QCommandLineOption totpOpt(QStringLiteral("totp-secret"),
                                     tr("Base32 TOTP secret (RFC 6238) of the test user: the filler answers a one-time-code page with "
                                        "its current code. Never logged or reported."),
                                     QStringLiteral("BASE32"));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), tr("Probe groups to run: matrix,sessions,refresh (default: all; \"none\": lint and sign-in only)."),
                                     QStringLiteral("GROUPS"));
    const QCommandLineOption compareOpt(QStringLiteral("compare"), tr("A second profile: sign in with it too and diff metadata and token claims."),
                                        QStringLiteral("FILE2"));
    const QCommandLineOption typesOpt(QStringLiteral("types"), tr("Flow matrix: only these response types (comma-separated, e.g. \"code,code id_token\")."),
                                      QStringLiteral("TYPES"));
    const QCommandLineOption modesOpt(QStringLiteral("modes"), tr("Flow matrix: only these response modes (comma-separated: query,fragment,form_post)."),
                                      QStringLiteral("MODES"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Timeout of each network step and each page, in seconds (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption skewOpt(QStringLiteral("skew"), tr("Clock skew allowed, in seconds (default 60)."), QStringLiteral("SECONDS"),
                                     QStringLiteral("60"));
    const QCommandLineOption reportOpt(QStringLiteral("report"), tr("Write the JSON report to this file."), QStringLiteral("FILE"));
    const QCommandLineOption htmlOpt(QStringLiteral("html"), tr("Write the report as one self-contained HTML page."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write the JSON report to standard output."));
    const QCommandLineOption httpOpt(QStringLiteral("include-http"), tr("Add the HTTP exchanges (redacted) to the JSON report (the HTML page always has them)."));
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
                                       tr("Also trust the CA certificate(s) in this PEM or DER file (may be repeated); TLS checks are never skipped."),
                                       QStringLiteral("FILE"));
    parser.addOptions({profileOpt, userOpt, passOpt, scriptOpt, onlyOpt, compareOpt, typesOpt, modesOpt, timeoutOpt, skewOpt, reportOpt, htmlOpt,
                       jsonOpt, httpOpt, caFileOpt, totpOpt});
    const QString me = QStringLiteral("tokenscope-cli probe: ");
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli probe")} + arguments)) {
        err() << me << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << me << tr("unexpected argument %1").arg(parser.positionalArguments().first()) << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(profileOpt)) {
        err() << me << tr("--profile FILE is required") << Qt::endl;
        return ExitUsage;
    }
    bool okNumber = false;
    const int timeout = parser.value(timeoutOpt).toInt(&okNumber);
    if (!okNumber || timeout <= 0) {
        err() << me << tr("--timeout takes a positive number of seconds") << Qt::endl;
        return ExitUsage;
    }
    const qint64 skew = parser.value(skewOpt).toLongLong(&okNumber);
    if (!okNumber || skew < 0) {
        err() << me << tr("--skew takes a number of seconds") << Qt::endl;
        return ExitUsage;
    }
    TenantProbe::Options options;
    options.skewSecs = skew;
    options.attemptTimeoutMs = timeout * 1000 * 4;
    if (parser.isSet(onlyOpt)) {
        QString error;
        if (!TenantProbe::parseGroups(parser.value(onlyOpt), &options.groups, &error)) {
            err() << me << error << Qt::endl;
            return ExitUsage;
        }
    }
    auto splitList = [](const QString &text) {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.simplified();
        return items;
    };
    options.responseTypes = splitList(parser.value(typesOpt));
    options.responseModes = splitList(parser.value(modesOpt));
    for (const QString &mode : std::as_const(options.responseModes)) {
        if (mode != QLatin1String("query") && mode != QLatin1String("fragment") && mode != QLatin1String("form_post")) {
            err() << me << tr("--modes takes query, fragment and form_post, not \"%1\"").arg(mode) << Qt::endl;
            return ExitUsage;
        }
    }

    Profile profile;
    if (const QString error = loadProfileFile(parser.value(profileOpt), profile); !error.isEmpty()) {
        err() << me << error << Qt::endl;
        return ExitUsage;
    }
    std::optional<Profile> compare;
    if (parser.isSet(compareOpt)) {
        Profile p;
        if (const QString error = loadProfileFile(parser.value(compareOpt), p); !error.isEmpty()) {
            err() << me << error << Qt::endl;
            return ExitUsage;
        }
        compare = p;
    }
    QStringList caFiles = parser.values(caFileOpt) + caCertificateFiles(profile, parser.value(profileOpt));
    if (compare)
        caFiles += caCertificateFiles(*compare, parser.value(compareOpt));
    const TrustedCas cas = loadCaCertificates(caFiles);
    if (!cas.ok()) {
        err() << me << cas.error << Qt::endl;
        return ExitUsage;
    }
    const QList<QSslCertificate> &extraCas = cas.certificates;
    QString fillScript;
    if (parser.isSet(scriptOpt)) {
        QFile file(parser.value(scriptOpt));
        if (!file.open(QIODevice::ReadOnly)) {
            err() << me << tr("cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return ExitUsage;
        }
        fillScript = QString::fromUtf8(file.read(1024 * 1024));
    }
    QByteArray totpKey;
    if (parser.isSet(totpOpt)) {
        const std::optional<QByteArray> key = totp::decodeBase32(parser.value(totpOpt));
        if (!key) {
            // The secret itself is not repeated: it may be nearly right.
            err() << me <<  tr("--totp-secret takes the base32 secret (letters A-Z and digits 2-7) the provider showed when "
                                                      "the authenticator was set up") << Qt::endl;
            return ExitUsage;
        }
        totpKey = *key;
    }

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeout * 1000);
    http.setExtraCaCertificates(extraCas);
    // Off the record: cookies live in memory for this run only, and they must, so the provider session persists from
    // one attempt to the next.
    QWebEngineProfile webProfile;
    WebEngineUserAgent agent(&webProfile);
    agent.setPageTimeoutMs(timeout * 1000);
    agent.setFailOnLoadError(true);
    agent.setExtraCaCertificates(extraCas);
    // A fill script reads the credentials from the object `tokenscope` of its isolated world (not from its own text).
    agent.setCredentials(parser.value(userOpt), parser.value(passOpt));
    agent.setTotpKey(totpKey);
    if (!fillScript.isEmpty())
        agent.setFillScript(fillScript);

    SystemClock clock;
    TenantProbe probe(&http, &agent, &clock);
    probe.setOptions(options);
    probe.setProfile(profile);
    probe.setCompareProfile(compare);
    if (!parser.isSet(jsonOpt)) {
        QObject::connect(&probe, &TenantProbe::stageStarted, &probe, [](const QString &stage) { err() << tr("… %1").arg(stage) << Qt::endl; });
    }
    QEventLoop loop;
    QObject::connect(&probe, &TenantProbe::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &probe, &TenantProbe::start);
    loop.exec();

    const TenantProbeReport &report = probe.report();
    ReportOptions reportOptions;
    reportOptions.includeExchanges = parser.isSet(httpOpt);
    const QJsonObject json = probeReport(report, reportOptions);
    QString error;
    if (parser.isSet(reportOpt) && !writeReportFile(parser.value(reportOpt), json, ReportFormat::Json, &error)) {
        err() << me << error << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(htmlOpt)) {
        ReportOptions withHttp;
        withHttp.includeExchanges = true;
        if (!writeReportFile(parser.value(htmlOpt), probeReport(report, withHttp), ReportFormat::Html, &error)) {
            err() << me << error << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(jsonOpt))
        printJson(json);
    else
        printHuman(report);
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
