#include "ui/tokens/TokenPanel.h"

#include "ui/tokens/ClaimsModel.h"
#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "ui/common/TimeFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace tokenscope::ui {

TokenPanel::TokenPanel(const Clock *clock, QWidget *parent) : QWidget(parent), m_clock(clock)
{
    m_claims = new ClaimsModel(clock, this);
    m_checks = new ChecksModel(this);
    m_diff = new ClaimDiffModel(clock, this);

    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("tokenSessionNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { background: #eef1f5; color: #263238; border: 1px solid #b0bec5; border-radius: 4px; padding: 4px; }"));
    m_note->setVisible(false);
    layout->addWidget(m_note);
    auto *top = new QHBoxLayout;
    m_selector = new QComboBox(this);
    m_selector->setObjectName(QStringLiteral("tokenSelector"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *selectorLabel = new QLabel(tr("To&ken:"), this);
    selectorLabel->setBuddy(m_selector);
    top->addWidget(selectorLabel);
    top->addWidget(m_selector);
    top->addSpacing(12);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("expiryCountdown"));
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);
    top->addWidget(m_countdown);
    top->addStretch(1);
    m_copyToken = new QPushButton(tr("Copy token"), this);
    m_copyToken->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyClaim = new QPushButton(tr("Copy claim"), this);
    m_copyClaim->setObjectName(QStringLiteral("copyClaimButton"));
    top->addWidget(m_copyClaim);
    top->addWidget(m_copyToken);
    layout->addLayout(top);

    m_empty = new QLabel(tr("No tokens yet: sign in to see them here."), this);
    m_empty->setObjectName(QStringLiteral("tokensEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);

    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->setObjectName(QStringLiteral("tokenSplitter"));
    vsplit->setChildrenCollapsible(false);
    m_raw = new QTextBrowser(vsplit);
    m_raw->setObjectName(QStringLiteral("rawToken"));
    m_raw->setWordWrapMode(QTextOption::WrapAnywhere);
    m_raw->setOpenLinks(false);
    m_raw->setMinimumHeight(60);

    auto *hsplit = new QSplitter(Qt::Horizontal, vsplit);
    hsplit->setChildrenCollapsible(false);
    m_claimsView = new QTreeView(hsplit);
    m_claimsView->setObjectName(QStringLiteral("claimsView"));
    m_claimsView->setModel(m_claims);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setUniformRowHeights(true);
    m_claimsView->header()->setStretchLastSection(true);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *right = new QWidget(hsplit);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    rightLayout->addWidget(m_summary);
    m_checksView = new QTableView(right);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setModel(m_checks);
    m_checksView->verticalHeader()->hide();
    m_checksView->horizontalHeader()->setStretchLastSection(true);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setWordWrap(false);
    m_checksView->setAlternatingRowColors(true);
    m_checksView->verticalHeader()->setDefaultSectionSize(m_checksView->fontMetrics().height() + 8);
    rightLayout->addWidget(m_checksView, 3);
    m_diffBox = new QGroupBox(tr("Changed by the last refresh"), right);
    m_diffBox->setObjectName(QStringLiteral("claimDiffBox"));
    auto *diffLayout = new QVBoxLayout(m_diffBox);
    m_diffView = new QTableView(m_diffBox);
    m_diffView->setObjectName(QStringLiteral("claimDiffView"));
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->setDefaultSectionSize(m_diffView->fontMetrics().height() + 8);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    diffLayout->addWidget(m_diffView);
    m_diffBox->setVisible(false);
    rightLayout->addWidget(m_diffBox, 2);
    hsplit->setStretchFactor(0, 1);
    hsplit->setStretchFactor(1, 1);
    hsplit->setSizes({600, 400});
    vsplit->setStretchFactor(0, 0);
    vsplit->setStretchFactor(1, 1);
    vsplit->setSizes({90, 400});
    layout->addWidget(vsplit, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenPanel::tick);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_copyToken, &QPushButton::clicked, this, &TokenPanel::copyCurrentToken);
    connect(m_copyClaim, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_claimsView->currentIndex();
        if (!i.isValid())
            return;
        QApplication::clipboard()->setText(i.siblingAtColumn(0).data(ClaimsModel::CopyTextRole).toString());
        emit copied(tr("claim %1").arg(i.siblingAtColumn(0).data(ClaimsModel::PathRole).toString()));
    });
    clear();
}

QString TokenPanel::tokenLabel(TokenOrigin origin, TokenKind kind)
{
    const QString what = kind == TokenKind::IdToken ? tr("ID token") : kind == TokenKind::AccessToken ? tr("Access token") : tr("Refresh token");
    const QString from = origin == TokenOrigin::Authorization ? tr("authorization response")
                         : origin == TokenOrigin::TokenEndpoint ? tr("token endpoint")
                                                                : tr("refresh");
    return tr("%1 — %2").arg(what, from);
}

