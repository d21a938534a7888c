#include "ui/tenant/TenantPane.h"

#include "ui/profiles/ProfileBook.h"

#include "browser/Totp.h"

#include "core/report/FlowReport.h"
#include "core/http/HttpClient.h"
#include "ui/common/ReportExport.h"
#include "ui/common/StatusStyle.h"
#include "ui/tenant/TenantModels.h"
#include "ui/signin/TimelineModel.h"
#include "ui/webengine/WebEngineBackend.h"
#include "browser/WebEngineEnvironment.h"
#include "ui/webengine/WebEngineLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace tokenscope::ui {

// One probe run: the web engine's headless user agent with a fresh off-the-record browser profile of its own (the
// provider's session cookie lives in memory, from one attempt to the next, for this run only) and the test user's
// credentials, and the probe. Deleted in the order the web engine needs: probe, then the user agent (its page, then
// its browser profile).
class ProbeRun : public QObject
{
public:
    ProbeRun(HttpClient *http, const Clock *clock, UserAgent *headlessAgent, QObject *parent) : QObject(parent), agent(headlessAgent)
    {
        probe = new TenantProbe(http, agent, clock);
    }
    ~ProbeRun() override
    {
        delete probe;
        delete agent;
    }

    UserAgent *agent;
    TenantProbe *probe;
};

namespace {

constexpr int MessageNeutral = 0, MessageOk = 1, MessageProblem = 2;

bool sameTenantAndApp(const Profile &a, const Profile &b)
{
    return a.name == b.name && normalizeIssuer(a.issuer) == normalizeIssuer(b.issuer) && a.clientId == b.clientId;
}

QString firstFailure(const FlowState &s)
{
    if (const StepResult *step = s.firstFailedStep())
        return TimelineModel::stepTitle(step->name) + QStringLiteral(": ") + step->detail;
    if (const Check *c = s.firstFailedCheck())
        return c->summary();
    return {};
}

QTableView *makeTable(QWidget *parent, const QString &name, const QString &title)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Squeezed, its header and a row (less than a scroll area asks for): the pane's minimum does not make the window
    // taller than 1024x700 while another tab is shown; on this tab the tables get their room (the timeline steps aside).
    view->setMinimumHeight(2 * (view->fontMetrics().height() + 8) + 4);
    return view;
}

QLabel *heading(const QString &text, QWidget *parent, const QString &name)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true); // a long summary wraps instead of widening the tab
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// A results box in a splitter: a bold heading over a table.
std::pair<QLabel *, QTableView *> addResultsBox(QSplitter *split, const QString &title, const QString &headingName,
                                                const QString &viewName)
{
    auto *box = new QWidget(split);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    QLabel *label = heading(title, box, headingName);
    layout->addWidget(label);
    QTableView *view = makeTable(box, viewName, title);
    layout->addWidget(view, 1);
    return {label, view};
}

