#include "core/oidc/CallbackResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

namespace {

const QString kIssuer = QStringLiteral("https://tenant.eu.auth0.com/");

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(" | "));
}

bool anyContains(const QStringList &list, const QString &needle)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(needle); });
}

QStringList sortedPairs(const QMap<QString, QString> &params)
{
    QStringList out;
    for (auto it = params.begin(); it != params.end(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return out; // QMap iterates in key order
}

ProviderMetadata metadata(bool issAdvertised)
{
    ProviderMetadata m;
    m.issuer = kIssuer;
    m.fromDiscovery = true;
    m.issParameterSupported = issAdvertised;
    return m;
}

AuthorizationRequest request(const QString &responseType, const QString &state = QStringLiteral("af0ifjsldkj"))
{
    AuthorizationRequest r;
    r.responseType = responseType;
    r.state = state;
    r.redirectUri = QUrl(QStringLiteral("https://app.example/callback"));
    return r;
}

CallbackResponse response(const QStringList &pairs, CallbackSource source = CallbackSource::Fragment)
{
    CallbackResponse c;
    c.source = source;
    for (const QString &pair : pairs)
        c.params.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return c;
}

QString statusOf(const CheckList &checks, const QString &id)
{
    const Check *check = findCheck(checks, id);
    return check ? checkStatusName(check->status) : QStringLiteral("absent");
}

QString detailOf(const CheckList &checks, const QString &id)
{
    const Check *check = findCheck(checks, id);
    return check ? check->detail : QString();
}

} // namespace

class TestCallbackResponse : public QObject
{
    Q_OBJECT
private slots:
    void isCallbackUrl_data();
    void isCallbackUrl();
    void parseCallback_data();
    void parseCallback();
    void rawMalformedEncoding_data();
    void rawMalformedEncoding();
    void oversize();
    void errorAccessors();
    void validateState_data();
    void validateState();
    void validateIss_data();
    void validateIss();
    void issFromIdToken_data();
    void issFromIdToken();
    void validateParams_data();
    void validateParams();
    void errorResponses_data();
    void errorResponses();
    void endToEndHybrid();
};

void TestCallbackResponse::isCallbackUrl_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("expected");

    const QString https = QStringLiteral("https://app.example/callback");
    QTest::newRow("https with code in query") << "https://app.example/callback?code=abc&state=xyz" << https << true;
    QTest::newRow("https with fragment") << "https://app.example/callback#id_token=a&state=b" << https << true;
    QTest::newRow("https bare") << "https://app.example/callback" << https << true;
    QTest::newRow("host case-insensitive") << "https://APP.Example/callback?code=1" << https << true;
    QTest::newRow("scheme case-insensitive") << "HTTPS://app.example/callback?code=1" << https << true;
    QTest::newRow("default port 443 explicit in candidate") << "https://app.example:443/callback?code=1" << https << true;
    QTest::newRow("default port 443 explicit in redirect") << "https://app.example/callback?code=1" << "https://app.example:443/callback" << true;
    QTest::newRow("other port") << "https://app.example:8443/callback?code=1" << https << false;
    QTest::newRow("other host with code") << "https://evil.example/callback?code=abc&state=xyz" << https << false;
    QTest::newRow("subdomain") << "https://sub.app.example/callback?code=1" << https << false;
    QTest::newRow("redirect host in query of other url") << "https://tenant.eu.auth0.com/login?redirect_uri=https://app.example/callback&code=1" << https << false;
    QTest::newRow("different path") << "https://app.example/callback2?code=1" << https << false;
    QTest::newRow("path prefix") << "https://app.example/call?code=1" << https << false;
    QTest::newRow("trailing slash added") << "https://app.example/callback/?code=1" << https << false;
    QTest::newRow("trailing slash missing") << "https://app.example/callback?code=1" << "https://app.example/callback/" << false;
    QTest::newRow("path case matters") << "https://app.example/Callback?code=1" << https << false;
    QTest::newRow("root empty path equals slash") << "https://app.example?code=1" << "https://app.example/" << true;
    QTest::newRow("http vs https") << "http://app.example/callback?code=1" << https << false;
    QTest::newRow("http loopback with port") << "http://127.0.0.1:8123/callback?code=1" << "http://127.0.0.1:8123/callback" << true;
    QTest::newRow("http loopback other port") << "http://127.0.0.1:8124/callback?code=1" << "http://127.0.0.1:8123/callback" << false;
    QTest::newRow("http default port 80") << "http://localhost:80/cb?code=1" << "http://localhost/cb" << true;
    QTest::newRow("localhost vs 127.0.0.1") << "http://localhost:8123/callback?code=1" << "http://127.0.0.1:8123/callback" << false;
    QTest::newRow("custom scheme") << "com.tokenscope.demo://callback?code=1&state=2" << "com.tokenscope.demo://callback" << true;
    QTest::newRow("custom scheme fragment") << "com.tokenscope.demo://callback#access_token=x" << "com.tokenscope.demo://callback" << true;
    QTest::newRow("custom scheme other host") << "com.tokenscope.demo://other?code=1" << "com.tokenscope.demo://callback" << false;
    QTest::newRow("custom scheme other scheme") << "com.evil.demo://callback?code=1" << "com.tokenscope.demo://callback" << false;
    QTest::newRow("custom scheme with host and path") << "com.myapi://myapi.com/callback?code=1" << "com.myapi://myapi.com/callback" << true;
    QTest::newRow("custom scheme with host, other path") << "com.myapi://myapi.com/other?code=1" << "com.myapi://myapi.com/callback" << false;
    QTest::newRow("custom scheme single slash") << "com.example.app:/oauth2redirect?code=1" << "com.example.app:/oauth2redirect" << true;
    QTest::newRow("redirect with own query present") << "https://app.example/cb?tenant=a&code=1" << "https://app.example/cb?tenant=a" << true;
    QTest::newRow("redirect own query in other order") << "https://app.example/cb?code=1&x=2&tenant=a" << "https://app.example/cb?tenant=a&x=2" << true;
    QTest::newRow("redirect own query missing") << "https://app.example/cb?code=1" << "https://app.example/cb?tenant=a" << false;
    QTest::newRow("redirect own query other value") << "https://app.example/cb?tenant=b&code=1" << "https://app.example/cb?tenant=a" << false;
    QTest::newRow("redirect own query encoded") << "https://app.example/cb?t=a%20b&code=1" << "https://app.example/cb?t=a%20b" << true;
    QTest::newRow("relative candidate") << "/callback?code=1" << https << false;
    QTest::newRow("empty candidate") << "" << https << false;
    QTest::newRow("about:blank") << "about:blank" << https << false;
}

