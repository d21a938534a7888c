// What leaves the engine as the HTTP log: secrets redacted in form bodies, JSON bodies, Basic credentials, cookies and
// URL queries; and curl commands that a POSIX shell reads back as exactly the request's arguments.
#include "core/http/HttpExchange.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace tokenscope;

namespace {

const QByteArray Redacted = "<redacted>";
const QByteArray RedactedEncoded = "%3Credacted%3E";

HttpExchange tokenExchange()
{
    HttpExchange ex;
    ex.id = 7;
    ex.step = QStringLiteral("token");
    ex.method = "POST";
    ex.url = QUrl(QStringLiteral("https://tenant.example/oauth/token"));
    ex.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Authorization", "Basic " + QByteArray("app:s3cr3t-basic-value").toBase64()},
                         {"Cookie", "session=cookie-secret-value"}};
    ex.requestBody = "grant_type=refresh_token&refresh_token=rt-secret-value&client_id=app&client_secret=cs-secret-value";
    ex.status = 200;
    ex.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"Set-Cookie", "sid=set-cookie-secret; HttpOnly"}};
    ex.responseBody = R"({"access_token":"at-value","refresh_token":"rt-new-secret","token_type":"Bearer"})";
    return ex;
}

} // namespace

class TestHttpExchange : public QObject
{
    Q_OBJECT
private slots:
    void secretNames_data();
    void secretNames();
    void formBody_data();
    void formBody();
    void jsonBody_data();
    void jsonBody();
    void url_data();
    void url();
    void bearerTokens_data();
    void bearerTokens();
    void wholeExchange();
    void curlQuoting_data();
    void curlQuoting();
};

void TestHttpExchange::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char *n : {"client_secret", "refresh_token", "code_verifier", "password", "clientSecret",
                          "refreshToken", "codeVerifier", "CLIENT_SECRET", "Password", "device_code", "deviceCode"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n : {"code", "state", "client_id", "grant_type", "redirect_uri", "username", "scope", "user_code", "subject_token", "client_assertion", ""})
        QTest::newRow(*n ? n : "(empty)") << QString::fromLatin1(n) << false;
}

void TestHttpExchange::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(isSecretParameter(name), secret);
}

void TestHttpExchange::formBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("code exchange") << QByteArray("grant_type=authorization_code&code=abc&code_verifier=v-123&client_secret=s%2F3")
                                   << "grant_type=authorization_code&code=abc&code_verifier=" + RedactedEncoded + "&client_secret=" + RedactedEncoded;
    QTest::newRow("refresh") << QByteArray("grant_type=refresh_token&refresh_token=rt-1")
                             << "grant_type=refresh_token&refresh_token=" + RedactedEncoded;
    QTest::newRow("password grant") << QByteArray("grant_type=password&username=alice&password=wonderland-42")
                                    << "grant_type=password&username=alice&password=" + RedactedEncoded;
    QTest::newRow("percent-encoded name") << QByteArray("client%5Fsecret=s&x=1") << "client%5Fsecret=" + RedactedEncoded + "&x=1";
    QTest::newRow("upper-case name") << QByteArray("CLIENT_SECRET=s") << "CLIENT_SECRET=" + RedactedEncoded;
    QTest::newRow("name without value") << QByteArray("password&a=b") << "password=" + RedactedEncoded + "&a=b";
    QTest::newRow("repeated secret") << QByteArray("password=a&password=b") << "password=" + RedactedEncoded + "&password=" + RedactedEncoded;
    QTest::newRow("nothing secret") << QByteArray("code=abc&state=xyz") << QByteArray("code=abc&state=xyz");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestHttpExchange::formBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(redactFormBody(body), expected);
}

