#include "ui/profiles/ProfileEditor.h"
#include "core/oidc/Dpop.h"

#include "core/jose/JwsSigner.h"
#include "core/oidc/ClientAssertion.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {

const QString kIssuer = QStringLiteral("issuer");
const QString kClientId = QStringLiteral("clientId");
const QString kClientSecret = QStringLiteral("clientSecret");
const QString kTokenEndpointAuth = QStringLiteral("tokenEndpointAuth");
const QString kGrant = QStringLiteral("grant");
const QString kRealm = QStringLiteral("realm");
const QString kSubjectTokenType = QStringLiteral("subjectTokenType");
const QString kRequestedTokenType = QStringLiteral("requestedTokenType");
const QString kClientKey = QStringLiteral("clientKey");
const QString kClientKeyId = QStringLiteral("clientKeyId");
const QString kRedirectUri = QStringLiteral("redirectUri");
const QString kBrowser = QStringLiteral("browser");
const QString kResponseType = QStringLiteral("responseType");
const QString kResponseMode = QStringLiteral("responseMode");
const QString kScope = QStringLiteral("scope");
const QString kRefreshScope = QStringLiteral("refreshScope");
const QString kAudience = QStringLiteral("audience");
const QString kApiUrl = QStringLiteral("apiUrl");
const QString kPostLogout = QStringLiteral("postLogoutRedirectUri");
const QString kExpectedAlg = QStringLiteral("expectedAlg");
const QString kCaCertificates = QStringLiteral("caCertificates");
const QString kExtraParams = QStringLiteral("extraParams");
const QString kDpopAlg = QStringLiteral("dpopAlg");
const QString kClientCertificate = QStringLiteral("clientCertificate");
const QString kClientCertificateKey = QStringLiteral("clientCertificateKey");
const QString kName = QStringLiteral("name");
const QString kLoopbackCallback = QStringLiteral("http://127.0.0.1/callback");
const QString kNewProfileCallback = QStringLiteral("https://app.example/callback"); // what "New profile" puts there

QString extraParamsText(const QList<QPair<QString, QString>> &params, const QStringList &skip)
{
    QStringList lines;
    for (const auto &p : params) {
        if (!skip.contains(p.first))
            lines << p.first + QLatin1Char('=') + p.second;
    }
    return lines.join(QLatin1Char('\n'));
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int i = combo->findData(text);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(text);
}

QString comboValue(const QComboBox *combo)
{
    if (combo->isEditable()) {
        const int i = combo->findText(combo->currentText());
        return i >= 0 ? combo->itemData(i).toString() : combo->currentText().trimmed();
    }
    return combo->currentData().toString();
}

struct PresetText
{
    QString name, issuerPlaceholder, scope, issuer, scopes, callback, quirks;
};

// What each preset knows: the issuer's pattern, the typical scopes, where the callback URL is registered, and the
// quirks that cost people a day. Sources: each provider's OpenID Connect documentation.
PresetText presetText(ProfileEditor::Preset preset)
{
    using P = ProfileEditor::Preset;
    switch (preset) {
    case P::Generic:
        return {ProfileEditor::tr("Generic OpenID Connect provider"), QStringLiteral("https://login.example/"), {}, {}, {}, {}, {}};
    case P::Auth0:
        return {ProfileEditor::tr("Auth0 tenant"), QStringLiteral("tenant.eu.auth0.com"), QStringLiteral("openid profile email"),
                ProfileEditor::tr("the tenant's domain, such as tenant.eu.auth0.com, or its custom domain"),
                ProfileEditor::tr("openid profile email; offline_access for a refresh token (the API must allow offline access)"),
                ProfileEditor::tr("add it to the application's Allowed Callback URLs"),
                ProfileEditor::tr("without an audience the access token is only good for /userinfo: set the audience to your "
                                  "API's identifier to get a token your API accepts")};
    case P::Okta:
        return {ProfileEditor::tr("Okta"), QStringLiteral("https://dev-123456.okta.com/oauth2/default"),
                QStringLiteral("openid profile email offline_access"),
                ProfileEditor::tr("https://{your Okta domain}/oauth2/default (a custom authorization server), or "
                                  "https://{your Okta domain} (the org authorization server)"),
                ProfileEditor::tr("openid profile email; offline_access for a refresh token"),
                ProfileEditor::tr("add it to the app integration's Sign-in redirect URIs"),
                ProfileEditor::tr("the org authorization server's access tokens are for Okta's own APIs, not yours; a refresh "
                                  "token also needs the Refresh Token grant type in the app integration")};
    case P::EntraId:
        return {ProfileEditor::tr("Microsoft Entra ID"), QStringLiteral("https://login.microsoftonline.com/{tenant ID}/v2.0"),
                QStringLiteral("openid profile email offline_access"),
                ProfileEditor::tr("https://login.microsoftonline.com/{directory (tenant) ID}/v2.0"),
                ProfileEditor::tr("openid profile email offline_access, and your API's scope (api://{application ID}/{scope}) "
                                  "for an access token your API can validate"),
                ProfileEditor::tr("register it under Authentication: a Web platform with a client secret, or Mobile and desktop "
                                  "(a public client; http://127.0.0.1/callback with the system browser)"),
                ProfileEditor::tr("the common, organizations and consumers issuers do not name one tenant, so the issuer check "
                                  "fails with them; access tokens for Microsoft Graph are not meant to be validated by you")};
    case P::Keycloak:
        return {ProfileEditor::tr("Keycloak"), QStringLiteral("https://keycloak.example/realms/{realm}"), QStringLiteral("openid profile email"),
                ProfileEditor::tr("https://{host}/realms/{realm} (before Keycloak 17: https://{host}/auth/realms/{realm})"),
                ProfileEditor::tr("openid profile email; offline_access for an offline token"),
                ProfileEditor::tr("add it to the client's Valid redirect URIs"),
                ProfileEditor::tr("the issuer follows the host name a request used unless the server's hostname is set, so "
                                  "localhost and 127.0.0.1 give two different issuers")};
    case P::Google:
        return {ProfileEditor::tr("Google"), QStringLiteral("https://accounts.google.com"), QStringLiteral("openid email profile"),
                ProfileEditor::tr("https://accounts.google.com (without a trailing slash)"),
                ProfileEditor::tr("openid email profile"),
                ProfileEditor::tr("Google refuses sign-ins in embedded browsers: use the system browser with a Desktop app "
                                  "client and http://127.0.0.1/callback"),
                ProfileEditor::tr("a refresh token comes with access_type=offline (not the offline_access scope), and again "
                                  "only with prompt=consent; access tokens are opaque")};
    case P::Cognito:
        return {ProfileEditor::tr("Amazon Cognito"), QStringLiteral("https://cognito-idp.{region}.amazonaws.com/{user pool ID}"),
                QStringLiteral("openid email profile"),
                ProfileEditor::tr("https://cognito-idp.{region}.amazonaws.com/{user pool ID}; the login pages are on the user "
                                  "pool's domain, which discovery names"),
                ProfileEditor::tr("openid email profile; aws.cognito.signin.user.admin for the user's own attributes"),
                ProfileEditor::tr("add it to the app client's Allowed callback URLs"),
                ProfileEditor::tr("discovery names no end_session_endpoint (logout is {domain}/logout?client_id=…&logout_uri=…), "
                                  "and the access token has no aud, only client_id")};
    }
    return {};
}