QString TokenPanel::coloredTokenHtml(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    static const char *colors[] = {"#c01c28", "#813d9c", "#1c71d8"};
    QString html = QStringLiteral("<span style=\"font-family: monospace;\">");
    for (int i = 0; i < parts.size(); ++i) {
        if (i)
            html += QStringLiteral("<b>.</b>");
        html += QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(colors[qMin(i, 2)]), parts.at(i).toHtmlEscaped());
    }
    return html + QStringLiteral("</span>");
}

void TokenPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void TokenPanel::clear()
{
    m_tokens.clear();
    m_allChecks.clear();
    m_selector->clear();
    m_claims->clear();
    m_checks->setChecks({});
    m_diff->clear();
    m_diffBox->setVisible(false);
    m_raw->clear();
    m_countdown->clear();
    m_summary->clear();
    m_hasExp = false;
    m_timer->stop();
    m_empty->setVisible(true);
    m_copyToken->setEnabled(false);
    m_copyClaim->setEnabled(false);
}

void TokenPanel::setState(const FlowState &state)
{
    const QString previousKey = m_selector->currentData().toString();
    QList<TokenRef> tokens;
    const QList<std::pair<TokenOrigin, const TokenSet *>> sets{{TokenOrigin::Refresh, &state.refresh},
                                                                {TokenOrigin::TokenEndpoint, &state.token},
                                                                {TokenOrigin::Authorization, &state.authorization}};
    for (const auto &[origin, set] : sets) {
        if (!set->idToken.isEmpty())
            tokens << TokenRef{origin, TokenKind::IdToken, set->idToken};
        if (!set->accessToken.isEmpty())
            tokens << TokenRef{origin, TokenKind::AccessToken, set->accessToken};
        if (!set->refreshToken.isEmpty())
            tokens << TokenRef{origin, TokenKind::RefreshToken, set->refreshToken};
    }
    const bool sameList = tokens.size() == m_tokens.size() &&
                          std::equal(tokens.begin(), tokens.end(), m_tokens.begin(),
                                     [](const TokenRef &a, const TokenRef &b) { return a.key() == b.key() && a.value == b.value; });
    m_allChecks = state.checks;
    if (!sameList) {
        m_tokens = tokens;
        const QSignalBlocker block(m_selector);
        m_selector->clear();
        for (const TokenRef &t : std::as_const(m_tokens))
            m_selector->addItem(tokenLabel(t.origin, t.kind), t.key());
        // Keep the user's choice when it still exists; otherwise the newest ID token (list order: newest first).
        int i = m_selector->findData(previousKey);
        if (i < 0 || state.refreshCount > 0) {
            i = 0;
            for (int k = 0; k < m_tokens.size(); ++k) {
                if (m_tokens.at(k).kind == TokenKind::IdToken) {
                    i = k;
                    break;
                }
            }
            if (i >= 0 && previousKey.endsWith(QLatin1String("/1"))) { // keep looking at an access token if that was chosen
                for (int k = 0; k < m_tokens.size(); ++k) {
                    if (m_tokens.at(k).kind == TokenKind::AccessToken) {
                        i = k;
                        break;
                    }
                }
            }
        }
        m_selector->setCurrentIndex(m_tokens.isEmpty() ? -1 : i);
    }
    updateDiff(state);
    showCurrent();
}

void TokenPanel::updateDiff(const FlowState &state)
{
    if (state.refreshCount == 0) {
        m_diff->clear();
        m_diffBox->setVisible(false);
        return;
    }
    auto payloadOf = [](const QString &t) { return t.isEmpty() ? QJsonObject() : parseJwt(t.toUtf8()).payload; };
    QString before, after;
    if (!state.refresh.idToken.isEmpty()) {
        after = state.refresh.idToken;
        before = !state.previousRefresh.idToken.isEmpty() ? state.previousRefresh.idToken
                 : !state.token.idToken.isEmpty()         ? state.token.idToken
                                                          : state.authorization.idToken;
        m_diffBox->setTitle(tr("ID token claims changed by the last refresh"));
    } else {
        after = state.refresh.accessToken;
        before = !state.previousRefresh.accessToken.isEmpty() ? state.previousRefresh.accessToken : state.currentAccessToken();
        m_diffBox->setTitle(tr("Access token claims changed by the last refresh"));
    }
    m_diff->setPayloads(payloadOf(before), payloadOf(after));
    m_diffBox->setVisible(true);
}