void TestCallbackResponse::isCallbackUrl()
{
    QFETCH(QString, candidate);
    QFETCH(QString, redirect);
    QFETCH(bool, expected);
    QCOMPARE(tokenscope::isCallbackUrl(QUrl(candidate), QUrl(redirect)), expected);
}

void TestCallbackResponse::parseCallback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("source");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QStringList>("repeated");
    QTest::addColumn<QString>("defect"); // "" = none
    QTest::addColumn<QString>("note");   // "" = none

    const int Q = int(CallbackSource::Query), F = int(CallbackSource::Fragment), P = int(CallbackSource::FormPost);
    QTest::newRow("fragment hybrid (seed-flow sample)")
        << "https://app.example/callback#access_token=ey.at&expires_in=7200&token_type=Bearer&code=Aa1bC2&id_token=ey.id.sig&state=af0ifjsldkj"
        << QByteArray() << "fragment" << F
        << QStringList{"access_token=ey.at", "code=Aa1bC2", "expires_in=7200", "id_token=ey.id.sig", "state=af0ifjsldkj", "token_type=Bearer"}
        << QStringList{} << "" << "";
    QTest::newRow("query code") << "https://app.example/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz"
                                << QByteArray() << "query" << Q
                                << QStringList{"code=SplxlOBeZQQYbYS6WxSbIA", "state=xyz"} << QStringList{} << "" << "";
    QTest::newRow("query with redirect's own params") << "https://app.example/cb?tenant=a&code=c1&state=s"
                                                      << QByteArray() << "query" << Q
                                                      << QStringList{"code=c1", "state=s", "tenant=a"} << QStringList{} << "" << "";
    QTest::newRow("form body") << "https://app.example/callback" << QByteArray("code=c%2F1&id_token=a.b.c&state=s+1")
                               << "form_post" << P << QStringList{"code=c/1", "id_token=a.b.c", "state=s 1"} << QStringList{} << "" << "";
    QTest::newRow("default mode picks form body") << "https://app.example/callback" << QByteArray("code=c&state=s")
                                                  << "" << P << QStringList{"code=c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("default mode picks fragment") << "https://app.example/callback?tenant=a#code=c&state=s"
                                                 << QByteArray() << "" << F << QStringList{"code=c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("default mode falls back to query") << "https://app.example/callback?code=c&state=s"
                                                      << QByteArray() << "" << Q << QStringList{"code=c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("percent and plus decoding") << "https://app.example/cb?code=a%2Bb&state=x+y%20z&error_description=Caf%C3%A9"
                                               << QByteArray() << "query" << Q
                                               << QStringList{QStringLiteral("code=a+b"), QStringLiteral("error_description=Café"), QStringLiteral("state=x y z")}
                                               << QStringList{} << "" << "";
    QTest::newRow("repeated params") << "https://app.example/cb#state=a&code=1&state=b&code=2&id_token=x"
                                     << QByteArray() << "fragment" << F << QStringList{"code=1", "id_token=x", "state=a"}
                                     << QStringList{"state", "code"} << "" << "";
    QTest::newRow("non-UTF-8 value") << "https://app.example/cb?code=%FF%FE&state=s" << QByteArray() << "query" << Q
                                     << QStringList{QStringLiteral("code=\uFFFD\uFFFD"), QStringLiteral("state=s")} << QStringList{}
                                     << "the value of \"code\" in the query is not valid UTF-8" << "";
    QTest::newRow("overlong UTF-8") << "https://app.example/cb?state=%C0%AF" << QByteArray() << "query" << Q
                                    << QStringList{QStringLiteral("state=\uFFFD\uFFFD")} << QStringList{} << "not valid UTF-8" << "";
    QTest::newRow("empty name") << "https://app.example/cb?=x&code=c&state=s" << QByteArray() << "query" << Q
                                << QStringList{"code=c", "state=s"} << QStringList{} << "empty name" << "";
    QTest::newRow("empty segments tolerated") << "https://app.example/cb?&code=c&&state=s&" << QByteArray() << "query" << Q
                                              << QStringList{"code=c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("param without value") << "https://app.example/cb?code&state=s" << QByteArray() << "query" << Q
                                         << QStringList{"code=", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("empty fragment") << "https://app.example/cb#" << QByteArray() << "fragment" << F
                                    << QStringList{} << QStringList{} << "" << "no OAuth parameters";
    QTest::newRow("no params at all") << "https://app.example/cb" << QByteArray() << "query" << Q
                                      << QStringList{} << QStringList{} << "" << "no OAuth parameters";
    QTest::newRow("error in query when fragment expected")
        << "https://app.example/cb?error=unauthorized_client&error_description=Unsupported+response_type&state=s"
        << QByteArray() << "fragment" << Q
        << QStringList{"error=unauthorized_client", "error_description=Unsupported response_type", "state=s"} << QStringList{} << ""
        << "came in the query although response_mode fragment";
    QTest::newRow("error in fragment when form_post expected")
        << "https://app.example/cb#error=access_denied&state=s" << QByteArray() << "form_post" << F
        << QStringList{"error=access_denied", "state=s"} << QStringList{} << "" << "came in the fragment";
    QTest::newRow("fragment expected, query holds only redirect's own params")
        << "https://app.example/cb?tenant=a#code=c&state=s" << QByteArray() << "fragment" << F
        << QStringList{"code=c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("custom scheme fragment") << "com.tokenscope.demo://callback#id_token=a.b.c&state=s" << QByteArray() << "fragment" << F
                                            << QStringList{"id_token=a.b.c", "state=s"} << QStringList{} << "" << "";
    QTest::newRow("unknown mode") << "https://app.example/cb#code=c" << QByteArray() << "web_message" << F
                                  << QStringList{"code=c"} << QStringList{} << "" << "response_mode \"web_message\"";
}

void TestCallbackResponse::parseCallback()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, body);
    QFETCH(QString, mode);
    QFETCH(int, source);
    QFETCH(QStringList, params);
    QFETCH(QStringList, repeated);
    QFETCH(QString, defect);
    QFETCH(QString, note);

    const CallbackResponse r = tokenscope::parseCallback(QUrl(url), body, mode);
    QCOMPARE(int(r.source), source);
    QCOMPARE(r.url, QUrl(url));
    QCOMPARE(sortedPairs(r.params), params);
    QCOMPARE(r.repeatedParams, repeated);
    if (defect.isEmpty())
        QVERIFY2(r.defects.isEmpty(), qPrintable(joined(r.defects)));
    else
        QVERIFY2(anyContains(r.defects, defect), qPrintable(joined(r.defects)));
    if (note.isEmpty())
        QVERIFY2(r.notes.isEmpty(), qPrintable(joined(r.notes)));
    else
        QVERIFY2(anyContains(r.notes, note), qPrintable(joined(r.notes)));

    // The raw entry point agrees on well-formed input.
    const CallbackResponse raw = parseRawCallback(QUrl(url).toEncoded(), body, mode);
    QCOMPARE(raw.params, r.params);
    QCOMPARE(raw.repeatedParams, r.repeatedParams);
}

void TestCallbackResponse::rawMalformedEncoding_data()
{
    QTest::addColumn<QByteArray>("rawUrl");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("defect");
    QTest::newRow("%G1 in query") << QByteArray("https://app.example/cb?code=ab%G1&state=s") << QByteArray() << "query"
                                  << "code" << "ab%G1" << "malformed percent-encoding in \"code\" in the query: \"%G1\"";
    QTest::newRow("lone % at end of fragment") << QByteArray("https://app.example/cb#state=s&code=abc%") << QByteArray() << "fragment"
                                               << "code" << "abc%" << "malformed percent-encoding in \"code\" in the fragment: \"%\"";
    QTest::newRow("% with one hex digit") << QByteArray("https://app.example/cb?state=%A") << QByteArray() << "query"
                                          << "state" << "%A" << "\"%A\"";
    QTest::newRow("%G1 in form body") << QByteArray("https://app.example/cb") << QByteArray("code=%G1&state=s") << "form_post"
                                      << "code" << "%G1" << "in the form body";
    QTest::newRow("bad escape in name") << QByteArray("https://app.example/cb?co%ZZde=1&state=s") << QByteArray() << "query"
                                        << "state" << "s" << "in a parameter name";
    QTest::newRow("non-UTF-8 in form body") << QByteArray("https://app.example/cb") << QByteArray("state=%E2%82&code=c") << "form_post"
                                            << "code" << "c" << "the value of \"state\" in the form body is not valid UTF-8";
}

void TestCallbackResponse::rawMalformedEncoding()
{
    QFETCH(QByteArray, rawUrl);
    QFETCH(QByteArray, body);
    QFETCH(QString, mode);
    QFETCH(QString, param);
    QFETCH(QString, value);
    QFETCH(QString, defect);
    const CallbackResponse r = parseRawCallback(rawUrl, body, mode);
    QVERIFY2(anyContains(r.defects, defect), qPrintable(joined(r.defects)));
    QCOMPARE(r.params.value(param), value);

    // Through validateCallback, a defect fails callback.params.
    AuthorizationRequest req = request(QStringLiteral("code"), QStringLiteral("s"));
    const CheckList checks = validateCallback(r, req, metadata(false));
    QCOMPARE(statusOf(checks, QStringLiteral("callback.params")), QStringLiteral("fail"));
}

void TestCallbackResponse::oversize()
{
    const QByteArray big = "https://app.example/cb#code=" + QByteArray(MaxCallbackBytes, 'a');
    const CallbackResponse r = parseRawCallback(big, QByteArray(), QStringLiteral("fragment"));
    QVERIFY(anyContains(r.defects, QStringLiteral("larger than 1 MiB")));
    QVERIFY(r.params.isEmpty());

    const CallbackResponse body = tokenscope::parseCallback(QUrl(QStringLiteral("https://app.example/cb")),
                                                "code=" + QByteArray(2 * MaxCallbackBytes, 'b'), QStringLiteral("form_post"));
    QVERIFY(anyContains(body.defects, QStringLiteral("larger than 1 MiB")));
    QVERIFY(body.params.isEmpty());
}

void TestCallbackResponse::errorAccessors()
{
    const CallbackResponse r = tokenscope::parseCallback(
        QUrl(QStringLiteral("https://app.example/cb#error=login_required&error_description=Login%20required&error_uri=https%3A%2F%2Fdocs.example%2Ferr&state=s")),
        QByteArray(), QStringLiteral("fragment"));
    QVERIFY(r.isError());
    QCOMPARE(r.error(), QStringLiteral("login_required"));
    QCOMPARE(r.errorDescription(), QStringLiteral("Login required"));
    QCOMPARE(r.errorUri(), QStringLiteral("https://docs.example/err"));
    QVERIFY(!response({"code=c"}).isError());
}

void TestCallbackResponse::validateState_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("detail");
    QTest::newRow("ok") << "af0ifjsldkj" << QStringList{"code=c", "state=af0ifjsldkj"} << "pass" << "equals";
    QTest::newRow("mismatch") << "af0ifjsldkj" << QStringList{"code=c", "state=other"} << "fail" << "does not equal";
    QTest::newRow("case differs") << "af0ifjsldkj" << QStringList{"code=c", "state=AF0IFJSLDKJ"} << "fail" << "does not equal";
    QTest::newRow("missing") << "af0ifjsldkj" << QStringList{"code=c"} << "fail" << "has no state";
    QTest::newRow("empty in response") << "af0ifjsldkj" << QStringList{"code=c", "state="} << "fail" << "does not equal";
    QTest::newRow("none sent") << "" << QStringList{"code=c"} << "skip" << "no state was sent";
    QTest::newRow("error response still checked") << "af0ifjsldkj" << QStringList{"error=access_denied", "state=zzz"} << "fail" << "CSRF";
}

void TestCallbackResponse::validateState()
{
    QFETCH(QString, sent);
    QFETCH(QStringList, params);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    const CheckList checks = validateCallback(response(params, CallbackSource::Query), request(QStringLiteral("code"), sent), metadata(false));
    QCOMPARE(statusOf(checks, QStringLiteral("state")), expected);
    QVERIFY2(detailOf(checks, QStringLiteral("state")).contains(detail), qPrintable(detailOf(checks, QStringLiteral("state"))));
}

void TestCallbackResponse::validateIss_data()
{
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<QString>("iss"); // "-" = absent
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("detail");
    QTest::newRow("advertised, ok") << true << kIssuer << "pass" << "equals the issuer";
    QTest::newRow("advertised, mismatch") << true << "https://evil.example/" << "fail" << "mix-up";
    QTest::newRow("advertised, no trailing slash") << true << "https://tenant.eu.auth0.com" << "fail" << "does not equal";
    QTest::newRow("advertised, missing") << true << "-" << "fail" << "has no iss";
    QTest::newRow("not advertised, present and equal") << false << kIssuer << "pass" << "not advertised";
    QTest::newRow("not advertised, present and different") << false << "https://evil.example/" << "fail" << "does not equal";
    QTest::newRow("not advertised, absent") << false << "-" << "skip" << "does not advertise";
}

void TestCallbackResponse::validateIss()
{
    QFETCH(bool, advertised);
    QFETCH(QString, iss);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    QStringList params{"code=c", "state=af0ifjsldkj"};
    if (iss != QLatin1String("-"))
        params << QStringLiteral("iss=") + iss;
    const CheckList checks = validateCallback(response(params, CallbackSource::Query), request(QStringLiteral("code")), metadata(advertised));
    QCOMPARE(statusOf(checks, QStringLiteral("iss_param")), expected);
    QVERIFY2(detailOf(checks, QStringLiteral("iss_param")).contains(detail), qPrintable(detailOf(checks, QStringLiteral("iss_param"))));
}

// Issue 12.1: oidc-provider's defaults advertise RFC 9207 but send no iss next to an ID token; the ID token's iss then
// stands in for it (openid-client 5 Client#callback), once its signature and iss validate.
void TestCallbackResponse::issFromIdToken_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<bool>("awaits");       // iss_param left to the ID token
    QTest::addColumn<QString>("signature"); // status of id_token.signature ("" = absent)
    QTest::addColumn<QString>("iss");       // status of id_token.iss
    QTest::addColumn<QString>("expected");  // status of iss_param (from validateCallback, or from the ID token)
    QTest::addColumn<QString>("detail");
    const QStringList hybrid{"code=c", "id_token=a.b.c", "access_token=t", "token_type=Bearer", "state=af0ifjsldkj"};
    QTest::newRow("hybrid, no iss, ID token good") << "code id_token token" << hybrid << true << true << "pass" << "pass" << "pass"
                                                   << "signature and iss validate";
    QTest::newRow("hybrid, no iss, bad signature") << "code id_token token" << hybrid << true << true << "fail" << "pass" << "fail"
                                                   << "cannot stand in for it (id_token.signature: x)";
    QTest::newRow("hybrid, no iss, ID token from elsewhere") << "code id_token token" << hybrid << true << true << "pass" << "fail" << "fail"
                                                             << "id_token.iss: x";
    QTest::newRow("hybrid, no iss, signature not checked") << "code id_token token" << hybrid << true << true << "skip" << "pass" << "fail"
                                                           << "mix-up";
    QTest::newRow("hybrid, no iss, no checks") << "code id_token token" << hybrid << true << true << "" << "" << "fail" << "not validated";
    QTest::newRow("implicit, no iss") << "id_token" << QStringList{"id_token=a.b.c", "state=af0ifjsldkj"} << true << true << "pass"
                                      << "pass" << "pass" << "signature and iss validate";
    QTest::newRow("code only, no iss: refused") << "code" << QStringList{"code=c", "state=af0ifjsldkj"} << true << false << "" << ""
                                                << "fail" << "has no iss";
    QTest::newRow("hybrid with iss: compared as usual") << "code id_token" << QStringList{"code=c", "id_token=a.b.c", "state=af0ifjsldkj",
                                                                                          "iss=https://evil.example/"}
                                                        << true << false << "" << "" << "fail" << "does not equal";
    QTest::newRow("empty id_token: refused") << "code id_token" << QStringList{"code=c", "id_token=", "state=af0ifjsldkj"} << true << false
                                             << "" << "" << "fail" << "has no iss";
    QTest::newRow("error without iss: refused") << "code id_token" << QStringList{"error=access_denied", "id_token=a.b.c", "state=af0ifjsldkj"}
                                                << true << false << "" << "" << "fail" << "has no iss";
    QTest::newRow("not advertised") << "code id_token" << QStringList{"code=c", "id_token=a.b.c", "state=af0ifjsldkj"} << false << false
                                    << "" << "" << "skip" << "does not advertise";
}

void TestCallbackResponse::issFromIdToken()
{
    QFETCH(QString, responseType);
    QFETCH(QStringList, params);
    QFETCH(bool, advertised);
    QFETCH(bool, awaits);
    QFETCH(QString, signature);
    QFETCH(QString, iss);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    const CallbackResponse r = response(params);
    QCOMPARE(issParamAwaitsIdToken(r, metadata(advertised)), awaits);
    const CheckList checks = validateCallback(r, request(responseType), metadata(advertised));
    if (!awaits) {
        QCOMPARE(statusOf(checks, QStringLiteral("iss_param")), expected);
        QVERIFY2(detailOf(checks, QStringLiteral("iss_param")).contains(detail), qPrintable(detailOf(checks, QStringLiteral("iss_param"))));
        return;
    }
    QVERIFY2(!findCheck(checks, QStringLiteral("iss_param")), "left to the ID token");
    auto check = [](const QString &id, const QString &status) {
        return Check{id, status == QLatin1String("pass") ? CheckStatus::Pass : status == QLatin1String("fail") ? CheckStatus::Fail : CheckStatus::Skip,
                     CheckDetail(QStringLiteral("x"))};
    };
    CheckList idChecks;
    if (!signature.isEmpty())
        idChecks << check(QStringLiteral("id_token.signature"), signature) << check(QStringLiteral("id_token.iss"), iss);
    const Check decided = issParamFromIdToken(idChecks);
    QCOMPARE(decided.id, QStringLiteral("iss_param"));
    QCOMPARE(checkStatusName(decided.status), expected);
    QVERIFY2(decided.detail.contains(detail), qPrintable(decided.detail.toString()));
}

void TestCallbackResponse::validateParams_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("detail");
    const int Q = int(CallbackSource::Query), F = int(CallbackSource::Fragment);
    QTest::newRow("code ok") << "code" << QStringList{"code=c"} << Q << "pass" << "code in the query";
    QTest::newRow("code missing") << "code" << QStringList{} << Q << "fail" << "no code, although response_type \"code\"";
    QTest::newRow("code empty") << "code" << QStringList{"code="} << Q << "fail" << "no code";
    QTest::newRow("code id_token ok") << "code id_token" << QStringList{"code=c", "id_token=a.b.c"} << F << "pass" << "code, id_token";
    QTest::newRow("code id_token missing code") << "code id_token" << QStringList{"id_token=a.b.c"} << F << "fail"
                                                << "no code, although response_type \"code id_token\"";
    QTest::newRow("code id_token missing id_token") << "code id_token" << QStringList{"code=c"} << F << "fail" << "no id_token";
    QTest::newRow("code id_token unasked access_token") << "code id_token" << QStringList{"code=c", "id_token=i", "access_token=a", "token_type=Bearer"} << F
                                                        << "fail" << "access_token came back although";
    QTest::newRow("id_token token ok") << "id_token token" << QStringList{"id_token=i", "access_token=a", "token_type=Bearer", "expires_in=7200"} << F
                                       << "pass" << "id_token, access_token, token_type";
    QTest::newRow("token missing token_type") << "token" << QStringList{"access_token=a"} << F << "fail" << "no token_type";
    QTest::newRow("code id_token token all") << "code id_token token"
                                             << QStringList{"code=c", "id_token=i", "access_token=a", "token_type=Bearer"} << F << "pass" << "";
    QTest::newRow("code id_token token missing access_token") << "code id_token token"
                                                              << QStringList{"code=c", "id_token=i", "token_type=Bearer"} << F << "fail" << "no access_token";
    QTest::newRow("id_token unasked code") << "id_token" << QStringList{"id_token=i", "code=c"} << F << "fail" << "code came back although";
    QTest::newRow("tokens in query") << "id_token" << QStringList{"id_token=i"} << Q << "fail" << "tokens arrived in the query";
}

