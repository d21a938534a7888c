#include "ui/profiles/ProfileEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {

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

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("profilePreset"));
    m_preset->addItem(tr("Generic OpenID Connect provider"), int(Preset::Generic));
    m_preset->addItem(tr("Auth0 tenant"), int(Preset::Auth0));
    form->addRow(tr("Provider"), m_preset);

    m_name = addLine(form, QStringLiteral("profileName"), tr("Name"), tr("My tenant (staging)"));
    m_issuerLabel = new QLabel(tr("Issuer"), this);
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("profileIssuer"));
    form->addRow(m_issuerLabel, m_issuer);
    m_issuerHint = new QLabel(this);
    m_issuerHint->setObjectName(QStringLiteral("profileIssuerHint"));
    m_issuerHint->setEnabled(false);
    m_issuerHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_issuerHint);
    m_clientId = addLine(form, QStringLiteral("profileClientId"), tr("Client ID"));

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
    connect(m_showSecret, &QToolButton::toggled, this,
            [this](bool on) { m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    form->addRow(tr("Client secret"), secretRow);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("profileRememberSecret"));
    form->addRow(QString(), m_remember);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->setVisible(false);
    form->addRow(m_keychainStatus); // the whole row's width: fewer lines (the scroll area would squeeze a tall note)

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("profileTokenEndpointAuth"));
    m_auth->addItem(tr("Automatic (basic with a secret, none without)"), QString());
    m_auth->addItem(QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_basic"));
    m_auth->addItem(QStringLiteral("client_secret_post"), QStringLiteral("client_secret_post"));
    m_auth->addItem(QStringLiteral("none"), QStringLiteral("none"));
    form->addRow(tr("Token endpoint auth"), m_auth);

    m_redirectUri = addLine(form, QStringLiteral("profileRedirectUri"), tr("Callback URL"), QStringLiteral("https://app.example/callback"));
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
    form->addRow(tr("Browser"), m_browser);
    m_responseType = new QComboBox(this);
    m_responseType->setObjectName(QStringLiteral("profileResponseType"));
    m_responseType->setEditable(true);
    for (const char *t : {"code", "code id_token", "code token", "code id_token token", "id_token", "id_token token"})
        m_responseType->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    form->addRow(tr("Response type"), m_responseType);
    m_responseMode = new QComboBox(this);
    m_responseMode->setObjectName(QStringLiteral("profileResponseMode"));
    m_responseMode->addItem(tr("Default for the response type"), QString());
    for (const char *t : {"query", "fragment", "form_post"})
        m_responseMode->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    form->addRow(tr("Response mode"), m_responseMode);
    m_scope = addLine(form, QStringLiteral("profileScope"), tr("Scope"), QStringLiteral("openid profile email"));
    m_refreshScope = addLine(form, QStringLiteral("profileRefreshScope"), tr("Refresh scope"), tr("as granted (or narrower)"));
    m_refreshScope->setToolTip(tr("<p>Optional: a narrower scope to ask for at each refresh (RFC 6749 section 6), such as "
                                  "<tt>openid offline_access</tt>. Check <tt>refresh.scope</tt> then shows what the provider "
                                  "granted.</p>"));
    m_audience = addLine(form, QStringLiteral("profileAudience"), tr("Audience"), QStringLiteral("https://api.example/"));
    m_connectionLabel = new QLabel(tr("Connection"), this);
    m_connection = new QLineEdit(this);
    m_connection->setObjectName(QStringLiteral("profileConnection"));
    m_connection->setPlaceholderText(QStringLiteral("Username-Password-Authentication"));
    form->addRow(m_connectionLabel, m_connection);
    m_organizationLabel = new QLabel(tr("Organization"), this);
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("profileOrganization"));
    m_organization->setPlaceholderText(QStringLiteral("org_…"));
    form->addRow(m_organizationLabel, m_organization);
    m_pkce = new QCheckBox(tr("Use PKCE (S256)"), this);
    m_pkce->setObjectName(QStringLiteral("profilePkce"));
    form->addRow(QString(), m_pkce);
    m_extraParams = new QPlainTextEdit(this);
    m_extraParams->setObjectName(QStringLiteral("profileExtraParams"));
    m_extraParams->setPlaceholderText(tr("one name=value per line, e.g. prompt=login"));
    m_extraParams->setTabChangesFocus(true);
    m_extraParams->setFixedHeight(m_extraParams->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Extra parameters"), m_extraParams);
    m_apiUrl = addLine(form, QStringLiteral("profileApiUrl"), tr("API URL"), QStringLiteral("https://api.example/private"));
    m_postLogout = addLine(form, QStringLiteral("profilePostLogoutRedirectUri"), tr("After-logout URL"));
    m_expectedAlg = new QComboBox(this);
    m_expectedAlg->setObjectName(QStringLiteral("profileExpectedAlg"));
    m_expectedAlg->setEditable(true);
    m_expectedAlg->addItem(tr("Any the provider allows"), QString());
    for (const char *a : {"RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA", "HS256", "HS384", "HS512"})
        m_expectedAlg->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
    form->addRow(tr("ID token algorithm"), m_expectedAlg);
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
    connect(m_chooseCas, &QToolButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Trusted CA certificates"), QString(),
                                                                tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!files.isEmpty())
            m_caCertificates->setText(files.join(QStringLiteral("; ")));
    });
    caRow->addWidget(m_caCertificates, 1);
    caRow->addWidget(m_chooseCas);
    form->addRow(tr("Trusted CAs"), caRow);
    m_keepSession = new QCheckBox(tr("Keep sign-in cookies between runs"), this);
    m_keepSession->setObjectName(QStringLiteral("profileKeepSession"));
    m_keepSession->setToolTip(tr("Off: every profile's browser session is off the record and forgotten when Tokenscope closes."));
    form->addRow(QString(), m_keepSession);

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
    m_issuerHint->setWordWrap(true);

    const QList<QLineEdit *> lines{m_name, m_issuer, m_clientId, m_secret, m_redirectUri, m_scope, m_refreshScope,
                                   m_audience, m_connection, m_organization, m_apiUrl, m_postLogout, m_caCertificates};
    for (QLineEdit *line : lines)
        connect(line, &QLineEdit::textChanged, this, [this] { revalidate(); });
    for (QComboBox *combo : {m_auth, m_responseType, m_responseMode, m_expectedAlg, m_browser}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, [this] { revalidate(); });
    }
    connect(m_pkce, &QCheckBox::toggled, this, [this] { revalidate(); });
    connect(m_extraParams, &QPlainTextEdit::textChanged, this, [this] { revalidate(); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updatePresetUi();
        revalidate();
    });
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

