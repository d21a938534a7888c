// Sign-in: where the time of a complete hybrid sign-in against the local tenant goes.
//
//   bench_signin --profile FILE --username U --password P --cli TOKENSCOPE_CLI --floor FLOOR_WEBENGINE [--runs N]
//       (client secret from TOKENSCOPE_CLIENT_SECRET, as for tokenscope-cli) runs, N times each and interleaved:
//       1. `tokenscope-cli login --json --include-http`: process wall time, and the split its own report gives
//          (sum of the HTTP exchanges' ms, the authorize step's ms = the browser's page loads, form and redirects,
//          and the rest of the steps' ms = Tokenscope's work inside the flow);
//       2. floor_webengine: a bare QWebEnginePage that loads the same authorize URL, fills the same form with the same
//          script and catches the same callback in acceptNavigationRequest (process wall time), and the ratio;
//       3. floor_webengine --same-http: the same, plus the same back-channel requests with a bare
//          QNetworkAccessManager (discovery, JWKS, token, userinfo, API, refresh) and no checks (information);
//       4. this program with --child: the engine objects wired exactly as tokenscope-cli login wires them, timed in
//          nanoseconds: HTTP waits (exchangeStarted..exchangeFinished), the browser (authorize URL handed to the user
//          agent..callback caught), and everything else in the flow plus building and serializing the report =
//          Tokenscope's own time.
//   With --app TOKENSCOPE (the desktop app), also N times, interleaved:
//       5. the window (TOKENSCOPE_BENCH_LOGIN_PAGE=2, lib/ui/bench/BenchHooks.h): the Sign in action to the provider's
//          login page painted in the embedded browser, first (the web engine cold: the app loads it on first use) and
//          second sign-in of one process;
//       6. floor_webengine --view: a shown QWebEngineView loading the same authorize URL to its first paint after
//          the load, cold (from before the first web engine object) and warm (a second URL in the same view).
//   Prints BENCH rows (BenchCommon.h).

#include "BenchCommon.h"

#include "core/common/Clock.h"
#include "core/report/FlowReport.h"
#include "core/http/HttpClient.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QWebEngineProfile>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace tokenscope;

namespace {

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double msFromNs(qint64 ns)
{
    return double(ns) / 1e6;
}

// ---- child: one sign-in in this process, timed from the inside -------------------------------------------------

int runChild(int argc, char **argv, const QStringList &args)
{
    QElapsedTimer processTimer;
    processTimer.start();
    // The same set-up as tokenscope-cli login (lib/cli/CliMain.cpp, LoginCommand.cpp).
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    QFile profileFile(argValue(args, QStringLiteral("--profile")));
    if (!profileFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_signin: cannot read the profile\n");
        return 2;
    }
    const ProfileLoadResult loaded = loadProfile(profileFile.readAll());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_signin: %s\n", qPrintable(loaded.errors.join(QStringLiteral("; "))));
        return 2;
    }
    Profile profile = loaded.profile;
    if (const QByteArray secret = qgetenv("TOKENSCOPE_CLIENT_SECRET"); !secret.isEmpty())
        profile.clientSecret = QString::fromUtf8(secret);
    prepareWebEngine(customSchemes({profile.redirectUri, profile.postLogoutRedirectUri}));
    QApplication app(argc, argv);

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(30000);
    QWebEngineProfile webProfile;
    WebEngineUserAgent agent(&webProfile);
    agent.setPageTimeoutMs(30000);
    agent.setFailOnLoadError(true);
    agent.setCredentials(argValue(args, QStringLiteral("--username")), argValue(args, QStringLiteral("--password")));

    QElapsedTimer clock;
    clock.start();
    qint64 httpNs = 0, httpSince = 0, browserNs = 0, browserSince = -1;
    int httpOpen = 0, exchanges = 0;
    QObject::connect(&http, &HttpClient::exchangeStarted, &http, [&](const HttpExchange &) {
        if (httpOpen++ == 0)
            httpSince = clock.nsecsElapsed();
    });
    QObject::connect(&http, &HttpClient::exchangeFinished, &http, [&](const HttpExchange &) {
        ++exchanges;
        if (--httpOpen == 0)
            httpNs += clock.nsecsElapsed() - httpSince;
    });
    // Connected before OidcFlow connects its own slot, so this runs first: the browser's time ends when the callback
    // is caught, before Tokenscope parses and validates it.
    auto browserDone = [&] {
        if (browserSince >= 0)
            browserNs += clock.nsecsElapsed() - browserSince;
        browserSince = -1;
    };
    QObject::connect(&agent, &UserAgent::callbackReceived, &agent, browserDone);
    QObject::connect(&agent, &UserAgent::failed, &agent, browserDone);

