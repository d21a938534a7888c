#include "ui/tokens/TokenPanel.h"

#include "ui/tokens/ClaimsModel.h"
#include "core/common/Clock.h"
#include "core/jose/Jwt.h"
#include "core/oidc/Dpop.h"
#include "ui/common/TimeFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
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
    // As wide as its longest entry when there is room; in a small window it gives way (the whole entry in the list).
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(14);
    m_selector->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *selectorLabel = new QLabel(tr("To&ken:"), this);
    selectorLabel->setBuddy(m_selector);
    top->addWidget(selectorLabel);
    top->addWidget(m_selector, 1);
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
    // Everything the Tokens tab does not do with a token (introspection, RFC 7662; verifying with another key; editing
    // a copy): the workbench, with this token.
    m_toWorkbench = new QPushButton(tr("Open in workbench"), this);
    m_toWorkbench->setObjectName(QStringLiteral("openInWorkbenchButton"));
    m_toWorkbench->setToolTip(tr("Introspect this token at the provider (RFC 7662), verify it with another key, or make an edited "
                                 "copy: in the Workbench tab"));
    connect(m_toWorkbench, &QPushButton::clicked, this, [this] {
        if (const TokenRef t = currentToken(); !t.value.isEmpty())
            emit openInWorkbench(t.value);
    });
    top->addWidget(m_copyClaim);
    top->addWidget(m_copyToken);
    top->addWidget(m_toWorkbench);
    layout->addLayout(top);
    m_binding = new QLabel(this);
    m_binding->setObjectName(QStringLiteral("tokenBinding"));
    m_binding->setWordWrap(true);
    m_binding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_binding->hide();
    layout->addWidget(m_binding);

    // The profile's history of runs: any run's tokens, and any token of them compared with the one shown.
    m_historyRow = new QWidget(this);
    {
        auto *row = new QHBoxLayout(m_historyRow);
        row->setContentsMargins(0, 0, 0, 0);
        m_runSelector = new QComboBox(m_historyRow);
        m_runSelector->setObjectName(QStringLiteral("tokenRunSelector"));
        m_runSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_runSelector->setMinimumContentsLength(12);
        m_runSelector->setToolTip(tr("Every sign-in of this profile (the last ones), with the tokens it ended with"));
        auto *runLabel = new QLabel(tr("&Run:"), m_historyRow);
        runLabel->setBuddy(m_runSelector);
        m_compareSelector = new QComboBox(m_historyRow);
        m_compareSelector->setObjectName(QStringLiteral("tokenCompareSelector"));
        m_compareSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_compareSelector->setMinimumContentsLength(12);
        m_compareSelector->setToolTip(tr("Compare the claims of the token shown with any token of this profile's runs"));
        auto *compareLabel = new QLabel(tr("Compare &with:"), m_historyRow);
        compareLabel->setBuddy(m_compareSelector);
        row->addWidget(runLabel);
        row->addWidget(m_runSelector, 1);
        row->addSpacing(12);
        row->addWidget(compareLabel);
        row->addWidget(m_compareSelector, 1);
    }
    m_historyRow->setVisible(false);
    layout->addWidget(m_historyRow);

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
    m_raw->setAccessibleName(tr("The token as issued"));
    m_raw->setWordWrapMode(QTextOption::WrapAnywhere);
    m_raw->setOpenLinks(false);
    m_raw->setMinimumHeight(60);

    auto *hsplit = new QSplitter(Qt::Horizontal, vsplit);
    hsplit->setChildrenCollapsible(false);
    m_claimsView = new QTreeView(hsplit);
    m_claimsView->setObjectName(QStringLiteral("claimsView"));
    m_claimsView->setAccessibleName(tr("Claims of the token"));
    m_claimsView->setModel(m_claims);
    m_claimsView->setAlternatingRowColors(true);
    m_claimsView->setUniformRowHeights(true);
    m_claimsView->header()->setStretchLastSection(true);
    m_claimsView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *right = new QWidget(hsplit);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    rightLayout->addWidget(m_summary);
    m_checksView = new QTableView(right);
    m_checksView->setObjectName(QStringLiteral("checksView"));
    m_checksView->setAccessibleName(tr("Checks of the token"));
    m_checksView->setModel(m_checks);
    m_checksView->verticalHeader()->hide();
    m_checksView->horizontalHeader()->setStretchLastSection(true);
    m_checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checksView->setWordWrap(false);
    m_checksView->setAlternatingRowColors(true);
    m_checksView->verticalHeader()->setDefaultSectionSize(m_checksView->fontMetrics().height() + 8);
    rightLayout->addWidget(m_checksView, 1);
    // The claims that differ, below the claims and the checks at the panel's full width (two tokens' values side by
    // side need it). Its title is a label that wraps (a group box title would make the panel as wide as the title).
    m_diffBox = new QGroupBox(this);
    m_diffBox->setObjectName(QStringLiteral("claimDiffBox"));
    auto *diffLayout = new QVBoxLayout(m_diffBox);
    diffLayout->setContentsMargins(6, 4, 6, 4);
    m_diffView = new QTableView(m_diffBox);
    m_diffView->setObjectName(QStringLiteral("claimDiffView"));
    m_diffView->setAccessibleName(tr("Claims that differ"));
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->setDefaultSectionSize(m_diffView->fontMetrics().height() + 8);
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diffTitle = new QLabel(tr("Changed by the last refresh"), m_diffBox);
    m_diffTitle->setObjectName(QStringLiteral("claimDiffTitle"));
    m_diffTitle->setWordWrap(true);
    QFont titleFont = m_diffTitle->font();
    titleFont.setBold(true);
    m_diffTitle->setFont(titleFont);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diffView);
    // As tall as its rows (five at most, then it scrolls): the claims and checks above keep the room.
    connect(m_diff, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = qBound(1, m_diff->rowCount(), 5);
        m_diffView->setFixedHeight(m_diffView->horizontalHeader()->sizeHint().height() + rows * m_diffView->verticalHeader()->defaultSectionSize()
                                   + 2 * m_diffView->frameWidth() + m_diffView->horizontalScrollBar()->sizeHint().height());
        m_diffBox->setMaximumHeight(m_diffBox->minimumSizeHint().height());
    });
    m_diffBox->setVisible(false);
    hsplit->setStretchFactor(0, 3); // the claims first
    hsplit->setStretchFactor(1, 2);
    hsplit->setSizes({600, 400});
    vsplit->setStretchFactor(0, 0);
    vsplit->setStretchFactor(1, 1);
    vsplit->setSizes({80, 400});
    layout->addWidget(vsplit, 1);
    layout->addWidget(m_diffBox);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenPanel::tick);
    connect(m_selector, &QComboBox::currentIndexChanged, this, [this] { showCurrent(); });
    connect(m_runSelector, &QComboBox::currentIndexChanged, this, [this](int index) { showRun(index); });
    connect(m_compareSelector, &QComboBox::currentIndexChanged, this, [this] { updateComparison(); });
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
    if (origin == TokenOrigin::Subject)
        return tr("Subject token — given to the exchange");
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
    m_defaultNote = note;
    if (m_runSelector->currentIndex() < 0 || m_runSelector->currentIndex() == m_shownRun) {
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty());
    }
}

