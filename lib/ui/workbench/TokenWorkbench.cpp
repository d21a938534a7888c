#include "ui/workbench/TokenWorkbench.h"

#include "core/common/Clock.h"
#include "core/http/HttpClient.h"
#include "core/oidc/OidcFlow.h"
#include "core/oidc/VerificationKeys.h"
#include "ui/common/TimeFormat.h"
#include "ui/tokens/ChecksModel.h"
#include "ui/tokens/ClaimsModel.h"
#include "ui/tokens/TokenPanel.h"

#include "core/jose/Jwk.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {

constexpr qint64 MaxTokenFileBytes = 1024 * 1024;

// The token input: text as typed or pasted; a dropped file is read instead of its path being inserted.
class TokenInputEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void(const QString &path)> fileDropped;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override
    {
        return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasUrls() && !source->urls().isEmpty() && source->urls().first().isLocalFile() && fileDropped) {
            fileDropped(source->urls().first().toLocalFile());
            return;
        }
        QPlainTextEdit::insertFromMimeData(source);
    }
};

QString shortText(const QString &text, int max = 24)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

} // namespace

TokenWorkbench::TokenWorkbench(const Context &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_loader(new VerificationKeyLoader(context.http, this))
    , m_introspectionLookup(new VerificationKeyLoader(context.http, this))
    , m_timer(new QTimer(this))
    , m_claims(new ClaimsModel(context.clock, this))
    , m_checks(new ChecksModel(this))
    , m_diff(new ClaimDiffModel(context.clock, this))
{
    auto *layout = new QVBoxLayout(this);

    // The input and what it is.
    auto *inputRow = new QHBoxLayout;
    auto *input = new TokenInputEdit(this);
    m_input = input;
    m_input->setObjectName(QStringLiteral("workbenchInput"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->setPlaceholderText(tr("Paste, drop or open a token: a JWT, a JWE or an opaque token (a \"Bearer \" prefix and line breaks are ignored)"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    input->fileDropped = [this](const QString &path) { openFile(path); };
    inputRow->addWidget(m_input, 1);
    auto *inputButtons = new QVBoxLayout;
    auto *openButton = new QPushButton(tr("Open file…"), this);
    openButton->setObjectName(QStringLiteral("workbenchOpen"));
    auto *pasteButton = new QPushButton(tr("Paste"), this);
    pasteButton->setObjectName(QStringLiteral("workbenchPaste"));
    inputButtons->addWidget(openButton);
    inputButtons->addWidget(pasteButton);
    inputButtons->addStretch();
    inputRow->addLayout(inputButtons);
    layout->addLayout(inputRow);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a token"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(pasteButton, &QPushButton::clicked, this, [this] { inspect(QGuiApplication::clipboard()->text()); });
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        const QByteArray token = normalizeTokenText(m_input->toPlainText());
        if (token != m_token)
            decode(token, true);
    });

    auto *summaryRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workbenchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryRow->addWidget(m_summary, 1);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("workbenchCountdown"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    summaryRow->addWidget(m_countdown);
    m_introspectButton = new QPushButton(tr("Introspect"), this);
    m_introspectButton->setObjectName(QStringLiteral("workbenchIntrospect"));
    m_introspectButton->setToolTip(tr("Ask the selected profile's provider about this token (RFC 7662), authenticated as its client"));
    m_introspectButton->hide();
    summaryRow->addWidget(m_introspectButton);
    layout->addLayout(summaryRow);
    connect(m_introspectButton, &QPushButton::clicked, this, &TokenWorkbench::introspect);

    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("workbenchPages"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);

    // Decoded: the raw form in colours, the header and claims.
    auto *decoded = new QSplitter(Qt::Vertical, m_pages);
    decoded->setObjectName(QStringLiteral("workbenchDecoded"));
    m_raw = new QTextBrowser(decoded);
    m_raw->setObjectName(QStringLiteral("workbenchRaw"));
    m_raw->setAccessibleName(tr("The token, its parts in colours"));
    m_claimsView = new QTreeView(decoded);
    m_claimsView->setObjectName(QStringLiteral("workbenchClaims"));
    m_claimsView->setAccessibleName(tr("Header and claims"));
    m_claimsView->setModel(m_claims);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setUniformRowHeights(true);
    decoded->setStretchFactor(0, 1);
    decoded->setStretchFactor(1, 3);
    m_pages->addTab(decoded, tr("Decoded"));

    // Verify: where the keys come from, what is expected, the checks.
    auto *verifyPage = new QWidget(m_pages);
    verifyPage->setObjectName(QStringLiteral("workbenchVerify"));
    auto *verifyLayout = new QVBoxLayout(verifyPage);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *keyRow = new QHBoxLayout;
    m_keySource = new QComboBox(verifyPage);
    m_keySource->setObjectName(QStringLiteral("workbenchKeySource"));
    m_keySource->setAccessibleName(tr("Where the keys come from"));
    m_keySource->addItem(tr("The issuer in iss (discovery)"), int(KeySource::Issuer));
    m_keySource->addItem(tr("The selected profile"), int(KeySource::Profile));
    m_keySource->addItem(tr("JWKS URL"), int(KeySource::JwksUrl));
    m_keySource->addItem(tr("JWKS file"), int(KeySource::JwksFile));
    m_keySource->addItem(tr("JWK or PEM public key"), int(KeySource::Key));
    m_keySource->addItem(tr("HS secret"), int(KeySource::Secret));
    keyRow->addWidget(m_keySource);
    m_keyValue = new QLineEdit(verifyPage);
    m_keyValue->setObjectName(QStringLiteral("workbenchKeyValue"));
    m_keyValue->setAccessibleName(tr("Key, URL, file or secret"));
    keyRow->addWidget(m_keyValue, 1);
    m_keyBrowse = new QPushButton(tr("Browse…"), verifyPage);
    keyRow->addWidget(m_keyBrowse);
    auto *keyLabel = new QLabel(tr("&Keys:"), verifyPage);
    keyLabel->setBuddy(m_keySource);
    form->addRow(keyLabel, keyRow);
    m_audience = new QLineEdit(verifyPage);
    m_audience->setObjectName(QStringLiteral("workbenchAudience"));
    m_audience->setAccessibleName(tr("Expected audience"));
    m_audience->setPlaceholderText(tr("optional: the client ID or API the token must be for"));
    m_nonce = new QLineEdit(verifyPage);
    m_nonce->setObjectName(QStringLiteral("workbenchNonce"));
    m_nonce->setAccessibleName(tr("Nonce"));
    m_nonce->setPlaceholderText(tr("optional"));
    auto *audienceRow = new QHBoxLayout;
    audienceRow->addWidget(m_audience, 2);
    auto *nonceLabel = new QLabel(tr("&Nonce:"), verifyPage);
    nonceLabel->setBuddy(m_nonce);
    audienceRow->addWidget(nonceLabel);
    audienceRow->addWidget(m_nonce, 1);
    auto *audienceLabel = new QLabel(tr("Expected &audience:"), verifyPage);
    audienceLabel->setBuddy(m_audience);
    form->addRow(audienceLabel, audienceRow);
    m_accessToken = new QLineEdit(verifyPage);
    m_accessToken->setObjectName(QStringLiteral("workbenchAccessToken"));
    m_accessToken->setAccessibleName(tr("Access token, for at_hash"));
    m_accessToken->setPlaceholderText(tr("access token, for at_hash"));
    m_code = new QLineEdit(verifyPage);
    m_code->setObjectName(QStringLiteral("workbenchCode"));
    m_code->setAccessibleName(tr("Authorization code, for c_hash"));
    m_code->setPlaceholderText(tr("authorization code, for c_hash"));
    auto *hashRow = new QHBoxLayout;
    hashRow->addWidget(m_accessToken, 1);
    hashRow->addWidget(m_code, 1);
    auto *hashLabel = new QLabel(tr("&Hashes:"), verifyPage);
    hashLabel->setBuddy(m_accessToken);
    form->addRow(hashLabel, hashRow);
    verifyLayout->addLayout(form);
    auto *verifyRow = new QHBoxLayout;
    m_verifyButton = new QPushButton(tr("&Verify"), verifyPage);
    m_verifyButton->setObjectName(QStringLiteral("workbenchVerifyButton"));
    verifyRow->addWidget(m_verifyButton);
    m_verifyResult = new QLabel(verifyPage);
    m_verifyResult->setObjectName(QStringLiteral("workbenchVerifyResult"));
    m_verifyResult->setWordWrap(true);
    verifyRow->addWidget(m_verifyResult, 1);
    verifyLayout->addLayout(verifyRow);
    m_checksView = new QTableView(verifyPage);
    m_checksView->setObjectName(QStringLiteral("workbenchChecks"));
    m_checksView->setAccessibleName(tr("Checks of the token"));
    m_checksView->setModel(m_checks);
    m_checksView->verticalHeader()->hide();
    m_checksView->horizontalHeader()->setStretchLastSection(true);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setWordWrap(false);
    m_checksView->setAlternatingRowColors(true);
    m_checksView->verticalHeader()->setDefaultSectionSize(m_checksView->fontMetrics().height() + 8);
    verifyLayout->addWidget(m_checksView, 1);
    m_pages->addTab(verifyPage, tr("Verify"));
    connect(m_verifyButton, &QPushButton::clicked, this, &TokenWorkbench::verify);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, &TokenWorkbench::updateKeyField);
    connect(m_keyBrowse, &QPushButton::clicked, this, &TokenWorkbench::chooseKeyFile);
    connect(m_loader, &VerificationKeyLoader::finished, this, [this] {
        if (!m_loader->error().isEmpty()) {
            m_verifyStatus = tr("Not verified: %1").arg(m_loader->error());
            m_verifyResult->setText(m_verifyStatus);
            m_verifyButton->setEnabled(true);
            emit verified(false);
            return;
        }
        const JwkSet keys = m_loader->jwks();
        finishVerification(&keys, m_loader->source());
    });

    // History and compare.
    auto *historyPage = new QSplitter(Qt::Vertical, m_pages);
    historyPage->setObjectName(QStringLiteral("workbenchHistory"));
    m_historyList = new QListWidget(historyPage);
    m_historyList->setObjectName(QStringLiteral("workbenchHistoryList"));
    m_historyList->setAccessibleName(tr("Tokens inspected in this session"));
    auto *compareBox = new QWidget(historyPage);
    auto *compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("&Compare the token shown with:"), compareBox);
    m_compareWith = new QComboBox(compareBox);
    m_compareWith->setObjectName(QStringLiteral("workbenchCompareWith"));
    m_compareWith->setAccessibleName(tr("Token to compare with"));
    compareLabel->setBuddy(m_compareWith);
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compareWith, 1);
    compareLayout->addLayout(compareRow);
    m_diffView = new QTableView(compareBox);
    m_diffView->setObjectName(QStringLiteral("workbenchDiff"));
    m_diffView->setAccessibleName(tr("Claims that differ"));
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    m_diffView->setWordWrap(false);
    compareLayout->addWidget(m_diffView, 1);
    m_pages->addTab(historyPage, tr("History and compare"));
    connect(m_historyList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { showHistoryEntry(m_historyList->row(item)); });
    connect(m_compareWith, &QComboBox::activated, this, [this](int index) {
        const int entry = m_compareWith->itemData(index).toInt();
        if (entry >= 0)
            compareWith(entry);
        else
            m_diff->clear();
    });

    buildCreatePage();

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenWorkbench::tick);
    connect(m_introspectionLookup, &VerificationKeyLoader::finished, this, [this] {
        const Profile p = m_ctx.profile ? m_ctx.profile() : Profile{};
        const ProviderMetadata metadata = withProfileOverrides(m_introspectionLookup->metadata(), p);
        m_introspectable = metadata.introspectionEndpoint.isValid() && !metadata.introspectionEndpoint.isEmpty();
        m_introspectButton->setVisible(m_form == TokenForm::Opaque || m_form == TokenForm::Jws);
        m_introspectButton->setEnabled(m_introspectable);
        m_introspectButton->setToolTip(m_introspectable ? tr("Ask %1 about this token (RFC 7662), authenticated as the client %2")
                                                              .arg(metadata.introspectionEndpoint.toString(), p.clientId)
                                                        : tr("The selected profile's provider names no introspection endpoint"));
        updateSummary();
        emit introspectionOffered(m_introspectable);
    });
    updateKeyField();
    decode({}, false);
}