// Findings and probe results: sorted by SortRole through a proxy (by sortColumn first; -1: in the order they came),
// every column fits its contents but the detail, which takes the rest.
QSortFilterProxyModel *showSorted(QTableView *view, QAbstractItemModel *model, int detailColumn, int sortColumn, QObject *owner)
{
    auto *sort = new QSortFilterProxyModel(owner);
    sort->setSourceModel(model);
    sort->setSortRole(SortRole);
    view->setModel(sort);
    for (int c = 0; c < model->columnCount(); ++c)
        view->horizontalHeader()->setSectionResizeMode(c, c == detailColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    view->horizontalHeader()->setSortIndicator(sortColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    return sort;
}

} // namespace

TenantPane::TenantPane(HttpClient *http, const Clock *clock, QWidget *parent) : QWidget(parent), m_http(http), m_clock(clock)
{
    m_lintRunner = new TenantLintRunner(http, this);
    m_findings = new FindingsModel(this);
    m_matrix = new FlowMatrixModel(this);
    m_probes = new ProbeResultsModel(this);
    buildUi();
    connect(m_lintRunner, &TenantLintRunner::finished, this, [this] {
        // finished() may come from inside start() (an issuer that is not a URL): let start() return first.
        QTimer::singleShot(0, this, &TenantPane::onLintFinished);
    });
    updateButtons();
}

TenantPane::~TenantPane()
{
    m_lintRunner->cancel();
    delete m_run; // before the widgets and models it reports to
    m_run = nullptr;
}

void TenantPane::setProfileBook(ProfileBook *book)
{
    m_book = book;
}

// ---- UI -----------------------------------------------------------------------------------------------------------

void TenantPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("tenantScope"));
    m_scope->setTextFormat(Qt::PlainText);
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_scope);

    // Test user and probe choice.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    auto *userLabel = new QLabel(tr("Test user na&me:"), this);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("tenantUsername"));
    m_username->setPlaceholderText(tr("username of a test account"));
    m_username->setToolTip(tr("The probes sign in with this test user, many times; use an account made for testing."));
    userLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("Passwor&d:"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("tenantPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("never saved"));
    m_password->setToolTip(tr("Used for this run's sign-ins only: never saved, never logged, not part of any report."));
    passwordLabel->setBuddy(m_password);
    auto *totpLabel = new QLabel(tr("TOTP secret:"), this);
    m_totpSecret = new QLineEdit(this);
    m_totpSecret->setObjectName(QStringLiteral("tenantTotpSecret"));
    m_totpSecret->setEchoMode(QLineEdit::Password);
    m_totpSecret->setPlaceholderText(tr("only for MFA"));
    m_totpSecret->setToolTip(tr("The test user's base32 TOTP secret (RFC 6238), when the provider asks for a one-time code: the "
                                "sign-ins answer it with the current code. Never saved, never logged, not part of any report."));
    totpLabel->setBuddy(m_totpSecret);
    auto *credentials = new QHBoxLayout;
    credentials->addWidget(m_username, 1);
    credentials->addSpacing(8);
    credentials->addWidget(passwordLabel);
    credentials->addWidget(m_password, 1);
    credentials->addSpacing(8);
    credentials->addWidget(totpLabel);
    credentials->addWidget(m_totpSecret, 1);
    grid->addWidget(userLabel, 0, 0);
    grid->addLayout(credentials, 0, 1);

    auto *probesLabel = new QLabel(tr("Probes:"), this);
    m_matrixBox = new QCheckBox(tr("Flo&w matrix"), this);
    m_matrixBox->setObjectName(QStringLiteral("probeMatrixBox"));
    m_matrixBox->setToolTip(tr("Every response type and mode the provider offers (one sign-in each)."));
    m_sessionsBox = new QCheckBox(tr("Sessi&ons"), this);
    m_sessionsBox->setObjectName(QStringLiteral("probeSessionsBox"));
    m_sessionsBox->setToolTip(tr("prompt=none, max_age=0, logout and what comes after it."));
    m_refreshBox = new QCheckBox(tr("&Refresh tokens"), this);
    m_refreshBox->setObjectName(QStringLiteral("probeRefreshBox"));
    m_refreshBox->setToolTip(tr("Refresh, rotation, the claims a refresh keeps, reuse detection."));
    // No mnemonic: every free letter is taken on this tab in one language or the other.
    m_apiBox = new QCheckBox(tr("API"), this);
    m_apiBox->setObjectName(QStringLiteral("probeApiBox"));
    m_apiBox->setToolTip(tr("Call the profile's API URL with the real access token, then with forged ones (expired, another audience or "
                            "issuer, alg none, HS256 with the public key, unknown kid, bad signature, none): each must be refused."));
    for (QCheckBox *box : {m_matrixBox, m_sessionsBox, m_refreshBox, m_apiBox})
        box->setChecked(true);
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("probeCompareCombo"));
    m_compare->setToolTip(tr("Also sign in with another profile (e.g. production) and compare metadata and token claims."));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(10);
    compareLabel->setBuddy(m_compare);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_matrixBox);
    choice->addWidget(m_sessionsBox);
    choice->addWidget(m_refreshBox);
    choice->addWidget(m_apiBox);
    choice->addSpacing(12);
    choice->addWidget(compareLabel);
    choice->addWidget(m_compare, 1);
    grid->addWidget(probesLabel, 1, 0);
    grid->addLayout(choice, 1, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    // Actions and progress.
    auto *buttons = new QHBoxLayout;
    m_lintButton = new QPushButton(tr("Lint confi&guration"), this);
    m_lintButton->setObjectName(QStringLiteral("lintButton"));
    m_lintButton->setToolTip(tr("Fetch the discovery document and the JWKS and check them against the profile (no sign-in)."));
    m_runButton = new QPushButton(tr("Run pro&bes"), this);
    m_runButton->setObjectName(QStringLiteral("runProbesButton"));
    m_runButton->setToolTip(tr("Lint, sign in with the test user, then run the chosen probes."));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("tenantCancelButton"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("tenantBusyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setMaximumHeight(14);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("tenantBusyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_exportButton = new QPushButton(tr("E&xport report…"), this);
    m_exportButton->setObjectName(QStringLiteral("tenantExportButton"));
    m_exportButton->setToolTip(tr("Save what this tab shows as a JSON report or an HTML page (secrets redacted)."));
    buttons->addWidget(m_lintButton);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_busyBar);
    buttons->addWidget(m_busyLabel, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);
    m_cancelButton->hide();
    m_busyBar->hide();
    m_busyLabel->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tenantMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    // Results: lint findings above, flow matrix and the other probes below.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("tenantSplitter"));
    split->setChildrenCollapsible(false);
    std::tie(m_lintSummary, m_findingsView) =
        addResultsBox(split, tr("Configuration lint"), QStringLiteral("lintSummary"), QStringLiteral("findingsView"));
    m_findingsSort = showSorted(m_findingsView, m_findings, FindingsModel::DetailColumn, FindingsModel::LevelColumn, this);

    auto *probeSplit = new QSplitter(Qt::Horizontal, split);
    m_probeSplit = probeSplit;
    probeSplit->setObjectName(QStringLiteral("probeSplitter"));
    probeSplit->setChildrenCollapsible(false);
    std::tie(m_matrixSummary, m_matrixView) =
        addResultsBox(probeSplit, tr("Flow matrix"), QStringLiteral("matrixSummary"), QStringLiteral("matrixView"));
    m_matrixView->verticalHeader()->show();
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setModel(m_matrix);
    // Each cell says its outcome in full ("refused", "worked"); the table scrolls sideways when it has to.
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setStretchLastSection(false);
    std::tie(m_probeSummary, m_probesView) =
        addResultsBox(probeSplit, tr("Sessions, refresh tokens and API"), QStringLiteral("probeSummary"), QStringLiteral("probesView"));
    // In the order they ran, until sorted.
    m_probesSort = showSorted(m_probesView, m_probes, ProbeResultsModel::DetailColumn, -1, this);
    {
        // The stretching reason keeps at least its title (the table scrolls sideways instead).
        QHeaderView *header = m_probesView->horizontalHeader();
        const QString title = m_probes->headerData(ProbeResultsModel::DetailColumn, Qt::Horizontal).toString();
        header->setMinimumSectionSize(header->fontMetrics().horizontalAdvance(title) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 4);
    }
    probeSplit->setStretchFactor(0, 2);
    probeSplit->setStretchFactor(1, 3);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("tenantDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setText(tr("Select a finding, a cell or a probe to read its full reason here."));
    layout->addWidget(m_detail);

    connect(m_lintButton, &QPushButton::clicked, this, &TenantPane::runLint);
    connect(m_runButton, &QPushButton::clicked, this, &TenantPane::runProbes);
    connect(m_cancelButton, &QPushButton::clicked, this, &TenantPane::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &TenantPane::exportReport);
    connect(m_password, &QLineEdit::returnPressed, this, &TenantPane::runProbes);
    connect(m_totpSecret, &QLineEdit::returnPressed, this, &TenantPane::runProbes);
    for (QTableView *view : {m_findingsView, m_matrixView, m_probesView}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) { showDetail(current); });
    }
}

