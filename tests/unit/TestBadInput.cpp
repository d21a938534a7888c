// Malformed input for every parser that reads what a provider (or a user) hands over: the JWT decoder, the callback
// parser, the discovery and JWKS parsers and the profile loader. Each row is one defect; each must be reported with a
// message that names it (never a crash, never silence).
#include "core/oidc/CallbackResponse.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jwt.h"
#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"

#include <QTest>

using namespace tokenscope;

// (Declared before the fixtures: moc's lexer does not understand raw string literals.)
class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void jwt_data();
    void jwt();
    void wellFormedControls();
    void callback_data();
    void callback();
    void discovery_data();
    void discovery();
    void jwks_data();
    void jwks();
    void profile_data();
    void profile();
};

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QByteArray &header, const QByteArray &payload, const QByteArray &signature = "c2lnbmF0dXJl")
{
    return b64(header) + '.' + b64(payload) + '.' + signature;
}

QByteArray nested(int depth, const QByteArray &open = "[", const QByteArray &close = "]")
{
    return open.repeated(depth) + close.repeated(depth);
}

const QByteArray Header = R"({"alg":"RS256","kid":"k1"})";
const QByteArray Payload = R"({"iss":"https://tenant.example/","sub":"alice","aud":"app","exp":1800000000,"iat":1700000000})";

const QByteArray Discovery = R"({"issuer":"https://tenant.example/","authorization_endpoint":"https://tenant.example/authorize",
"token_endpoint":"https://tenant.example/oauth/token","jwks_uri":"https://tenant.example/.well-known/jwks.json",
"response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]})";

QString joined(const QStringList &list)
{
    return list.join(QLatin1String(" | "));
}

} // namespace


