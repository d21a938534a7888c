#include "ui/profiles/ProfileBook.h"

#include "keychain/SecretStore.h"
#include "ui/profiles/ProfileStore.h"

#include <QCryptographicHash>
#include <QSettings>

namespace tokenscope::ui {

ProfileBook::ProfileBook(const QString &directory, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_store(new ProfileStore(directory, this)), m_settings(settings), m_keychain(secrets)
{
    Q_ASSERT(settings);
}

bool ProfileBook::isEmpty() const
{
    return m_store->entries().isEmpty();
}

QList<QPair<QString, QString>> ProfileBook::list() const
{
    QList<QPair<QString, QString>> out;
    for (const ProfileStore::Entry &e : m_store->entries())
        out.append({e.id, e.profile.name});
    return out;
}

void ProfileBook::setCurrentId(const QString &id)
{
    if (id != m_currentId)
        m_edited.reset();
    m_currentId = id;
}

std::optional<Profile> ProfileBook::stored(const QString &id) const
{
    const ProfileStore::Entry *e = m_store->entry(id);
    if (!e)
        return std::nullopt;
    Profile p = e->profile;
    if (m_secrets.contains(id))
        p.clientSecret = m_secrets.value(id);
    return p;
}

std::optional<Profile> ProfileBook::current() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    if (!m_edited)
        return stored(m_currentId);
    Profile p = *m_edited;
    if (p.clientSecret.isEmpty())
        p.clientSecret = m_secrets.value(m_currentId);
    return p;
}

TrustedCas ProfileBook::trustedCas(const QString &id) const
{
    const std::optional<Profile> p = id == m_currentId ? current() : stored(id);
    return loadCaCertificates(caCertificateFiles(p.value_or(Profile{}), id));
}

void ProfileBook::setSecret(const QString &id, const QString &secret)
{
    if (secret.isEmpty())
        m_secrets.remove(id);
    else
        m_secrets.insert(id, secret);
}

void ProfileBook::adoptSecretFromFile(const QString &id)
{
    const ProfileStore::Entry *e = m_store->entry(id);
    if (e && !m_secrets.contains(id) && !e->profile.clientSecret.isEmpty())
        m_secrets.insert(id, e->profile.clientSecret);
}

QString ProfileBook::settingsKey(const QString &id, const QString &name) const
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("profiles/%1/%2").arg(QString::fromLatin1(hash), name);
}

bool ProfileBook::flag(const QString &id, const QString &name) const
{
    return m_settings->value(settingsKey(id, name), false).toBool();
}

void ProfileBook::setFlag(const QString &id, const QString &name, bool value)
{
    m_settings->setValue(settingsKey(id, name), value);
}

bool ProfileBook::remembersSecret(const QString &id) const
{
    return m_keychain && m_keychain->available() && flag(id, QStringLiteral("rememberSecret"));
}

bool ProfileBook::remove(const QString &id, QString *error)
{
    if (!m_store->remove(id, error))
        return false;
    if (m_keychain && flag(id, QStringLiteral("rememberSecret")))
        m_keychain->remove(id);
    m_settings->remove(settingsKey(id, QString()).chopped(1));
    m_secrets.remove(id);
    if (id == m_currentId)
        setCurrentId(QString());
    return true;
}

} // namespace tokenscope::ui