TokenWorkbench::~TokenWorkbench() = default;

void TokenWorkbench::inspect(const QString &text)
{
    m_input->setPlainText(text); // decodes (textChanged)
    const QByteArray token = normalizeTokenText(text);
    if (token != m_token)
        decode(token, true);
    m_pages->setCurrentIndex(0);
}

bool TokenWorkbench::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    inspect(QString::fromUtf8(file.read(MaxTokenFileBytes)));
    return true;
}

void TokenWorkbench::decode(const QByteArray &token, bool addToHistory)
{
    m_loader->cancel();
    m_token = token;
    m_form = tokenForm(token);
    m_jwt = ParsedJwt{};
    m_jwe = JweHeader{};
    m_purpose = JwtPurpose::Unknown;
    m_verifyStatus.clear();
    m_verifyResult->clear();
    m_checks->setChecks({});
    m_diff->clear();
    m_introspectable = false;
    m_introspectButton->hide();
    m_verifyButton->setEnabled(m_form == TokenForm::Jws);

    switch (m_form) {
    case TokenForm::Empty:
        m_raw->clear();
        m_claims->clear();
        break;
    case TokenForm::Jws:
        m_jwt = parseJwt(token);
        m_purpose = jwtPurpose(m_jwt.header, m_jwt.payload);
        m_raw->setHtml(TokenPanel::coloredTokenHtml(QString::fromUtf8(token)));
        m_claims->setToken(m_jwt.header, m_jwt.payload);
        break;
    case TokenForm::Jwe:
        m_jwe = parseJweHeader(token);
        m_raw->setHtml(TokenPanel::coloredTokenHtml(QString::fromUtf8(token)));
        m_claims->setToken(m_jwe.header, {});
        break;
    case TokenForm::Opaque:
        m_raw->setPlainText(QString::fromUtf8(token));
        m_claims->clear();
        break;
    }
    m_claimsView->expandToDepth(0);
    for (int c = 0; c < ClaimsModel::ColumnCount - 1; ++c)
        m_claimsView->resizeColumnToContents(c);
    m_claimsView->setColumnWidth(ClaimsModel::NameColumn, qMin(m_claimsView->columnWidth(ClaimsModel::NameColumn), 160));
    m_claimsView->setColumnWidth(ClaimsModel::ValueColumn, qMin(m_claimsView->columnWidth(ClaimsModel::ValueColumn), 260));

    // An opaque token (or a JWT the provider may know): introspection, when the profile's provider offers it.
    if (m_form == TokenForm::Opaque || m_form == TokenForm::Jws)
        lookForIntrospection();

    if (addToHistory && m_form != TokenForm::Empty) {
        HistoryEntry entry;
        entry.token = token;
        entry.at = QDateTime::currentDateTime();
        QString what = m_form == TokenForm::Jws ? jwtPurposeName(m_purpose)
            : m_form == TokenForm::Jwe          ? tr("JWE")
                                                : tr("opaque token");
        const QString sub = m_jwt.payload.value(QLatin1String("sub")).toString();
        entry.label = sub.isEmpty() ? tr("%1 · %2").arg(entry.at.toString(QStringLiteral("HH:mm:ss")), what)
                                    : tr("%1 · %2 · %3").arg(entry.at.toString(QStringLiteral("HH:mm:ss")), what, shortText(sub));
        // The same token again moves to the end instead of being listed twice.
        for (qsizetype i = 0; i < m_history.size(); ++i) {
            if (m_history.at(i).token == token) {
                m_history.removeAt(i);
                break;
            }
        }
        m_history.append(entry);
        updateHistoryList();
    }
    updateCompareChoices();
    updateSummary();
    tick();
    if (m_jwt.payload.value(QLatin1String("exp")).isDouble())
        m_timer->start();
    else
        m_timer->stop();
}