void TestBadInput::jwt_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("defect");
    QTest::addColumn<bool>("decodable"); // header and payload still usable (structurallyValid)

    QTest::newRow("empty") << QByteArray() << "the token is empty" << false;
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << "the token is empty" << false;
    QTest::newRow("no dots (opaque)") << QByteArray("2YotnFZFEjr1zCsicMWpAA") << "no '.' separators" << false;
    QTest::newRow("two parts (truncated)") << b64(Header) + '.' + b64(Payload) << "has 2 parts" << false;
    QTest::newRow("four parts") << token(Header, Payload) + ".eHg" << "has 4 parts" << false;
    QTest::newRow("five parts (JWE)") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") << "encrypted JWE" << false;
    QTest::newRow("empty header") << "." + b64(Payload) + ".c2ln" << "the header is empty" << false;
    QTest::newRow("empty payload") << b64(Header) + "..c2ln" << "the payload is empty" << false;
    QTest::newRow("all parts empty") << QByteArray("..") << "the header is empty" << false;
    QTest::newRow("empty signature") << token(Header, Payload, "") << "the signature is empty" << true;
    QTest::newRow("header not base64url") << "eyJ!bGciOiJub25lIn0." + b64(Payload) + ".c2ln" << "character '!' at offset 3" << false;
    QTest::newRow("standard base64 '+'") << "eyJ+bGciOiJub25lIn0." + b64(Payload) + ".c2ln" << "standard base64" << false;
    QTest::newRow("padding '='") << b64(Header) + "=." + b64(Payload) + ".c2ln" << "padding character '='" << false;
    QTest::newRow("space inside") << b64(Header) + '.' + b64(Payload).insert(5, ' ') + ".c2ln" << "0x20" << false;
    QTest::newRow("truncated base64url (length 4n+1)") << b64(Header) + '.' + b64(Payload) + "A.c2ln" << "one more than a multiple of 4"
                                                        << false;
    QTest::newRow("signature not base64url") << token(Header, Payload, "c2ln*") << "the signature is not valid base64url" << true;
    QTest::newRow("header not JSON") << token("not json", Payload) << "the header is not valid JSON" << false;
    QTest::newRow("payload truncated JSON") << token(Header, Payload.left(40)) << "the payload is not valid JSON" << false;
    QTest::newRow("payload is an array") << token(Header, "[1,2]") << "not an object (it is an array)" << false;
    QTest::newRow("payload is a string") << token(Header, "\"sub\"") << "the payload is not valid JSON" << false;
    QTest::newRow("header not UTF-8") << token("{\"alg\":\"RS256\xff\"}", Payload) << "not valid UTF-8 (byte 0xff at offset 13" << false;
    QTest::newRow("payload overlong UTF-8") << token(Header, "{\"sub\":\"\xc0\xaf\"}") << "the payload is not valid UTF-8" << false;
    QTest::newRow("payload lone surrogate") << token(Header, "{\"sub\":\"\xed\xa0\x80\"}") << "the payload is not valid UTF-8" << false;
    QTest::newRow("deeply nested payload") << token(Header, "{\"a\":" + nested(100) + "}") << "nests deeper than 64 levels" << false;
    QTest::newRow("deeply nested objects") << token(Header, nested(1000, "{\"a\":", "}").replace("{\"a\":}", "{\"a\":1}"))
                                            << "nests deeper than 64 levels" << false;
    QTest::newRow("duplicate alg") << token(R"({"alg":"RS256","alg":"none"})", Payload) << "the header has the member \"alg\" more than once"
                                   << true;
    QTest::newRow("duplicate sub, escaped") << token(Header, R"({"sub":"alice","\u0073ub":"mallory"})")
                                            << "the payload has the member \"sub\" more than once" << true;
    QTest::newRow("alg is a number") << token(R"({"alg":256})", Payload) << "\"alg\" is a number, not a string" << true;
    QTest::newRow("kid is an object") << token(R"({"alg":"RS256","kid":{"id":1}})", Payload) << "\"kid\" is an object, not a string"
                                      << true;
    QTest::newRow("no alg") << token(R"({"kid":"k1"})", Payload) << "no \"alg\" member" << true;
    QTest::newRow("iss is a number") << token(Header, R"({"iss":42,"sub":"a"})") << "the claim \"iss\" is a number, not a string" << true;
    QTest::newRow("sub is null") << token(Header, R"({"sub":null})") << "the claim \"sub\" is null, not a string" << true;
    QTest::newRow("exp is a string") << token(Header, R"({"exp":"tomorrow"})") << "the claim \"exp\" is a string, not a number" << true;
    QTest::newRow("aud has a number") << token(Header, R"({"aud":["app",7]})") << "an array with non-string members" << true;
    QTest::newRow("crit header") << token(R"({"alg":"RS256","crit":["exp"]})", Payload) << "\"crit\"" << true;
    QTest::newRow("10 MB token") << QByteArray(10 * 1024 * 1024, 'A') + '.' + b64(Payload) + ".c2ln" << "more than the 256 KiB limit"
                                 << false;
    QTest::newRow("10 MB of dots") << QByteArray(10 * 1024 * 1024, '.') << "more than the 256 KiB limit" << false;
    QTest::newRow("NUL bytes") << QByteArray("eyJ\0hbGc.e30.c2ln", 17) << "0x00" << false;
}

void TestBadInput::jwt()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, defect);
    QFETCH(bool, decodable);
    const ParsedJwt jwt = parseJwt(input);
    QVERIFY2(!jwt.defects.isEmpty(), "no defect reported");
    QVERIFY2(joined(jwt.defects).contains(defect), qPrintable(joined(jwt.defects)));
    QCOMPARE(jwt.structurallyValid, decodable);
    // Never the raw oversize input kept around, and the JSON view never holds a signature.
    QVERIFY(jwt.raw.size() <= MaxJwtSize);
    QVERIFY(!jwtToJson(jwt).contains(QStringLiteral("signature")));
}

