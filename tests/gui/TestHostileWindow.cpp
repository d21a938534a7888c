// The real main window, off screen, against the hostile provider (tests/hostile): a provider that breaks one rule is
// shown as the failed step or check with its reason, a token endpoint that never answers can be cancelled, and the
// window stays usable afterwards (the next sign-in against the well-behaved scenario passes). A provider behind a private
// CA is refused until its certificate is chosen under "Trusted CAs". A hostile login page (issue 19) gets nothing in
// the window's embedded browser, its dialogs show as its own, and the sign-in still works.
#include "ui/app/App.h"
#include "ui/tokens/ChecksModel.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "HostileProvider.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "ui/tenant/TenantModels.h"
#include "ui/tenant/TenantPane.h"
#include "TestCertificate.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tokens/TokenPanel.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

class TestHostileWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void failureIsShown_data();
    void failureIsShown();
    void neverAnsweringTokenEndpointCanBeCancelled();
    void privateCaIsTrustedOnlyWhenChosen();
    void hostileLoginPageGetsNothing();

private:
    QJsonObject profile(const QString &scenario) const;
    void signIn(GuiHarness &h);
    std::unique_ptr<HostileProvider> m_provider;
};

void TestHostileWindow::initTestCase()
{
    m_provider = std::make_unique<HostileProvider>();
    QVERIFY2(m_provider->start(), qPrintable(m_provider->error()));
}

QJsonObject TestHostileWindow::profile(const QString &scenario) const
{
    QJsonObject p = m_provider->profile(scenario);
    p.insert(QStringLiteral("clientSecret"), LocalTenant::hybridSecret()); // kept in memory by the harness
    return p;
}

void TestHostileWindow::signIn(GuiHarness &h)
{
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
}

void TestHostileWindow::failureIsShown_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("failedStep");
    QTest::addColumn<QString>("failedCheck"); // on the authorization response's ID token; empty: none
    QTest::addColumn<QString>("reason");      // in the step's detail
    QTest::addColumn<QString>("adviceWord");  // in "What to do"
    QTest::newRow("kid-unknown") << "kid-unknown" << "callback" << "id_token.signature" << "id_token.signature" << "JWKS";
    QTest::newRow("alg-none") << "alg-none" << "callback" << "id_token.signature" << "unsigned" << "unsigned";
    QTest::newRow("hs256-rsa-public") << "hs256-rsa-public" << "callback" << "id_token.signature" << "id_token.signature" << "JWKS";
    QTest::newRow("iss-param-wrong") << "iss-param-wrong" << "callback" << "" << "RFC 9207" << "another issuer";
    QTest::newRow("token-500-html") << "token-500-html" << "token" << "" << "The upstream exploded" << "server error";
    QTest::newRow("token-50mb") << "token-50mb" << "token" << "" << "more than the 10.0 MB limit" << "larger";
    QTest::newRow("jwks-not-json") << "jwks-not-json" << "discovery" << "id_token.signature" << "not valid JSON" << "key set";
    QTest::newRow("discovery-issuer-mismatch") << "discovery-issuer-mismatch" << "discovery" << "" << "Discovery 4.3" << "issuer";
}

