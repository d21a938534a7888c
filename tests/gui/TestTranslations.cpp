// The German translation reaches the window's texts, the engine's included: each row produces a text with a real
// engine or UI function, once without and once with the German translator the app installs, and the two must differ
// (a string lupdate filed under another context than the code asks for stays English, as the engine's did). The
// translation file itself must be complete.
#include "ui/app/App.h"
#include "core/oidc/CallbackResponse.h"
#include "core/oidc/ClientCredentials.h"
#include "core/oidc/Introspection.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/jose/Base64Url.h"
#include "core/report/HtmlReport.h"
#include "core/profile/Profile.h"
#include "core/tenant/TenantLint.h"
#include "ui/signin/TimelineModel.h"
#include "core/oidc/TokenValidator.h"
#include "core/http/TrustedCas.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <functional>

using namespace tokenscope;
using namespace tokenscope::ui;

using TextSource = std::function<QString()>;
Q_DECLARE_METATYPE(TextSource)

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void engineAndUiTextsAreGerman_data();
    void engineAndUiTextsAreGerman();
    void translationFileIsComplete_data();
    void translationFileIsComplete();
};

void TestTranslations::engineAndUiTextsAreGerman_data()
{
    QTest::addColumn<TextSource>("text");
    QTest::newRow("Jwt") << TextSource([] { return parseJwt("not-a-token").defects.join(u'\n'); });
    QTest::newRow("Jwk") << TextSource([] { return parseJwks("[]").defects.join(u'\n'); });
    QTest::newRow("Base64Url") << TextSource([] { return Base64Url::explainInvalid("ab*c"); });
    QTest::newRow("TokenValidator") << TextSource([] {
        // An unsigned token: the alg and signature checks fail with their reasons.
        const ParsedJwt jwt = parseJwt("eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL3gvIn0.");
        QStringList details;
        for (const Check &c : validateIdToken(jwt, ValidationContext{}).checks)
            details << c.detail.toString();
        return details.join(u'\n');
    });
    QTest::newRow("TenantLint") << TextSource([] {
        LintInput input;
        input.discoveryError = QStringLiteral("HTTP 404");
        QStringList details;
        for (const Finding &f : lintTenant(input))
            details << f.detail;
        return details.join(u'\n');
    });
    QTest::newRow("HtmlReport") << TextSource([] { return htmlReport(QJsonObject{{QStringLiteral("ok"), false}}); });
    QTest::newRow("Profile") << TextSource([] { return validateProfile(Profile{}).join(u'\n'); });
    QTest::newRow("TrustedCas") << TextSource([] { return loadCaCertificates({QStringLiteral("/nonexistent/ca.pem")}).error; });
    QTest::newRow("CallbackResponse") << TextSource([] {
        const CallbackResponse r = parseRawCallback("https://app.example/cb?code=1&=x", {}, QStringLiteral("query"));
        return (r.defects + r.notes).join(u'\n');
    });
    QTest::newRow("ClientCredentials") << TextSource([] {
        QStringList details;
        for (const Check &c : clientCredentialsTokenChecks(QJsonObject{}, QStringLiteral("m2m"), QString(), QString(), QString()))
            details << c.detail.toString();
        return details.join(u'\n') + u'\n' + clientCredentialsAdvice(QStringLiteral("unauthorized_client"), QString(), Profile{});
    });
    QTest::newRow("Introspection") << TextSource([] {
        return introspectionChecks(parseIntrospectionResponse("{\"active\": false}"), QString()).first().detail.toString();
    });
    QTest::newRow("timeline advice") << TextSource([] {
        return TimelineModel::adviceFor({Steps::Token, CheckStatus::Fail, QString(), 1, QStringLiteral("http.timeout")});
    });
}

void TestTranslations::engineAndUiTextsAreGerman()
{
    QFETCH(TextSource, text);
    const QString english = text();
    QVERIFY2(!english.isEmpty(), "the row produces no text");
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString translated = text();
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(translated != english, qPrintable(english));
    QCOMPARE(text(), english); // and back to English without the translator
}

// Every file, every message finished: German has every string (the engine's too, so more than 1,000), the English
// files the plural forms of the window and of tokenscope-cli.
void TestTranslations::translationFileIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("German") << QStringLiteral("tokenscope_de.ts") << 1000;
    QTest::newRow("English plurals") << QStringLiteral("tokenscope_en.ts") << 20;
    QTest::newRow("tokenscope-cli English plurals") << QStringLiteral("tokenscope-cli_en.ts") << 10;
}

void TestTranslations::translationFileIsComplete()
{
    QFETCH(QString, file);
    QFETCH(int, atLeast);
    QFile ts(QStringLiteral(TOKENSCOPE_SOURCE_DIR "/translations/") + file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList unfinished;
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("translation")) {
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (open || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                unfinished << context + QStringLiteral(": ") + source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > atLeast, qPrintable(QString::number(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