void TestBadInput::wellFormedControls()
{
    // The fixtures the rows above break are themselves clean.
    QVERIFY(parseJwt(token(Header, Payload)).defects.isEmpty());
    QVERIFY(parseRawCallback("https://app.example/callback#code=abc&state=xyz", {}, QStringLiteral("fragment")).defects.isEmpty());
    QVERIFY2(parseProviderMetadata(Discovery, QStringLiteral("https://tenant.example/")).defects.isEmpty(),
             qPrintable(joined(parseProviderMetadata(Discovery, QStringLiteral("https://tenant.example/")).defects)));
    // (moc cannot read raw string literals inside macro arguments: keep them outside QVERIFY.)
    const QByteArray emptyJwks = R"({"keys":[]})";
    const QByteArray profile = R"({"issuer":"tenant.eu.auth0.com","clientId":"abc","redirectUri":"https://app.example/callback"})";
    QVERIFY(parseJwks(emptyJwks).parsed);
    QVERIFY(loadProfile(profile).ok());
}

void TestBadInput::callback_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("defect");

    const QByteArray base = "https://app.example/callback";
    QTest::newRow("bad escape in value") << base + "#code=ab%G1&state=s" << QByteArray() << "fragment"
                                         << "malformed percent-encoding in \"code\" in the fragment: \"%G1\"";
    QTest::newRow("truncated escape at the end") << base + "?code=abc&state=s%4" << QByteArray() << "query" << "\"%4\"";
    QTest::newRow("lone percent") << base + "?code=a%&state=s" << QByteArray() << "query" << "\"%\" is not % followed by two hex digits";
    QTest::newRow("bad escape in name") << base + "?co%Zde=abc&state=s" << QByteArray() << "query"
                                        << "malformed percent-encoding in a parameter name in the query";
    QTest::newRow("non-UTF-8 value") << base + "#code=%FF%FE&state=s" << QByteArray() << "fragment"
                                     << "the value of \"code\" in the fragment is not valid UTF-8";
    QTest::newRow("overlong UTF-8 value") << base + "#state=%C0%AF&code=c" << QByteArray() << "fragment"
                                          << "the value of \"state\" in the fragment is not valid UTF-8";
    QTest::newRow("non-UTF-8 name") << base + "#%FF=1&code=c" << QByteArray() << "fragment"
                                    << "a parameter name in the fragment is not valid UTF-8";
    QTest::newRow("empty name") << base + "#=orphan&code=c" << QByteArray() << "fragment" << "has an empty name";
    QTest::newRow("form body escapes") << base << QByteArray("code=a%2&state=%ZZ") << "form_post" << "in the form body";
    QTest::newRow("callback over 1 MiB") << base + "#code=" + QByteArray(MaxCallbackBytes, 'a') << QByteArray() << "fragment"
                                         << "larger than 1 MiB";
    QTest::newRow("form body over 1 MiB") << base << "code=" + QByteArray(MaxCallbackBytes, 'a') << "form_post" << "larger than 1 MiB";
}

void TestBadInput::callback()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, body);
    QFETCH(QString, mode);
    QFETCH(QString, defect);
    const CallbackResponse response = parseRawCallback(url, body, mode);
    QVERIFY2(joined(response.defects).contains(defect), qPrintable(joined(response.defects)));
    // The defect fails the callback.params check with the same words.
    AuthorizationRequest request;
    request.state = QStringLiteral("s");
    request.responseType = QStringLiteral("code");
    const CheckList checks = validateCallback(response, request, ProviderMetadata{});
    const Check *params = findCheck(checks, QStringLiteral("callback.params"));
    QVERIFY(params);
    QCOMPARE(params->status, CheckStatus::Fail);
    QVERIFY2(params->detail.contains(defect), qPrintable(params->detail));
}

