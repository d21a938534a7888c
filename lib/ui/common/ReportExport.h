#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QWidget;

namespace tokenscope::ui {

// "Export report…" in the window (a sign-in, or the Tenant tab's lint and probes): the file name picks the format,
// .json (the CLI's --report) or .html (--html). The report is redacted already.
bool exportReportFile(const QString &path, const QJsonObject &report, QString *error = nullptr);

// Asks where to save a report: a Qt (non-native) save dialog, window-modal and named "exportReportDialog" so tests can
// drive it, with JSON and HTML filters; `chosen` runs with the path once the user accepts.
void chooseReportFile(QWidget *parent, const QString &title, const QString &suggestedBaseName,
                      const std::function<void(const QString &path)> &chosen);

} // namespace tokenscope::ui
