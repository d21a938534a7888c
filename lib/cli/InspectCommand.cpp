#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/oidc/TokenInspection.h"
#include "core/oidc/VerificationKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace tokenscope::cli {

namespace {

struct InspectInputs
{
    ValidationContext ctx;
    std::optional<JwkSet> jwks;
    bool json = false;
};

// Loads --jwks from a file or a URL into `data` (the document, for workers that parse their own copy) and `jwks`, as
// the window's workbench does (core/oidc/VerificationKeys); returns an error message or empty.
QString loadJwks(const QString &source, QByteArray &data, JwkSet &jwks)
{
    if (!isUrlArgument(source))
        return loadJwksFile(source, data, jwks);
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    VerificationKeyLoader loader(&http);
    QEventLoop loop;
    QObject::connect(&loader, &VerificationKeyLoader::finished, &loop, &QEventLoop::quit);
    loader.fetchJwks(QUrl(source));
    loop.exec();
    if (!loader.error().isEmpty())
        return loader.error();
    data = loader.jwksDocument();
    jwks = loader.jwks();
    return {};
}

// JSON text exactly as QJsonDocument::Compact writes it (TestCliInspect compares the two), appended to `out` without
// building a document per check: the batch writes every check of every token.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // Written straight from UTF-16 into room reserved for the worst case (6 bytes per unit: \u00XX), then trimmed.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *d = out.data() + start;
    *d++ = '"';
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *d++ = char(u);
        } else if (u < 0x80) {
            *d++ = '\\';
            switch (u) {
            case u'"': *d++ = '"'; break;
            case u'\\': *d++ = '\\'; break;
            case u'\b': *d++ = 'b'; break;
            case u'\f': *d++ = 'f'; break;
            case u'\n': *d++ = 'n'; break;
            case u'\r': *d++ = 'r'; break;
            case u'\t': *d++ = 't'; break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[u >> 4];
                *d++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t cp = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3f));
            *d++ = char(0x80 | ((cp >> 6) & 0x3f));
            *d++ = char(0x80 | (cp & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate: whatever Qt's own UTF-8 encoder makes of it, as QJsonDocument does.
            const QByteArray bytes = QStringView(&u, 1).toUtf8();
            for (const char b : bytes)
                *d++ = b;
        } else {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    out.resize(d - out.constData());
}

// One JSON line per token, keys in QJsonDocument's (sorted) order: checks, defects, header, ok, payload.
QByteArray jsonLine(const ParsedJwt &jwt, const ValidationResult &result)
{
    QByteArray out;
    out.reserve(1024 + 160 * result.checks.size());
    out += "{\"checks\":[";
    bool first = true;
    for (const Check &c : result.checks) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"detail\":";
        appendJsonString(out, c.detail.toString());
        out += ",\"id\":";
        appendJsonString(out, c.id);
        out += ",\"status\":";
        appendJsonString(out, checkStatusName(c.status));
        out += '}';
    }
    out += ']';
    if (!jwt.defects.isEmpty()) {
        out += ",\"defects\":[";
        for (qsizetype i = 0; i < jwt.defects.size(); ++i) {
            if (i)
                out += ',';
            appendJsonString(out, jwt.defects.at(i));
        }
        out += ']';
    }
    out += ",\"header\":";
    out += QJsonDocument(jwt.header).toJson(QJsonDocument::Compact);
    out += result.ok() ? ",\"ok\":true" : ",\"ok\":false";
    out += ",\"payload\":";
    out += QJsonDocument(jwt.payload).toJson(QJsonDocument::Compact);
    out += "}\n";
    return out;
}

// What one token gives: the text to print (a JSON line, or the human report), whether every check passed, and whether
// it was no JWT at all. Pure and thread-safe given its own ValidationContext and JwkSet: the batch runs it on every core.
struct Inspected
{
    QByteArray text;
    bool ok = false;
    bool parseFailed = false;
    QString parseError;
};

QString humanReport(const ParsedJwt &jwt, const ValidationResult &result, const ValidationContext &ctx)
{
    QString text;
    QTextStream stream(&text);
    const QJsonObject &payload = jwt.payload;
    stream << tr("Header") << '\n' << QString::fromUtf8(QJsonDocument(jwt.header).toJson(QJsonDocument::Indented));
    stream << tr("Payload") << '\n' << QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
    const qint64 now = ctx.clock->nowSecsSinceEpoch();
    for (const QString &claim : {QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("auth_time"), QStringLiteral("exp")}) {
        const QString when = describeClaimTime(payload, claim, now);
        if (!when.isEmpty())
            stream << "  " << claim.leftJustified(9) << ' ' << when << '\n';
    }
    stream << tr("Checks") << '\n';
    printChecks(stream, result.checks);
    stream << (result.ok() ? tr("OK: no check failed") : tr("FAILED: at least one check failed")) << '\n';
    stream.flush();
    return text;
}

Inspected inspectToken(const QByteArray &token, const ValidationContext &ctx, bool json)
{
    Inspected r;
    const ParsedJwt jwt = parseJwt(token);
    if (!jwt.structurallyValid) {
        r.parseFailed = true;
        r.parseError = jwt.defects.isEmpty() ? tr("not a JWT") : jwt.defects.join(QStringLiteral("; "));
        if (json) {
            r.text = "{\"error\":";
            appendJsonString(r.text, r.parseError);
            r.text += ",\"ok\":false}\n";
        } else {
            r.text = (tr("not a JWT: %1").arg(r.parseError) + QLatin1Char('\n')).toUtf8();
        }
        return r;
    }
    const ValidationResult result = inspectChecks(jwt, ctx); // the same checks as the window's token workbench
    r.ok = result.ok();
    r.text = json ? jsonLine(jwt, result) : humanReport(jwt, result, ctx).toUtf8();
    return r;
}

