// The real main window, off screen, against the hostile provider (tests/hostile): a provider that breaks one rule is
// shown as the failed step or check with its reason, a token endpoint that never answers can be cancelled, and the
// window stays usable afterwards (the next sign-in against the well-behaved scenario passes). A provider behind a private
// CA is refused until its certificate is chosen under "Trusted CAs".
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

int main(int argc, char **argv)
{
    return runGuiTest<TestHostileWindow>(argc, argv);
}

#include "TestHostileWindow.moc"
