#pragma once

#include "core/profile/Profile.h"

#include <QObject>
#include <QStringList>

namespace tokenscope::ui {

// The saved profiles: one JSON file per profile (lib/core's loadProfile/saveProfile format, never a client secret)
// in one folder, normally QStandardPaths::AppConfigLocation + "/profiles". An entry may also live outside the
// folder (a file opened with --profile); it is saved back to where it came from.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;        // stable key: the file path
        QString path;
        Profile profile;
        QStringList problems; // load errors / warnings
    };

    explicit ProfileStore(const QString &directory, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    // Reads every *.json in the folder (entries opened from elsewhere stay).
    void reload();
    const QList<Entry> &entries() const { return m_entries; }
    int indexOf(const QString &id) const;
    const Entry *entry(const QString &id) const;

    // Adds the file as an entry (not copied). Returns the id, "" with error set when it cannot be read.
    QString openFile(const QString &path, QString *error);
    // A profile file to import, read but not added yet (the window shows what it will contact first).
    struct ImportCandidate
    {
        QString path;         // the file it was read from, absolute
        Profile profile;      // its relative CA certificate names made absolute (relative to the file's folder)
        QStringList warnings; // usable, but worth a look
        QString error;        // why it cannot be imported; empty when it can
        bool ok() const { return error.isEmpty(); }
    };
    ImportCandidate readImport(const QString &path) const;
    // Copies a candidate that is ok() into the folder. Returns the new id.
    QString addImport(const ImportCandidate &candidate, QString *error);
    // readImport() and addImport() at once.
    QString importFile(const QString &path, QString *error);
    bool exportTo(const QString &id, const QString &path, QString *error) const;
    // Writes the profile (new file in the folder when id is empty). Returns the id.
    QString save(const QString &id, const Profile &profile, QString *error);
    bool remove(const QString &id, QString *error);

    // Custom URL schemes of the callback URLs of every profile here (the web engine needs them before it starts).
    QStringList callbackSchemes() const;

signals:
    void changed();

private:
    QString newPath(const QString &name) const;
    QString m_directory;
    QList<Entry> m_entries;
};

} // namespace tokenscope::ui