void TokenWorkbench::lookForIntrospection()
{
    const Profile p = m_ctx.profile ? m_ctx.profile() : Profile{};
    m_introspectionLookup->cancel();
    if (p.issuer.isEmpty())
        return;
    m_introspectionIssuer = p.issuer;
    m_introspectionLookup->fetchIssuer(normalizeIssuer(p.issuer));
}

QString TokenWorkbench::summary() const
{
    return m_summary->text();
}

QString TokenWorkbench::rawHtml() const
{
    return m_raw->toHtml();
}

void TokenWorkbench::updateSummary()
{
    QString text;
    switch (m_form) {
    case TokenForm::Empty:
        text = tr("No token yet.");
        break;
    case TokenForm::Jws: {
        const QString alg = m_jwt.alg().isEmpty() ? tr("no alg") : m_jwt.alg();
        text = tr("<b>%1</b>, signed with %2").arg(jwtPurposeName(m_purpose).toHtmlEscaped(), alg.toHtmlEscaped());
        if (!m_jwt.kid().isEmpty())
            text += tr(", key %1").arg(m_jwt.kid().toHtmlEscaped());
        text += QStringLiteral(" — ") + tr("recognised by: %1").arg(jwtPurposeReason(m_purpose).toHtmlEscaped());
        if (!m_jwt.defects.isEmpty())
            text += QStringLiteral("<br>") + m_jwt.defects.join(QStringLiteral("; ")).toHtmlEscaped();
        break;
    }
    case TokenForm::Jwe:
        text = tr("<b>Encrypted JWE</b> (5 parts, RFC 7516): alg %1, enc %2%3. Its claims can only be read after decryption with %4.")
                   .arg(m_jwe.alg.isEmpty() ? QStringLiteral("?") : m_jwe.alg.toHtmlEscaped(),
                        m_jwe.enc.isEmpty() ? QStringLiteral("?") : m_jwe.enc.toHtmlEscaped(),
                        m_jwe.kid.isEmpty() ? QString() : tr(", kid %1").arg(m_jwe.kid.toHtmlEscaped()), jweDecryptionKey(m_jwe).toHtmlEscaped());
        if (!m_jwe.defects.isEmpty())
            text += QStringLiteral("<br>") + m_jwe.defects.join(QStringLiteral("; ")).toHtmlEscaped();
        break;
    case TokenForm::Opaque: {
        const ParsedJwt attempt = parseJwt(m_token);
        text = tr("<b>Opaque token</b> (%n characters): no JWT, so only its issuer can tell what it means (RFC 7662 introspection).", nullptr,
                  int(m_token.size()));
        if (m_token.count('.') == 2 && !attempt.defects.isEmpty())
            text += QStringLiteral("<br>") + tr("It has the shape of a JWT but cannot be decoded: %1").arg(attempt.defects.join(QStringLiteral("; ")).toHtmlEscaped());
        else if (!m_introspectable)
            text += QStringLiteral(" ") + tr("Select a profile whose provider has an introspection endpoint to ask it.");
        break;
    }
    }
    m_summary->setText(text);
}

