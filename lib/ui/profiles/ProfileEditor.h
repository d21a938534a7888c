#pragma once

#include "core/profile/Profile.h"
#include "core/oidc/ProviderMetadata.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace tokenscope::ui {

// Every field of a profile, in two groups: the basic fields a sign-in needs, and the advanced ones (folded away until
// asked for). Presets for well-known providers (issuer pattern, typical scopes, callback hints, known quirks), and
// validation as you type: each problem is said in words under the field it concerns, the field's label is marked,
// and where the editor knows the answer a button fixes it in one click (the issuer the discovery document names, the
// missing openid scope, a response type the provider supports, ...). The client secret is masked.
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    // The order of the preset list (Auth0 second: the welcome page's "New Auth0 profile").
    enum class Preset { Generic, Auth0, Okta, EntraId, Keycloak, Google, Cognito };

    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const Profile &profile);
    Profile profile() const;
    // The problems of the profile as edited, in words (field names as the form shows them, not JSON keys).
    QStringList problems() const { return m_problems; }
    // The profile keys that have a problem ("issuer", "clientId", ...), in the order of problems().
    QStringList problemFields() const { return m_problemFields; }
    // The problems of any profile, in the same words (the field labels of this editor).
    QStringList problemsInWords(const Profile &profile) const;
    void setProviderMetadata(const ProviderMetadata &metadata);
    void clearProviderMetadata();
    // The discovery document fetched for `fetchedFor` names another issuer (OpenID Connect Discovery 4.3): the issuer
    // field says so, with a button that takes the document's issuer.
    void setIssuerMismatch(const QString &fetchedFor, const QString &documentIssuer);

    Preset preset() const;
    // Chooses a preset as the user does: the typical values fill the fields that are still empty or at their default.
    void setPreset(Preset preset);
    // The preset that fits an issuer (Auth0 domain, Okta, Entra ID, Google, Cognito, a Keycloak realm), else Generic.
    static Preset presetForIssuer(const QString &issuer);

    // A blank form nobody has typed into yet (a first start) does not greet with red: its problems are shown from the
    // first edit on (problems() has them all along).
    void setQuietUntilEdited(bool quiet);

    bool advancedShown() const;
    void setAdvancedShown(bool shown);

    void setRememberSecret(bool remember);
    bool rememberSecret() const;
    void setKeychainAvailable(bool available, const QString &reason = {});
    void setKeychainStatus(const QString &text);
    void setKeepSession(bool keep);
    bool keepSession() const;

    // private_key_jwt (RFC 7523): writes a new EC P-256 private key to `path` (PKCS#8 PEM, readable by the owner only),
    // names it as the profile's client key and returns its public JWK (with kid, use, alg) to register at the
    // provider; an empty object with `error` set when the file cannot be written. The private key is never shown.
    QJsonObject generateClientKey(const QString &path, QString *error);

signals:
    void edited();
    void rememberSecretToggled(bool remember);
    void keepSessionToggled(bool keep);

private:
    // The place under a field where its problem is said, with a button for the fix when there is one.
    struct ProblemRow
    {
        QWidget *row = nullptr;
        QLabel *text = nullptr;
        QPushButton *fix = nullptr;
        std::function<void()> apply;
        QWidget *field = nullptr; // marked (and described) while there is a problem
        bool advanced = false;
    };
    struct Fix
    {
        QString label;
        std::function<void()> apply;
    };

    void revalidate();
    void updatePresetUi();
    void updateRows();
    void applyPresetDefaults();
    void setIssuerText(const QString &issuer);
    QString describe(const QString &message) const;
    QString fieldLabel(const QString &key) const;
    std::optional<Fix> fixFor(const QString &key, const Profile &p);
    QString issuerNote(const Profile &p, std::optional<Fix> *fix);
    void showPublicJwk(const QJsonObject &jwk); // generateClientKey()'s public key, to copy (window-modal, open())
    QLayout *m_clientKeyRow = nullptr;          // the client key's field and its Generate button
    QLayout *m_secretRow = nullptr;             // the client secret's field and its Show button
    QLabel *m_authHeading = nullptr, *m_requestHeading = nullptr; // the advanced part's sections
    QLineEdit *addLine(const QString &key, const QString &objectName, const QString &label, const QString &placeholder, bool advanced);
    void addRow(const QString &key, const QString &label, QWidget *field, bool advanced);
    void addRow(const QString &key, const QString &label, QLayout *field, QWidget *marked, bool advanced);
    void addProblemRow(const QString &key, QWidget *marked, bool advanced);
    void setRowShown(QObject *row, bool shown);
    void fieldRow(QWidget *field); // a row with no label
    QLabel *sectionHeading(const QString &text); // a bold line across the form that starts an advanced section
    void spanRow(QWidget *widget); // a row across both columns

    bool m_loading = false;
    bool m_filling = false; // setProfile() is setting the fields one by one: revalidate() waits for the last
    bool m_quiet = false;
    mutable QHash<QString, QRegularExpression> m_keyPatterns; // describe(): an unquoted camelCase key, by key
    Profile m_base; // unknown keys and other fields the editor does not show, written back as they were
    ProviderMetadata m_metadata;
    bool m_hasMetadata = false;
    QString m_mismatchFetchedFor, m_documentIssuer;
    QStringList m_problems, m_problemFields;

    QGridLayout *m_form = nullptr;
    QHash<QObject *, QLabel *> m_rowLabels; // field (widget or layout) -> its label
    QHash<QString, ProblemRow> m_problemRows; // by profile key
    QHash<QString, QLabel *> m_labels;        // the field labels, by profile key
    QList<QObject *> m_advancedRows;          // widgets or layouts of the advanced rows
    QToolButton *m_advancedToggle = nullptr;

    QComboBox *m_preset = nullptr;
    QLabel *m_presetHint = nullptr;
    QLineEdit *m_name = nullptr, *m_issuer = nullptr, *m_clientId = nullptr, *m_secret = nullptr, *m_redirectUri = nullptr,
              *m_scope = nullptr, *m_refreshScope = nullptr, *m_audience = nullptr, *m_connection = nullptr, *m_realm = nullptr,
              *m_subjectTokenType = nullptr, *m_requestedTokenType = nullptr, *m_clientKey = nullptr, *m_clientKeyId = nullptr,
              *m_clientCertificate = nullptr, *m_clientCertificateKey = nullptr,
              *m_organization = nullptr, *m_apiUrl = nullptr, *m_postLogout = nullptr, *m_caCertificates = nullptr;
    QLabel *m_issuerHint = nullptr, *m_issuerNote = nullptr;
    QPushButton *m_issuerNoteFix = nullptr;
    QWidget *m_issuerNoteRow = nullptr;
    std::function<void()> m_issuerNoteApply;
    QToolButton *m_showSecret = nullptr, *m_chooseCas = nullptr;
    QCheckBox *m_remember = nullptr, *m_pkce = nullptr, *m_keepSession = nullptr;
    QCheckBox *m_par = nullptr, *m_requestObject = nullptr, *m_dpop = nullptr; // the Request section (issue 14)
    QComboBox *m_dpopAlg = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QComboBox *m_grant = nullptr, *m_auth = nullptr, *m_responseType = nullptr, *m_responseMode = nullptr, *m_expectedAlg = nullptr, *m_browser = nullptr;
    QPlainTextEdit *m_extraParams = nullptr;
    QLabel *m_problemsLabel = nullptr;
};

} // namespace tokenscope::ui
