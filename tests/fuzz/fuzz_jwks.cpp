// libFuzzer target: the JWKS parser and key import into OpenSSL (RSA, EC, OKP, oct), thumbprints, and a signature
// verification with every imported key.
#include "FuzzCommon.h"

#include "core/jose/Jwk.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/Jwt.h"

using namespace tokenscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JwkSet set = parseJwks(fuzz::bytes(data, size));
    if (!set.parsed && !set.keys.isEmpty())
        fuzz::invariantBroken();
    static const ParsedJwt token = parseJwt("eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl");
    for (const JsonWebKey &key : set.keys) {
        (void)key.thumbprint();
        (void)key.describe();
        for (const QString &alg : supportedJwsAlgorithms()) {
            (void)keyFamilyMatches(key, alg);
            const SignatureResult r = verifyJws(token, key, alg);
            if (r.ok)
                fuzz::invariantBroken(); // the garbage signature of `token` never verifies
        }
    }
    return 0;
}
