// Report files as the CLI (--report, --html) and the desktop app's "Export report…" write them.
#include "core/report/ReportFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

class TestReportFile : public QObject
{
    Q_OBJECT
private slots:
    void formatFromTheFileName_data();
    void formatFromTheFileName();
    void writesJsonAndHtml();
    void reportsWhyItCannotWrite();
};

void TestReportFile::formatFromTheFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("json") << "/tmp/r.json" << int(ReportFormat::Json);
    QTest::newRow("JSON") << "report.JSON" << int(ReportFormat::Json);
    QTest::newRow("html") << "a/b/report.html" << int(ReportFormat::Html);
    QTest::newRow("htm") << "report.Htm" << int(ReportFormat::Html);
    QTest::newRow("txt") << "report.txt" << -1;
    QTest::newRow("none") << "report" << -1;
    QTest::newRow("json in the folder only") << "/tmp/x.json/report" << -1;
}

void TestReportFile::formatFromTheFileName()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<ReportFormat> f = reportFormatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TestReportFile::writesJsonAndHtml()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QJsonObject report{{QStringLiteral("ok"), false}, {QStringLiteral("profile"), QStringLiteral("<Staging & co>")}};
    const QString json = dir.filePath(QStringLiteral("r.json"));
    QString error;
    QVERIFY2(writeReportFile(json, report, ReportFormat::Json, &error), qPrintable(error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object(), report);

    // Written again: replaced, not appended to.
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QVERIFY(writeReportFile(html, QJsonObject{{QStringLiteral("profile"), QStringLiteral("first, much longer name")}}, ReportFormat::Html));
    QVERIFY(writeReportFile(html, report, ReportFormat::Html, &error));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray page = htmlFile.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("&lt;Staging &amp; co&gt;"));
    QVERIFY(!page.contains("first, much longer name"));
    QVERIFY(page.trimmed().endsWith("</html>"));
    QCOMPARE(renderReport(report, ReportFormat::Html), page);
}

void TestReportFile::reportsWhyItCannotWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/r.json"));
    QString error;
    QVERIFY(!writeReportFile(path, QJsonObject{}, ReportFormat::Json, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReportFile)
#include "TestReportFile.moc"