void TokenPanel::clear()
{
    m_default = FlowState{};
    m_displayed = FlowState{};
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
    m_toWorkbench->setEnabled(false);
    m_copyClaim->setEnabled(false);
}

void TokenPanel::setState(const FlowState &state)
{
    m_default = state;
    // A run of the history chosen by the user stays on screen; otherwise the state given is shown.
    if (m_runSelector->currentIndex() < 0 || m_runSelector->currentIndex() == m_shownRun)
        display(state);
}

void TokenPanel::setHistory(const QList<Run> &runs, int shown)
{
    m_runs = runs;
    m_shownRun = shown;
    {
        const QSignalBlocker block(m_runSelector);
        m_runSelector->clear();
        for (const Run &run : runs)
            m_runSelector->addItem(run.label);
        m_runSelector->setCurrentIndex(shown);
    }
    const QString previous = m_compareSelector->currentText();
    {
        const QSignalBlocker block(m_compareSelector);
        m_compareSelector->clear();
        m_compareTokens.clear();
        m_compareSelector->addItem(tr("nothing (the last refresh's changes)"));
        for (int r = 0; r < runs.size(); ++r) {
            const FlowState &s = runs.at(r).state;
            const QList<std::pair<TokenOrigin, const TokenSet *>> sets{
                {TokenOrigin::Refresh, &s.refresh}, {TokenOrigin::TokenEndpoint, &s.token}, {TokenOrigin::Authorization, &s.authorization}};
            for (const auto &[origin, set] : sets) {
                for (const auto &[kind, value] : {std::pair{TokenKind::IdToken, set->idToken}, std::pair{TokenKind::AccessToken, set->accessToken}}) {
                    if (value.isEmpty() || !looksLikeJwt(value.toUtf8()))
                        continue; // only a JWT has claims to compare
                    m_compareTokens.append({r, TokenRef{origin, kind, value}});
                    m_compareSelector->addItem(tr("%1 · %2").arg(runs.at(r).name, tokenLabel(origin, kind)));
                }
            }
        }
        const int again = m_compareSelector->findText(previous);
        m_compareSelector->setCurrentIndex(again < 0 ? 0 : again);
    }
    m_historyRow->setVisible(!runs.isEmpty());
    showRun(m_runSelector->currentIndex());
}

