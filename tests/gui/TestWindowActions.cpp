// The main window's everyday actions, end to end against the local tenant (tests/idp), off screen: import and export
// of profiles through the file dialogs (an import first shows the hosts the profile contacts and the CAs it trusts), logout, the per-profile browser session (single sign-on within a run, "clear
// browser session", "keep sign-in cookies" across windows), and refresh-and-retry when the API refuses an expired
// access token.
#include "ui/app/App.h"
#include "EventLoopWait.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "ui/signin/TimelineModel.h"
#include "ui/tokens/TokenPanel.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStatusBar>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTemporaryDir>
#include <QTimer>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

TimelineModel *timelineOf(GuiHarness &h)
{
    return qobject_cast<TimelineModel *>(child<QTableView>(h.window.get(), "timelineView")->model());
}

QAction *action(GuiHarness &h, const char *name)
{
    return h.window->findChild<QAction *>(QString::fromLatin1(name));
}

// The import preview the window shows (ProfileImportDialog), while it is open.
QDialog *importDialog(GuiHarness &h)
{
    const QList<QDialog *> dialogs = h.window->findChildren<QDialog *>(QStringLiteral("profileImportDialog"));
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog; // a closed one may wait for its deferred deletion
    }
    return nullptr;
}

QStringList itemTexts(QDialog *dialog, const char *listName)
{
    QStringList out;
    if (auto *list = dialog->findChild<QListWidget *>(QString::fromLatin1(listName))) {
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
    }
    return out;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &line) { return line.contains(needle); });
}

// Presses one of the import preview's buttons ("importConfirm", "importCancel") and waits until it is gone.
bool answerImport(GuiHarness &h, const char *button)
{
    QDialog *dialog = importDialog(h);
    if (!dialog)
        return false;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
    return tokenscope::test::waitUntil([&h] { return !importDialog(h); }, 5000);
}

} // namespace

class TestWindowActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importAndExport();
    void importShowsWhatTheProfileContactsAndTrusts();
    void logout();
    void revokeRefreshToken();
    void browserSessionPerProfile();
    void keepSignInCookiesAcrossWindows();
    void refreshAndRetryWhenTheApiRefusesAnExpiredToken();

private:
    bool signIn(GuiHarness &h);
    std::unique_ptr<LocalTenant> m_tenant;
    std::unique_ptr<LocalTenant> m_shortLived; // access tokens live 3 s
};

void TestWindowActions::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
    m_shortLived = std::make_unique<LocalTenant>(QStringList{QStringLiteral("--ttl-access"), QStringLiteral("3")});
    QVERIFY2(m_shortLived->start(), qPrintable(m_shortLived->error()));
}

bool TestWindowActions::signIn(GuiHarness &h)
{
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    if (!h.window->isBusy())
        return false;
    if (!tokenscope::test::waitUntil([&] { return !h.window->isBusy(); }, 90000))
        return false;
    return h.window->flowState().ok();
}

void TestWindowActions::importAndExport()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("mine.json")));
    QVERIFY(h.show());

    // Export (what the "Export profile…" action does once its dialog has a path): the same format, never the client
    // secret (it is in memory in this window).
    const QString exported = h.dir.filePath(QStringLiteral("exported.json"));
    QVERIFY(action(h, "exportProfileAction")->isEnabled());
    QVERIFY(h.window->exportProfileTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(LocalTenant::hybridSecret().toUtf8()));
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    QCOMPARE(json.value(QStringLiteral("issuer")).toString(), m_tenant->issuer());
    QCOMPARE(json.value(QStringLiteral("clientId")).toString(), QStringLiteral("hybrid-app"));

    // Import into another window: listed, selected, every field in the editor.
    GuiHarness other;
    QVERIFY(other.show());
    auto *list = child<QListWidget>(other.window.get(), "profileList");
    QVERIFY(list);
    const int before = list->count();
    QVERIFY(other.window->importProfileFrom(exported));
    QCOMPARE(list->count(), before); // nothing yet: the preview asks first
    QVERIFY(answerImport(other, "importConfirm"));
    QCOMPARE(list->count(), before + 1);
    QCOMPARE(child<QLineEdit>(other.window.get(), "profileClientId")->text(), QStringLiteral("hybrid-app"));
    QCOMPARE(child<QLineEdit>(other.window.get(), "profileIssuer")->text(), m_tenant->issuer());

    // A file that is not a profile is refused with a message and changes nothing.
    const QString junk = other.dir.filePath(QStringLiteral("junk.json"));
    QFile junkFile(junk);
    QVERIFY(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("{\"issuer\": 42");
    junkFile.close();
    QVERIFY(!other.window->importProfileFrom(junk));
    QCOMPARE(list->count(), before + 1);
    QVERIFY2(other.window->statusBar()->currentMessage().contains(QLatin1String("Could not import")),
             qPrintable(other.window->statusBar()->currentMessage()));
}

