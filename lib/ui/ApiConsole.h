#pragma once

#include "HttpExchange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tokenscope::ui {

// Calls an API with the session's current access token: method, URL (from the profile), extra headers and a body;
// shows status, response headers, the body (JSON pretty-printed) and the time. When the API says 401 and a refresh
// token exists, "Refresh and retry" gets a new access token and sends again.
class ApiConsole : public QWidget
{
    Q_OBJECT
public:
    explicit ApiConsole(QWidget *parent = nullptr);

    void setUrl(const QString &url);
    QString url() const;
    QByteArray method() const;
    QByteArray body() const;
    // "Name: value" lines; lines without a colon are ignored.
    HttpHeaders headers() const;

    void setBusy(bool busy);
    void setResult(const HttpExchange &exchange);
    void setCanRefresh(bool canRefresh);
    void clearResult();

    static HttpHeaders parseHeaders(const QString &text);

signals:
    void sendRequested();
    void refreshAndRetryRequested();

private:
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers, *m_body, *m_responseHeaders, *m_responseBody;
    QPushButton *m_send, *m_retry;
    QLabel *m_status;
    bool m_canRefresh = false;
};

} // namespace tokenscope::ui
