#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/HeadlessRun.h"

#include "browser/WebEngineUserAgent.h"
#include "core/common/Clock.h"
#include "core/report/FlowReport.h"
#include "core/profile/Profile.h"
#include "core/tenant/TenantProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <utility>

namespace tokenscope::cli {

namespace {

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
                                        "the API (real and forged access tokens), and optionally a second tenant side by side."));
    parser.addHelpOption();
    HeadlessRun run(QStringLiteral("probe"));
    run.addOptions(parser, tr("Username of the test user."), tr("Password of the test user."),
                   tr("Write the report as one self-contained HTML page."));
    const QCommandLineOption onlyOpt(QStringLiteral("only"), tr("Probe groups to run: matrix,sessions,refresh,api (default: all; \"none\": lint and sign-in only)."),
                                     QStringLiteral("GROUPS"));
    const QCommandLineOption compareOpt(QStringLiteral("compare"), tr("A second profile: sign in with it too and diff metadata and token claims."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption typesOpt(QStringLiteral("types"), tr("Flow matrix: only these response types (comma-separated, e.g. \"code,code id_token\")."),
                                      QStringLiteral("TYPES"));
    const QCommandLineOption modesOpt(QStringLiteral("modes"), tr("Flow matrix: only these response modes (comma-separated: query,fragment,form_post)."),
                                      QStringLiteral("MODES"));
    const QCommandLineOption expiryWaitOpt(QStringLiteral("api-expiry-wait"),
                                           tr("probe.api.expired: wait up to this many seconds for the real access token to expire and "
                                              "replay it (default 0: send a forged expired token instead)."),
                                           QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption leewayOpt(QStringLiteral("api-leeway"),
                                       tr("probe.api.expired: the clock leeway the API may allow past exp (default 60)."), QStringLiteral("SECONDS"),
                                       QStringLiteral("60"));
    parser.addOptions({onlyOpt, compareOpt, typesOpt, modesOpt, expiryWaitOpt, leewayOpt});
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli probe")} + arguments))
        return run.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return run.usageError(tr("unexpected argument %1").arg(parser.positionalArguments().first()));
    TenantProbe::Options options;
    if (parser.isSet(onlyOpt)) {
        QString error;
        if (!TenantProbe::parseGroups(parser.value(onlyOpt), &options.groups, &error))
            return run.usageError(error);
    }
    auto splitList = [](const QString &text) {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.simplified();
        return items;
    };
    for (const auto &[opt, target] : {std::pair{&expiryWaitOpt, &options.apiExpiryWaitSecs}, std::pair{&leewayOpt, &options.apiLeewaySecs}}) {
        bool ok = false;
        const int value = parser.value(*opt).toInt(&ok);
        if (!ok || value < 0 || value > 86400)
            return run.usageError(tr("--%1 takes a number of seconds (0 to 86400), not \"%2\"").arg(opt->names().constFirst(), parser.value(*opt)));
        *target = value;
    }
    options.responseTypes = splitList(parser.value(typesOpt));
    options.responseModes = splitList(parser.value(modesOpt));
    for (const QString &mode : std::as_const(options.responseModes)) {
        if (mode != QLatin1String("query") && mode != QLatin1String("fragment") && mode != QLatin1String("form_post"))
            return run.usageError(tr("--modes takes query, fragment and form_post, not \"%1\"").arg(mode));
    }
    if (const int exit = run.prepare(parser, {compareOpt}); exit != ExitOk)
        return exit;
    options.skewSecs = run.skewSecs();
    options.attemptTimeoutMs = run.timeoutSecs() * 1000 * 4;

    SystemClock clock;
    TenantProbe probe(&run.http(), &run.agent(), &clock);
    probe.setOptions(options);
    probe.setProfile(run.profile());
    probe.setCompareProfile(run.otherProfiles().isEmpty() ? std::nullopt : std::optional<Profile>(run.otherProfiles().first()));
    if (!run.wantsJsonOnStdout(parser)) {
        QObject::connect(&probe, &TenantProbe::stageStarted, &probe, [](const QString &stage) { err() << tr("… %1").arg(stage) << Qt::endl; });
    }
    QEventLoop loop;
    QObject::connect(&probe, &TenantProbe::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &probe, &TenantProbe::start);
    loop.exec();

    const TenantProbeReport &report = probe.report();
    ReportOptions reportOptions;
    reportOptions.includeExchanges = run.includesHttp(parser);
    const QJsonObject json = probeReport(report, reportOptions);
    ReportOptions withHttp;
    withHttp.includeExchanges = true;
    if (const int exit = run.writeReports(parser, json, probeReport(report, withHttp)); exit != ExitOk)
        return exit;
    if (run.wantsJsonOnStdout(parser))
        printJson(json);
    else
        printHuman(report);
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
