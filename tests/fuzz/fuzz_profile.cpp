// libFuzzer target: the profile loader, the checks on what it loaded, the save/load round trip (a profile that
// loads must still load, with the same settings, after the app saved it), and what an imported profile is shown to
// contact (issue 19: a profile that loads never makes Tokenscope contact anything but http(s) hosts, nor call a local
// or browser-internal URL its callback).
#include "FuzzCommon.h"

#include "core/profile/Profile.h"
#include "core/profile/ProfileReach.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace tokenscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const ProfileLoadResult loaded = loadProfile(fuzz::bytes(data, size));
    (void)validateProfile(loaded.profile);
    (void)loaded.profile.discoveryUrl();
    (void)loaded.profile.effectiveResponseMode();
    const ProfileReach reach = profileReach(loaded.profile, QStringLiteral("/profiles/imported.json"));
    if (!loaded.ok())
        return 0;
    for (const ProfileHost &host : reach.hosts) {
        const QString scheme = QUrl(host.origin).scheme();
        if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || host.roles.isEmpty())
            fuzz::invariantBroken(); // a loaded profile names a host to contact that is not a web host
    }
    for (const QString &url : reach.notFetched) {
        const QString scheme = QUrl(url).scheme().toLower();
        if (scheme == QLatin1String("file") || scheme == QLatin1String("data") || scheme == QLatin1String("qrc")
            || scheme == QLatin1String("javascript"))
            fuzz::invariantBroken(); // a loaded profile's callback is a local file or script
    }
    const QByteArray saved = saveProfile(loaded.profile);
    if (QJsonDocument::fromJson(saved).object().contains(QStringLiteral("clientSecret")))
        fuzz::invariantBroken(); // saveProfile never writes the secret
    const ProfileLoadResult again = loadProfile(saved);
    if (!again.ok() || again.profile.clientId != loaded.profile.clientId || again.profile.issuer != loaded.profile.issuer
        || again.profile.extraParams != loaded.profile.extraParams || again.profile.scope != loaded.profile.scope)
        fuzz::invariantBroken();
    return 0;
}
