#include "browser/WebEngineEnvironment.h"

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

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer builds only (scripts/sanitize): every process that may run QtWebEngine in-process gets these
// defaults (ASAN_OPTIONS from the environment still adds to and overrides them). They must be in the executable, not in
// the plugin that loads the web engine later, so they live here, beside what every such process calls before its
// QApplication. Chromium inside libQt6WebEngineCore is not built for ASan: its sized deletes trip
// new_delete_type_mismatch, and it keeps process-lifetime allocations on purpose, which LeakSanitizer would report at
// exit. Address errors and undefined behaviour in Tokenscope's own code stay fatal.
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0:detect_leaks=0";
}
#endif