constexpr ProfileEditor::Preset allPresets[] = {ProfileEditor::Preset::Generic, ProfileEditor::Preset::Auth0,
                                                ProfileEditor::Preset::Okta,    ProfileEditor::Preset::EntraId,
                                                ProfileEditor::Preset::Keycloak, ProfileEditor::Preset::Google,
                                                ProfileEditor::Preset::Cognito};

QString withoutQueryAndFragment(const QString &url)
{
    return QUrl(url).adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    // A grid rather than a QFormLayout: rows come and go (problems, notes, the advanced group), and Qt 6.4's form
    // layout then gives wrapped labels the height of another row (a note cut off, a gap elsewhere).
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    outer->addLayout(m_form);

    // ---- basic: what every sign-in needs ----
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("profilePreset"));
    for (const Preset preset : allPresets)
        m_preset->addItem(presetText(preset).name, int(preset));
    m_preset->setToolTip(tr("Choose the kind of provider: the form then shows its issuer pattern, typical scopes, where to "
                            "register the callback URL and its known quirks."));
    addRow(QStringLiteral("preset"), tr("Provider"), m_preset, false);
    m_presetHint = new QLabel(this);
    m_presetHint->setObjectName(QStringLiteral("profilePresetHint"));
    m_presetHint->setWordWrap(true);
    m_presetHint->setTextFormat(Qt::RichText);
    m_presetHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_presetHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_presetHint->setFont(small);
    // A framed note: frame and margin (a style sheet's padding is not counted when a wrapped label measures its height,
    // and the last line would be cut off).
    m_presetHint->setFrameShape(QFrame::StyledPanel);
    m_presetHint->setMargin(4);
    m_presetHint->setAutoFillBackground(true);
    {
        QPalette palette = m_presetHint->palette();
        palette.setColor(QPalette::Window, QColor(0xee, 0xf1, 0xf5));
        palette.setColor(QPalette::WindowText, QColor(0x26, 0x32, 0x38));
        m_presetHint->setPalette(palette);
    }
    spanRow(m_presetHint);

    m_name = addLine(kName, QStringLiteral("profileName"), tr("Name"), tr("My tenant (staging)"), false);
    m_issuer = addLine(kIssuer, QStringLiteral("profileIssuer"), tr("Issuer"), QString(), false);
    m_issuer->setClearButtonEnabled(false);
    m_issuerHint = new QLabel(this);
    m_issuerHint->setObjectName(QStringLiteral("profileIssuerHint"));
    m_issuerHint->setEnabled(false);
    m_issuerHint->setWordWrap(true);
    m_issuerHint->setAlignment(Qt::AlignTop | Qt::AlignLeft); // right under the issuer, whatever height the row gets
    m_issuerHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fieldRow(m_issuerHint);
    // A known quirk of the preset's provider about the issuer typed (not an error), with its one-click fix.
    m_issuerNoteRow = new QWidget(this);
    {
        auto *row = new QHBoxLayout(m_issuerNoteRow);
        row->setContentsMargins(0, 0, 0, 0);
        m_issuerNote = new QLabel(m_issuerNoteRow);
        m_issuerNote->setObjectName(QStringLiteral("profileIssuerNote"));
        m_issuerNote->setWordWrap(true);
        m_issuerNote->setTextFormat(Qt::PlainText);
        m_issuerNote->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        m_issuerNoteFix = new QPushButton(m_issuerNoteRow);
        m_issuerNoteFix->setObjectName(QStringLiteral("profileIssuerNoteFix"));
        m_issuerNoteFix->hide();
        connect(m_issuerNoteFix, &QPushButton::clicked, this, [this] {
            if (m_issuerNoteApply)
                m_issuerNoteApply();
        });
        row->addWidget(m_issuerNote, 1);
        row->addWidget(m_issuerNoteFix, 0, Qt::AlignTop);
    }
    fieldRow(m_issuerNoteRow);
    addProblemRow(kIssuer, m_issuer, false);
    m_clientId = addLine(kClientId, QStringLiteral("profileClientId"), tr("Client ID"), QString(), false);

    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("profileClientSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("optional; kept in memory unless remembered"));
    m_showSecret = new QToolButton(this);
    m_showSecret->setObjectName(QStringLiteral("profileShowSecret"));
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setToolTip(tr("Show the client secret"));
    m_showSecret->setAccessibleName(tr("Show the client secret"));
    connect(m_showSecret, &QToolButton::toggled, this,
            [this](bool on) { m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    addRow(kClientSecret, tr("Client secret"), secretRow, m_secret, false);
    m_secretRow = secretRow;
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("profileRememberSecret"));
    fieldRow(m_remember);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    spanRow(m_keychainStatus); // the whole row's width: fewer lines (the scroll area would squeeze a tall note)

    m_redirectUri = addLine(kRedirectUri, QStringLiteral("profileRedirectUri"), tr("Callback URL"), kNewProfileCallback, false);
    m_browser = new QComboBox(this);
    m_browser->setObjectName(QStringLiteral("profileBrowser"));
    m_browser->addItem(tr("Embedded (inside Tokenscope)"), QStringLiteral("embedded"));
    m_browser->addItem(tr("System browser (loopback redirect)"), QStringLiteral("system"));
    m_browser->setToolTip(tr("<p><b>Embedded</b>: the provider's login page opens inside Tokenscope; any callback URL works.</p>"
                             "<p><b>System browser</b>: the login page opens in your default browser. Use it for providers "
                             "that refuse embedded browsers (Google, some company sign-ins), or when the login needs your "
                             "passkeys, password manager or existing browser session. The provider redirects back to "
                             "Tokenscope on http://127.0.0.1 at a port picked for every sign-in: register "
                             "http://127.0.0.1/callback at the provider (a native app's loopback redirect, RFC 8252) and use "
                             "it as the callback URL.</p>"
                             "<p>Response modes: query and fragment work (the page the browser shows at the end passes a "
                             "fragment on with a small script); form_post does not.</p>"));
    addRow(kBrowser, tr("Browser"), m_browser, false);
    m_responseType = new QComboBox(this);
    m_responseType->setObjectName(QStringLiteral("profileResponseType"));
    m_responseType->setEditable(true);
    for (const char *t : {"code", "code id_token", "code token", "code id_token token", "id_token", "id_token token"})
        m_responseType->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    addRow(kResponseType, tr("Response type"), m_responseType, false);
    m_scope = addLine(kScope, QStringLiteral("profileScope"), tr("Scope"), QStringLiteral("openid profile email"), false);
    m_audience = addLine(kAudience, QStringLiteral("profileAudience"), tr("Audience"), QStringLiteral("https://api.example/"), false);
    m_connection = addLine(QStringLiteral("connection"), QStringLiteral("profileConnection"), tr("Connection"),
                           QStringLiteral("Username-Password-Authentication"), false);
    m_connection->setClearButtonEnabled(false);
    m_organization = addLine(QStringLiteral("organization"), QStringLiteral("profileOrganization"), tr("Organization"),
                             QStringLiteral("org_…"), false);
    m_organization->setClearButtonEnabled(false);
    m_apiUrl = addLine(kApiUrl, QStringLiteral("profileApiUrl"), tr("API URL"), QStringLiteral("https://api.example/private"), false);

    // ---- advanced: folded away until asked for ----
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setObjectName(QStringLiteral("profileAdvancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setText(tr("Advanced settings"));
    m_advancedToggle->setToolTip(tr("Client authentication, response mode, PKCE, extra parameters, logout, algorithms, trusted "
                                    "CAs and the browser session"));
    spanRow(m_advancedToggle);

    m_grant = new QComboBox(this);
    m_grant->setObjectName(QStringLiteral("profileGrant"));
    m_grant->addItem(tr("Authorization code (a user signs in)"), QString());
    m_grant->addItem(tr("Client credentials (machine to machine, no browser)"), Grants::ClientCredentials);
    m_grant->addItem(tr("Device code (a user approves on another device)"), Grants::DeviceCode);
    m_grant->addItem(tr("Password (legacy: the app sends the user's password)"), Grants::Password);
    m_grant->addItem(tr("Token exchange (a service exchanges a token it was given)"), Grants::TokenExchange);
    m_grant->setToolTip(tr("The grant Sign in runs. Client credentials (RFC 6749 4.4) asks the token endpoint for an access token "
                           "for the API in Audience with the client's own secret: no user, no browser, no redirect URI. Device code (RFC 8628) shows a "
                           "code the user enters at the provider's address on any device (or in the embedded browser) while "
                           "Tokenscope polls the token endpoint: no redirect URI either. Password (RFC 6749 4.3) asks you for the "
                           "user's username and password at sign-in and sends them to the token endpoint (with Realm: Auth0's "
                           "password-realm grant). Token exchange (RFC 8693) asks for the token to exchange at sign-in (or "
                           "offers the last sign-in's access token) and gets one for the API in Audience."));
    addRow(kGrant, tr("Grant"), m_grant, true);
    connect(m_grant, &QComboBox::currentIndexChanged, this, [this] { updateRows(); });
    m_realm = addLine(kRealm, QStringLiteral("profileRealm"), tr("Realm"), QStringLiteral("Username-Password-Authentication"), true);
    m_realm->setToolTip(tr("The password grant only: the connection (user store) the username and password are checked against. "
                           "Set, it uses Auth0's password-realm grant; empty, the plain password grant and the tenant's "
                           "default directory."));
    m_subjectTokenType = addLine(kSubjectTokenType, QStringLiteral("profileSubjectTokenType"), tr("Subject token type"),
                                 QStringLiteral("access_token"), true);
    m_subjectTokenType->setToolTip(tr("Token exchange only: the type of the token exchanged (RFC 8693 3): access_token (the "
                                      "default), jwt, id_token, refresh_token, or a token type URI."));
    m_requestedTokenType = addLine(kRequestedTokenType, QStringLiteral("profileRequestedTokenType"), tr("Requested token type"),
                                   tr("the provider decides"), true);
    m_requestedTokenType->setToolTip(tr("Token exchange only: the type of token to ask for (RFC 8693 2.1 requested_token_type): "
                                        "access_token, jwt, id_token, refresh_token, or a token type URI; empty, none is asked "
                                        "for."));
    // ---- advanced, section "Client authentication": how the client proves who it is ----
    m_authHeading = sectionHeading(tr("Client authentication"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("profileTokenEndpointAuth"));
    m_auth->addItem(tr("Automatic (basic with a secret, none without)"), QString());
    m_auth->addItem(QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_basic"));
    m_auth->addItem(QStringLiteral("client_secret_post"), QStringLiteral("client_secret_post"));
    m_auth->addItem(QStringLiteral("client_secret_jwt"), QStringLiteral("client_secret_jwt"));
    m_auth->addItem(QStringLiteral("private_key_jwt"), QStringLiteral("private_key_jwt"));
    m_auth->addItem(QStringLiteral("tls_client_auth"), QStringLiteral("tls_client_auth"));
    m_auth->addItem(QStringLiteral("self_signed_tls_client_auth"), QStringLiteral("self_signed_tls_client_auth"));
    m_auth->addItem(QStringLiteral("none"), QStringLiteral("none"));
    m_auth->setToolTip(tr("How the client authenticates at the token endpoint (and for refresh, revocation, introspection): "
                          "client_secret_jwt and private_key_jwt send a one-minute signed assertion instead of the secret "
                          "(RFC 7523, OpenID Connect Core 9); tls_client_auth and self_signed_tls_client_auth present a client "
                          "certificate over mutual TLS (RFC 8705)."));
    addRow(kTokenEndpointAuth, tr("Token endpoint auth"), m_auth, true);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] { updateRows(); });
    // private_key_jwt: the key file and its kid; a new key pair on request.
    {
        m_clientKey = new QLineEdit(this);
        m_clientKey->setObjectName(QStringLiteral("profileClientKey"));
        m_clientKey->setPlaceholderText(tr("client-key.pem (relative to the profile file)"));
        m_clientKey->setToolTip(tr("private_key_jwt and signed request objects: the client's private key, a PEM or JWK file (RSA, "
                                   "EC P-256/384/521 or Ed25519). It never leaves this machine; register its public key at the "
                                   "provider."));
        auto *generate = new QPushButton(tr("&Generate…"), this);
        generate->setObjectName(QStringLiteral("profileGenerateClientKey"));
        generate->setToolTip(tr("Write a new EC P-256 key pair and show the public JWK to paste into the application's settings "
                                "at the provider"));
        connect(generate, &QPushButton::clicked, this, [this] {
            auto *dialog = new QFileDialog(this, tr("Save the new private key"), QString(), tr("PEM files (*.pem)"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setDefaultSuffix(QStringLiteral("pem"));
            dialog->selectFile(QStringLiteral("client-key.pem"));
            connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
                QString error;
                const QJsonObject jwk = generateClientKey(path, &error);
                if (jwk.isEmpty()) {
                    QMessageBox::warning(this, tr("Generate a key pair"), error);
                    return;
                }
                showPublicJwk(jwk);
            });
            dialog->open();
        });
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_clientKey, 1);
        row->addWidget(generate);
        m_clientKeyRow = row;
        addRow(kClientKey, tr("Client key"), row, m_clientKey, true);
    }
    m_clientKeyId = addLine(kClientKeyId, QStringLiteral("profileClientKeyId"), tr("Key ID"), tr("the key's RFC 7638 thumbprint"), true);
    m_clientCertificate = addLine(kClientCertificate, QStringLiteral("profileClientCertificate"), tr("Client certificate"),
                                  tr("client.pem (relative to the profile file)"), true);
    m_clientCertificate->setToolTip(tr("Mutual TLS (RFC 8705): the client certificate (PEM) presented to the provider's mTLS "
                                       "endpoints and the API; certificate-bound tokens work only with it."));
    m_clientCertificateKey = addLine(kClientCertificateKey, QStringLiteral("profileClientCertificateKey"), tr("Certificate key"),
                                     tr("client-key.pem"), true);
    m_clientCertificateKey->setToolTip(tr("The certificate's private key (PEM, EC or RSA, unencrypted). It never leaves this machine."));

    // ---- advanced, section "Request": how the authorization request travels, and what binds the tokens ----
    m_requestHeading = sectionHeading(tr("Request"));
    m_par = new QCheckBox(tr("Push it first (PAR)"), this);
    m_par->setObjectName(QStringLiteral("profilePar"));
    m_par->setToolTip(tr("RFC 9126 pushed authorization requests: the authorization parameters go straight to the provider's "
                         "pushed authorization request endpoint, "
                         "with the client authenticated; the browser gets only client_id and a request_uri. Used anyway "
                         "when the provider requires it."));
    fieldRow(m_par);
    m_advancedRows << m_par;
    m_requestObject = new QCheckBox(tr("Sign it (JAR)"), this);
    m_requestObject->setObjectName(QStringLiteral("profileRequestObject"));
    m_requestObject->setToolTip(tr("RFC 9101 signed request objects: the authorization parameters travel inside a JWT signed with the client key (or, without one, "
                                   "the client secret with HS256), so nothing on the way can change them."));
    fieldRow(m_requestObject);
    m_advancedRows << m_requestObject;
    m_dpop = new QCheckBox(tr("Bind tokens to a key (DPoP)"), this);
    m_dpop->setObjectName(QStringLiteral("profileDpop"));
    m_dpop->setToolTip(tr("RFC 9449 DPoP: every sign-in makes a new key pair, kept in memory only; each token request, userinfo and API call "
                          "carries a proof signed with it, and the checks dpop.* show whether the provider bound the tokens "
                          "and the API insists on the proof."));
    fieldRow(m_dpop);
    m_advancedRows << m_dpop;
    m_dpopAlg = new QComboBox(this);
    m_dpopAlg->setObjectName(QStringLiteral("profileDpopAlg"));
    m_dpopAlg->addItem(tr("ES256 (default)"), QString());
    for (const QString &alg : dpopAlgs().mid(1))
        m_dpopAlg->addItem(alg, alg);
    addRow(kDpopAlg, tr("Proof key"), m_dpopAlg, true);
    for (QCheckBox *box : {m_par, m_requestObject, m_dpop})
        connect(box, &QCheckBox::toggled, this, [this] {
            updateRows();
            revalidate();
        });
    m_responseMode = new QComboBox(this);
    m_responseMode->setObjectName(QStringLiteral("profileResponseMode"));
    m_responseMode->addItem(tr("Default for the response type"), QString());
    for (const char *t : {"query", "fragment", "form_post"})
        m_responseMode->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    addRow(kResponseMode, tr("Response mode"), m_responseMode, true);
    m_refreshScope = addLine(kRefreshScope, QStringLiteral("profileRefreshScope"), tr("Refresh scope"), tr("as granted (or narrower)"), true);
    m_refreshScope->setToolTip(tr("<p>Optional: a narrower scope to ask for at each refresh (RFC 6749 section 6), such as "
                                  "<tt>openid offline_access</tt>. Check <tt>refresh.scope</tt> then shows what the provider "
                                  "granted.</p>"));
    m_pkce = new QCheckBox(tr("Use PKCE (S256)"), this);
    m_pkce->setObjectName(QStringLiteral("profilePkce"));
    fieldRow(m_pkce);
    m_advancedRows << m_pkce;
    m_extraParams = new QPlainTextEdit(this);
    m_extraParams->setObjectName(QStringLiteral("profileExtraParams"));
    m_extraParams->setPlaceholderText(tr("one name=value per line, e.g. prompt=login"));
    m_extraParams->setTabChangesFocus(true);
    m_extraParams->setFixedHeight(m_extraParams->fontMetrics().lineSpacing() * 3 + 12);
    addRow(kExtraParams, tr("Extra parameters"), m_extraParams, true);
    m_postLogout = addLine(kPostLogout, QStringLiteral("profilePostLogoutRedirectUri"), tr("After-logout URL"), QString(), true);
    m_expectedAlg = new QComboBox(this);
    m_expectedAlg->setObjectName(QStringLiteral("profileExpectedAlg"));
    m_expectedAlg->setEditable(true);
    m_expectedAlg->addItem(tr("Any the provider allows"), QString());
    for (const char *a : {"RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA", "HS256", "HS384", "HS512"})
        m_expectedAlg->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    addRow(kExpectedAlg, tr("ID token algorithm"), m_expectedAlg, true);
    auto *caRow = new QHBoxLayout;
    m_caCertificates = new QLineEdit(this);
    m_caCertificates->setObjectName(QStringLiteral("profileCaCertificates"));
    m_caCertificates->setPlaceholderText(tr("only the system's"));
    m_caCertificates->setClearButtonEnabled(true);
    m_caCertificates->setToolTip(tr("<p>CA certificate files (PEM or DER), separated by semicolons, to trust in addition to the "
                                    "system's: for a provider or API that uses a private CA, such as a test tenant. Certificates "
                                    "are still checked in full (chain, dates, host name). A relative name is relative to the "
                                    "profile file's folder.</p>"));
    m_chooseCas = new QToolButton(this);
    m_chooseCas->setObjectName(QStringLiteral("profileChooseCas"));
    m_chooseCas->setText(tr("Choose…"));
    m_chooseCas->setToolTip(tr("Choose CA certificate files"));
    m_chooseCas->setAccessibleName(tr("Choose CA certificate files"));
    connect(m_chooseCas, &QToolButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Trusted CA certificates"), QString(),
                                                                tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!files.isEmpty())
            m_caCertificates->setText(files.join(QStringLiteral("; ")));
    });
    caRow->addWidget(m_caCertificates, 1);
    caRow->addWidget(m_chooseCas);
    addRow(kCaCertificates, tr("Trusted CAs"), caRow, m_caCertificates, true);
    m_keepSession = new QCheckBox(tr("Keep sign-in cookies between runs"), this);
    m_keepSession->setObjectName(QStringLiteral("profileKeepSession"));
    m_keepSession->setToolTip(tr("Off: every profile's browser session is off the record and forgotten when Tokenscope closes."));
    fieldRow(m_keepSession);
    m_advancedRows << m_keepSession;

    // Problems that concern no field of the form (the endpoints of the file, for example).
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("profileProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
    outer->addWidget(m_problemsLabel);
    outer->addStretch(1);

    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }

    const QList<QLineEdit *> lines{m_name, m_issuer, m_clientId, m_secret, m_realm, m_subjectTokenType, m_requestedTokenType,
                                   m_clientKey, m_clientKeyId, m_clientCertificate, m_clientCertificateKey, m_redirectUri, m_scope, m_refreshScope,
                                   m_audience, m_connection, m_organization, m_apiUrl, m_postLogout, m_caCertificates};
    for (QLineEdit *line : lines)
        connect(line, &QLineEdit::textChanged, this, [this] { revalidate(); });
    for (QComboBox *combo : {m_grant, m_auth, m_responseType, m_responseMode, m_expectedAlg, m_browser, m_dpopAlg}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this] { revalidate(); });
    }
    connect(m_pkce, &QCheckBox::toggled, this, [this] { revalidate(); });
    connect(m_extraParams, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updatePresetUi();
        if (!m_loading)
            applyPresetDefaults(); // a choice of the user's (loading a profile only shows the preset that fits it)
        revalidate();
    });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this] { updateRows(); });
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            emit rememberSecretToggled(on);
    });
    connect(m_keepSession, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            emit keepSessionToggled(on);
    });
    updatePresetUi();
    setProfile(Profile{});
}

