// Issue 15, the token workbench: the real main window, off screen, against the local tenant (tests/idp). Tokens are
// pasted, decoded, verified with the same checks as `tokenscope-cli inspect` (the CLI is run to compare), introspected,
// kept in the session's history and compared; `tokenscope --inspect` opens the window on the workbench.
#include "CliRunner.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "core/http/HttpClient.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"
#include "core/oidc/OidcFlow.h"
#include "ui/tokens/ChecksModel.h"
#include "ui/tokens/ClaimsModel.h"
#include "ui/workbench/InspectArgument.h"
#include "ui/workbench/TokenWorkbench.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

const QString M2mSecret = QStringLiteral("m2m-app-secret-7d41b2e9");

QStringList checkIds(const CheckList &checks)
{
    QStringList out;
    for (const Check &c : checks)
        out << c.id + QLatin1Char('=') + checkStatusName(c.status);
    return out;
}

QString statusOf(const CheckList &checks, const QString &id)
{
    for (const Check &c : checks) {
        if (c.id == id)
            return checkStatusName(c.status);
    }
    return {};
}

QByteArray hsToken(const QJsonObject &payload, const QByteArray &secret, const QJsonObject &extraHeader = {})
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    for (auto it = extraHeader.begin(); it != extraHeader.end(); ++it)
        header.insert(it.key(), it.value());
    const QByteArray input = jwsSigningInput(header, payload);
    return jwsCompact(input, jwsHmac(QStringLiteral("HS256"), secret, input));
}

QJsonObject idClaims(const QString &sub, qint64 now)
{
    return {{QStringLiteral("iss"), QStringLiteral("https://issuer.example/")}, {QStringLiteral("sub"), sub},
            {QStringLiteral("aud"), QStringLiteral("client-1")},           {QStringLiteral("exp"), double(now + 600)},
            {QStringLiteral("iat"), double(now)}};
}

} // namespace

class TestTokenWorkbench : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void realTokenVerifiesWithIssuerDiscovery();
    void tamperedTokenFailsLikeTheCli();
    void hsSecret_data();
    void hsSecret();
    void recognisesWhatATokenIs_data();
    void recognisesWhatATokenIs();
    void jweShowsItsHeaderAndKey_data();
    void jweShowsItsHeaderAndKey();
    void opaqueTokenIsIntrospected();
    void tokensTabOpensItsTokenInTheWorkbench();
    void historyAndCompare();
    void pasteOpenAndDrop();
    void inspectOption();
    void createToken_data();
    void createToken();
    void createFromTemplateAndCurl();

private:
    QByteArray clientCredentialsToken(const QString &audience);
    TokenWorkbench *openWorkbench(GuiHarness &h);
    bool verify(TokenWorkbench *wb);
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestTokenWorkbench::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

