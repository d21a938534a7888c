#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tokenscope {
struct Profile;
}

namespace tokenscope::ui {

// Asks for the token to exchange at sign-in when the profile's grant is token_exchange (RFC 8693) and the profile has
// no subjectToken: pasted (a "Bearer " prefix and whitespace are tolerated), read from a file, or the access token of
// the window's last sign-in, offered when there is one. What the pasted token is (issuer, subject, audience, expiry) is shown as it is
// typed, so a wrong or expired token is seen before it is sent. Nothing is stored.
// Opened with open() (window-modal, no nested event loop); tokenGiven() when the user presses Exchange.
class SubjectTokenPrompt : public QDialog
{
    Q_OBJECT
public:
    // `offered`: the token to propose (empty: none), `offeredFrom`: where it comes from, in words.
    SubjectTokenPrompt(const Profile &profile, const QString &offered, const QString &offeredFrom, QWidget *parent = nullptr);

    QPlainTextEdit *tokenEdit() const { return m_token; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *exchangeButton() const { return m_exchange; }
    // Puts a file's content (at most 1 MiB) in the field ("Open file…"); a file that cannot be read is said in the
    // summary and the field is left as it was.
    void loadFile(const QString &path);

signals:
    void tokenGiven(const QString &token);

private:
    QString token() const;
    void update();
    void take();

    QPlainTextEdit *m_token = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exchange = nullptr;
};

} // namespace tokenscope::ui