void TenantPane::resizeEvent(QResizeEvent *event)
{
    // The matrix says each outcome in full and needs its width: in a narrow tab the probes go below it.
    m_probeSplit->setOrientation(width() < 900 ? Qt::Vertical : Qt::Horizontal);
    QWidget::resizeEvent(event);
}

void TenantPane::showEvent(QShowEvent *event)
{
    refreshProfiles();
    QWidget::showEvent(event);
}

void TenantPane::showDetail(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty())
        m_detail->setText(QString(tip).replace(QLatin1Char('\n'), QStringLiteral(" — ")));
}

void TenantPane::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    m_cancelButton->setVisible(busy);
    updateButtons();
    emit busyChanged(busy);
    emit reportAvailableChanged(!busy && hasReport());
}

void TenantPane::updateButtons()
{
    m_lintButton->setEnabled(!m_busy);
    m_runButton->setEnabled(!m_busy);
    m_exportButton->setEnabled(!m_busy && hasReport());
    m_compare->setEnabled(!m_busy);
    for (QCheckBox *box : {m_matrixBox, m_sessionsBox, m_refreshBox})
        box->setEnabled(!m_busy);
}

void TenantPane::showMessage(const QString &text, int kind)
{
    m_messageKind = kind;
    m_message->setText(text);
    switch (kind) {
    case MessageOk:
        m_message->setStyleSheet(
            QStringLiteral("QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #a5d6a7; border-radius: 4px; padding: 6px; }"));
        break;
    case MessageProblem:
        m_message->setStyleSheet(
            QStringLiteral("QLabel { background: #fdecea; color: #8b1a1a; border: 1px solid #f5a7a7; border-radius: 4px; padding: 6px; }"));
        break;
    default:
        m_message->setStyleSheet(
            QStringLiteral("QLabel { background: #f1f3f5; color: #24292f; border: 1px solid #d0d7de; border-radius: 4px; padding: 6px; }"));
    }
    m_message->setVisible(!text.isEmpty());
}