// A real token of the local tenant: client credentials (RFC 6749 4.4) for the API (a JWT) or without audience (opaque).
QByteArray TestTokenWorkbench::clientCredentialsToken(const QString &audience)
{
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    QByteArray body = "grant_type=client_credentials";
    if (!audience.isEmpty())
        body += "&audience=" + QUrl::toPercentEncoding(audience);
    HttpReply *reply = http.post(QUrl(m_tenant->issuer() + QStringLiteral("oauth/token")), QStringLiteral("test"), body,
                                 QByteArrayLiteral("application/x-www-form-urlencoded"),
                                 {{QByteArrayLiteral("Authorization"), "Basic " + ("m2m-app:" + M2mSecret.toUtf8()).toBase64()}});
    QSignalSpy done(reply, &HttpReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        return {};
    const QByteArray token = QJsonDocument::fromJson(reply->exchange().responseBody).object().value(QStringLiteral("access_token")).toString().toUtf8();
    delete reply;
    return token;
}

TokenWorkbench *TestTokenWorkbench::openWorkbench(GuiHarness &h)
{
    showTab(h, "tokenWorkbench");
    return child<TokenWorkbench>(h.window.get(), "tokenWorkbench");
}

bool TestTokenWorkbench::verify(TokenWorkbench *wb)
{
    QSignalSpy done(wb, &TokenWorkbench::verified);
    QTest::mouseClick(child<QPushButton>(wb, "workbenchVerifyButton"), Qt::LeftButton);
    if (done.isEmpty() && !done.wait(15000))
        return false;
    return done.first().first().toBool();
}

// Pasted with "Bearer " and a line break, decoded at once; verified against the issuer named in iss (discovery and
// JWKS fetched): it passes, and the checks are exactly those of `tokenscope-cli inspect` with the same inputs.
void TestTokenWorkbench::realTokenVerifiesWithIssuerDiscovery()
{
    const QByteArray token = clientCredentialsToken(m_tenant->apiAudience());
    QVERIFY(token.count('.') == 2);
    GuiHarness h;
    const QJsonObject m2m{{QStringLiteral("name"), QStringLiteral("m2m")},      {QStringLiteral("issuer"), m_tenant->issuer()},
                          {QStringLiteral("clientId"), QStringLiteral("m2m-app")}, {QStringLiteral("clientSecret"), M2mSecret},
                          {QStringLiteral("grant"), QStringLiteral("client_credentials")}};
    QVERIFY(h.openProfile(m2m, QStringLiteral("m2m.json")));
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    QVERIFY(wb);
    const QString pasted = QStringLiteral("Bearer ") + QString::fromUtf8(token.left(40)) + QStringLiteral("\n  ") + QString::fromUtf8(token.mid(40));
    child<QPlainTextEdit>(wb, "workbenchInput")->setPlainText(pasted);
    QCOMPARE(wb->token(), token);
    QCOMPARE(wb->form(), TokenForm::Jws);
    QCOMPARE(wb->purpose(), JwtPurpose::AccessToken); // typ at+jwt (RFC 9068)
    QVERIFY2(wb->summary().contains(QLatin1String("JWT access token")) && wb->summary().contains(QLatin1String("RS256")), qPrintable(wb->summary()));
    QVERIFY(wb->rawHtml().contains(QLatin1String("#c01c28")) && wb->rawHtml().contains(QLatin1String("#1c71d8"))); // header .. signature
    const QModelIndex iss = wb->claimsModel()->claimIndex(QStringLiteral("payload"), QStringLiteral("iss"));
    QVERIFY(iss.isValid());
    QCOMPARE(iss.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), m_tenant->issuer());
    QVERIFY(!iss.siblingAtColumn(ClaimsModel::DescriptionColumn).data().toString().isEmpty()); // explained
    QVERIFY2(child<QLabel>(wb, "workbenchCountdown")->text().contains(QLatin1String("Expires")) ||
                 !child<QLabel>(wb, "workbenchCountdown")->text().isEmpty(),
             "the expiry countdown is shown");

    wb->setKeySource(TokenWorkbench::KeySource::Issuer);
    wb->setExpectations(m_tenant->apiAudience(), {});
    QVERIFY2(verify(wb), qPrintable(wb->verifyStatus() + QLatin1Char('\n') + checkIds(wb->checksModel()->checks()).join(QLatin1Char(' '))));
    const CheckList checks = wb->checksModel()->checks();
    // RFC 9068: the access-token checks (an ID token's azp or nonce mean nothing here).
    QCOMPARE(statusOf(checks, QStringLiteral("access_token.signature")), QStringLiteral("pass"));
    QCOMPARE(statusOf(checks, QStringLiteral("access_token.iss")), QStringLiteral("pass"));
    QCOMPARE(statusOf(checks, QStringLiteral("access_token.aud")), QStringLiteral("pass"));

    const CliResult cli = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--issuer"), m_tenant->issuer(),
                                  QStringLiteral("--audience"), m_tenant->apiAudience(), QStringLiteral("--jwks"),
                                  m_tenant->issuer() + QStringLiteral(".well-known/jwks.json"), QString::fromUtf8(token)});
    QCOMPARE(cli.exitCode, 0);
    QStringList cliIds;
    for (const QJsonValue &c : cli.json().value(QStringLiteral("checks")).toArray())
        cliIds << c[QStringLiteral("id")].toString() + QLatin1Char('=') + c[QStringLiteral("status")].toString();
    QCOMPARE(checkIds(checks), cliIds);

    // The other key sources give the same verdict: the selected profile (its issuer's discovery) and the JWKS URL.
    wb->setKeySource(TokenWorkbench::KeySource::Profile);
    QVERIFY2(verify(wb), qPrintable(wb->verifyStatus()));
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("access_token.iss")), QStringLiteral("pass"));
    wb->setKeySource(TokenWorkbench::KeySource::JwksUrl, m_tenant->issuer() + QStringLiteral(".well-known/jwks.json"));
    QVERIFY2(verify(wb), qPrintable(wb->verifyStatus()));
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("access_token.signature")), QStringLiteral("pass"));
}

