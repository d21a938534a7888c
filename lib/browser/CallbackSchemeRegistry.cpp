#include "browser/CallbackSchemeRegistry.h"

#include <QWebEngineUrlScheme>

namespace tokenscope {

bool isCallbackSchemeRegistered(const QString &scheme)
{
    const QByteArray name = scheme.toLower().toLatin1();
    return !name.isEmpty() && QWebEngineUrlScheme::schemeByName(name).name() == name;
}

QStringList registerCallbackSchemes(const QStringList &callbackSchemes)
{
    QStringList missing;
    for (const QString &name : callbackSchemes) {
        if (isCallbackSchemeRegistered(name))
            continue;
        QWebEngineUrlScheme scheme(name.toLower().toLatin1());
        scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
        scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
        QWebEngineUrlScheme::registerScheme(scheme); // ignored (with a warning) once the web engine has started
        if (!isCallbackSchemeRegistered(name))
            missing << name;
    }
    return missing;
}

void prepareWebEngine(const QStringList &callbackSchemes)
{
    prepareWebEngineEnvironment();
    registerCallbackSchemes(callbackSchemes);
}

} // namespace tokenscope
