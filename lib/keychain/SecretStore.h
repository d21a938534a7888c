#pragma once

#include <QObject>
#include <QString>

namespace tokenscope {

// Client secrets in the system keychain, shared by the desktop app and tokenscope-cli: service "Tokenscope", one entry per
// profile whose key is the profile file's absolute path (keyForProfileFile), so a secret the app remembers is found by
// `tokenscope-cli login --profile` for the same file.
//
// Client secrets in the system keychain (QtKeychain: Secret Service, KWallet, macOS Keychain, Windows Credential
// Store), asynchronously. Never falls back to plain text: when no keychain service answers, the caller is told
// (available() becomes false) and keeps the secret in memory for the session.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    // false after a job failed because no keychain service is reachable (headless machines, no D-Bus session).
    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    static QString serviceName() { return QStringLiteral("Tokenscope"); }
    static QString keyForProfileFile(const QString &path);

    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

signals:
    // error is empty on success; found is false when the keychain has no entry for the key.
    void readFinished(const QString &key, bool found, const QString &secret, const QString &error);
    void writeFinished(const QString &key, const QString &error);
    void removeFinished(const QString &key, const QString &error);
    void availabilityChanged(bool available);

private:
    void noteFailure(int error, const QString &message);
    QString m_service;
    bool m_available = true;
    QString m_reason;
};

} // namespace tokenscope