bool TokenPanel::selectRun(int index)
{
    if (index < 0 || index >= m_runs.size())
        return false;
    m_runSelector->setCurrentIndex(index);
    return true;
}

bool TokenPanel::compareWith(int run, TokenOrigin origin, TokenKind kind)
{
    for (int i = 0; i < m_compareTokens.size(); ++i) {
        const CompareToken &c = m_compareTokens.at(i);
        if (c.run == run && c.token.origin == origin && c.token.kind == kind) {
            m_compareSelector->setCurrentIndex(i + 1);
            return true;
        }
    }
    return false;
}

void TokenPanel::clearComparison()
{
    m_compareSelector->setCurrentIndex(0);
}

void TokenPanel::showRun(int index)
{
    if (index < 0 || index >= m_runs.size() || index == m_shownRun) {
        display(m_default);
        m_note->setText(m_defaultNote);
        m_note->setVisible(!m_defaultNote.isEmpty());
        return;
    }
    const Run &run = m_runs.at(index);
    display(run.state);
    m_note->setText(run.note);
    m_note->setVisible(!run.note.isEmpty());
}

void TokenPanel::display(const FlowState &state)
{
    m_displayed = state;
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
    // Token exchange (RFC 8693): the token given, next to the one issued for it.
    if (state.tokenExchange && !state.tokenExchange->subjectToken.isEmpty())
        tokens << TokenRef{TokenOrigin::Subject, TokenKind::AccessToken, state.tokenExchange->subjectToken};
    const bool sameList = tokens.size() == m_tokens.size() &&
                          std::equal(tokens.begin(), tokens.end(), m_tokens.begin(),
                                     [](const TokenRef &a, const TokenRef &b) { return a.key() == b.key() && a.value == b.value; });
    m_allChecks = state.checks;
    if (!sameList) {
        m_tokens = tokens;
        const QSignalBlocker block(m_selector);
        m_selector->clear();
        int widest = 0;
        for (const TokenRef &t : std::as_const(m_tokens)) {
            m_selector->addItem(tokenLabel(t.origin, t.kind), t.key());
            widest = qMax(widest, m_selector->fontMetrics().horizontalAdvance(tokenLabel(t.origin, t.kind)));
        }
        m_selector->setMaximumWidth(widest + 48); // no wider than its longest entry (with the arrow)
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
    showCurrent();
}

// The diff table: the claims of the token shown against the token chosen in "Compare with", or else what the last
// refresh changed.
void TokenPanel::updateComparison()
{
    const int i = m_compareSelector->currentIndex() - 1;
    const TokenRef shown = currentToken();
    if (i < 0 || i >= m_compareTokens.size() || shown.value.isEmpty() || shown.kind == TokenKind::RefreshToken
        || !looksLikeJwt(shown.value.toUtf8())) {
        updateDiff(m_displayed);
        return;
    }
    const CompareToken &other = m_compareTokens.at(i);
    const QString otherName = tr("%1 · %2").arg(m_runs.at(other.run).name, tokenLabel(other.token.origin, other.token.kind));
    m_diff->setColumnTitles(otherName, tr("Shown"));
    m_diff->setPayloads(parseJwt(other.token.value.toUtf8()).payload, parseJwt(shown.value.toUtf8()).payload);
    m_diffTitle->setText(m_diff->rowCount() ? tr("Claims that differ from %1 (%n claim(s))", nullptr, m_diff->rowCount()).arg(otherName)
                                           : tr("No claim differs from %1").arg(otherName));
    m_diffBox->setVisible(true);
}

void TokenPanel::updateDiff(const FlowState &state)
{
    m_diff->setColumnTitles({}, {});
    // Token exchange (RFC 8693): what the provider changed between the token given and the one it issued.
    if (state.refreshCount == 0 && state.tokenExchange && looksLikeJwt(state.tokenExchange->subjectToken.toUtf8())
        && looksLikeJwt(state.token.accessToken.toUtf8())) {
        m_diff->setColumnTitles(tr("Subject token"), tr("Issued token"));
        m_diff->setPayloads(parseJwt(state.tokenExchange->subjectToken.toUtf8()).payload, parseJwt(state.token.accessToken.toUtf8()).payload);
        m_diffTitle->setText(tr("What the token exchange changed: the subject token given, and the access token issued for it "
                                "(%n claim(s) differ)",
                                nullptr, m_diff->rowCount()));
        m_diffBox->setVisible(true);
        return;
    }
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
        m_diffTitle->setText(tr("ID token claims changed by the last refresh"));
    } else {
        after = state.refresh.accessToken;
        before = !state.previousRefresh.accessToken.isEmpty() ? state.previousRefresh.accessToken : state.currentAccessToken();
        m_diffTitle->setText(tr("Access token claims changed by the last refresh"));
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
    m_toWorkbench->setEnabled(any);
    m_copyClaim->setEnabled(any);
    m_hasExp = false;
    if (!any) {
        m_raw->clear();
        m_claims->clear();
        m_checks->setChecks({});
        m_summary->clear();
        m_countdown->clear();
        m_binding->hide();
        m_timer->stop();
        updateComparison();
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
    if (t.kind == TokenKind::AccessToken) {
        const TokenSet &set = t.origin == TokenOrigin::Refresh ? m_displayed.refresh
            : t.origin == TokenOrigin::TokenEndpoint             ? m_displayed.token
                                                                 : m_displayed.authorization;
        m_binding->setText(bindingText(t.value, set.tokenType, m_displayed.dpop ? m_displayed.dpop->thumbprint : QString()));
    }
    m_binding->setVisible(t.kind == TokenKind::AccessToken && t.origin != TokenOrigin::Subject);
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
    updateComparison();
}

QString TokenPanel::bindingText(const QString &accessToken, const QString &tokenType, const QString &dpopThumbprint)
{
    const QString jkt = confirmationMember(accessToken.toUtf8(), QLatin1String("jkt"));
    const QString x5t = confirmationMember(accessToken.toUtf8(), QLatin1String("x5t#S256"));
    if (!jkt.isEmpty()) {
        if (dpopThumbprint.isEmpty())
            return tr("Binding: DPoP key %1 (cnf.jkt, RFC 9449): usable only with proofs of that key").arg(jkt);
        return jkt == dpopThumbprint ? tr("Binding: DPoP, this sign-in's proof key %1 (cnf.jkt, RFC 9449): usable only with its proofs").arg(jkt)
                                     : tr("Binding: DPoP key %1 (cnf.jkt), which is not this sign-in's proof key %2").arg(jkt, dpopThumbprint);
    }
    if (!x5t.isEmpty())
        return tr("Binding: client certificate %1 (cnf.x5t#S256, RFC 8705): usable only over TLS with that certificate").arg(x5t);
    if (isDpopTokenType(tokenType))
        return tr("Binding: DPoP (token_type DPoP, RFC 9449); the token is opaque, so only the provider sees the key it is bound to");
    return tr("Binding: none, a bearer token (RFC 6750): whoever holds it can use it");
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
