#include "CliOutput.h"
#include "Commands.h"

#include "Clock.h"
#include "HttpClient.h"
#include "Jwk.h"
#include "Jwt.h"
#include "TokenValidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <optional>

namespace tokenscope::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tokenscope-cli", text, disambiguation, n);
}

struct InspectInputs
{
    ValidationContext ctx;
    std::optional<JwkSet> jwks;
    bool json = false;
};

// Loads --jwks from a file or a URL; returns an error message or empty.
QString loadJwks(const QString &source, JwkSet &jwks)
{
    QByteArray data;
    if (isUrlArgument(source)) {
        QNetworkAccessManager nam;
        HttpClient http(&nam);
        HttpReply *reply = http.get(QUrl(source), QStringLiteral("jwks"));
        QEventLoop loop;
        QObject::connect(reply, &HttpReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const HttpExchange ex = reply->exchange();
        delete reply;
        if (!ex.isSuccess())
            return tr("could not fetch the JWKS %1: %2").arg(source, ex.error.isEmpty() ? QStringLiteral("HTTP %1").arg(ex.status) : ex.error);
        data = ex.responseBody;
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return tr("cannot read the JWKS file %1: %2").arg(source, file.errorString());
        data = file.read(4 * 1024 * 1024);
    }
    jwks = parseJwks(data);
    if (!jwks.parsed)
        return tr("the JWKS %1 cannot be read: %2").arg(source, jwks.defects.join(QStringLiteral("; ")));
    return {};
}

QString describeTime(const QJsonObject &payload, const QString &claim, qint64 now)
{
    if (!payload.value(claim).isDouble())
        return {};
    const qint64 t = secondsFromJson(payload.value(claim).toDouble());
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t);
    const qint64 delta = t - now;
    const qint64 abs = delta < 0 ? -delta : delta;
    QString rel;
    if (abs < 120)
        rel = tr("%1 s").arg(abs);
    else if (abs < 7200)
        rel = tr("%1 min").arg(abs / 60);
    else if (abs < 172800)
        rel = tr("%1 h %2 min").arg(abs / 3600).arg((abs % 3600) / 60);
    else
        rel = tr("%1 days").arg(abs / 86400);
    return QStringLiteral("%1 (%2)").arg(local.toString(Qt::ISODate), delta < 0 ? tr("%1 ago").arg(rel) : tr("in %1").arg(rel));
}

// Returns the per-token JSON object and whether it is ok; parseFailed set when the token is not a JWT at all.
QJsonObject inspectOne(const QByteArray &token, const InspectInputs &inputs, bool &parseFailed)
{
    const ParsedJwt jwt = parseJwt(token);
    parseFailed = !jwt.structurallyValid;
    if (!jwt.structurallyValid) {
        return QJsonObject{{QStringLiteral("ok"), false},
                           {QStringLiteral("error"), jwt.defects.isEmpty() ? tr("not a JWT") : jwt.defects.join(QStringLiteral("; "))}};
    }
    ValidationContext ctx = inputs.ctx;
    ctx.jwks = inputs.jwks ? &*inputs.jwks : nullptr;
    const ValidationResult result = validateIdToken(jwt, ctx);
    QJsonObject o = jwtToJson(jwt);
    o.insert(QStringLiteral("ok"), result.ok());
    o.insert(QStringLiteral("checks"), checksToJson(result.checks));
    if (!jwt.defects.isEmpty())
        o.insert(QStringLiteral("defects"), QJsonArray::fromStringList(jwt.defects));
    return o;
}

