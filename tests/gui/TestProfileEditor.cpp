#include "ui/profiles/ProfileEditor.h"

#include "core/oidc/ClientAssertion.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestProfileEditor : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void auth0Preset();
    void validatesAsYouType();
    void responseTypeMustBeAdvertised();
    void secretIsMasked();
    void browserChoice();
    void grantWithoutRedirectHidesItsFields();
    void privateKeyJwtGeneratesAKeyPair();
    void requestSection();
};

void TestProfileEditor::roundTrip()
{
    ProfileEditor editor;
    const ProfileLoadResult loaded = loadProfile(R"({"name":"X","issuer":"https://idp.example/","clientId":"c","redirectUri":"https://app/cb",
        "responseType":"code id_token","responseMode":"form_post","scope":"openid email","audience":"https://api/","pkce":false,
        "extraParams":{"prompt":"login","max_age":"60"},"apiUrl":"https://api/x","expectedAlg":"RS256","futureKey":{"a":1}})");
    QVERIFY(loaded.ok());
    editor.setProfile(loaded.profile);
    const Profile p = editor.profile();
    QCOMPARE(p.name, QStringLiteral("X"));
    QCOMPARE(p.responseType, QStringLiteral("code id_token"));
    QCOMPARE(p.responseMode, QStringLiteral("form_post"));
    QCOMPARE(p.pkce, false);
    QCOMPARE(p.extraParams, loaded.profile.extraParams);
    QCOMPARE(p.expectedAlg, QStringLiteral("RS256"));
    QCOMPARE(saveProfile(p), saveProfile(loaded.profile)); // unknown keys survive the editor
    QVERIFY(editor.problems().isEmpty());
}

void TestProfileEditor::auth0Preset()
{
    ProfileEditor editor;
    Profile in;
    in.name = "Tenant";
    in.issuer = normalizeIssuer("acme.eu.auth0.com");
    in.clientId = "abc";
    in.redirectUri = "https://app/cb";
    in.extraParams = {{"connection", "github"}, {"prompt", "login"}, {"organization", "org_1"}};
    editor.setProfile(in);
    QCOMPARE(editor.preset(), ProfileEditor::Preset::Auth0);
    QCOMPARE(editor.findChild<QLineEdit *>("profileIssuer")->text(), QStringLiteral("acme.eu.auth0.com"));
    QCOMPARE(editor.findChild<QLineEdit *>("profileConnection")->text(), QStringLiteral("github"));
    QCOMPARE(editor.findChild<QPlainTextEdit *>("profileExtraParams")->toPlainText(), QStringLiteral("prompt=login"));
    const Profile out = editor.profile();
    QCOMPARE(out.issuer, QStringLiteral("https://acme.eu.auth0.com/"));
    QCOMPARE(out.extraParam("connection"), QStringLiteral("github"));
    QCOMPARE(out.extraParam("organization"), QStringLiteral("org_1"));
    // Typing a bare domain gives the issuer URL.
    auto *issuer = editor.findChild<QLineEdit *>("profileIssuer");
    issuer->clear();
    QTest::keyClicks(issuer, "other.us.auth0.com");
    QCOMPARE(editor.profile().issuer, QStringLiteral("https://other.us.auth0.com/"));
    QVERIFY(editor.findChild<QLabel *>("profileIssuerHint")->text().contains("https://other.us.auth0.com/.well-known/openid-configuration"));
}

void TestProfileEditor::validatesAsYouType()
{
    ProfileEditor editor;
    Profile p;
    p.name = "ok";
    p.issuer = "https://idp/";
    p.clientId = "c";
    p.redirectUri = "https://app/cb";
    editor.setProfile(p);
    QVERIFY(editor.problems().isEmpty());
    QSignalSpy edited(&editor, &ProfileEditor::edited);
    auto *redirect = editor.findChild<QLineEdit *>("profileRedirectUri");
    redirect->clear();
    QTest::keyClicks(redirect, "no url");
    QVERIFY(edited.size() > 0);
    QVERIFY(!editor.problems().isEmpty());
    // Said in words under the field (its label, not the JSON key), the field's label marked.
    QVERIFY2(editor.problems().join(' ').startsWith("Callback URL is not an absolute URL"), qPrintable(editor.problems().join(' ')));
    QVERIFY(!editor.problems().join(' ').contains("redirectUri"));
    QCOMPARE(editor.problemFields(), QStringList{"redirectUri"});
    QCOMPARE(editor.findChild<QLabel *>("profileProblem_redirectUri")->text(), editor.problems().join(' '));
    QVERIFY(editor.findChild<QLabel *>("profileProblems")->text().isEmpty());
}

