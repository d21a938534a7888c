#pragma once

#include <QStringList>

namespace tokenscope {

// Must run before the QApplication exists.
// - Sets Chromium flags for a closed, headless-friendly environment (no background networking; no sandbox when
//   running as root, which Chromium refuses otherwise) unless the user set QTWEBENGINE_CHROMIUM_FLAGS.
// - Registers custom callback URL schemes (com.example.app://callback) with the web engine, so navigations to them
//   reach the page (and are caught there) instead of being handed to the operating system.
void prepareWebEngine(const QStringList &callbackSchemes);

// Custom schemes worth registering for these redirect URIs (anything that is not http, https, file, data, about).
QStringList customSchemes(const QStringList &redirectUris);

} // namespace tokenscope
