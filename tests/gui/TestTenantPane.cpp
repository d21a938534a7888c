// End to end: the main window's Tenant tab, off screen, against the local tenant (tests/idp) in its default and
// no-rotation variants: the configuration lint, the behaviour probes shown live, cancel and failures, and the reports
// exported from the window (tenant and sign-in). Assertions read the tables' models, not pixels; waits are LOOP_* (EventLoopWait.h).
#include "ui/app/App.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "ui/tenant/TenantModels.h"
#include "ui/tenant/TenantPane.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

QString dump(const FindingsModel *m)
{
    QStringList lines;
    for (const Finding &f : m->findings())
        lines << QStringLiteral("%1 %2 %3: %4").arg(f.id, findingLevelName(f.level), checkStatusName(f.status), f.detail);
    return lines.join(QLatin1Char('\n'));
}

QString dump(const ProbeResultList &results)
{
    QStringList lines;
    for (const ProbeResult &r : results)
        lines << QStringLiteral("%1 %2 %3: %4").arg(r.id, checkStatusName(r.status), findingLevelName(r.level), r.detail);
    return lines.join(QLatin1Char('\n'));
}

const ProbeResult *result(const ProbeResultsModel *m, const char *id)
{
    const int row = m->rowOf(QLatin1String(id));
    return row < 0 ? nullptr : &m->results().at(row);
}

} // namespace

class TestTenantPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lintShowsTheDefaultTenantsFindings();
    void unreachableTenantIsAClearMessage();
    void probesRunLiveOnTheDefaultTenant();
    void exportFromTheWindow();
    void cancelThenNoRotationVariant();
    void signInReportFromTheWindow();
    void cleanupTestCase();

private:
    // A window on the hybrid profile of `tenant`, shown, with the Tenant tab open.
    std::unique_ptr<GuiHarness> openWindow(const LocalTenant &tenant, const QString &name);
    static TenantPane *pane(GuiHarness &h) { return child<TenantPane>(h.window.get(), "tenantPane"); }
    // The window builds the Tenant tab the first time it is shown; until then a placeholder page of the same name
    // holds its place.
    static void showTenantTab(GuiHarness &h)
    {
        child<QTabWidget>(h.window.get(), "mainTabs")->setCurrentWidget(child<QWidget>(h.window.get(), "tenantPane"));
    }
    static void typeCredentials(GuiHarness &h, const QString &username, const QString &password);
    static void chooseGroups(GuiHarness &h, bool matrix, bool sessions, bool refresh, bool api = false);
    LocalTenant *tenant(const QString &variant);

    LocalTenants m_tenants;
    std::unique_ptr<GuiHarness> m_probed; // the window that ran the probes on the default tenant, for the export test
    QTemporaryDir m_dir;
};

void TestTenantPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(tenant(QStringLiteral("default")), "the default tenant did not start");
}

void TestTenantPane::cleanupTestCase()
{
    m_probed.reset();
}

LocalTenant *TestTenantPane::tenant(const QString &variant)
{
    return m_tenants.get(variant);
}

std::unique_ptr<GuiHarness> TestTenantPane::openWindow(const LocalTenant &t, const QString &name)
{
    auto h = std::make_unique<GuiHarness>();
    QJsonObject profile = t.profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("name"), name);
    profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    if (!h->openProfile(profile, name + QStringLiteral(".json")))
        return nullptr;
    if (!h->show())
        return nullptr;
    showTenantTab(*h);
    return h;
}

void TestTenantPane::typeCredentials(GuiHarness &h, const QString &username, const QString &password)
{
    auto *user = child<QLineEdit>(h.window.get(), "tenantUsername");
    auto *pass = child<QLineEdit>(h.window.get(), "tenantPassword");
    QVERIFY(user && pass);
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
    user->clear();
    pass->clear();
    QTest::keyClicks(user, username);
    QTest::keyClicks(pass, password);
}