void TestHostileWindow::failureIsShown()
{
    QFETCH(QString, scenario);
    QFETCH(QString, failedStep);
    QFETCH(QString, failedCheck);
    QFETCH(QString, reason);
    QFETCH(QString, adviceWord);

    GuiHarness h;
    QVERIFY(h.openProfile(profile(scenario), scenario + QStringLiteral(".json")));
    QVERIFY(h.show());
    signIn(h);

    QVERIFY(!h.window->flowState().ok());
    auto *result = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY(result->isVisible());
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    QVERIFY(timeline);
    const int row = timeline->rowOf(failedStep);
    QVERIFY2(row >= 0, qPrintable(failedStep));
    QCOMPARE(timeline->step(row).status, CheckStatus::Fail);
    QVERIFY2(timeline->step(row).detail.contains(reason), qPrintable(timeline->step(row).detail));
    const QString advice = timeline->index(row, TimelineModel::AdviceColumn).data().toString();
    QVERIFY2(advice.contains(adviceWord, Qt::CaseInsensitive), qPrintable(advice));
    QVERIFY2(result->text().contains(QLatin1String("failed"), Qt::CaseInsensitive), qPrintable(result->text()));

    if (!failedCheck.isEmpty()) {
        auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
        QVERIFY(panel->selectToken(TokenOrigin::Authorization, TokenKind::IdToken));
        const int check = panel->checksModel()->rowOf(failedCheck);
        QVERIFY2(check >= 0, qPrintable(failedCheck));
        QCOMPARE(CheckStatus(panel->checksModel()->index(check, 0).data(ChecksModel::StatusRole).toInt()), CheckStatus::Fail);
        QVERIFY(!panel->checksModel()->index(check, ChecksModel::DetailColumn).data().toString().isEmpty());
    }

    // The window keeps working: the same window signs in against the well-behaved scenario.
    QVERIFY(h.openProfile(profile(QStringLiteral("good")), QStringLiteral("good.json")));
    signIn(h);
    QVERIFY2(h.window->flowState().ok(), qPrintable(result->text()));
}

void TestHostileWindow::neverAnsweringTokenEndpointCanBeCancelled()
{
    GuiHarness h;
    QVERIFY(h.openProfile(profile(QStringLiteral("token-never-answers")), QStringLiteral("hang.json")));
    QVERIFY(h.show());
    QSignalSpy steps(h.window->flow(), &OidcFlow::stepStarted);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    // Wait until the flow is at the token endpoint (the provider holds that request open), then cancel.
    LOOP_VERIFY_WITH_TIMEOUT(!steps.isEmpty() && steps.last().value(0).toString() == Steps::Token, 30000);
    auto *cancel = child<QPushButton>(h.window.get(), "cancelButton");
    QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 5000); // at once, not after the request timeout
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    const int row = timeline->rowOf(Steps::Token);
    QVERIFY(row >= 0);
    QCOMPARE(timeline->step(row).status, CheckStatus::Fail);
    QVERIFY2(timeline->step(row).detail.contains(QLatin1String("cancelled")), qPrintable(timeline->step(row).detail));

    QVERIFY(h.openProfile(profile(QStringLiteral("good")), QStringLiteral("good.json")));
    signIn(h);
    QVERIFY(h.window->flowState().ok());
}

