#pragma once

#include "core/http/TrustedCas.h"
#include "core/profile/Profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <optional>

class QSettings;

namespace tokenscope {
class SecretStore;
}

namespace tokenscope::ui {

class ProfileStore;

// The window's profiles, with no widget: the stored files (ProfileStore), the client secrets held in memory (and in
// the system keychain for the profiles whose user asked for that), the per-profile settings, which profile is the
// current one and what its editor holds right now. The main window and the Tenant tab share one book.
class ProfileBook : public QObject
{
    Q_OBJECT
public:
    // settings: required; secrets: the system keychain, or null (secrets then stay in memory only).
    ProfileBook(const QString &directory, QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *store() const { return m_store; }
    SecretStore *keychain() const { return m_keychain; }
    bool isEmpty() const;
    QList<QPair<QString, QString>> list() const; // (id, name) of every profile, in the store's order

    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id); // also forgets the editor's state of the previous one
    // What the current profile's editor holds (the window sets it on every edit; nullopt: as stored).
    void setEdited(const std::optional<Profile> &edited) { m_edited = edited; }

    // A profile as stored, with its client secret from memory; nullopt for an unknown id.
    std::optional<Profile> stored(const QString &id) const;
    // The current profile as edited (as stored while nothing was edited), with its secret; nullopt without one.
    std::optional<Profile> current() const;
    // The CA certificates a profile trusts (its "caCertificates"; for the current one, as edited).
    TrustedCas trustedCas(const QString &id) const;

    // Client secrets in memory, per profile (never written to a profile file).
    QString secret(const QString &id) const { return m_secrets.value(id); }
    bool hasSecret(const QString &id) const { return m_secrets.contains(id); }
    void setSecret(const QString &id, const QString &secret); // empty: forgotten
    // The secret of a profile file that carries one itself (the app never writes one): taken unless one is known.
    void adoptSecretFromFile(const QString &id);

    // Per-profile yes/no settings ("keepSession", "rememberSecret"), no by default.
    bool flag(const QString &id, const QString &name) const;
    void setFlag(const QString &id, const QString &name, bool value);
    // Whether the keychain is there and the user asked to remember this profile's secret in it.
    bool remembersSecret(const QString &id) const;

    // Removes the profile's file, its secret (memory and keychain) and its settings; false with `error` otherwise.
    bool remove(const QString &id, QString *error);

private:
    QString settingsKey(const QString &id, const QString &name) const;

    ProfileStore *m_store;
    QSettings *m_settings;
    SecretStore *m_keychain;
    QString m_currentId;
    std::optional<Profile> m_edited;
    QHash<QString, QString> m_secrets;
};

} // namespace tokenscope::ui