void TestHttpExchange::jsonBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("gone");
    QTest::addColumn<QByteArrayList>("kept");
    QTest::newRow("token response") << QByteArray(R"({"access_token":"at-1","refresh_token":"rt-secret","id_token":"eH.eP.sig"})")
                                    << QByteArrayList{"rt-secret", "at-1", "sig"} << QByteArrayList{"eH.eP.<redacted>"};
    QTest::newRow("nested and in arrays") << QByteArray(R"({"a":{"password":"pw-secret"},"b":[{"client_secret":"cs-secret"}],"c":"keep"})")
                                          << QByteArrayList{"pw-secret", "cs-secret"} << QByteArrayList{"keep"};
    QTest::newRow("camelCase (profiles)") << QByteArray(R"({"clientSecret":"cs-secret","clientId":"app"})") << QByteArrayList{"cs-secret"}
                                          << QByteArrayList{"app"};
    QTest::newRow("top-level array") << QByteArray(R"([{"refresh_token":"rt-secret"}])") << QByteArrayList{"rt-secret"} << QByteArrayList{};
    QTest::newRow("secret that is not a string") << QByteArray(R"({"password":{"value":"pw-secret"}})") << QByteArrayList{"pw-secret"}
                                                 << QByteArrayList{};
    QTest::newRow("truncated JSON") << QByteArray(R"({"access_token":"at-1","refresh_token":"rt-secret","expires_in":36)")
                                    << QByteArrayList{"rt-secret", "at-1"} << QByteArrayList{"expires_in"};
    QTest::newRow("cut inside the secret") << QByteArray(R"({"scope":"openid","refresh_token":"rt-sec)")
                                           << QByteArrayList{"rt-sec"} << QByteArrayList{"openid"};
    QTest::newRow("broken, escaped quote in secret") << QByteArray(R"({"client_secret":"a\"b-secret", x})")
                                                     << QByteArrayList{"b-secret"} << QByteArrayList{};
    QTest::newRow("duplicate secret member") << QByteArray(R"({"refresh_token":"rt-first","refresh_token":"rt-second"})")
                                             << QByteArrayList{"rt-first", "rt-second"} << QByteArrayList{};
}

void TestHttpExchange::jsonBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, gone);
    QFETCH(QByteArrayList, kept);
    const QByteArray redacted = redactJsonBody(body);
    for (const QByteArray &secret : gone)
        QVERIFY2(!redacted.contains(secret), redacted.constData());
    for (const QByteArray &value : kept)
        QVERIFY2(redacted.contains(value), redacted.constData());
    QVERIFY2(redacted.contains(Redacted), redacted.constData());
}

void TestHttpExchange::url_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret in the query") << "https://t.example/authorize?client_id=app&client_secret=s3&state=x"
                                         << "https://t.example/authorize?client_id=app&client_secret=%3Credacted%3E&state=x";
    QTest::newRow("password in user info") << "https://alice:wonderland-42@t.example/path" << "https://alice@t.example/path";
    QTest::newRow("encoded secret name") << "https://t.example/?refresh%5Ftoken=rt" << "https://t.example/?refresh_token=%3Credacted%3E";
    QTest::newRow("nothing secret") << "https://t.example/cb?code=abc&state=x" << "https://t.example/cb?code=abc&state=x";
    // A hybrid or implicit response arrives in the fragment: its tokens are reduced there too.
    QTest::newRow("tokens in the fragment")
        << "https://app.example/cb#code=abc&id_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln&access_token=opaque&state=x"
        << "https://app.example/cb#code=abc&id_token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.%3Credacted%3E&access_token=%3Credacted%3E&state=x";
    QTest::newRow("secret in the fragment") << "https://app.example/cb#refresh_token=rt&state=x"
                                            << "https://app.example/cb#refresh_token=%3Credacted%3E&state=x";
    QTest::newRow("a plain anchor") << "https://t.example/docs#section-2" << "https://t.example/docs#section-2";
}

void TestHttpExchange::url()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(redactUrl(QUrl(url)).toString(QUrl::FullyEncoded), expected);
}

// Bearer tokens stay readable (a JWT keeps header and payload) but never replayable from a log, a curl command or a report.
void TestHttpExchange::bearerTokens_data()
{
    const QByteArray jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJlLXNlY3JldA";
    const QByteArray readable = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.<redacted>";
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("gone");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("Authorization: Bearer JWT") << HttpHeaders{{"Authorization", "Bearer " + jwt}} << "https://api.example/x"
                                               << QByteArray() << QByteArray("c2lnbmF0dXJlLXNlY3JldA") << "Bearer " + readable;
    QTest::newRow("Authorization: bearer opaque") << HttpHeaders{{"Authorization", "bearer opaque-at-value"}}
                                                  << "https://api.example/x" << QByteArray() << QByteArray("opaque-at-value")
                                                  << QByteArray("bearer <redacted>");
    QTest::newRow("Authorization: DPoP") << HttpHeaders{{"Authorization", "DPoP " + jwt}} << "https://api.example/x" << QByteArray()
                                         << QByteArray("c2lnbmF0dXJlLXNlY3JldA") << "DPoP " + readable;
    QTest::newRow("unknown scheme") << HttpHeaders{{"Authorization", "Custom k=v-secret"}} << "https://api.example/x" << QByteArray()
                                    << QByteArray("v-secret") << QByteArray("Custom <redacted>");
    QTest::newRow("revocation form body") << HttpHeaders{{"Content-Type", "application/x-www-form-urlencoded"}} << "https://t.example/oauth/revoke"
                                          << QByteArray("token=opaque-at-value&token_type_hint=access_token")
                                          << QByteArray("opaque-at-value") << QByteArray("token_type_hint=access_token");
    QTest::newRow("logout id_token_hint") << HttpHeaders{} << QString::fromLatin1("https://t.example/logout?id_token_hint=" + jwt + "&state=s")
                                          << QByteArray() << QByteArray("c2lnbmF0dXJlLXNlY3JldA") << QByteArray("id_token_hint=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.%3Credacted%3E");
    QTest::newRow("JWT-lookalike with junk is not kept") << HttpHeaders{{"Authorization", "Bearer a.b.c d"}} << "https://api.example/x"
                                                         << QByteArray() << QByteArray("a.b.c") << QByteArray("Bearer <redacted>");
}

