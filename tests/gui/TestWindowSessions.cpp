// Issue 18, "the window tells the truth": the real main window, off screen, against the local tenant (tests/idp).
// Each session belongs to its profile (no token goes to another profile's API), the API console says what it does
// and does not carry a draft from one profile to another, a first start cannot dead-end, words agree with the facts,
// and the evidence of an ended session stays viewable.
#include "ui/app/App.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tenant/TenantPane.h"
#include "ui/tokens/TokenPanel.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

// An "API" on 127.0.0.1 (free port) that records every request it receives and answers 200 with "{}".
class RecordingApi : public QObject
{
public:
    RecordingApi()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    requests.append(m_buffer.take(socket));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/api/me").arg(m_server.serverPort()); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

TimelineModel *timelineOf(GuiHarness &h)
{
    return qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
}

int tokenCount(GuiHarness &h)
{
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    return panel ? child<QComboBox>(panel, "tokenSelector")->count() : 0;
}

} // namespace

class TestWindowSessions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sessionBelongsToItsProfile();
    void apiConsoleSaysWhatItDoes();
    void firstStartCannotDeadEnd();
    void wordsAgreeWithTheFacts();
    void evidenceIsKeptAndACancelIsNeutral();
    void tenantResultsBelongToTheirProfile();
    void smallWindowAndKeyboard();
    void mnemonicsAreUniquePerTab_data();
    void mnemonicsAreUniquePerTab();

private:
    bool signIn(GuiHarness &h);
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestWindowSessions::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

bool TestWindowSessions::signIn(GuiHarness &h)
{
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    if (!h.window->isBusy())
        return false;
    if (!tokenscope::test::waitUntil([&] { return !h.window->isBusy(); }, 90000))
        return false;
    return h.window->flowState().ok();
}

// Defect 3: after signing in with A and selecting B, the window shows B's session (none), the banner names whose
// session it is, and "Call API" does not send A's access token to B's API.
void TestWindowSessions::sessionBelongsToItsProfile()
{
    RecordingApi apiOfB;
    GuiHarness h;
    QJsonObject a = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
    a.insert(QStringLiteral("name"), QStringLiteral("Profile A"));
    QJsonObject b = m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"));
    b.insert(QStringLiteral("name"), QStringLiteral("Profile B"));
    b.insert(QStringLiteral("apiUrl"), apiOfB.url());
    QVERIFY(h.openProfile(b, QStringLiteral("b.json")));
    QVERIFY(h.openProfile(a, QStringLiteral("a.json")));
    QVERIFY(h.show());
    QVERIFY(signIn(h));
    auto *banner = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY2(banner->isVisible() && banner->text().contains(QLatin1String("Profile A")), qPrintable(banner->text()));
    QVERIFY(tokenCount(h) > 0);
    QVERIFY(timelineOf(h)->rowCount() > 0);

    QVERIFY(selectProfileByName(h, QStringLiteral("Profile B")));
    // B has no session: no tokens, no timeline, and the banner does not claim A's session for B.
    QCOMPARE(tokenCount(h), 0);
    QCOMPARE(timelineOf(h)->rowCount(), 0);
    QVERIFY2(!banner->isVisible() || !banner->text().startsWith(QLatin1String("Signed in")), qPrintable(banner->text()));
    QVERIFY2(!banner->isVisible() || banner->text().contains(QLatin1String("Profile B")), qPrintable(banner->text()));
    QVERIFY(!windowAction(h, "refreshAction")->isEnabled());
    QVERIFY(!windowAction(h, "logoutAction")->isEnabled());

    // Call API (the console shows B's URL): refused, nothing reaches B's API.
    showTab(h, "apiConsole");
    QCOMPARE(child<QLineEdit>(h.window.get(), "apiUrl")->text(), apiOfB.url());
    h.window->callApi();
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    LOOP_VERIFY(!h.window->isBusy());
    QVERIFY(!tokenscope::test::waitUntil([&] { return !apiOfB.requests.isEmpty(); }, 500));
    QCOMPARE(apiOfB.requests.size(), 0);
    auto *status = child<QLabel>(h.window.get(), "apiStatus");
    QVERIFY2(status->text().contains(QLatin1String("Profile B")), qPrintable(status->text()));

    // Back to A: its own session again.
    QVERIFY(selectProfileByName(h, QStringLiteral("Profile A")));
    QVERIFY(tokenCount(h) > 0);
    QVERIFY(timelineOf(h)->rowCount() > 0);
    QVERIFY2(banner->isVisible() && banner->text().contains(QLatin1String("Profile A")), qPrintable(banner->text()));
    QVERIFY(windowAction(h, "callApiAction")->isEnabled());
}