void TenantPane::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

QString TenantPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TenantPane::clearResults()
{
    m_probeReport.reset();
    m_findings->clear();
    m_matrix->clear();
    m_probes->clear();
    m_lintSummary->setText(tr("Configuration lint"));
    m_matrixSummary->setText(tr("Flow matrix"));
    m_probeSummary->setText(tr("Sessions, refresh tokens and API"));
}

QString TenantPane::selectedId() const
{
    return m_book ? m_book->currentId() : QString();
}

// The results belong to the profile they were run for: another profile selected, they are put aside with their
// profile and that profile's own (if any) come back.
void TenantPane::switchResultsTo(const QString &id)
{
    if (m_lint || m_probeReport)
        m_parked.insert(m_resultsProfileId, Parked{m_lint, m_probeReport, m_lintNewerThanProbes, message(), m_messageKind});
    m_lint.reset();
    clearResults();
    clearMessage();
    m_resultsProfileId = id;
    if (const auto it = m_parked.constFind(id); it != m_parked.constEnd()) {
        const Parked parked = *it;
        m_parked.erase(it);
        m_lint = parked.lint;
        m_probeReport = parked.probes;
        m_lintNewerThanProbes = parked.lintNewerThanProbes;
        if (m_probeReport)
            showProbeReport(*m_probeReport);
        if (m_lint && (m_lintNewerThanProbes || !m_probeReport))
            showFindings(m_lint->findings);
        if (!parked.message.isEmpty())
            showMessage(parked.message, parked.messageKind);
    }
    if (runIsElsewhere()) {
        const std::optional<Profile> running = m_book ? m_book->stored(m_runProfileId) : std::nullopt;
        showMessage(tr("A run for “%1” is in progress: its results stay with that profile and are shown when it is selected.")
                        .arg(running ? running->name : m_runProfileId),
                    MessageNeutral);
    }
    updateButtons();
    emit reportAvailableChanged(!m_busy && hasReport());
}

void TenantPane::showProbeReport(const TenantProbeReport &report)
{
    m_findings->clear();
    m_matrix->clear();
    m_probes->clear();
    showFindings(report.lint);
    for (const ProbeResult &r : report.probes)
        addProbeResult(r);
}

