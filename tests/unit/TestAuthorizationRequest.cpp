#include "core/oidc/AuthorizationRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <openssl/sha.h>

using namespace tokenscope;

namespace {

const QString kIssuer = QStringLiteral("https://tenant.eu.auth0.com/");

ProviderMetadata discovered(const QJsonObject &patch = {})
{
    QJsonObject doc{
        {QStringLiteral("issuer"), kIssuer},
        {QStringLiteral("authorization_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://tenant.eu.auth0.com/oauth/token")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://tenant.eu.auth0.com/.well-known/jwks.json")},
        {QStringLiteral("response_types_supported"),
         QJsonArray{"code", "token", "id_token", "code token", "code id_token", "token id_token", "code token id_token"}},
        {QStringLiteral("response_modes_supported"), QJsonArray{"query", "fragment", "form_post"}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{"S256", "plain"}},
        {QStringLiteral("subject_types_supported"), QJsonArray{"public"}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{"HS256", "RS256"}},
    };
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            doc.remove(it.key());
        else
            doc.insert(it.key(), it.value());
    }
    ProviderMetadata m = parseProviderMetadata(QJsonDocument(doc).toJson(), kIssuer);
    if (!m.defects.isEmpty())
        qWarning() << "fixture defects:" << m.defects;
    return m;
}

Profile profile(const QString &responseType = QStringLiteral("code"), const QString &responseMode = {})
{
    Profile p;
    p.issuer = kIssuer;
    p.clientId = QStringLiteral("client-123");
    p.redirectUri = QStringLiteral("https://app.example/callback");
    p.responseType = responseType;
    p.responseMode = responseMode;
    p.scope = QStringLiteral("openid profile email");
    return p;
}

QString sha256Base64Url(const QString &text)
{
    const QByteArray input = text.toLatin1();
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(input.constData()), static_cast<size_t>(input.size()), digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), SHA256_DIGEST_LENGTH)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isBase64Url43(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return re.match(value).hasMatch();
}

// Parameter names in URL order.
QStringList names(const QUrl &url)
{
    QStringList out;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        out << item.first;
    return out;
}

QString value(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

int count(const QUrl &url, const QString &name)
{
    return static_cast<int>(QUrlQuery(url).allQueryItemValues(name).size());
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

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT
private slots:
    void pkceKnownAnswer();
    void pkceChallengeMatchesOpenSsl_data();
    void pkceChallengeMatchesOpenSsl();
    void randomTokens();
    void responseTypeAndMode_data();
    void responseTypeAndMode();
    void nonceRules_data();
    void nonceRules();
    void freshPerAttempt();
    void percentEncoding();
    void audienceAndExtraParamsOrder();
    void extraParamOverrideRefused_data();
    void extraParamOverrideRefused();
    void maxAge_data();
    void maxAge();
    void warnings_data();
    void warnings();
    void noWarningsWithoutDiscovery();
    void endpointQueryKept();
    void noAuthorizationEndpoint();
};

void TestAuthorizationRequest::pkceKnownAnswer()
{
    // RFC 7636 Appendix B: verifier dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk -> challenge
    // E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM (the value printed in the RFC; also SHA-256 computed independently).
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(pkceChallenge(verifier), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(pkceChallenge(verifier), sha256Base64Url(verifier));
}

void TestAuthorizationRequest::pkceChallengeMatchesOpenSsl_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::newRow("43 chars") << QString(43, QLatin1Char('a'));
    QTest::newRow("128 chars") << QString(128, QLatin1Char('Z'));
    QTest::newRow("unreserved mix") << "abc-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcd";
    QTest::newRow("fresh") << randomUrlSafeToken();
}

void TestAuthorizationRequest::pkceChallengeMatchesOpenSsl()
{
    QFETCH(QString, verifier);
    const QString challenge = pkceChallenge(verifier);
    QCOMPARE(challenge, sha256Base64Url(verifier));
    QVERIFY(isBase64Url43(challenge));
}

void TestAuthorizationRequest::randomTokens()
{
    const QString a = randomUrlSafeToken();
    const QString b = randomUrlSafeToken();
    QVERIFY(isBase64Url43(a));
    QVERIFY(isBase64Url43(b));
    QVERIFY(a != b);
    QCOMPARE(randomUrlSafeToken(16).size(), 22);
    QVERIFY(randomUrlSafeToken(0).isEmpty());
}

void TestAuthorizationRequest::responseTypeAndMode_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QString>("effectiveMode");
    const QStringList types{"code", "id_token", "token", "id_token token", "code id_token", "code token", "code id_token token"};
    const QStringList modes{"", "query", "fragment", "form_post"};
    for (const QString &type : types) {
        for (const QString &mode : modes) {
            const bool fragmentDefault = type != QLatin1String("code");
            const QString effective = !mode.isEmpty() ? mode : (fragmentDefault ? QStringLiteral("fragment") : QStringLiteral("query"));
            const QString row = type + QLatin1String(" / ") + (mode.isEmpty() ? QStringLiteral("default") : mode);
            QTest::newRow(qPrintable(row)) << type << mode << effective;
        }
    }
}

