#pragma once

#include "core/http/HttpExchange.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tokenscope::ui {

// Calls an API with a token of the session (the access token, or the ID token): method, URL (from the profile), extra
// headers and a body; shows status, response headers, the body (JSON pretty-printed) and the time. When the API says
// 401 and a refresh token exists, "Refresh and retry" gets a new access token and sends again. Each profile has its
// own draft (method, URL, headers, body) and its own history of the requests sent; "Copy as curl" gives a runnable
// command, the token redacted unless "with token" is checked.
class ApiConsole : public QWidget
{
    Q_OBJECT
public:
    explicit ApiConsole(QWidget *parent = nullptr);

    // Keeps the draft of the profile shown so far and shows the draft of `key` (the profile's URL when it has none).
    void switchTo(const QString &key, const QString &profileUrl);
    void setUrl(const QString &url);
    QString url() const;
    QByteArray method() const;
    QByteArray body() const;
    // "Name: value" lines; lines without a colon are ignored.
    HttpHeaders headers() const;
    // "access_token" or "id_token": which token of the session goes in the Authorization header.
    QString tokenChoice() const;
    // Why the request cannot be sent as it is (an invalid JSON body without another Content-Type), empty when it can.
    QString bodyProblem() const;
    // What the console says instead of a response (a refusal, a warning): neutral, not an HTTP status.
    void setMessage(const QString &text);
    // The token the next request would carry, for "Copy as curl" (empty: none in the session).
    void setTokenSource(const std::function<QString(const QString &choice)> &source);
    QString curlCommand() const;

    void setBusy(bool busy);
    void setSending(); // a request is on its way
    void setResult(const HttpExchange &exchange);
    void setCanRefresh(bool canRefresh);
    void clearResult();

    static HttpHeaders parseHeaders(const QString &text);

signals:
    void sendRequested();
    void refreshAndRetryRequested();

private:
    struct Draft
    {
        QString method = QStringLiteral("GET");
        QString url;
        QString headers;
        QString body;
    };
    struct Sent
    {
        Draft request;
        QString status;
    };
    Draft draft() const;
    void showDraft(const Draft &d);
    void refreshHistory();

    QString m_key;
    QHash<QString, Draft> m_drafts;
    QHash<QString, QList<Sent>> m_history; // newest first
    std::optional<Draft> m_sending;
    std::function<QString(const QString &)> m_tokenSource;
    QComboBox *m_tokenChoice, *m_historyBox;
    QCheckBox *m_curlWithToken;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers, *m_body, *m_responseHeaders, *m_responseBody;
    QPushButton *m_send, *m_retry;
    QLabel *m_status;
    bool m_canRefresh = false;
};

} // namespace tokenscope::ui
