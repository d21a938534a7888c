#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tokenscope {

// Report files as `tokenscope-cli login/probe --report/--html` and the desktop app's "Export report…" write them.
enum class ReportFormat { Json, Html };

// The format a file name asks for: ".json" -> Json, ".html" or ".htm" -> Html (any case); nullopt for anything else.
std::optional<ReportFormat> reportFormatForPath(const QString &path);

// The file's content: the report as indented JSON, or the self-contained HTML page of htmlReport(), UTF-8.
// The report must be redacted already (flowReport, probeReport and lintReport do that).
QByteArray renderReport(const QJsonObject &report, ReportFormat format);

// Writes the rendered report to `path` (created or truncated; "/dev/stdout" works too); false with `error` set
// ("cannot write PATH: reason") otherwise.
bool writeReportFile(const QString &path, const QJsonObject &report, ReportFormat format, QString *error = nullptr);

} // namespace tokenscope
