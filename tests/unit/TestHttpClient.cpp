// HttpClient against a misbehaving server written here (QTcpServer on a free loopback port, test-only): the deadline
// holds against silence and against a slow drip, the size cap holds against an announced and a chunked body, a
// refused connection is reported, and every failure ends up in the exchange log exactly once.
#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <link.h>

using namespace tokenscope;

namespace {

// Answers every request the same way, chosen per test. Reads the request head (and a Content-Length body) first.
class BadServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Ok, Silent, Drip, HugeAnnounced, HugeChunked, CloseMidway };

    explicit BadServer(Mode mode) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    bool isListening() const { return m_server.isListening(); }
    QByteArray lastRequest() const { return m_request; }
    qint64 bytesSent() const { return m_sent; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_answered)
            return;
        m_answered = true;
        m_request = m_buffer;
        switch (m_mode) {
        case Mode::Ok:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"ok\":true}");
            break;
        case Mode::Silent:
            break; // reads the request, never answers, keeps the connection open
        case Mode::Drip: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); }); // one byte every 100 ms
            timer->start(100);
            break;
        }
        case Mode::HugeAnnounced:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n");
            socket->write(QByteArray(64 * 1024, ' '));
            break;
        case Mode::HugeChunked:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { pumpChunks(socket); });
            pumpChunks(socket);
            break;
        case Mode::CloseMidway:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"partial\":");
            socket->flush();
            socket->disconnectFromHost();
            break;
        }
    }
    // Keeps a few chunks in flight until 50 MB went out or the client hung up.
    void pumpChunks(QTcpSocket *socket)
    {
        static const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024 && m_sent < 50 * 1024 * 1024) {
            socket->write(chunk);
            m_sent += 64 * 1024;
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_buffer, m_request;
    bool m_answered = false;
    qint64 m_sent = 0;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private slots:
    void constructingLoadsNoTlsBackend(); // first: nothing before it may have touched TLS
    void failures_data();
    void failures();
    void connectionRefused();
    void abortFinishesOnce();
    void sendsHeadersAndRecordsTheAnswer();

private:
    struct Outcome
    {
        HttpReply::Error error = HttpReply::Error::NoError;
        HttpExchange exchange;
        QList<HttpExchange> logged;
        int finishedCount = 0;
        qint64 ms = 0;
    };
    static Outcome fetch(HttpClient &http, const QUrl &url, int waitMs = 20000);
};

TestHttpClient::Outcome TestHttpClient::fetch(HttpClient &http, const QUrl &url, int waitMs)
{
    Outcome out;
    QSignalSpy logged(&http, &HttpClient::exchangeFinished);
    QElapsedTimer timer;
    timer.start();
    HttpReply *reply = http.get(url, QStringLiteral("discovery"));
    QSignalSpy finished(reply, &HttpReply::finished);
    if (!reply->isFinished() && !finished.wait(waitMs))
        qWarning("no finished() within %d ms", waitMs);
    out.ms = timer.elapsed();
    // Let anything already queued (a second finished(), a late socket event) arrive before counting.
    QCoreApplication::processEvents();
    out.finishedCount = int(finished.size());
    out.error = reply->error();
    out.exchange = reply->exchange();
    for (const QList<QVariant> &args : std::as_const(logged))
        out.logged << args.first().value<HttpExchange>();
    delete reply;
    return out;
}

// Issue 17: a client without a client certificate, and a plain HTTP exchange, leave Qt's TLS backend (a plugin that
// loads libssl and reads OpenSSL's configuration) unloaded: the window makes an HttpClient before its first frame.
void TestHttpClient::constructingLoadsNoTlsBackend()
{
    const auto tlsBackendLoaded = [] {
        bool found = false;
        dl_iterate_phdr([](dl_phdr_info *info, size_t, void *data) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "tls/libqopensslbackend"))
                *static_cast<bool *>(data) = true;
            return 0;
        }, &found);
        return found;
    };
    QVERIFY(!tlsBackendLoaded());
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.clearClientCertificate();
    BadServer server(BadServer::Mode::Ok);
    QVERIFY(server.isListening());
    HttpReply *reply = http.get(server.url(), QStringLiteral("test"));
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!tlsBackendLoaded());
    // The check can see the plugin: asking for TLS loads it.
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(tlsBackendLoaded());
}