// One changed character of the payload: the signature check fails, with the same check id as the CLI's.
void TestTokenWorkbench::tamperedTokenFailsLikeTheCli()
{
    QByteArray token = clientCredentialsToken(m_tenant->apiAudience());
    QVERIFY(!token.isEmpty());
    QJsonObject payload = QJsonDocument::fromJson(*Base64Url::decode(token.split('.').at(1))).object();
    payload.insert(QStringLiteral("scope"), QStringLiteral("read:tests write:tests admin"));
    const QList<QByteArray> parts = token.split('.');
    token = parts.at(0) + '.' + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + parts.at(2);

    GuiHarness h;
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    wb->inspect(QString::fromUtf8(token));
    wb->setKeySource(TokenWorkbench::KeySource::Issuer);
    QVERIFY(!verify(wb));
    QVERIFY2(wb->verifyStatus().startsWith(QLatin1String("Failed")), qPrintable(wb->verifyStatus()));
    QStringList failed;
    for (const Check &c : wb->checksModel()->checks()) {
        if (c.status == CheckStatus::Fail)
            failed << c.id;
    }
    QCOMPARE(failed, QStringList{QStringLiteral("access_token.signature")});

    const CliResult cli = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--issuer"), m_tenant->issuer(),
                                  QStringLiteral("--jwks"), m_tenant->issuer() + QStringLiteral(".well-known/jwks.json"), QString::fromUtf8(token)});
    QCOMPARE(cli.exitCode, 1);
    QStringList cliFailed;
    for (const QJsonValue &c : cli.json().value(QStringLiteral("checks")).toArray()) {
        if (c[QStringLiteral("status")].toString() == QLatin1String("fail"))
            cliFailed << c[QStringLiteral("id")].toString();
    }
    QCOMPARE(failed, cliFailed);
}

void TestTokenWorkbench::hsSecret_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("passes");
    QTest::newRow("the right secret") << "client-secret-0123456789abcdef0123456789" << true;
    QTest::newRow("another secret") << "not-the-secret-0123456789abcdef012345678" << false;
}

// HS256 (RFC 7518 3.2) with the secret given on the Verify page.
void TestTokenWorkbench::hsSecret()
{
    QFETCH(QString, secret);
    QFETCH(bool, passes);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = hsToken(idClaims(QStringLiteral("alice"), now), "client-secret-0123456789abcdef0123456789");
    GuiHarness h;
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    wb->inspect(QString::fromUtf8(token));
    QCOMPARE(wb->purpose(), JwtPurpose::IdToken);
    wb->setKeySource(TokenWorkbench::KeySource::Secret, secret);
    wb->setExpectations(QStringLiteral("client-1"), {});
    QCOMPARE(verify(wb), passes);
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("id_token.signature")), passes ? QStringLiteral("pass") : QStringLiteral("fail"));
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("id_token.aud")), QStringLiteral("pass"));
}

void TestTokenWorkbench::recognisesWhatATokenIs_data()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject id = idClaims(QStringLiteral("alice"), now);
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("named");
    QTest::newRow("ID token") << hsToken(id, "s") << int(JwtPurpose::IdToken) << "ID token";
    QTest::newRow("access token (at+jwt)") << hsToken(id, "s", {{QStringLiteral("typ"), QStringLiteral("at+jwt")}}) << int(JwtPurpose::AccessToken)
                                           << "RFC 9068";
    QJsonObject logout = id;
    logout.remove(QStringLiteral("exp"));
    logout.insert(QStringLiteral("jti"), QStringLiteral("j1"));
    logout.insert(QStringLiteral("events"), QJsonObject{{QStringLiteral("http://schemas.openid.net/event/backchannel-logout"), QJsonObject{}}});
    QTest::newRow("logout token") << hsToken(logout, "s") << int(JwtPurpose::LogoutToken) << "Back-Channel Logout";
    const QJsonObject assertion{{QStringLiteral("iss"), QStringLiteral("client-1")}, {QStringLiteral("sub"), QStringLiteral("client-1")},
                                {QStringLiteral("aud"), QStringLiteral("https://issuer.example/oauth/token")},
                                {QStringLiteral("jti"), QStringLiteral("a1")}, {QStringLiteral("exp"), double(now + 60)}};
    QTest::newRow("client assertion") << hsToken(assertion, "s") << int(JwtPurpose::ClientAssertion) << "RFC 7523";
    const QJsonObject proof{{QStringLiteral("htm"), QStringLiteral("POST")}, {QStringLiteral("htu"), QStringLiteral("https://issuer.example/token")},
                            {QStringLiteral("jti"), QStringLiteral("p1")}, {QStringLiteral("iat"), double(now)}};
    QTest::newRow("DPoP proof") << hsToken(proof, "s", {{QStringLiteral("typ"), QStringLiteral("dpop+jwt")}}) << int(JwtPurpose::DpopProof)
                                << "RFC 9449";
    const QJsonObject request{{QStringLiteral("client_id"), QStringLiteral("client-1")}, {QStringLiteral("response_type"), QStringLiteral("code")},
                              {QStringLiteral("redirect_uri"), QStringLiteral("https://app.example/cb")}};
    QTest::newRow("request object") << hsToken(request, "s") << int(JwtPurpose::RequestObject) << "RFC 9101";
}

