#include "ui/signin/SystemBrowserPane.h"

#include "browser/SystemBrowserUserAgent.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokenscope::ui {

SystemBrowserPane::SystemBrowserPane(SystemBrowserUserAgent *agent, QWidget *parent) : QWidget(parent), m_agent(agent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("Signing in with your system browser"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("systemBrowserStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openAgain = new QPushButton(tr("Open the browser again"), this);
    m_openAgain->setObjectName(QStringLiteral("systemBrowserOpenAgain"));
    m_openAgain->setToolTip(tr("Hands the same authorize URL to the browser again (if you closed its tab)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("systemBrowserCancel"));
    m_cancel->setToolTip(tr("Stop waiting: Tokenscope stops listening and the port is closed"));
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("systemBrowserNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    layout->addWidget(m_note);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, &SystemBrowserPane::cancelRequested);
    connect(m_openAgain, &QPushButton::clicked, m_agent, &SystemBrowserUserAgent::openAgain);
    connect(m_agent, &SystemBrowserUserAgent::waitingForBrowser, this, [this](const QUrl &, const QUrl &listening) {
        setStatus(tr("Waiting for the browser… (listening on %1)").arg(listening.toDisplayString(QUrl::RemoveQuery)), true);
    });
    connect(m_agent, &SystemBrowserUserAgent::stopped, this, [this] {
        if (m_waiting)
            setStatus(tr("Stopped listening: the port is closed."), false);
    });
    connect(m_agent, &UserAgent::callbackReceived, this, [this](const QUrl &url) {
        setStatus(url.isEmpty() ? tr("The logout page was opened in your browser. Tokenscope cannot see how it ends there.")
                                : tr("The browser came back to Tokenscope; you can close its tab."),
                  false);
    });
    connect(m_agent, &UserAgent::failed, this, [this](const QString &reason) { setStatus(tr("Stopped: %1").arg(reason), false); });
    prepare(QStringLiteral("query"));
}

void SystemBrowserPane::prepare(const QString &responseMode)
{
    QString mode;
    if (responseMode == QLatin1String("fragment"))
        mode = tr("Response mode fragment: a browser never sends the fragment to a server, so the page it shows at the end "
                  "passes the answer on to Tokenscope with a small script (JavaScript must be allowed for 127.0.0.1).");
    else if (responseMode == QLatin1String("form_post"))
        mode = tr("Response mode form_post cannot be used with the system browser: the loopback listener never sees a "
                  "posted form. Choose query or fragment, or the embedded browser.");
    else
        mode = tr("Response mode query: the answer arrives in the address the browser is sent back to.");
    m_note->setText(tr("The provider's login page opens in your default browser. When you are done there, the provider "
                       "sends the browser back to Tokenscope at http://127.0.0.1 on a port picked for this sign-in; "
                       "Tokenscope listens only until then, until you cancel, or until it times out.")
                    + QStringLiteral("\n\n") + mode);
    setStatus(tr("Press Sign in: the authorize URL above opens in your browser."), false);
}

QString SystemBrowserPane::statusText() const
{
    return m_status->text();
}

void SystemBrowserPane::setStatus(const QString &text, bool waiting)
{
    m_waiting = waiting;
    m_status->setText(text);
    m_openAgain->setVisible(waiting);
    m_cancel->setVisible(waiting);
}

} // namespace tokenscope::ui