void TestHostileWindow::privateCaIsTrustedOnlyWhenChosen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(makeTestCertificate(dir.path(), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1")));
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    HostileProvider tls({QStringLiteral("--tls-cert"), ca, QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("ca.key"))});
    QVERIFY2(tls.start(), qPrintable(tls.error()));
    QJsonObject p = tls.profile(QStringLiteral("good"));
    QVERIFY(p.value(QStringLiteral("issuer")).toString().startsWith(QLatin1String("https://127.0.0.1:")));
    p.insert(QStringLiteral("clientSecret"), LocalTenant::hybridSecret());

    GuiHarness h;
    QVERIFY(h.openProfile(p, QStringLiteral("private-ca.json")));
    QVERIFY(h.show());
    signIn(h);
    // Refused, with the TLS reason, and the advice names the remedy; nothing after discovery ran.
    QVERIFY(!h.window->flowState().ok());
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    const int discovery = timeline->rowOf(Steps::Discovery);
    QVERIFY(discovery >= 0);
    QCOMPARE(timeline->step(discovery).status, CheckStatus::Fail);
    QCOMPARE(timeline->step(discovery).reason, QStringLiteral("http.tls"));
    QVERIFY2(timeline->step(discovery).detail.contains(QLatin1String("TLS error")), qPrintable(timeline->step(discovery).detail));
    QVERIFY(timeline->index(discovery, TimelineModel::AdviceColumn).data().toString().contains(QLatin1String("trusted CAs")));
    QVERIFY(!h.window->flowState().callback.has_value());

    // The Tenant tab's lint is refused the same way.
    child<QTabWidget>(h.window.get(), "mainTabs")->setCurrentWidget(child<QWidget>(h.window.get(), "tenantPane"));
    auto *tenant = child<TenantPane>(h.window.get(), "tenantPane");
    auto lintDiscoveryLevel = [&] {
        QTest::mouseClick(child<QPushButton>(tenant, "lintButton"), Qt::LeftButton);
        [&] { LOOP_VERIFY_WITH_TIMEOUT(!tenant->isBusy(), 30000); }();
        const int row = tenant->findingsModel()->rowOf(QStringLiteral("lint.discovery.document"));
        return row < 0 ? -1 : tenant->findingsModel()->index(row, 0).data(LevelRole).toInt();
    };
    QCOMPARE(lintDiscoveryLevel(), int(FindingLevel::Error));

    // The user chooses the CA in the profile editor: the Tenant tab's requests trust it (before any sign-in with it),
    // then Tokenscope's sign-in requests and the embedded login page.
    auto *field = child<QLineEdit>(h.window.get(), "profileCaCertificates");
    QVERIFY(field->text().isEmpty());
    field->setFocus();
    QTest::keyClicks(field, ca);
    QCOMPARE(lintDiscoveryLevel(), int(FindingLevel::Info));
    signIn(h);
    QVERIFY2(h.window->flowState().ok(), qPrintable(child<QLabel>(h.window.get(), "flowResult")->text()));
    QVERIFY(h.window->flowState().callback.has_value()); // the login page over https was shown and left for the callback

    // Saved with the profile, like every other field.
    QFile saved(h.dir.filePath(QStringLiteral("private-ca.json")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("\"caCertificates\""));

    // The Tenant tab's CAs are its own: with the field cleared its lint is refused again, and the signed-in session,
    // which keeps the CA it signed in with, still refreshes over https.
    field->clear();
    QCOMPARE(lintDiscoveryLevel(), int(FindingLevel::Error));
    auto *refresh = h.window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh && refresh->isEnabled());
    QSignalSpy refreshed(h.window->flow(), &OidcFlow::actionFinished);
    refresh->trigger();
    LOOP_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
    const int refreshRow = timeline->rowOf(Steps::Refresh);
    QVERIFY(refreshRow >= 0);
    QVERIFY2(refreshed.first().value(1).toBool(), qPrintable(timeline->step(refreshRow).detail));

    // A file that is not a certificate is refused before anything is sent, with the file's name.
    field->clear();
    QTest::keyClicks(field, dir.filePath(QStringLiteral("ca.key")) + QStringLiteral("x"));
    QSignalSpy started(h.window->flow(), &OidcFlow::stepStarted);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(!h.window->isBusy());
    QCOMPARE(started.size(), 0);
    const QString result = child<QLabel>(h.window.get(), "flowResult")->text();
    QVERIFY2(result.contains(QLatin1String("ca.keyx")), qPrintable(result));
}