QLineEdit *ProfileEditor::addLine(QFormLayout *form, const QString &objectName, const QString &label, const QString &placeholder)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    form->addRow(label, line);
    return line;
}

ProfileEditor::Preset ProfileEditor::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void ProfileEditor::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void ProfileEditor::updatePresetUi()
{
    const bool auth0 = preset() == Preset::Auth0;
    m_issuerLabel->setText(auth0 ? tr("Auth0 domain") : tr("Issuer"));
    m_issuer->setPlaceholderText(auth0 ? QStringLiteral("tenant.eu.auth0.com") : QStringLiteral("https://login.example/"));
    m_connectionLabel->setVisible(auth0);
    m_connection->setVisible(auth0);
    m_organizationLabel->setVisible(auth0);
    m_organization->setVisible(auth0);
}

void ProfileEditor::setProfile(const Profile &profile)
{
    m_loading = true;
    m_base = profile;
    const bool auth0 = profile.isAuth0Domain();
    setPreset(auth0 ? Preset::Auth0 : Preset::Generic);
    m_name->setText(profile.name);
    QString issuer = profile.issuer;
    if (auth0) {
        const QUrl u(issuer);
        if (u.path() == QLatin1String("/") && u.scheme() == QLatin1String("https"))
            issuer = u.host();
    }
    m_issuer->setText(issuer);
    m_clientId->setText(profile.clientId);
    m_secret->setText(profile.clientSecret);
    setComboText(m_auth, profile.tokenEndpointAuth);
    m_redirectUri->setText(profile.redirectUri);
    setComboText(m_browser, profile.usesSystemBrowser() ? QStringLiteral("system") : QStringLiteral("embedded"));
    setComboText(m_responseType, profile.responseType);
    setComboText(m_responseMode, profile.responseMode);
    m_scope->setText(profile.scope);
    m_refreshScope->setText(profile.refreshScope);
    m_audience->setText(profile.audience);
    m_pkce->setChecked(profile.pkce);
    const QStringList auth0Params{QStringLiteral("connection"), QStringLiteral("organization")};
    m_connection->setText(auth0 ? profile.extraParam(QStringLiteral("connection")) : QString());
    m_organization->setText(auth0 ? profile.extraParam(QStringLiteral("organization")) : QString());
    m_extraParams->setPlainText(extraParamsText(profile.extraParams, auth0 ? auth0Params : QStringList()));
    m_apiUrl->setText(profile.apiUrl);
    m_postLogout->setText(profile.postLogoutRedirectUri);
    m_caCertificates->setText(profile.caCertificates.join(QStringLiteral("; ")));
    setComboText(m_expectedAlg, profile.expectedAlg);
    m_hasMetadata = false;
    m_loading = false;
    updatePresetUi();
    revalidate();
}

Profile ProfileEditor::profile() const
{
    Profile p = m_base;
    p.name = m_name->text().trimmed();
    p.issuer = normalizeIssuer(m_issuer->text().trimmed());
    p.clientId = m_clientId->text().trimmed();
    p.clientSecret = m_secret->text();
    p.tokenEndpointAuth = comboValue(m_auth);
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

void ProfileEditor::revalidate()
{
    const Profile p = profile();
    QStringList problems = validateProfile(p);
    if (m_hasMetadata && !p.responseType.isEmpty() && !m_metadata.responseTypesSupported.isEmpty()) {
        const bool advertised = std::any_of(m_metadata.responseTypesSupported.begin(), m_metadata.responseTypesSupported.end(),
                                            [&p](const QString &t) { return sameResponseType(t, p.responseType); });
        if (!advertised)
            problems << tr("\"responseType\": the provider does not advertise \"%1\" (it supports: %2)")
                            .arg(p.responseType, m_metadata.responseTypesSupported.join(QStringLiteral(", ")));
    }
    if (m_hasMetadata && !p.responseMode.isEmpty() && !m_metadata.responseModesSupported.contains(p.responseMode))
        problems << tr("\"responseMode\": the provider does not advertise \"%1\"").arg(p.responseMode);
    m_problems = problems;
    m_problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_issuerHint->setText(p.issuer.isEmpty() ? QString() : tr("Discovery: %1").arg(p.discoveryUrl().toDisplayString()));
    if (!m_loading)
        emit edited();
}

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
    m_keychainStatus->setVisible(!text.isEmpty());
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
