#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tokenscope {
struct Profile;
}

namespace tokenscope::ui {

// Asks for the user's username and password at sign-in when the profile's grant is password (RFC 6749 4.3, or Auth0's
// password-realm): the client itself sends them to the token endpoint. Nothing here is stored: the window remembers
// the username for the session, never the password, and the dialog forgets the password once it was taken.
// Opened with open() (window-modal, no nested event loop); credentialsGiven() when the user presses Sign in.
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    PasswordPrompt(const Profile &profile, const QString &username, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }

signals:
    void credentialsGiven(const QString &username, const QString &password);

private:
    void updateButton();
    void take();

    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace tokenscope::ui
