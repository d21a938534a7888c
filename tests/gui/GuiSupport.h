#pragma once

#include "core/common/Clock.h"
#include "ui/app/MainWindow.h"

#include <QJsonObject>

class QAction;
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <functional>
#include <memory>

// A real main window with its own network access manager, settings file and profile folder in a temporary
// directory (nothing of the user's is touched), no keychain.
struct GuiHarness
{
    GuiHarness();
    // The same with the window's context adjusted first (e.g. the system browser's opener).
    explicit GuiHarness(const std::function<void(tokenscope::ui::MainWindow::Context &)> &customize);
    ~GuiHarness();

    // Writes the profile as <name>.json in the temporary directory, opens it in the window (secret kept in memory).
    bool openProfile(const QJsonObject &profile, const QString &fileName);
    // Shows the window and waits until it is exposed and complete: the profile editor is built right after the first
    // frame. False if either does not happen.
    bool show();

    QTemporaryDir dir;
    tokenscope::SystemClock clock;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<tokenscope::ui::MainWindow> window;
    QSize firstStartSize; // the window's size as it built itself (first start: no saved geometry)
};

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// The window's helpers the window tests share: a named action, a profile selected by its name in the list, a tab shown
// by its page's object name, and a sign-in with the local tenant's user through the Sign in button (true when it
// started, ended and passed).
QAction *windowAction(GuiHarness &h, const char *name);
bool selectProfileByName(GuiHarness &h, const QString &name);
void showTab(GuiHarness &h, const char *pageName);
bool signInWithButton(GuiHarness &h, const QString &username, const QString &password, int timeoutMs = 90000);

// A test row's UI language: the _data function adds the column "language" with the rows English and German
// (addLanguageRows), the test function installs that language for its scope (German: the translation from :/i18n, as
// the app installs it) before it builds the window.
void addLanguageRows();
class ScopedUiLanguage
{
public:
    explicit ScopedUiLanguage(const QString &language);
    ~ScopedUiLanguage();
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_installed = false;
    bool m_ok = true;
};
