#include "ui/tokens/ChecksModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestChecksModel : public QObject
{
    Q_OBJECT
private slots:
    void table();
    void checksForToken_data();
    void checksForToken();
};

void TestChecksModel::table()
{
    ChecksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChecks({Check::pass("state", "matches"), Check::fail("id_token.alg", "alg is RS256, but the profile expects ES256"),
                     Check::skip("id_token.nbf", "no nbf")});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.count(CheckStatus::Pass), 1);
    QCOMPARE(model.count(CheckStatus::Fail), 1);
    QCOMPARE(model.rowOf("id_token.alg"), 1);
    QCOMPARE(model.index(1, ChecksModel::StatusColumn).data().toString(), QStringLiteral("fail"));
    QCOMPARE(model.index(1, ChecksModel::DetailColumn).data().toString(), QStringLiteral("alg is RS256, but the profile expects ES256"));
    QCOMPARE(model.index(2, 0).data(ChecksModel::StatusRole).toInt(), int(CheckStatus::Skip));
    QVERIFY(!model.index(0, ChecksModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(ChecksModel::DetailColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));
}

void TestChecksModel::checksForToken_data()
{
    QTest::addColumn<int>("origin");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("front-channel ID token") << int(TokenOrigin::Authorization) << int(TokenKind::IdToken)
                                             << QStringList{"state", "iss_param", "nonce", "id_token.signature", "id_token.c_hash"};
    QTest::newRow("front-channel access token") << int(TokenOrigin::Authorization) << int(TokenKind::AccessToken)
                                                 << QStringList{"access_token.signature"};
    QTest::newRow("token endpoint ID token") << int(TokenOrigin::TokenEndpoint) << int(TokenKind::IdToken)
                                              << QStringList{"token.id_token.signature", "token.nonce", "token.id_token.sub"};
    QTest::newRow("token endpoint access token") << int(TokenOrigin::TokenEndpoint) << int(TokenKind::AccessToken)
                                                  << QStringList{"token.access_token.aud", "dpop.proof", "dpop.cnf_jkt"};
    QTest::newRow("refresh access token: still bound") << int(TokenOrigin::Refresh) << int(TokenKind::AccessToken)
                                                        << QStringList{"dpop.refresh_bound"};
    QTest::newRow("refresh ID token") << int(TokenOrigin::Refresh) << int(TokenKind::IdToken) << QStringList{"refresh.id_token.signature"};
    QTest::newRow("refresh token: what its revocation found") << int(TokenOrigin::TokenEndpoint) << int(TokenKind::RefreshToken)
                                                               << QStringList{"revoke.effective"};
}

void TestChecksModel::checksForToken()
{
    QFETCH(int, origin);
    QFETCH(int, kind);
    QFETCH(QStringList, ids);
    CheckList all;
    for (const char *id : {"state", "iss_param", "nonce", "id_token.signature", "id_token.c_hash", "access_token.signature",
                           "token.id_token.signature", "token.nonce", "token.id_token.sub", "token.access_token.aud", "userinfo.sub",
                           "refresh.id_token.signature", "revoke.effective", "par.request_uri", "dpop.proof", "dpop.cnf_jkt",
                           "dpop.nonce", "dpop.api_requires_proof", "dpop.refresh_bound"})
        all << Check::pass(QString::fromLatin1(id), QString());
    QStringList got;
    for (const Check &c : tokenscope::ui::checksForToken(all, TokenOrigin(origin), TokenKind(kind)))
        got << c.id;
    QCOMPARE(got, ids);
}

QTEST_MAIN(TestChecksModel)
#include "TestChecksModel.moc"
