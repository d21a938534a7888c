#include "core/profile/ProfileReach.h"

#include "core/http/TrustedCas.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace tokenscope {

// The translation context of this file's texts: lupdate and the run time both name it tokenscope::ProfileReachText.
struct ProfileReachText
{
    Q_DECLARE_TR_FUNCTIONS(tokenscope::ProfileReachText)
};

namespace {

bool isThisComputer(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void add(QList<ProfileHost> &hosts, const QUrl &url, const QString &role)
{
    if (!url.isValid() || url.host().isEmpty())
        return;
    const QString origin = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                               .toDisplayString(QUrl::NormalizePathSegments);
    for (ProfileHost &h : hosts) {
        if (h.origin == origin) {
            if (!h.roles.contains(role))
                h.roles << role;
            return;
        }
    }
    hosts.append({origin, {role}, url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isThisComputer(url.host())});
}

} // namespace

ProfileReach profileReach(const Profile &profile, const QString &profilePath)
{
    ProfileReach reach;
    if (!profile.issuer.trimmed().isEmpty()) {
        const QUrl discovery = profile.discoveryUrl();
        add(reach.hosts, discovery.isValid() ? discovery : QUrl(profile.issuer.trimmed()),
            ProfileReachText::tr("the issuer: its discovery document, and the endpoints that document names"));
    }
    const ProviderEndpoints &e = profile.endpoints;
    add(reach.hosts, e.authorization, ProfileReachText::tr("the login page (endpoints.authorization)"));
    add(reach.hosts, e.token, ProfileReachText::tr("the token endpoint (endpoints.token)"));
    add(reach.hosts, e.jwks, ProfileReachText::tr("the signing keys (endpoints.jwks)"));
    add(reach.hosts, e.userinfo, ProfileReachText::tr("userinfo (endpoints.userinfo)"));
    add(reach.hosts, e.revocation, ProfileReachText::tr("token revocation (endpoints.revocation)"));
    add(reach.hosts, e.endSession, ProfileReachText::tr("logout (endpoints.endSession)"));
    if (!profile.apiUrl.trimmed().isEmpty())
        add(reach.hosts, QUrl(profile.apiUrl.trimmed()), ProfileReachText::tr("your API, with the access token (apiUrl)"));
    if (profile.isAuth0Domain() && e.endSession.isEmpty())
        add(reach.hosts, QUrl(profile.issuer.trimmed()), ProfileReachText::tr("logout (Auth0's /v2/logout)"));

    reach.caFiles = caCertificateFiles(profile, profilePath);
    for (const QString &url : {profile.redirectUri.trimmed(), profile.postLogoutRedirectUri.trimmed()}) {
        if (!url.isEmpty() && !reach.notFetched.contains(url))
            reach.notFetched << url;
    }
    return reach;
}

} // namespace tokenscope