    SystemClock systemClock;
    OidcFlow flow(&http, &agent, &systemClock);
    OidcFlow::Options options;
    flow.setOptions(options);
    flow.setProfile(profile);
    // Emitted right before the user agent is asked to open the URL.
    QObject::connect(&flow, &OidcFlow::authorizationUrlReady, &flow, [&](const QUrl &) { browserSince = clock.nsecsElapsed(); });

    QEventLoop loop;
    qint64 flowStart = 0, flowEnd = 0;
    QObject::connect(&flow, &OidcFlow::finished, &loop, [&] {
        flowEnd = clock.nsecsElapsed();
        loop.quit();
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &flow, [&flow] { flow.cancel(); });
    watchdog.start(120000);
    const qint64 setupNs = processTimer.nsecsElapsed();
    QTimer::singleShot(0, &flow, [&] {
        flowStart = clock.nsecsElapsed();
        flow.start();
    });
    loop.exec();

    const qint64 reportStart = clock.nsecsElapsed();
    ReportOptions reportOptions;
    reportOptions.includeExchanges = true;
    const QByteArray report = QJsonDocument(flowReport(flow.state(), reportOptions)).toJson();
    const qint64 reportNs = clock.nsecsElapsed() - reportStart;

    const qint64 flowNs = flowEnd - flowStart;
    const qint64 ownFlowNs = flowNs - httpNs - browserNs;
    std::printf("SIGNIN ok=%d flow=%.3f http=%.3f browser=%.3f ownflow=%.3f report=%.3f own=%.3f setup=%.3f exchanges=%d bytes=%lld\n",
                flow.state().ok() ? 1 : 0, msFromNs(flowNs), msFromNs(httpNs), msFromNs(browserNs), msFromNs(ownFlowNs),
                msFromNs(reportNs), msFromNs(ownFlowNs + reportNs), msFromNs(setupNs), exchanges, qlonglong(report.size()));
    std::fflush(stdout);
    if (!flow.state().ok()) {
        for (const StepResult &s : flow.state().steps)
            std::fprintf(stderr, "  step %s %s: %s\n", qPrintable(s.name), qPrintable(checkStatusName(s.status)), qPrintable(s.detail));
        return 1;
    }
    return 0;
}

// ---- parent: runs the CLI, the floors and the child, interleaved ------------------------------------------------

struct Proc
{
    double wallMs = 0;
    int exitCode = -1;
    QByteArray out, err;
};

Proc runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                int timeoutMs = 180000)
{
    Proc p;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    p.wallMs = double(timer.nsecsElapsed()) / 1e6;
    p.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    p.out = process.readAllStandardOutput();
    p.err = process.readAllStandardError();
    return p;
}

QMap<QString, double> parseKeyValues(const QByteArray &out, const QByteArray &prefix)
{
    QMap<QString, double> values;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        for (const QByteArray &field : line.mid(prefix.size()).trimmed().split(' ')) {
            const qsizetype eq = field.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromLatin1(field.left(eq)), field.mid(eq + 1).toDouble());
        }
    }
    return values;
}

