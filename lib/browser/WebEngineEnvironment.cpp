#include "browser/WebEngineEnvironment.h"

#include "browser/WebEngineProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QUrl>
#include <unistd.h>

namespace tokenscope {

QStringList customSchemes(const QStringList &redirectUris)
{
    static const QStringList builtIn{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
                                     QStringLiteral("data"), QStringLiteral("about"), QStringLiteral("blob"),
                                     QStringLiteral("javascript"), QStringLiteral("qrc")};
    QStringList out;
    for (const QString &uri : redirectUris) {
        const QString scheme = QUrl(uri).scheme().toLower();
        if (!scheme.isEmpty() && !builtIn.contains(scheme) && !out.contains(scheme))
            out << scheme;
    }
    return out;
}

void prepareWebEngineEnvironment()
{
    markWebEngineProcess();
    // Chromium wants a private runtime directory; give it the one Qt would pick, without Qt's warning about it.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
        if (QDir().mkpath(dir)) {
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
        }
    }
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS")) {
        QByteArray flags = "--disable-background-networking --disable-component-update --disable-sync --no-first-run "
                           "--disable-features=MediaRouter,OptimizationHints,Translate";
        if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
            flags += " --disable-gpu";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    }
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

} // namespace tokenscope
