#pragma once

#include "core/profile/Profile.h"
#include "core/profile/ProfileReach.h"

#include <QDialog>

class QListWidget;

namespace tokenscope::ui {

// Shown before a profile file from elsewhere is imported (issue 19): which hosts it will make Tokenscope contact
// (the issuer and its discovery document, the API, every endpoint it names), which URLs the browser is sent back to
// (caught, never loaded), and the custom CA certificates it trusts besides the system's, marked as such. Import adds it;
// Cancel adds nothing. Window-modal; open() it and act on accepted().
class ProfileImportDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileImportDialog(const Profile &profile, const QString &sourcePath, const QStringList &warnings, QWidget *parent = nullptr);

    const Profile &profile() const { return m_profile; }
    QString sourcePath() const { return m_sourcePath; }

private:
    Profile m_profile;
    QString m_sourcePath;
};

} // namespace tokenscope::ui