void TestHttpExchange::bearerTokens()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, gone);
    QFETCH(QByteArray, kept);
    HttpExchange ex;
    ex.method = body.isEmpty() ? "GET" : "POST";
    ex.url = QUrl(url);
    ex.requestHeaders = headers;
    ex.requestBody = body;
    const HttpExchange redacted = redactExchange(ex);
    const QByteArray json = QJsonDocument(exchangeToJson(redacted)).toJson(QJsonDocument::Compact);
    const QByteArray curl = toCurlCommand(redacted).toUtf8();
    QVERIFY2(!json.contains(gone), json.constData());
    QVERIFY2(!curl.contains(gone), curl.constData());
    QVERIFY2(curl.contains(kept), curl.constData());
    // Showing secrets is the caller's choice: the original still has the token.
    QVERIFY(toCurlCommand(ex).toUtf8().contains(gone));
}

void TestHttpExchange::wholeExchange()
{
    const HttpExchange original = tokenExchange();
    const HttpExchange ex = redactExchange(original);
    QCOMPARE(ex.requestHeader("Authorization"), QByteArray("Basic <redacted>"));
    QCOMPARE(ex.requestHeader("Cookie"), Redacted);
    QCOMPARE(ex.responseHeader("Set-Cookie"), Redacted);
    QCOMPARE(ex.requestHeader("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const QByteArray json = QJsonDocument(exchangeToJson(ex)).toJson();
    const QByteArray curl = toCurlCommand(ex).toUtf8();
    for (const QByteArray &secret : {QByteArray("rt-secret-value"), QByteArray("cs-secret-value"), QByteArray("rt-new-secret"),
                                     QByteArray("cookie-secret-value"), QByteArray("set-cookie-secret"),
                                     QByteArray("app:s3cr3t-basic-value").toBase64()}) {
        QVERIFY2(!json.contains(secret), secret.constData());
        QVERIFY2(!curl.contains(secret), secret.constData());
    }
    QVERIFY(!json.contains("at-value")); // an opaque access token is replaced whole
    QVERIFY(json.contains("token_type"));
    QVERIFY(json.contains("client_id=app"));
    // A form body with a charset parameter is still a form body.
    HttpExchange charset = original;
    charset.requestHeaders[0].second = "application/x-www-form-urlencoded; charset=UTF-8";
    QVERIFY(!redactExchange(charset).requestBody.contains("cs-secret-value"));
    // The original keeps its values (the engine still needs them).
    QVERIFY(original.requestBody.contains("cs-secret-value"));
}

void TestHttpExchange::curlQuoting_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("plain") << "https://t.example/api" << QByteArray("application/json") << QByteArray("{\"a\":1}");
    QTest::newRow("single quotes") << "https://t.example/api?q=it's" << QByteArray("it's 'quoted'") << QByteArray("{\"name\":\"O'Brien\"}");
    QTest::newRow("shell metacharacters") << "https://t.example/$(reboot)" << QByteArray("`id` $HOME; rm -rf / & | > <")
                                          << QByteArray("a=$(id)&b=`id`&c=\\n");
    QTest::newRow("newlines and unicode") << "https://t.example/ü" << QByteArray("x") << QByteArray("line1\nline2\n'\n\"été\"");
}

void TestHttpExchange::curlQuoting()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    QVERIFY(!sh.isEmpty());
    HttpExchange ex;
    ex.method = "POST";
    ex.url = QUrl(url);
    ex.requestHeaders = {{"X-Test", headerValue}};
    ex.requestBody = body;
    const QString command = toCurlCommand(ex);
    QVERIFY(command.startsWith(QLatin1String("curl ")));
    // Let a real shell split it: printf prints every argument NUL-terminated instead of running curl.
    QProcess shell;
    shell.start(sh, {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + command.mid(5)});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    QByteArrayList argv = shell.readAllStandardOutput().split('\0');
    argv.removeLast(); // after the last NUL
    const QByteArrayList expected{"-X", "POST", ex.url.toString(QUrl::FullyEncoded).toUtf8(), "-H", "X-Test: " + headerValue,
                                  "--data-raw", body};
    QCOMPARE(argv, expected);
}

QTEST_APPLESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
