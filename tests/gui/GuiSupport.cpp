#include "GuiSupport.h"

#include "EventLoopWait.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QJsonDocument>
#include <QTest>

GuiHarness::GuiHarness() : GuiHarness(std::function<void(tokenscope::ui::MainWindow::Context &)>())
{
}

GuiHarness::GuiHarness(const std::function<void(tokenscope::ui::MainWindow::Context &)> &customize)
{
    nam = std::make_unique<QNetworkAccessManager>();
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    tokenscope::ui::MainWindow::Context ctx;
    ctx.nam = nam.get();
    ctx.settings = settings.get();
    ctx.clock = &clock;
    ctx.profilesDirectory = dir.filePath(QStringLiteral("profiles"));
    ctx.webStoragePath = dir.filePath(QStringLiteral("web"));
    if (customize)
        customize(ctx);
    window = std::make_unique<tokenscope::ui::MainWindow>(ctx);
    firstStartSize = window->size();
    // The size the window tests are written for (Qt's offscreen screen is only 800x600, so the window's own first-start
    // size, bounded by the screen, would be smaller).
    window->resize(1360, 860);
}

GuiHarness::~GuiHarness()
{
    window.reset(); // before the network access manager and the settings it uses
}

bool GuiHarness::openProfile(const QJsonObject &profile, const QString &fileName)
{
    QJsonObject withoutSecret = profile;
    const QString secret = withoutSecret.take(QStringLiteral("clientSecret")).toString();
    QFile f(dir.filePath(fileName));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(withoutSecret).toJson());
    f.close();
    return window->openProfileFile(f.fileName(), secret);
}

bool GuiHarness::show()
{
    window->show();
    return QTest::qWaitForWindowExposed(window.get())
        && tokenscope::test::waitUntil([this] { return window->findChild<QWidget *>(QStringLiteral("profileEditor")) != nullptr; }, 5000);
}

QAction *windowAction(GuiHarness &h, const char *name)
{
    return h.window->findChild<QAction *>(QString::fromLatin1(name));
}

bool selectProfileByName(GuiHarness &h, const QString &name)
{
    auto *list = child<QListWidget>(h.window.get(), "profileList");
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    list->setCurrentItem(items.first());
    return true;
}

void showTab(GuiHarness &h, const char *pageName)
{
    child<QTabWidget>(h.window.get(), "mainTabs")->setCurrentWidget(child<QWidget>(h.window.get(), pageName));
}

bool signInWithButton(GuiHarness &h, const QString &username, const QString &password, int timeoutMs)
{
    h.window->setLoginAutofill(username, password);
    QTest::mouseClick(child<QPushButton>(h.window.get(), "signInButton"), Qt::LeftButton);
    if (!h.window->isBusy())
        return false;
    if (!tokenscope::test::waitUntil([&h] { return !h.window->isBusy(); }, timeoutMs))
        return false;
    return h.window->flowState().ok();
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

ScopedUiLanguage::ScopedUiLanguage(const QString &language)
{
    if (language == QLatin1String("en"))
        return;
    m_ok = m_translator.load(QLocale(language), QStringLiteral("tokenscope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    m_installed = m_ok && QApplication::installTranslator(&m_translator);
}

ScopedUiLanguage::~ScopedUiLanguage()
{
    if (m_installed)
        QApplication::removeTranslator(&m_translator);
}
