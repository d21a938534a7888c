#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/HeadlessRun.h"

#include "browser/WebEngineUserAgent.h"
#include "core/common/Clock.h"
#include "core/report/FlowReport.h"
#include "core/oidc/OidcFlow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace tokenscope::cli {

namespace {

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

int runLogin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the whole sign-in flow with the web engine off screen and validates everything."));
    parser.addHelpOption();
    HeadlessRun run(QStringLiteral("login"));
    run.setBrowserOnlyWhenNeeded(true);
    run.addOptions(parser, tr("Username for the hosted login page."), tr("Password for the hosted login page."),
                   tr("Write the report as one self-contained HTML page (with the redacted HTTP exchanges)."));
    const QCommandLineOption noRefreshOpt(QStringLiteral("no-refresh"), tr("Do not use the refresh token."));
    const QCommandLineOption revokeOpt(QStringLiteral("revoke"),
                                       tr("At the end, revoke the refresh token (RFC 7009) and check the token endpoint refuses it "
                                          "afterwards (step revoke, check revoke.effective)."));
    parser.addOptions({noRefreshOpt, revokeOpt});
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli login")} + arguments))
        return run.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (const int exit = run.prepare(parser); exit != ExitOk)
        return exit;

    SystemClock clock;
    OidcFlow flow(&run.http(), run.agentIfAny(), &clock);
    OidcFlow::Options options;
    options.refresh = !parser.isSet(noRefreshOpt);
    options.revoke = parser.isSet(revokeOpt);
    options.skewSecs = run.skewSecs();
    flow.setOptions(options);
    flow.setProfile(run.profile());

    QEventLoop loop;
    QObject::connect(&flow, &OidcFlow::finished, &loop, &QEventLoop::quit);
    // A hard stop well past every individual timeout, so the process can never hang.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &flow, [&flow] { flow.cancel(); });
    watchdog.start(run.timeoutSecs() * 1000 * 12);
    QTimer::singleShot(0, &flow, &OidcFlow::start);
    loop.exec();

    ReportOptions reportOptions;
    reportOptions.includeExchanges = run.includesHttp(parser);
    const QJsonObject report = flowReport(flow.state(), reportOptions);
    if (const int exit = run.writeReports(parser, report, flowReportWithProfile(flow.state(), ReportOptions{true})); exit != ExitOk)
        return exit;
    if (run.wantsJsonOnStdout(parser))
        printJson(report);
    else
        printHumanReport(flow.state());
    return flow.state().ok() ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
