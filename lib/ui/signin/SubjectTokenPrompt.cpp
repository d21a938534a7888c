#include "ui/signin/SubjectTokenPrompt.h"

#include "core/jose/Jwt.h"
#include "core/oidc/TokenInspection.h"
#include "core/profile/Profile.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokenscope::ui {

SubjectTokenPrompt::SubjectTokenPrompt(const Profile &profile, const QString &offered, const QString &offeredFrom, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("subjectTokenPrompt"));
    setWindowTitle(tr("Token to exchange"));
    auto *layout = new QVBoxLayout(this);

    const QString audience = profile.audience.trimmed();
    auto *intro = new QLabel(audience.isEmpty()
                                 ? tr("The profile %1 uses token exchange (RFC 8693): Tokenscope sends a token it was given (the "
                                      "subject token, of type %2) to the token endpoint and asks for a new one.")
                                       .arg(profile.name.toHtmlEscaped(), profile.effectiveSubjectTokenType().toHtmlEscaped())
                                 : tr("The profile %1 uses token exchange (RFC 8693): Tokenscope sends a token it was given (the "
                                      "subject token, of type %2) to the token endpoint and asks for one for <b>%3</b>.")
                                       .arg(profile.name.toHtmlEscaped(), profile.effectiveSubjectTokenType().toHtmlEscaped(),
                                            audience.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *label = new QLabel(offered.isEmpty() ? tr("&Subject token:") : tr("&Subject token (%1):").arg(offeredFrom), this);
    label->setWordWrap(true);
    auto *openFile = new QPushButton(tr("Open &file…"), this);
    openFile->setObjectName(QStringLiteral("subjectTokenOpenFile"));
    openFile->setToolTip(tr("Read the token from a file (a token saved from a log, a ticket, another tool)"));
    connect(openFile, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Open a token"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &SubjectTokenPrompt::loadFile);
        dialog->open();
    });
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(label, 1);
    labelRow->addWidget(openFile);
    layout->addLayout(labelRow);
    m_token = new QPlainTextEdit(this);
    m_token->setObjectName(QStringLiteral("subjectTokenEdit"));
    m_token->setAccessibleName(tr("Subject token"));
    m_token->setPlaceholderText(tr("paste the token here (a \"Bearer \" prefix is fine)"));
    m_token->setTabChangesFocus(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setPlainText(offered);
    m_token->setMinimumHeight(90);
    label->setBuddy(m_token);
    layout->addWidget(m_token, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("subjectTokenSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *note = new QLabel(tr("The token is used for this exchange only: it is not stored, and the HTTP log and reports show "
                               "it without its signature, so it cannot be replayed from them."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exchange = buttons->addButton(tr("Exchange"), QDialogButtonBox::AcceptRole);
    m_exchange->setObjectName(QStringLiteral("subjectTokenExchange"));
    m_exchange->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectTokenPrompt::take);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_token, &QPlainTextEdit::textChanged, this, &SubjectTokenPrompt::update);
    // The token is forgotten however the dialog closes.
    connect(this, &QDialog::finished, m_token, &QPlainTextEdit::clear);
    update();
    m_token->setFocus();
    resize(qMax(sizeHint().width(), 520), qMax(sizeHint().height(), 320));
}

void SubjectTokenPrompt::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    constexpr qint64 maxBytes = 1024 * 1024;
    if (file.size() > maxBytes) {
        m_summary->setText(tr("%1 is larger than 1 MiB: not a token").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_token->setPlainText(QString::fromUtf8(file.read(maxBytes)).trimmed());
}

QString SubjectTokenPrompt::token() const
{
    return QString::fromUtf8(normalizeTokenText(m_token->toPlainText())); // as the workbench reads a pasted token
}

void SubjectTokenPrompt::update()
{
    const QString t = token();
    m_exchange->setEnabled(!t.isEmpty());
    if (t.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QByteArray raw = t.toUtf8();
    if (!looksLikeJwt(raw)) {
        m_summary->setText(tr("Not a JWT: an opaque token, sent as it is (the provider must know it)."));
        return;
    }
    const ParsedJwt jwt = parseJwt(raw);
    if (!jwt.structurallyValid) {
        m_summary->setText(tr("This looks like a JWT but cannot be decoded: %1").arg(jwt.defects.value(0)));
        return;
    }
    const QJsonObject &c = jwt.payload;
    QStringList audiences;
    const QJsonValue aud = c.value(QLatin1String("aud"));
    if (aud.isString())
        audiences << aud.toString();
    for (const QJsonValue &v : aud.toArray())
        audiences << v.toString();
    QString text = tr("A JWT from %1 for %2, audience %3")
                       .arg(c.value(QLatin1String("iss")).toString(tr("(no iss)")), c.value(QLatin1String("sub")).toString(tr("(no sub)")),
                            audiences.isEmpty() ? tr("(none)") : audiences.join(QStringLiteral(", ")));
    if (const QJsonValue exp = c.value(QLatin1String("exp")); exp.isDouble()) {
        const qint64 left = qint64(exp.toDouble()) - QDateTime::currentSecsSinceEpoch();
        if (left > 2 * 3600)
            text += tr("; expires in %n hour(s)", nullptr, int((left + 1800) / 3600));
        else if (left > 0)
            text += tr("; expires in %n minute(s)", nullptr, int((left + 59) / 60));
        else
            text += tr("; EXPIRED %n minute(s) ago: the provider will refuse it", nullptr, int((-left + 59) / 60));
    }
    m_summary->setText(text + QLatin1Char('.'));
}

void SubjectTokenPrompt::take()
{
    const QString t = token();
    if (t.isEmpty())
        return;
    accept();
    emit tokenGiven(t);
}

} // namespace tokenscope::ui