void TestAuthorizationRequest::responseTypeAndMode()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QString, effectiveMode);

    const Profile p = profile(responseType, responseMode);
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    const QUrl &url = r.url;
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("tenant.eu.auth0.com"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    QVERIFY(!url.hasFragment());

    const bool hasCode = responseType.split(QLatin1Char(' ')).contains(QLatin1String("code"));
    QCOMPARE(value(url, QStringLiteral("response_type")), responseType);
    QCOMPARE(value(url, QStringLiteral("client_id")), QStringLiteral("client-123"));
    QCOMPARE(value(url, QStringLiteral("redirect_uri")), QStringLiteral("https://app.example/callback"));
    QCOMPARE(value(url, QStringLiteral("scope")), QStringLiteral("openid profile email"));
    QCOMPARE(value(url, QStringLiteral("state")), r.state);
    QVERIFY(isBase64Url43(r.state));

    // With openid in the scope every response type gets a nonce (id_token types must, code ones should).
    const bool wantsNonce = responseType.contains(QLatin1String("id_token")) || hasCode;
    QCOMPARE(count(url, QStringLiteral("nonce")), wantsNonce ? 1 : 0);
    if (wantsNonce) {
        QCOMPARE(value(url, QStringLiteral("nonce")), r.nonce);
        QVERIFY(isBase64Url43(r.nonce));
        QVERIFY(r.nonce != r.state);
    } else {
        QVERIFY(r.nonce.isEmpty());
    }

    QCOMPARE(r.responseMode, effectiveMode);
    QCOMPARE(r.responseModeSent, !responseMode.isEmpty());
    QCOMPARE(count(url, QStringLiteral("response_mode")), responseMode.isEmpty() ? 0 : 1);
    if (!responseMode.isEmpty())
        QCOMPARE(value(url, QStringLiteral("response_mode")), responseMode);

    QCOMPARE(count(url, QStringLiteral("code_challenge")), hasCode ? 1 : 0);
    QCOMPARE(count(url, QStringLiteral("code_challenge_method")), hasCode ? 1 : 0);
    if (hasCode) {
        QVERIFY(isBase64Url43(r.codeVerifier));
        QCOMPARE(value(url, QStringLiteral("code_challenge")), r.codeChallenge);
        QCOMPARE(value(url, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(r.codeChallenge, sha256Base64Url(r.codeVerifier));
    } else {
        QVERIFY(r.codeVerifier.isEmpty());
        QVERIFY(r.codeChallenge.isEmpty());
    }

    QCOMPARE(count(url, QStringLiteral("audience")), 0);
    QCOMPARE(r.responseType, responseType);
    QCOMPARE(r.redirectUri, QUrl(QStringLiteral("https://app.example/callback")));
    QCOMPARE(r.redirectUriParam, QStringLiteral("https://app.example/callback"));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(joined(r.warnings)));

    // Order of the builder's own parameters.
    QStringList expectedOrder{"response_type", "client_id", "redirect_uri", "scope", "state"};
    if (wantsNonce)
        expectedOrder << "nonce";
    if (!responseMode.isEmpty())
        expectedOrder << "response_mode";
    if (hasCode)
        expectedOrder << "code_challenge" << "code_challenge_method";
    QCOMPARE(names(url), expectedOrder);
}

void TestAuthorizationRequest::nonceRules_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<bool>("expectNonce");
    QTest::addColumn<bool>("expectChallenge");
    QTest::newRow("code with openid") << "code" << "openid" << true << true << true;
    QTest::newRow("code without openid") << "code" << "read:tests" << true << false << true;
    QTest::newRow("code without pkce") << "code" << "openid" << false << true << false;
    QTest::newRow("token without openid") << "token" << "read:tests" << true << false << false;
    QTest::newRow("token with openid") << "token" << "openid" << true << false << false;
    QTest::newRow("id_token always") << "id_token" << "openid" << true << true << false;
    QTest::newRow("code token without openid") << "code token" << "read:tests" << true << false << true;
    QTest::newRow("hybrid without pkce") << "code id_token" << "openid" << false << true << false;
}

