// ResourceLint.h: RFC 8414 and RFC 9728 findings over what was fetched (no network): every rule's level and the
// reason it names. The chain against a real tenant: TestTenantLintIntegration::resourceChain.
#include "core/tenant/ResourceLint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

namespace {

FetchedMetadata answered(const char *url, int status, const QByteArray &body = {})
{
    FetchedMetadata f;
    f.url = QUrl(QString::fromLatin1(url));
    f.status = status;
    if (status >= 200 && status < 300)
        f.document = parseJsonObjectDocument(body);
    return f;
}

const QString Issuer = QStringLiteral("https://as.example/");
const QString Resource = QStringLiteral("https://api.example/v1");

ResourceInput goodResource()
{
    ResourceInput in;
    in.resource = Resource;
    in.challengeStatus = 401;
    in.wwwAuthenticate = R"(Bearer resource_metadata="https://api.example/.well-known/oauth-protected-resource/v1")";
    in.metadataUrlFromChallenge = QUrl(QStringLiteral("https://api.example/.well-known/oauth-protected-resource/v1"));
    in.metadata = answered("https://api.example/.well-known/oauth-protected-resource/v1", 200,
                           R"({"resource": "https://api.example/v1", "authorization_servers": ["https://as.example/"]})");
    in.authorizationServers = {{Issuer, answered("https://as.example/.well-known/oauth-authorization-server", 200, R"({"issuer": "https://as.example/"})"), false}};
    return in;
}

} // namespace

class TestResourceLint : public QObject
{
    Q_OBJECT
private slots:
    void oauthMetadata_data();
    void oauthMetadata();
    void resource_data();
    void resource();
};

void TestResourceLint::oauthMetadata_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("detail");
    const QByteArray good = R"({"issuer": "https://as.example/", "token_endpoint": "https://as.example/oauth/token"})";
    QTest::newRow("published") << 200 << good << "lint.oauth_metadata.document" << "info" << "is published at";
    QTest::newRow("issuer identical") << 200 << good << "lint.oauth_metadata.issuer" << "info" << "RFC 8414 3.3";
    QTest::newRow("consistent") << 200 << good << "lint.oauth_metadata.consistent" << "info" << "agrees";
    QTest::newRow("not offered") << 404 << QByteArray() << "lint.oauth_metadata.document" << "info" << "fall back to it";
    QTest::newRow("not JSON") << 200 << QByteArray("<html>") << "lint.oauth_metadata.document" << "error" << "unusable";
    QTest::newRow("issuer without slash") << 200 << QByteArray(R"({"issuer": "https://as.example"})") << "lint.oauth_metadata.issuer"
                                          << "error" << "differ only in the trailing slash";
    QTest::newRow("no issuer") << 200 << QByteArray(R"({"token_endpoint": "x"})") << "lint.oauth_metadata.issuer" << "error" << "no \"issuer\"";
    QTest::newRow("another token endpoint") << 200 << QByteArray(R"({"issuer": "https://as.example/", "token_endpoint": "https://other/token"})")
                                            << "lint.oauth_metadata.consistent" << "warning" << "token_endpoint (https://other/token / https://as.example/oauth/token)";
}

void TestResourceLint::oauthMetadata()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, id);
    QFETCH(QString, level);
    QFETCH(QString, detail);
    ProviderMetadata openId;
    openId.raw = QJsonDocument::fromJson(R"({"issuer": "https://as.example/", "token_endpoint": "https://as.example/oauth/token"})").object();
    const FindingList findings = lintOAuthMetadata({Issuer, answered("https://as.example/.well-known/oauth-authorization-server", status, body)}, openId);
    const Finding *f = findFinding(findings, id);
    QVERIFY2(f, qPrintable(id));
    QCOMPARE(findingLevelName(f->level), level);
    QVERIFY2(f->detail.contains(detail), qPrintable(f->detail));
}

void TestResourceLint::resource_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("detail");
    QTest::newRow("good: challenge") << "" << "lint.resource.challenge" << "info" << "names its metadata";
    QTest::newRow("good: resource") << "" << "lint.resource.resource" << "info" << "RFC 9728 3.3";
    QTest::newRow("good: servers") << "" << "lint.resource.authorization_server_metadata" << "info" << "https://as.example/ (RFC 8414 metadata)";
    QTest::newRow("good: issuer listed") << "" << "lint.resource.issuer_listed" << "info" << "is one of";
    QTest::newRow("unprotected") << "200" << "lint.resource.challenge" << "warning" << "not protected";
    QTest::newRow("401 without challenge") << "no header" << "lint.resource.challenge" << "error" << "without a WWW-Authenticate header";
    QTest::newRow("challenge without metadata") << "no metadata param" << "lint.resource.challenge" << "warning" << "names no resource_metadata";
    QTest::newRow("audience as resource") << "audience" << "lint.resource.resource" << "error" << "must not use the metadata";
    QTest::newRow("no servers") << "no servers" << "lint.resource.authorization_servers" << "warning" << "names no authorization server";
    QTest::newRow("http server") << "http server" << "lint.resource.authorization_servers" << "error" << "not https URLs";
    QTest::newRow("server names another issuer") << "as mix-up" << "lint.resource.authorization_server_metadata" << "error"
                                                 << "names the issuer \"https://evil.example/\"";
    QTest::newRow("server without metadata") << "as 404" << "lint.resource.authorization_server_metadata" << "error" << "no usable metadata";
    QTest::newRow("OpenID fallback") << "openid fallback" << "lint.resource.authorization_server_metadata" << "info" << "OpenID Connect discovery";
    QTest::newRow("another issuer linted") << "other issuer" << "lint.resource.issuer_listed" << "warning" << "is not one of";
    QTest::newRow("named metadata unusable") << "metadata 500" << "lint.resource.metadata" << "error" << "HTTP 500";
    QTest::newRow("named metadata unusable: later skipped") << "metadata 500" << "lint.resource.resource" << "info" << "no usable protected resource metadata";
}

void TestResourceLint::resource()
{
    QFETCH(QString, change);
    QFETCH(QString, id);
    QFETCH(QString, level);
    QFETCH(QString, detail);
    ResourceInput in = goodResource();
    QString issuer = Issuer;
    if (change == QLatin1String("200"))
        in.challengeStatus = 200;
    else if (change == QLatin1String("no header"))
        in.wwwAuthenticate.clear(), in.metadataUrlFromChallenge.clear();
    else if (change == QLatin1String("no metadata param"))
        in.wwwAuthenticate = R"(Bearer realm="api")", in.metadataUrlFromChallenge.clear();
    else if (change == QLatin1String("audience"))
        in.metadata.document.object[QStringLiteral("resource")] = QStringLiteral("https://api.example/");
    else if (change == QLatin1String("no servers"))
        in.metadata.document.object.remove(QStringLiteral("authorization_servers")), in.authorizationServers.clear();
    else if (change == QLatin1String("http server"))
        in.metadata.document.object[QStringLiteral("authorization_servers")] = QJsonArray{QStringLiteral("http://as.example/")};
    else if (change == QLatin1String("as mix-up"))
        in.authorizationServers.first().fetch.document.object[QStringLiteral("issuer")] = QStringLiteral("https://evil.example/");
    else if (change == QLatin1String("as 404"))
        in.authorizationServers.first().fetch = answered("https://as.example/.well-known/oauth-authorization-server", 404);
    else if (change == QLatin1String("openid fallback"))
        in.authorizationServers.first().openIdFallback = true;
    else if (change == QLatin1String("other issuer"))
        issuer = QStringLiteral("https://elsewhere.example/");
    else if (change == QLatin1String("metadata 500"))
        in.metadata = answered("https://api.example/.well-known/oauth-protected-resource/v1", 500);
    const FindingList findings = lintProtectedResource(in, issuer);
    const Finding *f = findFinding(findings, id);
    QVERIFY2(f, qPrintable(id));
    QCOMPARE(findingLevelName(f->level), level);
    QVERIFY2(f->detail.contains(detail), qPrintable(f->detail));
}

QTEST_GUILESS_MAIN(TestResourceLint)
#include "TestResourceLint.moc"
