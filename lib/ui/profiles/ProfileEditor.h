#pragma once

#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace tokenscope::ui {

// Every field of a profile, with presets (Auth0 tenant: domain -> issuer, audience, connection, organization;
// generic OpenID Connect provider), validation as you type (validateProfile, plus the response types the provider
// advertises once discovery has run), and the client secret masked.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Generic, Auth0 };

    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    QStringList problems() const { return m_problems; }
    void setProviderMetadata(const ProviderMetadata &metadata);
    void clearProviderMetadata();

    Preset preset() const;
    void setPreset(Preset preset);

    void setRememberSecret(bool remember);
    bool rememberSecret() const;
    void setKeychainAvailable(bool available, const QString &reason = {});
    void setKeychainStatus(const QString &text);
    void setKeepSession(bool keep);
    bool keepSession() const;

signals:
    void edited();
    void rememberSecretToggled(bool remember);
    void keepSessionToggled(bool keep);

private:
    void revalidate();
    void updatePresetUi();
    QLineEdit *addLine(QFormLayout *form, const QString &objectName, const QString &label, const QString &placeholder = {});

    bool m_loading = false;
    Profile m_base; // unknown keys and other fields the editor does not show, written back as they were
    ProviderMetadata m_metadata;
    bool m_hasMetadata = false;
    QStringList m_problems;

    QComboBox *m_preset;
    QLineEdit *m_name, *m_issuer, *m_clientId, *m_secret, *m_redirectUri, *m_scope, *m_refreshScope, *m_audience, *m_connection,
        *m_organization, *m_apiUrl, *m_postLogout, *m_caCertificates;
    QLabel *m_issuerLabel, *m_issuerHint, *m_connectionLabel, *m_organizationLabel;
    QToolButton *m_showSecret, *m_chooseCas;
    QCheckBox *m_remember, *m_pkce, *m_keepSession;
    QLabel *m_keychainStatus;
    QComboBox *m_auth, *m_responseType, *m_responseMode, *m_expectedAlg, *m_browser;
    QPlainTextEdit *m_extraParams;
    QLabel *m_problemsLabel;
};

} // namespace tokenscope::ui
