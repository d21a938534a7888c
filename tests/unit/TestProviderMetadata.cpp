#include "core/oidc/ProviderMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

namespace {

const QString kIssuer = QStringLiteral("https://tenant.eu.auth0.com/");

// Shaped like Auth0's /.well-known/openid-configuration.
QJsonObject auth0Document()
{
    auto list = [](std::initializer_list<const char *> items) {
        QJsonArray a;
        for (const char *item : items)
            a.append(QString::fromLatin1(item));
        return a;
    };
    return QJsonObject{
        {QStringLiteral("issuer"), kIssuer},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oauth/token")},
        {QStringLiteral("device_authorization_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oauth/device/code")},
        {QStringLiteral("userinfo_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/userinfo")},
        {QStringLiteral("mfa_challenge_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/mfa/challenge")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://tenant.eu.auth0.com/.well-known/jwks.json")},
        {QStringLiteral("registration_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oidc/register")},
        {QStringLiteral("revocation_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oauth/revoke")},
        {QStringLiteral("end_session_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oidc/logout")},
        {QStringLiteral("scopes_supported"), list({"openid", "profile", "offline_access", "name", "email", "picture"})},
        {QStringLiteral("response_types_supported"),
         list({"code", "token", "id_token", "code token", "code id_token", "token id_token", "code token id_token"})},
        {QStringLiteral("code_challenge_methods_supported"), list({"S256", "plain"})},
        {QStringLiteral("response_modes_supported"), list({"query", "fragment", "form_post"})},
        {QStringLiteral("subject_types_supported"), list({"public"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), list({"HS256", "RS256", "PS256"})},
        {QStringLiteral("token_endpoint_auth_methods_supported"), list({"client_secret_basic", "client_secret_post", "private_key_jwt"})},
        {QStringLiteral("claims_supported"), list({"aud", "auth_time", "created_at", "email", "email_verified", "exp", "family_name", "given_name", "iat", "identities", "iss", "name", "nickname", "phone_number", "picture", "sub"})},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("request_parameter_supported"), false},
    };
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

class TestProviderMetadata : public QObject
{
    Q_OBJECT
private slots:
    void parsesAuth0Document();
    void defaultsWhenAbsent();
    void issuerMismatch_data();
    void issuerMismatch();
    void defects_data();
    void defects();
    void implicitOnlyNeedsNoTokenEndpoint();
    void issParameter_data();
    void issParameter();
    void fromProfile_data();
    void fromProfile();
    void overrides();
};

void TestProviderMetadata::parsesAuth0Document()
{
    const ProviderMetadata m = parseProviderMetadata(toJson(auth0Document()), kIssuer);
    QVERIFY2(m.defects.isEmpty(), qPrintable(joined(m.defects)));
    QVERIFY(m.fromDiscovery);
    QCOMPARE(m.raw, auth0Document());
    QCOMPARE(m.issuer, kIssuer);
    QCOMPARE(m.authorizationEndpoint, QUrl(QStringLiteral("https://tenant.eu.auth0.com/authorize")));
    QCOMPARE(m.tokenEndpoint, QUrl(QStringLiteral("https://tenant.eu.auth0.com/oauth/token")));
    QCOMPARE(m.userinfoEndpoint, QUrl(QStringLiteral("https://tenant.eu.auth0.com/userinfo")));
    QCOMPARE(m.jwksUri, QUrl(QStringLiteral("https://tenant.eu.auth0.com/.well-known/jwks.json")));
    QCOMPARE(m.endSessionEndpoint, QUrl(QStringLiteral("https://tenant.eu.auth0.com/oidc/logout")));
    QCOMPARE(m.revocationEndpoint, QUrl(QStringLiteral("https://tenant.eu.auth0.com/oauth/revoke")));
    QVERIFY(m.introspectionEndpoint.isEmpty());
    QCOMPARE(m.responseTypesSupported.size(), 7);
    QCOMPARE(m.responseModesSupported, (QStringList{"query", "fragment", "form_post"}));
    QCOMPARE(m.codeChallengeMethods, (QStringList{"S256", "plain"}));
    QCOMPARE(m.idTokenSigningAlgs, (QStringList{"HS256", "RS256", "PS256"}));
    QCOMPARE(m.tokenEndpointAuthMethods.size(), 3);
    QVERIFY(m.scopesSupported.contains(QStringLiteral("offline_access")));
    QVERIFY(m.claimsSupported.contains(QStringLiteral("nickname")));
    QCOMPARE(m.grantTypesSupported, (QStringList{"authorization_code", "implicit"})); // default: Auth0 omits it
    QVERIFY(!m.issParameterSupported);
}

void TestProviderMetadata::defaultsWhenAbsent()
{
    QJsonObject doc = auth0Document();
    doc.remove(QStringLiteral("response_modes_supported"));
    doc.remove(QStringLiteral("token_endpoint_auth_methods_supported"));
    doc.remove(QStringLiteral("code_challenge_methods_supported"));
    const ProviderMetadata m = parseProviderMetadata(toJson(doc), kIssuer);
    QVERIFY2(m.defects.isEmpty(), qPrintable(joined(m.defects)));
    QCOMPARE(m.responseModesSupported, (QStringList{"query", "fragment"}));
    QCOMPARE(m.tokenEndpointAuthMethods, QStringList{"client_secret_basic"});
    QVERIFY(m.codeChallengeMethods.isEmpty()); // no default: PKCE support is unknown
    QVERIFY(!m.raw.contains(QStringLiteral("response_modes_supported")));
}

void TestProviderMetadata::issuerMismatch_data()
{
    QTest::addColumn<QString>("documentIssuer");
    QTest::addColumn<QString>("expectedIssuer");
    QTest::addColumn<QString>("expectedDefect"); // "" = none
    QTest::newRow("identical") << kIssuer << kIssuer << "";
    QTest::newRow("expected without slash") << kIssuer << "https://tenant.eu.auth0.com"
                                            << "differ only in the trailing slash";
    QTest::newRow("document without slash") << "https://tenant.eu.auth0.com" << kIssuer
                                            << "differ only in the trailing slash";
    QTest::newRow("other tenant") << "https://other.eu.auth0.com/" << kIssuer << "requires them to be identical";
    QTest::newRow("case differs") << "https://TENANT.eu.auth0.com/" << kIssuer << "requires them to be identical";
    QTest::newRow("http vs https") << "http://tenant.eu.auth0.com/" << kIssuer << "requires them to be identical";
    QTest::newRow("no expectation") << kIssuer << "" << "";
}

void TestProviderMetadata::issuerMismatch()
{
    QFETCH(QString, documentIssuer);
    QFETCH(QString, expectedIssuer);
    QFETCH(QString, expectedDefect);
    QJsonObject doc = auth0Document();
    doc.insert(QStringLiteral("issuer"), documentIssuer);
    const ProviderMetadata m = parseProviderMetadata(toJson(doc), expectedIssuer);
    QCOMPARE(m.issuer, documentIssuer); // kept as the document says
    const QStringList mismatch = [&] {
        QStringList out;
        for (const QString &d : m.defects)
            if (d.contains(QStringLiteral("expected issuer")))
                out << d;
        return out;
    }();
    if (expectedDefect.isEmpty()) {
        QVERIFY2(mismatch.isEmpty(), qPrintable(joined(m.defects)));
    } else {
        QCOMPARE(mismatch.size(), 1);
        QVERIFY2(mismatch.first().contains(expectedDefect), qPrintable(mismatch.first()));
        QVERIFY(mismatch.first().contains(documentIssuer));
        QVERIFY(mismatch.first().contains(expectedIssuer));
    }
}

void TestProviderMetadata::defects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedDefect");

    auto without = [](const char *key) {
        QJsonObject doc = auth0Document();
        doc.remove(QLatin1String(key));
        return toJson(doc);
    };
    auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject doc = auth0Document();
        doc.insert(QLatin1String(key), value);
        return toJson(doc);
    };

    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html login page") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>") << "not JSON";
    QTest::newRow("truncated") << toJson(auth0Document()).left(100) << "not JSON";
    QTest::newRow("array") << QByteArray("[{\"issuer\": \"x\"}]") << "must be a JSON object, not an array";
    QTest::newRow("non-UTF-8") << QByteArray("{\"issuer\": \"\xff\"}") << "not JSON";
    QTest::newRow("2 MiB") << QByteArray(2 * 1024 * 1024, ' ') << "larger than 1 MiB";
    QTest::newRow("deep") << QByteArray(5000, '[') << "not JSON";
    QTest::newRow("missing issuer") << without("issuer") << "required member \"issuer\" is missing";
    QTest::newRow("missing authorization_endpoint") << without("authorization_endpoint") << "\"authorization_endpoint\" is missing";
    QTest::newRow("missing token_endpoint") << without("token_endpoint") << "\"token_endpoint\" is missing";
    QTest::newRow("missing jwks_uri") << without("jwks_uri") << "\"jwks_uri\" is missing";
    QTest::newRow("missing response_types_supported") << without("response_types_supported") << "\"response_types_supported\" is missing";
    QTest::newRow("missing subject_types_supported") << without("subject_types_supported") << "\"subject_types_supported\" is missing";
    QTest::newRow("missing id_token algs") << without("id_token_signing_alg_values_supported") << "\"id_token_signing_alg_values_supported\" is missing";
    QTest::newRow("issuer number") << with("issuer", 5) << "\"issuer\" must be a string, not a number";
    QTest::newRow("issuer with query") << with("issuer", QStringLiteral("https://tenant.eu.auth0.com/?x=1")) << "must not have a query";
    QTest::newRow("issuer relative") << with("issuer", QStringLiteral("/tenant")) << "is not an absolute URL";
    QTest::newRow("jwks_uri relative") << with("jwks_uri", QStringLiteral("/.well-known/jwks.json")) << "\"jwks_uri\" \"/.well-known/jwks.json\" is not an absolute https URL";
    QTest::newRow("token_endpoint array") << with("token_endpoint", QJsonArray{}) << "\"token_endpoint\" must be a string, not an array";
    QTest::newRow("userinfo http remote") << with("userinfo_endpoint", QStringLiteral("http://tenant.eu.auth0.com/userinfo")) << "uses http";
    QTest::newRow("authorization empty string") << with("authorization_endpoint", QString()) << "\"authorization_endpoint\" is an empty string";
    QTest::newRow("response types string") << with("response_types_supported", QStringLiteral("code")) << "\"response_types_supported\" must be an array of strings, not a string";
    QTest::newRow("response modes with number") << with("response_modes_supported", QJsonArray{QStringLiteral("query"), 3}) << "\"response_modes_supported\" must be an array of strings, but it contains a number";
    QTest::newRow("no RS256") << with("id_token_signing_alg_values_supported", QJsonArray{QStringLiteral("HS256")}) << "does not include RS256";
    QTest::newRow("iss flag string") << with("authorization_response_iss_parameter_supported", QStringLiteral("true")) << "must be true or false, not a string";
}

