#pragma once

#include "core/profile/Profile.h"

#include <QString>

namespace tokenscope::cli {

// Loads a profile file for a subcommand; returns an error message for the user, or empty. The client secret comes
// from the file, else TOKENSCOPE_CLIENT_SECRET, else the keychain entry the desktop app keeps for this file (read only
// once the application exists; never printed).
QString loadProfileFile(const QString &path, Profile &profile);

} // namespace tokenscope::cli
