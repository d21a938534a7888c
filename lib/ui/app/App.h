#pragma once

class QCoreApplication;
class QLocale;

namespace tokenscope::ui {

// The desktop app: `tokenscope [--profile FILE] [--lang LANG]`. Prepares the environment for the web engine (which
// the window loads as a plugin on first need) before the QApplication exists, installs the translation, and shows the
// main window.
int runApp(int argc, char **argv);

// Installs Tokenscope's translation for the locale (English: the plural forms) and Qt's own, when available.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace tokenscope::ui