void TestProviderMetadata::defects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedDefect);
    const ProviderMetadata m = parseProviderMetadata(json, kIssuer);
    QVERIFY(m.fromDiscovery);
    QVERIFY2(anyContains(m.defects, expectedDefect), qPrintable(joined(m.defects)));
    for (const QString &d : m.defects)
        QVERIFY(d.size() < 600);
}

void TestProviderMetadata::implicitOnlyNeedsNoTokenEndpoint()
{
    QJsonObject doc = auth0Document();
    doc.remove(QStringLiteral("token_endpoint"));
    doc.insert(QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("id_token"), QStringLiteral("id_token token")});
    const ProviderMetadata m = parseProviderMetadata(toJson(doc), kIssuer);
    QVERIFY2(m.defects.isEmpty(), qPrintable(joined(m.defects)));
    QVERIFY(m.tokenEndpoint.isEmpty());
}

void TestProviderMetadata::issParameter_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false;
    QTest::newRow("true") << QJsonValue(true) << true;
    QTest::newRow("false") << QJsonValue(false) << false;
    QTest::newRow("string") << QJsonValue(QStringLiteral("true")) << false;
}

void TestProviderMetadata::issParameter()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, expected);
    QJsonObject doc = auth0Document();
    if (!value.isUndefined())
        doc.insert(QStringLiteral("authorization_response_iss_parameter_supported"), value);
    QCOMPARE(parseProviderMetadata(toJson(doc), kIssuer).issParameterSupported, expected);
}

