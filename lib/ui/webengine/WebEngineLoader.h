#pragma once

#include <QStringList>

namespace tokenscope::ui {

class WebEngineBackend;

// Finds and loads the desktop app's web-engine plugin (lib/webview) the first time something needs it: a sign-in with
// the embedded browser, or the Tenant tab's probes. Until then the process has not mapped a single Qt WebEngine
// library, so the window comes up as fast as a plain Qt Widgets window. Loaded once, never unloaded.
//
// Where it looks, in order: the file named by $TOKENSCOPE_WEBENGINE_PLUGIN (and only there when it is set); beside the
// installed executable (<prefix>/bin/../<libdir>/tokenscope/); the build tree, when the executable runs from it.
class WebEngineLoader
{
public:
    // The backend, or null with *error saying why (every place looked at, and what the loader said).
    static WebEngineBackend *backend(QString *error = nullptr);
    static bool isLoaded();
    static QStringList candidatePaths();
};

} // namespace tokenscope::ui
