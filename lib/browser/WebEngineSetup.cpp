#include "WebEngineSetup.h"

#include <QCoreApplication>
#include <QUrl>
#include <QWebEngineUrlScheme>
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

void prepareWebEngine(const QStringList &callbackSchemes)
{
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

    for (const QString &name : callbackSchemes) {
        if (QWebEngineUrlScheme::schemeByName(name.toLatin1()).name() == name.toLatin1())
            continue;
        QWebEngineUrlScheme scheme(name.toLatin1());
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
        QWebEngineUrlScheme::registerScheme(scheme);
    }
}

} // namespace tokenscope
