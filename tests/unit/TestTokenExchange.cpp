// TokenExchange.h: the checks of a token exchange response (RFC 8693 2.2.1 issued_token_type and N_A, 4.1 act, 4.4
// may_act) and the advice for the provider's refusals (2.2.2). The flow against a real tenant: TestTokenExchangeFlow.
#include "core/oidc/TokenExchange.h"

#include <QJsonDocument>
#include <QTest>

using namespace tokenscope;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestTokenExchange : public QObject
{
    Q_OBJECT
private slots:
    void checks_data();
    void checks();
    void tokenTypeNotApplicable();
    void requestedType();
    void changes();
    void advice_data();
    void advice();
};

void TestTokenExchange::checks_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("detail");
    const char *accessType = R"({"issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "Bearer"})";
    QTest::newRow("issued_token_type") << accessType << "{}" << "{}" << "token.issued_token_type" << "pass"
                                       << "issued urn:ietf:params:oauth:token-type:access_token";
    QTest::newRow("issued_token_type missing") << R"({"token_type": "Bearer"})" << "{}" << "{}" << "token.issued_token_type" << "fail"
                                               << "RFC 8693 2.2.1 requires";
    QTest::newRow("issued_token_type not a string") << R"({"issued_token_type": 1})" << "{}" << "{}" << "token.issued_token_type"
                                                    << "fail" << "must be a token type URI";
    QTest::newRow("delegation") << accessType << R"({"sub": "alice", "act": {"sub": "gateway"}})" << "{}" << "token.token_exchange.act"
                                << "pass" << "delegation: gateway acts for alice";
    QTest::newRow("delegation chain") << accessType << R"({"sub": "alice", "act": {"sub": "b", "act": {"sub": "a"}}})" << "{}"
                                      << "token.token_exchange.act" << "pass" << "delegation: b ← a acts for alice";
    QTest::newRow("impersonation") << accessType << R"({"sub": "alice"})" << "{}" << "token.token_exchange.act" << "pass"
                                   << "impersonation: no act claim";
    QTest::newRow("act not an object") << accessType << R"({"sub": "alice", "act": "gateway"})" << "{}" << "token.token_exchange.act"
                                       << "fail" << "act must be a JSON object";
    QTest::newRow("act without sub") << accessType << R"({"sub": "alice", "act": {"iss": "x"}})" << "{}" << "token.token_exchange.act"
                                     << "fail" << "act must be a JSON object";
    QTest::newRow("opaque issued token") << accessType << "{}" << R"({"sub": "alice"})" << "token.token_exchange.act" << "skip"
                                         << "not a JWT";
    QTest::newRow("may_act honoured") << accessType << R"({"sub": "alice", "act": {"sub": "gateway"}})"
                                      << R"({"sub": "alice", "may_act": {"sub": "gateway"}})" << "token.token_exchange.may_act" << "pass"
                                      << "allows gateway to act";
    QTest::newRow("may_act names another party") << accessType << R"({"sub": "alice", "act": {"sub": "intruder"}})"
                                                 << R"({"sub": "alice", "may_act": {"sub": "gateway"}})" << "token.token_exchange.may_act"
                                                 << "fail" << "allows only gateway to act for its subject, but the issued token's actor is intruder";
    QTest::newRow("may_act but no actor") << accessType << R"({"sub": "alice"})" << R"({"sub": "alice", "may_act": {"sub": "gateway"}})"
                                          << "token.token_exchange.may_act" << "fail" << "names no actor";
    QTest::newRow("may_act malformed") << accessType << R"({"sub": "alice"})" << R"({"sub": "alice", "may_act": ["gateway"]})"
                                       << "token.token_exchange.may_act" << "fail" << "must be a JSON object";
    QTest::newRow("no may_act") << accessType << R"({"sub": "alice"})" << R"({"sub": "alice"})" << "token.token_exchange.may_act"
                                << "skip" << "no may_act claim";
    QTest::newRow("opaque subject token") << accessType << R"({"sub": "alice"})" << "{}" << "token.token_exchange.may_act" << "skip"
                                          << "not a JWT";
}

void TestTokenExchange::checks()
{
    QFETCH(QString, response);
    QFETCH(QString, issued);
    QFETCH(QString, subject);
    QFETCH(QString, id);
    QFETCH(QString, status);
    QFETCH(QString, detail);
    const CheckList checks = tokenExchangeChecks(object(response.toUtf8().constData()), {}, object(issued.toUtf8().constData()),
                                                 object(subject.toUtf8().constData()), QStringLiteral("token."));
    const Check *check = findCheck(checks, id);
    QVERIFY2(check, qPrintable(id));
    QCOMPARE(checkStatusName(check->status), status);
    QVERIFY2(check->detail.contains(detail), qPrintable(check->detail.toString()));
}

