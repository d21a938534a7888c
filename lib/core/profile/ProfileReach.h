#pragma once

#include "core/profile/Profile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tokenscope {

// What a profile makes Tokenscope contact and trust, for showing a profile from elsewhere (an imported file) before its
// first sign-in (issue 19). Only what the profile itself names: the discovery document it points to may name more
// hosts for its endpoints; those show in the HTTP log when they are used.
struct ProfileHost
{
    QString origin;          // "https://tenant.eu.auth0.com", "http://127.0.0.1:4000": scheme, host, port when not the default
    QStringList roles;       // what it is contacted for, in words for the user ("the issuer: discovery", "the API (apiUrl)", ...)
    bool unencrypted = false; // plain http to a host that is not this computer
};

struct ProfileReach
{
    QList<ProfileHost> hosts; // the issuer's first, then in the order of the profile's fields; one entry per origin
    QStringList caFiles;      // the custom CA certificates it trusts besides the system's, as absolute paths
    QStringList notFetched;   // URLs the browser is sent back to, caught by Tokenscope and never loaded (callback, post-logout)
};

// profilePath: the profile file (relative CA names are relative to its folder); empty for the current folder.
ProfileReach profileReach(const Profile &profile, const QString &profilePath);

} // namespace tokenscope