void TokenWorkbench::tick()
{
    const QJsonValue exp = m_jwt.payload.value(QLatin1String("exp"));
    if (!exp.isDouble()) {
        m_countdown->clear();
        return;
    }
    const qint64 now = m_ctx.clock->nowSecsSinceEpoch();
    m_countdown->setText(formatCountdown(secondsFromJson(exp.toDouble()), now));
    m_claims->refreshTimes();
}

void TokenWorkbench::setKeySource(KeySource source, const QString &value)
{
    m_keySource->setCurrentIndex(m_keySource->findData(int(source)));
    m_keyValue->setText(value);
}

void TokenWorkbench::setExpectations(const QString &audience, const QString &nonce, const QString &accessToken, const QString &code)
{
    m_audience->setText(audience);
    m_nonce->setText(nonce);
    m_accessToken->setText(accessToken);
    m_code->setText(code);
}

void TokenWorkbench::updateKeyField()
{
    const auto source = KeySource(m_keySource->currentData().toInt());
    m_keyValue->setEnabled(source != KeySource::Issuer && source != KeySource::Profile);
    m_keyBrowse->setVisible(source == KeySource::JwksFile || source == KeySource::Key);
    m_keyValue->setEchoMode(source == KeySource::Secret ? QLineEdit::Password : QLineEdit::Normal);
    switch (source) {
    case KeySource::Issuer: m_keyValue->setPlaceholderText(tr("discovery and JWKS of the issuer named in the token")); break;
    case KeySource::Profile: m_keyValue->setPlaceholderText(tr("the profile's issuer, client ID and secret")); break;
    case KeySource::JwksUrl: m_keyValue->setPlaceholderText(tr("https://…/jwks.json")); break;
    case KeySource::JwksFile: m_keyValue->setPlaceholderText(tr("path of a JWKS file")); break;
    case KeySource::Key: m_keyValue->setPlaceholderText(tr("a JWK, JWK Set or PEM public key (text, or a file chosen with Browse)")); break;
    case KeySource::Secret: m_keyValue->setPlaceholderText(tr("the client secret (HS256/384/512)")); break;
    }
}

