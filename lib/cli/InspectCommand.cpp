#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include "core/common/Clock.h"
#include "core/common/Translation.h"
#include "core/http/HttpClient.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/json/JsonWriter.h"
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

// Texts every token's report repeats, translated once per run instead of once per token.
struct ReportTexts
{
    QByteArray header = tr("Header").toUtf8() + '\n';
    QByteArray payload = tr("Payload").toUtf8() + '\n';
    QByteArray checks = tr("Checks").toUtf8() + '\n';
    QByteArray ok = tr("OK: no check failed").toUtf8() + '\n';
    QByteArray failed = tr("FAILED: at least one check failed").toUtf8() + '\n';
    QString token = tr("Token %1");
};

// One JSON line per token, keys in QJsonDocument's (sorted) order: checks, defects, header, ok, payload.
void appendJsonLine(QByteArray &out, const ParsedJwt &jwt, const ValidationResult &result)
{
    out += "{\"checks\":[";
    bool first = true;
    for (const Check &c : result.checks) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"detail\":";
        json::appendString(out, c.detail.toString());
        out += ",\"id\":";
        json::appendString(out, c.id);
        out += ",\"status\":";
        json::appendString(out, checkStatusName(c.status));
        out += '}';
    }
    out += ']';
    if (!jwt.defects.isEmpty()) {
        out += ",\"defects\":[";
        for (qsizetype i = 0; i < jwt.defects.size(); ++i) {
            if (i)
                out += ',';
            json::appendString(out, jwt.defects.at(i));
        }
        out += ']';
    }
    out += ",\"header\":";
    json::appendObject(out, jwt.header, json::Format::Compact);
    out += result.ok() ? ",\"ok\":true" : ",\"ok\":false";
    out += ",\"payload\":";
    json::appendObject(out, jwt.payload, json::Format::Compact);
    out += "}\n";
}

void appendHumanReport(QByteArray &out, const ParsedJwt &jwt, const ValidationResult &result, const ValidationContext &ctx,
                       const ReportTexts &texts)
{
    out += texts.header;
    json::appendObject(out, jwt.header, json::Format::Indented);
    out += texts.payload;
    json::appendObject(out, jwt.payload, json::Format::Indented);
    const qint64 now = ctx.clock->nowSecsSinceEpoch();
    static const QString claims[] = {QStringLiteral("iat"), QStringLiteral("nbf"), QStringLiteral("auth_time"), QStringLiteral("exp")};
    for (const QString &claim : claims) {
        const QString when = describeClaimTime(jwt.payload, claim, now);
        if (when.isEmpty())
            continue;
        out += "  ";
        json::appendUtf8(out, claim);
        out.append(std::max<qsizetype>(0, 9 - claim.size()) + 1, ' ');
        json::appendUtf8(out, when);
        out += '\n';
    }
    out += texts.checks;
    appendChecks(out, result.checks);
    out += result.ok() ? texts.ok : texts.failed;
}

// What one token gives: whether every check passed, and whether it was no JWT at all. Its text (a JSON line, or the
// human report) is appended to `out`. Pure and thread-safe given its own ValidationContext and JwkSet: the batch runs
// it on every core.
struct Inspected
{
    bool ok = false;
    bool parseFailed = false;
    QString parseError;
};

Inspected inspectToken(QByteArray &out, QByteArrayView token, const ValidationContext &ctx, const ReportTexts &texts, bool json)
{
    Inspected r;
    const ParsedJwt jwt = parseJwt(token);
    if (!jwt.structurallyValid) {
        r.parseFailed = true;
        r.parseError = jwt.defects.isEmpty() ? tr("not a JWT") : jwt.defects.join(QStringLiteral("; "));
        if (json) {
            out += "{\"error\":";
            json::appendString(out, r.parseError);
            out += ",\"ok\":false}\n";
        } else {
            json::appendUtf8(out, tr("not a JWT: %1").arg(r.parseError));
            out += '\n';
        }
        return r;
    }
    const ValidationResult result = inspectChecks(jwt, ctx); // the same checks as the window's token workbench
    r.ok = result.ok();
    if (json)
        appendJsonLine(out, jwt, result);
    else
        appendHumanReport(out, jwt, result, ctx, texts);
    return r;
}

// A batch of standard input: whole lines, kept in one block, and the outputs of its chunks, whose buffers are kept from
// batch to batch (no allocation per token for the text).
struct Batch
{
    static constexpr qsizetype MaxLines = 2048;
    static constexpr qsizetype Chunk = 16; // tokens a worker takes at a time: algorithms differ in cost, so no fixed split
    struct Line
    {
        qsizetype offset, size;
    };
    QByteArray block;
    QList<Line> lines; // non-empty, trimmed
    std::vector<QByteArray> outputs; // one per chunk, in input order
    std::vector<char> chunkOk;
    qint64 firstNumber = 1; // the number of its first token in the whole input ("Token 1")

