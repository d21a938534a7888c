#pragma once

#include "core/oidc/FlowState.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tokenscope {
class OidcFlow;
}

namespace tokenscope::ui {

// The device authorization grant (RFC 8628 3.3) in the Sign-in tab: the user code large, the verification URI (copy,
// open in the embedded browser, open in the system browser), a QR code of verification_uri_complete (of
// verification_uri when the provider sends none), a countdown to expires_in and the latest poll's answer. It follows
// the flow's signals itself; the main window only shows it and opens the embedded browser when asked.
class DeviceCodePane : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceCodePane(OidcFlow *flow, QWidget *parent = nullptr);

    // Empties the pane for a new sign-in.
    void reset();
    QString userCode() const { return m_device.userCode; }
    QUrl verificationUri() const { return m_device.verificationUri; }
    // The URL the QR code holds.
    QUrl qrUrl() const;

signals:
    void openInEmbeddedBrowserRequested();

private:
    void onReady();
    void onPoll(int poll, const QString &answer, int nextIntervalSecs);
    void onFinished(bool ok);
    void tick();

    OidcFlow *m_flow;
    DeviceFlowState m_device;
    QLabel *m_heading, *m_code, *m_uri, *m_qr, *m_countdown, *m_status;
    QPushButton *m_copy, *m_openEmbedded, *m_openSystem;
    QTimer m_clock;
    bool m_done = false;
};

} // namespace tokenscope::ui