void TokenWorkbench::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a key file"));
    if (path.isEmpty())
        return;
    if (KeySource(m_keySource->currentData().toInt()) == KeySource::Key) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_keyValue->setText(QString::fromUtf8(file.read(MaxTokenFileBytes)).simplified());
        else
            m_verifyResult->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    m_keyValue->setText(path);
}

bool TokenWorkbench::isVerifying() const
{
    return m_loader->isRunning();
}

QString TokenWorkbench::verifyStatus() const
{
    return m_verifyStatus;
}

void TokenWorkbench::verify()
{
    if (m_form != TokenForm::Jws) {
        m_verifyStatus = tr("Only a signed JWT can be verified.");
        m_verifyResult->setText(m_verifyStatus);
        emit verified(false);
        return;
    }
    m_pages->setCurrentIndex(1);
    const auto source = KeySource(m_keySource->currentData().toInt());
    const QString value = m_keyValue->text().trimmed();
    auto failNow = [this](const QString &why) {
        m_verifyStatus = tr("Not verified: %1").arg(why);
        m_verifyResult->setText(m_verifyStatus);
        emit verified(false);
    };
    switch (source) {
    case KeySource::Issuer: {
        const QString iss = m_jwt.payload.value(QLatin1String("iss")).toString();
        if (iss.isEmpty())
            return failNow(tr("the token names no issuer (iss)"));
        m_verifyResult->setText(tr("Fetching the discovery document and JWKS of %1…").arg(iss));
        m_verifyButton->setEnabled(false);
        m_loader->fetchIssuer(iss);
        return;
    }
    case KeySource::Profile: {
        const Profile p = m_ctx.profile ? m_ctx.profile() : Profile{};
        if (p.issuer.isEmpty())
            return failNow(tr("no profile is selected"));
        m_verifyResult->setText(tr("Fetching the discovery document and JWKS of %1…").arg(normalizeIssuer(p.issuer)));
        m_verifyButton->setEnabled(false);
        m_loader->fetchIssuer(normalizeIssuer(p.issuer));
        return;
    }
    case KeySource::JwksUrl:
        if (value.isEmpty())
            return failNow(tr("give the JWKS URL"));
        m_verifyResult->setText(tr("Fetching the JWKS %1…").arg(value));
        m_verifyButton->setEnabled(false);
        m_loader->fetchJwks(QUrl(value));
        return;
    case KeySource::JwksFile: {
        QByteArray document;
        JwkSet keys;
        if (const QString error = loadJwksFile(value, document, keys); !error.isEmpty())
            return failNow(error);
        return finishVerification(&keys, tr("the JWKS file %1").arg(value));
    }
    case KeySource::Key: {
        JwkSet keys;
        if (const QString error = parseKeyText(value.toUtf8(), keys); !error.isEmpty())
            return failNow(error);
        return finishVerification(&keys, tr("the key given"));
    }
    case KeySource::Secret:
        if (value.isEmpty())
            return failNow(tr("give the secret"));
        return finishVerification(nullptr, tr("the secret given"));
    }
}

// The checks of `tokenscope-cli inspect` with the inputs of the Verify page (core/oidc/TokenInspection).
void TokenWorkbench::finishVerification(const JwkSet *jwks, const QString &keysFrom)
{
    const auto source = KeySource(m_keySource->currentData().toInt());
    const Profile profile = source == KeySource::Profile && m_ctx.profile ? m_ctx.profile() : Profile{};
    InspectOptions options;
    options.audience = m_audience->text().trimmed();
    if (source == KeySource::Issuer)
        options.issuer = m_jwt.payload.value(QLatin1String("iss")).toString();
    if (source == KeySource::Profile) {
        options.issuer = m_loader->metadata().issuer;
        if (options.audience.isEmpty())
            options.audience = profile.clientId;
        options.secret = profile.clientSecret.toUtf8();
    }
    if (source == KeySource::Secret)
        options.secret = m_keyValue->text().toUtf8();
    if (!m_nonce->text().isEmpty())
        options.nonce = m_nonce->text();
    options.accessToken = m_accessToken->text().trimmed();
    options.code = m_code->text().trimmed();
    const ValidationResult result = inspectChecks(m_jwt, inspectContext(options, m_ctx.clock, jwks));
    m_checks->setChecks(result.checks);
    m_checksView->resizeColumnToContents(ChecksModel::IdColumn);
    m_checksView->resizeColumnToContents(ChecksModel::StatusColumn);
    const int failed = m_checks->count(CheckStatus::Fail);
    m_verifyStatus = result.ok() ? tr("Passed with %1: no check failed (%n skipped for lack of input).", nullptr, m_checks->count(CheckStatus::Skip)).arg(keysFrom)
                                 : tr("Failed with %1: %n check(s) failed.", nullptr, failed).arg(keysFrom);
    m_verifyResult->setText(m_verifyStatus);
    m_verifyButton->setEnabled(true);
    emit verified(result.ok());
}

