// libFuzzer target: the profile loader, the checks on what it loaded, and the save/load round trip (a profile that
// loads must still load, with the same settings, after the app saved it).
#include "FuzzCommon.h"

#include "core/profile/Profile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tokenscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProfileLoadResult loaded = loadProfile(fuzz::bytes(data, size));
    (void)validateProfile(loaded.profile);
    (void)loaded.profile.discoveryUrl();
    (void)loaded.profile.effectiveResponseMode();
    if (!loaded.ok())
        return 0;
    const QByteArray saved = saveProfile(loaded.profile);
    if (QJsonDocument::fromJson(saved).object().contains(QStringLiteral("clientSecret")))
        fuzz::invariantBroken(); // saveProfile never writes the secret
    const ProfileLoadResult again = loadProfile(saved);
    if (!again.ok() || again.profile.clientId != loaded.profile.clientId || again.profile.issuer != loaded.profile.issuer
        || again.profile.extraParams != loaded.profile.extraParams || again.profile.scope != loaded.profile.scope)
        fuzz::invariantBroken();
    return 0;
}