// Defect 5: no eternal "Sending…", invalid JSON is not sent as application/json, drafts stay with their profile, the
// token to send can be chosen, a runnable curl (token redacted unless asked) and a history of requests.
void TestWindowSessions::apiConsoleSaysWhatItDoes()
{
    RecordingApi api;
    GuiHarness h;
    QJsonObject a = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token"));
    a.insert(QStringLiteral("name"), QStringLiteral("No API"));
    a.remove(QStringLiteral("apiUrl"));
    QJsonObject b = m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"));
    b.insert(QStringLiteral("name"), QStringLiteral("Other"));
    QVERIFY(h.openProfile(b, QStringLiteral("other.json")));
    QVERIFY(h.openProfile(a, QStringLiteral("noapi.json")));
    QVERIFY(h.show());
    showTab(h, "apiConsole");
    auto *status = child<QLabel>(h.window.get(), "apiStatus");
    QVERIFY(signIn(h));
    QVERIFY2(!status->text().contains(QLatin1String("Sending")), qPrintable(status->text()));

    showTab(h, "apiConsole");
    auto *url = child<QLineEdit>(h.window.get(), "apiUrl");
    auto *method = child<QComboBox>(h.window.get(), "apiMethod");
    auto *body = child<QPlainTextEdit>(h.window.get(), "apiBody");
    url->setText(api.url());
    method->setCurrentText(QStringLiteral("POST"));
    body->setPlainText(QStringLiteral("{\"name\": "));
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    LOOP_VERIFY(!h.window->isBusy());
    QVERIFY2(status->text().contains(QLatin1String("not valid JSON")), qPrintable(status->text()));
    QCOMPARE(api.requests.size(), 0);

    // Drafts belong to their profile.
    QVERIFY(selectProfileByName(h, QStringLiteral("Other")));
    QCOMPARE(method->currentText(), QStringLiteral("GET"));
    QVERIFY(body->toPlainText().isEmpty());
    QVERIFY(selectProfileByName(h, QStringLiteral("No API")));
    QCOMPARE(method->currentText(), QStringLiteral("POST"));
    QCOMPARE(body->toPlainText(), QStringLiteral("{\"name\": "));
    QCOMPARE(url->text(), api.url());

    // Valid JSON goes out as JSON with the access token.
    body->setPlainText(QStringLiteral("{\"name\": \"x\"}"));
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    LOOP_VERIFY(!h.window->isBusy() && api.requests.size() == 1);
    const FlowState &state = h.window->flowState();
    QVERIFY(api.requests.at(0).startsWith("POST /api/me"));
    QVERIFY(api.requests.at(0).contains("Bearer " + state.currentAccessToken().toUtf8()));
    QVERIFY(api.requests.at(0).toLower().contains("content-type: application/json"));
    LOOP_VERIFY(status->text().startsWith(QLatin1String("HTTP 200")));

    // The ID token instead.
    auto *which = child<QComboBox>(h.window.get(), "apiTokenChoice");
    QVERIFY(which);
    which->setCurrentIndex(which->findData(QStringLiteral("id_token")));
    method->setCurrentText(QStringLiteral("GET"));
    body->clear();
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    LOOP_VERIFY(!h.window->isBusy() && api.requests.size() == 2);
    QVERIFY(api.requests.at(1).contains("Bearer " + state.latestIdToken().toUtf8()));

    // A runnable curl: the token redacted unless asked.
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiCopyCurlButton"), Qt::LeftButton);
    QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(QLatin1String("curl ")) && curl.contains(api.url()), qPrintable(curl));
    QVERIFY2(curl.contains(QLatin1String("Authorization: Bearer <redacted>")), qPrintable(curl));
    QVERIFY(!curl.contains(state.latestIdToken()));
    auto *withToken = child<QCheckBox>(h.window.get(), "apiCurlWithToken");
    QTest::mouseClick(withToken, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiCopyCurlButton"), Qt::LeftButton);
    curl = QApplication::clipboard()->text();
    QVERIFY(curl.contains(QLatin1String("Authorization: Bearer ") + state.latestIdToken()));

    // History: both requests that were sent (not the refused one), newest first; choosing one restores it.
    auto *history = child<QComboBox>(h.window.get(), "apiHistory");
    QVERIFY(history);
    QCOMPARE(history->count(), 2);
    QVERIFY2(history->itemText(0).startsWith(QLatin1String("GET ")), qPrintable(history->itemText(0)));
    QVERIFY2(history->itemText(1).startsWith(QLatin1String("POST ")) && history->itemText(1).contains(QLatin1String("200")),
             qPrintable(history->itemText(1)));
    history->setCurrentIndex(1);
    QCOMPARE(method->currentText(), QStringLiteral("POST"));
    QCOMPARE(body->toPlainText(), QStringLiteral("{\"name\": \"x\"}"));
}

