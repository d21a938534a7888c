#include "ui/httplog/HttpLogModel.h"

#include "ui/common/TimeFormat.h"

#include "ui/common/StatusStyle.h"

#include <QBrush>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

namespace tokenscope::ui {

QString prettyBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    if (contentType.startsWith("image/") || body.contains('\0'))
        return QCoreApplication::translate("HttpLogModel", "<%n byte(s) of %1>", nullptr, int(body.size()))
            .arg(QString::fromLatin1(contentType.isEmpty() ? QByteArrayLiteral("binary data") : contentType));
    return QString::fromUtf8(body);
}

HttpLogModel::HttpLogModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void HttpLogModel::append(const HttpExchange &exchange)
{
    beginInsertRows({}, int(m_raw.size()), int(m_raw.size()));
    m_raw.append(exchange);
    m_redacted.append(redactExchange(exchange));
    m_front.append(FrontChannel{});
    endInsertRows();
}

void HttpLogModel::appendFrontChannel(const HttpExchange &exchange, const QString &status, const QString &note)
{
    beginInsertRows({}, int(m_raw.size()), int(m_raw.size()));
    m_raw.append(exchange);
    m_redacted.append(redactExchange(exchange));
    m_front.append(FrontChannel{true, status, note});
    endInsertRows();
}

bool HttpLogModel::isFrontChannel(int row) const
{
    return m_front.value(row).front;
}

QList<QPair<QString, QString>> HttpLogModel::parameters(int row) const
{
    if (row < 0 || row >= m_raw.size())
        return {};
    const HttpExchange ex = exchange(row);
    QList<QPair<QString, QString>> out;
    auto add = [&out](const QString &encoded) {
        for (const auto &item : QUrlQuery(encoded).queryItems(QUrl::FullyEncoded)) {
            auto decode = [](QString s) { return QUrl::fromPercentEncoding(s.replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8()); };
            out.append({decode(item.first), decode(item.second)});
        }
    };
    if (ex.url.hasQuery())
        add(ex.url.query(QUrl::FullyEncoded));
    if (ex.url.hasFragment() && ex.url.fragment(QUrl::FullyEncoded).contains(QLatin1Char('=')))
        add(ex.url.fragment(QUrl::FullyEncoded));
    if (ex.requestHeader("Content-Type").startsWith("application/x-www-form-urlencoded"))
        add(QString::fromUtf8(ex.requestBody));
    return out;
}

void HttpLogModel::clear()
{
    beginResetModel();
    m_raw.clear();
    m_redacted.clear();
    m_front.clear();
    endResetModel();
}

void HttpLogModel::setShowSecrets(bool show)
{
    if (show == m_showSecrets)
        return;
    m_showSecrets = show;
    if (!m_raw.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_raw.size()) - 1, ColumnCount - 1));
    emit showSecretsChanged(show);
}

HttpExchange HttpLogModel::exchange(int row) const
{
    return m_showSecrets ? m_raw.value(row) : m_redacted.value(row);
}

QString HttpLogModel::curlCommand(int row) const
{
    if (row < 0 || row >= m_raw.size())
        return {};
    return toCurlCommand(exchange(row));
}

QString HttpLogModel::detailText(int row) const
{
    if (row < 0 || row >= m_raw.size())
        return {};
    const HttpExchange ex = exchange(row);
    QString out;
    const FrontChannel &front = m_front.at(row);
    if (front.front) {
        // No HTTP exchange of Tokenscope's: what the browser carried, its parameters decoded.
        out += tr("Front channel: the browser carried this message; Tokenscope did not send it over HTTP.\n");
        if (!front.note.isEmpty())
            out += front.note + QLatin1Char('\n');
        out += QLatin1Char('\n');
        // The parameters first, decoded (the point of the entry), then the message as the browser carried it.
        const QList<QPair<QString, QString>> params = parameters(row);
        qsizetype width = 0;
        for (const auto &p : params)
            width = qMax(width, p.first.size());
        out += tr("Parameters (%n):\n", nullptr, int(params.size()));
        for (const auto &p : params)
            out += QStringLiteral("  %1  %2\n").arg(p.first.leftJustified(width), p.second);
        out += QStringLiteral("\n%1 %2\n").arg(QString::fromLatin1(ex.method), ex.url.toString(QUrl::FullyEncoded));
        if (!ex.requestBody.isEmpty())
            out += QLatin1Char('\n') + QString::fromUtf8(ex.requestBody) + QLatin1Char('\n');
        return out;
    }
    out += QStringLiteral("%1 %2\n").arg(QString::fromLatin1(ex.method), ex.url.toString(QUrl::FullyEncoded));
    for (const auto &h : ex.requestHeaders)
        out += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    if (!ex.requestBody.isEmpty())
        out += QLatin1Char('\n') + prettyBody(ex.requestBody, ex.requestHeader("Content-Type")) + QLatin1Char('\n');
    out += QStringLiteral("\n────────\n\n");
    if (!ex.error.isEmpty())
        out += tr("No HTTP answer: %1\n").arg(ex.error);
    if (ex.status) {
        out += QStringLiteral("HTTP %1 %2  (%3)\n").arg(ex.status).arg(QString::fromLatin1(ex.reasonPhrase), tr("%1 ms").arg(ex.elapsedMs));
        for (const auto &h : ex.responseHeaders)
            out += QStringLiteral("%1: %2\n").arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        if (!ex.responseBody.isEmpty())
            out += QLatin1Char('\n') + prettyBody(ex.responseBody, ex.responseHeader("Content-Type")) + QLatin1Char('\n');
    }
    return out;
}

int HttpLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_raw.size());
}

int HttpLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HttpLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_raw.size())
        return {};
    const HttpExchange &ex = m_showSecrets ? m_raw.at(index.row()) : m_redacted.at(index.row());
    const FrontChannel &front = m_front.at(index.row());
    if (role == FrontChannelRole)
        return front.front;
    if (front.front) {
        // Marked wherever it shows: the step says "front channel", the row is tinted, the tooltip says what it means.
        if (role == Qt::ToolTipRole)
            return tr("Front channel: the browser carried this message; Tokenscope did not send it over HTTP. %1").arg(front.note);
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xe8, 0xf0, 0xfe));
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case IdColumn: return QStringLiteral("⇄");
            case StepColumn: return tr("front channel: %1").arg(ex.step);
            case StatusColumn: return front.status;
            case TimeColumn: return ex.elapsedMs ? formatDuration(ex.elapsedMs) : QString();
            default: break;
            }
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn: return ex.id;
        case StepColumn: return ex.step;
        case MethodColumn: return QString::fromLatin1(ex.method);
        case UrlColumn: return ex.url.toString(QUrl::FullyEncoded);
        case StatusColumn: return ex.status ? QString::number(ex.status) : ex.error;
        case TimeColumn: return formatDuration(ex.elapsedMs);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !ex.isSuccess() && !front.front)
        return QBrush(statusColor(ex.status >= 300 && ex.status < 400 ? CheckStatus::Skip : CheckStatus::Fail));
    if (role == Qt::TextAlignmentRole && (index.column() == TimeColumn || index.column() == IdColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HttpLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return QStringLiteral("#");
    case StepColumn: return tr("Step");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Time");
    default: return {};
    }
}

} // namespace tokenscope::ui
