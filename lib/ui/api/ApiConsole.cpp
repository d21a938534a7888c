#include "ui/api/ApiConsole.h"

#include "ui/httplog/HttpLogModel.h"
#include "ui/common/StatusStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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
    m_url->setAccessibleName(tr("API URL"));
    m_method->setAccessibleName(tr("HTTP method"));
    m_send = new QPushButton(tr("Sen&d"), this);
    m_send->setObjectName(QStringLiteral("apiSendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send with the current access token as Bearer credential"));
    line->addWidget(m_method);
    line->addWidget(m_url, 1);
    line->addWidget(m_send);
    layout->addLayout(line);
    auto *options = new QHBoxLayout;
    auto *tokenLabel = new QLabel(tr("To&ken:"), this);
    m_tokenChoice = new QComboBox(this);
    m_tokenChoice->setObjectName(QStringLiteral("apiTokenChoice"));
    m_tokenChoice->addItem(tr("Access token"), QStringLiteral("access_token"));
    m_tokenChoice->addItem(tr("ID token"), QStringLiteral("id_token"));
    m_tokenChoice->setToolTip(tr("Which token of the session goes in the Authorization header as Bearer credential"));
    tokenLabel->setBuddy(m_tokenChoice);
    auto *copyCurl = new QPushButton(tr("Copy as cu&rl"), this);
    copyCurl->setObjectName(QStringLiteral("apiCopyCurlButton"));
    m_curlWithToken = new QCheckBox(tr("with the token"), this);
    m_curlWithToken->setObjectName(QStringLiteral("apiCurlWithToken"));
    m_curlWithToken->setToolTip(tr("Put the real token into the copied command (otherwise <redacted>)"));
    auto *historyLabel = new QLabel(tr("Histor&y:"), this);
    m_historyBox = new QComboBox(this);
    m_historyBox->setObjectName(QStringLiteral("apiHistory"));
    m_historyBox->setPlaceholderText(tr("no request sent yet"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(12);
    historyLabel->setBuddy(m_historyBox);
    options->addWidget(tokenLabel);
    options->addWidget(m_tokenChoice);
    options->addSpacing(12);
    options->addWidget(copyCurl);
    options->addWidget(m_curlWithToken);
    options->addStretch(1);
    layout->addLayout(options);
    // The history on a row of its own: the tab keeps working in a small window.
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(historyLabel);
    historyRow->addWidget(m_historyBox, 1);
    layout->addLayout(historyRow);
    connect(copyCurl, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(curlCommand()); });
    connect(m_historyBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QList<Sent> sent = m_history.value(m_key);
        if (index >= 0 && index < sent.size())
            showDraft(sent.at(index).request);
    });

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
    m_responseHeaders->setAccessibleName(tr("Response headers"));
    m_responseHeaders->setReadOnly(true);
    m_responseHeaders->setFont(mono);
    m_responseHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_responseBody = new QPlainTextEdit(respSplit);
    m_responseBody->setObjectName(QStringLiteral("apiResponseBody"));
    m_responseBody->setAccessibleName(tr("Response body"));
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

ApiConsole::Draft ApiConsole::draft() const
{
    return {m_method->currentText(), m_url->text(), m_headers->toPlainText(), m_body->toPlainText()};
}

void ApiConsole::showDraft(const Draft &d)
{
    m_method->setCurrentText(d.method);
    m_url->setText(d.url);
    m_headers->setPlainText(d.headers);
    m_body->setPlainText(d.body);
}

void ApiConsole::switchTo(const QString &key, const QString &profileUrl)
{
    if (key == m_key) {
        if (!m_drafts.contains(key))
            m_url->setText(profileUrl);
        return;
    }
    if (!m_key.isEmpty())
        m_drafts.insert(m_key, draft());
    m_key = key;
    Draft d = m_drafts.value(key);
    if (!m_drafts.contains(key))
        d.url = profileUrl;
    showDraft(d);
    clearResult();
    refreshHistory();
}

void ApiConsole::refreshHistory()
{
    const QSignalBlocker block(m_historyBox);
    m_historyBox->clear();
    for (const Sent &s : m_history.value(m_key))
        m_historyBox->addItem(QStringLiteral("%1 %2 → %3").arg(s.request.method, s.request.url, s.status));
    // Nothing chosen (the draft stays as it is); the placeholder says what there is to choose from.
    m_historyBox->setPlaceholderText(m_historyBox->count() ? tr("%n request(s) sent: choose one to fill the form with it", nullptr, m_historyBox->count())
                                                           : tr("no request sent yet"));
    m_historyBox->setCurrentIndex(-1);
}

QString ApiConsole::tokenChoice() const
{
    return m_tokenChoice->currentData().toString();
}

void ApiConsole::setTokenSource(const std::function<QString(const QString &)> &source)
{
    m_tokenSource = source;
}

QString ApiConsole::bodyProblem() const
{
    const QByteArray text = body();
    if (text.trimmed().isEmpty())
        return {};
    for (const auto &h : headers()) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return {}; // the user says what it is
    }
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    return tr("The body is not valid JSON (%1 at character %2), so it was not sent as application/json. Fix it, or add a "
              "Content-Type header for another format.")
        .arg(error.errorString())
        .arg(error.offset);
}

QString ApiConsole::curlCommand() const
{
    HttpExchange ex;
    ex.method = method();
    ex.url = QUrl::fromUserInput(url());
    const QString token = m_tokenSource ? m_tokenSource(tokenChoice()) : QString();
    const QString shown = m_curlWithToken->isChecked() && !token.isEmpty() ? token : QStringLiteral("<redacted>");
    ex.requestHeaders.append({QByteArrayLiteral("Authorization"), "Bearer " + shown.toUtf8()});
    const HttpHeaders extra = headers();
    ex.requestHeaders.append(extra);
    ex.requestBody = body();
    const bool typed = std::any_of(extra.cbegin(), extra.cend(), [](const auto &h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
    if (!ex.requestBody.isEmpty() && !typed)
        ex.requestHeaders.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return toCurlCommand(ex);
}

void ApiConsole::setMessage(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(QString());
    m_responseHeaders->clear();
    m_responseBody->clear();
    m_retry->setVisible(false);
}

void ApiConsole::setSending()
{
    m_sending = draft();
    m_status->setText(tr("Sending…"));
    m_status->setStyleSheet(QString());
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
    if (m_sending) {
        const QString status = ex.status ? QStringLiteral("HTTP %1").arg(ex.status) : tr("no answer");
        m_history[m_key].prepend({*std::exchange(m_sending, std::nullopt), status});
        refreshHistory();
    }
}

} // namespace tokenscope::ui
