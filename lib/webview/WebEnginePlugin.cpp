#include "webview/WebEnginePlugin.h"

#include "webview/BrowserPane.h"
#include "webview/WebEngineEmbeddedUserAgent.h"
#include "browser/CallbackSchemeRegistry.h"
#include "browser/WebEngineUserAgent.h"

#include <QWebEngineProfile>

namespace tokenscope::ui {

WebEnginePlugin::WebEnginePlugin(QObject *parent) : QObject(parent)
{
}

QStringList WebEnginePlugin::registerCallbackSchemes(const QStringList &schemes)
{
    if (!m_started)
        return tokenscope::registerCallbackSchemes(schemes);
    QStringList missing;
    for (const QString &scheme : schemes) {
        if (!isCallbackSchemeRegistered(scheme))
            missing << scheme;
    }
    return missing;
}

bool WebEnginePlugin::isCallbackSchemeRegistered(const QString &scheme) const
{
    return tokenscope::isCallbackSchemeRegistered(scheme);
}

EmbeddedUserAgent *WebEnginePlugin::createEmbeddedUserAgent(QObject *parent)
{
    return new WebEngineEmbeddedUserAgent([this] { noteStarted(); }, parent);
}

BrowserView *WebEnginePlugin::createBrowserView(EmbeddedUserAgent *agent, QWidget *parent)
{
    auto *ours = dynamic_cast<WebEngineEmbeddedUserAgent *>(agent);
    Q_ASSERT(ours);
    return ours ? new BrowserPane(ours, parent) : nullptr;
}

UserAgent *WebEnginePlugin::createHeadlessUserAgent(const QString &username, const QString &password, const QByteArray &totpKey,
                                                    const QList<QSslCertificate> &extraCas, QObject *parent)
{
    noteStarted();
    // The profile belongs to the agent: deleted with it, after the page (WebEngineUserAgent deletes its page first).
    auto *profile = new QWebEngineProfile; // off the record
    auto *agent = new WebEngineUserAgent(profile, parent);
    profile->setParent(agent);
    agent->setPageTimeoutMs(30000);
    agent->setFailOnLoadError(true);
    agent->setCredentials(username, password);
    agent->setTotpKey(totpKey);
    agent->setExtraCaCertificates(extraCas);
    return agent;
}

} // namespace tokenscope::ui
