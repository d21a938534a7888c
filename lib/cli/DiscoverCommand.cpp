#include "CliOutput.h"
#include "Commands.h"

#include "HttpClient.h"
#include "Jwk.h"
#include "Profile.h"
#include "ProviderMetadata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

namespace tokenscope::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tokenscope-cli", text, disambiguation, n);
}

HttpExchange fetch(HttpClient &http, const QUrl &url, const QString &step)
{
    HttpReply *reply = http.get(url, step);
    QEventLoop loop;
    QObject::connect(reply, &HttpReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const HttpExchange ex = reply->exchange();
    delete reply;
    return ex;
}

QString summary(const HttpExchange &ex)
{
    return ex.error.isEmpty() ? QStringLiteral("HTTP %1").arg(ex.status) : ex.error;
}

} // namespace

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fetches the discovery document and the JWKS, and lints them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("issuer"), tr("Issuer URL or Auth0-style domain."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write JSON."));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), tr("Timeout of each request in seconds (default 30)."),
                                        QStringLiteral("SECONDS"), QStringLiteral("30"));
    parser.addOptions({jsonOpt, timeoutOpt});
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli discover")} + arguments)) {
        err() << "tokenscope-cli discover: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << "tokenscope-cli discover: " << tr("give the issuer URL or domain") << Qt::endl;
        return ExitUsage;
    }
    bool okNumber = false;
    const int timeout = parser.value(timeoutOpt).toInt(&okNumber);
    if (!okNumber || timeout <= 0) {
        err() << "tokenscope-cli discover: " << tr("--timeout takes a positive number of seconds") << Qt::endl;
        return ExitUsage;
    }

    Profile profile;
    profile.issuer = normalizeIssuer(parser.positionalArguments().first());
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeout * 1000);

    CheckList findings;
    QJsonObject metadataJson;
    const HttpExchange disc = fetch(http, profile.discoveryUrl(), QStringLiteral("discovery"));
    if (!disc.isSuccess()) {
        findings << Check::fail(QStringLiteral("discovery.fetch"), tr("could not fetch %1: %2").arg(profile.discoveryUrl().toString(), summary(disc)));
    } else {
        const ProviderMetadata metadata = parseProviderMetadata(disc.responseBody, profile.issuer);
        metadataJson = metadata.raw;
        findings << Check::pass(QStringLiteral("discovery.fetch"), tr("%1 in %2 ms").arg(profile.discoveryUrl().toString()).arg(disc.elapsedMs));
        if (metadata.issuer == profile.issuer)
            findings << Check::pass(QStringLiteral("discovery.issuer"), tr("issuer is %1, the URL it was fetched from").arg(metadata.issuer));
        else
            findings << Check::fail(QStringLiteral("discovery.issuer"),
                                    tr("issuer \"%1\" differs from \"%2\" (OpenID Connect Discovery 4.3)").arg(metadata.issuer, profile.issuer));
        for (const QString &defect : metadata.defects)
            findings << Check::fail(QStringLiteral("discovery.document"), defect);
        if (!metadata.jwksUri.isValid() || metadata.jwksUri.isEmpty()) {
            findings << Check::fail(QStringLiteral("jwks.fetch"), tr("the discovery document has no jwks_uri"));
        } else {
            const HttpExchange keys = fetch(http, metadata.jwksUri, QStringLiteral("jwks"));
            if (!keys.isSuccess()) {
                findings << Check::fail(QStringLiteral("jwks.fetch"), tr("could not fetch %1: %2").arg(metadata.jwksUri.toString(), summary(keys)));
            } else {
                const JwkSet jwks = parseJwks(keys.responseBody);
                findings << Check::pass(QStringLiteral("jwks.fetch"), tr("%1 in %2 ms").arg(metadata.jwksUri.toString()).arg(keys.elapsedMs));
                int usable = 0;
                for (const JsonWebKey &key : jwks.keys) {
                    if (key.usable())
                        ++usable;
                    for (const QString &defect : key.defects)
                        findings << Check::fail(QStringLiteral("jwks.key"), tr("key %1: %2").arg(key.kid, defect));
                }
                for (const QString &defect : jwks.defects)
                    findings << Check::fail(QStringLiteral("jwks.document"), defect);
                if (usable > 0)
                    findings << Check::pass(QStringLiteral("jwks.keys"), tr("%n usable key(s)", nullptr, usable));
                else
                    findings << Check::fail(QStringLiteral("jwks.keys"), tr("no usable key in the JWKS"));
            }
        }
        if (metadata.idTokenSigningAlgs.contains(QStringLiteral("none")))
            findings << Check::fail(QStringLiteral("alg.none"), tr("id_token_signing_alg_values_supported offers \"none\": unsigned ID tokens"));
    }

    const bool ok = !hasFailure(findings);
    if (parser.isSet(jsonOpt)) {
        printJson(QJsonObject{{QStringLiteral("ok"), ok},
                              {QStringLiteral("findings"), checksToJson(findings)},
                              {QStringLiteral("metadata"), metadataJson}});
    } else {
        out() << tr("Issuer %1").arg(profile.issuer) << '\n';
        printChecks(findings);
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
