#include "core/oidc/TokenResponse.h"

#include <QTest>

using namespace tokenscope;

namespace {

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(" | "));
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(needle); });
}

const QByteArray kJson = "application/json; charset=utf-8";

} // namespace

class TestTokenResponse : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void successFields();
    void expiresIn_data();
    void expiresIn();
    void checks_data();
    void checks();
    void htmlSnippet();
    void oversize();
    void explain_data();
    void explain();
    void readableBodyText_data();
    void readableBodyText();
};

void TestTokenResponse::parse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");       // "" = no error
    QTest::addColumn<QString>("description"); // substring of error->description
    QTest::addColumn<QString>("hint");        // substring of error->hint
    QTest::addColumn<QString>("defect");      // "" = no defects

    QTest::newRow("200 ok")
        << 200 << kJson
        << QByteArray(R"({"access_token":"eyJ.at.sig","refresh_token":"v1.rt","id_token":"eyJ.id.sig","token_type":"Bearer","expires_in":86400,"scope":"openid profile offline_access"})")
        << true << "" << "" << "" << "";
    QTest::newRow("200 ok, token_type lower case") << 200 << kJson << QByteArray(R"({"access_token":"a","token_type":"bearer"})")
                                                   << true << "" << "" << "" << "";
    QTest::newRow("200 ok, DPoP") << 200 << kJson << QByteArray(R"({"access_token":"a","token_type":"DPoP","expires_in":60})")
                                  << true << "" << "" << "" << "";
    QTest::newRow("200 ok, problem+json style type") << 200 << QByteArray("application/vnd.api+json")
                                                     << QByteArray(R"({"access_token":"a","token_type":"Bearer"})") << true << "" << "" << "" << "";
    QTest::newRow("400 invalid_grant")
        << 400 << kJson << QByteArray(R"({"error":"invalid_grant","error_description":"Invalid authorization code"})")
        << false << "invalid_grant" << "Invalid authorization code" << "single-use and short-lived" << "";
    QTest::newRow("400 invalid_grant verifier")
        << 400 << kJson << QByteArray(R"({"error":"invalid_grant","error_description":"Failed to verify code verifier"})")
        << false << "invalid_grant" << "code verifier" << "code_verifier does not match" << "";
    QTest::newRow("400 invalid_request redirect")
        << 400 << kJson << QByteArray(R"({"error":"invalid_request","error_description":"redirect_uri mismatch"})")
        << false << "invalid_request" << "redirect_uri" << "Allowed Callback URLs" << "";
    QTest::newRow("400 invalid_scope") << 400 << kJson << QByteArray(R"({"error":"invalid_scope","error_description":"Invalid scope"})")
                                       << false << "invalid_scope" << "Invalid scope" << "\"audience\"" << "";
    QTest::newRow("401 invalid_client")
        << 401 << kJson << QByteArray(R"({"error":"invalid_client","error_description":"Unauthorized"})")
        << false << "invalid_client" << "Unauthorized" << "Token Endpoint Authentication Method" << "";
    QTest::newRow("403 access_denied refresh")
        << 403 << kJson << QByteArray(R"({"error":"access_denied","error_description":"Unknown or invalid refresh token."})")
        << false << "access_denied" << "Unknown or invalid refresh token" << "sign in again with offline_access" << "";
    QTest::newRow("403 invalid_grant refresh")
        << 403 << kJson << QByteArray(R"({"error":"invalid_grant","error_description":"Unknown or invalid refresh token."})")
        << false << "invalid_grant" << "refresh token" << "sign in again with offline_access" << "";
    QTest::newRow("403 unauthorized_client")
        << 403 << kJson << QByteArray(R"({"error":"unauthorized_client","error_description":"Grant type 'refresh_token' not allowed for the client."})")
        << false << "unauthorized_client" << "refresh_token" << "Grant Types" << "";
    QTest::newRow("404 endpoint_disabled") << 404 << kJson << QByteArray(R"({"error":"endpoint_disabled","error_description":"Endpoint disabled"})")
                                           << false << "endpoint_disabled" << "disabled" << "disabled for this tenant" << "";
    QTest::newRow("429 too_many_requests") << 429 << kJson << QByteArray(R"({"error":"too_many_requests","error_description":"Global limit has been reached"})")
                                           << false << "too_many_requests" << "limit" << "Retry-After" << "";
    QTest::newRow("501 unsupported_response_type") << 501 << kJson << QByteArray(R"({"error":"unsupported_response_type","error_description":"Unsupported response type: code"})")
                                                   << false << "unsupported_response_type" << "code" << "response_types_supported" << "";
    QTest::newRow("503 temporarily_unavailable") << 503 << kJson << QByteArray(R"({"error":"temporarily_unavailable"})")
                                                 << false << "temporarily_unavailable" << "" << "retry later" << "";
    QTest::newRow("500 HTML")
        << 500 << QByteArray("text/html; charset=UTF-8")
        << QByteArray("<!DOCTYPE html><html><head><title>Oops</title><style>body{color:red}</style><script>var x = '<b>';</script></head>"
                      "<body><h1>Internal&nbsp;Server Error</h1>\n<p>Something went <b>wrong</b> &amp; we are on it.</p></body></html>")
        << false << "server_error" << "Internal Server Error Something went wrong & we are on it." << "tenant's logs"
        << "the token endpoint answered 500 with text/html (not JSON): Oops Internal Server Error Something went wrong & we are on it.";
    QTest::newRow("502 plain text") << 502 << QByteArray("text/plain") << QByteArray("Bad Gateway")
                                    << false << "server_error" << "Bad Gateway" << "retry later" << "answered 502 with text/plain (not JSON): Bad Gateway";
    QTest::newRow("200 non-JSON login page")
        << 200 << QByteArray("text/html") << QByteArray("<html><body><form>Log in</form></body></html>")
        << false << "invalid_response" << "Log in" << "probably not the token endpoint" << "answered 200 with text/html (not JSON): Log in";
    QTest::newRow("404 HTML") << 404 << QByteArray("text/html") << QByteArray("<h1>Not Found</h1>")
                              << false << "invalid_response" << "Not Found" << "(404)" << "answered 404 with text/html (not JSON)";
    QTest::newRow("200 JSON array") << 200 << kJson << QByteArray(R"([{"access_token":"a"}])")
                                    << false << "invalid_response" << "" << "" << "answered 200 with a JSON array, not a JSON object";
    QTest::newRow("200 JSON string") << 200 << kJson << QByteArray(R"("token")")
                                     << false << "invalid_response" << "" << "" << "answered 200 with application/json (not JSON)";
    QTest::newRow("200 missing access_token") << 200 << kJson << QByteArray(R"({"id_token":"a.b.c","token_type":"Bearer"})")
                                              << false << "" << "" << "" << "no access_token";
    QTest::newRow("200 access_token number") << 200 << kJson << QByteArray(R"({"access_token":5,"token_type":"Bearer"})")
                                             << false << "" << "" << "" << "\"access_token\" must be a string, not a number";
    QTest::newRow("200 missing token_type") << 200 << kJson << QByteArray(R"({"access_token":"a"})")
                                            << true << "" << "" << "" << "no token_type";
    QTest::newRow("200 token_type MAC") << 200 << kJson << QByteArray(R"({"access_token":"a","token_type":"mac"})")
                                        << true << "" << "" << "" << "neither Bearer nor DPoP";
    QTest::newRow("200 JSON without JSON content type") << 200 << QByteArray("text/plain") << QByteArray(R"({"access_token":"a","token_type":"Bearer"})")
                                                        << true << "" << "" << "" << "not application/json";
    QTest::newRow("200 with error member") << 200 << kJson << QByteArray(R"({"error":"invalid_grant","access_token":"a"})")
                                           << false << "invalid_grant" << "" << "" << "errors use status 400 or 401";
    QTest::newRow("400 JSON without error") << 400 << kJson << QByteArray(R"({"message":"bad"})")
                                            << false << "invalid_response" << "bad" << "(400)" << "without an OAuth error object";
    QTest::newRow("400 error not a string") << 400 << kJson << QByteArray(R"({"error":{"code":1}})")
                                            << false << "invalid_response" << "" << "" << "\"error\" must be a string";
    QTest::newRow("empty body") << 200 << kJson << QByteArray("") << false << "invalid_response" << "empty answer" << "" << "empty body";
    QTest::newRow("truncated JSON") << 200 << kJson << QByteArray(R"({"access_token":"a)") << false << "invalid_response" << "" << "" << "(not JSON)";
    QTest::newRow("non-UTF-8 JSON") << 200 << kJson << QByteArray("{\"access_token\":\"\xff\"}") << false << "invalid_response" << "" << "" << "(not JSON)";
    QTest::newRow("deep JSON") << 200 << kJson << QByteArray(100000, '[') << false << "invalid_response" << "" << "" << "(not JSON)";
    QTest::newRow("no content type") << 500 << QByteArray() << QByteArray("boom") << false << "server_error" << "boom" << "" << "with no Content-Type (not JSON): boom";
}

