// The HTML report: self-contained, escaped, and rendered by a real browser (headless Chromium) with the findings.
#include "core/report/HtmlReport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

namespace {

QJsonObject sampleReport()
{
    return QJsonObject{
        {"ok", false},
        {"profile", "Staging <tenant> & \"friends\""},
        {"generatedAt", "2025-01-02T03:04:05Z"},
        {"tokenscopeVersion", "9.9.9"},
        {"profileDetails", QJsonObject{{"issuer", "https://tenant.example/"}, {"clientId", "spa"}, {"clientSecret", "<redacted>"}}},
        {"steps", QJsonArray{QJsonObject{{"name", "discovery"}, {"status", "pass"}, {"detail", "issuer https://tenant.example/"}, {"ms", 12}},
                             QJsonObject{{"name", "callback"}, {"status", "fail"}, {"detail", "state mismatch <b>bold</b>"}, {"ms", 3}}}},
        {"checks", QJsonArray{QJsonObject{{"id", "id_token.signature"}, {"status", "pass"}, {"detail", "RS256, key k1"}}}},
        {"lint", QJsonArray{QJsonObject{{"id", "lint.signing.hs_only"}, {"level", "error"}, {"status", "fail"}, {"detail", "Only \"HS256\" is offered"}},
                            QJsonObject{{"id", "lint.pkce.plain"}, {"level", "warning"}, {"status", "pass"},
                                        {"detail", "<script>alert(1)</script> plain offered"}}}},
        {"probes", QJsonArray{QJsonObject{{"id", "probe.matrix.code.query"}, {"status", "pass"}, {"level", "info"}, {"detail", "worked"},
                                          {"responseType", "code"}, {"responseMode", "query"}, {"outcome", "worked"}, {"expected", "works"}},
                              QJsonObject{{"id", "probe.matrix.id_token.query"}, {"status", "pass"}, {"level", "info"}, {"detail", "refused"},
                                          {"responseType", "id_token"}, {"responseMode", "query"}, {"outcome", "failed"}, {"expected", "refused"},
                                          {"error", "invalid_request"}},
                              QJsonObject{{"id", "probe.refresh.reuse_detected"}, {"status", "fail"}, {"level", "error"}, {"detail", "accepted again"}}}},
        {"tokens", QJsonObject{{"token", QJsonObject{{"id_token", QJsonObject{{"header", QJsonObject{{"alg", "RS256"}}},
                                                                              {"payload", QJsonObject{{"sub", "auth0|alice-0001"}}}}},
                                                     {"refresh_token", "<redacted>"}}}}},
        {"exchanges", QJsonArray{QJsonObject{{"method", "POST"}, {"url", "https://tenant.example/oauth/token"}, {"status", 200}, {"ms", 5}, {"step", "token"},
                                             {"requestHeaders", QJsonArray{QJsonArray{"Authorization", "<redacted>"}}},
                                             {"requestBody", "grant_type=authorization_code&code_verifier=<redacted>"},
                                             {"responseHeaders", QJsonArray{}}, {"responseBody", "{\"access_token\":\"x\"}"}}}},
    };
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void escape_data();
    void escape();
    void containsEverySection();
    void escapesEverything();
    void selfContained();
    void rendersInHeadlessChromium();
};

void TestHtmlReport::escape_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << "abc" << "abc";
    QTest::newRow("tags") << "<a href=\"x\">" << "&lt;a href=&quot;x&quot;&gt;";
    QTest::newRow("amp and quote") << "a & 'b'" << "a &amp; &#39;b&#39;";
    QTest::newRow("unicode") << QStringLiteral("→ ü") << QStringLiteral("→ ü");
}

void TestHtmlReport::escape()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(htmlEscape(in), out);
}

void TestHtmlReport::containsEverySection()
{
    const QString html = htmlReport(sampleReport());
    for (const char *needle : {"lint.signing.hs_only", "lint.pkce.plain", "probe.matrix.code.query", "probe.refresh.reuse_detected", "id_token.signature",
                               "Flow matrix", "refused (as it must)", "invalid_request", "2025-01-02T03:04:05Z", "9.9.9", "auth0|alice-0001",
                               "https://tenant.example/oauth/token", "FAILED", "Configuration lint", "Behaviour probes", "HTTP exchanges"})
        QVERIFY2(html.contains(QLatin1String(needle)), needle);
    // Redacted values stay redacted (and escaped).
    QVERIFY(html.contains(QLatin1String("&lt;redacted&gt;")));
}

void TestHtmlReport::escapesEverything()
{
    const QString html = htmlReport(sampleReport());
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("Staging &lt;tenant&gt; &amp; &quot;friends&quot;")));
}

void TestHtmlReport::selfContained()
{
    const QString html = htmlReport(sampleReport());
    // No resource is loaded from anywhere: no src/href attributes, no CSS url() or @import, and a CSP that forbids it.
    static const QRegularExpression resource(QStringLiteral("(\\ssrc\\s*=|\\shref\\s*=|url\\(|@import|<script|<link|<img|<iframe)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = resource.match(html);
    QVERIFY2(!m.hasMatch(), qPrintable(m.captured(0)));
    QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
}

void TestHtmlReport::rendersInHeadlessChromium()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (scripts/setup installs it): the rendering test needs a real browser");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.html"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(htmlReport(sampleReport()).toUtf8());
    }
    QProcess process;
    process.setProgram(chromium);
    // Every host name resolves to nothing: the page must render with no network at all.
    process.setArguments({QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                          QStringLiteral("--no-first-run"), QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND"),
                          QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")), QStringLiteral("--dump-dom"),
                          QUrl::fromLocalFile(path).toString()});
    process.start();
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QVERIFY2(process.waitForFinished(90000), "chromium did not finish within 90 s");
    const QString dom = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0 && !dom.isEmpty(), qPrintable(QString::fromUtf8(process.readAllStandardError().right(2000))));
    // The DOM the browser built has the findings, the matrix and the verdict; the escaped script stayed text.
    for (const char *needle : {"lint.signing.hs_only", "lint.pkce.plain", "probe.matrix.id_token.query", "probe.refresh.reuse_detected",
                               "id=\"verdict\"", "class=\"matrix\""})
        QVERIFY2(dom.contains(QLatin1String(needle)), needle);
    QVERIFY(!dom.contains(QLatin1String("<script>alert(1)")));
    QVERIFY(dom.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "TestHtmlReport.moc"