// `inspect -`: one token per line, streamed. A pipeline of batches: while the workers (one per core, each with its own
// copy of the JWKS: OpenSSL contexts are not shared between threads) validate batch N, this thread writes batch N-1's
// results in input order, in one write, and reads batch N+1; so memory stays flat however many tokens come, and the
// cores do not wait for the input or the output.
int inspectStream(QFile &in, const InspectInputs &inputs, const QByteArray &jwksData)
{
    const int workers = std::max(1, QThread::idealThreadCount());
    std::vector<JwkSet> keySets(size_t(inputs.jwks ? workers : 0));
    for (JwkSet &set : keySets)
        set = parseJwks(jwksData);
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        err() << "tokenscope-cli inspect: " << tr("cannot write to standard output") << Qt::endl;
        return ExitUsage;
    }
    out().flush();

    constexpr qsizetype BatchSize = 2048;
    constexpr qsizetype Chunk = 16; // tokens a worker takes at a time: algorithms differ in cost, so no fixed split
    auto readBatch = [&in] {
        QList<QByteArray> lines;
        lines.reserve(BatchSize);
        while (lines.size() < BatchSize && !in.atEnd()) {
            QByteArray line = in.readLine().trimmed();
            if (!line.isEmpty())
                lines.append(std::move(line));
        }
        return lines;
    };
    bool allOk = true;
    qint64 count = 0;
    auto writeBatch = [&](const std::vector<Inspected> &results) {
        QByteArray text;
        qsizetype size = 0;
        for (const Inspected &r : results)
            size += r.text.size() + 16;
        text.reserve(size);
        for (const Inspected &r : results) {
            ++count;
            allOk = allOk && r.ok;
            if (!inputs.json)
                text += (tr("Token %1").arg(count) + QLatin1Char('\n')).toUtf8();
            text += r.text;
            if (!inputs.json)
                text += '\n';
        }
        stdoutFile.write(text);
    };

    QList<QByteArray> lines = readBatch();
    std::vector<Inspected> results, written;
    while (!lines.isEmpty()) {
        const qsizetype n = lines.size();
        results.assign(size_t(n), Inspected{});
        std::atomic<qsizetype> next{0};
        auto work = [&](int worker) {
            ValidationContext ctx = inputs.ctx;
            ctx.jwks = keySets.empty() ? nullptr : &keySets[size_t(worker)];
            for (qsizetype start = next.fetch_add(Chunk); start < n; start = next.fetch_add(Chunk)) {
                for (qsizetype i = start; i < std::min(n, start + Chunk); ++i)
                    results[size_t(i)] = inspectToken(lines.at(i), ctx, inputs.json);
            }
        };
        std::vector<std::thread> threads;
        for (int w = 0; w < workers && (w == 0 || n > Chunk * w); ++w)
            threads.emplace_back(work, w);
        writeBatch(written);
        QList<QByteArray> following = readBatch();
        for (std::thread &t : threads)
            t.join();
        written.swap(results);
        lines.swap(following);
    }
    writeBatch(written);
    return allOk ? ExitOk : ExitFailed;
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
    InspectOptions options;
    options.skewSecs = skew;
    options.issuer = parser.value(issuerOpt);
    options.audience = parser.value(audienceOpt);
    options.alg = parser.value(algOpt);
    options.secret = parser.value(secretOpt).toUtf8();
    if (parser.isSet(nonceOpt))
        options.nonce = parser.value(nonceOpt);
    options.accessToken = parser.value(atOpt);
    options.code = parser.value(codeOpt);
    options.state = parser.value(stateOpt);
    inputs.ctx = inspectContext(options, clock.get(), nullptr);
    QByteArray jwksData;
    if (parser.isSet(jwksOpt)) {
        JwkSet jwks;
        const QString error = loadJwks(parser.value(jwksOpt), jwksData, jwks);
        if (!error.isEmpty()) {
            err() << "tokenscope-cli inspect: " << error << Qt::endl;
            return ExitUsage;
        }
        inputs.jwks = jwks;
    }

    if (positional.first() != QLatin1String("-")) {
        ValidationContext ctx = inputs.ctx;
        ctx.jwks = inputs.jwks ? &*inputs.jwks : nullptr;
        const Inspected r = inspectToken(positional.first().toUtf8(), ctx, inputs.json);
        // One token: the JSON indented, as before the batch path existed.
        out() << QString::fromUtf8(inputs.json ? QJsonDocument::fromJson(r.text).toJson(QJsonDocument::Indented) : r.text);
        out().flush();
        if (r.parseFailed) {
            if (inputs.json)
                err() << "tokenscope-cli inspect: " << tr("not a JWT: %1").arg(r.parseError) << Qt::endl;
            else
                err() << "tokenscope-cli inspect: " << tr("the input cannot be parsed as a JWT") << Qt::endl;
            return ExitUsage;
        }
        return r.ok ? ExitOk : ExitFailed;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err() << "tokenscope-cli inspect: " << tr("cannot read standard input") << Qt::endl;
        return ExitUsage;
    }
    return inspectStream(in, inputs, jwksData);
}

} // namespace tokenscope::cli