// Issue 19, in the window: the hostile page of tests/hostile ("hostile-page") in the embedded browser. Its JavaScript
// dialogs are shown as the page's (window-modal to the view, titled with the page's origin, the page's text as plain
// text); everything else it tries is refused and reaches the window's flow, the authorize step shown in the timeline;
// and the sign-in completes when the test follows the page's window.open link.
void TestHostileWindow::hostileLoginPageGetsNothing()
{
    GuiHarness h;
    QVERIFY(h.openProfile(profile(QStringLiteral("hostile-page")), QStringLiteral("hostile-page.json")));
    QVERIFY(h.show());
    const QString origin = QUrl(m_provider->baseUrl()).adjusted(QUrl::RemovePath).toString();

    // The dialogs run nested event loops: a timer answers them as a person would (OK to the alert and the confirm,
    // Cancel to the prompt), noting what each showed.
    struct Seen
    {
        QString title, text, from;
    };
    QList<Seen> dialogs;
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&dialogs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String("pageDialog") || !modal->isVisible())
            return;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            dialogs.append({box->windowTitle(), box->text(), box->informativeText()});
            box->button(QMessageBox::Ok)->click();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            dialogs.append({input->windowTitle(), input->labelText(), input->textValue()});
            input->reject();
        }
    });
    answerer.start();

    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    auto *view = h.window->findChild<QWebEngineView *>(QStringLiteral("webView"));
    LOOP_VERIFY_WITH_TIMEOUT((view = h.window->findChild<QWebEngineView *>(QStringLiteral("webView"))) != nullptr, 30000);
    QWebEnginePage *page = view->page();
    LOOP_VERIFY_WITH_TIMEOUT(page->title() == QLatin1String("hostile page: tried everything") || !h.window->isBusy(), 60000);
    auto failed = [&h] {
        QStringList out;
        for (const StepResult &step : h.window->flowState().steps) {
            if (step.status == CheckStatus::Fail)
                out << step.name + QStringLiteral(": ") + step.detail;
        }
        return out.join(QLatin1Char('\n'));
    };
    QVERIFY2(h.window->isBusy(), qPrintable(failed())); // nothing ended the sign-in

    // The three dialogs, each the page's, titled with its origin; the page got what the person answered.
    QCOMPARE(dialogs.size(), 3);
    for (const Seen &d : dialogs) {
        QCOMPARE(d.title, QStringLiteral("The page at %1 says").arg(origin));
    }
    QCOMPARE(dialogs.at(0).text, QStringLiteral("The hostile page says hello"));
    QCOMPARE(dialogs.at(0).from, QStringLiteral("This comes from the provider's page at %1, not from Tokenscope.").arg(origin));
    QCOMPARE(dialogs.at(1).text, QStringLiteral("Allow the hostile page everything?"));
    QVERIFY(dialogs.at(2).text.startsWith(QLatin1String("Your password, please")));
    QCOMPARE(dialogs.at(2).from, QStringLiteral("hunter2")); // the page's default, offered and not sent (Cancel)

    // Everything else refused, and the window's flow heard of it.
    const QStringList expected = {
        origin + QStringLiteral(" asked for the camera: denied"),
        origin + QStringLiteral(" asked for the microphone: denied"),
        origin + QStringLiteral(" asked for your location: denied"), // a shown page asks (a hidden headless one does not)
        origin + QStringLiteral(" asked for permission to show notifications: denied"),
        QStringLiteral("the page tried to read the clipboard: refused"),
        QStringLiteral("the page tried to load file:///etc/hosts: refused"),
        QStringLiteral("the page tried to load file:///etc/hostname: refused"),
        QStringLiteral("the page tried to open qrc:/tokenscope/browser/filler.js: refused"),
        QStringLiteral("the page started a download of %1hostile-page/download: cancelled").arg(m_provider->baseUrl()),
        QStringLiteral("a frame inside the page tried to load the callback URL https://app.example/callback: refused and not used"),
        QStringLiteral("the page tried to load file:///etc/passwd: refused"),
        QStringLiteral("the page tried to open a data: URL as the whole page: refused"),
    };
    auto refusedSoFar = [&h](const QString &line) {
        const QStringList &r = h.window->flowState().browserRefusals;
        return std::any_of(r.begin(), r.end(), [&line](const QString &x) { return x.contains(line); });
    };
    for (const QString &line : expected)
        LOOP_VERIFY_WITH_TIMEOUT(refusedSoFar(line), 10000);
    QVERIFY(!refusedSoFar(QStringLiteral("JavaScript alert"))); // shown, not refused

    // On through window.open: kept in this view, and the sign-in completes.
    page->runJavaScript(QStringLiteral("document.getElementById('continue-open').click()"));
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    answerer.stop();
    QVERIFY2(h.window->flowState().ok(), qPrintable(failed()));
    QVERIFY(refusedSoFar(QStringLiteral("the page asked for a new tab (a link with target=_blank, or window.open): refused; what it opens loads in this view")));
    auto *timeline = qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
    const int row = timeline->rowOf(Steps::Authorize);
    QVERIFY(row >= 0);
    QCOMPARE(timeline->step(row).status, CheckStatus::Pass);
    for (const QString &line : expected)
        QVERIFY2(timeline->step(row).detail.contains(line), qPrintable(line + QStringLiteral("\nnot in: ") + timeline->step(row).detail));
}

int main(int argc, char **argv)
{
    // A camera and a microphone for the hostile page to ask for (off screen there are none); never
    // --use-fake-ui-for-media-stream, which grants.
    return runGuiTest<TestHostileWindow>(argc, argv, {QStringLiteral("com.tokenscope.demo")}, "--use-fake-device-for-media-stream");
}

#include "TestHostileWindow.moc"