void TestCallbackResponse::validateParams()
{
    QFETCH(QString, responseType);
    QFETCH(QStringList, params);
    QFETCH(int, source);
    QFETCH(QString, expected);
    QFETCH(QString, detail);
    params << QStringLiteral("state=af0ifjsldkj");
    const CheckList checks = validateCallback(response(params, CallbackSource(source)), request(responseType), metadata(false));
    QCOMPARE(statusOf(checks, QStringLiteral("callback.params")), expected);
    QVERIFY2(detailOf(checks, QStringLiteral("callback.params")).contains(detail), qPrintable(detailOf(checks, QStringLiteral("callback.params"))));
    QCOMPARE(statusOf(checks, QStringLiteral("state")), QStringLiteral("pass"));
    QVERIFY(!findCheck(checks, QStringLiteral("callback.error")));
}

void TestCallbackResponse::errorResponses_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("hint");
    QTest::newRow("login_required") << "login_required" << "Login required" << "prompt=none needs an existing session at the provider";
    QTest::newRow("consent_required") << "consent_required" << "Consent required" << "prompt=none";
    QTest::newRow("interaction_required") << "interaction_required" << "" << "without prompt=none";
    QTest::newRow("access_denied") << "access_denied" << "User did not authorize the request" << "rules/actions";
    QTest::newRow("access_denied audience") << "access_denied" << "Service not enabled within domain: https://my-api.com" << "\"audience\"";
    QTest::newRow("unauthorized_client") << "unauthorized_client" << "Grant type 'implicit' not allowed for the client."
                                         << "the application is not allowed this grant/response type; enable it in the application's settings";
    QTest::newRow("invalid_request callback") << "invalid_request" << "The redirect_uri is not in the list of allowed callback URLs"
                                              << "add the callback URL to the application's Allowed Callback URLs";
    QTest::newRow("invalid_request callback word") << "invalid_request" << "Callback URL mismatch."
                                                   << "Allowed Callback URLs";
    QTest::newRow("invalid_request other") << "invalid_request" << "Missing required parameter: response_type" << "missing, repeated or malformed";
    QTest::newRow("unsupported_response_type") << "unsupported_response_type" << "Unsupported response type: code id_token" << "response_types_supported";
    QTest::newRow("invalid_scope") << "invalid_scope" << "Scope 'read:nothing' is not allowed" << "define it on the API";
    QTest::newRow("server_error") << "server_error" << "" << "tenant's logs";
    QTest::newRow("temporarily_unavailable") << "temporarily_unavailable" << "" << "retry later";
    QTest::newRow("unknown error") << "weird_error" << "Something" << "does not explain";
}

