#pragma once

#include "core/oidc/FlowState.h"

#include <QJsonObject>

namespace tokenscope {

struct ReportOptions
{
    bool includeExchanges = true;  // the HTTP log (always redacted)
};

// The JSON report of a flow, as in the CLI contract: ok, profile, steps, checks, tokens grouped by origin.
// Secrets (client secret, refresh tokens, code verifier, password) and signatures never appear in it.
QJsonObject flowReport(const FlowState &state, const ReportOptions &options = {});
// flowReport() plus "profileDetails" (the profile, client secret redacted): what `login --html` and the desktop app's
// "Export sign-in report…" write.
QJsonObject flowReportWithProfile(const FlowState &state, const ReportOptions &options = {});

// One token as the report shows it: a decoded JWT {"header", "payload"}, "<opaque, N chars>" or "<redacted>".
QJsonValue tokenForReport(const QString &token);
QJsonObject tokenSetForReport(const TokenSet &set);
QJsonObject profileForReport(const Profile &profile);

} // namespace tokenscope
