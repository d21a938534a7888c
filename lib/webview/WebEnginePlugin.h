#pragma once

#include "ui/webengine/WebEngineBackend.h"

#include <QObject>

namespace tokenscope::ui {

// The web-engine plugin's root object (lib/ui/WebEngineBackend.h): loaded by WebEngineLoader on the first sign-in with
// the embedded browser or the first probe run of the Tenant tab.
class WebEnginePlugin : public QObject, public WebEngineBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TOKENSCOPE_WEBENGINE_BACKEND_IID FILE "webview.json")
    Q_INTERFACES(tokenscope::ui::WebEngineBackend)
public:
    explicit WebEnginePlugin(QObject *parent = nullptr);

    QStringList registerCallbackSchemes(const QStringList &schemes) override;
    bool isCallbackSchemeRegistered(const QString &scheme) const override;
    EmbeddedUserAgent *createEmbeddedUserAgent(QObject *parent) override;
    BrowserView *createBrowserView(EmbeddedUserAgent *agent, QWidget *parent) override;
    UserAgent *createHeadlessUserAgent(const QString &username, const QString &password, const QByteArray &totpKey, const QList<QSslCertificate> &extraCas,
                                       QObject *parent) override;

private:
    // Qt WebEngine locks its list of URL schemes when it starts (the first browser profile): from then on new schemes
    // are refused without asking it (it would only warn).
    void noteStarted() { m_started = true; }

    bool m_started = false;
};

} // namespace tokenscope::ui