void TestCallbackResponse::errorResponses()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, hint);
    QStringList params{QStringLiteral("error=") + error, QStringLiteral("state=af0ifjsldkj")};
    if (!description.isEmpty())
        params << QStringLiteral("error_description=") + description;
    const CheckList checks = validateCallback(response(params), request(QStringLiteral("code id_token")), metadata(false));
    QCOMPARE(statusOf(checks, QStringLiteral("callback.error")), QStringLiteral("fail"));
    const QString detail = detailOf(checks, QStringLiteral("callback.error"));
    const QString head = description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    QVERIFY2(detail.startsWith(head), qPrintable(detail));
    QVERIFY2(detail.contains(hint), qPrintable(detail));
    // An error response demands no code/id_token, and state is still verified.
    QCOMPARE(statusOf(checks, QStringLiteral("callback.params")), QStringLiteral("pass"));
    QCOMPARE(statusOf(checks, QStringLiteral("state")), QStringLiteral("pass"));
    QCOMPARE(statusOf(checks, QStringLiteral("iss_param")), QStringLiteral("skip"));
}

void TestCallbackResponse::endToEndHybrid()
{
    Profile p;
    p.issuer = kIssuer;
    p.clientId = QStringLiteral("client");
    p.redirectUri = QStringLiteral("https://app.example/callback");
    p.responseType = QStringLiteral("code id_token token");
    ProviderMetadata m = metadataFromProfile(p);
    const AuthorizationRequest req = buildAuthorizationRequest(p, m);

    const QUrl callback(QStringLiteral("https://app.example/callback#access_token=ey.at&expires_in=7200&token_type=Bearer&code=c&id_token=ey.id.sig&state=")
                        + req.state + QStringLiteral("&iss=") + QString::fromLatin1(QUrl::toPercentEncoding(kIssuer)));
    QVERIFY(tokenscope::isCallbackUrl(callback, req.redirectUri));
    const CallbackResponse r = tokenscope::parseCallback(callback, QByteArray(), req.responseMode);
    QCOMPARE(r.source, CallbackSource::Fragment);
    const CheckList checks = validateCallback(r, req, m);
    QVERIFY2(!hasFailure(checks), qPrintable(QJsonDocument(checksToJson(checks)).toJson()));
    QCOMPARE(statusOf(checks, QStringLiteral("iss_param")), QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(TestCallbackResponse)
#include "TestCallbackResponse.moc"