QLineEdit *ProfileEditor::addLine(const QString &key, const QString &objectName, const QString &label, const QString &placeholder, bool advanced)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    addRow(key, label, line, advanced);
    return line;
}

void ProfileEditor::addRow(const QString &key, const QString &label, QWidget *field, bool advanced)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(field);
    m_labels.insert(key, l);
    const int row = m_form->rowCount();
    m_form->addWidget(l, row, 0, qobject_cast<QPlainTextEdit *>(field) ? Qt::AlignLeft | Qt::AlignTop : Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addWidget(field, row, 1);
    m_rowLabels.insert(field, l);
    if (advanced)
        m_advancedRows << field;
    addProblemRow(key, field, advanced);
}

void ProfileEditor::addRow(const QString &key, const QString &label, QLayout *field, QWidget *marked, bool advanced)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(marked);
    m_labels.insert(key, l);
    const int row = m_form->rowCount();
    m_form->addWidget(l, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
    m_form->addLayout(field, row, 1);
    m_rowLabels.insert(field, l);
    if (advanced)
        m_advancedRows << field;
    addProblemRow(key, marked, advanced);
}

// Under the field: what is wrong with it, in words, and the button that fixes it when the answer is known.
void ProfileEditor::addProblemRow(const QString &key, QWidget *marked, bool advanced)
{
    if (m_problemRows.contains(key))
        return; // the issuer's comes after its hints
    static const QStringList validated{kIssuer,       kClientId,     kClientSecret, kTokenEndpointAuth, kRedirectUri,
                                       kBrowser,      kResponseType, kResponseMode, kScope,             kRefreshScope,
                                       kApiUrl,       kPostLogout,   kExpectedAlg,  kGrant,             kClientKey,
                                       kClientCertificate, kClientCertificateKey, kDpopAlg};
    if (!validated.contains(key) || (key == kIssuer && !m_issuerNoteRow))
        return;
    ProblemRow r;
    r.row = new QWidget(this);
    r.field = marked;
    r.advanced = advanced;
    auto *layout = new QHBoxLayout(r.row);
    layout->setContentsMargins(0, 0, 0, 0);
    r.text = new QLabel(r.row);
    r.text->setObjectName(QStringLiteral("profileProblem_") + key);
    r.text->setWordWrap(true);
    r.text->setTextFormat(Qt::PlainText);
    r.text->setStyleSheet(QStringLiteral("color: #c01c28;"));
    r.fix = new QPushButton(r.row);
    r.fix->setObjectName(QStringLiteral("profileFix_") + key);
    r.fix->hide();
    layout->addWidget(r.text, 1);
    layout->addWidget(r.fix, 0, Qt::AlignTop);
    connect(r.fix, &QPushButton::clicked, this, [this, key] {
        const auto it = m_problemRows.constFind(key);
        if (it != m_problemRows.constEnd() && it->apply)
            it->apply();
    });
    fieldRow(r.row);
    m_problemRows.insert(key, r);
}