void TestAuthorizationRequest::nonceRules()
{
    QFETCH(QString, responseType);
    QFETCH(QString, scope);
    QFETCH(bool, pkce);
    QFETCH(bool, expectNonce);
    QFETCH(bool, expectChallenge);
    Profile p = profile(responseType);
    p.scope = scope;
    p.pkce = pkce;
    p.clientSecret = QStringLiteral("confidential"); // no "public client without PKCE" warning
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    QCOMPARE(!r.nonce.isEmpty(), expectNonce);
    QCOMPARE(count(r.url, QStringLiteral("nonce")), expectNonce ? 1 : 0);
    QCOMPARE(!r.codeChallenge.isEmpty(), expectChallenge);
    QCOMPARE(!r.codeVerifier.isEmpty(), expectChallenge);
    QCOMPARE(count(r.url, QStringLiteral("code_challenge")), expectChallenge ? 1 : 0);
}

void TestAuthorizationRequest::freshPerAttempt()
{
    const Profile p = profile(QStringLiteral("code id_token token"));
    const ProviderMetadata m = discovered();
    const AuthorizationRequest a = buildAuthorizationRequest(p, m);
    const AuthorizationRequest b = buildAuthorizationRequest(p, m);
    QVERIFY(a.state != b.state);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.codeVerifier != b.codeVerifier);
    QVERIFY(a.codeChallenge != b.codeChallenge);
    QVERIFY(a.url != b.url);
    for (const QString &v : {a.state, a.nonce, a.codeVerifier, b.state, b.nonce, b.codeVerifier})
        QVERIFY2(isBase64Url43(v), qPrintable(v));
}