void TestTenantPane::chooseGroups(GuiHarness &h, bool matrix, bool sessions, bool refresh, bool api)
{
    child<QCheckBox>(h.window.get(), "probeApiBox")->setChecked(api);
    child<QCheckBox>(h.window.get(), "probeMatrixBox")->setChecked(matrix);
    child<QCheckBox>(h.window.get(), "probeSessionsBox")->setChecked(sessions);
    child<QCheckBox>(h.window.get(), "probeRefreshBox")->setChecked(refresh);
}

void TestTenantPane::lintShowsTheDefaultTenantsFindings()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    auto h = openWindow(*t, QStringLiteral("Lint (GUI test)"));
    QVERIFY(h);
    TenantPane *p = pane(*h);
    QVERIFY(p);
    QVERIFY2(child<QLabel>(p, "tenantScope")->text().contains(t->issuer()), qPrintable(child<QLabel>(p, "tenantScope")->text()));
    QVERIFY(!p->hasReport());
    QVERIFY(!child<QAction>(h->window.get(), "exportTenantReportAction")->isEnabled());

    QSignalSpy busy(p, &TenantPane::busyChanged);
    QTest::mouseClick(child<QPushButton>(p, "lintButton"), Qt::LeftButton);
    QVERIFY(p->isBusy());
    QVERIFY(child<QPushButton>(p, "tenantCancelButton")->isVisible());
    QVERIFY(!child<QPushButton>(p, "lintButton")->isEnabled());
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    QCOMPARE(busy.size(), 2);

    // The well-configured tenant: no errors (http is fine on 127.0.0.1), RFC 9207 iss on, S256 only, RS256 signing.
    const FindingsModel *m = p->findingsModel();
    const QString all = dump(m);
    QVERIFY2(m->rowCount() >= 20, qPrintable(all));
    QCOMPARE(m->count(FindingLevel::Error), 0);
    auto level = [m](const char *id) {
        const int row = m->rowOf(QLatin1String(id));
        return row < 0 ? -1 : m->index(row, 0).data(LevelRole).toInt();
    };
    auto status = [m](const char *id) {
        const int row = m->rowOf(QLatin1String(id));
        return row < 0 ? -1 : m->index(row, 0).data(ResultStatusRole).toInt();
    };
    for (const char *id : {"lint.discovery.document", "lint.issuer.matches_url", "lint.jwks.reachable", "lint.signing.rs256", "lint.pkce.s256",
                           "lint.response_types.profile", "lint.grant_types.refresh_token"}) {
        QVERIFY2(m->rowOf(QLatin1String(id)) >= 0, id);
        QVERIFY2(status(id) == int(CheckStatus::Pass), qPrintable(QLatin1String(id) + QLatin1Char('\n') + all));
    }
    QCOMPARE(level("lint.https.endpoints"), int(FindingLevel::Info));
    QCOMPARE(level("lint.iss_parameter"), int(FindingLevel::Info));
    QCOMPARE(level("lint.pkce.plain"), int(FindingLevel::Info));
    QCOMPARE(level("lint.signing.hs_only"), int(FindingLevel::Info));
    QCOMPARE(level("lint.endpoints.introspection"), int(FindingLevel::Info));
    const int https = m->rowOf(QStringLiteral("lint.https.endpoints"));
    QVERIFY(m->index(https, FindingsModel::DetailColumn).data().toString().contains(QLatin1String("loopback")));
    QVERIFY(!m->index(https, FindingsModel::LevelColumn).data(Qt::DecorationRole).isNull());

    // The summary line and the verdict.
    const QString summary = child<QLabel>(p, "lintSummary")->text();
    QVERIFY2(summary.contains(QLatin1String("errors: 0")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("warnings: %1").arg(m->count(FindingLevel::Warning))), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("info: %1").arg(m->count(FindingLevel::Info))), qPrintable(summary));
    QVERIFY2(p->message().contains(QLatin1String("No errors")), qPrintable(p->message()));

    // Sortable: by id, the view's first row is the alphabetically first id.
    auto *view = child<QTableView>(p, "findingsView");
    QVERIFY(view->isSortingEnabled());
    view->sortByColumn(FindingsModel::IdColumn, Qt::AscendingOrder);
    QStringList ids;
    for (const Finding &f : m->findings())
        ids << f.id;
    ids.sort();
    QCOMPARE(view->model()->index(0, FindingsModel::IdColumn).data().toString(), ids.first());
    view->sortByColumn(FindingsModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, FindingsModel::IdColumn).data().toString(), ids.last());

    // A lint alone can be exported already (the `discover` report with the profile).
    QVERIFY(p->hasReport());
    QVERIFY(child<QAction>(h->window.get(), "exportTenantReportAction")->isEnabled());
    const QJsonObject report = p->report();
    QCOMPARE(report.value(QStringLiteral("findings")).toArray().size(), m->rowCount());
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("issuer")).toString(), t->issuer());
}