bool TokenPanel::selectToken(TokenOrigin origin, TokenKind kind)
{
    const int i = m_selector->findData(TokenRef{origin, kind, {}}.key());
    if (i < 0)
        return false;
    m_selector->setCurrentIndex(i);
    return true;
}

TokenPanel::TokenRef TokenPanel::currentToken() const
{
    const int i = m_selector->currentIndex();
    return i >= 0 && i < m_tokens.size() ? m_tokens.at(i) : TokenRef{TokenOrigin::Authorization, TokenKind::IdToken, {}};
}

void TokenPanel::copyCurrentToken()
{
    const TokenRef t = currentToken();
    if (t.value.isEmpty())
        return;
    QApplication::clipboard()->setText(t.value);
    emit copied(tokenLabel(t.origin, t.kind));
}

void TokenPanel::showCurrent()
{
    const TokenRef t = currentToken();
    const bool any = !t.value.isEmpty();
    m_empty->setVisible(m_tokens.isEmpty());
    m_copyToken->setEnabled(any);
    m_copyClaim->setEnabled(any);
    m_hasExp = false;
    if (!any) {
        m_raw->clear();
        m_claims->clear();
        m_checks->setChecks({});
        m_summary->clear();
        m_countdown->clear();
        m_timer->stop();
        return;
    }
    if (t.kind == TokenKind::RefreshToken) {
        m_raw->setHtml(tr("<i>Refresh token, %n character(s), hidden: a refresh token is a long-lived secret. "
                          "Copy token copies it.</i>", nullptr, int(t.value.size())));
        m_claims->clear();
    } else if (looksLikeJwt(t.value.toUtf8())) {
        const ParsedJwt jwt = parseJwt(t.value.toUtf8());
        m_raw->setHtml(coloredTokenHtml(t.value));
        m_claims->setToken(jwt.header, jwt.payload);
        m_claimsView->expandToDepth(0);
        // Claim and value as wide as they need up to a limit, so the meaning stays in view (full texts in tooltips).
        for (int c = 0; c < ClaimsModel::ColumnCount - 1; ++c)
            m_claimsView->resizeColumnToContents(c);
        m_claimsView->setColumnWidth(ClaimsModel::NameColumn, qMin(m_claimsView->columnWidth(ClaimsModel::NameColumn), 190));
        m_claimsView->setColumnWidth(ClaimsModel::ValueColumn, qMin(m_claimsView->columnWidth(ClaimsModel::ValueColumn), 270));
        const QJsonValue exp = jwt.payload.value(QStringLiteral("exp"));
        if (exp.isDouble()) {
            m_exp = secondsFromJson(exp.toDouble());
            m_hasExp = true;
        }
    } else {
        m_raw->setHtml(tr("<i>Opaque token (%n character(s)): only the provider can read it.</i><br/>", nullptr, int(t.value.size())) +
                       QStringLiteral("<span style=\"font-family: monospace;\">%1</span>").arg(t.value.toHtmlEscaped()));
        m_claims->clear();
    }
    m_checks->setChecks(checksForToken(m_allChecks, t.origin, t.kind));
    m_checksView->resizeColumnToContents(ChecksModel::IdColumn);
    m_checksView->resizeColumnToContents(ChecksModel::StatusColumn);
    const int pass = m_checks->count(CheckStatus::Pass), fail = m_checks->count(CheckStatus::Fail),
              skip = m_checks->count(CheckStatus::Skip);
    if (m_checks->rowCount() == 0) {
        m_summary->setText(t.kind == TokenKind::RefreshToken ? tr("Refresh tokens are opaque to the client: nothing to check.")
                                                             : tr("No checks for this token."));
        m_summary->setStyleSheet(QString());
    } else {
        m_summary->setText(tr("Checks: %1 passed, %2 failed, %3 skipped").arg(pass).arg(fail).arg(skip));
        m_summary->setStyleSheet(fail ? QStringLiteral("color: #c01c28; font-weight: bold;") : QStringLiteral("color: #1b7f3b; font-weight: bold;"));
    }
    tick();
    m_timer->start();
}

void TokenPanel::tick()
{
    if (!m_hasExp) {
        m_countdown->clear();
        return;
    }
    const qint64 now = m_clock->nowSecsSinceEpoch();
    m_countdown->setText(formatCountdown(m_exp, now));
    m_countdown->setStyleSheet(m_exp <= now ? QStringLiteral("color: #c01c28;") : m_exp - now < 60 ? QStringLiteral("color: #c64600;") : QString());
    m_claims->refreshTimes();
}

} // namespace tokenscope::ui
