#pragma once

#include "ui/webengine/WebEngineBackend.h"

#include <QHash>

#include <functional>

class QWebEnginePage;
class QWebEngineProfile;

namespace tokenscope {
class WebEngineUserAgent;
}

namespace tokenscope::ui {

// EmbeddedUserAgent on Qt WebEngine: one web-engine profile and WebEngineUserAgent per session key, created on
// demand, off the record unless "keep sign-in session" is on.
class WebEngineEmbeddedUserAgent : public EmbeddedUserAgent
{
    Q_OBJECT
public:
    // started: called once, just before the first web-engine profile is created (the web engine starts then).
    explicit WebEngineEmbeddedUserAgent(const std::function<void()> &started, QObject *parent = nullptr);
    ~WebEngineEmbeddedUserAgent() override;

    void setSessionKey(const QString &key) override;
    void setKeepSession(bool keep, const QString &storagePath) override;
    void setAutofillCredentials(const QString &username, const QString &password) override;
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates) override;
    void clearSession() override;
    bool hasSession() const override { return m_sessions.contains(m_key); }

    // The web engine's page of the current session, created (and the web engine started) on demand.
    QWebEnginePage *page();

    void startAuthorization(const QUrl &authorizeUrl, const QUrl &redirectUri, const QString &responseMode) override;
    void startLogout(const QUrl &logoutUrl, const QUrl &postLogoutRedirect) override;
    void cancel() override;
    bool startVerification(const QUrl &verificationUri, const QString &userCode) override;

signals:
    // A new page replaced the previous one (new session or cleared session): views must show this one.
    void pageChanged(QWebEnginePage *page);
    // The current session is about to be destroyed: views must let go of its page now.
    void aboutToDestroyPage(QWebEnginePage *page);

private:
    struct Session
    {
        QWebEngineProfile *profile = nullptr;
        WebEngineUserAgent *agent = nullptr;
    };
    WebEngineUserAgent *agent();
    void configure(WebEngineUserAgent *agent) const;
    void destroy(Session &session);

    std::function<void()> m_started;
    QString m_key;
    QHash<QString, Session> m_sessions;
    bool m_keep = false;
    QString m_storagePath;
    QString m_username, m_password;
    QList<QSslCertificate> m_extraCas;
};

} // namespace tokenscope::ui