void TestTokenWorkbench::recognisesWhatATokenIs()
{
    QFETCH(QByteArray, token);
    QFETCH(int, purpose);
    QFETCH(QString, named);
    GuiHarness h;
    TokenWorkbench *wb = openWorkbench(h);
    wb->inspect(QString::fromUtf8(token));
    QCOMPARE(int(wb->purpose()), purpose);
    QVERIFY2(wb->summary().contains(named), qPrintable(wb->summary()));
}

void TestTokenWorkbench::jweShowsItsHeaderAndKey_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("key");
    QTest::newRow("RSA-OAEP-256") << "RSA-OAEP-256" << "the client's private key with kid enc-1";
    QTest::newRow("dir") << "dir" << "the client secret";
    QTest::newRow("A128KW") << "A128KW" << "the client secret";
}

// A JWE (five parts) is not decrypted: its protected header (alg, enc, kid) is shown with the key that would decrypt it.
void TestTokenWorkbench::jweShowsItsHeaderAndKey()
{
    QFETCH(QString, alg);
    QFETCH(QString, key);
    const QJsonObject header{{QStringLiteral("alg"), alg}, {QStringLiteral("enc"), QStringLiteral("A256GCM")}, {QStringLiteral("kid"), QStringLiteral("enc-1")}};
    const QByteArray jwe = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + ".a2V5.aXY.Y2lwaGVy.dGFn";
    GuiHarness h;
    TokenWorkbench *wb = openWorkbench(h);
    wb->inspect(QString::fromUtf8(jwe));
    QCOMPARE(wb->form(), TokenForm::Jwe);
    for (const QString &part : {alg, QStringLiteral("A256GCM"), QStringLiteral("enc-1"), key})
        QVERIFY2(wb->summary().contains(part.toHtmlEscaped()), qPrintable(wb->summary()));
    QVERIFY(wb->claimsModel()->claimIndex(QStringLiteral("header"), QStringLiteral("enc")).isValid());
    QVERIFY(!child<QPushButton>(wb, "workbenchVerifyButton")->isEnabled());
}

// An opaque token of the local tenant: named as opaque, introspection offered (the profile's provider has the
// endpoint) and run as the profile's client: active.
void TestTokenWorkbench::opaqueTokenIsIntrospected()
{
    const QByteArray token = clientCredentialsToken({});
    QVERIFY(!token.isEmpty());
    QCOMPARE(token.count('.'), 0);
    GuiHarness h;
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("m2m")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                              {QStringLiteral("clientSecret"), M2mSecret},
                              {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                              {QStringLiteral("scope"), QStringLiteral("read:tests")}};
    QVERIFY(h.openProfile(profile, QStringLiteral("m2m.json")));
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    QSignalSpy offered(wb, &TokenWorkbench::introspectionOffered);
    wb->inspect(QString::fromUtf8(token));
    QCOMPARE(wb->form(), TokenForm::Opaque);
    QVERIFY2(wb->summary().contains(QLatin1String("Opaque token")), qPrintable(wb->summary()));
    QVERIFY(offered.wait(10000));
    QCOMPARE(offered.first().first().toBool(), true);
    QVERIFY(wb->canIntrospect());
    auto *button = child<QPushButton>(wb, "workbenchIntrospect");
    QVERIFY(button->isVisible() && button->isEnabled());

    QSignalSpy introspected(wb, &TokenWorkbench::introspected);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(introspected.wait(15000));
    QVERIFY2(introspected.first().first().toBool(), qPrintable(wb->verifyStatus()));
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("introspection.active")), QStringLiteral("pass"));
    QVERIFY2(wb->verifyStatus().contains(QLatin1String("active")), qPrintable(wb->verifyStatus()));
    // What the provider says about it is shown as its claims.
    QVERIFY(wb->claimsModel()->claimIndex(QStringLiteral("payload"), QStringLiteral("client_id")).isValid());
}