void TenantPane::refreshProfiles()
{
    if (selectedId() != m_resultsProfileId)
        switchResultsTo(selectedId());
    const std::optional<Profile> current = m_book ? m_book->current() : std::nullopt;
    if (current) {
        const QString issuer = normalizeIssuer(current->issuer);
        m_scope->setText(issuer.isEmpty() ? tr("Profile \"%1\" (no issuer yet)").arg(current->name)
                                          : tr("Profile \"%1\" · tenant %2 · client %3").arg(current->name, issuer, current->clientId));
    } else {
        m_scope->setText(tr("No profile: create or import one on the left."));
    }
    const QString selected = m_compare->currentData().toString();
    const QString currentId = m_book ? m_book->currentId() : QString();
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(no second tenant)"), QString());
    if (m_book) {
        for (const auto &[id, name] : m_book->list()) {
            if (id != currentId)
                m_compare->addItem(name, id);
        }
    }
    const int index = m_compare->findData(selected);
    m_compare->setCurrentIndex(index < 0 ? 0 : index);
}

void TenantPane::showFindings(const FindingList &findings)
{
    m_findings->setFindings(findings);
    m_lintSummary->setText(tr("Configuration lint — errors: %1 · warnings: %2 · info: %3")
                               .arg(m_findings->count(FindingLevel::Error))
                               .arg(m_findings->count(FindingLevel::Warning))
                               .arg(m_findings->count(FindingLevel::Info)));
}

void TenantPane::addProbeResult(const ProbeResult &result)
{
    auto summary = [](const ProbeResultList &results) {
        int passed = 0, failed = 0, skipped = 0;
        for (const ProbeResult &r : results) {
            passed += r.status == CheckStatus::Pass ? 1 : 0;
            failed += r.status == CheckStatus::Fail ? 1 : 0;
            skipped += r.status == CheckStatus::Skip ? 1 : 0;
        }
        return tr("passed: %1 · failed: %2 · skipped: %3").arg(passed).arg(failed).arg(skipped);
    };
    if (m_matrix->addResult(result)) {
        ProbeResultList cells;
        for (const QString &type : m_matrix->responseTypes()) {
            for (const QString &mode : m_matrix->responseModes()) {
                if (const ProbeResult *r = m_matrix->cell(type, mode))
                    cells << *r;
            }
        }
        m_matrixSummary->setText(tr("Flow matrix — %1").arg(summary(cells)));
        return;
    }
    m_probes->append(result);
    m_probeSummary->setText(tr("Sessions, refresh tokens and API — %1").arg(summary(m_probes->results())));
}

// ---- lint ---------------------------------------------------------------------------------------------------------

std::optional<Profile> TenantPane::profileToRun()
{
    if (m_busy)
        return std::nullopt;
    std::optional<Profile> p = m_book ? m_book->current() : std::nullopt;
    if (!p)
        showMessage(tr("There is no profile: create or import one on the left first."), MessageProblem);
    return p;
}

bool TenantPane::applyTrustedCas(const QStringList &ids)
{
    m_trustedCas.clear();
    for (const QString &id : ids) {
        const TrustedCas cas = m_book ? m_book->trustedCas(id) : TrustedCas{};
        if (!cas.ok()) {
            showMessage(tr("The profile's trusted CAs cannot be used: %1").arg(cas.error), MessageProblem);
            return false;
        }
        m_trustedCas += cas.certificates;
    }
    m_http->setExtraCaCertificates(m_trustedCas);
    return true;
}

void TenantPane::runLint()
{
    const std::optional<Profile> p = profileToRun();
    if (!p)
        return;
    if (normalizeIssuer(p->issuer).isEmpty()) {
        showMessage(tr("The profile has no issuer (or Auth0 domain) yet: enter it on the left, then lint."), MessageProblem);
        return;
    }
    if (!applyTrustedCas({m_book ? m_book->currentId() : QString()}))
        return;
    refreshProfiles();
    clearMessage();
    m_cancelled = false;
    m_lintProfile = *p;
    m_resultsProfileId = selectedId();
    m_runProfileId = m_resultsProfileId;
    setBusy(true, tr("Linting the configuration of %1…").arg(normalizeIssuer(p->issuer)));
    m_lintRunner->start(*p);
}