// Issue 19: a profile from elsewhere shows, before it is added, every host it names (the issuer for discovery, the API,
// each endpoint it overrides; plain http to another computer marked) and its custom CA certificates, marked as such;
// Cancel adds nothing. A profile that names a local file as an endpoint is refused outright.
void TestWindowActions::importShowsWhatTheProfileContactsAndTrusts()
{
    GuiHarness h;
    QVERIFY(h.show());
    auto *list = child<QListWidget>(h.window.get(), "profileList");
    QVERIFY(list);
    const int before = list->count();
    const QString profilesDir = h.dir.filePath(QStringLiteral("profiles"));
    const QStringList storedBefore = QDir(profilesDir).entryList({QStringLiteral("*.json")}, QDir::Files);

    QVERIFY(QDir(h.dir.path()).mkpath(QStringLiteral("elsewhere/ca")));
    const QString path = h.dir.filePath(QStringLiteral("elsewhere/from-a-colleague.json"));
    const QJsonObject json{
        {QStringLiteral("name"), QStringLiteral("From a colleague")},
        {QStringLiteral("issuer"), QStringLiteral("https://tenant.example.com/")},
        {QStringLiteral("clientId"), QStringLiteral("abc")},
        {QStringLiteral("redirectUri"), QStringLiteral("https://app.example/callback")},
        {QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/bye")},
        {QStringLiteral("apiUrl"), QStringLiteral("https://api.example.net/private")},
        {QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("token"), QStringLiteral("https://tokens.example.org:8443/oauth/token")},
                                                  {QStringLiteral("jwks"), QStringLiteral("http://keys.example.org/jwks.json")},
                                                  {QStringLiteral("userinfo"), QStringLiteral("https://api.example.net/userinfo")}}},
        {QStringLiteral("caCertificates"), QJsonArray{QStringLiteral("ca/private-ca.pem"), QStringLiteral("/etc/ssl/certs/other-ca.pem")}},
    };
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();

    QVERIFY(h.window->importProfileFrom(path));
    QDialog *dialog = importDialog(h);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    QVERIFY2(dialog->windowTitle().contains(QLatin1String("From a colleague")), qPrintable(dialog->windowTitle()));
    QVERIFY(child<QLabel>(dialog, "importIntro")->text().contains(QFileInfo(path).absoluteFilePath()));
    const QStringList hosts = itemTexts(dialog, "importHosts");
    QCOMPARE(hosts.size(), 4); // one line per origin, the issuer's first
    QVERIFY2(hosts.at(0).startsWith(QStringLiteral("https://tenant.example.com — the issuer: its discovery document")), qPrintable(hosts.at(0)));
    QVERIFY(anyContains(hosts, QStringLiteral("https://api.example.net — userinfo (endpoints.userinfo); your API, with the access token (apiUrl)")));
    QVERIFY(anyContains(hosts, QStringLiteral("https://tokens.example.org:8443 — the token endpoint (endpoints.token)")));
    QVERIFY(anyContains(hosts, QStringLiteral("http://keys.example.org — the signing keys (endpoints.jwks) (not encrypted")));
    QVERIFY(!anyContains(hosts, QStringLiteral("app.example"))); // the callback is never contacted: listed apart
    QCOMPARE(itemTexts(dialog, "importCallbacks"), (QStringList{QStringLiteral("https://app.example/callback"), QStringLiteral("https://app.example/bye")}));
    const QStringList cas = itemTexts(dialog, "importCaCertificates");
    QCOMPARE(cas.size(), 2);
    QCOMPARE(cas.at(0), QDir::cleanPath(h.dir.filePath(QStringLiteral("elsewhere/ca/private-ca.pem"))) + QStringLiteral(" (custom CA: trusted in addition to the system's)"));
    QCOMPARE(cas.at(1), QStringLiteral("/etc/ssl/certs/other-ca.pem (custom CA: trusted in addition to the system's)"));
    QVERIFY(child<QPushButton>(dialog, "importCancel")->isDefault()); // Return does not import

    // Cancel: nothing added, nothing written.
    QVERIFY(answerImport(h, "importCancel"));
    QCOMPARE(list->count(), before);
    QCOMPARE(QDir(profilesDir).entryList({QStringLiteral("*.json")}, QDir::Files), storedBefore);
    QVERIFY2(h.window->statusBar()->currentMessage().contains(QLatin1String("nothing was added")), qPrintable(h.window->statusBar()->currentMessage()));

    // Import: added and selected, its CA list still naming the same files.
    QVERIFY(h.window->importProfileFrom(path));
    QVERIFY(answerImport(h, "importConfirm"));
    QCOMPARE(list->count(), before + 1);
    QCOMPARE(child<QLineEdit>(h.window.get(), "profileIssuer")->text(), QStringLiteral("https://tenant.example.com/"));
    QCOMPARE(child<QLineEdit>(h.window.get(), "profileCaCertificates")->text(),
             QDir::cleanPath(h.dir.filePath(QStringLiteral("elsewhere/ca/private-ca.pem"))) + QStringLiteral("; /etc/ssl/certs/other-ca.pem"));

    // A profile that names a local file as an endpoint is not a profile: refused before any preview.
    QJsonObject local = json;
    local.insert(QStringLiteral("endpoints"), QJsonObject{{QStringLiteral("jwks"), QStringLiteral("file:///etc/passwd")}});
    const QString localPath = h.dir.filePath(QStringLiteral("elsewhere/local-file.json"));
    QFile localFile(localPath);
    QVERIFY(localFile.open(QIODevice::WriteOnly));
    localFile.write(QJsonDocument(local).toJson());
    localFile.close();
    QVERIFY(!h.window->importProfileFrom(localPath));
    QVERIFY(!importDialog(h));
    QCOMPARE(list->count(), before + 1);
    const QString message = h.window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("Could not import")) && message.contains(QLatin1String("\"endpoints.jwks\" \"file:///etc/passwd\"")),
             qPrintable(message));
}

