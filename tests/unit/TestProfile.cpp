#include "core/profile/Profile.h"
#include "core/http/TrustedCas.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;

namespace {

QByteArray validJson(const QJsonObject &patch = {})
{
    QJsonObject o{{QStringLiteral("name"), QStringLiteral("Demo")},
                  {QStringLiteral("issuer"), QStringLiteral("tenant.eu.auth0.com")},
                  {QStringLiteral("clientId"), QStringLiteral("abc123")},
                  {QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback")}};
    for (auto it = patch.begin(); it != patch.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson();
}

Profile validProfile()
{
    Profile p;
    p.name = QStringLiteral("Demo");
    p.issuer = QStringLiteral("https://tenant.eu.auth0.com/");
    p.clientId = QStringLiteral("abc123");
    p.redirectUri = QStringLiteral("https://app.example/callback");
    return p;
}

void setField(Profile &p, const QString &field, const QString &value)
{
    if (field == QLatin1String("issuer"))
        p.issuer = value;
    else if (field == QLatin1String("clientId"))
        p.clientId = value;
    else if (field == QLatin1String("clientSecret"))
        p.clientSecret = value;
    else if (field == QLatin1String("tokenEndpointAuth"))
        p.tokenEndpointAuth = value;
    else if (field == QLatin1String("clientKey"))
        p.clientKey = value;
    else if (field == QLatin1String("redirectUri"))
        p.redirectUri = value;
    else if (field == QLatin1String("responseType"))
        p.responseType = value;
    else if (field == QLatin1String("responseMode"))
        p.responseMode = value;
    else if (field == QLatin1String("scope"))
        p.scope = value;
    else if (field == QLatin1String("refreshScope"))
        p.refreshScope = value;
    else if (field == QLatin1String("apiUrl"))
        p.apiUrl = value;
    else if (field == QLatin1String("postLogoutRedirectUri"))
        p.postLogoutRedirectUri = value;
    else if (field == QLatin1String("expectedAlg"))
        p.expectedAlg = value;
    else if (field == QLatin1String("browser"))
        p.browser = value;
    else if (field == QLatin1String("endpoints.token"))
        p.endpoints.token = QUrl(value);
    else if (field == QLatin1String("endpoints.jwks"))
        p.endpoints.jwks = QUrl(value);
    else if (field == QLatin1String("endpoints.authorization"))
        p.endpoints.authorization = QUrl(value);
    else if (field == QLatin1String("endpoints.endSession"))
        p.endpoints.endSession = QUrl(value);
    else if (!field.isEmpty())
        qFatal("unknown field in test data: %s", qPrintable(field));
}

QStringList pairs(const QList<QPair<QString, QString>> &params)
{
    QStringList out;
    for (const auto &p : params)
        out << p.first + QLatin1Char('=') + p.second;
    return out;
}

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(" | "));
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(needle); });
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void clientKeyIsNamedNeverSaved();
    void normalizeIssuer_data();
    void normalizeIssuer();
    void loadNormalizesBareAuth0Domain();
    void discoveryUrl_data();
    void discoveryUrl();
    void effectiveResponseMode_data();
    void effectiveResponseMode();
    void effectiveTokenEndpointAuth_data();
    void effectiveTokenEndpointAuth();
    void isAuth0Domain_data();
    void isAuth0Domain();
    void responseTypeHelpers_data();
    void responseTypeHelpers();
    void loadContractExample();
    void defaultsWhenAbsent();
    void extraParamsOrder_data();
    void extraParamsOrder();
    void unknownKeysRoundTrip();
    void secretNeverSaved();
    void saveLoadRoundTrip();
    void savedFileIsPrettyAndOrdered();
    void hostileInput_data();
    void hostileInput();
    void deepButAllowedNestingIsKept();
    void byteOrderMarkAccepted();
    void typeErrorReportedOnce();
    void loadWarnings_data();
    void loadWarnings();
    void missingSecretIsOnlyAWarningOnLoad();
    void validateProfile_data();
    void validateProfile();
    void loadIncludesValidation();
    void extraParamLookup();
    void requestProtection_data();
    void requestProtection();
    void browserRoundTrip();
    void caCertificates_data();
    void caCertificates();
    void caCertificateFilesAreRelativeToTheProfile();
    void systemBrowserRules_data();
    void systemBrowserRules();
    void loopbackIpRedirectUri_data();
    void loopbackIpRedirectUri();
};

void TestProfile::normalizeIssuer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("auth0 eu bare") << "tenant.eu.auth0.com" << "https://tenant.eu.auth0.com/";
    QTest::newRow("auth0 us bare") << "tenant.auth0.com" << "https://tenant.auth0.com/";
    QTest::newRow("auth0 au bare") << "tenant.au.auth0.com" << "https://tenant.au.auth0.com/";
    QTest::newRow("auth0 jp bare") << "tenant.jp.auth0.com" << "https://tenant.jp.auth0.com/";
    QTest::newRow("bare with slash") << "tenant.auth0.com/" << "https://tenant.auth0.com/";
    QTest::newRow("bare upper case host") << "Tenant.EU.Auth0.com" << "https://tenant.eu.auth0.com/";
    QTest::newRow("bare with spaces") << "  tenant.eu.auth0.com \n" << "https://tenant.eu.auth0.com/";
    QTest::newRow("bare with port") << "localhost:3999" << "https://localhost:3999/";
    QTest::newRow("bare with path") << "login.example.com/realms/demo" << "https://login.example.com/realms/demo";
    QTest::newRow("https url kept") << "https://tenant.eu.auth0.com/" << "https://tenant.eu.auth0.com/";
    QTest::newRow("url without slash kept") << "https://tenant.eu.auth0.com" << "https://tenant.eu.auth0.com";
    QTest::newRow("http loopback kept") << "http://127.0.0.1:3999/" << "http://127.0.0.1:3999/";
    QTest::newRow("url with path kept") << "https://login.example.com/realms/demo" << "https://login.example.com/realms/demo";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("blank") << "   " << "";
}

void TestProfile::normalizeIssuer()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(tokenscope::normalizeIssuer(input), expected);
}

void TestProfile::loadNormalizesBareAuth0Domain()
{
    const ProfileLoadResult r = loadProfile(validJson());
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.issuer, QStringLiteral("https://tenant.eu.auth0.com/"));
    QVERIFY(r.profile.isAuth0Domain());
    QCOMPARE(r.profile.discoveryUrl(), QUrl(QStringLiteral("https://tenant.eu.auth0.com/.well-known/openid-configuration")));
}