// Defect 1: a first start (no profile) welcomes, and neither Save profile nor Sign in does nothing silently; what was
// typed is kept.
void TestWindowSessions::firstStartCannotDeadEnd()
{
    {
        GuiHarness h;
        QVERIFY(h.show());
        auto *list = child<QListWidget>(h.window.get(), "profileList");
        QCOMPARE(list->count(), 0);
        auto *welcome = child<QWidget>(h.window.get(), "welcomePane");
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());
        for (const char *name : {"welcomeNewProfile", "welcomeAuth0", "welcomeImport"})
            QVERIFY2(child<QPushButton>(h.window.get(), name) && child<QPushButton>(h.window.get(), name)->isVisible(), name);

        // Sign in with an empty form: says why, starts nothing.
        auto *signInButton = child<QPushButton>(h.window.get(), "signInButton");
        QTest::mouseClick(signInButton, Qt::LeftButton);
        QVERIFY(!h.window->isBusy());
        auto *banner = child<QLabel>(h.window.get(), "flowResult");
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("no profile")), qPrintable(banner->text()));

        // Typed, then saved: the first profile, with what was typed.
        auto *name = child<QLineEdit>(h.window.get(), "profileName");
        auto *issuer = child<QLineEdit>(h.window.get(), "profileIssuer");
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Typed by hand"));
        QTest::keyClicks(issuer, m_tenant->issuer());
        QTest::mouseClick(child<QPushButton>(h.window.get(), "saveProfileButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Typed by hand"));
        QCOMPARE(name->text(), QStringLiteral("Typed by hand"));
        QCOMPARE(issuer->text(), m_tenant->issuer());
        QVERIFY(!h.window->currentProfileId().isEmpty());
        QVERIFY(!welcome->isVisible());

        // Sign in without a client id: refused with the reason, the form as typed.
        QTest::mouseClick(signInButton, Qt::LeftButton);
        QVERIFY(!h.window->isBusy());
        QVERIFY2(banner->isVisible() && banner->text().contains(QLatin1String("Client ID is missing")), qPrintable(banner->text()));
        QCOMPARE(name->text(), QStringLiteral("Typed by hand"));
    }
    {
        // Typed on a first start and signed in straight away: kept as the first profile, then used.
        GuiHarness h;
        QVERIFY(h.show());
        QTest::keyClicks(child<QLineEdit>(h.window.get(), "profileIssuer"), m_tenant->issuer());
        QTest::keyClicks(child<QLineEdit>(h.window.get(), "profileClientId"), QStringLiteral("spa-pkce"));
        QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(h.window.get(), "profileList")->count(), 1);
        QCOMPARE(child<QLineEdit>(h.window.get(), "profileClientId")->text(), QStringLiteral("spa-pkce"));
        if (h.window->isBusy())
            h.window->cancel();
        LOOP_VERIFY(!h.window->isBusy());
    }
    {
        // The Auth0 preset from the welcome page.
        GuiHarness h;
        QVERIFY(h.show());
        QTest::mouseClick(child<QPushButton>(h.window.get(), "welcomeAuth0"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(h.window.get(), "profileList")->count(), 1);
        QCOMPARE(child<QComboBox>(h.window.get(), "profilePreset")->currentIndex(), 1);
    }
}