void TestWindowActions::logout()
{
    GuiHarness h;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token"));
    profile.insert(QStringLiteral("postLogoutRedirectUri"), QStringLiteral("https://app.example/logout"));
    QVERIFY(h.openProfile(profile, QStringLiteral("logout.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QVERIFY(signIn(h));

    QAction *logout = action(h, "logoutAction");
    QVERIFY(logout->isEnabled());
    logout->trigger();
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 60000);
    TimelineModel *timeline = timelineOf(h);
    const int row = timeline->rowOf(Steps::Logout);
    QVERIFY(row >= 0);
    QVERIFY2(timeline->step(row).status == CheckStatus::Pass, qPrintable(timeline->step(row).detail));

    // The provider's session really ended: the next sign-in shows the login page again (autofill off, so it waits).
    h.window->setLoginAutofill({}, {});
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    auto *address = child<QLineEdit>(h.window.get(), "addressBar");
    QVERIFY(address);
    LOOP_VERIFY_WITH_TIMEOUT(address->text().contains(QLatin1String("/interaction/")), 30000);
    QVERIFY(h.window->isBusy());
    h.window->cancel();
    LOOP_VERIFY(!h.window->isBusy());
}

void TestWindowActions::revokeRefreshToken()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token")), QStringLiteral("revoke.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QAction *revoke = action(h, "revokeAction");
    QVERIFY(!revoke->isEnabled()); // nothing to revoke before a sign-in
    QVERIFY(signIn(h));
    QVERIFY(revoke->isEnabled());
    QVERIFY(action(h, "refreshAction")->isEnabled());

    revoke->trigger();
    QVERIFY(h.window->isBusy());
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 30000);
    TimelineModel *timeline = timelineOf(h);
    const int row = timeline->rowOf(Steps::Revoke);
    QVERIFY(row >= 0);
    QVERIFY2(timeline->step(row).status == CheckStatus::Pass, qPrintable(timeline->step(row).detail));
    QCOMPARE(timeline->index(row, TimelineModel::StepColumn).data().toString(), QStringLiteral("Revoke refresh token"));
    QVERIFY(child<QLabel>(h.window.get(), "flowResult")->text().startsWith(QLatin1String("Refresh token revoked")));
    // The token is gone: neither refreshing nor revoking again is offered.
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!action(h, "refreshAction")->isEnabled());
}

