#pragma once

// main() of the GUI tests that drive the real window: off screen, the web engine prepared before the QApplication
// exists (custom callback schemes registered), quiet logs, the English UI. Header-only, so a test that must not link
// the web engine (TestWebEnginePlugin) is not made to.
#include "ui/app/App.h"
#include "browser/CallbackSchemeRegistry.h"

#include <QApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTest>

// extraChromiumFlags: added to the web engine's flags (a test's fake camera, for one).
template<typename Test>
int runGuiTest(int argc, char **argv, const QStringList &callbackSchemes = {QStringLiteral("com.tokenscope.demo")},
               const QByteArray &extraChromiumFlags = {})
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    tokenscope::prepareWebEngine(callbackSchemes);
    if (!extraChromiumFlags.isEmpty())
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + ' ' + extraChromiumFlags);
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false\njs.*=false\nqt.webenginecontext.info=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokenscope-test"));
    tokenscope::ui::installTranslations(app, QLocale(QLocale::English));
    Test test;
    return QTest::qExec(&test, argc, argv);
}
