#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QHttpServer;
class QTcpServer;

namespace tokenscope {

// The system-browser mode's loopback listener (RFC 8252 7.3), on Qt HTTP Server (Qt 6.4's NetworkAuth listener,
// QOAuthHttpServerReplyHandler, cannot answer 404: it drops a request to another path without a word and answers 200
// to anything on its path). It
// - listens on one loopback address only (127.0.0.1 or ::1), at the port asked for or a free one;
// - answers GET requests to one path, addressed to that address (the Host header: no DNS-rebound name), and asks its
//   owner about each (the decider); everything else, another path, another method, another host, a request the
//   decider turns down, gets a plain "404 Not Found" and a line in the log (tokenscope.browser; the path only, never
//   the query, which may carry a code or a state);
// - once closed (the owner's first valid answer, cancel, timeout), accepts no connection, and the connections still
//   open (a browser's keep-alive) get 404 for anything more; the answers already written are still delivered.
// No HTTP is parsed here: Qt HTTP Server does that.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    // The page to answer a request to the path with, or nullopt for 404. Called once per request, in order.
    using Decider = std::function<std::optional<QByteArray>(const QUrlQuery &query)>;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // address must be a loopback address; path is the only one answered ("/" when empty). False with *error set
    // (in words for the user) when it cannot listen.
    bool listen(const QHostAddress &address, quint16 port, const QString &path, const Decider &decider, QString *error);
    bool isListening() const;
    quint16 port() const { return m_port; }
    QString path() const { return m_path; }
    // Requests turned away with 404 so far (another path, method or host, or refused by the decider).
    int notFoundCount() const { return m_notFound; }

    // Stops listening at once (new connections are refused), then, from the event loop, closes the connections still
    // open once what was written to them has gone out. Safe to call from inside the decider.
    void close();

signals:
    // A request got 404 (for tests and diagnostics): why, in words for the log, without the query.
    void turnedAway(const QString &why);

private:
    void notFound(const QString &why);
    QByteArray expectedHost() const;

    QHttpServer *m_server = nullptr;
    QPointer<QTcpServer> m_tcp;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_path;
    Decider m_decider;
    bool m_closed = false;
    int m_notFound = 0;
};

} // namespace tokenscope