void TestProfile::discoveryUrl_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing slash") << "https://tenant.eu.auth0.com/" << "https://tenant.eu.auth0.com/.well-known/openid-configuration";
    QTest::newRow("no trailing slash") << "https://tenant.eu.auth0.com" << "https://tenant.eu.auth0.com/.well-known/openid-configuration";
    QTest::newRow("bare domain") << "tenant.auth0.com" << "https://tenant.auth0.com/.well-known/openid-configuration";
    QTest::newRow("path") << "https://login.example.com/realms/demo" << "https://login.example.com/realms/demo/.well-known/openid-configuration";
    QTest::newRow("path with slash") << "https://login.example.com/realms/demo/" << "https://login.example.com/realms/demo/.well-known/openid-configuration";
    QTest::newRow("loopback port") << "http://127.0.0.1:3999/" << "http://127.0.0.1:3999/.well-known/openid-configuration";
    QTest::newRow("empty") << "" << "";
}

void TestProfile::discoveryUrl()
{
    QFETCH(QString, issuer);
    QFETCH(QString, expected);
    Profile p;
    p.issuer = issuer;
    QCOMPARE(p.discoveryUrl().toString(QUrl::FullyEncoded), expected);
}

void TestProfile::effectiveResponseMode_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code") << "code" << "" << "query";
    QTest::newRow("id_token") << "id_token" << "" << "fragment";
    QTest::newRow("token") << "token" << "" << "fragment";
    QTest::newRow("id_token token") << "id_token token" << "" << "fragment";
    QTest::newRow("code id_token") << "code id_token" << "" << "fragment";
    QTest::newRow("code token") << "code token" << "" << "fragment";
    QTest::newRow("code id_token token") << "code id_token token" << "" << "fragment";
    QTest::newRow("code form_post") << "code" << "form_post" << "form_post";
    QTest::newRow("hybrid form_post") << "code id_token" << "form_post" << "form_post";
    QTest::newRow("code explicit fragment") << "code" << "fragment" << "fragment";
}

void TestProfile::effectiveResponseMode()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QString, expected);
    Profile p;
    p.responseType = responseType;
    p.responseMode = responseMode;
    QCOMPARE(p.effectiveResponseMode(), expected);
}

void TestProfile::effectiveTokenEndpointAuth_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default without secret") << "" << "" << "none";
    QTest::newRow("default with secret") << "" << "s3cret" << "client_secret_basic";
    QTest::newRow("explicit post") << "client_secret_post" << "s3cret" << "client_secret_post";
    QTest::newRow("explicit none with secret") << "none" << "s3cret" << "none";
}

void TestProfile::effectiveTokenEndpointAuth()
{
    QFETCH(QString, configured);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    Profile p;
    p.tokenEndpointAuth = configured;
    p.clientSecret = secret;
    QCOMPARE(p.effectiveTokenEndpointAuth(), expected);
}

void TestProfile::isAuth0Domain_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<bool>("expected");
    QTest::newRow("us") << "https://tenant.auth0.com/" << true;
    QTest::newRow("eu") << "https://tenant.eu.auth0.com/" << true;
    QTest::newRow("au") << "https://tenant.au.auth0.com/" << true;
    QTest::newRow("jp") << "https://tenant.jp.auth0.com/" << true;
    QTest::newRow("bare") << "tenant.eu.auth0.com" << true;
    QTest::newRow("upper case") << "https://TENANT.EU.AUTH0.COM/" << true;
    QTest::newRow("custom domain") << "https://login.example.com/" << false;
    QTest::newRow("lookalike") << "https://tenant.auth0.com.evil.example/" << false;
    QTest::newRow("suffix without dot") << "https://evilauth0.com/" << false;
    QTest::newRow("loopback") << "http://127.0.0.1:3999/" << false;
    QTest::newRow("empty") << "" << false;
}

void TestProfile::isAuth0Domain()
{
    QFETCH(QString, issuer);
    QFETCH(bool, expected);
    Profile p;
    p.issuer = issuer;
    QCOMPARE(p.isAuth0Domain(), expected);
}

void TestProfile::responseTypeHelpers_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<bool>("hasCode");
    QTest::addColumn<bool>("hasIdToken");
    QTest::addColumn<bool>("hasToken");
    QTest::newRow("code") << "code" << true << false << false;
    QTest::newRow("id_token has no token") << "id_token" << false << true << false;
    QTest::newRow("token") << "token" << false << false << true;
    QTest::newRow("hybrid all") << "code id_token token" << true << true << true;
    QTest::newRow("any order") << "token code" << true << false << true;
    QTest::newRow("extra spaces") << "  code   id_token " << true << true << false;
}

void TestProfile::responseTypeHelpers()
{
    QFETCH(QString, responseType);
    QFETCH(bool, hasCode);
    QFETCH(bool, hasIdToken);
    QFETCH(bool, hasToken);
    QCOMPARE(responseTypeHas(responseType, QStringLiteral("code")), hasCode);
    QCOMPARE(responseTypeHas(responseType, QStringLiteral("id_token")), hasIdToken);
    QCOMPARE(responseTypeHas(responseType, QStringLiteral("token")), hasToken);
    QVERIFY(sameResponseType(QStringLiteral("id_token code"), QStringLiteral("code id_token")));
    QVERIFY(!sameResponseType(QStringLiteral("code code"), QStringLiteral("code code")));
    QVERIFY(!sameResponseType(QStringLiteral("code"), QStringLiteral("code id_token")));
}

void TestProfile::loadContractExample()
{
    const QByteArray json = R"({
  "name": "Local demo tenant",
  "issuer": "http://127.0.0.1:3999/",
  "clientId": "hybrid-app",
  "clientSecret": "s3cr3t",
  "tokenEndpointAuth": "client_secret_post",
  "redirectUri": "https://app.example/callback",
  "responseType": "code id_token token",
  "responseMode": "form_post",
  "scope": "openid profile email offline_access",
  "audience": "https://api.example/",
  "pkce": false,
  "extraParams": { "connection": "github", "prompt": "login" },
  "apiUrl": "http://127.0.0.1:4000/api/private",
  "postLogoutRedirectUri": "https://app.example/",
  "expectedAlg": "RS256",
  "endpoints": { "token": "http://127.0.0.1:3999/oauth/token", "jwks": "http://127.0.0.1:3999/jwks" }
})";
    const ProfileLoadResult r = loadProfile(json);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    const Profile &p = r.profile;
    QCOMPARE(p.name, QStringLiteral("Local demo tenant"));
    QCOMPARE(p.issuer, QStringLiteral("http://127.0.0.1:3999/"));
    QCOMPARE(p.clientId, QStringLiteral("hybrid-app"));
    QCOMPARE(p.clientSecret, QStringLiteral("s3cr3t"));
    QCOMPARE(p.tokenEndpointAuth, QStringLiteral("client_secret_post"));
    QCOMPARE(p.redirectUri, QStringLiteral("https://app.example/callback"));
    QCOMPARE(p.responseType, QStringLiteral("code id_token token"));
    QCOMPARE(p.responseMode, QStringLiteral("form_post"));
    QCOMPARE(p.scope, QStringLiteral("openid profile email offline_access"));
    QCOMPARE(p.audience, QStringLiteral("https://api.example/"));
    QCOMPARE(p.pkce, false);
    QCOMPARE(pairs(p.extraParams), (QStringList{QStringLiteral("connection=github"), QStringLiteral("prompt=login")}));
    QCOMPARE(p.apiUrl, QStringLiteral("http://127.0.0.1:4000/api/private"));
    QCOMPARE(p.postLogoutRedirectUri, QStringLiteral("https://app.example/"));
    QCOMPARE(p.expectedAlg, QStringLiteral("RS256"));
    QCOMPARE(p.endpoints.token, QUrl(QStringLiteral("http://127.0.0.1:3999/oauth/token")));
    QCOMPARE(p.endpoints.jwks, QUrl(QStringLiteral("http://127.0.0.1:3999/jwks")));
    QVERIFY(p.endpoints.authorization.isEmpty());
    QVERIFY(p.unknownKeys.isEmpty());
    QVERIFY(anyContains(r.warnings, QStringLiteral("clientSecret")));
}