void TestHttpClient::failures_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");

    QTest::newRow("server never answers") << int(BadServer::Mode::Silent) << 800 << int(HttpReply::Error::Timeout)
                                          << "within 0.8 s (the request timed out)" << 750 << 8000;
    QTest::newRow("slow drip past the deadline") << int(BadServer::Mode::Drip) << 800 << int(HttpReply::Error::Timeout)
                                                 << "no complete answer" << 750 << 8000;
    QTest::newRow("Content-Length over the cap") << int(BadServer::Mode::HugeAnnounced) << 10000 << int(HttpReply::Error::TooLarge)
                                                 << "the answer is 50.0 MB, more than the 1.0 MB limit; not read" << 0 << 8000;
    QTest::newRow("chunked body over the cap") << int(BadServer::Mode::HugeChunked) << 10000 << int(HttpReply::Error::TooLarge)
                                               << "larger than the 1.0 MB limit; reading stopped" << 0 << 8000;
    QTest::newRow("connection closed mid-body") << int(BadServer::Mode::CloseMidway) << 10000 << int(HttpReply::Error::Network)
                                                << "broke off after HTTP 200" << 0 << 8000;
}

void TestHttpClient::failures()
{
    QFETCH(int, mode);
    QFETCH(int, timeoutMs);
    QFETCH(int, error);
    QFETCH(QString, message);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);

    BadServer server(static_cast<BadServer::Mode>(mode));
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(timeoutMs);
    http.setMaxResponseBytes(1024 * 1024);
    const Outcome out = fetch(http, server.url(QStringLiteral("/.well-known/openid-configuration")));

    QCOMPARE(out.finishedCount, 1);
    QCOMPARE(int(out.error), error);
    QVERIFY2(out.exchange.error.contains(message), qPrintable(out.exchange.error));
    QVERIFY2(out.ms >= minMs && out.ms < maxMs, qPrintable(QString::number(out.ms)));
    QVERIFY(!out.exchange.isSuccess());
    QVERIFY(out.exchange.responseBody.size() <= 1024 * 1024);
    // The exchange log has it once, with the same error and timing.
    QCOMPARE(out.logged.size(), 1);
    QCOMPARE(out.logged.first().error, out.exchange.error);
    QCOMPARE(out.logged.first().id, out.exchange.id);
    QVERIFY(out.logged.first().elapsedMs >= minMs);
    QCOMPARE(out.logged.first().step, QStringLiteral("discovery"));
    // The request did reach the server (the failure is about the answer).
    QVERIFY(server.lastRequest().startsWith("GET /.well-known/openid-configuration HTTP/1.1"));
}

void TestHttpClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and has nobody listening now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(10000);
    const Outcome out = fetch(http, QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
    QCOMPARE(out.finishedCount, 1);
    QCOMPARE(out.error, HttpReply::Error::Network);
    QVERIFY2(out.exchange.error.contains(QLatin1String("could not reach")), qPrintable(out.exchange.error));
    QVERIFY2(out.exchange.error.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(out.exchange.error));
    QCOMPARE(out.exchange.status, 0);
    QVERIFY(out.ms < 5000);
    QCOMPARE(out.logged.size(), 1);
    QCOMPARE(out.logged.first().error, out.exchange.error);
}

void TestHttpClient::abortFinishesOnce()
{
    BadServer server(BadServer::Mode::Silent);
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    http.setTimeoutMs(500);
    QSignalSpy logged(&http, &HttpClient::exchangeFinished);
    HttpReply *reply = http.get(server.url(), QStringLiteral("token"));
    QSignalSpy finished(reply, &HttpReply::finished);
    QTRY_VERIFY(!server.lastRequest().isEmpty());
    reply->abort();
    reply->abort(); // twice: still one finished()
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), HttpReply::Error::Cancelled);
    // The deadline (500 ms) passes without a second finished() or a second log entry.
    QVERIFY(!finished.wait(800));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(logged.size(), 1);
    delete reply;
}

void TestHttpClient::sendsHeadersAndRecordsTheAnswer()
{
    BadServer server(BadServer::Mode::Ok);
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    const Outcome out = fetch(http, server.url(QStringLiteral("/userinfo")));
    QCOMPARE(out.error, HttpReply::Error::NoError);
    QVERIFY(out.exchange.isSuccess());
    QCOMPARE(out.exchange.status, 200);
    QCOMPARE(out.exchange.responseBody, QByteArray("{\"ok\":true}"));
    QCOMPARE(out.exchange.responseHeader("content-type"), QByteArray("application/json"));
    QVERIFY(server.lastRequest().contains("User-Agent: Tokenscope/"));
    QVERIFY(server.lastRequest().contains("Accept: application/json"));
    QCOMPARE(out.logged.size(), 1);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