void TestWindowActions::browserSessionPerProfile()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code")), QStringLiteral("sso.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QVERIFY(signIn(h));

    // Single sign-on within the run: no login page the second time (no credentials to fill).
    h.window->setLoginAutofill({}, {});
    QVERIFY2(signIn(h), "the second sign-in should reuse the provider session");

    // "Clear browser session": the login page is back.
    action(h, "clearSessionAction")->trigger();
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    auto *address = child<QLineEdit>(h.window.get(), "addressBar");
    LOOP_VERIFY_WITH_TIMEOUT(address->text().contains(QLatin1String("/interaction/")), 30000);
    h.window->cancel();
    LOOP_VERIFY(!h.window->isBusy());
}

void TestWindowActions::keepSignInCookiesAcrossWindows()
{
    // The same profile file opened in two windows one after the other (as after restarting Tokenscope), with the same
    // web storage folder; the second window has no credentials to fill.
    QTemporaryDir shared;
    QJsonObject profile = m_tenant->profile(QStringLiteral("hybrid-app"), QStringLiteral("code"));
    const QString secret = profile.take(QStringLiteral("clientSecret")).toString();
    for (const bool keep : {true, false}) {
        const QString profilePath = shared.filePath(keep ? QStringLiteral("kept.json") : QStringLiteral("not-kept.json"));
        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();
        auto withStorage = [&shared](MainWindow::Context &ctx) { ctx.webStoragePath = shared.filePath(QStringLiteral("web")); };
        auto open = [&](GuiHarness &h) {
            QVERIFY(h.window->openProfileFile(profilePath, secret));
            QVERIFY(h.show());
            auto *box = child<QCheckBox>(h.window.get(), "profileKeepSession");
            QVERIFY(box);
            if (box->isChecked() != keep)
                QTest::mouseClick(box, Qt::LeftButton);
            QCOMPARE(box->isChecked(), keep);
        };
        {
            GuiHarness first(withStorage);
            open(first);
            first.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
            QVERIFY(signIn(first));
        }
        GuiHarness second(withStorage);
        open(second);
        second.window->setLoginAutofill({}, {});
        if (keep) {
            QVERIFY2(signIn(second), "kept cookies should sign in without the login page");
        } else {
            QTest::mouseClick(child<QPushButton>(second.window.get(), "signInButton"), Qt::LeftButton);
            auto *address = child<QLineEdit>(second.window.get(), "addressBar");
            LOOP_VERIFY_WITH_TIMEOUT(address && address->text().contains(QLatin1String("/interaction/")), 30000);
            second.window->cancel();
            LOOP_VERIFY(!second.window->isBusy());
        }
    }
}

void TestWindowActions::refreshAndRetryWhenTheApiRefusesAnExpiredToken()
{
    GuiHarness h;
    QVERIFY(h.openProfile(m_shortLived->profile(QStringLiteral("hybrid-app"), QStringLiteral("code id_token token")),
                          QStringLiteral("short.json")));
    QVERIFY(h.show());
    h.window->setLoginAutofill(LocalTenant::username(), LocalTenant::password());
    QVERIFY(signIn(h));

    // Wait until the window itself says the current access token has expired (3 s lifetime).
    auto *panel = child<TokenPanel>(h.window.get(), "tokenPanel");
    QVERIFY(panel->selectToken(TokenOrigin::TokenEndpoint, TokenKind::AccessToken));
    auto *countdown = child<QLabel>(panel, "expiryCountdown");
    LOOP_VERIFY_WITH_TIMEOUT(countdown->text().contains(QLatin1String("expired")), 20000);

    auto *status = child<QLabel>(h.window.get(), "apiStatus");
    auto *retry = child<QPushButton>(h.window.get(), "apiRefreshRetryButton");
    QTest::mouseClick(child<QPushButton>(h.window.get(), "apiSendButton"), Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 20000);
    QVERIFY2(status->text().startsWith(QLatin1String("HTTP 401")), qPrintable(status->text()));
    QVERIFY(retry->isVisible());

    const QString expiredToken = h.window->flowState().token.accessToken;
    QVERIFY(!expiredToken.isEmpty());
    QTest::mouseClick(retry, Qt::LeftButton);
    LOOP_VERIFY_WITH_TIMEOUT(!h.window->isBusy() && status->text().startsWith(QLatin1String("HTTP 200")), 20000);
    const QString fresh = h.window->flowState().refresh.accessToken;
    QVERIFY(!fresh.isEmpty() && fresh != expiredToken); // refreshed, then retried with the new token
    QVERIFY(!retry->isVisible());
}

int main(int argc, char **argv)
{
    return runGuiTest<TestWindowActions>(argc, argv);
}

#include "TestWindowActions.moc"