void TestProfileEditor::responseTypeMustBeAdvertised()
{
    ProfileEditor editor;
    Profile p;
    p.name = "ok";
    p.issuer = "https://idp/";
    p.clientId = "c";
    p.redirectUri = "https://app/cb";
    p.responseType = "code id_token token";
    editor.setProfile(p);
    ProviderMetadata m;
    m.fromDiscovery = true;
    m.responseTypesSupported = {"code", "id_token"};
    m.responseModesSupported = {"query", "fragment"};
    editor.setProviderMetadata(m);
    QVERIFY2(editor.problems().join(' ').contains("does not advertise"), qPrintable(editor.problems().join(' ')));
    m.responseTypesSupported << "token id_token code";
    editor.setProviderMetadata(m);
    QVERIFY(editor.problems().isEmpty());
}

void TestProfileEditor::secretIsMasked()
{
    ProfileEditor editor;
    auto *secret = editor.findChild<QLineEdit *>("profileClientSecret");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    editor.setKeychainAvailable(false, "no D-Bus");
    QVERIFY(editor.findChild<QLabel *>("keychainStatus")->text().contains("in memory"));
}

void TestProfileEditor::browserChoice()
{
    ProfileEditor editor;
    Profile p;
    p.name = "ok";
    p.issuer = "https://idp/";
    p.clientId = "c";
    p.redirectUri = "http://127.0.0.1/callback";
    editor.setProfile(p);
    auto *browser = editor.findChild<QComboBox *>("profileBrowser");
    QVERIFY(browser);
    QVERIFY(browser->toolTip().contains("RFC 8252"));
    QVERIFY(browser->toolTip().contains("form_post"));
    QCOMPARE(browser->currentData().toString(), QStringLiteral("embedded"));
    QVERIFY(editor.profile().browser.isEmpty()); // an absent key stays absent
    QVERIFY(!saveProfile(editor.profile()).contains("\"browser\""));

    QSignalSpy edited(&editor, &ProfileEditor::edited);
    browser->setCurrentIndex(browser->findData(QStringLiteral("system")));
    QVERIFY(edited.size() > 0);
    QCOMPARE(editor.profile().browser, QStringLiteral("system"));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(' ')));
    editor.setProfile(editor.profile());
    QCOMPARE(browser->currentData().toString(), QStringLiteral("system"));

    // What the system browser cannot do is said while choosing.
    auto *mode = editor.findChild<QComboBox *>("profileResponseMode");
    mode->setCurrentIndex(mode->findData(QStringLiteral("form_post")));
    QVERIFY2(editor.problems().join(' ').contains("form_post cannot be used with the system browser"), qPrintable(editor.problems().join(' ')));
    mode->setCurrentIndex(mode->findData(QStringLiteral("fragment")));
    QVERIFY(editor.problems().isEmpty());
    auto *redirect = editor.findChild<QLineEdit *>("profileRedirectUri");
    redirect->setText("https://app/cb");
    QVERIFY2(editor.problems().join(' ').contains("must be a loopback URL"), qPrintable(editor.problems().join(' ')));
    browser->setCurrentIndex(browser->findData(QStringLiteral("embedded")));
    QVERIFY(editor.problems().isEmpty());
    QCOMPARE(editor.profile().browser, QStringLiteral("embedded")); // was "system": the change is written
}