void TestProfile::defaultsWhenAbsent()
{
    const ProfileLoadResult r = loadProfile(validJson());
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.responseType, QStringLiteral("code"));
    QCOMPARE(r.profile.scope, QStringLiteral("openid profile email"));
    QCOMPARE(r.profile.pkce, true);
    QVERIFY(r.profile.responseMode.isEmpty());
    QVERIFY(r.profile.tokenEndpointAuth.isEmpty());
    QCOMPARE(r.profile.effectiveTokenEndpointAuth(), QStringLiteral("none"));
    QVERIFY(r.profile.browser.isEmpty());
    QVERIFY(!r.profile.usesSystemBrowser());
    QVERIFY(r.warnings.isEmpty());
}

void TestProfile::extraParamsOrder_data()
{
    QTest::addColumn<QByteArray>("extraParams");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("file order, not alphabetical")
        << QByteArray(R"({"prompt":"login","connection":"github","max_age":3600,"acr_values":"x"})")
        << QStringList{"prompt=login", "connection=github", "max_age=3600", "acr_values=x"};
    QTest::newRow("reverse alphabetical")
        << QByteArray(R"({"z":"1","y":"2","x":"3"})") << QStringList{"z=1", "y=2", "x=3"};
    QTest::newRow("numbers") << QByteArray(R"({"max_age":0,"n":-5,"f":1.5,"big":1e3})")
                             << QStringList{"max_age=0", "n=-5", "f=1.5", "big=1000"};
    QTest::newRow("escaped keys and nested values skipped correctly")
        << QByteArray(R"({"a\"b":"q\"uote","ui_locales":"fr-CA en","login_hint":"a+b@example.com"})")
        << QStringList{"a\"b=q\"uote", "ui_locales=fr-CA en", "login_hint=a+b@example.com"};
    QTest::newRow("unicode key") << QByteArray(R"({"\u00e9t\u00e9":"x","organization":"org_1"})")
                                 << QStringList{QStringLiteral("été=x"), "organization=org_1"};
    QTest::newRow("empty object") << QByteArray("{}") << QStringList{};
    QTest::newRow("duplicate keeps first position, last value")
        << QByteArray(R"({"prompt":"login","connection":"github","prompt":"none"})")
        << QStringList{"prompt=none", "connection=github"};
    // Found by scripts/fuzz (profile): a raw NUL and a byte order mark inside a key. Saved, the NUL becomes \u0000,
    // and the reload lost the BOM after it (the key no longer matched and moved to the end).
    QTest::newRow("raw NUL and BOM in a key")
        << QByteArray("{\"s\":\"x\",\"pr\0\xef\xbb\xbfompt\":\"none\",\"prompt\":\"login\"}", 46)
        << QStringList{"s=x", QStringLiteral("pr\0\uFEFFompt=none"), "prompt=login"};
}

void TestProfile::extraParamsOrder()
{
    QFETCH(QByteArray, extraParams);
    QFETCH(QStringList, expected);
    // Put a decoy "extraParams" inside an unknown key first: only the top-level member counts.
    const QByteArray json = "{\"x-note\": {\"extraParams\": {\"decoy\": \"1\"}}, \"issuer\": \"tenant.auth0.com\", "
                            "\"clientId\": \"c\", \"redirectUri\": \"https://app.example/cb\", \"extraParams\": "
                            + extraParams + "}";
    const ProfileLoadResult r = loadProfile(json);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(pairs(r.profile.extraParams), expected);

    // The order survives a save and a reload.
    const ProfileLoadResult again = loadProfile(saveProfile(r.profile));
    QVERIFY2(again.ok(), qPrintable(joined(again.errors)));
    QCOMPARE(pairs(again.profile.extraParams), expected);
}

void TestProfile::unknownKeysRoundTrip()
{
    const QByteArray json = R"({
        "issuer": "tenant.auth0.com", "clientId": "c", "redirectUri": "https://app.example/cb",
        "zeta": 1, "alpha": "text", "nested": {"a": [1, 2, {"b": null}], "c": true}, "list": ["x", 2.5],
        "endpoints": {"token": "https://tenant.auth0.com/oauth/token", "mtls": "https://mtls.example/token"}
    })";
    const ProfileLoadResult r = loadProfile(json);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.unknownKeys.size(), 4);
    QCOMPARE(r.profile.unknownKeys.value(QStringLiteral("zeta")).toInt(), 1);
    QCOMPARE(r.profile.unknownEndpointKeys.value(QStringLiteral("mtls")).toString(), QStringLiteral("https://mtls.example/token"));

    const QByteArray saved = saveProfile(r.profile);
    const QJsonObject savedObject = QJsonDocument::fromJson(saved).object();
    const QJsonObject original = QJsonDocument::fromJson(json).object();
    for (const QString &key : {QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("nested"), QStringLiteral("list")})
        QCOMPARE(savedObject.value(key), original.value(key));
    QCOMPARE(savedObject.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("mtls")).toString(),
             QStringLiteral("https://mtls.example/token"));

    const ProfileLoadResult again = loadProfile(saved);
    QVERIFY2(again.ok(), qPrintable(joined(again.errors)));
    QCOMPARE(again.profile.unknownKeys, r.profile.unknownKeys);
    QCOMPARE(again.profile.unknownEndpointKeys, r.profile.unknownEndpointKeys);
    QCOMPARE(saveProfile(again.profile), saved); // stable
}

void TestProfile::secretNeverSaved()
{
    const QString secret = QStringLiteral("SUPER-secret-value-123");
    ProfileLoadResult r = loadProfile(validJson({{QStringLiteral("clientSecret"), secret}}));
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.clientSecret, secret);

    Profile p = r.profile;
    p.tokenEndpointAuth = QStringLiteral("client_secret_post");
    // Even a clientSecret smuggled into the unknown keys is not written.
    p.unknownKeys.insert(QStringLiteral("clientSecret"), secret);
    const QByteArray saved = saveProfile(p);
    QVERIFY(!saved.contains(secret.toUtf8()));
    QVERIFY(!saved.contains("clientSecret"));
    QVERIFY(!QJsonDocument::fromJson(saved).object().contains(QStringLiteral("clientSecret")));

    const ProfileLoadResult again = loadProfile(saved);
    QVERIFY2(again.ok(), qPrintable(joined(again.errors))); // secret missing is only a warning
    QVERIFY(again.profile.clientSecret.isEmpty());
    QCOMPARE(again.profile.tokenEndpointAuth, QStringLiteral("client_secret_post"));
}

