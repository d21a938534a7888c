#include "ui/signin/UserCard.h"

#include "core/http/HttpClient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tokenscope::ui {

namespace {
constexpr int PictureSize = 96;
}

UserCard::UserCard(HttpClient *http, QWidget *parent) : QWidget(parent), m_http(http)
{
    auto *outer = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_picture = new QLabel(this);
    m_picture->setObjectName(QStringLiteral("userPicture"));
    m_picture->setFixedSize(PictureSize, PictureSize);
    row->addWidget(m_picture, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("userName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_email = new QLabel(this);
    m_email->setObjectName(QStringLiteral("userEmail"));
    m_sub = new QLabel(this);
    m_sub->setObjectName(QStringLiteral("userSub"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("userSource"));
    m_source->setEnabled(false);
    for (QLabel *l : {m_name, m_email, m_sub})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->addWidget(m_name);
    text->addWidget(m_email);
    text->addWidget(m_sub);
    text->addWidget(m_source);
    text->addStretch(1);
    row->addLayout(text, 1);
    outer->addLayout(row);
    m_extra = new QLabel(this);
    m_extra->setObjectName(QStringLiteral("userExtra"));
    m_extra->setTextFormat(Qt::RichText);
    m_extra->setWordWrap(true);
    m_extra->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Every other claim below, scrolled when there are many: the tab keeps working in a small window.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("userExtraScroll"));
    scroll->setAccessibleName(tr("The user's other claims"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_extra);
    outer->addWidget(scroll, 1);
    clear();
}

QPixmap UserCard::placeholder(const QString &name, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x5e, 0x5c, 0x64));
    p.drawEllipse(0, 0, size, size);
    QString initials;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (initials.size() < 2)
            initials += w.at(0).toUpper();
    }
    if (initials.isEmpty())
        initials = QStringLiteral("?");
    QFont f = p.font();
    f.setPixelSize(size * 2 / 5);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return pm;
}

void UserCard::clear()
{
    if (m_reply)
        m_reply->abort();
    m_pictureUrl.clear();
    m_pictureLoaded = false;
    m_name->setText(tr("Nobody signed in"));
    m_email->clear();
    m_sub->clear();
    m_source->clear();
    m_extra->clear();
    m_picture->setPixmap(placeholder(QString(), PictureSize));
}

void UserCard::setClaims(const QJsonObject &userinfo, const QJsonObject &idTokenClaims)
{
    if (userinfo.isEmpty() && idTokenClaims.isEmpty()) {
        clear();
        return;
    }
    const QJsonObject c = userinfo.isEmpty() ? idTokenClaims : userinfo;
    auto str = [&c, &idTokenClaims](const char *key) {
        const QString k = QString::fromLatin1(key);
        const QString v = c.value(k).toString();
        return v.isEmpty() ? idTokenClaims.value(k).toString() : v;
    };
    QString name = str("name");
    if (name.isEmpty())
        name = str("nickname");
    if (name.isEmpty())
        name = str("preferred_username");
    m_name->setText(name.isEmpty() ? tr("(no name claim)") : name);
    const QString email = str("email");
    const QJsonValue verified = c.contains(QStringLiteral("email_verified")) ? c.value(QStringLiteral("email_verified"))
                                                                              : idTokenClaims.value(QStringLiteral("email_verified"));
    m_email->setText(email.isEmpty() ? QString()
                     : verified.isBool() ? (verified.toBool() ? tr("%1 (verified)").arg(email) : tr("%1 (not verified)").arg(email))
                                         : email);
    m_sub->setText(tr("Subject: %1").arg(str("sub")));
    m_source->setText(userinfo.isEmpty() ? tr("From the ID token") : tr("From the userinfo endpoint"));
    QStringList extra;
    for (auto it = c.begin(); it != c.end(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("name") || k == QLatin1String("email") || k == QLatin1String("sub") || k == QLatin1String("picture") ||
            k == QLatin1String("email_verified"))
            continue;
        QString v = it.value().isString() ? it.value().toString()
                    : it.value().isArray()
                        ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                        : it.value().toVariant().toString();
        extra << QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    }
    m_extra->setText(extra.isEmpty() ? QString() : QStringLiteral("<table cellspacing=\"4\">") + extra.join(QString()) + QStringLiteral("</table>"));

    const QString picture = str("picture");
    if (picture != m_pictureUrl || (!m_pictureLoaded && !m_reply)) {
        m_pictureUrl = picture;
        m_pictureLoaded = false;
        m_picture->setPixmap(placeholder(name, PictureSize));
        const QUrl url(picture);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            loadPicture(url);
    }
}

void UserCard::loadPicture(const QUrl &url)
{
    if (m_reply)
        m_reply->abort();
    HttpReply *reply = m_http->get(url, QStringLiteral("picture"));
    m_reply = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        QImage image;
        if (reply->exchange().isSuccess())
            image.loadFromData(reply->exchange().responseBody);
        if (image.isNull()) {
            emit pictureFinished(false);
            return;
        }
        QPixmap pm(PictureSize, PictureSize);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        QPainterPath clip;
        clip.addEllipse(0, 0, PictureSize, PictureSize);
        p.setClipPath(clip);
        p.drawImage(QRect(0, 0, PictureSize, PictureSize),
                    image.scaled(PictureSize, PictureSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
        p.end();
        m_picture->setPixmap(pm);
        m_pictureLoaded = true;
        emit pictureFinished(true);
    });
}

} // namespace tokenscope::ui
