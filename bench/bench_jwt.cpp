// JWT verification throughput: Tokenscope's decode + full validateIdToken() against raw OpenSSL EVP_DigestVerify on
// the same keys and the same tokens, in the same run, for RS256, PS256, ES256 and EdDSA.
//
//   bench_jwt [--rounds N] [--segment-ms MS] [--tokens N]
//       prints BENCH rows (see BenchCommon.h): engine tokens/s, raw tokens/s and the engine/raw ratio per algorithm.
//   bench_jwt --write-inspect DIR [--count N] [--alg ALG]
//       writes DIR/jwks.json, DIR/tokens.txt (N ID tokens, one per line, the four algorithms in turn, or only ALG) and
//       DIR/inspect-args (the tokenscope-cli inspect options that make every check run and pass), for `inspect -`.
//   bench_jwt --alg RS256 --engine-only SECONDS
//       only the engine side of one algorithm, for perf record / valgrind --tool=callgrind.
//
// Rates are per second of this thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so other load on the machine does not
// skew them. The engine side is exactly what `tokenscope-cli inspect` and OidcFlow do per token: parseJwt() on the compact
// token, then validateIdToken() with the JWKS parsed once (keys imported into OpenSSL once, at parse time), issuer,
// audience, nonce, c_hash and at_hash, and a fixed clock. Every token must validate (checked before timing).
// The raw side is the floor (RawVerifier): per token only what any verifier must do with a compact JWS, done with
// OpenSSL directly: split, EVP_DecodeBlock the signature, JOSE -> DER for ES256, EVP_DigestVerifyInit (digest fetched
// once, one EVP_MD_CTX reused) + padding parameters + EVP_DigestVerify.
// Note: the engine does less OpenSSL work per token than this floor. Each JWKS key keeps a verification context per
// algorithm, prepared once by EVP_DigestVerifyInit, and a token copies it (JsonWebKey::copyVerifyContext) instead of
// initialising again; for RSA-2048 that alone is worth about 15-20% of the floor's time. So the ratio is not purely
// the cost of everything the engine does outside OpenSSL: a floor that also copied a prepared context would be faster.

#include "BenchCommon.h"

#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "TestKeys.h"
#include "core/jose/TokenHash.h"
#include "core/oidc/TokenValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <ctime>
#include <cstdio>
#include <cstdlib>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace tokenscope;
using tokenscope::testing::TestKey;

namespace {

constexpr qint64 Now = 1767225600; // 2026-01-01T00:00:00Z, fixed clock
const QString Issuer = QStringLiteral("https://tenant.bench.example/");
const QString ClientId = QStringLiteral("bench-client");
const QString Nonce = QStringLiteral("n-0S6_WzA2Mj-bench");
const QString Code = QStringLiteral("SplxlOBeZQQYbYS6WxSbIA-bench-code");
const QString AccessToken = QStringLiteral("jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y-bench-access-token");

struct AlgCase
{
    QString alg;
    const TestKey *key = nullptr;
    QString crv;
};

// The floor's whole job per token: split at the last '.', base64url-decode the signature with OpenSSL's decoder,
// (ES256) turn JOSE r || s into DER, and EVP_DigestVerify. No JSON, no claims, no messages.
struct RawVerifier
{
    EVP_MD_CTX *mdctx = EVP_MD_CTX_new();
    const EVP_MD *md = nullptr; // nullptr for EdDSA
    EVP_PKEY *pkey = nullptr;
    int padding = 0;            // RSA_PKCS1_PADDING, RSA_PKCS1_PSS_PADDING or 0
    bool ecdsa = false;

    ~RawVerifier() { EVP_MD_CTX_free(mdctx); }