void TestBadInput::discovery_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("defect");

    QTest::newRow("empty") << QByteArray() << "the discovery document is empty";
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>") << "the discovery document is not JSON";
    QTest::newRow("truncated") << Discovery.left(Discovery.size() / 2) << "the discovery document is not JSON";
    QTest::newRow("array") << QByteArray("[]") << "must be a JSON object, not an array";
    QTest::newRow("number") << QByteArray("42") << "the discovery document is not JSON";
    QTest::newRow("deeply nested") << "{\"x\":" + nested(5000) + "}" << "the discovery document is not JSON";
    QTest::newRow("non-UTF-8") << QByteArray(Discovery).replace("tenant.example/\"", "tenant\xff.example/\"") << "not JSON";
    QTest::newRow("issuer is a number") << QByteArray(Discovery).replace("\"https://tenant.example/\",\"auth", "42,\"auth")
                                        << "\"issuer\" must be a string, not a number";
    QTest::newRow("jwks_uri is an array") << QByteArray(Discovery).replace("\"https://tenant.example/.well-known/jwks.json\"", "[\"x\"]")
                                          << "\"jwks_uri\" must be a string, not an array";
    QTest::newRow("response types not an array") << QByteArray(Discovery).replace("[\"code\"]", "\"code\"")
                                                 << "\"response_types_supported\" must be an array of strings, not a string";
    QTest::newRow("algs contain a number") << QByteArray(Discovery).replace("[\"RS256\"]", "[\"RS256\",256]")
                                           << "must be an array of strings, but it contains a number";
    QTest::newRow("missing jwks_uri") << QByteArray(Discovery).replace("\"jwks_uri\"", "\"jwks\"") << "required member \"jwks_uri\" is missing";
    QTest::newRow("duplicate issuer") << QByteArray(Discovery).replace("{\"issuer\"", "{\"issuer\":\"https://evil.example/\",\"issuer\"")
                                      << "the member \"issuer\" appears more than once";
    QTest::newRow("duplicate jwks_uri, escaped") << QByteArray(Discovery).replace("{\"issuer\"", "{\"jwks\\u005furi\":\"https://evil.example/k\",\"issuer\"")
                                                 << "the member \"jwks_uri\" appears more than once";
    QTest::newRow("endpoint not a URL") << QByteArray(Discovery).replace("https://tenant.example/authorize", "//authorize")
                                        << "\"authorization_endpoint\" \"//authorize\" is not an absolute https URL";
    QTest::newRow("over 1 MiB") << "{\"x\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}" << "larger than 1 MiB are not read";
}

void TestBadInput::discovery()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, defect);
    const ProviderMetadata m = parseProviderMetadata(json, QStringLiteral("https://tenant.example/"));
    QVERIFY2(joined(m.defects).contains(defect), qPrintable(joined(m.defects)));
}

void TestBadInput::jwks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("defect");
    QTest::addColumn<bool>("parsed");

    const QByteArray rsa = R"({"kty":"RSA","kid":"k1","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"})";
    QTest::newRow("empty") << QByteArray() << "the JWKS is not valid JSON" << false;
    QTest::newRow("HTML") << QByteArray("<html>nginx</html>") << "the JWKS is not valid JSON" << false;
    QTest::newRow("truncated") << R"({"keys":[)" + rsa.left(30) << "the JWKS is not valid JSON" << false;
    QTest::newRow("array") << "[" + rsa + "]" << "the JWKS is not a JSON object" << false;
    QTest::newRow("no keys") << QByteArray(R"({"key":[]})") << "the JWKS has no \"keys\" member" << false;
    QTest::newRow("keys is an object") << "{\"keys\":" + rsa + "}" << "the JWKS member \"keys\" is not an array" << false;
    QTest::newRow("key is a number") << QByteArray(R"({"keys":[42]})") << "keys[0] is not a JSON object" << true;
    QTest::newRow("deeply nested") << "{\"keys\":" + nested(5000) + "}" << "the JWKS is not valid JSON" << false;
    QTest::newRow("non-UTF-8") << QByteArray(R"({"keys":[{"kty":"RSA","kid":"k)" "\xfe" R"("}]})") << "the JWKS is not valid JSON" << false;
    QTest::newRow("duplicate kid") << "{\"keys\":[" + rsa + "," + rsa + "]}" << "the kid \"k1\" is used by 2 keys" << true;
    QTest::newRow("duplicate member in a key") << "{\"keys\":[" + QByteArray(rsa).replace("{\"kty\":\"RSA\"", "{\"kty\":\"oct\",\"kty\":\"RSA\"") + "]}"
                                               << "the member \"kty\" appears more than once" << true;
    QTest::newRow("duplicate keys member") << "{\"keys\":[],\"keys\":[" + rsa + "]}" << "the member \"keys\" appears more than once" << true;
    QTest::newRow("private key material") << "{\"keys\":[" + QByteArray(rsa).replace("\"e\":\"AQAB\"", "\"e\":\"AQAB\",\"d\":\"AQAB\"") + "]}"
                                          << "publishes private key material" << true;
    QTest::newRow("over 1 MiB") << "{\"keys\":[],\"x\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}" << "more than the 1 MiB limit" << false;
}

