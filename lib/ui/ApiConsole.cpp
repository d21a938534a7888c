#include "ApiConsole.h"

#include "HttpLogModel.h"
#include "StatusStyle.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace tokenscope::ui {

ApiConsole::ApiConsole(QWidget *parent) : QWidget(parent)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *layout = new QVBoxLayout(this);
    auto *line = new QHBoxLayout;
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("apiMethod"));
    for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_method->addItem(QString::fromLatin1(m));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example/private"));
    m_url->setClearButtonEnabled(true);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("apiSendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send with the current access token as Bearer credential"));
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    layout->addLayout(line);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *request = new QWidget(split);
    auto *form = new QFormLayout(request);
    form->setContentsMargins(0, 0, 0, 0);
    m_headers = new QPlainTextEdit(request);
    m_headers->setObjectName(QStringLiteral("apiHeaders"));
    m_headers->setPlaceholderText(tr("Accept: application/json\n(the Authorization header is added for you)"));
    m_headers->setFont(mono);
    m_headers->setTabChangesFocus(true);
    m_body = new QPlainTextEdit(request);
    m_body->setObjectName(QStringLiteral("apiBody"));
    m_body->setPlaceholderText(tr("Request body (JSON), for POST, PUT and PATCH"));
    m_body->setFont(mono);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body"), m_body);

    auto *response = new QWidget(split);
    auto *rv = new QVBoxLayout(response);
    rv->setContentsMargins(0, 0, 0, 0);
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(response);
    m_status->setObjectName(QStringLiteral("apiStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_retry = new QPushButton(tr("Refresh and retry"), response);
    m_retry->setObjectName(QStringLiteral("apiRefreshRetryButton"));
    m_retry->setVisible(false);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_retry);
    rv->addLayout(statusRow);
    auto *respSplit = new QSplitter(Qt::Vertical, response);
    m_responseHeaders = new QPlainTextEdit(respSplit);
    m_responseHeaders->setObjectName(QStringLiteral("apiResponseHeaders"));
    m_responseHeaders->setReadOnly(true);
    m_responseHeaders->setFont(mono);
    m_responseHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_responseBody = new QPlainTextEdit(respSplit);
    m_responseBody->setObjectName(QStringLiteral("apiResponseBody"));
    m_responseBody->setReadOnly(true);
    m_responseBody->setFont(mono);
    respSplit->setStretchFactor(0, 1);
    respSplit->setStretchFactor(1, 3);
    rv->addWidget(respSplit, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_send, &QPushButton::clicked, this, &ApiConsole::sendRequested);
    connect(m_url, &QLineEdit::returnPressed, this, &ApiConsole::sendRequested);
    connect(m_retry, &QPushButton::clicked, this, &ApiConsole::refreshAndRetryRequested);
    clearResult();
}

void ApiConsole::setUrl(const QString &url)
{
    m_url->setText(url);
}

QString ApiConsole::url() const
{
    return m_url->text().trimmed();
}

QByteArray ApiConsole::method() const
{
    return m_method->currentText().toLatin1();
}

QByteArray ApiConsole::body() const
{
    return m_body->toPlainText().toUtf8();
}

HttpHeaders ApiConsole::parseHeaders(const QString &text)
{
    HttpHeaders out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            continue; // the console adds the access token itself
        out.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return out;
}

HttpHeaders ApiConsole::headers() const
{
    return parseHeaders(m_headers->toPlainText());
}

void ApiConsole::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
    m_retry->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Sending…"));
        m_status->setStyleSheet(QString());
    }
}

void ApiConsole::setCanRefresh(bool canRefresh)
{
    m_canRefresh = canRefresh;
}

void ApiConsole::clearResult()
{
    m_status->setText(tr("No request sent yet"));
    m_status->setStyleSheet(QString());
    m_responseHeaders->clear();
    m_responseBody->clear();
    m_retry->setVisible(false);
}

void ApiConsole::setResult(const HttpExchange &ex)
{
    if (!ex.error.isEmpty() && ex.status == 0) {
        m_status->setText(tr("No answer: %1 (%2 ms)").arg(ex.error).arg(ex.elapsedMs));
    } else {
        m_status->setText(tr("HTTP %1 %2 · %3 ms · %n byte(s)", nullptr, int(ex.responseBody.size()))
                              .arg(ex.status)
                              .arg(QString::fromLatin1(ex.reasonPhrase))
                              .arg(ex.elapsedMs));
    }
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(statusColor(ex.isSuccess() ? CheckStatus::Pass : CheckStatus::Fail).name()));
    QString headers;
    for (const auto &h : ex.responseHeaders)
        headers += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    m_responseHeaders->setPlainText(headers);
    m_responseBody->setPlainText(prettyBody(ex.responseBody, ex.responseHeader("Content-Type")));
    m_retry->setVisible(ex.status == 401 && m_canRefresh);
}

} // namespace tokenscope::ui
