#include "ui/signin/PasswordPrompt.h"

#include "core/profile/Profile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokenscope::ui {

PasswordPrompt::PasswordPrompt(const Profile &profile, const QString &username, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(tr("Sign in with a password"));
    auto *layout = new QVBoxLayout(this);

    const QString realm = profile.realm.trimmed();
    auto *intro = new QLabel(realm.isEmpty()
                                 ? tr("The profile %1 uses the password grant (RFC 6749 4.3): Tokenscope sends the user's "
                                      "username and password to the token endpoint itself, with no login page.")
                                       .arg(profile.name.toHtmlEscaped())
                                 : tr("The profile %1 uses Auth0's password-realm grant: Tokenscope sends the user's username "
                                      "and password for the connection <b>%2</b> to the token endpoint itself, with no login page.")
                                       .arg(profile.name.toHtmlEscaped(), realm.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_username = new QLineEdit(username, this);
    m_username->setObjectName(QStringLiteral("passwordPromptUsername"));
    m_username->setPlaceholderText(tr("username or e-mail address"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordPromptPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto *note = new QLabel(tr("The password is used for this sign-in only: it is not stored, and the HTTP log shows it as "
                               "<redacted>. The OAuth 2.0 Security Best Current Practice (RFC 9700 2.4) says this grant must "
                               "not be used: prefer the authorization code flow where the application allows it."),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("passwordPromptSignIn"));
    m_signIn->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordPrompt::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &PasswordPrompt::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordPrompt::updateButton);
    // The password is forgotten however the dialog closes.
    connect(this, &QDialog::finished, m_password, &QLineEdit::clear);
    updateButton();
    (username.isEmpty() ? m_username : m_password)->setFocus();
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

void PasswordPrompt::updateButton()
{
    m_signIn->setEnabled(!m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void PasswordPrompt::take()
{
    if (!m_signIn->isEnabled())
        return;
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    accept();
    emit credentialsGiven(username, password);
}

} // namespace tokenscope::ui