void TestBadInput::jwks()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, defect);
    QFETCH(bool, parsed);
    const JwkSet set = parseJwks(json);
    QCOMPARE(set.parsed, parsed);
    QVERIFY2(joined(set.defects).contains(defect), qPrintable(joined(set.defects)));
}

void TestBadInput::profile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // in the errors (or, where the file stays usable, the warnings)
    QTest::addColumn<bool>("usable");

    const QByteArray ok = R"({"issuer":"tenant.eu.auth0.com","clientId":"abc","redirectUri":"https://app.example/callback")";
    QTest::newRow("empty") << QByteArray() << "the profile is empty" << false;
    QTest::newRow("not JSON") << QByteArray("issuer=tenant") << "the profile is not valid JSON" << false;
    QTest::newRow("truncated") << ok << "the profile is not valid JSON" << false;
    QTest::newRow("array") << QByteArray("[]") << "the profile must be a JSON object ({...}), not an array" << false;
    QTest::newRow("deeply nested") << ok + ",\"x\":" + nested(5000) + "}" << "the profile is not valid JSON" << false;
    QTest::newRow("non-UTF-8") << ok + ",\"name\":\"caf\xe9\"}" << "the profile is not valid JSON" << false;
    QTest::newRow("clientId is a number") << QByteArray(R"({"issuer":"tenant.eu.auth0.com","clientId":12345,"redirectUri":"https://app.example/callback"})")
                                          << "\"clientId\" must be a string (in double quotes), not a number" << false;
    QTest::newRow("pkce is a string") << ok + ",\"pkce\":\"yes\"}" << "\"pkce\" must be true or false" << false;
    QTest::newRow("extraParams is an array") << ok + ",\"extraParams\":[\"prompt\"]}" << "\"extraParams\" must be an object" << false;
    QTest::newRow("extra param is an object") << ok + ",\"extraParams\":{\"prompt\":{\"a\":1}}}"
                                              << "\"extraParams.prompt\" must be a string or a number, not an object" << false;
    QTest::newRow("control character") << ok + ",\"scope\":\"openid\\nprofile\"}" << "\"scope\" contains control characters" << false;
    QTest::newRow("duplicate key") << ok + ",\"clientId\":\"other\"}" << "\"clientId\" appears more than once" << true;
    QTest::newRow("duplicate extra param") << ok + ",\"extraParams\":{\"prompt\":\"login\",\"prompt\":\"none\"}}"
                                           << "\"extraParams.prompt\" appears more than once" << true;
    QTest::newRow("over 1 MiB") << ok + ",\"name\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}" << "larger than 1 MiB are refused"
                                << false;
}

void TestBadInput::profile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QFETCH(bool, usable);
    const ProfileLoadResult loaded = loadProfile(json);
    QCOMPARE(loaded.ok(), usable);
    const QString all = joined(loaded.errors + loaded.warnings);
    QVERIFY2(all.contains(problem), qPrintable(all));
    // A profile that cannot be used says so in its errors, not only in warnings.
    if (!usable)
        QVERIFY2(joined(loaded.errors).contains(problem), qPrintable(joined(loaded.errors)));
}

QTEST_APPLESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