QLabel *ProfileEditor::sectionHeading(const QString &text)
{
    auto *heading = new QLabel(text, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, 6, 0, 0);
    spanRow(heading);
    m_advancedRows << heading;
    return heading;
}

void ProfileEditor::fieldRow(QWidget *field)
{
    m_form->addWidget(field, m_form->rowCount(), 1);
}

void ProfileEditor::spanRow(QWidget *widget)
{
    m_form->addWidget(widget, m_form->rowCount(), 0, 1, 2);
}

// A row of the grid shown or hidden: its field (a widget, or every widget of a layout) and its label. A hidden row
// takes no room.
void ProfileEditor::setRowShown(QObject *row, bool shown)
{
    if (auto *w = qobject_cast<QWidget *>(row)) {
        if (w->isHidden() == shown)
            w->setVisible(shown);
    } else if (auto *l = qobject_cast<QLayout *>(row)) {
        for (int i = 0; i < l->count(); ++i) {
            if (QWidget *item = l->itemAt(i)->widget(); item && item->isHidden() == shown)
                item->setVisible(shown);
        }
    }
    if (QLabel *label = m_rowLabels.value(row); label && label->isHidden() == shown)
        label->setVisible(shown);
}

void ProfileEditor::updateRows()
{
    const bool open = m_advancedToggle->isChecked();
    m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    for (QObject *row : std::as_const(m_advancedRows))
        setRowShown(row, open);
    // A grant without a redirect (client credentials, device code) has no callback URL, browser, response type or mode
    // to set: the CLI contract's "a profile whose grant needs no browser needs no redirectUri or responseType".
    Profile grant;
    grant.grant = comboValue(m_grant);
    const bool redirect = !grant.grantNeedsNoBrowser();
    setRowShown(m_redirectUri, redirect);
    setRowShown(m_browser, redirect);
    setRowShown(m_responseType, redirect);
    setRowShown(m_responseMode, redirect && open);
    setRowShown(m_realm, open && grant.grant == Grants::Password);
    setRowShown(m_subjectTokenType, open && grant.grant == Grants::TokenExchange);
    setRowShown(m_requestedTokenType, open && grant.grant == Grants::TokenExchange);
    const QString auth = comboValue(m_auth);
    const bool keyAuth = auth == QLatin1String("private_key_jwt");
    // The client key signs assertions (private_key_jwt) and request objects.
    const bool keySigns = keyAuth || (redirect && m_requestObject->isChecked());
    setRowShown(m_clientKeyRow, open && keySigns);
    setRowShown(m_clientKeyId, open && keySigns);
    // A certificate authenticates the client (RFC 8705 2) or only binds its tokens (3): shown for the first, kept when set.
    Profile authOnly;
    authOnly.tokenEndpointAuth = auth;
    const bool mtlsAuth = authOnly.usesMtlsAuth();
    const bool certificate = mtlsAuth || !m_clientCertificate->text().trimmed().isEmpty();
    setRowShown(m_clientCertificate, open && certificate);
    setRowShown(m_clientCertificateKey, open && certificate);
    // A client that authenticates with its key or certificate (or as a public client) has no secret to enter.
    const bool secretUsed = !keyAuth && !mtlsAuth && auth != QLatin1String("none");
    setRowShown(m_secretRow, secretUsed);
    setRowShown(m_remember, secretUsed);
    setRowShown(m_authHeading, open);
    // PAR and request objects protect the authorization request, which only the browser grant sends.
    setRowShown(m_requestHeading, open);
    setRowShown(m_par, open && redirect);
    setRowShown(m_requestObject, open && redirect);
    setRowShown(m_dpopAlg, open && m_dpop->isChecked());
    const bool auth0 = preset() == Preset::Auth0;
    setRowShown(m_connection, auth0);
    setRowShown(m_organization, auth0);
    for (const ProblemRow &r : std::as_const(m_problemRows))
        setRowShown(r.row, !r.text->text().isEmpty() && (!r.advanced || open));
    setRowShown(m_presetHint, !m_presetHint->text().isEmpty());
    setRowShown(m_issuerHint, !m_issuerHint->text().isEmpty());
    setRowShown(m_issuerNoteRow, !m_issuerNote->text().isEmpty());
    setRowShown(m_keychainStatus, !m_keychainStatus->text().isEmpty());
}