// RFC 8693 2.2.1: "N_A" is the token_type of an issued token that is not an access token; of an access token it is
// not a type the client understands (RFC 6749 7.1), so tokenResponseChecks()'s failure stands.
void TestTokenExchange::tokenTypeNotApplicable()
{
    const CheckList base{Check::fail(QStringLiteral("token.token_type"), QStringLiteral("N_A is not a token type this client understands")),
                         Check::pass(QStringLiteral("token.expires_in"), QStringLiteral("3600 s"))};
    const CheckList forJwt = tokenExchangeChecks(object(R"({"issued_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_type": "N_A"})"),
                                                 base, {}, {}, QStringLiteral("token."));
    QCOMPARE(findCheck(forJwt, QStringLiteral("token.token_type"))->status, CheckStatus::Pass);
    QVERIFY(findCheck(forJwt, QStringLiteral("token.expires_in")));
    const CheckList forAccess = tokenExchangeChecks(
        object(R"({"issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "N_A"})"), base, {}, {},
        QStringLiteral("token."));
    QCOMPARE(findCheck(forAccess, QStringLiteral("token.token_type"))->status, CheckStatus::Fail);
}

// RFC 8693 2.1: the provider may issue another type than the one asked for; the detail says so.
void TestTokenExchange::requestedType()
{
    const QJsonObject response = object(R"({"issued_token_type": "urn:ietf:params:oauth:token-type:access_token", "token_type": "Bearer"})");
    const CheckList same = tokenExchangeChecks(response, {}, {}, {}, QStringLiteral("token."), AccessTokenType);
    QCOMPARE(findCheck(same, QStringLiteral("token.issued_token_type"))->detail.toString(),
             QStringLiteral("issued urn:ietf:params:oauth:token-type:access_token (RFC 8693 2.2.1)"));
    const CheckList other = tokenExchangeChecks(response, {}, {}, {}, QStringLiteral("token."), QStringLiteral("urn:ietf:params:oauth:token-type:jwt"));
    const Check *type = findCheck(other, QStringLiteral("token.issued_token_type"));
    QCOMPARE(type->status, CheckStatus::Pass);
    QVERIFY2(type->detail.contains(QLatin1String("not the urn:ietf:params:oauth:token-type:jwt asked for")), qPrintable(type->detail.toString()));
}

// What the exchange changed: only the claims RFC 8693 is about that differ, in a fixed order; nothing for an opaque token.
void TestTokenExchange::changes()
{
    const QJsonObject subject = object(R"({"sub": "alice", "aud": "https://api/", "scope": "read write", "client_id": "spa", "exp": 1})");
    const QJsonObject issued = object(R"({"sub": "alice", "aud": "https://downstream/", "scope": "read", "client_id": "gateway",
                                         "act": {"sub": "gateway"}, "exp": 2})");
    const QList<ClaimChange> changes = tokenExchangeChanges(subject, issued);
    QStringList claims;
    for (const ClaimChange &c : changes)
        claims << c.claim;
    QCOMPARE(claims, (QStringList{"aud", "scope", "act", "client_id"}));
    QCOMPARE(changes.at(0).subject.toString(), QStringLiteral("https://api/"));
    QCOMPARE(changes.at(0).issued.toString(), QStringLiteral("https://downstream/"));
    QVERIFY(changes.at(2).subject.isUndefined());
    QCOMPARE(changes.at(2).issued.toObject().value(QLatin1String("sub")).toString(), QStringLiteral("gateway"));
    QVERIFY(tokenExchangeChanges(subject, {}).isEmpty());
    QVERIFY(tokenExchangeChanges(subject, subject).isEmpty());
}

void TestTokenExchange::advice_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected"); // "" = no advice
    QTest::newRow("unauthorized_client") << "unauthorized_client" << "" << "allow the grant type urn:ietf:params:oauth:grant-type:token-exchange";
    QTest::newRow("unsupported_grant_type") << "unsupported_grant_type" << "" << "does not offer token exchange";
    QTest::newRow("invalid_target") << "invalid_target" << "Service not found" << "will not issue a token for the audience https://api.example/";
    QTest::newRow("invalid_grant") << "invalid_grant" << "subject_token is invalid" << "did not accept the subject token";
    QTest::newRow("invalid_grant may_act") << "invalid_grant" << "the subject token's may_act does not name x" << "only that party may exchange it";
    QTest::newRow("invalid_request type") << "invalid_request" << "unsupported subject_token_type x" << "does not accept subject tokens of the type";
    QTest::newRow("invalid_request requested type") << "invalid_request" << "unsupported requested_token_type x"
                                                    << "cannot issue a token of the type urn:ietf:params:oauth:token-type:saml2";
    QTest::newRow("invalid_request audience") << "invalid_request" << "missing required parameter 'audience'" << "set \"audience\"";
    QTest::newRow("server_error") << "server_error" << "" << "";
}

void TestTokenExchange::advice()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    Profile p;
    p.grant = Grants::TokenExchange;
    p.audience = QStringLiteral("https://api.example/");
    p.requestedTokenType = QStringLiteral("saml2");
    const QString advice = tokenExchangeAdvice(error, description, p);
    if (expected.isEmpty())
        QVERIFY2(advice.isEmpty(), qPrintable(advice));
    else
        QVERIFY2(advice.contains(expected), qPrintable(advice));
}

QTEST_GUILESS_MAIN(TestTokenExchange)
#include "TestTokenExchange.moc"
