#pragma once

#include "browser/WebEngineEnvironment.h"

#include <QStringList>

namespace tokenscope {

// Registers custom callback URL schemes (com.example.app://callback) with the web engine, so navigations to them reach
// the page (and are caught there) instead of being handed to the operating system. Works until the web engine starts
// (the first web-engine profile or page): Qt WebEngine locks its scheme list then. Schemes already registered are
// skipped. Returns the schemes that are not registered afterwards (too late, or refused), empty when all are.
QStringList registerCallbackSchemes(const QStringList &callbackSchemes);
bool isCallbackSchemeRegistered(const QString &scheme);

// Must run before the QApplication exists: prepareWebEngineEnvironment() and registerCallbackSchemes(), for programs
// that link the web engine anyway (tokenscope-cli, tests, benchmarks).
void prepareWebEngine(const QStringList &callbackSchemes);

} // namespace tokenscope