// The Tokens tab's "Open in workbench": the session's access token (client credentials, a JWT for the API) in the
// Workbench tab, where the provider's introspection (RFC 7662) says it is active.
void TestTokenWorkbench::tokensTabOpensItsTokenInTheWorkbench()
{
    GuiHarness h;
    const QJsonObject profile{{QStringLiteral("name"), QStringLiteral("m2m")},
                              {QStringLiteral("issuer"), m_tenant->issuer()},
                              {QStringLiteral("clientId"), QStringLiteral("m2m-app")},
                              {QStringLiteral("clientSecret"), M2mSecret},
                              {QStringLiteral("grant"), QStringLiteral("client_credentials")},
                              {QStringLiteral("audience"), m_tenant->apiAudience()}};
    QVERIFY(h.openProfile(profile, QStringLiteral("m2m.json")));
    QVERIFY(h.show());
    QSignalSpy finished(h.window->flow(), &OidcFlow::finished);
    h.window->signIn();
    QVERIFY(finished.wait(30000));
    const QString accessToken = h.window->flowState().currentAccessToken();
    QCOMPARE(accessToken.count(QLatin1Char('.')), 2);

    showTab(h, "tokenPanel");
    auto *open = child<QPushButton>(h.window.get(), "openInWorkbenchButton");
    QVERIFY(open && open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    auto *wb = child<TokenWorkbench>(h.window.get(), "tokenWorkbench");
    QVERIFY(wb);
    QCOMPARE(child<QTabWidget>(h.window.get(), "mainTabs")->currentWidget(), wb);
    QCOMPARE(QString::fromUtf8(wb->token()), accessToken);
    QCOMPARE(wb->purpose(), JwtPurpose::AccessToken);
    QSignalSpy offered(wb, &TokenWorkbench::introspectionOffered);
    if (!wb->canIntrospect())
        QVERIFY(offered.wait(10000));
    QVERIFY(wb->canIntrospect());
    QSignalSpy introspected(wb, &TokenWorkbench::introspected);
    QTest::mouseClick(child<QPushButton>(wb, "workbenchIntrospect"), Qt::LeftButton);
    QVERIFY(introspected.wait(15000));
    QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("introspection.active")), QStringLiteral("pass"));
}

// Every token inspected is kept (memory only) in the order seen; two are compared claim by claim.
void TestTokenWorkbench::historyAndCompare()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject first = idClaims(QStringLiteral("alice"), now);
    first.insert(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    QJsonObject second = idClaims(QStringLiteral("bob"), now);
    second.insert(QStringLiteral("name"), QStringLiteral("Bob"));
    GuiHarness h;
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    wb->inspect(QString::fromUtf8(hsToken(first, "s")));
    wb->inspect(QString::fromUtf8(hsToken(second, "s")));
    wb->inspect(QString::fromUtf8(hsToken(second, "s"))); // the same again: no second entry
    QCOMPARE(wb->history().size(), 2);
    QVERIFY(wb->history().at(0).label.contains(QLatin1String("alice")));
    QVERIFY(wb->history().at(1).label.contains(QLatin1String("bob")));
    QVERIFY(wb->compareWith(0));
    ClaimDiffModel *diff = wb->diffModel();
    QVERIFY(diff->rowOf(QStringLiteral("sub")) >= 0);   // changed
    QVERIFY(diff->rowOf(QStringLiteral("email")) >= 0); // removed
    QVERIFY(diff->rowOf(QStringLiteral("name")) >= 0);  // added
    QCOMPARE(diff->rowOf(QStringLiteral("iss")), -1);   // the same
    QCOMPARE(diff->data(diff->index(diff->rowOf(QStringLiteral("sub")), ClaimDiffModel::BeforeColumn)).toString(), QStringLiteral("alice"));
    QVERIFY(wb->showHistoryEntry(0));
    QCOMPARE(wb->claimsModel()->claimIndex(QStringLiteral("payload"), QStringLiteral("sub")).siblingAtColumn(ClaimsModel::ValueColumn).data().toString(),
             QStringLiteral("alice"));
}