void TestProviderMetadata::fromProfile_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("manualAuthorization");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("jwks");
    QTest::addColumn<bool>("defect");
    QTest::newRow("auth0 bare domain")
        << "tenant.eu.auth0.com" << "" << "https://tenant.eu.auth0.com/authorize"
        << "https://tenant.eu.auth0.com/oauth/token" << "https://tenant.eu.auth0.com/.well-known/jwks.json" << false;
    QTest::newRow("auth0 url")
        << "https://tenant.auth0.com/" << "" << "https://tenant.auth0.com/authorize"
        << "https://tenant.auth0.com/oauth/token" << "https://tenant.auth0.com/.well-known/jwks.json" << false;
    QTest::newRow("auth0 with manual authorization")
        << "https://tenant.auth0.com/" << "https://login.example.com/authorize" << "https://login.example.com/authorize"
        << "https://tenant.auth0.com/oauth/token" << "https://tenant.auth0.com/.well-known/jwks.json" << false;
    QTest::newRow("other provider, nothing known") << "https://login.example.com/" << "" << "" << "" << "" << true;
    QTest::newRow("other provider, manual")
        << "https://login.example.com/" << "https://login.example.com/oauth2/auth" << "https://login.example.com/oauth2/auth"
        << "" << "" << false;
}

