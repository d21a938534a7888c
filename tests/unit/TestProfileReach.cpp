// profileReach: what an imported profile makes Tokenscope contact and trust (issue 19), shown before its first
// sign-in: one line per origin with every role, plain http to another computer marked, the callback URLs apart (caught,
// never loaded), the CA files as absolute paths.
#include "core/profile/Profile.h"
#include "core/profile/ProfileReach.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tokenscope;

namespace {

Profile profileOf(const QJsonObject &patch)
{
    QJsonObject json{{QStringLiteral("issuer"), QStringLiteral("https://tenant.example.com/")},
                     {QStringLiteral("clientId"), QStringLiteral("abc")},
                     {QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback")}};
    for (auto it = patch.begin(); it != patch.end(); ++it)
        json.insert(it.key(), it.value());
    const ProfileLoadResult loaded = loadProfile(QJsonDocument(json).toJson());
    if (!loaded.ok())
        qWarning() << loaded.errors;
    return loaded.profile;
}

// "origin: role; role [unencrypted]" per host, for comparing whole lists.
QStringList lines(const ProfileReach &reach)
{
    QStringList out;
    for (const ProfileHost &h : reach.hosts)
        out << h.origin + QStringLiteral(": ") + h.roles.join(QStringLiteral("; ")) + (h.unencrypted ? QStringLiteral(" [unencrypted]") : QString());
    return out;
}

} // namespace

class TestProfileReach : public QObject
{
    Q_OBJECT
private slots:
    void hosts_data();
    void hosts();
    void caFilesAreAbsolute();
    void callbacksAreListedApart();
};

void TestProfileReach::hosts_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("expected");
    const QString issuerRole = QStringLiteral("the issuer: its discovery document, and the endpoints that document names");

    QTest::newRow("the issuer only") << QJsonObject{} << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole};
    QTest::newRow("an API elsewhere")
        << QJsonObject{{QStringLiteral("apiUrl"), QStringLiteral("https://api.example.net:8443/private?x=1")}}
        << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole,
                       QStringLiteral("https://api.example.net:8443: your API, with the access token (apiUrl)")};
    QTest::newRow("an API on the issuer's host: one line, both roles")
        << QJsonObject{{QStringLiteral("apiUrl"), QStringLiteral("https://tenant.example.com/api")}}
        << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole + QStringLiteral("; your API, with the access token (apiUrl)")};
    QTest::newRow("endpoints, in the profile's order, merged by origin")
        << QJsonObject{{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("revocation"), QStringLiteral("https://tokens.example.org/revoke")},
                                                                 {QStringLiteral("token"), QStringLiteral("https://tokens.example.org/token")},
                                                                 {QStringLiteral("jwks"), QStringLiteral("https://keys.example.org/jwks")}}}}
        << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole,
                       QStringLiteral("https://tokens.example.org: the token endpoint (endpoints.token); token revocation (endpoints.revocation)"),
                       QStringLiteral("https://keys.example.org: the signing keys (endpoints.jwks)")};
    QTest::newRow("plain http to another computer is marked")
        << QJsonObject{{QStringLiteral("apiUrl"), QStringLiteral("http://api.example.net/private")}}
        << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole,
                       QStringLiteral("http://api.example.net: your API, with the access token (apiUrl) [unencrypted]")};
    QTest::newRow("plain http to this computer is not")
        << QJsonObject{{QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:3000/")},
                       {QStringLiteral("apiUrl"), QStringLiteral("http://localhost:4000/api")}}
        << QStringList{QStringLiteral("http://127.0.0.1:3000: ") + issuerRole,
                       QStringLiteral("http://localhost:4000: your API, with the access token (apiUrl)")};
    QTest::newRow("an Auth0 domain also logs out at /v2/logout")
        << QJsonObject{{QStringLiteral("issuer"), QStringLiteral("tenant.eu.auth0.com")}}
        << QStringList{QStringLiteral("https://tenant.eu.auth0.com: ") + issuerRole + QStringLiteral("; logout (Auth0's /v2/logout)")};
    QTest::newRow("user info in a URL is not shown")
        << QJsonObject{{QStringLiteral("apiUrl"), QStringLiteral("https://user:secret@api.example.net/")}}
        << QStringList{QStringLiteral("https://tenant.example.com: ") + issuerRole,
                       QStringLiteral("https://api.example.net: your API, with the access token (apiUrl)")};
}

void TestProfileReach::hosts()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, expected);
    QCOMPARE(lines(profileReach(profileOf(patch), QString())), expected);
}

void TestProfileReach::caFilesAreAbsolute()
{
    const Profile p = profileOf({{QStringLiteral("caCertificates"), QJsonArray{QStringLiteral("ca/private.pem"), QStringLiteral("/etc/ssl/other.pem"),
                                                                               QStringLiteral("../up.pem")}}});
    const ProfileReach reach = profileReach(p, QStringLiteral("/home/me/profiles/from-elsewhere.json"));
    QCOMPARE(reach.caFiles, (QStringList{QStringLiteral("/home/me/profiles/ca/private.pem"), QStringLiteral("/etc/ssl/other.pem"),
                                         QStringLiteral("/home/me/up.pem")}));
    QVERIFY(profileReach(profileOf({}), QString()).caFiles.isEmpty());
}

void TestProfileReach::callbacksAreListedApart()
{
    const Profile p = profileOf({{QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/callback")},
                                 {QStringLiteral("apiUrl"), QStringLiteral("https://app.example/api")}});
    const ProfileReach reach = profileReach(p, QString());
    QCOMPARE(reach.notFetched, QStringList{QStringLiteral("https://app.example/callback")}); // once
    // The callback's host is only contacted when the profile names it for something else (here, the API).
    QCOMPARE(reach.hosts.size(), 2);
    QCOMPARE(reach.hosts.at(1).origin, QStringLiteral("https://app.example"));
    QCOMPARE(reach.hosts.at(1).roles, QStringList{QStringLiteral("your API, with the access token (apiUrl)")});
}

QTEST_GUILESS_MAIN(TestProfileReach)
#include "TestProfileReach.moc"
