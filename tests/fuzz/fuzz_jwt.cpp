// libFuzzer target: the JWT decoder and every ID-token / access-token check on what it decoded, including signature
// verification against a fixed JWKS (RSA, EC, OKP) and an HMAC client secret.
#include "FuzzCommon.h"

#include "core/common/Clock.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/oidc/TokenValidator.h"

using namespace tokenscope;

namespace {

const JwkSet &keys()
{
    static const JwkSet set = parseJwks(
        R"({"keys":[{"kty":"RSA","kid":"k1","use":"sig","alg":"RS256","e":"AQAB","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw"},)"
        R"({"kty":"EC","kid":"e1","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},)"
        R"({"kty":"OKP","kid":"o1","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]})");
    return set;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const ParsedJwt jwt = parseJwt(input);
    if (jwt.structurallyValid && jwt.signingInput.isEmpty())
        fuzz::invariantBroken(); // a usable token always has its signing input
    (void)looksLikeJwt(input);
    (void)jwtToJson(jwt);
    (void)jwt.alg();

    static const FixedClock clock(1800000000);
    ValidationContext ctx;
    ctx.clock = &clock;
    ctx.issuer = QStringLiteral("https://tenant.example/");
    ctx.clientId = QStringLiteral("app");
    ctx.audience = QStringLiteral("https://api.example/");
    ctx.jwks = &keys();
    ctx.clientSecret = "a-client-secret-of-32-bytes-long";
    ctx.nonce = QStringLiteral("n-0S6_WzA2Mj");
    ctx.nonceRequired = true;
    ctx.maxAge = 300;
    ctx.code = QStringLiteral("code");
    ctx.accessToken = QStringLiteral("access");
    ctx.state = QStringLiteral("state");
    ctx.cHashRequired = true;
    ctx.expectedSub = QStringLiteral("alice");
    const ValidationResult id = validateIdToken(jwt, ctx);
    if (id.checks.size() != 15)
        fuzz::invariantBroken(); // the contract: always every ID-token check, in order
    if (findCheck(id.checks, QStringLiteral("id_token.alg"))->status == CheckStatus::Pass
        && jwt.alg().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        fuzz::invariantBroken(); // alg none never passes
    (void)validateAccessToken(jwt, ctx);
    return 0;
}