void TestTenantPane::unreachableTenantIsAClearMessage()
{
    // A port nobody listens on.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();

    GuiHarness h;
    QJsonObject profile = tenant(QStringLiteral("default"))->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("name"), QStringLiteral("Unreachable"));
    profile.insert(QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QVERIFY(h.openProfile(profile, QStringLiteral("unreachable.json")));
    QVERIFY(h.show());
    showTenantTab(h);
    TenantPane *p = pane(h);

    QTest::mouseClick(child<QPushButton>(p, "lintButton"), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    auto *message = child<QLabel>(p, "tenantMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("could not be read")), qPrintable(message->text()));
    const int row = p->findingsModel()->rowOf(QStringLiteral("lint.discovery.document"));
    QVERIFY(row >= 0);
    QCOMPARE(p->findingsModel()->index(row, 0).data(LevelRole).toInt(), int(FindingLevel::Error));

    // The probes fail the same way, say so, and leave the tab usable.
    typeCredentials(h, LocalTenant::username(), LocalTenant::password());
    chooseGroups(h, false, false, true);
    QTest::mouseClick(child<QPushButton>(p, "runProbesButton"), Qt::LeftButton);
    QVERIFY(p->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 60000);
    QVERIFY2(message->text().contains(QLatin1String("sign-in with the test user failed")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("Discovery")) || message->text().contains(QLatin1String("discovery")), qPrintable(message->text()));
    const ProbeResult *works = result(p->probeModel(), "probe.refresh.works");
    QVERIFY(works);
    QCOMPARE(works->status, CheckStatus::Skip);
    QVERIFY(child<QPushButton>(p, "lintButton")->isEnabled());
    QVERIFY(child<QPushButton>(p, "runProbesButton")->isEnabled());
    QVERIFY(!child<QPushButton>(p, "tenantCancelButton")->isVisible());

    // Without a username the probes do not start, and say why.
    child<QLineEdit>(p, "tenantUsername")->clear();
    QTest::mouseClick(child<QPushButton>(p, "runProbesButton"), Qt::LeftButton);
    QVERIFY(!p->isBusy());
    QVERIFY2(message->text().contains(QLatin1String("username")), qPrintable(message->text()));
}

void TestTenantPane::probesRunLiveOnTheDefaultTenant()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    m_probed = openWindow(*t, QStringLiteral("Probes (GUI test)"));
    QVERIFY(m_probed);
    GuiHarness &h = *m_probed;
    TenantPane *p = pane(h);
    typeCredentials(h, LocalTenant::username(), LocalTenant::password());
    chooseGroups(h, true, false, true, true);

    QSignalSpy matrixRows(p->matrixModel(), &QAbstractItemModel::rowsInserted);
    QTest::mouseClick(child<QPushButton>(p, "runProbesButton"), Qt::LeftButton);
    QVERIFY(p->isBusy());
    QVERIFY(child<QPushButton>(p, "tenantCancelButton")->isVisible());
    QVERIFY(child<QWidget>(p, "tenantBusyIndicator")->isVisible());
    QVERIFY(!child<QPushButton>(p, "tenantExportButton")->isEnabled());

    // Live: the refresh probes run first and are shown while the flow matrix is still running.
    LOOP_VERIFY_WITH_TIMEOUT(p->probeModel()->rowOf(QStringLiteral("probe.refresh.family_revoked")) >= 0, 60000);
    QVERIFY(p->isBusy());
    QVERIFY(p->findingsModel()->rowCount() > 0); // the probe run's own lint came first
    LOOP_VERIFY_WITH_TIMEOUT(p->matrixModel()->cellCount() > 0 && p->isBusy(), 60000);
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 120000);
    QVERIFY(matrixRows.size() >= 1);

    const ProbeResultsModel *probes = p->probeModel();
    const QString all = dump(probes->results());
    QVERIFY2(p->message().contains(QLatin1String("Everything passed")), qPrintable(p->message() + QLatin1Char('\n') + all));

    // Refresh on the default tenant: rotation on, the old token refused, the family revoked.
    const ProbeResult *rotation = result(probes, "probe.refresh.rotation");
    QVERIFY2(rotation, qPrintable(all));
    QCOMPARE(rotation->status, CheckStatus::Pass);
    QCOMPARE(rotation->data.value(QStringLiteral("rotated")).toBool(), true);
    for (const char *id : {"probe.refresh.works", "probe.refresh.claims", "probe.refresh.reuse_detected", "probe.refresh.family_revoked"}) {
        const ProbeResult *r = result(probes, id);
        QVERIFY2(r && r->status == CheckStatus::Pass, qPrintable(QLatin1String(id) + QLatin1Char('\n') + all));
    }
    const int reuseRow = probes->rowOf(QStringLiteral("probe.refresh.reuse_detected"));
    QCOMPARE(probes->index(reuseRow, ProbeResultsModel::ResultColumn).data(ResultStatusRole).toInt(), int(CheckStatus::Pass));
    QVERIFY(!probes->index(reuseRow, ProbeResultsModel::DetailColumn).data().toString().isEmpty());
    // Sessions were not chosen.
    QCOMPARE(probes->rowOf(QStringLiteral("probe.session.logout")), -1);

    // The API probes, in the same table: the tenant's careful API accepts the real token and refuses every forged one.
    for (const char *id : {"probe.api.valid", "probe.api.expired", "probe.api.wrong_aud", "probe.api.wrong_iss", "probe.api.alg_none",
                           "probe.api.hs256_with_public_key", "probe.api.unknown_kid", "probe.api.bad_signature", "probe.api.no_token"}) {
        const int row = probes->rowOf(QLatin1String(id));
        QVERIFY2(row >= 0, qPrintable(QLatin1String(id) + QLatin1Char('\n') + all));
        QCOMPARE(probes->index(row, ProbeResultsModel::ResultColumn).data(ResultStatusRole).toInt(), int(CheckStatus::Pass));
        QVERIFY(!probes->index(row, ProbeResultsModel::DetailColumn).data().toString().isEmpty());
    }
    QVERIFY2(result(probes, "probe.api.alg_none")->detail.contains(QLatin1String("refused (HTTP 401")), qPrintable(all));

    // The flow matrix: 6 response types x 3 modes; tokens in the query are refused, as they must be; the rest works.
    // Then the 5 grants the tenant advertises beyond the code flow, in the column "token endpoint".
    const FlowMatrixModel *matrix = p->matrixModel();
    QCOMPARE(matrix->rowCount(), 6 + 5);
    QCOMPARE(matrix->responseModes(), (QStringList{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post"),
                                                   QStringLiteral("token endpoint")}));
    QCOMPARE(matrix->cellCount(), 18 + 5);
    const QModelIndex clientCredentials = matrix->cellIndex(QStringLiteral("grant client_credentials"), QStringLiteral("token endpoint"));
    QCOMPARE(clientCredentials.data().toString(), QStringLiteral("not allowed")); // this web app has no such grant
    QVERIFY(clientCredentials.data(Qt::ToolTipRole).toString().contains(QLatin1String("unauthorized_client")));
    QCOMPARE(matrix->cellIndex(QStringLiteral("grant password"), QStringLiteral("token endpoint")).data().toString(), QStringLiteral("skipped"));
    QCOMPARE(matrix->cellIndex(QStringLiteral("code"), QStringLiteral("token endpoint")).data().toString(), QStringLiteral("—"));
    const QModelIndex own = matrix->cellIndex(QStringLiteral("code id_token"), QStringLiteral("form_post"));
    QVERIFY(own.isValid());
    QCOMPARE(own.data().toString(), QStringLiteral("worked"));
    QCOMPARE(own.data(ResultStatusRole).toInt(), int(CheckStatus::Pass));
    const QModelIndex refused = matrix->cellIndex(QStringLiteral("id_token"), QStringLiteral("query"));
    QCOMPARE(refused.data(FlowMatrixModel::OutcomeRole).toString(), QStringLiteral("failed"));
    QCOMPARE(refused.data(ResultStatusRole).toInt(), int(CheckStatus::Pass));
    QCOMPARE(refused.data().toString(), QStringLiteral("refused"));
    QCOMPARE(matrix->cell(QStringLiteral("id_token"), QStringLiteral("query"))->data.value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    QVERIFY2(refused.data(Qt::ToolTipRole).toString().contains(QLatin1String("invalid_request")), qPrintable(refused.data(Qt::ToolTipRole).toString()));
    QCOMPARE(matrix->cellIndex(QStringLiteral("code"), QStringLiteral("query")).data().toString(), QStringLiteral("worked"));
    QVERIFY(child<QLabel>(p, "matrixSummary")->text().contains(QLatin1String("failed: 0")));

    // Selecting a cell shows its full reason.
    auto *matrixView = child<QTableView>(p, "matrixView");
    matrixView->setCurrentIndex(refused);
    QVERIFY(child<QLabel>(p, "tenantDetail")->text().contains(QLatin1String("probe.matrix.id_token.query")));

    QVERIFY(p->hasReport());
    QVERIFY(child<QPushButton>(p, "tenantExportButton")->isEnabled());
    QVERIFY(child<QAction>(h.window.get(), "exportTenantReportAction")->isEnabled());
}

void TestTenantPane::exportFromTheWindow()
{
    QVERIFY2(m_probed, "needs the probe run of probesRunLiveOnTheDefaultTenant");
    TenantPane *p = pane(*m_probed);
    const TenantProbeReport *probed = p->lastProbeReport();
    QVERIFY(probed);

    // JSON through the testable path.
    const QString jsonPath = m_dir.filePath(QStringLiteral("tenant.json"));
    QString error;
    QVERIFY2(p->writeReport(jsonPath, &error), qPrintable(error));
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray json = jsonFile.readAll();
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(json, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("profile")).toString(), QStringLiteral("Probes (GUI test)"));
    for (const char *key : {"steps", "checks", "tokens", "profileDetails", "lint", "probes", "startedAt", "finishedAt", "exchanges"})
        QVERIFY2(report.contains(QLatin1String(key)), key);
    QStringList lintIds, probeIds;
    for (const QJsonValue &v : report.value(QStringLiteral("lint")).toArray())
        lintIds << v.toObject().value(QStringLiteral("id")).toString();
    for (const QJsonValue &v : report.value(QStringLiteral("probes")).toArray())
        probeIds << v.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(lintIds.size(), p->findingsModel()->rowCount());
    QVERIFY(lintIds.contains(QStringLiteral("lint.iss_parameter")));
    // The profile's API followed as a protected resource (RFC 9728), and the tenant's RFC 8414 metadata.
    for (const char *id : {"lint.oauth_metadata.issuer", "lint.resource.challenge", "lint.resource.resource", "lint.resource.issuer_listed"})
        QVERIFY2(lintIds.contains(QLatin1String(id)), id);
    QCOMPARE(probeIds.size(), p->probeModel()->rowCount() + p->matrixModel()->cellCount());
    QVERIFY(probeIds.contains(QStringLiteral("probe.refresh.rotation")));
    QVERIFY(probeIds.contains(QStringLiteral("probe.matrix.code_id_token.form_post")));
    QCOMPARE(report.value(QStringLiteral("profileDetails")).toObject().value(QStringLiteral("clientSecret")).toString(), QStringLiteral("<redacted>"));
    // No secret, no password, no refresh token.
    auto noSecrets = [probed](const QByteArray &text) {
        if (text.contains(LocalTenant::hybridSecret().toUtf8()) || text.contains(LocalTenant::password().toUtf8()))
            return false;
        for (const ProbeAttempt &a : probed->attempts) {
            for (const QString &rt : {a.state.token.refreshToken, a.state.refresh.refreshToken}) {
                if (!rt.isEmpty() && text.contains(rt.toUtf8()))
                    return false;
            }
        }
        return true;
    };
    QVERIFY(!probed->baseline.token.refreshToken.isEmpty()); // so the check above means something
    QVERIFY(noSecrets(json));

    // HTML through the window's dialog: the tab's button, a file name ending in .html.
    const QString htmlPath = m_dir.filePath(QStringLiteral("tenant.html"));
    QTest::mouseClick(child<QPushButton>(p, "tenantExportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    LOOP_VERIFY((dialog = p->findChild<QFileDialog *>(QStringLiteral("exportReportDialog"))) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(htmlPath);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    LOOP_VERIFY(QFile::exists(htmlPath));
    QFile htmlFile(htmlPath);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray html = htmlFile.readAll();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    for (const char *needle : {"Configuration lint", "lint.iss_parameter", "lint.pkce.s256", "Flow matrix", "probe.refresh.rotation", "HTTP exchanges",
                               "<table class=\"api\">", "probe.api.hs256_with_public_key"})
        QVERIFY2(html.contains(needle), needle);
    QVERIFY(noSecrets(html));

    // Anything but .json or .html is refused with a reason, and nothing is written.
    const QString txtPath = m_dir.filePath(QStringLiteral("tenant.txt"));
    QVERIFY(!p->writeReport(txtPath, &error));
    QVERIFY2(error.contains(QLatin1String(".html")), qPrintable(error));
    QVERIFY(!QFile::exists(txtPath));
}

void TestTenantPane::cancelThenNoRotationVariant()
{
    LocalTenant *t = tenant(QStringLiteral("no-rotation"));
    QVERIFY(t);
    auto h = openWindow(*t, QStringLiteral("No rotation (GUI test)"));
    QVERIFY(h);
    TenantPane *p = pane(*h);
    typeCredentials(*h, LocalTenant::username(), LocalTenant::password());

    // Cancel while the probes run: the tab says so and stays usable.
    chooseGroups(*h, true, true, true);
    QTest::mouseClick(child<QPushButton>(p, "runProbesButton"), Qt::LeftButton);
    QVERIFY(p->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(p->findingsModel()->rowCount() > 0, 30000); // the lint is done, the sign-in is next
    QTest::mouseClick(child<QPushButton>(p, "tenantCancelButton"), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 30000);
    QVERIFY2(p->message().contains(QLatin1String("cancelled")), qPrintable(p->message()));
    QVERIFY(p->matrixModel()->cellCount() < 18);

    // Then the refresh probes alone tell the truth about this variant: rotation off (fine for a confidential client),
    // so there is no rotated-away token to replay.
    chooseGroups(*h, false, false, true);
    QTest::mouseClick(child<QPushButton>(p, "runProbesButton"), Qt::LeftButton);
    QVERIFY(p->isBusy());
    QCOMPARE(p->probeModel()->rowCount(), 0); // the previous run's results are gone
    LOOP_VERIFY_WITH_TIMEOUT(!p->isBusy(), 60000);
    const ProbeResultsModel *probes = p->probeModel();
    const QString all = dump(probes->results());
    QVERIFY2(p->message().contains(QLatin1String("Everything passed")), qPrintable(p->message() + QLatin1Char('\n') + all));
    const ProbeResult *rotation = result(probes, "probe.refresh.rotation");
    QVERIFY2(rotation, qPrintable(all));
    QCOMPARE(rotation->status, CheckStatus::Pass);
    QCOMPARE(rotation->data.value(QStringLiteral("rotated")).toBool(), false);
    QCOMPARE(rotation->level, FindingLevel::Info);
    QVERIFY2(rotation->detail.contains(QLatin1String("rotation is off")), qPrintable(rotation->detail));
    QCOMPARE(result(probes, "probe.refresh.works")->status, CheckStatus::Pass);
    QCOMPARE(result(probes, "probe.refresh.reuse_detected")->status, CheckStatus::Skip);
    QCOMPARE(result(probes, "probe.refresh.family_revoked")->status, CheckStatus::Skip);
    const int row = probes->rowOf(QStringLiteral("probe.refresh.reuse_detected"));
    QCOMPARE(probes->index(row, ProbeResultsModel::ResultColumn).data().toString(), QStringLiteral("skip"));
    QCOMPARE(p->matrixModel()->cellCount(), 0);
    for (const ProbeResult &r : probes->results())
        QVERIFY2(r.id.startsWith(QLatin1String("probe.refresh.")), qPrintable(r.id));
}

void TestTenantPane::signInReportFromTheWindow()
{
    LocalTenant *t = tenant(QStringLiteral("default"));
    QVERIFY(t);
    auto h = openWindow(*t, QStringLiteral("Sign-in report (GUI test)"));
    QVERIFY(h);
    auto *exportAction = child<QAction>(h->window.get(), "exportReportAction");
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled()); // nothing to export before a sign-in
    QString error;
    QVERIFY(!h->window->writeSignInReport(m_dir.filePath(QStringLiteral("none.json")), &error));

    h->window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    h->window->signIn();
    QVERIFY(h->window->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!h->window->isBusy(), 60000);
    QVERIFY(h->window->flowState().ok());
    QVERIFY(exportAction->isEnabled());

    const QString jsonPath = m_dir.filePath(QStringLiteral("sign-in.json"));
    QVERIFY2(h->window->writeSignInReport(jsonPath, &error), qPrintable(error));
    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(report.value(QStringLiteral("steps")).toArray().size() >= 4);
    QVERIFY(report.contains(QStringLiteral("profileDetails")));
    QVERIFY(!json.contains(LocalTenant::hybridSecret().toUtf8()));
    QVERIFY(!json.contains(LocalTenant::password().toUtf8()));
    const QString refreshToken = h->window->flowState().token.refreshToken;
    QVERIFY(!refreshToken.isEmpty());
    QVERIFY(!json.contains(refreshToken.toUtf8()));

    // Through the File menu's action and its dialog, as HTML.
    const QString htmlPath = m_dir.filePath(QStringLiteral("sign-in.html"));
    exportAction->trigger();
    QFileDialog *dialog = nullptr;
    LOOP_VERIFY((dialog = h->window->findChild<QFileDialog *>(QStringLiteral("exportReportDialog"))) != nullptr && dialog->isVisible());
    dialog->selectFile(htmlPath);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    LOOP_VERIFY(QFile::exists(htmlPath));
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.contains("id_token.signature"));
    QVERIFY(!page.contains(LocalTenant::hybridSecret().toUtf8()));
    QVERIFY(!page.contains(refreshToken.toUtf8()));
}

int main(int argc, char **argv)
{
    return runGuiTest<TestTenantPane>(argc, argv);
}

#include "TestTenantPane.moc"