void TestTokenResponse::parse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, hint);
    QFETCH(QString, defect);

    const TokenResponse r = parseTokenResponse(status, contentType, body);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(r.error.has_value(), !error.isEmpty());
    if (r.error) {
        QCOMPARE(r.error->error, error);
        QVERIFY2(r.error->description.contains(description), qPrintable(r.error->description));
        QVERIFY2(r.error->hint.contains(hint), qPrintable(r.error->hint));
        QVERIFY(!r.error->hint.isEmpty());
        QVERIFY(r.error->description.size() <= 201);
    }
    if (defect.isEmpty())
        QVERIFY2(r.defects.isEmpty(), qPrintable(joined(r.defects)));
    else
        QVERIFY2(anyContains(r.defects, defect), qPrintable(joined(r.defects)));
}

void TestTokenResponse::successFields()
{
    const TokenResponse r = parseTokenResponse(
        200, kJson,
        R"({"access_token":"eyJ.at.sig","refresh_token":"v1.rt","id_token":"eyJ.id.sig","token_type":"Bearer","expires_in":86400,"scope":"openid offline_access","custom":1})");
    QVERIFY(r.ok());
    QCOMPARE(r.accessToken, QStringLiteral("eyJ.at.sig"));
    QCOMPARE(r.refreshToken, QStringLiteral("v1.rt"));
    QCOMPARE(r.idToken, QStringLiteral("eyJ.id.sig"));
    QCOMPARE(r.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(r.scope, QStringLiteral("openid offline_access"));
    QCOMPARE(r.expiresIn, std::optional<qint64>(86400));
    QCOMPARE(r.json.value(QStringLiteral("custom")).toInt(), 1);
}

void TestTokenResponse::expiresIn_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1 = none
    QTest::addColumn<QString>("defect");
    QTest::newRow("number") << QByteArray("7200") << qint64(7200) << "";
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << "";
    QTest::newRow("string number") << QByteArray("\"3600\"") << qint64(3600) << "is a string";
    QTest::newRow("string text") << QByteArray("\"soon\"") << qint64(-1) << "is not a number of seconds";
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(1) << "not a whole number";
    QTest::newRow("negative") << QByteArray("-5") << qint64(-5) << "negative";
    QTest::newRow("bool") << QByteArray("true") << qint64(-1) << "must be a number of seconds, not a boolean";
    QTest::newRow("null") << QByteArray("null") << qint64(-1) << "";
}

