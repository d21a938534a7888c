#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tokenscope {
class SystemBrowserUserAgent;
}

namespace tokenscope::ui {

// The Sign-in tab's face when the profile uses the system browser (instead of the embedded login page): what the
// loopback listener is doing ("Waiting for the browser… (listening on http://127.0.0.1:PORT/callback)"), what the
// response mode means in this mode, and Cancel / Open again while it waits.
class SystemBrowserPane : public QWidget
{
    Q_OBJECT
public:
    explicit SystemBrowserPane(SystemBrowserUserAgent *agent, QWidget *parent = nullptr);

    // Before a sign-in: explains the mode for this response mode ("query", "fragment", "form_post").
    void prepare(const QString &responseMode);
    QString statusText() const;
    bool isWaiting() const { return m_waiting; }

signals:
    void cancelRequested();

private:
    void setStatus(const QString &text, bool waiting);

    SystemBrowserUserAgent *m_agent;
    QLabel *m_status;
    QLabel *m_note;
    QPushButton *m_openAgain;
    QPushButton *m_cancel;
    bool m_waiting = false;
};

} // namespace tokenscope::ui
