#include "ui/device/DeviceCodePane.h"

#include "core/oidc/OidcFlow.h"
#include "ui/device/QrCode.h"

#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace tokenscope::ui {

DeviceCodePane::DeviceCodePane(OidcFlow *flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    setObjectName(QStringLiteral("deviceCodePane"));
    auto *outer = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    outer->addLayout(left, 1);

    m_heading = new QLabel(tr("Waiting for the device authorization…"), this);
    m_heading->setObjectName(QStringLiteral("deviceHeading"));
    m_heading->setWordWrap(true);
    left->addWidget(m_heading);

    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("deviceUserCode"));
    m_code->setAccessibleName(tr("User code"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setLetterSpacing(QFont::PercentageSpacing, 115);
    big.setStyleHint(QFont::Monospace);
    big.setFamily(QStringLiteral("monospace"));
    m_code->setFont(big);
    left->addWidget(m_code);

    m_uri = new QLabel(this);
    m_uri->setObjectName(QStringLiteral("deviceVerificationUri"));
    m_uri->setAccessibleName(tr("Verification URI"));
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uri->setWordWrap(true);
    left->addWidget(m_uri);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("Copy address"), this);
    m_copy->setObjectName(QStringLiteral("deviceCopyUri"));
    m_copy->setToolTip(tr("Copies the verification address to the clipboard"));
    m_openEmbedded = new QPushButton(tr("Open in the embedded browser"), this);
    m_openEmbedded->setObjectName(QStringLiteral("deviceOpenEmbedded"));
    m_openEmbedded->setToolTip(tr("Opens the verification page below, in Tokenscope's browser"));
    m_openSystem = new QPushButton(tr("Open in the system browser"), this);
    m_openSystem->setObjectName(QStringLiteral("deviceOpenSystem"));
    m_openSystem->setToolTip(tr("Opens the page with the code filled in, in your default browser"));
    buttons->addWidget(m_copy);
    buttons->addWidget(m_openEmbedded);
    buttons->addWidget(m_openSystem);
    buttons->addStretch(1);
    left->addLayout(buttons);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("deviceCountdown"));
    left->addWidget(m_countdown);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deviceStatus"));
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    left->addStretch(1);

    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("deviceQr"));
    m_qr->setAccessibleName(tr("QR code of the verification address"));
    m_qr->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    outer->addWidget(m_qr, 0, Qt::AlignTop);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_device.verificationUri.toString());
        m_status->setText(tr("The verification address is on the clipboard."));
    });
    connect(m_openEmbedded, &QPushButton::clicked, this, &DeviceCodePane::openInEmbeddedBrowserRequested);
    connect(m_openSystem, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(qrUrl()); });

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &DeviceCodePane::tick);
    connect(m_flow, &OidcFlow::deviceAuthorizationReady, this, &DeviceCodePane::onReady);
    connect(m_flow, &OidcFlow::devicePollAnswered, this, &DeviceCodePane::onPoll);
    connect(m_flow, &OidcFlow::finished, this, &DeviceCodePane::onFinished);
    reset();
}

void DeviceCodePane::reset()
{
    m_device = DeviceFlowState{};
    m_done = false;
    m_clock.stop();
    m_heading->setText(tr("Waiting for the device authorization…"));
    m_code->clear();
    m_uri->clear();
    m_qr->clear();
    m_countdown->clear();
    m_status->clear();
    for (QPushButton *b : {m_copy, m_openEmbedded, m_openSystem})
        b->setEnabled(false);
}

QUrl DeviceCodePane::qrUrl() const
{
    return m_device.verificationUriComplete.isEmpty() ? m_device.verificationUri : m_device.verificationUriComplete;
}

void DeviceCodePane::onReady()
{
    if (!m_flow->state().device)
        return;
    m_device = *m_flow->state().device;
    m_done = false;
    m_heading->setText(tr("On any device, open the address below and enter this code:"));
    m_code->setText(m_device.userCode);
    m_uri->setText(m_device.verificationUri.toDisplayString());
    const QImage qr = qrCodeImage(qrUrl().toString(QUrl::FullyEncoded), 5);
    if (!qr.isNull()) {
        m_qr->setPixmap(QPixmap::fromImage(qr));
        m_qr->setToolTip(m_device.verificationUriComplete.isEmpty()
                             ? tr("Scan to open %1 (the provider sent no address with the code in it: type the code)").arg(qrUrl().toDisplayString())
                             : tr("Scan to open %1, with the code filled in").arg(qrUrl().toDisplayString()));
    }
    for (QPushButton *b : {m_copy, m_openEmbedded, m_openSystem})
        b->setEnabled(true);
    m_status->setText(tr("Tokenscope asks the provider every %n second(s) whether you approved.", nullptr, m_device.interval));
    tick();
    m_clock.start();
}

void DeviceCodePane::onPoll(int poll, const QString &answer, int nextIntervalSecs)
{
    if (answer == QLatin1String("authorization_pending"))
        m_status->setText(tr("Poll %1: not approved yet (authorization_pending); next in %n second(s).", nullptr, nextIntervalSecs).arg(poll));
    else if (answer == QLatin1String("slow_down"))
        m_status->setText(tr("Poll %1: the provider asked to slow down (slow_down); now every %n second(s).", nullptr, nextIntervalSecs).arg(poll));
    else if (answer == QLatin1String("tokens"))
        m_status->setText(tr("Poll %1: approved; the tokens arrived.").arg(poll));
    else if (answer == QLatin1String("access_denied"))
        m_status->setText(tr("Poll %1: the sign-in was refused on the verification page (access_denied).").arg(poll));
    else if (answer == QLatin1String("expired_token"))
        m_status->setText(tr("Poll %1: the code expired (expired_token); sign in again for a new one.").arg(poll));
    else
        m_status->setText(tr("Poll %1: the provider answered %2.").arg(poll).arg(answer));
}

void DeviceCodePane::onFinished(bool ok)
{
    if (m_device.userCode.isEmpty())
        return;
    m_done = true;
    m_clock.stop();
    m_countdown->setText(ok ? tr("Signed in.") : tr("The device sign-in ended."));
    for (QPushButton *b : {m_openEmbedded, m_openSystem})
        b->setEnabled(false);
}

void DeviceCodePane::tick()
{
    if (m_done || !m_device.expiresAt.isValid())
        return;
    const qint64 left = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_device.expiresAt));
    m_countdown->setText(left > 0 ? tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                                  : tr("The code has expired."));
}

} // namespace tokenscope::ui