void TestAuthorizationRequest::percentEncoding()
{
    Profile p = profile();
    p.scope = QStringLiteral("openid  profile read:tests https://foo.com/claim");
    p.redirectUri = QStringLiteral("https://app.example/cb?tenant=a b&x=1");
    p.audience = QStringLiteral("https://my-api.com/");
    p.extraParams = {{QStringLiteral("login_hint"), QStringLiteral("a+b@example.com")},
                     {QStringLiteral("acr_values"), QStringLiteral("a&b=c#d%e?f/g")},
                     {QStringLiteral("ui_locales"), QStringLiteral("fr-CA en")},
                     {QStringLiteral("x-unicode"), QStringLiteral("é ü 😀")}};
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    const QString encoded = r.url.toString(QUrl::FullyEncoded);
    const QString query = r.url.query(QUrl::FullyEncoded);

    QVERIFY2(!encoded.contains(QLatin1Char(' ')), qPrintable(encoded));
    QVERIFY2(!query.contains(QLatin1Char('+')), qPrintable(query)); // '+' would read as a space
    QVERIFY2(!encoded.contains(QLatin1Char('#')), qPrintable(encoded));
    QVERIFY(query.contains(QLatin1String("scope=openid%20profile%20read%3Atests%20https%3A%2F%2Ffoo.com%2Fclaim")));
    QVERIFY(query.contains(QLatin1String("redirect_uri=https%3A%2F%2Fapp.example%2Fcb%3Ftenant%3Da%20b%26x%3D1")));
    QVERIFY(query.contains(QLatin1String("login_hint=a%2Bb%40example.com")));
    QVERIFY(query.contains(QLatin1String("acr_values=a%26b%3Dc%23d%25e%3Ff%2Fg")));
    QVERIFY(query.contains(QLatin1String("ui_locales=fr-CA%20en")));
    QVERIFY(query.contains(QLatin1String("x-unicode=%C3%A9%20%C3%BC%20%F0%9F%98%80")));

    // Decoding gives back exactly what was meant (scope normalized to single spaces).
    QCOMPARE(value(r.url, QStringLiteral("scope")), QStringLiteral("openid profile read:tests https://foo.com/claim"));
    QCOMPARE(r.scope, QStringLiteral("openid profile read:tests https://foo.com/claim"));
    QCOMPARE(value(r.url, QStringLiteral("redirect_uri")), p.redirectUri);
    QCOMPARE(value(r.url, QStringLiteral("audience")), p.audience);
    QCOMPARE(value(r.url, QStringLiteral("login_hint")), QStringLiteral("a+b@example.com"));
    QCOMPARE(value(r.url, QStringLiteral("acr_values")), QStringLiteral("a&b=c#d%e?f/g"));
    QCOMPARE(value(r.url, QStringLiteral("ui_locales")), QStringLiteral("fr-CA en"));
    QCOMPARE(value(r.url, QStringLiteral("x-unicode")), QStringLiteral("é ü 😀"));

    // The string form survives a round trip through QUrl parsing.
    const QUrl reparsed(encoded, QUrl::StrictMode);
    QVERIFY(reparsed.isValid());
    QCOMPARE(value(reparsed, QStringLiteral("acr_values")), QStringLiteral("a&b=c#d%e?f/g"));
}

void TestAuthorizationRequest::audienceAndExtraParamsOrder()
{
    Profile p = profile(QStringLiteral("code id_token"));
    p.audience = QStringLiteral("https://my-api.com");
    p.extraParams = {{QStringLiteral("prompt"), QStringLiteral("login")},
                     {QStringLiteral("max_age"), QStringLiteral("0")},
                     {QStringLiteral("login_hint"), QStringLiteral("user@example.com")},
                     {QStringLiteral("connection"), QStringLiteral("github")},
                     {QStringLiteral("organization"), QStringLiteral("org_abc")},
                     {QStringLiteral("ui_locales"), QStringLiteral("de")},
                     {QStringLiteral("acr_values"), QStringLiteral("http://schemas.openid.net/pape/policies/2007/06/multi-factor")},
                     {QStringLiteral("custom_thing"), QStringLiteral("")}};
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    QVERIFY2(r.warnings.isEmpty(), qPrintable(joined(r.warnings)));
    QCOMPARE(names(r.url), (QStringList{"response_type", "client_id", "redirect_uri", "scope", "state", "nonce", "audience",
                                        "code_challenge", "code_challenge_method", "prompt", "max_age", "login_hint",
                                        "connection", "organization", "ui_locales", "acr_values", "custom_thing"}));
    QCOMPARE(value(r.url, QStringLiteral("audience")), QStringLiteral("https://my-api.com"));
    QCOMPARE(value(r.url, QStringLiteral("connection")), QStringLiteral("github"));
    QCOMPARE(value(r.url, QStringLiteral("custom_thing")), QString());
    QCOMPARE(r.audience, QStringLiteral("https://my-api.com"));
}