void TestProfile::saveLoadRoundTrip()
{
    Profile p = validProfile();
    p.name = QStringLiteral("Ünïcode \"quoted\" name\n");
    p.tokenEndpointAuth = QStringLiteral("client_secret_basic");
    p.clientSecret = QStringLiteral("x");
    p.responseType = QStringLiteral("code id_token");
    p.responseMode = QStringLiteral("form_post");
    p.scope = QStringLiteral("openid profile read:tests offline_access");
    p.audience = QStringLiteral("https://my-api.com");
    p.refreshScope = QStringLiteral("openid offline_access");
    p.pkce = false;
    p.extraParams = {{QStringLiteral("prompt"), QStringLiteral("login")},
                     {QStringLiteral("max_age"), QStringLiteral("600")},
                     {QStringLiteral("login_hint"), QStringLiteral("user@example.com")}};
    p.apiUrl = QStringLiteral("https://myapi.com/api");
    p.postLogoutRedirectUri = QStringLiteral("https://app.example/");
    p.expectedAlg = QStringLiteral("HS256");
    p.endpoints.authorization = QUrl(QStringLiteral("https://tenant.eu.auth0.com/authorize"));
    p.endpoints.revocation = QUrl(QStringLiteral("https://tenant.eu.auth0.com/oauth/revoke"));

    const QByteArray saved = saveProfile(p);
    QVERIFY(saved.contains("\"max_age\": 600")); // written as the number it stands for
    const ProfileLoadResult r = loadProfile(saved);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    const Profile &q = r.profile;
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.issuer, p.issuer);
    QCOMPARE(q.clientId, p.clientId);
    QVERIFY(q.clientSecret.isEmpty());
    QCOMPARE(q.tokenEndpointAuth, p.tokenEndpointAuth);
    QCOMPARE(q.redirectUri, p.redirectUri);
    QCOMPARE(q.responseType, p.responseType);
    QCOMPARE(q.responseMode, p.responseMode);
    QCOMPARE(q.scope, p.scope);
    QCOMPARE(q.audience, p.audience);
    QCOMPARE(q.refreshScope, p.refreshScope);
    QCOMPARE(q.pkce, p.pkce);
    QCOMPARE(q.extraParams, p.extraParams);
    QCOMPARE(q.apiUrl, p.apiUrl);
    QCOMPARE(q.postLogoutRedirectUri, p.postLogoutRedirectUri);
    QCOMPARE(q.expectedAlg, p.expectedAlg);
    QCOMPARE(q.endpoints, p.endpoints);
}

void TestProfile::savedFileIsPrettyAndOrdered()
{
    Profile p = validProfile();
    p.extraParams = {{QStringLiteral("prompt"), QStringLiteral("login")}, {QStringLiteral("connection"), QStringLiteral("github")}};
    const QByteArray saved = saveProfile(p);
    QVERIFY(saved.startsWith("{\n    \"name\": \"Demo\",\n    \"issuer\""));
    QVERIFY(saved.endsWith("}\n"));
    QVERIFY(saved.indexOf("\"prompt\"") < saved.indexOf("\"connection\""));
    QJsonParseError error{};
    QJsonDocument::fromJson(saved, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestProfile::hostileInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << "empty";
    QTest::newRow("not json") << QByteArray("issuer=tenant.auth0.com") << "not valid JSON";
    QTest::newRow("truncated") << QByteArray(R"({"issuer": "tenant.auth0.com", "clientId": )") << "not valid JSON";
    QTest::newRow("trailing garbage") << QByteArray(R"({"issuer": "x"} trailing)") << "not valid JSON";
    QTest::newRow("array") << QByteArray(R"([{"issuer": "tenant.auth0.com"}])") << "must be a JSON object";
    QTest::newRow("string") << QByteArray(R"("tenant.auth0.com")") << "JSON";
    QTest::newRow("number") << QByteArray("42") << "JSON";
    QTest::newRow("null") << QByteArray("null") << "JSON";
    QTest::newRow("clientId number") << validJson({{QStringLiteral("clientId"), 12345}})
                                     << "\"clientId\" must be a string (in double quotes), not a number";
    QTest::newRow("issuer object") << validJson({{QStringLiteral("issuer"), QJsonObject{{QStringLiteral("a"), 1}}}})
                                   << "\"issuer\" must be a string (in double quotes), not an object";
    QTest::newRow("redirectUri array") << validJson({{QStringLiteral("redirectUri"), QJsonArray{QStringLiteral("https://a/")}}})
                                       << "\"redirectUri\" must be a string (in double quotes), not an array";
    QTest::newRow("scope bool") << validJson({{QStringLiteral("scope"), true}}) << "\"scope\" must be a string";
    QTest::newRow("pkce string") << validJson({{QStringLiteral("pkce"), QStringLiteral("yes")}})
                                 << "\"pkce\" must be true or false (without quotes), not a string";
    QTest::newRow("pkce number") << validJson({{QStringLiteral("pkce"), 1}}) << "\"pkce\" must be true or false";
    QTest::newRow("extraParams array") << validJson({{QStringLiteral("extraParams"), QJsonArray{QStringLiteral("prompt=login")}}})
                                       << "\"extraParams\" must be an object";
    QTest::newRow("extraParams value object")
        << validJson({{QStringLiteral("extraParams"), QJsonObject{{QStringLiteral("prompt"), QJsonObject{}}}}})
        << "\"extraParams.prompt\" must be a string or a number, not an object";
    QTest::newRow("extraParams value bool")
        << validJson({{QStringLiteral("extraParams"), QJsonObject{{QStringLiteral("prompt"), true}}}})
        << "\"extraParams.prompt\" must be a string or a number";
    QTest::newRow("extraParams empty name")
        << validJson({{QStringLiteral("extraParams"), QJsonObject{{QString(), QStringLiteral("x")}}}})
        << "empty name";
    QTest::newRow("endpoints string") << validJson({{QStringLiteral("endpoints"), QStringLiteral("https://a/")}})
                                      << "\"endpoints\" must be an object";
    QTest::newRow("endpoint number") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("token"), 5}}}})
                                     << "\"endpoints.token\" must be a string";
    QTest::newRow("endpoint relative") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("token"), QStringLiteral("/oauth/token")}}}})
                                       << "\"endpoints.token\" \"/oauth/token\" is not an absolute http(s) URL";
    QTest::newRow("redirect not a URL") << validJson({{QStringLiteral("redirectUri"), QStringLiteral("callback")}})
                                        << "\"redirectUri\" is not an absolute URL";
    // Issue 19: a profile file from elsewhere can never make a local file an endpoint, the API or the callback.
    QTest::newRow("endpoint file") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("jwks"), QStringLiteral("file:///etc/passwd")}}}})
                                   << "\"endpoints.jwks\" \"file:///etc/passwd\" is not an absolute http(s) URL";
    QTest::newRow("endpoint qrc") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("token"), QStringLiteral("qrc:/token")}}}})
                                  << "\"endpoints.token\" \"qrc:/token\" is not an absolute http(s) URL";
    QTest::newRow("endpoint data") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("userinfo"), QStringLiteral("data:,{}")}}}})
                                   << "\"endpoints.userinfo\" \"data:,{}\" is not an absolute http(s) URL";
    QTest::newRow("issuer file") << validJson({{QStringLiteral("issuer"), QStringLiteral("file:///etc/")}}) << "\"issuer\" must be an https URL, not a file: URL";
    QTest::newRow("apiUrl file") << validJson({{QStringLiteral("apiUrl"), QStringLiteral("file:///home/me/.ssh/id_rsa")}})
                                 << "\"apiUrl\" \"file:///home/me/.ssh/id_rsa\" is not an absolute http(s) URL";
    QTest::newRow("redirect file") << validJson({{QStringLiteral("redirectUri"), QStringLiteral("file:///tmp/cb.html")}})
                                   << "\"redirectUri\" must not be a file: URL";
    QTest::newRow("logout data") << validJson({{QStringLiteral("postLogoutRedirectUri"), QStringLiteral("data:text/html,bye")}})
                                 << "\"postLogoutRedirectUri\" must not be a data: URL";
    QTest::newRow("non-UTF-8 string") << QByteArray("{\"issuer\": \"tenant.auth0.com\", \"name\": \"\xff\xfe\"}") << "not valid JSON";
    QTest::newRow("non-UTF-8 key") << QByteArray("{\"\xc3\x28\": 1}") << "not valid JSON";
    QTest::newRow("NUL byte") << QByteArray(QByteArray("{\"clientId\": \"a") + '\0' + QByteArray("b\"}")) << "\"clientId\" contains control characters";
    QTest::newRow("escaped line break in clientId") << validJson({{QStringLiteral("clientId"), QStringLiteral("abc\n123")}})
                                                    << "\"clientId\" contains control characters";
    QTest::newRow("2 MiB") << QByteArray("{\"name\": \"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}") << "larger than 1 MiB";
    QTest::newRow("just over 1 MiB") << QByteArray(MaxProfileBytes + 1, ' ') << "larger than 1 MiB";
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << "not valid JSON";
    {
        QByteArray deep = "{\"issuer\": \"tenant.auth0.com\", \"x\": ";
        for (int i = 0; i < 5000; ++i)
            deep += "{\"a\":";
        deep += "1";
        deep += QByteArray(5000, '}');
        deep += "}";
        QTest::newRow("deep objects in unknown key") << deep << "not valid JSON";
    }
    QTest::newRow("huge number") << QByteArray(R"({"issuer": 1e999})") << "not valid JSON";
}

