#include "browser/LoopbackListener.h"

#include "core/common/Logging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QHttpServerRouterRule>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QTcpServer>
#include <QTcpSocket>

namespace tokenscope {

namespace {

// Qt HTTP Server logs every request it parses, URL and query included, at debug level ("qt.httpserver"), and such a
// URL can carry an authorization code. Its categories are switched off, whatever the logging rules say; Tokenscope's
// own log says what happened, without the query.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void quietHttpServerCategories(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
        category->setEnabled(QtWarningMsg, false);
    }
}

void installQuietHttpServerCategories()
{
    static const bool installed = [] {
        g_previousFilter = QLoggingCategory::installFilter(quietHttpServerCategories);
        return true;
    }();
    Q_UNUSED(installed)
}

// The callback path, compared as it is (QHttpServer's own rules take the path as a regular expression).
class ExactPathRule : public QHttpServerRouterRule
{
public:
    ExactPathRule(const QString &path, RouterHandler handler)
        : QHttpServerRouterRule(path, QHttpServerRequest::Method::AnyKnown, std::move(handler)), m_path(path)
    {
    }

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        Q_UNUSED(match)
        return request.method() == QHttpServerRequest::Method::Get && request.url().path() == m_path;
    }

private:
    QString m_path;
};

QHttpServerResponse page(QByteArray html, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), std::move(html), status);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    response.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return response;
}

QHttpServerResponse notFoundResponse()
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Not Found\n"),
                                 QHttpServerResponse::StatusCode::NotFound);
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return response;
}

QString methodName(QHttpServerRequest::Method method)
{
    const char *name = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return name ? QString::fromLatin1(name).toUpper() : QStringLiteral("?");
}

// A path for the log: at most 80 characters, no control characters.
QString loggedPath(const QString &path)
{
    QString out = path.left(80);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    }
    return path.size() > 80 ? out + QStringLiteral("…") : out;
}

} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent)
{
    installQuietHttpServerCategories();
}

LoopbackListener::~LoopbackListener() = default;

QByteArray LoopbackListener::expectedHost() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(m_address.toString())
                                                                                : m_address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_port).toLatin1();
}

bool LoopbackListener::listen(const QHostAddress &address, quint16 port, const QString &path, const Decider &decider, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (m_server) {
        err = tr("the listener is already in use");
        return false;
    }
    if (!address.isLoopback()) {
        err = tr("%1 is not a loopback address: the listener for the callback only listens on this computer's own address "
                 "(127.0.0.1 or ::1)")
                  .arg(address.toString());
        return false;
    }
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        err = port ? tr("could not listen on %1 port %2 for the callback: the port is in use. Close what uses it, or leave "
                        "the port out of the redirect URI so Tokenscope picks a free one")
                         .arg(address.toString())
                         .arg(port)
                   : tr("could not listen on %1 for the callback: %2").arg(address.toString(), tcp->errorString());
        delete tcp;
        return false;
    }
    m_address = address;
    m_port = tcp->serverPort();
    m_path = path.isEmpty() ? QStringLiteral("/") : path;
    m_decider = decider;
    m_closed = false;
    m_server = new QHttpServer(this);
    m_server->bind(tcp); // the server takes the TCP server (and the connections it accepts) as its children
    m_tcp = tcp;
    m_server->route<ExactPathRule>(m_path, [this](const QHttpServerRequest &request) {
        if (m_closed) {
            notFound(tr("a request to %1 after the listener had stopped").arg(loggedPath(m_path)));
            return notFoundResponse();
        }
        const QByteArray host = request.value(QByteArrayLiteral("Host"));
        if (host.compare(expectedHost(), Qt::CaseInsensitive) != 0) {
            // A page whose own host name resolves to 127.0.0.1 (DNS rebinding) reaches the port, but not by this name.
            notFound(tr("a request to %1 for another host (\"%2\")").arg(loggedPath(m_path), QString::fromLatin1(host.left(80))));
            return notFoundResponse();
        }
        const std::optional<QByteArray> html = m_decider ? m_decider(request.query()) : std::nullopt;
        if (!html) {
            notFound(tr("a request to %1 that is not this sign-in's answer").arg(loggedPath(m_path)));
            return notFoundResponse();
        }
        return page(*html, QHttpServerResponse::StatusCode::Ok);
    });
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        notFound(request.url().path() == m_path
                     ? tr("a %1 request to %2 (only GET is answered)").arg(methodName(request.method()), loggedPath(m_path))
                     : tr("a %1 request to another path, %2").arg(methodName(request.method()), loggedPath(request.url().path())));
        notFoundResponse().write(std::move(responder));
    });
    return true;
}

bool LoopbackListener::isListening() const
{
    return !m_closed && m_tcp && m_tcp->isListening();
}

void LoopbackListener::notFound(const QString &why)
{
    ++m_notFound;
    qCWarning(lcBrowser).noquote() << "loopback listener: 404 for" << why;
    emit turnedAway(why);
}

void LoopbackListener::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_tcp)
        m_tcp->close(); // no new connection from now on
    // The answer to the request being handled now is written after the decider returns: close the connections from
    // the event loop, each once its data has gone out (disconnectFromHost waits for that).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_tcp)
                return;
            const QList<QTcpSocket *> sockets = m_tcp->findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->disconnectFromHost();
        },
        Qt::QueuedConnection);
}

} // namespace tokenscope
