#include "GuiSupport.h"

#include "EventLoopWait.h"

#include <QFile>
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