void TestProfile::hostileInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedError);
    const ProfileLoadResult r = loadProfile(input);
    QVERIFY(!r.ok());
    QVERIFY2(anyContains(r.errors, expectedError), qPrintable(joined(r.errors)));
    for (const QString &error : r.errors)
        QVERIFY2(error.size() < 600, qPrintable(error.left(100))); // never echo megabytes back
}

void TestProfile::deepButAllowedNestingIsKept()
{
    QByteArray deep = "{\"issuer\": \"tenant.auth0.com\", \"clientId\": \"c\", \"redirectUri\": \"https://a.example/cb\", \"x\": ";
    for (int i = 0; i < 200; ++i)
        deep += "[";
    deep += "1";
    deep += QByteArray(200, ']');
    deep += ", \"extraParams\": {\"b\": \"1\", \"a\": \"2\"}}";
    const ProfileLoadResult r = loadProfile(deep);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(pairs(r.profile.extraParams), (QStringList{QStringLiteral("b=1"), QStringLiteral("a=2")}));
    const ProfileLoadResult again = loadProfile(saveProfile(r.profile));
    QVERIFY2(again.ok(), qPrintable(joined(again.errors)));
    QCOMPARE(again.profile.unknownKeys, r.profile.unknownKeys);
}

void TestProfile::byteOrderMarkAccepted()
{
    const ProfileLoadResult r = loadProfile("\xEF\xBB\xBF" + validJson());
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.clientId, QStringLiteral("abc123"));
}

void TestProfile::typeErrorReportedOnce()
{
    const ProfileLoadResult r = loadProfile(validJson({{QStringLiteral("clientId"), 42}}));
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().contains(QStringLiteral("\"clientId\"")));
}

void TestProfile::loadWarnings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expectedWarning");
    QTest::newRow("secret in file") << validJson({{QStringLiteral("clientSecret"), QStringLiteral("x")}}) << "plain text";
    QTest::newRow("whitespace trimmed") << validJson({{QStringLiteral("clientId"), QStringLiteral(" abc123\n")}})
                                        << "\"clientId\" had spaces";
    QTest::newRow("typo case") << validJson({{QStringLiteral("clientID"), QStringLiteral("x")}}) << "did you mean \"clientId\"";
    QTest::newRow("typo snake") << validJson({{QStringLiteral("redirect_uri"), QStringLiteral("x")}}) << "did you mean \"redirectUri\"";
    QTest::newRow("alias domain") << validJson({{QStringLiteral("domain"), QStringLiteral("x")}}) << "did you mean \"issuer\"";
    QTest::newRow("auth0 without slash") << validJson({{QStringLiteral("issuer"), QStringLiteral("https://tenant.eu.auth0.com")}})
                                         << "no trailing slash";
    QTest::newRow("http remote issuer") << validJson({{QStringLiteral("issuer"), QStringLiteral("http://login.example.com/")}})
                                        << "uses http";
    QTest::newRow("reserved extra param")
        << validJson({{QStringLiteral("extraParams"), QJsonObject{{QStringLiteral("state"), QStringLiteral("fixed")}}}})
        << "\"extraParams.state\" is ignored";
    QTest::newRow("unknown endpoint") << validJson({{QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("par"), QStringLiteral("https://a/par")}}}})
                                      << "\"endpoints.par\" is not a known endpoint";
    QTest::newRow("duplicate key") << QByteArray(R"({"issuer": "a.auth0.com", "clientId": "x", "clientId": "y", "redirectUri": "https://a/cb"})")
                                   << "\"clientId\" appears more than once";
}

void TestProfile::loadWarnings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expectedWarning);
    const ProfileLoadResult r = loadProfile(input);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QVERIFY2(anyContains(r.warnings, expectedWarning), qPrintable(joined(r.warnings)));
}