QJsonObject ProfileEditor::generateClientKey(const QString &path, QString *error)
{
    const SigningKey key = SigningKey::generate(QStringLiteral("ES256"));
    const QByteArray pem = key.isValid() ? privateKeyPem(key.pkey()) : QByteArray();
    if (pem.isEmpty()) {
        *error = tr("OpenSSL could not make a key pair.");
        return {};
    }
    QFile file(path);
    // Readable by the owner only, from the first byte on.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(pem) != pem.size() || !file.flush()) {
        *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    file.close();
    m_clientKey->setText(path);
    const int auth = m_auth->findData(QStringLiteral("private_key_jwt"));
    if (auth >= 0)
        m_auth->setCurrentIndex(auth);
    return clientKeyFrom(pem, m_clientKeyId->text()).publicJwk;
}

void ProfileEditor::showPublicJwk(const QJsonObject &jwk)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("publicJwkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("The client's public key"));
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Register this public key for the application at the provider (its JWKS, or the credentials of "
                                "the application: Auth0 Applications > the application > Credentials > Private Key JWT). The "
                                "private key stays in the file you chose."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Indented)), dialog);
    text->setObjectName(QStringLiteral("publicJwkText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy JWK"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(520, 360);
    dialog->open();
}

bool ProfileEditor::advancedShown() const
{
    return m_advancedToggle->isChecked();
}

void ProfileEditor::setAdvancedShown(bool shown)
{
    m_advancedToggle->setChecked(shown);
}

// ---- presets ------------------------------------------------------------------------------------------------------

ProfileEditor::Preset ProfileEditor::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void ProfileEditor::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

ProfileEditor::Preset ProfileEditor::presetForIssuer(const QString &issuer)
{
    Profile p;
    p.issuer = normalizeIssuer(issuer.trimmed());
    if (p.issuer.isEmpty())
        return Preset::Generic;
    if (p.isAuth0Domain())
        return Preset::Auth0;
    const QUrl url(p.issuer);
    const QString host = url.host().toLower();
    for (const char *okta : {".okta.com", ".oktapreview.com", ".okta-emea.com"}) {
        if (host.endsWith(QLatin1String(okta)))
            return Preset::Okta;
    }
    if (host == QLatin1String("login.microsoftonline.com"))
        return Preset::EntraId;
    if (host == QLatin1String("accounts.google.com"))
        return Preset::Google;
    if (host.startsWith(QLatin1String("cognito-idp.")) && host.endsWith(QLatin1String(".amazonaws.com")))
        return Preset::Cognito;
    if (url.path().contains(QLatin1String("/realms/")))
        return Preset::Keycloak;
    return Preset::Generic;
}

void ProfileEditor::updatePresetUi()
{
    const Preset p = preset();
    const PresetText text = presetText(p);
    m_labels.value(kIssuer)->setText(p == Preset::Auth0 ? tr("Auth0 domain") : tr("Issuer"));
    m_issuer->setPlaceholderText(text.issuerPlaceholder);
    if (p == Preset::Generic) {
        m_presetHint->clear();
    } else {
        auto line = [](const QString &title, const QString &body) {
            return QStringLiteral("<b>%1</b>: %2").arg(title.toHtmlEscaped(), body.toHtmlEscaped());
        };
        m_presetHint->setText(QStringList{line(tr("Issuer"), text.issuer), line(tr("Scopes"), text.scopes),
                                          line(tr("Callback URL"), text.callback), line(tr("Known quirks"), text.quirks)}
                                  .join(QStringLiteral("<br/>")));
    }
    m_presetHint->setAccessibleName(tr("About %1").arg(text.name));
    updateRows();
}

// The preset's typical values, in the fields that are still empty or at their default (what was typed stays).
void ProfileEditor::applyPresetDefaults()
{
    const Preset p = preset();
    const PresetText text = presetText(p);
    const QString scope = m_scope->text().simplified();
    if (!text.scope.isEmpty() && (scope.isEmpty() || scope == Profile{}.scope))
        m_scope->setText(text.scope);
    if (p == Preset::Google) {
        // Google refuses embedded browsers: the system browser with a loopback callback (a Desktop app client).
        setComboText(m_browser, QStringLiteral("system"));
        const QString redirect = m_redirectUri->text().trimmed();
        if (redirect.isEmpty() || redirect == kNewProfileCallback)
            m_redirectUri->setText(kLoopbackCallback);
        if (!m_extraParams->toPlainText().contains(QLatin1String("access_type="))) {
            const QString params = m_extraParams->toPlainText().trimmed();
            m_extraParams->setPlainText(params.isEmpty() ? QStringLiteral("access_type=offline")
                                                         : params + QStringLiteral("\naccess_type=offline"));
        }
    }
}

void ProfileEditor::setIssuerText(const QString &issuer)
{
    QString shown = issuer;
    if (preset() == Preset::Auth0) {
        const QUrl u(issuer);
        if (u.path() == QLatin1String("/") && u.scheme() == QLatin1String("https"))
            shown = u.host();
    }
    m_issuer->setText(shown);
}

// A known quirk of the provider about the issuer as typed, with its one-click fix when the answer is known.
QString ProfileEditor::issuerNote(const Profile &p, std::optional<Fix> *fix)
{
    const QUrl url(p.issuer);
    const QStringList path = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    switch (preset()) {
    case Preset::EntraId:
        if (!path.isEmpty() && QStringList{QStringLiteral("common"), QStringLiteral("organizations"), QStringLiteral("consumers")}
                                   .contains(path.first(), Qt::CaseInsensitive)) {
            return tr("“%1” serves many tenants: its discovery document names the issuer with a {tenantid} placeholder, so the "
                      "issuer check fails. Use your directory (tenant) ID in its place.")
                .arg(path.first());
        }
        if (path.size() == 1) {
            *fix = Fix{tr("Use the v2.0 issuer"), [this, url] {
                           QUrl v2 = url;
                           v2.setPath(QLatin1Char('/') + url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts).first()
                                      + QStringLiteral("/v2.0"));
                           setIssuerText(v2.toString());
                       }};
            return tr("Without /v2.0 this is the v1.0 endpoint, whose tokens name another issuer (https://sts.windows.net/…/).");
        }
        break;
    case Preset::Okta:
        if (url.isValid() && !url.host().isEmpty() && !url.path().contains(QLatin1String("/oauth2/"))) {
            *fix = Fix{tr("Use the default authorization server"), [this, url] {
                           QUrl custom = url;
                           custom.setPath(QStringLiteral("/oauth2/default"));
                           setIssuerText(custom.toString());
                       }};
            return tr("This is the org authorization server: its access tokens are for Okta's own APIs. Your API needs a custom "
                      "authorization server, such as /oauth2/default.");
        }
        break;
    case Preset::Keycloak:
        if (url.isValid() && !url.host().isEmpty() && !url.path().contains(QLatin1String("/realms/")))
            return tr("A Keycloak issuer ends with /realms/ and the realm's name.");
        break;
    case Preset::Google:
        if (p.issuer == QLatin1String("https://accounts.google.com/")) {
            *fix = Fix{tr("Use https://accounts.google.com"), [this] { setIssuerText(QStringLiteral("https://accounts.google.com")); }};
            return tr("Google's issuer has no trailing slash: its discovery document names https://accounts.google.com.");
        }
        if (!p.usesSystemBrowser()) {
            *fix = Fix{tr("Use the system browser"), [this] {
                           setComboText(m_browser, QStringLiteral("system"));
                           if (!isLoopbackIpRedirectUri(QUrl(m_redirectUri->text().trimmed())))
                               m_redirectUri->setText(kLoopbackCallback);
                       }};
            return tr("Google refuses sign-ins in embedded browsers (\"disallowed_useragent\").");
        }
        break;
    default:
        break;
    }
    return {};
}