std::pair<QString, int> TenantPane::lintVerdict(const LintRun &run) const
{
    const auto count = [&run](FindingLevel level) {
        return int(std::count_if(run.findings.begin(), run.findings.end(), [level](const Finding &f) { return f.level == level; }));
    };
    const Finding *document = findFinding(run.findings, QStringLiteral("lint.discovery.document"));
    if (document && document->level == FindingLevel::Error)
        return {tr("The discovery document of %1 could not be read: %2").arg(run.issuer, document->detail), MessageProblem};
    if (hasErrors(run.findings))
        return {tr("The lint found %n error(s) in the configuration of %1: see the red rows.", nullptr, count(FindingLevel::Error)).arg(run.issuer),
                MessageProblem};
    return {tr("No errors in the configuration of %1 (warnings: %2).").arg(run.issuer).arg(count(FindingLevel::Warning)), MessageOk};
}

void TenantPane::onLintFinished()
{
    if (!m_lintProfile)
        return;
    const Profile profile = *std::exchange(m_lintProfile, std::nullopt);
    const bool elsewhere = runIsElsewhere();
    if (m_cancelled) {
        setBusy(false);
        if (!elsewhere)
            showMessage(tr("Lint cancelled."), MessageNeutral);
        return;
    }
    LintRun run{profile, normalizeIssuer(profile.issuer), m_lintRunner->input(), m_lintRunner->findings(), QDateTime::currentDateTimeUtc()};
    const auto [verdict, kind] = lintVerdict(run);
    if (elsewhere) {
        // Another profile is selected now: the results go with the profile they are of, not on its screen.
        Parked &parked = m_parked[m_runProfileId];
        if (parked.probes && !sameTenantAndApp(parked.probes->profile, profile))
            parked.probes.reset();
        parked.lint = run;
        parked.lintNewerThanProbes = true;
        parked.message = verdict;
        parked.messageKind = kind;
        setBusy(false);
        clearMessage();
        emit notify(tr("The lint of “%1” finished: select that profile to see its results.").arg(profile.name));
        return;
    }
    if (m_probeReport && !sameTenantAndApp(m_probeReport->profile, profile)) {
        // The probe results were for another profile: they no longer belong next to this lint.
        m_probeReport.reset();
        m_matrix->clear();
        m_probes->clear();
        m_matrixSummary->setText(tr("Flow matrix"));
        m_probeSummary->setText(tr("Sessions, refresh tokens and API"));
    }
    m_lint = run;
    m_lintNewerThanProbes = true;
    showFindings(run.findings);
    setBusy(false);
    showMessage(verdict, kind);
}

// ---- probes -------------------------------------------------------------------------------------------------------

