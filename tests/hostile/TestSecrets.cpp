// Secrets never leave the engine: a whole sign-in with a client secret, a password and refresh tokens of known values,
// then everything the app wrote is searched for them (debug logs, the report with the HTTP log, curl exports, a saved
// profile, and every file under HOME / XDG_* / TMPDIR of the CLI process).
#include "core/common/Clock.h"
#include "core/report/FlowReport.h"
#include "HostileProvider.h"
#include "core/http/HttpClient.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "core/profile/Profile.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>

using namespace tokenscope;

namespace {

QMutex g_logMutex;
QByteArray g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (g_previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        g_previousHandler(type, context, message);
}

struct Secret
{
    QString name;
    QByteArray value;
};

// The value itself and the encodings it could leak in: percent-encoded (form bodies, URLs), and Basic credentials.
QList<QByteArray> forms(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &form : {value, QUrl::toPercentEncoding(QString::fromUtf8(value)), value.toBase64(),
                                   value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)}) {
        if (!out.contains(form))
            out << form;
    }
    return out;
}

// "where: the secret <name> appears" for every hit; empty when clean.
QStringList findSecrets(const QList<Secret> &secrets, const QString &where, const QByteArray &text)
{
    QStringList hits;
    for (const Secret &s : secrets) {
        if (s.value.size() < 8)
            continue; // too short to mean anything
        for (const QByteArray &form : forms(s.value)) {
            if (text.contains(form)) {
                hits << QStringLiteral("%1: %2 appears (as %3)").arg(where, s.name, QString::fromLatin1(form.left(12) + "..."));
                break;
            }
        }
    }
    return hits;
}

QByteArray basicCredentials(const QString &clientId, const QString &secret)
{
    return (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void engineLeavesNoSecret_data();
    void engineLeavesNoSecret();
    void cliAgainstTenantWritesNoSecret();
    void cliAgainstHostileProviderWritesNoRefreshToken();
    void cleanupTestCase();

private:
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out, err, report;
        QList<QPair<QString, QByteArray>> files; // everything under the process's HOME, XDG_* and TMPDIR
        QStringList search(const QList<Secret> &secrets) const
        {
            QStringList hits = findSecrets(secrets, QStringLiteral("stdout"), out) + findSecrets(secrets, QStringLiteral("stderr"), err);
            for (const auto &[path, content] : files)
                hits << findSecrets(secrets, path, content);
            return hits;
        }
    };
    CliRun runCli(const QJsonObject &profile, const QStringList &args);

    std::unique_ptr<LocalTenant> m_tenant;
    SystemClock m_clock;
};

void TestSecrets::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.debug=true"));
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestSecrets::engineLeavesNoSecret_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("pkce");
    QTest::newRow("client_secret_basic, hybrid, PKCE") << "hybrid-app" << true;
    QTest::newRow("client_secret_post, hybrid") << "hybrid-app-post" << false;
}

void TestSecrets::engineLeavesNoSecret()
{
    QFETCH(QString, clientId);
    QFETCH(bool, pkce);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QJsonObject json = m_tenant->profile(clientId, QStringLiteral("code id_token token"));
    json.insert(QStringLiteral("pkce"), pkce);
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(json).toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.profile.clientSecret, LocalTenant::hybridSecret());

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(15000);
    QWebEngineProfile webProfile;
    WebEngineUserAgent agent(&webProfile);
    agent.setPageTimeoutMs(20000);
    agent.setCredentials(LocalTenant::username(), LocalTenant::password());
    OidcFlow flow(&http, &agent, &m_clock);
    flow.setProfile(loaded.profile);
    QSignalSpy finished(&flow, &OidcFlow::finished);
    flow.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const FlowState &state = flow.state();
    QVERIFY2(finished.first().first().toBool(), qPrintable(QJsonDocument(flowReport(state, {false})).toJson()));

    // The values, captured from the engine: the ones the test knows, and the ones the provider issued.
    QVERIFY(!state.token.refreshToken.isEmpty());
    QVERIFY(!state.refresh.refreshToken.isEmpty());
    QList<Secret> secrets{{QStringLiteral("client secret"), LocalTenant::hybridSecret().toUtf8()},
                          {QStringLiteral("password"), LocalTenant::password().toUtf8()},
                          {QStringLiteral("Basic credentials"), basicCredentials(clientId, LocalTenant::hybridSecret())},
                          {QStringLiteral("refresh token (code exchange)"), state.token.refreshToken.toUtf8()},
                          {QStringLiteral("refresh token (refresh)"), state.refresh.refreshToken.toUtf8()}};
    if (pkce) {
        QVERIFY(!state.request.codeVerifier.isEmpty());
        secrets << Secret{QStringLiteral("code verifier"), state.request.codeVerifier.toUtf8()};
    }
    // The secrets really went over the wire (so the test searches for something that existed).
    bool secretSent = false, refreshSent = false;
    for (const HttpExchange &ex : state.exchanges) {
        const QByteArray raw = ex.requestBody + ex.requestHeader("Authorization");
        secretSent = secretSent || raw.contains(QUrl::toPercentEncoding(LocalTenant::hybridSecret()))
                     || raw.contains(basicCredentials(clientId, LocalTenant::hybridSecret()));
        refreshSent = refreshSent || ex.requestBody.contains(QUrl::toPercentEncoding(state.token.refreshToken));
    }
    QVERIFY(secretSent);
    QVERIFY(refreshSent);

    // The search itself finds what it looks for (raw, percent-encoded, in Basic credentials).
    for (const Secret &secret : std::as_const(secrets))
        QVERIFY(!findSecrets({secret}, QStringLiteral("control"), "x=" + QUrl::toPercentEncoding(QString::fromUtf8(secret.value)) + "&").isEmpty());
    QStringList hits;
    {
        QMutexLocker lock(&g_logMutex);
        QVERIFY2(g_log.contains("tokenscope.net"), "debug logging was on and the engine logged its requests");
        hits << findSecrets(secrets, QStringLiteral("debug log"), g_log);
    }
    hits << findSecrets(secrets, QStringLiteral("report with the HTTP log"), QJsonDocument(flowReport(state, {true})).toJson());
    for (const HttpExchange &ex : state.exchanges) {
        const HttpExchange redacted = redactExchange(ex);
        const QString where = QStringLiteral("exchange %1 (%2)").arg(ex.id).arg(ex.step);
        hits << findSecrets(secrets, where + QStringLiteral(" as curl"), toCurlCommand(redacted).toUtf8());
        hits << findSecrets(secrets, where + QStringLiteral(" as JSON"), QJsonDocument(exchangeToJson(redacted)).toJson());
    }
    hits << findSecrets(secrets, QStringLiteral("saved profile"), saveProfile(state.profile));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