void TestTokenResponse::expiresIn()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QFETCH(QString, defect);
    const TokenResponse r = parseTokenResponse(200, kJson, R"({"access_token":"a","token_type":"Bearer","expires_in":)" + value + "}");
    if (expected == -1 && defect != QLatin1String("negative"))
        QVERIFY(!r.expiresIn.has_value());
    else
        QCOMPARE(r.expiresIn.value_or(-999), expected);
    if (defect.isEmpty())
        QVERIFY2(r.defects.isEmpty(), qPrintable(joined(r.defects)));
    else
        QVERIFY2(anyContains(r.defects, defect), qPrintable(joined(r.defects)));
    QVERIFY(r.ok()); // expires_in problems do not make the tokens unusable
}

// token.token_type and token.expires_in (RFC 6749 5.1, 7.1), as oauth4webapi's processGenericAccessTokenResponse.
void TestTokenResponse::checks_data()
{
    QTest::addColumn<QByteArray>("members"); // besides "access_token":"a"
    QTest::addColumn<bool>("dpopUsed");
    QTest::addColumn<QString>("tokenType");  // status of token.token_type
    QTest::addColumn<QString>("expiresIn");  // status of token.expires_in
    QTest::addColumn<QString>("detail");     // in the detail of the first non-passing check (or of token_type)

    QTest::newRow("Bearer") << QByteArray(R"("token_type":"Bearer","expires_in":600)") << false << "pass" << "pass" << "RFC 6750";
    QTest::newRow("bEARER") << QByteArray(R"("token_type":"bEARER","expires_in":600)") << false << "pass" << "pass" << "case-insensitively";
    QTest::newRow("no token_type") << QByteArray(R"("expires_in":600)") << false << "fail" << "pass" << "requires";
    QTest::newRow("empty token_type") << QByteArray(R"("token_type":"","expires_in":600)") << false << "fail" << "pass" << "no token_type";
    QTest::newRow("token_type number") << QByteArray(R"("token_type":1,"expires_in":600)") << false << "fail" << "pass" << "a number";
    QTest::newRow("mac") << QByteArray(R"("token_type":"mac","expires_in":600)") << false << "fail" << "pass" << "RFC 6749 7.1";
    QTest::newRow("DPoP without DPoP") << QByteArray(R"("token_type":"DPoP","expires_in":600)") << false << "fail" << "pass" << "no DPoP proof";
    QTest::newRow("DPoP with DPoP") << QByteArray(R"("token_type":"DPoP","expires_in":600)") << true << "pass" << "pass" << "RFC 9449";
    QTest::newRow("no expires_in") << QByteArray(R"("token_type":"Bearer")") << false << "pass" << "skip" << "RECOMMENDED";
    QTest::newRow("expires_in zero") << QByteArray(R"("token_type":"Bearer","expires_in":0)") << false << "pass" << "pass" << "";
    QTest::newRow("expires_in string") << QByteArray(R"("token_type":"Bearer","expires_in":"600")") << false << "pass" << "pass" << "";
    QTest::newRow("expires_in negative") << QByteArray(R"("token_type":"Bearer","expires_in":-5)") << false << "pass" << "fail" << "negative";
    QTest::newRow("expires_in negative string") << QByteArray(R"("token_type":"Bearer","expires_in":"-5")") << false << "pass" << "fail"
                                                << "negative";
    QTest::newRow("expires_in text") << QByteArray(R"("token_type":"Bearer","expires_in":"soon")") << false << "pass" << "fail"
                                     << "not a number";
    QTest::newRow("expires_in bool") << QByteArray(R"("token_type":"Bearer","expires_in":true)") << false << "pass" << "fail"
                                     << "a boolean";
}