// ---- problems -----------------------------------------------------------------------------------------------------

QString ProfileEditor::fieldLabel(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label ? QString(label->text()).remove(QLatin1Char('&')) : key;
}

// The engine's messages name fields by their JSON keys ("redirectUri"); the form says them as it labels them.
QString ProfileEditor::describe(const QString &message) const
{
    QString out = message;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const QString &key = it.key();
        if (!out.contains(key)) // every form below contains the key itself
            continue;
        const QString label = fieldLabel(key);
        out.replace(QLatin1Char('"') + key + QLatin1Char('"'), label);
        out.replace(QStringLiteral("„") + key + QStringLiteral("“"), label);
        out.replace(QStringLiteral("“") + key + QStringLiteral("”"), label);
        if (key != key.toLower()) { // camelCase keys are no English or German words: unquoted ones too
            auto pattern = m_keyPatterns.constFind(key);
            if (pattern == m_keyPatterns.constEnd())
                pattern = m_keyPatterns.insert(key, QRegularExpression(QStringLiteral("\\b%1\\b").arg(key)));
            out.replace(*pattern, label);
        }
    }
    return out;
}

QStringList ProfileEditor::problemsInWords(const Profile &profile) const
{
    QStringList out;
    for (const ProfileProblem &problem : profileProblems(profile))
        out << describe(problem.message);
    return out;
}