// Defect 10: Sign in cannot be pressed twice; the banner's counts are the checks' and "all passed" is not said while
// checks were skipped; a sign-in report does not claim probes that never ran.
void TestWindowSessions::wordsAgreeWithTheFacts()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("words.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    auto *button = child<QPushButton>(h.window.get(), "signInButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    QVERIFY(!button->isEnabled());
    QVERIFY(!windowAction(h, "signInAction")->isEnabled());
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 90000);
    QVERIFY(button->isEnabled());
    const FlowState &state = h.window->flowState();
    QVERIFY(state.ok());
    int passed = 0, skipped = 0;
    for (const Check &c : state.checks) {
        passed += c.status == CheckStatus::Pass;
        skipped += c.status == CheckStatus::Skip;
    }
    QVERIFY2(skipped > 0, "the hybrid sign-in skips some checks (no azp, no nbf)");
    const QString text = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(!text.contains(QLatin1String("all ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 checks passed, %2 skipped").arg(passed).arg(skipped)), qPrintable(text));

    const QString html = h.dir.filePath(QStringLiteral("report.html"));
    QString error;
    QVERIFY2(h.window->writeSignInReport(html, &error), qPrintable(error));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY(report.contains(QLatin1String("id=\"verdict\"")));
    QVERIFY2(!report.contains(QLatin1String("probe passed")), "a sign-in report has no probes");
}