TestSecrets::CliRun TestSecrets::runCli(const QJsonObject &profile, const QStringList &args)
{
    CliRun run;
    QTemporaryDir dir;
    if (!dir.isValid())
        return run;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    for (const QString &sub : {QStringLiteral("home/.config"), QStringLiteral("home/.local/share"), QStringLiteral("home/.cache"),
                               QStringLiteral("home/.local/state"), QStringLiteral("tmp"), QStringLiteral("runtime")})
        QDir().mkpath(dir.filePath(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString profilePath = dir.filePath(QStringLiteral("profile.json"));
    {
        QFile file(profilePath);
        if (!file.open(QIODevice::WriteOnly))
            return run;
        file.write(QJsonDocument(profile).toJson());
    }
    const QString reportPath = dir.filePath(QStringLiteral("report.json"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("TMPDIR"), tmp);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tokenscope.*.debug=true"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TOKENSCOPE_CLIENT_SECRET"), LocalTenant::hybridSecret());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(TOKENSCOPE_CLI_PATH),
                  QStringList{QStringLiteral("login"), QStringLiteral("--profile"), profilePath, QStringLiteral("--json"),
                              QStringLiteral("--include-http"), QStringLiteral("--report"), reportPath, QStringLiteral("-v"),
                              QStringLiteral("--timeout"), QStringLiteral("20")}
                      + args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QFile report(reportPath);
    if (report.open(QIODevice::ReadOnly))
        run.report = report.readAll();

    // Every file the process may have written: config, data, cache, state, runtime, temp, the report.
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == profilePath)
            continue; // the test's own input
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        run.files.append({QDir(dir.path()).relativeFilePath(path), file.read(64 * 1024 * 1024)});
    }
    return run;
}

void TestSecrets::cliAgainstTenantWritesNoSecret()
{
    // The password is typed into the tenant's real login page; the secret goes in the Basic header.
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
    profile.remove(QStringLiteral("clientSecret")); // from TOKENSCOPE_CLIENT_SECRET, as a script would
    const QList<Secret> secrets{{QStringLiteral("client secret"), LocalTenant::hybridSecret().toUtf8()},
                                {QStringLiteral("password"), LocalTenant::password().toUtf8()},
                                {QStringLiteral("Basic credentials"), basicCredentials(QStringLiteral("hybrid-app"), LocalTenant::hybridSecret())}};
    const CliRun run = runCli(profile, {QStringLiteral("--username"), LocalTenant::username(), QStringLiteral("--password"),
                                        LocalTenant::password()});
    QVERIFY2(run.exitCode == 0, run.out.right(3000) + run.err.right(3000));
    QVERIFY2(run.err.contains("tokenscope.net") || run.err.contains("GET "), "debug logs went to stderr");
    QVERIFY(QJsonDocument::fromJson(run.report).object().value(QStringLiteral("exchanges")).toArray().size() >= 5);
    QVERIFY(!run.files.isEmpty()); // at least the report
    const QStringList hits = run.search(secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestSecrets::cliAgainstHostileProviderWritesNoRefreshToken()
{
    // The hostile provider tells the test which refresh tokens and codes it issued (--log-issued), so the CLI's
    // output can be searched for them although the CLI never shows them.
    HostileProvider provider({QStringLiteral("--log-issued")});
    QVERIFY2(provider.start(), qPrintable(provider.error()));
    QJsonObject profile = provider.profile(QStringLiteral("good"));
    const QList<Secret> fixed{{QStringLiteral("client secret"), LocalTenant::hybridSecret().toUtf8()},
                              {QStringLiteral("password"), LocalTenant::password().toUtf8()}};
    const CliRun run = runCli(profile, {QStringLiteral("--username"), LocalTenant::username(), QStringLiteral("--password"),
                                        LocalTenant::password()});
    QVERIFY2(run.exitCode == 0, run.out.right(3000) + run.err.right(3000));
    QList<Secret> issued;
    const QRegularExpression line(QStringLiteral("^issued (refresh_token) (\\S+)$"), QRegularExpression::MultilineOption);
    auto readIssued = [&] {
        issued.clear();
        for (auto it = line.globalMatch(QString::fromUtf8(provider.diagnostics())); it.hasNext();) {
            const auto m = it.next();
            issued << Secret{m.captured(1), m.captured(2).toUtf8()};
        }
        return issued.size();
    };
    QTRY_COMPARE(readIssued(), 2); // code exchange + refresh (rotated); the provider's stderr arrives through the event loop
    const QStringList hits = run.search(fixed + issued);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    // ... and the redaction marker is where they were.
    QVERIFY(run.report.contains("<redacted>"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    prepareWebEngine({});
    QApplication app(argc, argv);
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecrets.moc"