void TestTokenResponse::checks()
{
    QFETCH(QByteArray, members);
    QFETCH(bool, dpopUsed);
    QFETCH(QString, tokenType);
    QFETCH(QString, expiresIn);
    QFETCH(QString, detail);
    const TokenResponse r = parseTokenResponse(200, kJson, R"({"access_token":"a",)" + members + "}");
    QVERIFY(r.ok());
    const CheckList checks = tokenResponseChecks(r, QStringLiteral("token."), dpopUsed);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(checks.at(0).id, QStringLiteral("token.token_type"));
    QCOMPARE(checks.at(1).id, QStringLiteral("token.expires_in"));
    QCOMPARE(checkStatusName(checks.at(0).status), tokenType);
    QCOMPARE(checkStatusName(checks.at(1).status), expiresIn);
    const Check &shown = checks.at(0).status != CheckStatus::Pass || checks.at(1).status == CheckStatus::Pass ? checks.at(0) : checks.at(1);
    QVERIFY2(shown.detail.toString().contains(detail), qPrintable(shown.detail.toString()));
    // The prefix names the step.
    QCOMPARE(tokenResponseChecks(r, QStringLiteral("refresh.")).at(0).id, QStringLiteral("refresh.token_type"));
}

void TestTokenResponse::htmlSnippet()
{
    QByteArray page = "<html><body><p>";
    for (int i = 0; i < 100; ++i)
        page += "word" + QByteArray::number(i) + " ";
    page += "</p></body></html>";
    const TokenResponse r = parseTokenResponse(500, "text/html", page);
    QVERIFY(r.error);
    QVERIFY(r.error->description.startsWith(QLatin1String("word0 word1 word2")));
    QCOMPARE(r.error->description.size(), 201); // 200 characters and an ellipsis
    QVERIFY(r.error->description.endsWith(QStringLiteral("…")));
    QVERIFY(!r.error->description.contains(QLatin1Char('<')));
}

