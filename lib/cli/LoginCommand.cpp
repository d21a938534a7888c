#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/HeadlessRun.h"

#include "browser/WebEngineUserAgent.h"
#include "core/common/Clock.h"
#include "core/report/FlowReport.h"
#include "core/oidc/OidcFlow.h"
#include "core/oidc/TokenExchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
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
    if (state.tokenExchange && !state.token.accessToken.isEmpty()) {
        // RFC 8693: what the exchange changed, subject token -> issued token.
        auto text = [](const QJsonValue &v) {
            if (v.isUndefined() || v.isNull())
                return tr("(absent)");
            if (v.isString())
                return v.toString();
            return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        };
        const QList<ClaimChange> changes = tokenExchangeChanges(state.tokenExchange->subjectToken, state.token.accessToken);
        out() << tr("Token exchange: subject token -> issued token") << '\n';
        if (changes.isEmpty())
            out() << "  " << tr("no change in sub, aud, scope, act, may_act, client_id or azp (or a token is not a JWT)") << '\n';
        qsizetype claimWidth = 0;
        for (const ClaimChange &c : changes)
            claimWidth = std::max(claimWidth, c.claim.size());
        for (const ClaimChange &c : changes)
            out() << "  " << c.claim.leftJustified(claimWidth) << "  " << text(c.subject) << " -> " << text(c.issued) << '\n';
    }
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
    run.addOptions(parser, tr("Username for the hosted login page, or for the password grant."),
                   tr("Password for the hosted login page, or for the password grant (else the environment variable "
                      "TOKENSCOPE_PASSWORD). Never printed or reported."),
                   tr("Write the report as one self-contained HTML page (with the redacted HTTP exchanges)."));
    const QCommandLineOption noRefreshOpt(QStringLiteral("no-refresh"), tr("Do not use the refresh token."));
    const QCommandLineOption revokeOpt(QStringLiteral("revoke"),
                                       tr("At the end, revoke the refresh token (RFC 7009) and check the token endpoint refuses it "
                                          "afterwards (step revoke, check revoke.effective)."));
    const QCommandLineOption subjectTokenOpt(QStringLiteral("subject-token"),
                                             tr("Token exchange (RFC 8693): the token to exchange, instead of the profile's "
                                                "subjectToken; - reads it from standard input, @FILE from a file."),
                                             tr("TOKEN|-|@FILE"));
    parser.addOptions({noRefreshOpt, revokeOpt, subjectTokenOpt});
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
    // The device grant (RFC 8628): the headless engine completes the verification page when it has credentials or a
    // fill script; otherwise a person does, until the code expires (or --timeout, when given).
    options.openVerification = run.agentIfAny() != nullptr;
    if (!run.agentIfAny() && run.timeoutGiven())
        options.deviceWaitSecs = run.timeoutSecs();
    flow.setOptions(options);
    flow.setProfile(run.profile());
    if (run.profile().effectiveGrant() == Grants::Password) {
        // RFC 6749 4.3: the client itself sends the user's credentials.
        if (run.username(parser).isEmpty() || run.password(parser).isEmpty())
            return run.usageError(tr("the profile's grant is password: give the user with --username and --password (or "
                                     "TOKENSCOPE_PASSWORD)"));
        flow.setResourceOwnerCredentials(run.username(parser), run.password(parser));
    }
    if (parser.isSet(subjectTokenOpt)) {
        if (run.profile().effectiveGrant() != Grants::TokenExchange)
            return run.usageError(tr("--subject-token is for token exchange: the profile's grant is %1").arg(run.profile().effectiveGrant()));
        const TokenArgument subjectToken = tokenArgument(parser.value(subjectTokenOpt));
        if (!subjectToken.error.isEmpty())
            return run.usageError(subjectToken.error);
        if (subjectToken.token.isEmpty())
            return run.usageError(tr("--subject-token is empty"));
        flow.setSubjectToken(subjectToken.token);
    } else if (run.profile().effectiveGrant() == Grants::TokenExchange && run.profile().subjectToken.trimmed().isEmpty()) {
        return run.usageError(tr("the profile's grant is token_exchange: give the token to exchange with --subject-token (or "
                                 "\"subjectToken\" in the profile)"));
    }

    QEventLoop loop;
    QObject::connect(&flow, &OidcFlow::finished, &loop, &QEventLoop::quit);
    // A hard stop well past every individual timeout, so the process can never hang.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &flow, [&flow] { flow.cancel(); });
    watchdog.start(run.timeoutSecs() * 1000 * 12);
    // The device grant: the user code and where to enter it, for a person (standard error: standard output may be the
    // JSON report); each poll's answer. The polling ends itself at expires_in: the watchdog waits that long and more.
    QObject::connect(&flow, &OidcFlow::deviceAuthorizationReady, &flow, [&flow, &watchdog, &run, options] {
        const DeviceFlowState &device = *flow.state().device;
        err() << tr("To sign in, open %1 and enter the code %2").arg(device.verificationUri.toDisplayString(), device.userCode) << '\n';
        if (!device.verificationUriComplete.isEmpty())
            err() << tr("or open %1").arg(device.verificationUriComplete.toDisplayString()) << '\n';
        err() << (options.openVerification ? tr("(the headless browser does it now; the code expires in %n second(s))", nullptr, int(device.expiresIn))
                                           : tr("(waiting for the approval; the code expires in %n second(s))", nullptr, int(device.expiresIn)))
              << Qt::endl;
        const qint64 wait = options.deviceWaitSecs > 0 ? std::min(options.deviceWaitSecs, device.expiresIn) : device.expiresIn;
        watchdog.start(int(std::min<qint64>(wait + device.interval + 60LL + 3LL * run.timeoutSecs(), 24 * 3600) * 1000));
    });
    QObject::connect(&flow, &OidcFlow::devicePollAnswered, &flow, [](int poll, const QString &answer, int next) {
        if (next > 0)
            err() << tr("poll %1: %2; next in %n second(s)", nullptr, next).arg(poll).arg(answer) << Qt::endl;
        else
            err() << tr("poll %1: %2").arg(poll).arg(answer) << Qt::endl;
    });
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