// The Paste button takes the clipboard; Open file and a file dropped on the input read the file's token.
void TestTokenWorkbench::pasteOpenAndDrop()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray pasted = hsToken(idClaims(QStringLiteral("erin"), now), "s");
    const QByteArray opened = hsToken(idClaims(QStringLiteral("frank"), now), "s");
    const QByteArray dropped = hsToken(idClaims(QStringLiteral("grace"), now), "s");
    GuiHarness h;
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    QGuiApplication::clipboard()->setText(QStringLiteral("Bearer ") + QString::fromUtf8(pasted));
    QTest::mouseClick(child<QPushButton>(wb, "workbenchPaste"), Qt::LeftButton);
    QCOMPARE(wb->token(), pasted);

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(opened + "\n");
    file.flush();
    QVERIFY(wb->openFile(file.fileName()));
    QCOMPARE(wb->token(), opened);

    QTemporaryFile dropFile;
    QVERIFY(dropFile.open());
    dropFile.write(dropped);
    dropFile.flush();
    auto *input = child<QPlainTextEdit>(wb, "workbenchInput");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropFile.fileName())});
    const QPoint at = input->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(input->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(input->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(input->viewport(), &drop);
    QCOMPARE(wb->token(), dropped);
    QCOMPARE(wb->history().size(), 3);
}

// `tokenscope --inspect TOKEN|-`: the argument (or standard input) goes to the workbench, which the window shows.
void TestTokenWorkbench::inspectOption()
{
    const QByteArray token = hsToken(idClaims(QStringLiteral("carol"), QDateTime::currentSecsSinceEpoch()), "s");
    QBuffer in;
    in.setData("Bearer " + token + "\n");
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(inspectArgument(QStringLiteral("abc"), in), QStringLiteral("abc"));
    const QString fromStdin = inspectArgument(QStringLiteral("-"), in);
    QVERIFY(fromStdin.contains(QString::fromUtf8(token)));

    GuiHarness h;
    h.window->inspectToken(fromStdin);
    QVERIFY(h.show());
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("tokenWorkbench"));
    auto *wb = child<TokenWorkbench>(h.window.get(), "tokenWorkbench");
    QCOMPARE(wb->token(), token);
    QCOMPARE(wb->history().size(), 1);
}

void TestTokenWorkbench::createToken_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("with");
    QTest::addColumn<bool>("verifies");
    QTest::newRow("RS256, generated key") << "RS256" << int(TokenWorkbench::SignWith::GeneratedKey) << true;
    QTest::newRow("ES256, generated key") << "ES256" << int(TokenWorkbench::SignWith::GeneratedKey) << true;
    QTest::newRow("RS256, PEM file") << "RS256" << int(TokenWorkbench::SignWith::PemFile) << true;
    QTest::newRow("HS256, secret") << "HS256" << int(TokenWorkbench::SignWith::Secret) << true;
    QTest::newRow("unsigned") << "RS256" << int(TokenWorkbench::SignWith::Unsigned) << false;
}