void TestProviderMetadata::fromProfile()
{
    QFETCH(QString, issuer);
    QFETCH(QString, manualAuthorization);
    QFETCH(QString, authorization);
    QFETCH(QString, token);
    QFETCH(QString, jwks);
    QFETCH(bool, defect);
    Profile p;
    p.issuer = issuer;
    p.endpoints.authorization = QUrl(manualAuthorization);
    const ProviderMetadata m = metadataFromProfile(p);
    QVERIFY(!m.fromDiscovery);
    QCOMPARE(m.issuer, issuer);
    QCOMPARE(m.authorizationEndpoint.toString(), authorization);
    QCOMPARE(m.tokenEndpoint.toString(), token);
    QCOMPARE(m.jwksUri.toString(), jwks);
    QCOMPARE(!m.defects.isEmpty(), defect);
    if (p.isAuth0Domain()) {
        QVERIFY(m.userinfoEndpoint.toString().endsWith(QLatin1String("auth0.com/userinfo")));
        QVERIFY(m.endSessionEndpoint.toString().endsWith(QLatin1String("auth0.com/oidc/logout")));
        QVERIFY(m.revocationEndpoint.toString().endsWith(QLatin1String("auth0.com/oauth/revoke")));
    }
}

void TestProviderMetadata::overrides()
{
    Profile p;
    p.issuer = kIssuer;
    p.endpoints.token = QUrl(QStringLiteral("https://proxy.example/token"));
    p.endpoints.jwks = QUrl(QStringLiteral("https://proxy.example/jwks"));
    const ProviderMetadata discovered = parseProviderMetadata(toJson(auth0Document()), kIssuer);
    const ProviderMetadata m = withProfileOverrides(discovered, p);
    QCOMPARE(m.tokenEndpoint, p.endpoints.token);
    QCOMPARE(m.jwksUri, p.endpoints.jwks);
    QCOMPARE(m.authorizationEndpoint, discovered.authorizationEndpoint); // not overridden
    QCOMPARE(m.userinfoEndpoint, discovered.userinfoEndpoint);
    QVERIFY(m.fromDiscovery);
    QCOMPARE(m.responseTypesSupported, discovered.responseTypesSupported);
}

QTEST_GUILESS_MAIN(TestProviderMetadata)
#include "TestProviderMetadata.moc"
