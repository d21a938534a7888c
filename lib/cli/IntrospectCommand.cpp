#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "cli/ProfileFile.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/http/TrustedCas.h"
#include "core/oidc/OidcFlow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace tokenscope::cli {

namespace {

int usageError(const QString &message)
{
    err() << "tokenscope-cli introspect: " << message << Qt::endl;
    return ExitUsage;
}

} // namespace

// RFC 7662: asks the profile's provider about one token. Exit 0: active and every check passed; 1: not active, a check
// failed, or the endpoint gave no usable answer; 2: usage.
int runIntrospect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Asks the provider's introspection endpoint (RFC 7662) about a token, authenticated as the profile's "
                                        "client; for a JWT, compares the answer with the token's own claims."));
    parser.addHelpOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), tr("Profile file (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write {\"ok\", \"active\", \"claims\", \"checks\"} as JSON to standard output."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Timeout of each request, in seconds (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"), tr("Also trust the CA certificate(s) in this PEM or DER file (may be repeated)."),
                                   QStringLiteral("FILE"));
    parser.addOptions({profileOpt, jsonOpt, timeoutOpt, caOpt});
    parser.addPositionalArgument(QStringLiteral("TOKEN"), tr("The token, - to read it from standard input, or @FILE to read it from a file."));
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli introspect")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(profileOpt))
        return usageError(tr("--profile FILE is required"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("give one token, or - to read it from standard input"));
    bool okNumber = false;
    const int timeoutSecs = parser.value(timeoutOpt).toInt(&okNumber);
    if (!okNumber || timeoutSecs <= 0)
        return usageError(tr("--timeout takes a positive number of seconds"));

    Profile profile;
    if (const QString error = loadProfileFile(parser.value(profileOpt), profile); !error.isEmpty())
        return usageError(error);
    const TrustedCas cas = loadCaCertificates(parser.values(caOpt) + caCertificateFiles(profile, parser.value(profileOpt)));
    if (!cas.ok())
        return usageError(cas.error);

    const TokenArgument given = tokenArgument(positional.first());
    if (!given.error.isEmpty())
        return usageError(given.error);
    const QString token = given.token;
    if (token.isEmpty())
        return usageError(tr("the token is empty"));

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeoutSecs * 1000);
    http.setExtraCaCertificates(cas.certificates);
    SystemClock clock;
    OidcFlow flow(&http, nullptr, &clock);
    flow.setProfile(profile);
    QEventLoop loop;
    QObject::connect(&flow, &OidcFlow::actionFinished, &loop, &QEventLoop::quit);
    QTimer watchdog; // a hard stop past every request's own timeout
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &flow, [&flow] { flow.cancel(); });
    watchdog.start(timeoutSecs * 1000 * 4);
    QTimer::singleShot(0, &flow, [&flow, token] { flow.introspect(token); });
    loop.exec();

    const FlowState &state = flow.state();
    const bool ok = state.ok() && state.introspectionActive.value_or(false);
    const StepResult *failed = state.firstFailedStep();
    if (parser.isSet(jsonOpt)) {
        QJsonObject json{{QStringLiteral("ok"), ok},
                         {QStringLiteral("active"), state.introspectionActive ? QJsonValue(*state.introspectionActive) : QJsonValue()},
                         {QStringLiteral("claims"), state.introspection},
                         {QStringLiteral("checks"), checksToJson(state.checks)}};
        if (failed) {
            json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("step"), failed->name},
                                                             {QStringLiteral("reason"), failed->reason},
                                                             {QStringLiteral("detail"), failed->detail}});
        }
        printJson(json);
    } else {
        if (failed)
            out() << statusLabel(CheckStatus::Fail) << "  " << failed->name << "  " << failed->detail << '\n';
        if (state.introspectionActive)
            out() << (*state.introspectionActive ? tr("active: true") : tr("active: false")) << '\n';
        for (auto it = state.introspection.begin(); it != state.introspection.end(); ++it) {
            if (it.key() == QLatin1String("active"))
                continue;
            const QJsonValue v = it.value();
            const QString shown = v.isString() ? v.toString()
                : v.isDouble()                 ? QString::number(v.toDouble(), 'f', 0)
                                               : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            out() << "  " << it.key() << ": " << shown << '\n';
        }
        out() << tr("Checks") << '\n';
        printChecks(state.checks);
        out() << (ok ? tr("OK: the token is active and every check passed") : tr("FAILED: see above")) << Qt::endl;
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