std::optional<ProfileEditor::Fix> ProfileEditor::fixFor(const QString &key, const Profile &p)
{
    if (key == kIssuer) {
        if (!m_documentIssuer.isEmpty() && p.issuer == m_mismatchFetchedFor)
            return Fix{tr("Use the issuer the document names"), [this] { setIssuerText(m_documentIssuer); }};
        const QUrl issuer(p.issuer);
        if (issuer.isValid() && (issuer.hasQuery() || issuer.hasFragment()))
            return Fix{tr("Remove the query and fragment"), [this, p] { setIssuerText(withoutQueryAndFragment(p.issuer)); }};
    } else if (key == kScope) {
        if (responseTypeHas(p.responseType, QStringLiteral("id_token")) && !scopeHas(p.scope, QStringLiteral("openid")))
            return Fix{tr("Add openid"), [this] { m_scope->setText((QStringLiteral("openid ") + m_scope->text()).simplified()); }};
    } else if (key == kRedirectUri) {
        const QUrl redirect(p.redirectUri.trimmed());
        if (p.usesSystemBrowser() && !isLoopbackIpRedirectUri(redirect))
            return Fix{tr("Use %1").arg(kLoopbackCallback), [this] { m_redirectUri->setText(kLoopbackCallback); }};
        if (redirect.hasFragment())
            return Fix{tr("Remove the fragment"), [this] {
                           m_redirectUri->setText(QUrl(m_redirectUri->text().trimmed()).adjusted(QUrl::RemoveFragment).toString());
                       }};
    } else if (key == kResponseMode) {
        const bool returnsTokens = returnsFrontChannelTokens(p.responseType);
        if (p.responseMode == QLatin1String("query") && returnsTokens)
            return Fix{tr("Use fragment"), [this] { setComboText(m_responseMode, QStringLiteral("fragment")); }};
        if (!p.responseMode.isEmpty())
            return Fix{tr("Use the default"), [this] { setComboText(m_responseMode, QString()); }};
    } else if (key == kResponseType) {
        if (m_hasMetadata && !m_metadata.responseTypesSupported.isEmpty()) {
            const QString use = m_metadata.responseTypesSupported.contains(QStringLiteral("code")) ? QStringLiteral("code")
                                                                                                  : m_metadata.responseTypesSupported.first();
            return Fix{tr("Use %1").arg(use), [this, use] { setComboText(m_responseType, use); }};
        }
    } else if (key == kRefreshScope) {
        const QStringList wider = scopeValuesNotIn(p.refreshScope, p.scope);
        if (!wider.isEmpty()) {
            return Fix{tr("Remove %1").arg(wider.join(QLatin1Char(' '))), [this, wider] {
                           QStringList kept = m_refreshScope->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                           for (const QString &w : wider)
                               kept.removeAll(w);
                           m_refreshScope->setText(kept.join(QLatin1Char(' ')));
                       }};
        }
    }
    return std::nullopt;
}

void ProfileEditor::setQuietUntilEdited(bool quiet)
{
    m_quiet = quiet;
    const bool loading = m_loading;
    m_loading = true; // no edit
    revalidate();
    m_loading = loading;
}

void ProfileEditor::revalidate()
{
    if (m_filling)
        return; // setProfile() fills every field, then checks the profile once
    if (!m_loading)
        m_quiet = false; // typed into: what is wrong is said
    const Profile p = profile();
    QList<ProfileProblem> list = profileProblems(p);
    if (m_hasMetadata && !p.responseType.isEmpty() && !m_metadata.responseTypesSupported.isEmpty()) {
        const bool advertised = std::any_of(m_metadata.responseTypesSupported.begin(), m_metadata.responseTypesSupported.end(),
                                            [&p](const QString &t) { return sameResponseType(t, p.responseType); });
        if (!advertised)
            list << ProfileProblem{kResponseType, tr("The provider does not advertise response type “%1” (it supports: %2)")
                                                      .arg(p.responseType, m_metadata.responseTypesSupported.join(QStringLiteral(", ")))};
    }
    if (m_hasMetadata && !p.responseMode.isEmpty() && !m_metadata.responseModesSupported.contains(p.responseMode))
        list << ProfileProblem{kResponseMode, tr("The provider does not advertise response mode “%1” (it supports: %2)")
                                                  .arg(p.responseMode, m_metadata.responseModesSupported.join(QStringLiteral(", ")))};
    if (!m_documentIssuer.isEmpty() && p.issuer == m_mismatchFetchedFor)
        list << ProfileProblem{kIssuer, tr("The provider's discovery document names the issuer “%1”, not “%2”; it must be exactly "
                                           "the same (OpenID Connect Discovery 4.3).")
                                            .arg(m_documentIssuer, p.issuer)};

    m_problems.clear();
    m_problemFields.clear();
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    for (const ProfileProblem &problem : std::as_const(list)) {
        const QString text = describe(problem.message);
        m_problems << text;
        m_problemFields << problem.field;
        if (m_quiet)
            continue;
        if (m_problemRows.contains(problem.field))
            byField[problem.field] << text;
        else
            unplaced << text;
    }
    int advancedProblems = 0;
    for (auto it = m_problemRows.begin(); it != m_problemRows.end(); ++it) {
        const QStringList texts = byField.value(it.key());
        ProblemRow &r = it.value();
        r.text->setText(texts.join(QLatin1Char('\n')));
        const std::optional<Fix> fix = texts.isEmpty() ? std::nullopt : fixFor(it.key(), p);
        r.apply = fix ? fix->apply : std::function<void()>();
        r.fix->setText(fix ? fix->label : QString());
        r.fix->setVisible(fix.has_value());
        // The field is marked: its label in red, and what is wrong as the field's accessible description.
        QLabel *label = m_labels.value(it.key());
        const bool marked = !texts.isEmpty();
        if (label && label->property("hasProblem").toBool() != marked) {
            label->setProperty("hasProblem", marked);
            label->setStyleSheet(marked ? QStringLiteral("color: #c01c28; font-weight: bold;") : QString());
        }
        if (r.field)
            r.field->setAccessibleDescription(texts.join(QLatin1Char(' ')));
        if (marked && r.advanced)
            ++advancedProblems;
    }
    m_problemsLabel->setText(unplaced.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!unplaced.isEmpty());
    m_advancedToggle->setText(advancedProblems ? tr("Advanced settings — %n problem(s)", nullptr, advancedProblems) : tr("Advanced settings"));
    m_advancedToggle->setStyleSheet(advancedProblems && !m_advancedToggle->isChecked() ? QStringLiteral("color: #c01c28;") : QString());

    std::optional<Fix> noteFix;
    m_issuerNote->setText(issuerNote(p, &noteFix));
    m_issuerNoteApply = noteFix ? noteFix->apply : std::function<void()>();
    m_issuerNoteFix->setText(noteFix ? noteFix->label : QString());
    m_issuerNoteFix->setVisible(noteFix.has_value());
    m_issuerHint->setText(p.issuer.isEmpty() ? QString() : tr("Discovery: %1").arg(p.discoveryUrl().toDisplayString()));
    updateRows();
    if (!m_loading)
        emit edited();
}

// ---- profile ------------------------------------------------------------------------------------------------------