void TenantPane::runProbes()
{
    const std::optional<Profile> p = profileToRun();
    if (!p)
        return;
    if (const QStringList problems = validateProfile(*p); !problems.isEmpty()) {
        showMessage(tr("The profile cannot be used yet: %1").arg(problems.join(QStringLiteral("; "))), MessageProblem);
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showMessage(tr("Enter the test user's username and password: the probes sign in with them."), MessageProblem);
        m_username->setFocus();
        return;
    }
    QByteArray totpKey;
    if (const QString secret = m_totpSecret->text().trimmed(); !secret.isEmpty()) {
        const std::optional<QByteArray> key = totp::decodeBase32(secret);
        if (!key) {
            showMessage(tr("The TOTP secret is not base32 (letters A-Z and digits 2-7, as the provider showed it when the authenticator "
                           "was set up)."),
                        MessageProblem);
            m_totpSecret->setFocus();
            return;
        }
        totpKey = *key;
    }
    std::optional<Profile> compare;
    if (const QString id = m_compare->currentData().toString(); !id.isEmpty()) {
        compare = m_book ? m_book->stored(id) : std::nullopt;
        const QStringList problems = compare ? validateProfile(*compare) : QStringList{tr("it no longer exists")};
        if (!problems.isEmpty()) {
            showMessage(tr("The profile to compare with, \"%1\", cannot be used: %2").arg(m_compare->currentText(), problems.join(QStringLiteral("; "))),
                        MessageProblem);
            return;
        }
    }
    // The probes sign in with the web engine (loaded now, the first time), which must know custom callback schemes.
    QString error;
    WebEngineBackend *webEngine = m_webEngine ? m_webEngine(&error) : WebEngineLoader::backend(&error);
    if (!webEngine) {
        showMessage(tr("The probes need the embedded browser, which could not be loaded: %1").arg(error), MessageProblem);
        return;
    }
    QStringList redirects{p->redirectUri, p->postLogoutRedirectUri};
    if (compare)
        redirects << compare->redirectUri << compare->postLogoutRedirectUri;
    if (const QStringList missing = webEngine->registerCallbackSchemes(customSchemes(redirects)); !missing.isEmpty()) {
        showMessage(tr("A callback URL uses the scheme \"%1\", which the web engine only learns at startup: save the profile "
                       "and restart Tokenscope.")
                        .arg(missing.first()),
                    MessageProblem);
        return;
    }

    QStringList ids{m_book ? m_book->currentId() : QString()};
    if (compare)
        ids << m_compare->currentData().toString();
    if (!applyTrustedCas(ids))
        return;

    TenantProbe::Groups groups;
    if (m_matrixBox->isChecked())
        groups |= TenantProbe::Matrix;
    if (m_sessionsBox->isChecked())
        groups |= TenantProbe::Sessions;
    if (m_refreshBox->isChecked())
        groups |= TenantProbe::Refresh;
    if (m_apiBox->isChecked())
        groups |= TenantProbe::Api;

    refreshProfiles();
    clearMessage();
    delete m_run;
    clearResults();
    m_resultsProfileId = selectedId();
    m_runProfileId = m_resultsProfileId;
    m_lintNewerThanProbes = false;
    m_cancelled = false;

    m_run = new ProbeRun(m_http, m_clock, webEngine->createHeadlessUserAgent(m_username->text().trimmed(), m_password->text(), totpKey, m_trustedCas, nullptr),
                         this);
    TenantProbe *probe = m_run->probe;
    TenantProbe::Options options;
    options.groups = groups;
    probe->setOptions(options);
    Profile withKey = *p; // private_key_jwt: the key file, read for this run
    if (const QString keyError = loadClientKey(withKey, m_book ? m_book->currentId() : QString()); !keyError.isEmpty())
        showMessage(keyError, MessageProblem); // the run then says so at its token step
    probe->setProfile(withKey);
    probe->setCompareProfile(compare);
    connect(probe, &TenantProbe::stageStarted, this, [this](const QString &stage) { m_busyLabel->setText(tr("Running: %1…").arg(stage)); });
    // Shown as they come while their profile is the selected one (the report at the end has them all).
    connect(probe, &TenantProbe::lintFinished, this, [this](const FindingList &findings) {
        if (!runIsElsewhere())
            showFindings(findings);
    });
    connect(probe, &TenantProbe::probeFinished, this, [this](const ProbeResult &result) {
        if (!runIsElsewhere())
            addProbeResult(result);
    });
    connect(probe, &TenantProbe::finished, this, &TenantPane::onProbesFinished);
    setBusy(true, tr("Starting…"));
    emit reportAvailableChanged(false);
    probe->start();
}