void TestProfile::missingSecretIsOnlyAWarningOnLoad()
{
    const ProfileLoadResult r = loadProfile(validJson({{QStringLiteral("tokenEndpointAuth"), QStringLiteral("client_secret_basic")}}));
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QVERIFY(anyContains(r.warnings, QStringLiteral("\"clientSecret\" is missing")));
    QVERIFY(anyContains(tokenscope::validateProfile(r.profile), QStringLiteral("\"clientSecret\" is missing")));
}

void TestProfile::validateProfile_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // "" = no problem

    QTest::newRow("valid") << "" << "" << "";
    QTest::newRow("issuer missing") << "issuer" << "" << "\"issuer\" is missing";
    QTest::newRow("issuer ftp") << "issuer" << "ftp://tenant.example/" << "\"issuer\" must be an https URL";
    QTest::newRow("issuer query") << "issuer" << "https://tenant.example/?x=1" << "must not have a query or fragment";
    QTest::newRow("issuer loopback http ok") << "issuer" << "http://127.0.0.1:3999/" << "";
    QTest::newRow("clientId missing") << "clientId" << "" << "\"clientId\" is missing";
    QTest::newRow("redirect missing") << "redirectUri" << "" << "\"redirectUri\" is missing";
    QTest::newRow("redirect relative") << "redirectUri" << "/callback" << "\"redirectUri\" is not an absolute URL";
    QTest::newRow("redirect no host") << "redirectUri" << "https:///callback" << "\"redirectUri\" is not an absolute URL";
    QTest::newRow("redirect fragment") << "redirectUri" << "https://app.example/cb#x" << "must not contain a fragment";
    QTest::newRow("redirect custom scheme") << "redirectUri" << "com.tokenscope.demo://callback" << "";
    QTest::newRow("redirect custom scheme path") << "redirectUri" << "com.myapi://myapi.com/callback" << "";
    QTest::newRow("redirect loopback") << "redirectUri" << "http://127.0.0.1:8123/callback" << "";
    QTest::newRow("response type unknown") << "responseType" << "code id_token refresh" << "is not a valid response type";
    QTest::newRow("response type empty") << "responseType" << "" << "is not a valid response type";
    QTest::newRow("response type repeated") << "responseType" << "code code" << "is not a valid response type";
    QTest::newRow("response type any order") << "responseType" << "id_token code" << "";
    QTest::newRow("response mode unknown") << "responseMode" << "web_message" << "\"responseMode\" \"web_message\" is not supported";
    QTest::newRow("query mode code ok") << "responseMode" << "query" << "";
    QTest::newRow("form_post ok") << "responseMode" << "form_post" << "";
    QTest::newRow("scope without openid for code ok") << "scope" << "profile email" << "";
    QTest::newRow("refresh scope narrower ok") << "refreshScope" << "openid email" << "";
    QTest::newRow("refresh scope same ok") << "refreshScope" << "openid profile email" << "";
    QTest::newRow("refresh scope wider") << "refreshScope" << "openid offline_access read:tests"
                                         << "\"refreshScope\" can only narrow the scope (RFC 6749 6): offline_access read:tests";
    QTest::newRow("tokenEndpointAuth unknown") << "tokenEndpointAuth" << "client_secret_magic" << "\"tokenEndpointAuth\" \"client_secret_magic\" is not supported";
    QTest::newRow("tls_client_auth without a certificate") << "tokenEndpointAuth" << "tls_client_auth" << "\"clientCertificate\" and \"clientCertificateKey\" are needed";
    QTest::newRow("private_key_jwt without a key") << "tokenEndpointAuth" << "private_key_jwt" << "\"clientKey\" is missing";
    QTest::newRow("client_secret_jwt without a secret") << "tokenEndpointAuth" << "client_secret_jwt" << "\"clientSecret\" is missing";
    QTest::newRow("clientKey with another method") << "clientKey" << "key.pem" << "only used by private_key_jwt";
    QTest::newRow("secret auth without secret") << "tokenEndpointAuth" << "client_secret_post" << "\"clientSecret\" is missing";
    QTest::newRow("none auth fine") << "tokenEndpointAuth" << "none" << "";
    QTest::newRow("apiUrl relative") << "apiUrl" << "api/private" << "\"apiUrl\" \"api/private\" is not an absolute http(s) URL";
    QTest::newRow("apiUrl ok") << "apiUrl" << "http://127.0.0.1:4000/api/private" << "";
    QTest::newRow("logout relative") << "postLogoutRedirectUri" << "/bye" << "\"postLogoutRedirectUri\"";
    QTest::newRow("alg none") << "expectedAlg" << "none" << "\"expectedAlg\" must not be none";
    QTest::newRow("alg unknown") << "expectedAlg" << "rs256" << "\"expectedAlg\" \"rs256\"";
    QTest::newRow("alg ok") << "expectedAlg" << "ES256" << "";
    QTest::newRow("endpoint ftp") << "endpoints.token" << "ftp://x/token" << "\"endpoints.token\"";
    // Issue 19: a profile can never name a local file (or the browser's own content) as an endpoint or callback.
    QTest::newRow("issuer file") << "issuer" << "file:///etc/" << "\"issuer\" must be an https URL, not a file: URL";
    QTest::newRow("issuer qrc") << "issuer" << "qrc:/tenant/" << "\"issuer\" must be an https URL, not a qrc: URL";
    QTest::newRow("apiUrl file") << "apiUrl" << "file:///etc/passwd" << "\"apiUrl\" \"file:///etc/passwd\" is not an absolute http(s) URL";
    QTest::newRow("apiUrl data") << "apiUrl" << "data:application/json,{}" << "\"apiUrl\" \"data:application/json,{}\" is not an absolute http(s) URL";
    QTest::newRow("endpoint jwks file") << "endpoints.jwks" << "file:///etc/jwks.json" << "\"endpoints.jwks\" \"file:///etc/jwks.json\" is not an absolute http(s) URL";
    QTest::newRow("endpoint authorization qrc") << "endpoints.authorization" << "qrc:/login.html" << "\"endpoints.authorization\"";
    QTest::newRow("endpoint endSession data") << "endpoints.endSession" << "data:text/html,bye" << "\"endpoints.endSession\"";
    QTest::newRow("endpoint token file without slashes") << "endpoints.token" << "file:token" << "\"endpoints.token\"";
    QTest::newRow("redirect file") << "redirectUri" << "file:///tmp/callback.html" << "\"redirectUri\" must not be a file: URL";
    QTest::newRow("redirect data") << "redirectUri" << "data:text/html,cb" << "\"redirectUri\" must not be a data: URL";
    QTest::newRow("redirect javascript") << "redirectUri" << "javascript:alert(1)" << "\"redirectUri\" must not be a javascript: URL";
    QTest::newRow("redirect qrc, upper case") << "redirectUri" << "QRC:/callback" << "\"redirectUri\" must not be a qrc: URL";
    QTest::newRow("logout file") << "postLogoutRedirectUri" << "file:///tmp/bye.html" << "\"postLogoutRedirectUri\" must not be a file: URL";
    QTest::newRow("logout javascript") << "postLogoutRedirectUri" << "javascript:void(0)" << "\"postLogoutRedirectUri\" must not be a javascript: URL";
    QTest::newRow("logout custom scheme ok") << "postLogoutRedirectUri" << "com.example.app://bye" << "";
    QTest::newRow("browser embedded") << "browser" << "embedded" << "";
    QTest::newRow("browser unknown") << "browser" << "firefox" << "\"browser\" \"firefox\" is not supported";
    QTest::newRow("system browser needs a loopback redirect") << "browser" << "system" << "\"redirectUri\" must be a loopback URL";
}

