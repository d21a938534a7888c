#include "cli/CliOutput.h"
#include "cli/ProfileFile.h"
#include "cli/Commands.h"

#include "core/http/HttpClient.h"
#include "core/http/TrustedCas.h"
#include "core/profile/Profile.h"
#include "core/tenant/TenantLintRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace tokenscope::cli {

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fetches the discovery document and the JWKS, and lints them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("issuer"), tr("Issuer URL or Auth0-style domain (default: the profile's issuer)."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write JSON."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Timeout of each request in seconds (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        tr("Also compare the tenant with this profile (response type and mode, scope, token endpoint auth, PKCE, alg)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption resourceOpt(QStringLiteral("resource"),
                                         tr("Also follow this protected resource as an agent or MCP client does (RFC 9728): its 401 "
                                            "challenge, its metadata and each authorization server it names. Without an issuer, the "
                                            "first of those is linted. Default with --profile: the profile's apiUrl."),
                                         QStringLiteral("URL"));
    parser.addOptions({jsonOpt, timeoutOpt, profileOpt, resourceOpt});
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
                                       tr("Also trust the CA certificate(s) in this PEM or DER file (may be repeated); TLS "
                                          "checks are never skipped."),
                                       QStringLiteral("FILE"));
    parser.addOption(caFileOpt);
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli discover")} + arguments)) {
        err() << "tokenscope-cli discover: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    std::optional<Profile> profile;
    if (parser.isSet(profileOpt)) {
        Profile p;
        if (const QString error = loadProfileFile(parser.value(profileOpt), p); !error.isEmpty()) {
            err() << "tokenscope-cli discover: " << error << Qt::endl;
            return ExitUsage;
        }
        profile = p;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !profile && !parser.isSet(resourceOpt))) {
        err() << "tokenscope-cli discover: " << tr("give the issuer URL or domain, or --resource URL") << Qt::endl;
        return ExitUsage;
    }
    const QString resource = parser.isSet(resourceOpt) ? parser.value(resourceOpt).trimmed()
                                                       : (profile ? profile->apiUrl.trimmed() : QString());
    bool okNumber = false;
    const int timeout = parser.value(timeoutOpt).toInt(&okNumber);
    if (!okNumber || timeout <= 0) {
        err() << "tokenscope-cli discover: " << tr("--timeout takes a positive number of seconds") << Qt::endl;
        return ExitUsage;
    }
    const TrustedCas cas = loadCaCertificates(parser.values(caFileOpt)
                                              + (profile ? caCertificateFiles(*profile, parser.value(profileOpt)) : QStringList()));
    if (!cas.ok()) {
        err() << "tokenscope-cli discover: " << cas.error << Qt::endl;
        return ExitUsage;
    }
    const QList<QSslCertificate> &extraCas = cas.certificates;

    const QString issuerGiven = !positional.isEmpty() ? positional.first() : profile ? profile->issuer : QString();
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeout * 1000);
    http.setExtraCaCertificates(extraCas);
    TenantLintRunner runner(&http);
    QEventLoop loop;
    QObject::connect(&runner, &TenantLintRunner::finished, &loop, &QEventLoop::quit);
    runner.start(issuerGiven, profile, resource);
    if (runner.isRunning())
        loop.exec();

    const FindingList &findings = runner.findings();
    const bool ok = !hasErrors(findings);
    const QString issuer = runner.issuer();
    if (parser.isSet(jsonOpt)) {
        QJsonObject report = lintReport(issuer, findings, runner.input());
        if (runner.oauthMetadata() && runner.oauthMetadata()->fetch.usable())
            report.insert(QStringLiteral("oauthMetadata"), runner.oauthMetadata()->fetch.document.object);
        if (runner.resource()) {
            QJsonArray servers;
            for (const AuthorizationServerInput &as : runner.resource()->authorizationServers)
                servers.append(as.issuer);
            report.insert(QStringLiteral("resource"),
                          QJsonObject{{QStringLiteral("url"), runner.resource()->resource},
                                      {QStringLiteral("status"), runner.resource()->challengeStatus},
                                      {QStringLiteral("wwwAuthenticate"), QString::fromUtf8(runner.resource()->wwwAuthenticate)},
                                      {QStringLiteral("metadataUrl"), runner.resource()->metadata.url.toString()},
                                      {QStringLiteral("metadata"), runner.resource()->metadata.document.object},
                                      {QStringLiteral("authorizationServers"), servers}});
        }
        printJson(report);
    } else {
        if (runner.resource())
            out() << tr("Resource %1").arg(runner.resource()->resource) << '\n';
        out() << tr("Issuer %1").arg(issuer.isEmpty() ? tr("(none found)") : issuer) << '\n';
        printFindings(findings, QStringLiteral("  "));
        int errors = 0, warnings = 0;
        for (const Finding &f : findings) {
            errors += f.level == FindingLevel::Error ? 1 : 0;
            warnings += f.level == FindingLevel::Warning ? 1 : 0;
        }
        out() << tr("%n error(s)", nullptr, errors) << ", " << tr("%n warning(s)", nullptr, warnings) << Qt::endl;
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