void TestAuthorizationRequest::extraParamOverrideRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedWarning");
    for (const char *owned : {"state", "nonce", "code_challenge", "code_challenge_method", "client_id", "redirect_uri", "response_type"})
        QTest::newRow(owned) << QString::fromLatin1(owned) << QStringLiteral("sets %1 itself").arg(QLatin1String(owned));
    QTest::newRow("scope") << "scope" << "already sent from the profile's own field";
    QTest::newRow("audience") << "audience" << "already sent from the profile's own field";
    QTest::newRow("response_mode") << "response_mode" << "already sent from the profile's own field";
}

void TestAuthorizationRequest::extraParamOverrideRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedWarning);
    Profile p = profile(QStringLiteral("code id_token"), QStringLiteral("form_post"));
    p.audience = QStringLiteral("https://my-api.com");
    const QString injected = QStringLiteral("attacker-value");
    p.extraParams = {{QStringLiteral("prompt"), QStringLiteral("login")}, {name, injected}, {QStringLiteral("connection"), QStringLiteral("github")}};
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    QVERIFY2(anyContains(r.warnings, expectedWarning), qPrintable(joined(r.warnings)));
    QVERIFY(anyContains(r.warnings, QLatin1Char('"') + name + QLatin1Char('"')));
    QCOMPARE(count(r.url, name), 1);
    QVERIFY(value(r.url, name) != injected);
    // The other extra params are still sent, in order.
    const QStringList n = names(r.url);
    QVERIFY(n.indexOf(QStringLiteral("prompt")) >= 0 && n.indexOf(QStringLiteral("prompt")) < n.indexOf(QStringLiteral("connection")));
}

void TestAuthorizationRequest::maxAge_data()
{
    QTest::addColumn<QString>("maxAge");
    QTest::addColumn<qint64>("expected"); // -1 = none
    QTest::addColumn<bool>("warning");
    QTest::newRow("zero") << "0" << qint64(0) << false;
    QTest::newRow("hour") << "3600" << qint64(3600) << false;
    QTest::newRow("spaces") << " 60 " << qint64(60) << false;
    QTest::newRow("negative") << "-1" << qint64(-1) << true;
    QTest::newRow("text") << "one hour" << qint64(-1) << true;
    QTest::newRow("fraction") << "1.5" << qint64(-1) << true;
}

void TestAuthorizationRequest::maxAge()
{
    QFETCH(QString, maxAge);
    QFETCH(qint64, expected);
    QFETCH(bool, warning);
    Profile p = profile();
    p.extraParams = {{QStringLiteral("max_age"), maxAge}};
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered());
    QCOMPARE(r.maxAge.has_value(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*r.maxAge, expected);
    QCOMPARE(anyContains(r.warnings, QStringLiteral("max_age")), warning);
    QCOMPARE(value(r.url, QStringLiteral("max_age")), maxAge); // sent as given either way

    const AuthorizationRequest none = buildAuthorizationRequest(profile(), discovered());
    QVERIFY(!none.maxAge.has_value());
}

