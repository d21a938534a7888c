#include "core/report/ReportFile.h"

#include "core/report/HtmlReport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QFile>

namespace tokenscope {

std::optional<ReportFormat> reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return std::nullopt;
}

QByteArray renderReport(const QJsonObject &report, ReportFormat format)
{
    return format == ReportFormat::Html ? htmlReport(report).toUtf8() : QJsonDocument(report).toJson(QJsonDocument::Indented);
}

bool writeReportFile(const QString &path, const QJsonObject &report, ReportFormat format, QString *error)
{
    const QByteArray data = renderReport(report, format);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("ReportFile", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tokenscope