void TestProfile::validateProfile()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Profile p = validProfile();
    setField(p, field, value);
    const QStringList problems = tokenscope::validateProfile(p);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    } else {
        QVERIFY2(anyContains(problems, expected), qPrintable(joined(problems)));
        for (const QString &problem : problems)
            QVERIFY2(problem.startsWith(QLatin1Char('"')), qPrintable(problem)); // names the field first
    }
}

void TestProfile::loadIncludesValidation()
{
    struct Row
    {
        const char *responseType;
        const char *responseMode;
        const char *scope;
        const char *expected; // "" = ok
    };
    const Row rows[] = {
        {"code", "query", "openid", ""},
        {"id_token", "query", "openid", "tokens must not travel in the query"},
        {"token", "query", "openid", "tokens must not travel in the query"},
        {"code id_token", "query", "openid", "tokens must not travel in the query"},
        {"code token", "query", "openid", "tokens must not travel in the query"},
        {"id_token token", "fragment", "profile", "must contain openid"},
        {"code id_token", "form_post", "email", "must contain openid"},
        {"code id_token token", "", "openid profile", ""},
        {"token", "", "read:tests", ""},
    };
    for (const Row &row : rows) {
        const QByteArray json = validJson({{QStringLiteral("responseType"), QLatin1String(row.responseType)},
                                           {QStringLiteral("responseMode"), QLatin1String(row.responseMode)},
                                           {QStringLiteral("scope"), QLatin1String(row.scope)}});
        const ProfileLoadResult r = loadProfile(json);
        const QString expected = QLatin1String(row.expected);
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(QLatin1String(row.responseType) + QStringLiteral(": ") + joined(r.errors)));
        } else {
            QVERIFY2(!r.ok() && anyContains(r.errors, expected),
                     qPrintable(QLatin1String(row.responseType) + QStringLiteral(": ") + joined(r.errors)));
        }
    }
}

// par, requestObject, dpop, dpopAlg (issue 14): read, written back, and their problems.
void TestProfile::requestProtection_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("expected"); // "" = no problem
    QTest::newRow("par") << QByteArray(R"({"par": true})") << "";
    QTest::newRow("par not a boolean") << QByteArray(R"({"par": "yes"})") << "\"par\" must be true or false";
    QTest::newRow("signed request object with a secret") << QByteArray(R"({"requestObject": "signed", "clientSecret": "s"})") << "";
    QTest::newRow("signed request object with a key") << QByteArray(R"({"requestObject": "signed", "clientKey": "k.pem"})") << "";
    QTest::newRow("signed request object without anything to sign with") << QByteArray(R"({"requestObject": "signed"})") << "needs a key";
    QTest::newRow("unknown request object kind") << QByteArray(R"({"requestObject": "encrypted", "clientSecret": "s"})") << "is not supported";
    QTest::newRow("par with a grant without a browser")
        << QByteArray(R"({"par": true, "grant": "client_credentials", "clientSecret": "s"})") << "does not send";
    QTest::newRow("dpop") << QByteArray(R"({"dpop": true})") << "";
    QTest::newRow("dpop with EdDSA") << QByteArray(R"({"dpop": true, "dpopAlg": "EdDSA"})") << "";
    QTest::newRow("dpopAlg HS256") << QByteArray(R"({"dpop": true, "dpopAlg": "HS256"})") << "is not one Tokenscope makes proofs with";
    QTest::newRow("dpopAlg without dpop") << QByteArray(R"({"dpopAlg": "ES256"})") << "only used with DPoP";
}

void TestProfile::requestProtection()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, expected);
    const ProfileLoadResult r = loadProfile(validJson(QJsonDocument::fromJson(patch).object()));
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
        // Written back as read.
        const QJsonObject saved = QJsonDocument::fromJson(saveProfile(r.profile)).object();
        const QJsonObject asked = QJsonDocument::fromJson(patch).object();
        for (auto it = asked.begin(); it != asked.end(); ++it) {
            if (it.key() != QLatin1String("clientSecret"))
                QCOMPARE(saved.value(it.key()), it.value());
        }
    } else {
        QVERIFY2(!r.ok() && anyContains(r.errors, expected), qPrintable(joined(r.errors)));
    }
}

void TestProfile::extraParamLookup()
{
    Profile p;
    p.extraParams = {{QStringLiteral("prompt"), QStringLiteral("none")}, {QStringLiteral("max_age"), QStringLiteral("0")}};
    QCOMPARE(p.extraParam(QStringLiteral("prompt")), QStringLiteral("none"));
    QCOMPARE(p.extraParam(QStringLiteral("max_age")), QStringLiteral("0"));
    QVERIFY(p.extraParam(QStringLiteral("connection")).isEmpty());
    QVERIFY(p.hasExtraParam(QStringLiteral("max_age")));
    QVERIFY(!p.hasExtraParam(QStringLiteral("connection")));
}

void TestProfile::caCertificates_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("expected"); // empty with ok false: a type error
    QTest::addColumn<bool>("ok");
    QTest::newRow("one name") << QJsonValue(QStringLiteral("ca.pem")) << QStringList{QStringLiteral("ca.pem")} << true;
    QTest::newRow("list") << QJsonValue(QJsonArray{QStringLiteral("a.pem"), QStringLiteral("/etc/ssl/b.crt")})
                          << QStringList{QStringLiteral("a.pem"), QStringLiteral("/etc/ssl/b.crt")} << true;
    QTest::newRow("blank names dropped") << QJsonValue(QJsonArray{QStringLiteral(" "), QStringLiteral(" a.pem ")})
                                         << QStringList{QStringLiteral("a.pem")} << true;
    QTest::newRow("number") << QJsonValue(3) << QStringList{} << false;
    QTest::newRow("list with a number") << QJsonValue(QJsonArray{QStringLiteral("a.pem"), 3}) << QStringList{} << false;
}

