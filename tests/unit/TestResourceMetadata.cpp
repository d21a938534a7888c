// ResourceMetadata.h: the well-known URLs of RFC 8414 3.1 and RFC 9728 3.1, WWW-Authenticate challenges (RFC 9110
// 11.6.1) with RFC 9728 5.1's resource_metadata, and protected resource metadata (RFC 9728 2).
#include "core/oidc/ResourceMetadata.h"

#include <QTest>

using namespace tokenscope;

class TestResourceMetadata : public QObject
{
    Q_OBJECT
private slots:
    void authorizationServerUrl_data();
    void authorizationServerUrl();
    void protectedResourceUrl_data();
    void protectedResourceUrl();
    void challenges_data();
    void challenges();
    void metadata_data();
    void metadata();
};

void TestResourceMetadata::authorizationServerUrl_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("url");
    QTest::newRow("host with slash") << "https://tenant.auth0.com/" << "https://tenant.auth0.com/.well-known/oauth-authorization-server";
    QTest::newRow("host") << "https://accounts.example" << "https://accounts.example/.well-known/oauth-authorization-server";
    // RFC 8414 3.1's example: inserted between host and path, not appended.
    QTest::newRow("path") << "https://example.com/issuer1" << "https://example.com/.well-known/oauth-authorization-server/issuer1";
    QTest::newRow("path with slash") << "https://h/realms/x/" << "https://h/.well-known/oauth-authorization-server/realms/x";
    QTest::newRow("port") << "http://127.0.0.1:4000/" << "http://127.0.0.1:4000/.well-known/oauth-authorization-server";
    QTest::newRow("relative") << "tenant/" << "";
}

void TestResourceMetadata::authorizationServerUrl()
{
    QFETCH(QString, issuer);
    QFETCH(QString, url);
    QCOMPARE(authorizationServerMetadataUrl(issuer).toString(), url);
}

void TestResourceMetadata::protectedResourceUrl_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("url");
    QTest::newRow("host") << "https://resource.example.com" << "https://resource.example.com/.well-known/oauth-protected-resource";
    // RFC 9728 3.1's example.
    QTest::newRow("path") << "https://resource.example.com/resource1"
                          << "https://resource.example.com/.well-known/oauth-protected-resource/resource1";
    QTest::newRow("query kept") << "https://r.example/api?v=2" << "https://r.example/.well-known/oauth-protected-resource/api?v=2";
    QTest::newRow("fragment dropped") << "https://r.example/api#x" << "https://r.example/.well-known/oauth-protected-resource/api";
}

void TestResourceMetadata::protectedResourceUrl()
{
    QFETCH(QString, resource);
    QFETCH(QString, url);
    QCOMPARE(protectedResourceMetadataUrl(QUrl(resource)).toString(), url);
}

void TestResourceMetadata::challenges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<QString>("resourceMetadata"); // of the first challenge that has one
    QTest::newRow("RFC 9728 5.1") << QByteArray(R"(Bearer resource_metadata="https://resource.example.com/.well-known/oauth-protected-resource")")
                                  << QStringList{"Bearer"} << "https://resource.example.com/.well-known/oauth-protected-resource";
    QTest::newRow("with error") << QByteArray(R"(Bearer realm="api", error="invalid_token", error_description="a \"quoted\", comma", resource_metadata="https://r/m")")
                                << QStringList{"Bearer"} << "https://r/m";
    QTest::newRow("two challenges") << QByteArray(R"(DPoP algs="ES256 PS256", Bearer realm="x", resource_metadata="https://r/m2")")
                                    << QStringList{"DPoP", "Bearer"} << "https://r/m2";
    QTest::newRow("token values") << QByteArray("Bearer realm=api, resource_metadata=none") << QStringList{"Bearer"} << "none";
    QTest::newRow("upper-case name") << QByteArray(R"(Bearer Resource_Metadata="https://r/m")") << QStringList{"Bearer"} << "https://r/m";
    QTest::newRow("no metadata") << QByteArray(R"(Bearer realm="api")") << QStringList{"Bearer"} << "";
    QTest::newRow("empty") << QByteArray() << QStringList{} << "";
    QTest::newRow("garbage") << QByteArray("\"\"\"===,,,") << QStringList{} << "";
}

void TestResourceMetadata::challenges()
{
    QFETCH(QByteArray, header);
    QFETCH(QStringList, schemes);
    QFETCH(QString, resourceMetadata);
    const QList<AuthChallenge> parsed = parseWwwAuthenticate(header);
    QStringList actual;
    QString found;
    for (const AuthChallenge &c : parsed) {
        actual << c.scheme;
        if (found.isEmpty())
            found = c.param(QStringLiteral("resource_metadata"));
    }
    QCOMPARE(actual, schemes);
    QCOMPARE(found, resourceMetadata);
    if (QTest::currentDataTag() == QLatin1String("with error"))
        QCOMPARE(parsed.first().param(QStringLiteral("error_description")), QStringLiteral("a \"quoted\", comma"));
}

void TestResourceMetadata::metadata_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("servers");
    QTest::addColumn<QString>("defect"); // "" = none
    QTest::newRow("complete") << QByteArray(R"({"resource": "https://r/api", "authorization_servers": ["https://as/"], "scopes_supported": ["a"], "resource_name": "R"})")
                              << "https://r/api" << QStringList{"https://as/"} << "";
    QTest::newRow("no resource") << QByteArray(R"({"authorization_servers": ["https://as/"]})") << "" << QStringList{"https://as/"}
                                 << "required member \"resource\" is missing";
    QTest::newRow("resource not a string") << QByteArray(R"({"resource": 1})") << "" << QStringList{} << "\"resource\" must be a string";
    QTest::newRow("servers not strings") << QByteArray(R"({"resource": "https://r", "authorization_servers": "https://as/"})") << "https://r"
                                         << QStringList{} << "\"authorization_servers\" must be an array of strings";
    QTest::newRow("repeated member") << QByteArray(R"({"resource": "https://a", "resource": "https://b"})") << "https://b" << QStringList{}
                                     << "appears more than once";
    QTest::newRow("not JSON") << QByteArray("<html>") << "" << QStringList{} << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "" << QStringList{} << "not a JSON object";
}

void TestResourceMetadata::metadata()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, resource);
    QFETCH(QStringList, servers);
    QFETCH(QString, defect);
    const ProtectedResourceMetadata m = parseProtectedResourceMetadata(json);
    QCOMPARE(m.resource, resource);
    QCOMPARE(m.authorizationServers, servers);
    if (defect.isEmpty())
        QVERIFY2(m.defects.isEmpty(), qPrintable(m.defects.join(QLatin1Char('\n'))));
    else
        QVERIFY2(m.defects.join(QLatin1Char('\n')).contains(defect), qPrintable(m.defects.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestResourceMetadata)
#include "TestResourceMetadata.moc"