    bool verify(const QByteArray &token)
    {
        const qsizetype dot = token.lastIndexOf('.');
        if (dot <= 0)
            return false;
        // base64url -> base64 with padding, then EVP_DecodeBlock.
        unsigned char b64[1024];
        unsigned char sig[768];
        qsizetype n = token.size() - dot - 1;
        if (n <= 0 || n > 1000)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            const char c = token[dot + 1 + i];
            b64[i] = c == '-' ? '+' : c == '_' ? '/' : static_cast<unsigned char>(c);
        }
        const int pad = int((4 - n % 4) % 4);
        for (int i = 0; i < pad; ++i)
            b64[n++] = '=';
        int length = EVP_DecodeBlock(sig, b64, int(n));
        if (length < 0)
            return false;
        length -= pad;
        const unsigned char *signature = sig;
        unsigned char der[160];
        if (ecdsa) {
            ECDSA_SIG *s = ECDSA_SIG_new();
            ECDSA_SIG_set0(s, BN_bin2bn(sig, length / 2, nullptr), BN_bin2bn(sig + length / 2, length / 2, nullptr));
            unsigned char *out = der;
            length = i2d_ECDSA_SIG(s, &out);
            ECDSA_SIG_free(s);
            signature = der;
        }
        EVP_PKEY_CTX *pctx = nullptr;
        bool ok = EVP_DigestVerifyInit(mdctx, &pctx, md, nullptr, pkey) == 1;
        if (padding)
            ok = ok && EVP_PKEY_CTX_set_rsa_padding(pctx, padding) == 1;
        if (padding == RSA_PKCS1_PSS_PADDING)
            ok = ok && EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md) == 1 && EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1;
        ok = ok && EVP_DigestVerify(mdctx, signature, size_t(length), reinterpret_cast<const unsigned char *>(token.constData()), size_t(dot)) == 1;
        EVP_MD_CTX_reset(mdctx);
        return ok;
    }
};

// Throughput is measured in this thread's CPU time, not wall time: the machine may be shared (other builds, other
// benchmarks), and CPU time of a single-threaded loop is what both sides actually spend.
double threadSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QByteArray makeToken(const AlgCase &c, int i)
{
    const QJsonObject header{{QStringLiteral("alg"), c.alg}, {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), c.key->kid()}};
    // Shaped like the local tenant's (Auth0-like) ID tokens.
    const QJsonObject payload{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("sub"), QStringLiteral("auth0|user-%1").arg(i, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("aud"), ClientId},
        {QStringLiteral("iat"), Now - 30 - (i % 20)},
        {QStringLiteral("exp"), Now + 36000},
        {QStringLiteral("auth_time"), Now - 40 - (i % 20)},
        {QStringLiteral("nonce"), Nonce},
        {QStringLiteral("c_hash"), *leftHalfHash(c.alg, c.crv, Code.toUtf8())},
        {QStringLiteral("at_hash"), *leftHalfHash(c.alg, c.crv, AccessToken.toUtf8())},
        {QStringLiteral("sid"), QStringLiteral("sid-%1-aQ0rk7nP3y").arg(i)},
        {QStringLiteral("name"), QStringLiteral("Alice Liddell %1").arg(i)},
        {QStringLiteral("nickname"), QStringLiteral("alice%1").arg(i)},
        {QStringLiteral("email"), QStringLiteral("alice%1@example.com").arg(i)},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("updated_at"), QStringLiteral("2025-12-24T10:00:00.000Z")},
        {QStringLiteral("picture"), QStringLiteral("https://tenant.bench.example/avatars/alice.png")},
        {QStringLiteral("https://tokenscope.test/roles"), QJsonArray{QStringLiteral("tester")}},
    };
    return testing::signJwt(header, payload, *c.key, c.alg);
}

struct Fixture
{
    QList<AlgCase> cases;
    QByteArray jwksJson;
};

Fixture makeFixture()
{
    static const TestKey rsa = TestKey::generate(TestKey::Type::Rsa, QStringLiteral("bench-rsa-2048"), 2048);
    static const TestKey ec = TestKey::generate(TestKey::Type::EcP256, QStringLiteral("bench-ec-p256"));
    static const TestKey ed = TestKey::generate(TestKey::Type::Ed25519, QStringLiteral("bench-ed25519"));
    Fixture f;
    f.cases = {{QStringLiteral("RS256"), &rsa, {}},
               {QStringLiteral("PS256"), &rsa, {}},
               {QStringLiteral("ES256"), &ec, QStringLiteral("P-256")},
               {QStringLiteral("EdDSA"), &ed, QStringLiteral("Ed25519")}};
    f.jwksJson = testing::jwksJson({rsa.publicJwk(), ec.publicJwk(), ed.publicJwk()});
    return f;
}