std::pair<QString, int> TenantPane::probeVerdict(const TenantProbeReport &report, bool cancelled) const
{
    int probeErrors = 0, probeWarnings = 0;
    for (const ProbeResult &r : report.probes) {
        if (r.status == CheckStatus::Fail)
            ++(r.level == FindingLevel::Error ? probeErrors : probeWarnings);
    }
    const int lintErrors = int(std::count_if(report.lint.begin(), report.lint.end(), [](const Finding &f) { return f.level == FindingLevel::Error; }));
    const bool signedIn = !report.baseline.steps.isEmpty() && report.baseline.callback && !report.baseline.callback->isError();
    if (cancelled)
        return {tr("Probes cancelled: the results so far are shown and can be exported."), MessageNeutral};
    if (!signedIn) {
        const QString why = firstFailure(report.baseline);
        return {tr("The sign-in with the test user failed, so the probes could not run — %1").arg(why.isEmpty() ? tr("no answer from the provider") : why),
                MessageProblem};
    }
    if (report.ok())
        return {tr("Everything passed: the sign-in, the lint and every probe (%1 results).").arg(report.probes.size()), MessageOk};
    QStringList parts;
    if (!report.baseline.ok())
        parts << tr("the sign-in failed — %1").arg(firstFailure(report.baseline));
    if (lintErrors)
        parts << tr("lint errors: %1").arg(lintErrors);
    if (probeErrors)
        parts << tr("failed probes: %1").arg(probeErrors);
    if (probeWarnings)
        parts << tr("failed at level warning: %1").arg(probeWarnings);
    return {tr("Problems found: %1. The tables say what and why.").arg(parts.join(QStringLiteral("; "))), MessageProblem};
}

void TenantPane::onProbesFinished(bool)
{
    if (!m_run)
        return;
    const TenantProbeReport report = m_run->probe->report();
    // Not from inside the probe's own signal: the run goes once the event loop is back.
    std::exchange(m_run, nullptr)->deleteLater();
    const auto [verdict, kind] = probeVerdict(report, m_cancelled);
    if (runIsElsewhere()) {
        // Another profile is selected now: the results go with the profile they are of, not on its screen.
        m_parked[m_runProfileId] = Parked{std::nullopt, report, false, verdict, kind};
        setBusy(false);
        clearMessage();
        emit notify(tr("The probes of “%1” finished: select that profile to see their results.").arg(report.profile.name));
        return;
    }
    m_probeReport = report;
    m_lintNewerThanProbes = false;
    showProbeReport(report); // also what came while another profile was selected
    setBusy(false);
    showMessage(verdict, kind);
}

void TenantPane::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    m_busyLabel->setText(tr("Cancelling…"));
    if (m_lintRunner->isRunning())
        m_lintRunner->cancel();
    if (m_run)
        m_run->probe->cancel();
}

// ---- report -------------------------------------------------------------------------------------------------------

QJsonObject TenantPane::report() const
{
    if (m_probeReport) {
        TenantProbeReport r = *m_probeReport;
        if (m_lint && m_lintNewerThanProbes) {
            r.lint = m_lint->findings;
            r.lintInput = m_lint->input;
        }
        return probeReport(r, ReportOptions{true});
    }
    if (m_lint) {
        QJsonObject r = lintReport(m_lint->issuer, m_lint->findings, m_lint->input);
        r.insert(QStringLiteral("profile"), m_lint->profile.name);
        r.insert(QStringLiteral("profileDetails"), profileForReport(m_lint->profile));
        r.insert(QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        r.insert(QStringLiteral("finishedAt"), m_lint->finishedAt.toString(Qt::ISODate));
        r.insert(QStringLiteral("tokenscopeVersion"), QStringLiteral(TOKENSCOPE_VERSION));
        return r;
    }
    return {};
}

bool TenantPane::writeReport(const QString &path, QString *error)
{
    if (!hasReport()) {
        if (error)
            *error = tr("Nothing to export yet: lint the configuration or run the probes first.");
        return false;
    }
    return exportReportFile(path, report(), error);
}

void TenantPane::exportReport()
{
    if (m_busy)
        return;
    if (!hasReport()) {
        showMessage(tr("Nothing to export yet: lint the configuration or run the probes first."), MessageNeutral);
        return;
    }
    const QString name = m_probeReport ? m_probeReport->profile.name : m_lint->profile.name;
    chooseReportFile(this, tr("Export the tenant report"), name + QStringLiteral("-tenant-report"), [this](const QString &path) {
        QString error;
        if (writeReport(path, &error))
            emit notify(tr("Report written to %1").arg(path));
        else
            showMessage(tr("Could not export the report: %1").arg(error), MessageProblem);
    });
}

} // namespace tokenscope::ui
