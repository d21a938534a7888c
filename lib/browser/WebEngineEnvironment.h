#pragma once

#include <QStringList>

namespace tokenscope {

// What a process that may run Qt WebEngine has to do before its QApplication exists, without linking the web engine
// (the desktop app loads it later, from a plugin):
// - Chromium flags for a closed, headless-friendly environment (no background networking; no GPU off screen) unless
//   the user set QTWEBENGINE_CHROMIUM_FLAGS; no sandbox when running as root, which Chromium refuses otherwise.
// - XDG_RUNTIME_DIR, when unset, to a private folder (Chromium wants one).
// - Qt::AA_ShareOpenGLContexts, which the web engine needs and which only counts before the QApplication exists.
// The custom callback schemes are registered separately (registerCallbackSchemes() in CallbackSchemeRegistry.h), at any time
// before the web engine starts.
void prepareWebEngineEnvironment();

// Custom schemes worth registering for these redirect URIs (anything that is not http, https, file, data, about).
QStringList customSchemes(const QStringList &redirectUris);

} // namespace tokenscope