// Client credentials and the device flow have no redirect: the callback URL, browser, response type and mode rows go
// away while such a grant is chosen, and come back with the authorization code grant.
void TestProfileEditor::grantWithoutRedirectHidesItsFields()
{
    ProfileEditor editor;
    Profile p;
    p.name = "m2m";
    p.issuer = "https://idp/";
    p.clientId = "c";
    p.redirectUri = "https://app/cb";
    editor.setProfile(p);
    auto *grant = editor.findChild<QComboBox *>("profileGrant");
    const QList<QWidget *> rows{editor.findChild<QLineEdit *>("profileRedirectUri"), editor.findChild<QComboBox *>("profileBrowser"),
                                editor.findChild<QComboBox *>("profileResponseType")};
    for (QWidget *w : rows)
        QVERIFY2(w && !w->isHidden(), w ? qPrintable(w->objectName()) : "missing");
    // Realm belongs to the password grant only (Auth0's password-realm), among the advanced settings.
    editor.setAdvancedShown(true);
    auto *realm = editor.findChild<QLineEdit *>("profileRealm");
    QVERIFY(realm && realm->isHidden());
    // Subject token type belongs to token exchange only (RFC 8693).
    auto *subjectTokenType = editor.findChild<QLineEdit *>("profileSubjectTokenType");
    QVERIFY(subjectTokenType && subjectTokenType->isHidden());
    auto *requestedTokenType = editor.findChild<QLineEdit *>("profileRequestedTokenType");
    QVERIFY(requestedTokenType && requestedTokenType->isHidden());
    for (const QString &g : {Grants::ClientCredentials, Grants::DeviceCode, Grants::Password, Grants::TokenExchange}) {
        grant->setCurrentIndex(grant->findData(g));
        QCOMPARE(realm->isHidden(), g != Grants::Password);
        QCOMPARE(subjectTokenType->isHidden(), g != Grants::TokenExchange);
        QCOMPARE(requestedTokenType->isHidden(), g != Grants::TokenExchange);
        QCOMPARE(editor.profile().grant, g);
        for (QWidget *w : rows)
            QVERIFY2(w->isHidden(), qPrintable(g + QLatin1Char(' ') + w->objectName()));
    }
    grant->setCurrentIndex(grant->findData(Grants::Password));
    realm->setText(QStringLiteral("Username-Password-Authentication"));
    QCOMPARE(editor.profile().realm, QStringLiteral("Username-Password-Authentication"));
    grant->setCurrentIndex(grant->findData(Grants::TokenExchange));
    subjectTokenType->setText(QStringLiteral("jwt"));
    QCOMPARE(editor.profile().subjectTokenType, QStringLiteral("jwt"));
    QCOMPARE(editor.profile().effectiveSubjectTokenType(), QStringLiteral("urn:ietf:params:oauth:token-type:jwt"));
    requestedTokenType->setText(QStringLiteral("access_token"));
    QCOMPARE(editor.profile().effectiveRequestedTokenType(), QStringLiteral("urn:ietf:params:oauth:token-type:access_token"));
    grant->setCurrentIndex(grant->findData(QString()));
    QVERIFY(realm->isHidden());
    for (QWidget *w : rows)
        QVERIFY2(!w->isHidden(), qPrintable(w->objectName()));
    QCOMPARE(editor.profile().redirectUri, QStringLiteral("https://app/cb")); // hidden, not dropped
}