bool TokenWorkbench::canIntrospect() const
{
    return m_introspectable;
}

void TokenWorkbench::introspect()
{
    const Profile p = m_ctx.profile ? m_ctx.profile() : Profile{};
    if (!m_introspectable || p.issuer.isEmpty() || m_token.isEmpty()) {
        emit introspected(false);
        return;
    }
    if (!m_flow) {
        m_flow = new OidcFlow(m_ctx.http, nullptr, m_ctx.clock, this);
        connect(m_flow, &OidcFlow::actionFinished, this, [this](const QString &, bool) {
            const FlowState &s = m_flow->state();
            const bool ok = s.ok() && s.introspectionActive.value_or(false);
            m_checks->setChecks(s.checks);
            m_checksView->resizeColumnToContents(ChecksModel::IdColumn);
            if (const StepResult *failed = s.firstFailedStep())
                m_verifyStatus = tr("Introspection failed: %1").arg(failed->detail);
            else if (s.introspectionActive)
                m_verifyStatus = *s.introspectionActive ? tr("Introspection: the provider says the token is active.")
                                                        : tr("Introspection: the provider says the token is not active.");
            m_verifyResult->setText(m_verifyStatus);
            if (m_form == TokenForm::Opaque && !s.introspection.isEmpty()) {
                m_claims->setToken({}, s.introspection); // what the provider says the token means
                m_claimsView->expandToDepth(0);
            }
            m_introspectButton->setEnabled(true);
            emit introspected(ok);
        });
    }
    m_flow->setProfile(p); // a fresh state: discovery again, then the introspection step
    m_introspectButton->setEnabled(false);
    m_verifyResult->setText(tr("Asking the provider (introspection)…"));
    m_pages->setCurrentIndex(1);
    m_flow->introspect(QString::fromUtf8(m_token));
}

void TokenWorkbench::updateHistoryList()
{
    m_historyList->clear();
    for (const HistoryEntry &e : std::as_const(m_history))
        m_historyList->addItem(e.label);
}

void TokenWorkbench::updateCompareChoices()
{
    m_compareWith->clear();
    m_compareWith->addItem(tr("(nothing)"), -1);
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).token != m_token)
            m_compareWith->addItem(m_history.at(i).label, int(i));
    }
}

bool TokenWorkbench::showHistoryEntry(int index)
{
    if (index < 0 || index >= m_history.size())
        return false;
    const QByteArray token = m_history.at(index).token;
    const QSignalBlocker block(m_input);
    m_input->setPlainText(QString::fromUtf8(token));
    decode(token, false);
    return true;
}

bool TokenWorkbench::compareWith(int index)
{
    if (index < 0 || index >= m_history.size() || m_form != TokenForm::Jws)
        return false;
    const ParsedJwt other = parseJwt(m_history.at(index).token);
    if (!other.structurallyValid)
        return false;
    m_diff->setColumnTitles(m_history.at(index).label, tr("Token shown"));
    m_diff->setPayloads(other.payload, m_jwt.payload);
    m_diffView->resizeColumnsToContents();
    m_pages->setCurrentIndex(2);
    const int item = m_compareWith->findData(index);
    if (item >= 0)
        m_compareWith->setCurrentIndex(item);
    return true;
}

// ---- create -------------------------------------------------------------------------------------------------------

