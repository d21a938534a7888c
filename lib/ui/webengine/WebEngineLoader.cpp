#include "ui/webengine/WebEngineLoader.h"

#include "core/common/Logging.h"
#include "ui/webengine/WebEngineBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

// Set by lib/ui/CMakeLists.txt.
#ifndef TOKENSCOPE_WEBENGINE_PLUGIN_NAME
#error "TOKENSCOPE_WEBENGINE_PLUGIN_NAME is not defined"
#endif

namespace tokenscope::ui {

namespace {

WebEngineBackend *g_backend = nullptr;

bool runsFromBuildTree()
{
    const QString build = QDir(QStringLiteral(TOKENSCOPE_BUILD_DIR)).canonicalPath();
    const QString app = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    return !build.isEmpty() && (app == build || app.startsWith(build + QLatin1Char('/')));
}

} // namespace

QStringList WebEngineLoader::candidatePaths()
{
    const QString overridden = qEnvironmentVariable("TOKENSCOPE_WEBENGINE_PLUGIN");
    if (!overridden.isEmpty())
        return {overridden};
    QStringList paths;
    paths << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" TOKENSCOPE_WEBENGINE_PLUGIN_INSTALLED_DIR "/")
                             + QStringLiteral(TOKENSCOPE_WEBENGINE_PLUGIN_NAME));
    if (runsFromBuildTree())
        paths << QStringLiteral(TOKENSCOPE_WEBENGINE_PLUGIN_BUILD_PATH);
    return paths;
}

bool WebEngineLoader::isLoaded()
{
    return g_backend != nullptr;
}

WebEngineBackend *WebEngineLoader::backend(QString *error)
{
    if (g_backend)
        return g_backend;
    QStringList problems;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            problems << QCoreApplication::translate("WebEngineLoader", "%1: not found").arg(QDir::toNativeSeparators(path));
            continue;
        }
        auto *loader = new QPluginLoader(path); // kept: the web engine stays loaded for the life of the process
        loader->setLoadHints(QLibrary::PreventUnloadHint);
        QObject *root = loader->instance();
        auto *backend = qobject_cast<WebEngineBackend *>(root);
        if (backend) {
            qCInfo(lcUi).noquote() << "web engine plugin loaded from" << path;
            g_backend = backend;
            return g_backend;
        }
        problems << QCoreApplication::translate("WebEngineLoader", "%1: %2")
                        .arg(QDir::toNativeSeparators(path),
                             root ? QCoreApplication::translate("WebEngineLoader", "not a Tokenscope web-engine plugin of this version")
                                  : loader->errorString());
        loader->unload();
        delete loader;
    }
    const QString reason = problems.join(QStringLiteral("; "));
    qCWarning(lcUi).noquote() << "web engine plugin not loaded:" << reason;
    if (error)
        *error = reason;
    return nullptr;
}

} // namespace tokenscope::ui