// Defects 6 and 2: log out keeps the tokens (marked as ended) and puts the result where the provider's page was; a
// cancelled sign-in is neutral and the previous session's tokens, and every exchange of the HTTP log, stay viewable.
void TestWindowSessions::evidenceIsKeptAndACancelIsNeutral()
{
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    QVERIFY(h.openProfile(profile, QStringLiteral("evidence.json")));
    QVERIFY(h.show());
    QVERIFY(signIn(h));
    const QString idToken = h.window->flowState().latestIdToken();
    const int tokensSignedIn = tokenCount(h);
    QVERIFY(tokensSignedIn > 0);
    showTab(h, "httpLogPanel");
    auto *log = child<QTableView>(h.window.get(), "httpLogView")->model();
    const int exchanges = log->rowCount();
    QVERIFY(exchanges > 0);

    // Log out: the tokens stay, marked as ended; the browser's place shows the result, not the provider's page.
    windowAction(h, "logoutAction")->trigger();
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    auto *banner = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY2(banner->text().startsWith(QLatin1String("Signed out")), qPrintable(banner->text()));
    QCOMPARE(tokenCount(h), tokensSignedIn);
    auto *note = child<QLabel>(h.window.get(), "tokenSessionNote");
    QVERIFY(note);
    QVERIFY2(!note->isHidden() && note->text().contains(QLatin1String("ended")), qPrintable(note->text()));
    QVERIFY(!child<QWidget>(h.window.get(), "webView")->isVisible());
    auto *placeholder = child<QLabel>(h.window.get(), "browserPlaceholder");
    QVERIFY2(placeholder && placeholder->isVisible() && placeholder->text().startsWith(QLatin1String("Signed out")),
             qPrintable(placeholder ? placeholder->text() : QString()));
    QVERIFY(!windowAction(h, "logoutAction")->isEnabled());

    // A new sign-in, cancelled at the login page: neutral, the last session's tokens stay viewable.
    h.window->setLoginAutofill({}, {});
    QVERIFY(child<QPushButton>(h.window.get(), "signInButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    auto *address = child<QLineEdit>(h.window.get(), "addressBar");
    LOOP_VERIFY_WITH_TIMEOUT(address->text().contains(QLatin1String("/interaction/")), 30000);
    h.window->cancel();
    LOOP_VERIFY(!h.window->isBusy());
    QVERIFY2(banner->text().contains(QLatin1String("cancelled")) && !banner->text().contains(QLatin1String("failed")),
             qPrintable(banner->text()));
    QCOMPARE(banner->property("bannerKind").toInt(), 2); // neutral, not the red of a failure
    QCOMPARE(tokenCount(h), tokensSignedIn);
    QCOMPARE(child<TokenPanel>(h.window.get(), "tokenPanel")->currentToken().value.isEmpty(), false);
    QVERIFY2(note->text().contains(QLatin1String("previous session")) && note->text().contains(QLatin1String("signed out")),
             qPrintable(note->text()));
    QVERIFY(log->rowCount() > exchanges); // every exchange, of both runs
    bool found = false;
    auto *selector = child<QComboBox>(child<TokenPanel>(h.window.get(), "tokenPanel"), "tokenSelector");
    for (int i = 0; i < selector->count() && !found; ++i) {
        selector->setCurrentIndex(i);
        found = child<TokenPanel>(h.window.get(), "tokenPanel")->currentToken().value == idToken;
    }
    QVERIFY(found);
}

// Defect 4: the Tenant tab's results are those of the profile it names: another profile selected, they are cleared,
// and the tenant report cannot export the other profile's results.
void TestWindowSessions::tenantResultsBelongToTheirProfile()
{
    GuiHarness h;
    QJsonObject a = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    a.insert(QStringLiteral("name"), QStringLiteral("Tenant A"));
    QJsonObject b = m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code"));
    b.insert(QStringLiteral("name"), QStringLiteral("Tenant B"));
    QVERIFY(h.openProfile(b, QStringLiteral("tb.json")));
    QVERIFY(h.openProfile(a, QStringLiteral("ta.json")));
    QVERIFY(h.show());
    showTab(h, "tenantPane");
    auto *pane = child<TenantPane>(h.window.get(), "tenantPane");
    QVERIFY(pane);
    pane->runLint();
    LOOP_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 30000);
    auto *findings = child<QTableView>(pane, "findingsView")->model();
    QVERIFY(findings->rowCount() > 0);
    QVERIFY(pane->hasReport());
    QVERIFY(windowAction(h, "exportTenantReportAction")->isEnabled());

    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant B")));
    QVERIFY2(child<QLabel>(pane, "tenantScope")->text().contains(QLatin1String("Tenant B")), qPrintable(child<QLabel>(pane, "tenantScope")->text()));
    QCOMPARE(findings->rowCount(), 0);
    QVERIFY(!pane->hasReport());
    QVERIFY(!windowAction(h, "exportTenantReportAction")->isEnabled());
    QString error;
    QVERIFY(!pane->writeReport(h.dir.filePath(QStringLiteral("tenant.json")), &error));

    // Back to A: its results come back with it.
    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant A")));
    QVERIFY(findings->rowCount() > 0);
    QVERIFY(pane->hasReport());

    // B's lint runs, and A is selected while it does: the results stay with B, they are not shown under A's name.
    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant B")));
    QCOMPARE(findings->rowCount(), 0);
    pane->runLint();
    QVERIFY(pane->isBusy());
    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant A")));
    QVERIFY2(pane->message().contains(QLatin1String("Tenant B")), qPrintable(pane->message()));
    LOOP_VERIFY_WITH_TIMEOUT(!pane->isBusy(), 30000);
    QVERIFY2(child<QLabel>(pane, "tenantScope")->text().contains(QLatin1String("Tenant A")), qPrintable(child<QLabel>(pane, "tenantScope")->text()));
    QVERIFY(pane->report().value(QStringLiteral("profile")).toString() == QStringLiteral("Tenant A"));
    const int findingsOfA = findings->rowCount();
    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant B")));
    QVERIFY(findings->rowCount() > 0);
    QVERIFY(pane->hasReport());
    QCOMPARE(pane->report().value(QStringLiteral("profile")).toString(), QStringLiteral("Tenant B"));
    QVERIFY(windowAction(h, "exportTenantReportAction")->isEnabled());
    QVERIFY(selectProfileByName(h, QStringLiteral("Tenant A")));
    QCOMPARE(findings->rowCount(), findingsOfA);
}

// Defects 8 and 9 (in part): at 1024x700 the profile pane and the timeline fold away for room (Ctrl+1, Ctrl+2), and
// Ctrl+Tab / Ctrl+PgDown switch tabs wherever the focus is.
void TestWindowSessions::smallWindowAndKeyboard()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code")), QStringLiteral("small.json")));
    h.window->resize(1024, 700);
    QVERIFY(h.show());
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    child<QLineEdit>(h.window.get(), "profileName")->setFocus();
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);

    const QSize before = tabs->size();
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
    LOOP_VERIFY(tabs->width() > before.width() + 300);
    QTest::keyClick(h.window.get(), Qt::Key_2, Qt::ControlModifier);
    LOOP_VERIFY(tabs->height() > before.height() + 100);
    QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
    LOOP_VERIFY(child<QLineEdit>(h.window.get(), "profileName")->isVisible());
}

