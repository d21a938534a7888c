// The real main window with a system-browser profile ("browser": "system") against the local tenant: the Sign-in tab
// shows the authorize URL and the listener's state instead of the embedded login page. The system browser is played
// by a headless web page handed in through MainWindow::Context::openUrl.
#include "ui/app/App.h"
#include "GuiSupport.h"
#include "GuiTestMain.h"
#include "LocalTenant.h"
#include "core/oidc/OidcFlow.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace tokenscope;
using namespace tokenscope::ui;

namespace {

// The user's browser: remembers what it was asked to open; load() then logs in there with the login-form filler and
// follows the provider's redirect to the loopback listener for real.
class FakeSystemBrowser : public QObject
{
public:
    FakeSystemBrowser()
    {
        m_page = new QWebEnginePage(&m_profile, this);
        connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
            if (ok && m_page->url().path().startsWith(QLatin1String("/interaction/")) && ++m_fills <= 5)
                m_page->runJavaScript(WebEngineUserAgent::fillerScript(LocalTenant::username(), LocalTenant::password()));
        });
    }
    ~FakeSystemBrowser() override { delete m_page; }

    std::function<bool(const QUrl &)> opener()
    {
        return [this](const QUrl &url) {
            opened << url;
            return true;
        };
    }
    void load(const QUrl &url) { m_page->load(url); }

    QList<QUrl> opened;

private:
    QWebEngineProfile m_profile;
    QWebEnginePage *m_page = nullptr;
    int m_fills = 0;
};

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(3000);
}

} // namespace

class TestSystemBrowserWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInThroughTheSystemBrowser();
    void cancelWhileWaiting();

private:
    QJsonObject systemProfile(const QString &name) const;
    std::unique_ptr<LocalTenant> m_tenant;
};

void TestSystemBrowserWindow::initTestCase()
{
    m_tenant = std::make_unique<LocalTenant>();
    QVERIFY2(m_tenant->start(), qPrintable(m_tenant->error()));
}

QJsonObject TestSystemBrowserWindow::systemProfile(const QString &name) const
{
    QJsonObject profile = m_tenant->profile(QStringLiteral("native-loopback"), QStringLiteral("code"));
    profile.insert(QStringLiteral("name"), name);
    profile.insert(QStringLiteral("browser"), QStringLiteral("system"));
    return profile;
}

void TestSystemBrowserWindow::signInThroughTheSystemBrowser()
{
    FakeSystemBrowser browser;
    GuiHarness h([&browser](MainWindow::Context &ctx) { ctx.openUrl = browser.opener(); });
    QVERIFY(h.openProfile(systemProfile(QStringLiteral("System browser (GUI test)")), QStringLiteral("system.json")));
    QVERIFY(h.show());
    QCOMPARE(child<QComboBox>(h.window.get(), "profileBrowser")->currentData().toString(), QStringLiteral("system"));

    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QVERIFY(h.window->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 30000);

    // Waiting: the authorize URL (with the loopback redirect URI and its port) and the listener's state, no embedded page.
    auto *pane = child<QWidget>(h.window.get(), "systemBrowserPane");
    QVERIFY(pane->isVisible());
    QVERIFY(!child<QWidget>(h.window.get(), "browserPane")->isVisible());
    QVERIFY(!h.window->findChild<QWebEngineView *>());
    QCOMPARE(child<QTabWidget>(h.window.get(), "mainTabs")->currentWidget(), child<QWidget>(h.window.get(), "signInTab"));
    const QUrl authorize = browser.opened.first();
    QCOMPARE(child<QLineEdit>(h.window.get(), "authorizeUrl")->text(), authorize.toString(QUrl::FullyEncoded));
    const QUrl redirect(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    auto *status = child<QLabel>(pane, "systemBrowserStatus");
    QVERIFY2(status->text().startsWith(QStringLiteral("Waiting for the browser… (listening on %1)").arg(redirect.toString())),
             qPrintable(status->text()));
    QVERIFY(child<QPushButton>(pane, "systemBrowserCancel")->isVisible());
    QVERIFY(child<QPushButton>(pane, "systemBrowserOpenAgain")->isVisible());
    QVERIFY(child<QLabel>(pane, "systemBrowserNote")->text().contains(QLatin1String("query")));

    // "Open again" hands the same URL over once more.
    QTest::mouseClick(child<QPushButton>(pane, "systemBrowserOpenAgain"), Qt::LeftButton);
    QCOMPARE(browser.opened.size(), 2);
    QCOMPARE(browser.opened.last(), authorize);

    // The user logs in in their browser; the provider redirects to the listener.
    browser.load(authorize);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 90000);
    auto *result = child<QLabel>(h.window.get(), "flowResult");
    QVERIFY2(h.window->flowState().ok(), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QLatin1String("passed")), qPrintable(result->text()));
    QVERIFY2(status->text().contains(QLatin1String("you can close its tab")), qPrintable(status->text()));
    QVERIFY(!child<QPushButton>(pane, "systemBrowserCancel")->isVisible());
    QVERIFY(!acceptsConnections(quint16(redirect.port())));
}

void TestSystemBrowserWindow::cancelWhileWaiting()
{
    FakeSystemBrowser browser;
    GuiHarness h([&browser](MainWindow::Context &ctx) { ctx.openUrl = browser.opener(); });
    QVERIFY(h.openProfile(systemProfile(QStringLiteral("System browser, cancelled")), QStringLiteral("cancel.json")));
    QVERIFY(h.show());
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened.size(), 1, 30000);
    const QUrl redirect(QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QVERIFY(acceptsConnections(quint16(redirect.port())));

    auto *pane = child<QWidget>(h.window.get(), "systemBrowserPane");
    QTest::mouseClick(child<QPushButton>(pane, "systemBrowserCancel"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!h.window->isBusy(), 10000);
    QVERIFY(!h.window->flowState().ok());
    QVERIFY2(child<QLabel>(pane, "systemBrowserStatus")->text().contains(QLatin1String("Stopped listening")),
             qPrintable(child<QLabel>(pane, "systemBrowserStatus")->text()));
    QVERIFY(child<QLabel>(h.window.get(), "flowResult")->text().contains(QLatin1String("cancelled")));
    QVERIFY(!acceptsConnections(quint16(redirect.port())));
}

int main(int argc, char **argv)
{
    return runGuiTest<TestSystemBrowserWindow>(argc, argv);
}

#include "TestSystemBrowserWindow.moc"