void TestProfile::caCertificates()
{
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, expected);
    QFETCH(bool, ok);
    const ProfileLoadResult r = loadProfile(validJson({{QStringLiteral("caCertificates"), value}}));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY2(anyContains(r.errors, QStringLiteral("\"caCertificates\" must be a file name or a list of file names")),
                 qPrintable(joined(r.errors)));
        return;
    }
    QCOMPARE(r.profile.caCertificates, expected);
    QVERIFY(r.profile.unknownKeys.isEmpty()); // a known key
    // Saved as a list, read back the same.
    const QByteArray saved = saveProfile(r.profile);
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(QStringLiteral("caCertificates")).toArray().size(), expected.size());
    QCOMPARE(loadProfile(saved).profile.caCertificates, expected);
}

void TestProfile::caCertificateFilesAreRelativeToTheProfile()
{
    Profile p = validProfile();
    QVERIFY(!saveProfile(p).contains("caCertificates")); // absent stays absent
    p.caCertificates = {QStringLiteral("ca.pem"), QStringLiteral("../shared/ca.pem"), QStringLiteral("/etc/ssl/own.pem")};
    QCOMPARE(caCertificateFiles(p, QStringLiteral("/home/qa/profiles/tenant.json")),
             (QStringList{QStringLiteral("/home/qa/profiles/ca.pem"), QStringLiteral("/home/qa/shared/ca.pem"),
                          QStringLiteral("/etc/ssl/own.pem")}));
}

void TestProfile::browserRoundTrip()
{
    // Absent: embedded, and saving does not add the key (existing files stay as they are).
    Profile p = validProfile();
    QVERIFY(!saveProfile(p).contains("\"browser\""));

    p.browser = QStringLiteral("system");
    p.redirectUri = QStringLiteral("http://127.0.0.1/callback");
    const QByteArray saved = saveProfile(p);
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(QStringLiteral("browser")).toString(), QStringLiteral("system"));
    ProfileLoadResult r = loadProfile(saved);
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QCOMPARE(r.profile.browser, QStringLiteral("system"));
    QVERIFY(r.profile.usesSystemBrowser());
    QVERIFY(r.profile.unknownKeys.isEmpty()); // a known key, not kept as unknown

    r = loadProfile(validJson({{QStringLiteral("browser"), QStringLiteral("embedded")}}));
    QVERIFY2(r.ok(), qPrintable(joined(r.errors)));
    QVERIFY(!r.profile.usesSystemBrowser());
    QVERIFY(saveProfile(r.profile).contains("\"browser\": \"embedded\""));

    r = loadProfile(validJson({{QStringLiteral("browser"), true}}));
    QVERIFY(!r.ok());
    QVERIFY2(anyContains(r.errors, QStringLiteral("\"browser\" must be a string")), qPrintable(joined(r.errors)));
}

void TestProfile::systemBrowserRules_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QString>("expected"); // "" = no problem

    QTest::newRow("code, query") << "http://127.0.0.1/callback" << "code" << "" << "";
    QTest::newRow("fixed port") << "http://127.0.0.1:8400/callback" << "code" << "query" << "";
    QTest::newRow("ipv6 loopback") << "http://[::1]/callback" << "code" << "" << "";
    QTest::newRow("hybrid, fragment") << "http://127.0.0.1/callback" << "code id_token" << "" << "";
    QTest::newRow("form_post refused") << "http://127.0.0.1/callback" << "code id_token" << "form_post"
                                       << "\"responseMode\" form_post cannot be used with the system browser";
    QTest::newRow("https refused") << "https://app.example/callback" << "code" << "" << "\"redirectUri\" must be a loopback URL";
    QTest::newRow("localhost refused") << "http://localhost/callback" << "code" << "" << "\"redirectUri\" must be a loopback URL";
    QTest::newRow("custom scheme refused") << "com.tokenscope.demo://callback" << "code" << "" << "\"redirectUri\" must be a loopback URL";
}

void TestProfile::systemBrowserRules()
{
    QFETCH(QString, redirectUri);
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QString, expected);
    Profile p = validProfile();
    p.browser = QStringLiteral("system");
    p.redirectUri = redirectUri;
    p.responseType = responseType;
    p.responseMode = responseMode;
    const QStringList problems = tokenscope::validateProfile(p);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    } else {
        QVERIFY2(anyContains(problems, expected), qPrintable(joined(problems)));
        // The same profile with the embedded browser is fine.
        p.browser = QStringLiteral("embedded");
        QVERIFY2(tokenscope::validateProfile(p).isEmpty(), qPrintable(joined(tokenscope::validateProfile(p))));
    }
}

void TestProfile::loopbackIpRedirectUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ipv4") << "http://127.0.0.1/callback" << true;
    QTest::newRow("ipv4 port") << "http://127.0.0.1:51234/cb?x=1" << true;
    QTest::newRow("ipv6") << "http://[::1]:8080/" << true;
    QTest::newRow("localhost") << "http://localhost/callback" << false;
    QTest::newRow("https loopback") << "https://127.0.0.1/callback" << false;
    QTest::newRow("lan address") << "http://192.168.1.2/callback" << false;
    QTest::newRow("fragment") << "http://127.0.0.1/callback#x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestProfile::loopbackIpRedirectUri()
{
    QFETCH(QString, uri);
    QFETCH(bool, expected);
    QCOMPARE(isLoopbackIpRedirectUri(QUrl(uri)), expected);
}

// private_key_jwt: the profile names its key file (relative to the profile's folder) and key id; the key itself is
// read into memory by loadClientKey() and never written back.
void TestProfile::clientKeyIsNamedNeverSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("keys")));
    QFile key(dir.filePath(QStringLiteral("keys/app.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("-----BEGIN PRIVATE KEY-----\nsecret-key-material\n-----END PRIVATE KEY-----\n");
    key.close();
    Profile p = validProfile();
    p.tokenEndpointAuth = QStringLiteral("private_key_jwt");
    p.clientKey = QStringLiteral("keys/app.pem");
    p.clientKeyId = QStringLiteral("k1");
    QVERIFY2(tokenscope::validateProfile(p).isEmpty(), qPrintable(joined(tokenscope::validateProfile(p))));
    const QString profilePath = dir.filePath(QStringLiteral("app.json"));
    QCOMPARE(clientKeyFile(p, profilePath), dir.filePath(QStringLiteral("keys/app.pem")));
    QCOMPARE(loadClientKey(p, profilePath), QString());
    QVERIFY(p.clientKeyPem.contains("secret-key-material"));
    const QByteArray saved = saveProfile(p);
    QVERIFY(!saved.contains("secret-key-material"));
    const Profile back = loadProfile(saved).profile;
    QCOMPARE(back.clientKey, p.clientKey);
    QCOMPARE(back.clientKeyId, QStringLiteral("k1"));
    QVERIFY(back.clientKeyPem.isEmpty());
    // A key that is not there is said, with its path.
    p.clientKey = QStringLiteral("keys/missing.pem");
    QVERIFY(loadClientKey(p, profilePath).contains(dir.filePath(QStringLiteral("keys/missing.pem"))));
    QVERIFY(p.clientKeyPem.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "TestProfile.moc"
