#pragma once

#include <QJsonObject>
#include <QString>

namespace tokenscope {

// One self-contained HTML page for a JSON report (the `login` report of flowReport(), or the `probe` report of
// probeReport()): verdict, timestamps and Tokenscope version, the profile ("profileDetails", secrets already redacted
// there), lint findings, probe results (the flow matrix as a table), steps and checks with their reasons, decoded
// tokens, userinfo, the API answer, the compare sign-in, the discovery metadata and the HTTP exchanges ("exchanges").
// Inline CSS only, no scripts, no external resources (a Content-Security-Policy forbids loading any), every text
// HTML-escaped. Sections whose members are absent are left out. The report is expected to be redacted already
// (flowReport/probeReport do that); the page adds nothing that is not in it.
QString htmlReport(const QJsonObject &report);

// Text -> HTML text (& < > " ').
QString htmlEscape(const QString &text);

} // namespace tokenscope