ValidationContext makeContext(const Clock *clock, const JwkSet *jwks)
{
    ValidationContext ctx;
    ctx.clock = clock;
    ctx.issuer = Issuer;
    ctx.clientId = ClientId;
    ctx.allowedAlgs = {QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256"), QStringLiteral("EdDSA")};
    ctx.jwks = jwks;
    ctx.nonce = Nonce;
    ctx.nonceRequired = true;
    ctx.code = Code;
    ctx.accessToken = AccessToken;
    ctx.cHashRequired = true;
    ctx.atHashRequired = true;
    return ctx;
}

int writeInspect(const QString &dir, int count, const QString &onlyAlg)
{
    QDir().mkpath(dir);
    const Fixture f = makeFixture();
    QFile jwks(dir + QStringLiteral("/jwks.json"));
    QFile tokens(dir + QStringLiteral("/tokens.txt"));
    QFile args(dir + QStringLiteral("/inspect-args"));
    if (!jwks.open(QIODevice::WriteOnly | QIODevice::Truncate) || !tokens.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !args.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_jwt: cannot write into %s\n", qPrintable(dir));
        return 2;
    }
    jwks.write(f.jwksJson);
    QList<const AlgCase *> cases;
    for (const AlgCase &c : f.cases) {
        if (onlyAlg.isEmpty() || c.alg == onlyAlg)
            cases << &c;
    }
    if (cases.isEmpty()) {
        std::fprintf(stderr, "bench_jwt: no fixture for --alg %s\n", qPrintable(onlyAlg));
        return 2;
    }
    for (int i = 0; i < count; ++i)
        tokens.write(makeToken(*cases[i % cases.size()], i) + '\n');
    // One option per line (xargs-free, read with mapfile).
    const QStringList lines{QStringLiteral("--jwks"), jwks.fileName(), QStringLiteral("--issuer"), Issuer,
                            QStringLiteral("--audience"), ClientId, QStringLiteral("--nonce"), Nonce,
                            QStringLiteral("--code"), Code, QStringLiteral("--access-token"), AccessToken,
                            QStringLiteral("--now"), QString::number(Now)};
    args.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    std::fprintf(stderr, "bench_jwt: wrote %d tokens to %s\n", count, qPrintable(tokens.fileName()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    if (args.contains(QStringLiteral("--write-inspect")))
        return writeInspect(option(QStringLiteral("--write-inspect"), {}), option(QStringLiteral("--count"), QStringLiteral("10000")).toInt(),
                            option(QStringLiteral("--alg"), {}));

    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("7")).toInt();
    const double segment = option(QStringLiteral("--segment-ms"), QStringLiteral("300")).toDouble() / 1000.0;
    const int tokensPerAlg = option(QStringLiteral("--tokens"), QStringLiteral("64")).toInt();

    const Fixture f = makeFixture();
    const JwkSet jwks = parseJwks(f.jwksJson); // once, as OidcFlow and inspect do
    const FixedClock clock(Now);
    const ValidationContext ctx = makeContext(&clock, &jwks);
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);

    const QString onlyAlg = option(QStringLiteral("--alg"), {});
    const double engineOnly = option(QStringLiteral("--engine-only"), QStringLiteral("0")).toDouble();
    for (const AlgCase &c : f.cases) {
        if (!onlyAlg.isEmpty() && c.alg != onlyAlg)
            continue;
        QList<QByteArray> tokens;
        for (int i = 0; i < tokensPerAlg; ++i) {
            const QByteArray token = makeToken(c, i);
            const ValidationResult result = validateIdToken(parseJwt(token), ctx);
            if (!result.ok()) {
                for (const Check &check : result.checks)
                    std::fprintf(stderr, "  %s %s: %s\n", qPrintable(checkStatusName(check.status)), qPrintable(check.id),
                                 qPrintable(check.detail));
                std::fprintf(stderr, "bench_jwt: the %s fixture token does not validate\n", qPrintable(c.alg));
                return 1;
            }
            tokens.append(token);
        }

        RawVerifier raw;
        raw.pkey = c.key->pkey();
        raw.md = c.alg == QLatin1String("EdDSA") ? nullptr : sha256;
        raw.padding = c.alg.startsWith(QLatin1String("RS")) ? RSA_PKCS1_PADDING
            : c.alg.startsWith(QLatin1String("PS"))         ? RSA_PKCS1_PSS_PADDING
                                                            : 0;
        raw.ecdsa = c.alg.startsWith(QLatin1String("ES"));
        for (const QByteArray &token : std::as_const(tokens)) {
            if (!raw.verify(token)) {
                std::fprintf(stderr, "bench_jwt: raw OpenSSL does not verify the %s fixture\n", qPrintable(c.alg));
                return 1;
            }
        }

        auto runEngine = [&] {
            long n = 0, failures = 0;
            const double start = threadSeconds();
            do {
                for (const QByteArray &token : std::as_const(tokens)) {
                    const ParsedJwt jwt = parseJwt(token);
                    failures += validateIdToken(jwt, ctx).ok() ? 0 : 1;
                }
                n += tokens.size();
            } while (threadSeconds() - start < segment);
            const double rate = double(n) / (threadSeconds() - start);
            if (failures) {
                std::fprintf(stderr, "bench_jwt: %ld %s tokens failed validation while timing\n", failures, qPrintable(c.alg));
                std::exit(1);
            }
            return rate;
        };
        auto runRaw = [&] {
            long n = 0, failures = 0;
            const double start = threadSeconds();
            do {
                for (const QByteArray &token : std::as_const(tokens))
                    failures += raw.verify(token) ? 0 : 1;
                n += tokens.size();
            } while (threadSeconds() - start < segment);
            const double rate = double(n) / (threadSeconds() - start);
            if (failures) {
                std::fprintf(stderr, "bench_jwt: %ld raw %s verifications failed while timing\n", failures, qPrintable(c.alg));
                std::exit(1);
            }
            return rate;
        };

        if (engineOnly > 0) { // for perf/callgrind: only the engine side, for that many seconds
            QElapsedTimer timer;
            timer.start();
            long n = 0;
            while (timer.elapsed() < engineOnly * 1000) {
                for (const QByteArray &token : std::as_const(tokens))
                    n += validateIdToken(parseJwt(token), ctx).ok() ? 1 : 0;
            }
            std::fprintf(stderr, "bench_jwt: %s engine only: %.0f tokens/s\n", qPrintable(c.alg), n / (timer.elapsed() / 1000.0));
            continue;
        }
        runEngine(); // warm-up
        runRaw();
        std::vector<double> engine, floor, ratio;
        for (int r = 0; r < rounds; ++r) {
            double e = 0, w = 0;
            if (r % 2) {
                w = runRaw();
                e = runEngine();
            } else {
                e = runEngine();
                w = runRaw();
            }
            engine.push_back(e);
            floor.push_back(w);
            ratio.push_back(100.0 * e / w);
        }
        const std::string alg = c.alg.toStdString();
        bench::printRow("JWT verification", alg + " decode + validateIdToken", "tokens/s", engine, {}, 0);
        bench::printRow("JWT verification", alg + " raw EVP_DigestVerify (floor)", "tokens/s", floor, {}, 0);
        const bench::Stats rs = bench::stats(ratio);
        bench::printRow("JWT verification", alg + " engine / raw", "%", rs, rs.median >= 80.0 ? "budget >= 80%: holds" : "budget >= 80%: MISSED");
    }
    EVP_MD_free(sha256);
    return 0;
}