// private_key_jwt (issue 14): the client key and key ID rows appear with it (among the advanced settings); Generate
// writes a new EC P-256 private key readable by its owner only, names it in the profile, and gives the public JWK to
// register, which verifies nothing private; a missing key is a problem of the profile under its field.
// Issue 14: the Request section (PAR, signed request object, DPoP and its alg) reads and writes the profile keys; the
// client key shows for a signed request object too; the client secret hides for private_key_jwt.
void TestProfileEditor::requestSection()
{
    ProfileEditor editor;
    const ProfileLoadResult loaded = loadProfile(R"({"name":"R","issuer":"https://idp/","clientId":"c","redirectUri":"https://app/cb",
        "par":true,"requestObject":"signed","clientKey":"k.pem","dpop":true,"dpopAlg":"EdDSA"})");
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    editor.setProfile(loaded.profile);
    editor.setAdvancedShown(true);
    auto *par = editor.findChild<QCheckBox *>("profilePar");
    auto *requestObject = editor.findChild<QCheckBox *>("profileRequestObject");
    auto *dpop = editor.findChild<QCheckBox *>("profileDpop");
    auto *alg = editor.findChild<QComboBox *>("profileDpopAlg");
    QVERIFY(par && requestObject && dpop && alg);
    QVERIFY(par->isChecked() && requestObject->isChecked() && dpop->isChecked());
    QCOMPARE(alg->currentData().toString(), QStringLiteral("EdDSA"));
    QVERIFY(!alg->isHidden());
    QVERIFY(!editor.findChild<QLineEdit *>("profileClientKey")->isHidden()); // it signs the request object
    QCOMPARE(saveProfile(editor.profile()), saveProfile(loaded.profile));

    dpop->setChecked(false);
    QVERIFY(alg->isHidden());
    requestObject->setChecked(false);
    QVERIFY(editor.findChild<QLineEdit *>("profileClientKey")->isHidden());
    const Profile out = editor.profile();
    QVERIFY(!out.dpop && out.dpopAlg.isEmpty() && out.requestObject.isEmpty() && out.par);

    auto *auth = editor.findChild<QComboBox *>("profileTokenEndpointAuth");
    auto *secret = editor.findChild<QLineEdit *>("profileClientSecret");
    QVERIFY(!secret->isHidden());
    auth->setCurrentIndex(auth->findData(QStringLiteral("private_key_jwt")));
    QVERIFY(secret->isHidden());

    // Mutual TLS (RFC 8705): the certificate and its key, asked for when they are missing.
    auto *certificate = editor.findChild<QLineEdit *>("profileClientCertificate");
    auto *certificateKey = editor.findChild<QLineEdit *>("profileClientCertificateKey");
    QVERIFY(certificate->isHidden());
    auth->setCurrentIndex(auth->findData(QStringLiteral("tls_client_auth")));
    QVERIFY(!certificate->isHidden() && !certificateKey->isHidden() && secret->isHidden());
    QVERIFY(editor.problemFields().contains(QStringLiteral("clientCertificate")));
    certificate->setText(QStringLiteral("client.pem"));
    certificateKey->setText(QStringLiteral("client-key.pem"));
    QVERIFY(!editor.problemFields().contains(QStringLiteral("clientCertificate")));
    const Profile mtls = editor.profile();
    QCOMPARE(mtls.clientCertificate, QStringLiteral("client.pem"));
    QCOMPARE(mtls.clientCertificateKey, QStringLiteral("client-key.pem"));
}

void TestProfileEditor::privateKeyJwtGeneratesAKeyPair()
{
    ProfileEditor editor;
    Profile p;
    p.name = "pkjwt";
    p.issuer = "https://idp/";
    p.clientId = "c";
    p.redirectUri = "https://app/cb";
    editor.setProfile(p);
    editor.setAdvancedShown(true);
    auto *auth = editor.findChild<QComboBox *>("profileTokenEndpointAuth");
    auto *key = editor.findChild<QLineEdit *>("profileClientKey");
    auto *keyId = editor.findChild<QLineEdit *>("profileClientKeyId");
    QVERIFY(auth && key && keyId);
    QVERIFY(key->isHidden() && keyId->isHidden());
    auth->setCurrentIndex(auth->findData(QStringLiteral("private_key_jwt")));
    QVERIFY(!key->isHidden() && !keyId->isHidden());
    QVERIFY(editor.problemFields().contains(QStringLiteral("clientKey")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client-key.pem"));
    QString error;
    const QJsonObject jwk = editor.generateClientKey(path, &error);
    QVERIFY2(!jwk.isEmpty(), qPrintable(error));
    QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
    QCOMPARE(jwk.value(QLatin1String("crv")).toString(), QStringLiteral("P-256"));
    QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
    QVERIFY(!jwk.value(QLatin1String("kid")).toString().isEmpty());
    QVERIFY(!jwk.contains(QLatin1String("d")));
    QFile file(path);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pem = file.readAll();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QCOMPARE(editor.profile().clientKey, path);
    QCOMPARE(editor.profile().tokenEndpointAuth, QStringLiteral("private_key_jwt"));
    QVERIFY(!editor.problemFields().contains(QStringLiteral("clientKey")));
    QCOMPARE(clientKeyFrom(pem, {}).publicJwk, jwk); // the file holds the key of that public JWK
    // A folder that cannot be written: said, nothing changed.
    const QJsonObject none = editor.generateClientKey(dir.filePath(QStringLiteral("no/such/folder/key.pem")), &error);
    QVERIFY(none.isEmpty());
    QVERIFY2(error.contains(QLatin1String("cannot be written")), qPrintable(error));
    QCOMPARE(editor.profile().clientKey, path);
}

QTEST_MAIN(TestProfileEditor)
#include "TestProfileEditor.moc"
