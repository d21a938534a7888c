#include "ui/profiles/ProfileStore.h"

#include "browser/WebEngineEnvironment.h"
#include "core/http/TrustedCas.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tokenscope::ui {

namespace {

bool readProfile(const QString &path, ProfileLoadResult &result, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaxProfileBytes) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "%1 is too large for a profile").arg(path);
        return false;
    }
    result = loadProfile(file.readAll());
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ProfileStore::ProfileStore(const QString &directory, QObject *parent) : QObject(parent), m_directory(directory)
{
    reload();
}

void ProfileStore::reload()
{
    QList<Entry> kept;
    for (const Entry &e : std::as_const(m_entries)) {
        if (QFileInfo(e.path).absolutePath() != QDir(m_directory).absolutePath())
            kept << e;
    }
    m_entries = kept;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const QString path = dir.absoluteFilePath(f);
        ProfileLoadResult loaded;
        QString error;
        Entry e{path, path, {}, {}};
        if (readProfile(path, loaded, &error)) {
            e.profile = loaded.profile;
            e.problems = loaded.errors + loaded.warnings;
        } else {
            e.problems << error;
        }
        if (e.profile.name.isEmpty())
            e.profile.name = QFileInfo(path).completeBaseName();
        m_entries << e;
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.profile.name.localeAwareCompare(b.profile.name) < 0; });
    emit changed();
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

const ProfileStore::Entry *ProfileStore::entry(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_entries.at(i);
}

QString ProfileStore::openFile(const QString &path, QString *error)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    ProfileLoadResult loaded;
    if (!readProfile(abs, loaded, error))
        return {};
    const int existing = indexOf(abs);
    Entry e{abs, abs, loaded.profile, loaded.errors + loaded.warnings};
    if (e.profile.name.isEmpty())
        e.profile.name = QFileInfo(abs).completeBaseName();
    if (existing >= 0)
        m_entries[existing] = e;
    else
        m_entries << e;
    emit changed();
    return abs;
}

ProfileStore::ImportCandidate ProfileStore::readImport(const QString &path) const
{
    ImportCandidate c;
    c.path = QFileInfo(path).absoluteFilePath();
    ProfileLoadResult loaded;
    if (!readProfile(c.path, loaded, &c.error))
        return c;
    if (!loaded.ok()) { // a file of the folder may be broken and fixed in the editor; an import must be a profile
        c.error = QCoreApplication::translate("ProfileStore", "%1 is not a usable profile: %2")
                      .arg(QFileInfo(path).fileName(), loaded.errors.join(QStringLiteral("; ")));
        return c;
    }
    c.profile = loaded.profile;
    c.warnings = loaded.warnings;
    if (c.profile.name.isEmpty())
        c.profile.name = QFileInfo(path).completeBaseName();
    // The copy lives in another folder: CA certificate names relative to the imported file keep naming the same files.
    c.profile.caCertificates = caCertificateFiles(c.profile, c.path);
    return c;
}

QString ProfileStore::addImport(const ImportCandidate &candidate, QString *error)
{
    if (!candidate.ok()) {
        if (error)
            *error = candidate.error;
        return {};
    }
    const QString id = save(QString(), candidate.profile, error);
    if (!id.isEmpty()) {
        const int i = indexOf(id);
        if (i >= 0)
            m_entries[i].profile.clientSecret = candidate.profile.clientSecret; // in memory only
    }
    return id;
}

QString ProfileStore::importFile(const QString &path, QString *error)
{
    return addImport(readImport(path), error);
}

bool ProfileStore::exportTo(const QString &id, const QString &path, QString *error) const
{
    const Entry *e = entry(id);
    if (!e) {
        if (error)
            *error = tr("no such profile");
        return false;
    }
    return writeFile(path, saveProfile(e->profile), error);
}

QString ProfileStore::newPath(const QString &name) const
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.mid(0, 60);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("profile");
    const QDir dir(m_directory);
    QString path = dir.absoluteFilePath(slug + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path) || indexOf(path) >= 0; ++n)
        path = dir.absoluteFilePath(QStringLiteral("%1-%2.json").arg(slug).arg(n));
    return path;
}

QString ProfileStore::save(const QString &id, const Profile &profile, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("cannot create the folder %1").arg(m_directory);
        return {};
    }
    const int i = indexOf(id);
    const QString path = i >= 0 ? m_entries.at(i).path : newPath(profile.name);
    if (!writeFile(path, saveProfile(profile), error))
        return {};
    Entry e{path, path, profile, validateProfile(profile)};
    if (i >= 0)
        m_entries[i] = e;
    else
        m_entries << e;
    emit changed();
    return path;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    const QString path = m_entries.at(i).path;
    if (QFileInfo(path).absolutePath() == QDir(m_directory).absolutePath() && QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("cannot delete %1").arg(path);
        return false;
    }
    m_entries.removeAt(i);
    emit changed();
    return true;
}

QStringList ProfileStore::callbackSchemes() const
{
    QStringList uris;
    for (const Entry &e : m_entries)
        uris << e.profile.redirectUri << e.profile.postLogoutRedirectUri;
    return customSchemes(uris);
}

} // namespace tokenscope::ui