namespace {
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}
} // namespace

// Defect 9: with each tab shown, every Alt+letter reaches one control (menus, tabs, buttons, labelled fields), in
// English and in German (the translator installed as the app does, from :/i18n), with the advanced profile fields
// unfolded and a signed-in session's controls on screen.
void TestWindowSessions::mnemonicsAreUniquePerTab_data()
{
    addLanguageRows();
}

void TestWindowSessions::mnemonicsAreUniquePerTab()
{
    QFETCH(QString, language);
    const ScopedUiLanguage ui(language);
    QVERIFY(ui.ok());
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code")), QStringLiteral("keys.json")));
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("spa-pkce"), QStringLiteral("code")), QStringLiteral("keys2.json")));
    QVERIFY(h.show());
    QVERIFY(signIn(h));
    QVERIFY(signIn(h)); // two runs: the token panel's history row
    child<QToolButton>(h.window.get(), "profileAdvancedToggle")->setChecked(true);
    child<QToolButton>(h.window.get(), "authorizeParamsToggle")->setChecked(true);
    auto *tabs = child<QTabWidget>(h.window.get(), "mainTabs");
    QStringList clashes;
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QCoreApplication::processEvents();
        QMultiHash<QChar, QString> owners;
        for (QAction *menu : h.window->menuBar()->actions())
            owners.insert(mnemonicOf(menu->text()), QStringLiteral("menu ") + menu->text());
        for (int i = 0; i < tabs->count(); ++i)
            owners.insert(mnemonicOf(tabs->tabText(i)), QStringLiteral("tab ") + tabs->tabText(i));
        for (QAbstractButton *b : h.window->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && !qobject_cast<QTabBar *>(b->parentWidget()))
                owners.insert(mnemonicOf(b->text()), QStringLiteral("button ") + b->text());
        }
        for (QLabel *l : h.window->findChildren<QLabel *>()) {
            if (l->isVisible() && l->buddy())
                owners.insert(mnemonicOf(l->text()), QStringLiteral("label ") + l->text());
        }
        for (const QChar key : owners.uniqueKeys()) {
            if (!key.isNull() && owners.count(key) > 1)
                clashes << QStringLiteral("%1 on tab %2: %3").arg(key).arg(tabs->tabText(t), QStringList(owners.values(key)).join(QStringLiteral(", ")));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

int main(int argc, char **argv)
{
    return runGuiTest<TestWindowSessions>(argc, argv);
}

#include "TestWindowSessions.moc"