QString randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// 5. and 6. above: the window's Sign in to the login page painted, against a bare web view.
int timeLoginPage(const QString &desktopApp, const QString &profilePath, int runs, const std::function<QStringList()> &floorArgs,
                  const QString &floor)
{
    QTemporaryDir home; // a first start each time: no stored profiles, settings or web data
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOKENSCOPE_BENCH_LOGIN_PAGE"), QStringLiteral("2"));
    std::vector<double> appCold, appWarm, floorCold, floorWarm, coldRatio, warmRatio;
    for (int r = -1; r < runs; ++r) {
        for (const char *dir : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(dir), home.filePath(QStringLiteral("run%1/%2").arg(r + 1).arg(QLatin1String(dir))));
        const Proc a = runProcess(desktopApp, {QStringLiteral("--profile"), profilePath}, environment);
        QList<double> times;
        for (const QByteArray &line : a.out.split('\n')) {
            if (line.startsWith("TOKENSCOPE_LOGIN_PAGE "))
                times << parseKeyValues(line, "TOKENSCOPE_LOGIN_PAGE").value(QStringLiteral("ms"));
        }
        if (a.exitCode != 0 || times.size() != 2) {
            std::fprintf(stderr, "bench_signin: the window did not show the login page twice (exit %d)\n%s\n%s\n", a.exitCode,
                         a.out.left(4000).constData(), a.err.left(4000).constData());
            return 1;
        }
        const Proc f = runProcess(floor, floorArgs());
        const QMap<QString, double> fv = parseKeyValues(f.out, "FLOOR_VIEW");
        if (f.exitCode != 0 || fv.value(QStringLiteral("ok")) != 1) {
            std::fprintf(stderr, "bench_signin: floor_webengine --view failed (exit %d)\n%s\n%s\n", f.exitCode, f.out.constData(),
                         f.err.left(4000).constData());
            return 1;
        }
        std::fprintf(stderr, "bench_signin: run %d: window %.0f / %.0f ms, floor view %.0f / %.0f ms\n", r + 1, times[0], times[1],
                     fv.value(QStringLiteral("cold")), fv.value(QStringLiteral("warm")));
        if (r < 0)
            continue;
        appCold.push_back(times[0]);
        appWarm.push_back(times[1]);
        floorCold.push_back(fv.value(QStringLiteral("cold")));
        floorWarm.push_back(fv.value(QStringLiteral("warm")));
        coldRatio.push_back(times[0] / fv.value(QStringLiteral("cold")));
        warmRatio.push_back(times[1] / fv.value(QStringLiteral("warm")));
    }
    const std::string sec = "Sign-in in the window (hybrid, local tenant)";
    bench::printRow(sec, "Sign in to login page painted, first sign-in (web engine cold)", "ms", appCold);
    bench::printRow(sec, "floor_webengine --view: same page painted, web engine cold", "ms", floorCold);
    bench::printRow(sec, "first sign-in / floor, cold", "x", coldRatio, "information", 2);
    bench::printRow(sec, "Sign in to login page painted, second sign-in", "ms", appWarm);
    bench::printRow(sec, "floor_webengine --view: same page painted again, warm", "ms", floorWarm);
    bench::printRow(sec, "second sign-in / floor, warm", "x", warmRatio, "information", 2);
    return 0;
}