void ProfileEditor::setProfile(const Profile &profile)
{
    m_loading = true;
    m_filling = true;
    m_base = profile;
    const Preset preset = presetForIssuer(profile.issuer);
    const bool auth0 = preset == Preset::Auth0;
    setPreset(preset);
    m_name->setText(profile.name);
    setIssuerText(profile.issuer);
    m_clientId->setText(profile.clientId);
    m_secret->setText(profile.clientSecret);
    // A grant the combo does not offer (a typo, a grant of a later version) is kept as an item of its own, so that
    // the profile's problems can name it and saving keeps it.
    const int offered = m_grant->findData(profile.effectiveGrant() == Grants::AuthorizationCode ? QString() : profile.effectiveGrant());
    if (offered < 0)
        m_grant->addItem(profile.grant, profile.grant);
    setComboText(m_grant, profile.effectiveGrant() == Grants::AuthorizationCode ? QString() : profile.grant);
    setComboText(m_auth, profile.tokenEndpointAuth);
    m_realm->setText(profile.realm);
    m_subjectTokenType->setText(profile.subjectTokenType);
    m_requestedTokenType->setText(profile.requestedTokenType);
    m_clientKey->setText(profile.clientKey);
    m_clientCertificate->setText(profile.clientCertificate);
    m_clientCertificateKey->setText(profile.clientCertificateKey);
    m_clientKeyId->setText(profile.clientKeyId);
    m_redirectUri->setText(profile.redirectUri);
    setComboText(m_browser, profile.usesSystemBrowser() ? QStringLiteral("system") : QStringLiteral("embedded"));
    setComboText(m_responseType, profile.responseType);
    setComboText(m_responseMode, profile.responseMode);
    m_scope->setText(profile.scope);
    m_refreshScope->setText(profile.refreshScope);
    m_audience->setText(profile.audience);
    m_pkce->setChecked(profile.pkce);
    m_par->setChecked(profile.par);
    m_requestObject->setChecked(profile.signsRequestObject());
    m_dpop->setChecked(profile.dpop);
    setComboText(m_dpopAlg, profile.dpopAlg);
    const QStringList auth0Params{QStringLiteral("connection"), QStringLiteral("organization")};
    m_connection->setText(auth0 ? profile.extraParam(QStringLiteral("connection")) : QString());
    m_organization->setText(auth0 ? profile.extraParam(QStringLiteral("organization")) : QString());
    m_extraParams->setPlainText(extraParamsText(profile.extraParams, auth0 ? auth0Params : QStringList()));
    m_apiUrl->setText(profile.apiUrl);
    m_postLogout->setText(profile.postLogoutRedirectUri);
    m_caCertificates->setText(profile.caCertificates.join(QStringLiteral("; ")));
    setComboText(m_expectedAlg, profile.expectedAlg);
    m_hasMetadata = false;
    m_mismatchFetchedFor.clear();
    m_documentIssuer.clear();
    m_loading = false;
    m_filling = false;
    updatePresetUi();
    revalidate();
    // A loaded profile whose advanced fields have a problem shows them.
    for (const ProblemRow &r : std::as_const(m_problemRows)) {
        if (r.advanced && !r.text->text().isEmpty())
            setAdvancedShown(true);
    }
}

Profile ProfileEditor::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.issuer = normalizeIssuer(m_issuer->text().trimmed());
    p.clientId = m_clientId->text().trimmed();
    p.clientSecret = m_secret->text();
    p.tokenEndpointAuth = comboValue(m_auth);
    // The default stays as the file wrote it (absent or "authorization_code").
    const QString grant = comboValue(m_grant);
    p.grant = grant.isEmpty() && m_base.effectiveGrant() == Grants::AuthorizationCode ? m_base.grant : grant;
    p.realm = m_realm->text().trimmed();
    p.subjectTokenType = m_subjectTokenType->text().trimmed();
    p.requestedTokenType = m_requestedTokenType->text().trimmed();
    p.clientKey = m_clientKey->text().trimmed();
    p.clientCertificate = m_clientCertificate->text().trimmed();
    p.clientCertificateKey = m_clientCertificateKey->text().trimmed();
    p.clientKeyId = m_clientKeyId->text().trimmed();
    p.redirectUri = m_redirectUri->text().trimmed();
    // An absent "browser" stays absent (files keep their shape) unless the choice changes.
    const QString browser = comboValue(m_browser);
    p.browser = browser == QLatin1String("embedded") && m_base.browser.isEmpty() ? QString() : browser;
    p.responseType = comboValue(m_responseType);
    p.responseMode = comboValue(m_responseMode);
    p.scope = m_scope->text().simplified();
    p.refreshScope = m_refreshScope->text().simplified();
    p.audience = m_audience->text().trimmed();
    p.pkce = m_pkce->isChecked();
    p.par = m_par->isChecked();
    p.requestObject = m_requestObject->isChecked() ? QStringLiteral("signed") : QString();
    p.dpop = m_dpop->isChecked();
    p.dpopAlg = p.dpop ? comboValue(m_dpopAlg) : QString();
    p.extraParams.clear();
    const QStringList lines = m_extraParams->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString l = line.trimmed();
        if (l.isEmpty())
            continue;
        const qsizetype eq = l.indexOf(QLatin1Char('='));
        p.extraParams.append({eq < 0 ? l : l.left(eq).trimmed(), eq < 0 ? QString() : l.mid(eq + 1).trimmed()});
    }
    if (preset() == Preset::Auth0) {
        if (!m_connection->text().trimmed().isEmpty())
            p.extraParams.append({QStringLiteral("connection"), m_connection->text().trimmed()});
        if (!m_organization->text().trimmed().isEmpty())
            p.extraParams.append({QStringLiteral("organization"), m_organization->text().trimmed()});
    }
    p.apiUrl = m_apiUrl->text().trimmed();
    p.postLogoutRedirectUri = m_postLogout->text().trimmed();
    p.caCertificates.clear();
    const QStringList cas = m_caCertificates->text().split(QLatin1Char(';'));
    for (const QString &ca : cas) {
        if (!ca.trimmed().isEmpty())
            p.caCertificates << ca.trimmed();
    }
    p.expectedAlg = comboValue(m_expectedAlg);
    return p;
}

void ProfileEditor::setProviderMetadata(const ProviderMetadata &metadata)
{
    m_metadata = metadata;
    m_hasMetadata = metadata.fromDiscovery;
    revalidate();
}

void ProfileEditor::clearProviderMetadata()
{
    m_hasMetadata = false;
    revalidate();
}

void ProfileEditor::setIssuerMismatch(const QString &fetchedFor, const QString &documentIssuer)
{
    m_mismatchFetchedFor = fetchedFor;
    m_documentIssuer = documentIssuer;
    const bool loading = m_loading;
    m_loading = true; // no edit: what the provider said
    revalidate();
    m_loading = loading;
}

// ---- secrets and session ------------------------------------------------------------------------------------------

void ProfileEditor::setRememberSecret(bool remember)
{
    const bool was = m_loading;
    m_loading = true;
    m_remember->setChecked(remember);
    m_loading = was;
}

bool ProfileEditor::rememberSecret() const
{
    return m_remember->isChecked();
}

void ProfileEditor::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (!available) {
        setRememberSecret(false);
        setKeychainStatus(tr("No system keychain is available%1: the client secret is kept in memory for this session only.")
                              .arg(reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')')));
    }
}

void ProfileEditor::setKeychainStatus(const QString &text)
{
    m_keychainStatus->setText(text);
    setRowShown(m_keychainStatus, !text.isEmpty());
}

void ProfileEditor::setKeepSession(bool keep)
{
    const bool was = m_loading;
    m_loading = true;
    m_keepSession->setChecked(keep);
    m_loading = was;
}

bool ProfileEditor::keepSession() const
{
    return m_keepSession->isChecked();
}

} // namespace tokenscope::ui