void TokenWorkbench::buildCreatePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("workbenchCreate"));
    auto *layout = new QVBoxLayout(page);
    auto *editors = new QSplitter(Qt::Horizontal, page);
    m_createHeader = new QPlainTextEdit(editors);
    m_createHeader->setObjectName(QStringLiteral("workbenchCreateHeader"));
    m_createHeader->setAccessibleName(tr("Header of the new token (JSON)"));
    m_createHeader->setTabChangesFocus(true);
    m_createClaims = new QPlainTextEdit(editors);
    m_createClaims->setObjectName(QStringLiteral("workbenchCreateClaims"));
    m_createClaims->setAccessibleName(tr("Claims of the new token (JSON)"));
    m_createClaims->setTabChangesFocus(true);
    editors->setStretchFactor(0, 1);
    editors->setStretchFactor(1, 2);
    layout->addWidget(editors, 1);

    auto *signRow = new QHBoxLayout;
    auto *templateButton = new QPushButton(tr("From the token shown"), page);
    templateButton->setObjectName(QStringLiteral("workbenchTemplate"));
    signRow->addWidget(templateButton);
    m_signWith = new QComboBox(page);
    m_signWith->setObjectName(QStringLiteral("workbenchSignWith"));
    m_signWith->setAccessibleName(tr("How the new token is signed"));
    m_signWith->addItem(tr("Key generated for this session"), int(SignWith::GeneratedKey));
    m_signWith->addItem(tr("HS secret"), int(SignWith::Secret));
    m_signWith->addItem(tr("PEM private key file"), int(SignWith::PemFile));
    m_signWith->addItem(tr("Unsigned (alg none)"), int(SignWith::Unsigned));
    signRow->addWidget(m_signWith);
    m_signValue = new QLineEdit(page);
    m_signValue->setObjectName(QStringLiteral("workbenchSignValue"));
    m_signValue->setAccessibleName(tr("Secret or PEM file"));
    signRow->addWidget(m_signValue, 1);
    auto *createButton = new QPushButton(tr("Create"), page);
    createButton->setObjectName(QStringLiteral("workbenchCreateButton"));
    signRow->addWidget(createButton);
    layout->addLayout(signRow);

    auto *resultRow = new QHBoxLayout;
    m_createdView = new QLineEdit(page);
    m_createdView->setObjectName(QStringLiteral("workbenchCreated"));
    m_createdView->setAccessibleName(tr("The new token"));
    m_createdView->setReadOnly(true);
    resultRow->addWidget(m_createdView, 1);
    auto *inspectButton = new QPushButton(tr("Inspect it"), page);
    inspectButton->setObjectName(QStringLiteral("workbenchInspectCreated"));
    auto *copyButton = new QPushButton(tr("Copy"), page);
    m_copyCurl = new QPushButton(tr("Copy as curl"), page);
    m_copyCurl->setObjectName(QStringLiteral("workbenchCopyCurl"));
    resultRow->addWidget(inspectButton);
    resultRow->addWidget(copyButton);
    resultRow->addWidget(m_copyCurl);
    layout->addLayout(resultRow);
    m_createStatus = new QLabel(page);
    m_createStatus->setObjectName(QStringLiteral("workbenchCreateStatus"));
    m_createStatus->setWordWrap(true);
    m_createStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_createStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path never widens the window
    layout->addWidget(m_createStatus);
    m_pages->addTab(page, tr("Create"));

    auto updateSignField = [this] {
        const auto with = SignWith(m_signWith->currentData().toInt());
        m_signValue->setEnabled(with == SignWith::Secret || with == SignWith::PemFile);
        m_signValue->setEchoMode(with == SignWith::Secret ? QLineEdit::Password : QLineEdit::Normal);
        m_signValue->setPlaceholderText(with == SignWith::Secret ? tr("the secret (HS256/384/512)")
                                        : with == SignWith::PemFile ? tr("path of a PEM private key")
                                                                    : QString());
    };
    connect(m_signWith, &QComboBox::currentIndexChanged, this, updateSignField);
    updateSignField();
    connect(templateButton, &QPushButton::clicked, this, &TokenWorkbench::useShownTokenAsTemplate);
    connect(createButton, &QPushButton::clicked, this, [this] { createToken(); });
    connect(inspectButton, &QPushButton::clicked, this, [this] {
        if (m_created.isEmpty())
            return;
        const QString jwk = m_createdJwk;
        inspect(QString::fromUtf8(m_created));
        if (!jwk.isEmpty())
            setKeySource(KeySource::Key, jwk); // the generated key's public part, ready for Verify
    });
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (!m_created.isEmpty())
            QGuiApplication::clipboard()->setText(QString::fromUtf8(m_created));
    });
    connect(m_copyCurl, &QPushButton::clicked, this, [this] {
        const QString curl = curlCommand();
        if (!curl.isEmpty())
            QGuiApplication::clipboard()->setText(curl);
    });
    m_copyCurl->setEnabled(false);

    // A template to start from: an ID token of a made-up issuer, valid for ten minutes.
    const qint64 now = m_ctx.clock->nowSecsSinceEpoch();
    setCreateInput({{QStringLiteral("alg"), QStringLiteral("RS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}},
                   {{QStringLiteral("iss"), QStringLiteral("https://issuer.example/")}, {QStringLiteral("sub"), QStringLiteral("user-1")},
                    {QStringLiteral("aud"), QStringLiteral("client-1")}, {QStringLiteral("iat"), double(now)}, {QStringLiteral("exp"), double(now + 600)}},
                   SignWith::GeneratedKey);
}

void TokenWorkbench::setCreateInput(const QJsonObject &header, const QJsonObject &claims, SignWith with, const QString &value)
{
    m_createHeader->setPlainText(QString::fromUtf8(QJsonDocument(header).toJson(QJsonDocument::Indented)));
    m_createClaims->setPlainText(QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Indented)));
    m_signWith->setCurrentIndex(m_signWith->findData(int(with)));
    m_signValue->setText(value);
}

void TokenWorkbench::useShownTokenAsTemplate()
{
    if (m_form != TokenForm::Jws)
        return;
    QJsonObject header = m_jwt.header;
    header.remove(QStringLiteral("kid")); // the new token's key is not the original's
    const auto with = SignWith(m_signWith->currentData().toInt());
    setCreateInput(header, m_jwt.payload, with, m_signValue->text());
    m_pages->setCurrentWidget(m_createHeader->parentWidget()->parentWidget());
}

