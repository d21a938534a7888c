#include "ui/common/ReportExport.h"

#include "core/report/ReportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

namespace tokenscope::ui {

bool exportReportFile(const QString &path, const QJsonObject &report, QString *error)
{
    const std::optional<ReportFormat> format = reportFormatForPath(path);
    if (!format) {
        if (error)
            *error = QCoreApplication::translate("ReportExport", "Choose a file name that ends in .json (JSON report) or .html (HTML page).");
        return false;
    }
    return writeReportFile(path, report, *format, error);
}

void chooseReportFile(QWidget *parent, const QString &title, const QString &suggestedBaseName,
                      const std::function<void(const QString &path)> &chosen)
{
    const QString jsonFilter = QCoreApplication::translate("ReportExport", "JSON report (*.json)");
    const QString htmlFilter = QCoreApplication::translate("ReportExport", "HTML page (*.html *.htm)");
    QString base = suggestedBaseName;
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    auto *dialog = new QFileDialog(parent, title, QDir::homePath(), QString());
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({jsonFilter, htmlFilter});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(base + QStringLiteral(".json"));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, htmlFilter](const QString &filter) {
        const bool html = filter == htmlFilter;
        dialog->setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("json"));
        // Keep the name the user typed, with the extension of the chosen format.
        const QStringList selected = dialog->selectedFiles();
        if (!selected.isEmpty()) {
            const QString name = QFileInfo(selected.first()).completeBaseName();
            if (!name.isEmpty())
                dialog->selectFile(name + (html ? QStringLiteral(".html") : QStringLiteral(".json")));
        }
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

} // namespace tokenscope::ui