int runParent(int argc, char **argv, const QStringList &args)
{
    QCoreApplication app(argc, argv);
    const QString profilePath = argValue(args, QStringLiteral("--profile"));
    const QString username = argValue(args, QStringLiteral("--username"));
    const QString password = argValue(args, QStringLiteral("--password"));
    const QString cli = argValue(args, QStringLiteral("--cli"));
    const QString floor = argValue(args, QStringLiteral("--floor"));
    const QString desktopApp = argValue(args, QStringLiteral("--app"));
    const int runs = argValue(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString secret = qEnvironmentVariable("TOKENSCOPE_CLIENT_SECRET");

    QFile profileFile(profilePath);
    if (!profileFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_signin: cannot read %s\n", qPrintable(profilePath));
        return 2;
    }
    const ProfileLoadResult loaded = loadProfile(profileFile.readAll());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_signin: %s\n", qPrintable(loaded.errors.join(QStringLiteral("; "))));
        return 2;
    }
    const Profile profile = loaded.profile;

    // The authorize endpoint, from discovery, once (the floor must not get a head start or a handicap from it).
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(profile.issuer + QStringLiteral(".well-known/openid-configuration"))));
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    const QJsonObject discovery = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QUrl authorizeEndpoint(discovery.value(QStringLiteral("authorization_endpoint")).toString());
    if (!authorizeEndpoint.isValid() || authorizeEndpoint.isEmpty()) {
        std::fprintf(stderr, "bench_signin: no authorization_endpoint at %s\n", qPrintable(profile.issuer));
        return 1;
    }
    // Same parameters, in the same order, as Tokenscope's request for this profile (state and nonce fresh per run).
    auto authorizeUrl = [&] {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), profile.responseType);
        query.addQueryItem(QStringLiteral("client_id"), profile.clientId);
        query.addQueryItem(QStringLiteral("redirect_uri"), profile.redirectUri);
        query.addQueryItem(QStringLiteral("scope"), profile.scope);
        query.addQueryItem(QStringLiteral("state"), randomToken());
        query.addQueryItem(QStringLiteral("nonce"), randomToken());
        if (!profile.audience.isEmpty())
            query.addQueryItem(QStringLiteral("audience"), profile.audience);
        QUrl url = authorizeEndpoint;
        url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        return url.toString(QUrl::FullyEncoded);
    };

    const QStringList cliArgs{QStringLiteral("login"), QStringLiteral("--profile"), profilePath, QStringLiteral("--username"), username,
                              QStringLiteral("--password"), password, QStringLiteral("--json"), QStringLiteral("--include-http")};
    auto floorArgs = [&](bool sameHttp) {
        QStringList a{QStringLiteral("--authorize"), authorizeUrl(), QStringLiteral("--redirect-uri"), profile.redirectUri,
                      QStringLiteral("--username"), username, QStringLiteral("--password"), password};
        if (sameHttp)
            a << QStringLiteral("--same-http") << profile.issuer << QStringLiteral("--client-id") << profile.clientId
              << QStringLiteral("--client-secret") << secret << QStringLiteral("--api") << profile.apiUrl;
        return a;
    };
    const QStringList childArgs{QStringLiteral("--child"), QStringLiteral("--profile"), profilePath, QStringLiteral("--username"),
                                username, QStringLiteral("--password"), password};

    std::vector<double> cliWall, cliHttp, cliPage, cliOwnFlow, cliOutside, floorWall, floorPage, sameWall, ratio, sameRatio;
    std::vector<double> inFlow, inHttp, inBrowser, inOwnFlow, inReport, inOwn, inSetup;
    for (int r = -1; r < runs; ++r) { // r == -1: warm-up (caches, page cache of the libraries)
        const Proc c = runProcess(cli, cliArgs);
        const QJsonObject report = QJsonDocument::fromJson(c.out).object();
        if (c.exitCode != 0 || !report.value(QStringLiteral("ok")).toBool()) {
            std::fprintf(stderr, "bench_signin: tokenscope-cli login failed (exit %d)\n%s\n%s\n", c.exitCode, c.out.left(4000).constData(),
                         c.err.left(4000).constData());
            return 1;
        }
        double stepsMs = 0, pageMs = 0, httpMs = 0;
        for (const QJsonValue &v : report.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            stepsMs += s.value(QStringLiteral("ms")).toDouble();
            if (s.value(QStringLiteral("name")).toString() == QLatin1String("authorize"))
                pageMs = s.value(QStringLiteral("ms")).toDouble();
        }
        for (const QJsonValue &v : report.value(QStringLiteral("exchanges")).toArray())
            httpMs += v.toObject().value(QStringLiteral("ms")).toDouble();

        const Proc f = runProcess(floor, floorArgs(false));
        const QMap<QString, double> fv = parseKeyValues(f.out, "FLOOR");
        if (f.exitCode != 0 || fv.value(QStringLiteral("ok")) != 1) {
            std::fprintf(stderr, "bench_signin: floor_webengine failed (exit %d)\n%s\n%s\n", f.exitCode, f.out.constData(), f.err.left(4000).constData());
            return 1;
        }
        const Proc s = runProcess(floor, floorArgs(true));
        const QMap<QString, double> sv = parseKeyValues(s.out, "FLOOR");
        if (s.exitCode != 0 || sv.value(QStringLiteral("ok")) != 1) {
            std::fprintf(stderr, "bench_signin: floor_webengine --same-http failed (exit %d)\n%s\n%s\n", s.exitCode, s.out.constData(),
                         s.err.left(4000).constData());
            return 1;
        }
        const Proc k = runProcess(QCoreApplication::applicationFilePath(), childArgs);
        const QMap<QString, double> kv = parseKeyValues(k.out, "SIGNIN");
        if (k.exitCode != 0 || kv.value(QStringLiteral("ok")) != 1) {
            std::fprintf(stderr, "bench_signin: the in-process sign-in failed (exit %d)\n%s\n%s\n", k.exitCode, k.out.constData(),
                         k.err.left(4000).constData());
            return 1;
        }
        std::fprintf(stderr, "bench_signin: run %d: cli %.0f ms, floor %.0f ms, floor+http %.0f ms, own %.2f ms\n", r + 1, c.wallMs,
                     f.wallMs, s.wallMs, kv.value(QStringLiteral("own")));
        if (r < 0)
            continue;
        cliWall.push_back(c.wallMs);
        cliHttp.push_back(httpMs);
        cliPage.push_back(pageMs);
        cliOwnFlow.push_back(stepsMs - pageMs - httpMs);
        cliOutside.push_back(c.wallMs - stepsMs);
        floorWall.push_back(f.wallMs);
        floorPage.push_back(fv.value(QStringLiteral("browser")));
        sameWall.push_back(s.wallMs);
        ratio.push_back(c.wallMs / f.wallMs);
        sameRatio.push_back(c.wallMs / s.wallMs);
        inFlow.push_back(kv.value(QStringLiteral("flow")));
        inHttp.push_back(kv.value(QStringLiteral("http")));
        inBrowser.push_back(kv.value(QStringLiteral("browser")));
        inOwnFlow.push_back(kv.value(QStringLiteral("ownflow")));
        inReport.push_back(kv.value(QStringLiteral("report")));
        inOwn.push_back(kv.value(QStringLiteral("own")));
        inSetup.push_back(kv.value(QStringLiteral("setup")));
    }

    if (!desktopApp.isEmpty() && timeLoginPage(desktopApp, profilePath, runs, [&] {
            return QStringList{QStringLiteral("--view"), QStringLiteral("--authorize"), authorizeUrl(), QStringLiteral("--authorize-again"),
                               authorizeUrl()};
        }, floor) != 0)
        return 1;

    const std::string sec = "Sign-in (hybrid, local tenant)";
    bench::printRow(sec, "tokenscope-cli login --json: process wall time", "ms", cliWall);
    bench::printRow(sec, "  report: HTTP exchanges (sum of ms)", "ms", cliHttp);
    bench::printRow(sec, "  report: authorize step (web engine, page loads, form, redirects)", "ms", cliPage);
    bench::printRow(sec, "  report: rest of the steps (Tokenscope in the flow)", "ms", cliOwnFlow);
    bench::printRow(sec, "  outside the flow (process, Qt + web engine start/stop, report)", "ms", cliOutside);
    bench::printRow(sec, "floor_webengine: same authorize URL, form, callback", "ms", floorWall);
    bench::printRow(sec, "  floor: load to callback caught", "ms", floorPage);
    const bench::Stats rs = bench::stats(ratio);
    bench::printRow(sec, "tokenscope-cli login / floor_webengine", "x", rs, rs.median <= 1.15 ? "budget <= 1.15x: holds" : "budget <= 1.15x: MISSED", 2);
    bench::printRow(sec, "floor_webengine --same-http (+ discovery, JWKS, token, userinfo, API, refresh)", "ms", sameWall);
    bench::printRow(sec, "tokenscope-cli login / floor --same-http", "x", sameRatio, "information", 2);
    bench::printRow(sec, "engine in-process: flow, discovery to refresh validated", "ms", inFlow);
    bench::printRow(sec, "  waiting: HTTP (exchangeStarted..exchangeFinished)", "ms", inHttp);
    bench::printRow(sec, "  waiting: browser (authorize URL..callback caught)", "ms", inBrowser);
    bench::printRow(sec, "  Tokenscope in the flow (parse, validate, JWKS, hashes)", "ms", inOwnFlow, {}, 2);
    bench::printRow(sec, "  Tokenscope report (build + serialize, with HTTP log)", "ms", inReport, {}, 2);
    const bench::Stats os = bench::stats(inOwn);
    bench::printRow(sec, "Tokenscope's own time (flow + report)", "ms", os, os.median < 50 ? "budget < 50 ms: holds" : "budget < 50 ms: MISSED", 2);
    bench::printRow(sec, "  process start to flow start (Qt, web-engine profile)", "ms", inSetup);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.contains(QStringLiteral("--child")))
        return runChild(argc, argv, args);
    return runParent(argc, argv, args);
}