void printHuman(const QByteArray &token, const QJsonObject &result, const InspectInputs &inputs)
{
    if (result.contains(QStringLiteral("error"))) {
        out() << tr("not a JWT: %1").arg(result.value(QStringLiteral("error")).toString()) << Qt::endl;
        return;
    }
    const QJsonObject payload = result.value(QStringLiteral("payload")).toObject();
    out() << tr("Header") << '\n'
          << QString::fromUtf8(QJsonDocument(result.value(QStringLiteral("header")).toObject()).toJson(QJsonDocument::Indented));
    out() << tr("Payload") << '\n' << QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    const qint64 now = inputs.ctx.clock->nowSecsSinceEpoch();
    for (const QString &claim : {QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("auth_time"), QStringLiteral("exp")}) {
        const QString when = describeTime(payload, claim, now);
        if (!when.isEmpty())
            out() << "  " << claim.leftJustified(9) << ' ' << when << '\n';
    }
    out() << tr("Checks") << '\n';
    CheckList checks;
    const QJsonArray array = result.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject c = v.toObject();
        const QString status = c.value(QStringLiteral("status")).toString();
        checks.append({c.value(QStringLiteral("id")).toString(),
                       status == QLatin1String("pass")   ? CheckStatus::Pass
                       : status == QLatin1String("fail") ? CheckStatus::Fail
                                                         : CheckStatus::Skip,
                       CheckDetail(c.value(QStringLiteral("detail")).toString())});
    }
    printChecks(checks);
    out() << (result.value(QStringLiteral("ok")).toBool() ? tr("OK: no check failed") : tr("FAILED: at least one check failed"))
          << Qt::endl;
    Q_UNUSED(token)
}

} // namespace

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Decodes a JWT and runs every check it has the inputs for."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("token"), tr("The JWT, or - to read one token per line from standard input."));
    const QCommandLineOption jwksOpt(QStringLiteral("jwks"), tr("JWKS file or URL for signature checks."), QStringLiteral("FILE|URL"));
    const QCommandLineOption issuerOpt(QStringLiteral("issuer"), tr("Expected issuer (iss)."), QStringLiteral("URL"));
    const QCommandLineOption audienceOpt(QStringLiteral("audience"), tr("Expected audience: the client ID for ID tokens."), QStringLiteral("ID"));
    const QCommandLineOption nonceOpt(QStringLiteral("nonce"), tr("The nonce that was sent."), QStringLiteral("N"));
    const QCommandLineOption atOpt(QStringLiteral("access-token"), tr("Access token, to check at_hash."), QStringLiteral("AT"));
    const QCommandLineOption codeOpt(QStringLiteral("code"), tr("Authorization code, to check c_hash."), QStringLiteral("C"));
    const QCommandLineOption stateOpt(QStringLiteral("state"), tr("State, to check s_hash."), QStringLiteral("S"));
    const QCommandLineOption secretOpt(QStringLiteral("secret"), tr("Client secret, the key for HS256/384/512."), QStringLiteral("S"));
    const QCommandLineOption algOpt(QStringLiteral("alg"), tr("The algorithm the token must use."), QStringLiteral("ALG"));
    const QCommandLineOption skewOpt(QStringLiteral("skew"), tr("Clock skew allowed, in seconds (default 60)."), QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption nowOpt(QStringLiteral("now"), tr("Fixed clock, seconds since the epoch."), QStringLiteral("EPOCH"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Write JSON (JSON Lines with -)."));
    parser.addOptions({jwksOpt, issuerOpt, audienceOpt, nonceOpt, atOpt, codeOpt, stateOpt, secretOpt, algOpt, skewOpt, nowOpt, jsonOpt});
    if (!parser.parse(QStringList{QStringLiteral("tokenscope-cli inspect")} + arguments)) {
        err() << "tokenscope-cli inspect: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << "tokenscope-cli inspect: " << tr("give exactly one token, or - for standard input") << Qt::endl;
        return ExitUsage;
    }

    bool okNumber = false;
    const qint64 skew = parser.value(skewOpt).toLongLong(&okNumber);
    if (!okNumber || skew < 0) {
        err() << "tokenscope-cli inspect: " << tr("--skew takes a number of seconds") << Qt::endl;
        return ExitUsage;
    }
    std::unique_ptr<Clock> clock;
    if (parser.isSet(nowOpt)) {
        const qint64 now = parser.value(nowOpt).toLongLong(&okNumber);
        if (!okNumber) {
            err() << "tokenscope-cli inspect: " << tr("--now takes seconds since the epoch") << Qt::endl;
            return ExitUsage;
        }
        clock = std::make_unique<FixedClock>(now);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    InspectInputs inputs;
    inputs.json = parser.isSet(jsonOpt);
    inputs.ctx.clock = clock.get();
    inputs.ctx.skewSecs = skew;
    inputs.ctx.issuer = parser.value(issuerOpt);
    inputs.ctx.clientId = parser.value(audienceOpt);
    inputs.ctx.audience = parser.value(audienceOpt);
    inputs.ctx.expectedAlg = parser.value(algOpt);
    inputs.ctx.clientSecret = parser.value(secretOpt).toUtf8();
    if (parser.isSet(nonceOpt))
        inputs.ctx.nonce = parser.value(nonceOpt);
    inputs.ctx.accessToken = parser.value(atOpt);
    inputs.ctx.code = parser.value(codeOpt);
    inputs.ctx.state = parser.value(stateOpt);
    if (parser.isSet(jwksOpt)) {
        JwkSet jwks;
        const QString error = loadJwks(parser.value(jwksOpt), jwks);
        if (!error.isEmpty()) {
            err() << "tokenscope-cli inspect: " << error << Qt::endl;
            return ExitUsage;
        }
        inputs.jwks = jwks;
    }

    if (positional.first() != QLatin1String("-")) {
        bool parseFailed = false;
        const QByteArray token = positional.first().toUtf8();
        const QJsonObject result = inspectOne(token, inputs, parseFailed);
        if (inputs.json)
            printJson(result);
        else
            printHuman(token, result, inputs);
        if (parseFailed) {
            if (inputs.json)
                err() << "tokenscope-cli inspect: " << tr("not a JWT: %1").arg(result.value(QStringLiteral("error")).toString()) << Qt::endl;
            else
                err() << "tokenscope-cli inspect: " << tr("the input cannot be parsed as a JWT") << Qt::endl;
            return ExitUsage;
        }
        return result.value(QStringLiteral("ok")).toBool() ? ExitOk : ExitFailed;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err() << "tokenscope-cli inspect: " << tr("cannot read standard input") << Qt::endl;
        return ExitUsage;
    }
    bool allOk = true;
    int count = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++count;
        bool parseFailed = false;
        const QJsonObject result = inspectOne(line, inputs, parseFailed);
        allOk = allOk && result.value(QStringLiteral("ok")).toBool();
        if (inputs.json) {
            printJson(result, true);
        } else {
            out() << tr("Token %1").arg(count) << '\n';
            printHuman(line, result, inputs);
            out() << '\n';
        }
    }
    out().flush();
    return allOk ? ExitOk : ExitFailed;
}

} // namespace tokenscope::cli