// A token made on the Create page, inspected and verified with the key it was signed with (the generated key's public
// JWK, the PEM's public key, the secret); an unsigned one (alg none) is refused.
void TestTokenWorkbench::createToken()
{
    QFETCH(QString, alg);
    QFETCH(int, with);
    QFETCH(bool, verifies);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString secret = QStringLiteral("a-test-secret-of-32-bytes-or-more!!");
    GuiHarness h;
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    QString value;
    QByteArray publicPem;
    QTemporaryFile pemFile;
    if (TokenWorkbench::SignWith(with) == TokenWorkbench::SignWith::PemFile) {
        QVERIFY(pemFile.open());
        // The private key as PEM (PKCS#8), as a user would load it.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                                  QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")});
        QVERIFY(openssl.waitForFinished(30000));
        const QByteArray pem = openssl.readAllStandardOutput();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        pemFile.write(pem);
        pemFile.flush();
        value = pemFile.fileName();
    } else if (TokenWorkbench::SignWith(with) == TokenWorkbench::SignWith::Secret) {
        value = secret;
    }
    wb->setCreateInput({{QStringLiteral("alg"), alg}, {QStringLiteral("typ"), QStringLiteral("JWT")}}, idClaims(QStringLiteral("dora"), now),
                       TokenWorkbench::SignWith(with), value);
    const QByteArray token = wb->createToken();
    QVERIFY2(!token.isEmpty(), qPrintable(wb->createStatus()));
    QCOMPARE(token.count('.'), 2);
    wb->inspect(QString::fromUtf8(token));
    QCOMPARE(wb->token(), token);
    QCOMPARE(wb->claimsModel()->claimIndex(QStringLiteral("payload"), QStringLiteral("sub")).siblingAtColumn(ClaimsModel::ValueColumn).data().toString(),
             QStringLiteral("dora"));
    switch (TokenWorkbench::SignWith(with)) {
    case TokenWorkbench::SignWith::GeneratedKey:
        QVERIFY(!wb->generatedKeyJwk(alg).isEmpty());
        wb->setKeySource(TokenWorkbench::KeySource::Key, QString::fromUtf8(QJsonDocument(wb->generatedKeyJwk(alg)).toJson(QJsonDocument::Compact)));
        break;
    case TokenWorkbench::SignWith::PemFile: {
        // Its public part, converted by OpenSSL's command line, verifies it.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-pubout"), QStringLiteral("-in"), value});
        QVERIFY(openssl.waitForFinished(30000));
        wb->setKeySource(TokenWorkbench::KeySource::Key, QString::fromUtf8(openssl.readAllStandardOutput()));
        break;
    }
    case TokenWorkbench::SignWith::Secret:
        wb->setKeySource(TokenWorkbench::KeySource::Secret, secret);
        break;
    case TokenWorkbench::SignWith::Unsigned:
        QVERIFY(token.endsWith('.'));
        wb->setKeySource(TokenWorkbench::KeySource::Secret, secret);
        break;
    }
    wb->setExpectations(QStringLiteral("client-1"), {});
    QCOMPARE(verify(wb), verifies);
    if (!verifies)
        QCOMPARE(statusOf(wb->checksModel()->checks(), QStringLiteral("id_token.alg")), QStringLiteral("fail"));
}

// The token shown is the template (its kid dropped); the new token goes to the profile's API as a curl command.
void TestTokenWorkbench::createFromTemplateAndCurl()
{
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
    QVERIFY(h.openProfile(profile, QStringLiteral("api.json")));
    h.window->resize(1024, 700);
    QVERIFY(h.show());
    TokenWorkbench *wb = openWorkbench(h);
    const QByteArray original = clientCredentialsToken(m_tenant->apiAudience());
    wb->inspect(QString::fromUtf8(original));
    wb->useShownTokenAsTemplate();
    const QString header = child<QPlainTextEdit>(wb, "workbenchCreateHeader")->toPlainText();
    QVERIFY2(header.contains(QLatin1String("at+jwt")) && !header.contains(QLatin1String("kid")), qPrintable(header));
    QVERIFY(child<QPlainTextEdit>(wb, "workbenchCreateClaims")->toPlainText().contains(m_tenant->apiAudience()));
    const QByteArray token = wb->createToken();
    QVERIFY2(!token.isEmpty(), qPrintable(wb->createStatus()));
    QVERIFY(token != original);
    const QString curl = wb->curlCommand();
    QCOMPARE(curl, QStringLiteral("curl -H 'Authorization: Bearer %1' '%2'").arg(QString::fromUtf8(token), m_tenant->apiUrl()));
    QVERIFY(child<QPushButton>(wb, "workbenchCopyCurl")->isEnabled());
    // The Create page with its long token and key texts still fits the small window.
    QCoreApplication::processEvents();
    QCOMPARE(child<QTabWidget>(wb, "workbenchPages")->currentWidget()->objectName(), QStringLiteral("workbenchCreate"));
    QCOMPARE(h.window->size(), QSize(1024, 700));
    // "Inspect it" shows the new token with the generated key's public part ready on the Verify page: it passes.
    QTest::mouseClick(child<QPushButton>(wb, "workbenchInspectCreated"), Qt::LeftButton);
    QCOMPARE(wb->token(), token);
    wb->setExpectations(m_tenant->apiAudience(), {});
    QVERIFY2(verify(wb), qPrintable(wb->verifyStatus()));
}

int main(int argc, char **argv)
{
    return runGuiTest<TestTokenWorkbench>(argc, argv);
}

#include "TestTokenWorkbench.moc"