    QByteArrayView line(qsizetype i) const { return QByteArrayView(block.constData() + lines.at(i).offset, lines.at(i).size); }
    size_t chunks() const { return size_t((lines.size() + Chunk - 1) / Chunk); }
};

// Standard input read in large blocks and cut into lines here: QIODevice::readLine() on a QFile asks the kernel for
// the file's size on every line.
class LineReader
{
public:
    explicit LineReader(QFile &in) : m_in(in) {}

    // The next up to Batch::MaxLines non-empty lines; none at the end of the input.
    void next(Batch &batch)
    {
        // The batch's own buffer again (resize keeps the capacity), so that the pages read into are ones already
        // touched: a new buffer per batch was most of the run's page faults (perf: the kernel's copy into fresh pages).
        batch.block.resize(0);
        batch.block.append(m_rest);
        m_rest.resize(0);
        batch.lines.clear();
        qsizetype from = 0;
        for (;;) {
            while (batch.lines.size() < Batch::MaxLines) {
                const qsizetype newline = batch.block.indexOf('\n', from);
                if (newline < 0)
                    break;
                addLine(batch, from, newline);
                from = newline + 1;
            }
            if (batch.lines.size() == Batch::MaxLines) {
                m_rest.append(QByteArrayView(batch.block).sliced(from));
                return;
            }
            if (m_end) {
                addLine(batch, from, batch.block.size());
                return;
            }
            constexpr qsizetype BlockSize = 1 << 20;
            const qsizetype size = batch.block.size();
            batch.block.resize(size + BlockSize);
            const qint64 read = m_in.read(batch.block.data() + size, BlockSize);
            batch.block.resize(size + std::max<qint64>(0, read));
            m_end = read <= 0;
        }
    }

private:
    static void addLine(Batch &batch, qsizetype from, qsizetype to)
    {
        const QByteArrayView line = QByteArrayView(batch.block).sliced(from, to - from).trimmed();
        if (!line.isEmpty())
            batch.lines.append({line.data() - batch.block.constData(), line.size()});
    }

    QFile &m_in;
    QByteArray m_rest; // the lines after a full batch, and the start of a line a read cut
    bool m_end = false;
};

// `inspect -`: one token per line, streamed. A pipeline of batches: while the workers (one per core, each with its own
// copy of the JWKS: OpenSSL contexts are not shared between threads) validate batch N, this thread writes batch N-1's
// results in input order and reads batch N+1; so memory stays flat however many tokens come, and the cores do not wait
// for the input or the output.
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
    const ReportTexts texts;

    bool allOk = true;
    auto writeBatch = [&](const Batch &batch) {
        for (size_t c = 0; c < batch.chunks(); ++c) {
            allOk = allOk && batch.chunkOk[c];
            stdoutFile.write(batch.outputs[c]);
        }
    };

    LineReader reader(in);
    Batch current, written, following;
    reader.next(current);
    while (!current.lines.isEmpty()) {
        const qsizetype n = current.lines.size();
        const size_t chunks = current.chunks();
        if (current.outputs.size() < chunks)
            current.outputs.resize(chunks);
        current.chunkOk.assign(chunks, 1);
        std::atomic<size_t> next{0};
        auto work = [&](int worker) {
            const TranslationCache translations; // the translators do not change while the workers run
            ValidationContext ctx = inputs.ctx;
            ctx.formatTextsNow = true; // every text is written
            ctx.jwks = keySets.empty() ? nullptr : &keySets[size_t(worker)];
            for (size_t c = next.fetch_add(1); c < chunks; c = next.fetch_add(1)) {
                QByteArray &text = current.outputs[c];
                text.resize(0); // keeps the buffer of an earlier batch
                bool ok = true;
                const qsizetype first = qsizetype(c) * Batch::Chunk;
                for (qsizetype i = first; i < std::min(n, first + Batch::Chunk); ++i) {
                    if (!inputs.json) {
                        json::appendUtf8(text, texts.token.arg(current.firstNumber + i));
                        text += '\n';
                    }
                    ok = inspectToken(text, current.line(i), ctx, texts, inputs.json).ok && ok;
                    if (!inputs.json)
                        text += '\n';
                }
                current.chunkOk[c] = ok;
            }
        };
        std::vector<std::thread> threads;
        for (int w = 0; w < workers && (w == 0 || n > Batch::Chunk * w); ++w)
            threads.emplace_back(work, w);
        if (!written.lines.isEmpty())
            writeBatch(written);
        reader.next(following);
        following.firstNumber = current.firstNumber + n;
        for (std::thread &t : threads)
            t.join();
        std::swap(written, current);
        std::swap(current, following);
    }
    if (!written.lines.isEmpty())
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
        QByteArray text;
        const Inspected r = inspectToken(text, positional.first().toUtf8(), ctx, ReportTexts(), inputs.json);
        // One token: the JSON indented, as before the batch path existed.
        out() << QString::fromUtf8(inputs.json ? QJsonDocument::fromJson(text).toJson(QJsonDocument::Indented) : text);
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
