// libFuzzer target: the discovery-document parser, the profile overrides on top of it, and the /authorize builder that
// consumes what it parsed.
#include "FuzzCommon.h"

#include "core/oidc/AuthorizationRequest.h"
#include "core/oidc/ProviderMetadata.h"

using namespace tokenscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const ProviderMetadata m = parseProviderMetadata(input, QStringLiteral("https://tenant.example/"));
    if (!m.fromDiscovery)
        fuzz::invariantBroken();
    if (!m.issuer.isEmpty() && m.issuer != QLatin1String("https://tenant.example/") && m.defects.isEmpty())
        fuzz::invariantBroken(); // a foreign issuer must always be reported (OpenID Connect Discovery 4.3)

    Profile profile;
    profile.issuer = QStringLiteral("https://tenant.example/");
    profile.clientId = QStringLiteral("app");
    profile.redirectUri = QStringLiteral("https://app.example/callback");
    profile.responseType = QStringLiteral("code id_token");
    profile.extraParams = {{QStringLiteral("max_age"), QStringLiteral("60")}, {QStringLiteral("prompt"), QStringLiteral("login")}};
    const ProviderMetadata merged = withProfileOverrides(m, profile);
    (void)buildAuthorizationRequest(profile, merged);
    return 0;
}