void TestTokenResponse::oversize()
{
    const TokenResponse r = parseTokenResponse(200, kJson, "{\"access_token\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}");
    QVERIFY(!r.ok());
    QVERIFY(anyContains(r.defects, QStringLiteral("more than the 1 MiB")));
    QVERIFY(r.error);
    for (const QString &d : r.defects)
        QVERIFY(d.size() < 600);
}

void TestTokenResponse::explain_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid_request 400") << "invalid_request" << "Missing required parameter: code" << 400 << "missing, repeated or malformed";
    QTest::newRow("invalid_request pkce") << "invalid_request" << "Parameter 'code_verifier' is required" << 400 << "PKCE is incomplete";
    QTest::newRow("invalid_grant code") << "invalid_grant" << "Invalid authorization code" << 403 << "already used";
    QTest::newRow("invalid_grant redirect") << "invalid_grant" << "Invalid redirect_uri" << 400 << "identical to the one sent to /authorize";
    QTest::newRow("invalid_grant password") << "invalid_grant" << "Wrong email or password." << 403 << "wrong username or password";
    QTest::newRow("invalid_scope") << "invalid_scope" << "" << 400 << "define it on the API";
    QTest::newRow("invalid_client") << "invalid_client" << "Client authentication failed" << 401 << "client ID and secret";
    QTest::newRow("unauthorized_client") << "unauthorized_client" << "" << 403 << "Advanced Settings > Grant Types";
    QTest::newRow("access_denied refresh") << "access_denied" << "Unknown or invalid refresh token." << 403 << "refresh token is unknown, expired, revoked";
    QTest::newRow("access_denied generic") << "access_denied" << "" << 403 << "rules/actions";
    QTest::newRow("endpoint_disabled") << "endpoint_disabled" << "" << 404 << "disabled";
    QTest::newRow("too_many_requests") << "too_many_requests" << "" << 429 << "same refresh token";
    QTest::newRow("server_error") << "server_error" << "" << 500 << "retry later";
    QTest::newRow("unsupported_response_type 501") << "unsupported_response_type" << "" << 501 << "response_types_supported";
    QTest::newRow("temporarily_unavailable") << "temporarily_unavailable" << "" << 503 << "retry later";
    QTest::newRow("unsupported_grant_type") << "unsupported_grant_type" << "" << 400 << "grant_type";
    QTest::newRow("mfa_required") << "mfa_required" << "Multifactor authentication required" << 403 << "multi-factor";
    QTest::newRow("case-insensitive code") << "Invalid_Client" << "" << 401 << "client ID and secret";
    QTest::newRow("unknown by status 404") << "" << "" << 404 << "check the token endpoint";
    QTest::newRow("unknown by status 405") << "something" << "" << 405 << "expects POST";
    QTest::newRow("unknown by status 429") << "" << "" << 429 << "Retry-After";
    QTest::newRow("unknown by status 502") << "" << "" << 502 << "(502)";
    QTest::newRow("unknown 400") << "custom_error" << "x" << 400 << "(400)";
    QTest::newRow("unknown, no status") << "custom_error" << "x" << 0 << "does not explain";
    QTest::newRow("invalid_response 200") << "invalid_response" << "" << 200 << "probably not the token endpoint";
}

void TestTokenResponse::explain()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const QString text = explainOAuthError(error, description, status);
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void TestTokenResponse::readableBodyText_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray("Bad Gateway") << "Bad Gateway";
    QTest::newRow("tags and entities") << QByteArray("<p>a &lt;b&gt; &quot;c&quot; &#39;d&#39;</p>") << "a <b> \"c\" 'd'";
    QTest::newRow("script and style") << QByteArray("<SCRIPT type=x>alert(1)</SCRIPT><style>p{}</style>ok") << "ok";
    QTest::newRow("comment") << QByteArray("<!-- hidden <b> -->shown") << "shown";
    QTest::newRow("whitespace and control chars") << QByteArray("a\r\n\t\x01 b") << "a b";
    QTest::newRow("non-UTF-8") << QByteArray("caf\xe9") << QStringLiteral("caf\uFFFD");
    QTest::newRow("empty") << QByteArray() << "";
}

void TestTokenResponse::readableBodyText()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(tokenscope::readableBodyText(body), expected);
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "TestTokenResponse.moc"
