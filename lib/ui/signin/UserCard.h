#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace tokenscope {
class HttpClient;
class HttpReply;
}

namespace tokenscope::ui {

// Who signed in: name, email, subject and picture from userinfo (or the latest ID token). The picture is fetched
// through the session's HttpClient (same network stack, proxy and TLS settings, logged); a placeholder with the
// user's initials stands in when there is none or it fails to load.
class UserCard : public QWidget
{
    Q_OBJECT
public:
    explicit UserCard(HttpClient *http, QWidget *parent = nullptr);

    void setClaims(const QJsonObject &userinfo, const QJsonObject &idTokenClaims);
    void clear();
    bool pictureLoaded() const { return m_pictureLoaded; }
    static QPixmap placeholder(const QString &name, int size);

signals:
    void pictureFinished(bool loaded);

private:
    void loadPicture(const QUrl &url);

    HttpClient *m_http;
    QPointer<HttpReply> m_reply;
    QString m_pictureUrl;
    bool m_pictureLoaded = false;
    QLabel *m_picture, *m_name, *m_email, *m_sub, *m_source, *m_extra;
};

} // namespace tokenscope::ui