void TestAuthorizationRequest::warnings_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<bool>("pkce");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("expectedWarning"); // "" = none

    QTest::newRow("all advertised") << "code id_token token" << "form_post" << true << "" << QJsonObject{} << "";
    QTest::newRow("response type not advertised")
        << "code id_token" << "" << true << "" << QJsonObject{{"response_types_supported", QJsonArray{"code"}}}
        << "does not advertise response_type \"code id_token\"";
    QTest::newRow("advertised in another order")
        << "code id_token token" << "" << true << "" << QJsonObject{{"response_types_supported", QJsonArray{"token id_token code"}}} << "";
    QTest::newRow("form_post not advertised")
        << "code" << "form_post" << true << "" << QJsonObject{{"response_modes_supported", QJsonArray{"query", "fragment"}}}
        << "response_mode form_post is not advertised";
    QTest::newRow("form_post not advertised by default")
        << "code" << "form_post" << true << "" << QJsonObject{{"response_modes_supported", QJsonValue::Null}}
        << "response_mode form_post is not advertised";
    QTest::newRow("no S256") << "code" << "" << true << "" << QJsonObject{{"code_challenge_methods_supported", QJsonArray{"plain"}}}
                             << "PKCE requested but the provider advertises no S256";
    QTest::newRow("no PKCE methods at all") << "code" << "" << true << "" << QJsonObject{{"code_challenge_methods_supported", QJsonValue::Null}}
                                            << "PKCE requested but the provider advertises no S256";
    QTest::newRow("no PKCE warning for implicit") << "id_token token" << "" << true << ""
                                                  << QJsonObject{{"code_challenge_methods_supported", QJsonValue::Null}} << "";
    QTest::newRow("public client without PKCE") << "code" << "" << false << "" << QJsonObject{} << "PKCE is off for a public client";
    QTest::newRow("confidential client without PKCE") << "code" << "" << false << "s3cret" << QJsonObject{} << "";
}

void TestAuthorizationRequest::warnings()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(bool, pkce);
    QFETCH(QString, secret);
    QFETCH(QJsonObject, patch);
    QFETCH(QString, expectedWarning);
    Profile p = profile(responseType, responseMode);
    p.pkce = pkce;
    p.clientSecret = secret;
    const AuthorizationRequest r = buildAuthorizationRequest(p, discovered(patch));
    QVERIFY(r.url.isValid());
    if (expectedWarning.isEmpty()) {
        QVERIFY2(r.warnings.isEmpty(), qPrintable(joined(r.warnings)));
    } else {
        QVERIFY2(anyContains(r.warnings, expectedWarning), qPrintable(joined(r.warnings)));
    }
}

void TestAuthorizationRequest::noWarningsWithoutDiscovery()
{
    Profile p = profile(QStringLiteral("code id_token"), QStringLiteral("form_post"));
    const ProviderMetadata m = metadataFromProfile(p);
    QVERIFY(!m.fromDiscovery);
    const AuthorizationRequest r = buildAuthorizationRequest(p, m);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(joined(r.warnings)));
    QCOMPARE(r.url.host(), QStringLiteral("tenant.eu.auth0.com"));
    QCOMPARE(r.url.path(), QStringLiteral("/authorize"));
}

void TestAuthorizationRequest::endpointQueryKept()
{
    Profile p = profile();
    p.endpoints.authorization = QUrl(QStringLiteral("https://login.example.com/oauth2/authorize?p=B2C_1_signin&x=a%20b"));
    const AuthorizationRequest r = buildAuthorizationRequest(p, withProfileOverrides(discovered(), p));
    QCOMPARE(r.url.host(), QStringLiteral("login.example.com"));
    QCOMPARE(names(r.url).mid(0, 3), (QStringList{"p", "x", "response_type"}));
    QCOMPARE(value(r.url, QStringLiteral("p")), QStringLiteral("B2C_1_signin"));
    QCOMPARE(value(r.url, QStringLiteral("x")), QStringLiteral("a b"));
}

void TestAuthorizationRequest::noAuthorizationEndpoint()
{
    Profile p = profile();
    p.issuer = QStringLiteral("https://login.example.com/");
    const AuthorizationRequest r = buildAuthorizationRequest(p, metadataFromProfile(p));
    QVERIFY(r.url.isEmpty());
    QVERIFY(anyContains(r.warnings, QStringLiteral("no authorization endpoint")));
    QVERIFY(isBase64Url43(r.state)); // everything else is still prepared
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "TestAuthorizationRequest.moc"