QString TokenWorkbench::createStatus() const
{
    return m_createStatus->text();
}

QJsonObject TokenWorkbench::generatedKeyJwk(const QString &alg) const
{
    const auto it = m_generatedKeys.constFind(alg);
    if (it == m_generatedKeys.constEnd())
        return {};
    QJsonObject jwk = publicKeyJwk(it->pkey());
    jwk.insert(QStringLiteral("kid"), JsonWebKey::fromJson(jwk).thumbprint()); // as the tokens' header names it
    jwk.insert(QStringLiteral("alg"), alg);
    return jwk;
}

QByteArray TokenWorkbench::createToken()
{
    auto fail = [this](const QString &why) {
        m_created.clear();
        m_createdView->clear();
        m_copyCurl->setEnabled(false);
        m_createStatus->setText(tr("Not created: %1").arg(why));
        m_createStatus->setToolTip({});
        m_createdJwk.clear();
        return QByteArray();
    };
    const QJsonDocument headerDoc = QJsonDocument::fromJson(m_createHeader->toPlainText().toUtf8());
    const QJsonDocument claimsDoc = QJsonDocument::fromJson(m_createClaims->toPlainText().toUtf8());
    if (!headerDoc.isObject())
        return fail(tr("the header is not a JSON object"));
    if (!claimsDoc.isObject())
        return fail(tr("the claims are not a JSON object"));
    QJsonObject header = headerDoc.object();
    const auto with = SignWith(m_signWith->currentData().toInt());
    QString alg = header.value(QLatin1String("alg")).toString();
    QString note;
    QString createdJwk;
    QByteArray signature;
    if (with == SignWith::Unsigned) {
        alg = QStringLiteral("none"); // RFC 7518 3.6: an Unsecured JWS, with an empty signature
        header.insert(QStringLiteral("alg"), alg);
        header.remove(QStringLiteral("kid"));
        note = tr("unsigned (alg none): every careful recipient refuses it");
    } else if (with == SignWith::Secret) {
        if (!alg.startsWith(QLatin1String("HS")))
            return fail(tr("an HS secret needs alg HS256, HS384 or HS512 in the header"));
        if (m_signValue->text().isEmpty())
            return fail(tr("give the secret"));
        note = tr("signed with the secret given (%1)").arg(alg);
    }
    SigningKey key;
    if (with == SignWith::GeneratedKey) {
        key = m_generatedKeys.value(alg);
        if (!key.isValid())
            key = SigningKey::generate(alg);
        if (!key.isValid())
            return fail(tr("Tokenscope generates keys for RS*, PS*, ES256/384/512 and EdDSA, not for alg %1").arg(alg.isEmpty() ? tr("(none)") : alg));
        m_generatedKeys.insert(alg, key);
        // The key's RFC 7638 thumbprint as its kid, so that a JWKS with its public part (generatedKeyJwk) finds it.
        const QJsonObject jwk = generatedKeyJwk(alg);
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        header.insert(QStringLiteral("kid"), kid);
        note = tr("signed with a %1 key generated for this session (kid %2); \"Inspect it\" verifies it with that key's public part")
                   .arg(alg, kid);
        createdJwk = QString::fromUtf8(QJsonDocument(jwk).toJson(QJsonDocument::Compact));
    } else if (with == SignWith::PemFile) {
        QFile file(m_signValue->text());
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read %1: %2").arg(m_signValue->text(), file.errorString()));
        key = SigningKey::fromPem(file.read(MaxTokenFileBytes), alg);
        if (!key.isValid())
            return fail(tr("%1 holds no private key for alg %2").arg(m_signValue->text(), alg));
        note = tr("signed with the key from %1 (%2)").arg(m_signValue->text(), alg);
    }
    const QByteArray input = jwsSigningInput(header, claimsDoc.object());
    if (with == SignWith::Secret)
        signature = jwsHmac(alg, m_signValue->text().toUtf8(), input);
    else if (key.isValid())
        signature = key.sign(input);
    if (with != SignWith::Unsigned && signature.isEmpty())
        return fail(tr("OpenSSL could not sign with alg %1").arg(alg));
    m_created = jwsCompact(input, signature);
    m_createdView->setText(QString::fromUtf8(m_created));
    m_createdView->setCursorPosition(0);
    m_copyCurl->setEnabled(!curlCommand().isEmpty());
    m_createStatus->setText(tr("Created: %1.").arg(note));
    m_createStatus->setToolTip(createdJwk);
    m_createdJwk = createdJwk;
    return m_created;
}

QString TokenWorkbench::curlCommand() const
{
    const Profile p = m_ctx.profile ? m_ctx.profile() : Profile{};
    if (m_created.isEmpty() || p.apiUrl.isEmpty())
        return {};
    auto quote = [](QString text) -> QString { return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\''); };
    return QStringLiteral("curl -H %1 %2").arg(quote(QStringLiteral("Authorization: Bearer ") + QString::fromUtf8(m_created)), quote(p.apiUrl));
}

} // namespace tokenscope::ui
