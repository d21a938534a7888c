#pragma once

#include "core/http/HttpExchange.h"

#include <QAbstractTableModel>

namespace tokenscope::ui {

// Every HTTP exchange of the session. Redacted by default (client secret, refresh tokens, code verifier, passwords,
// Authorization credentials): display, detail text and "copy as curl" all go through redactExchange() unless
// setShowSecrets(true) was chosen explicitly.
class HttpLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StepColumn, MethodColumn, UrlColumn, StatusColumn, TimeColumn, ColumnCount };
    enum Role { FrontChannelRole = Qt::UserRole + 1 }; // true on the rows the browser carried

    explicit HttpLogModel(QObject *parent = nullptr);

    void append(const HttpExchange &exchange);
    // A front-channel message: the browser carried it, Tokenscope neither sent nor received it over HTTP (the
    // authorization request, or the authorization response caught at the callback URL). Marked as such in the Step
    // column and the detail, its parameters decoded, redacted like every other entry. status: what the Status column
    // says ("to the browser", "caught (fragment)"); note: one sentence on what happened.
    void appendFrontChannel(const HttpExchange &exchange, const QString &status, const QString &note);
    bool isFrontChannel(int row) const;
    // The parameters of the row's query, fragment and form body, decoded, as shown (redacted unless showSecrets()).
    QList<QPair<QString, QString>> parameters(int row) const;
    void clear();
    void setShowSecrets(bool show);
    bool showSecrets() const { return m_showSecrets; }

    // The exchange as shown: redacted unless showSecrets().
    HttpExchange exchange(int row) const;
    QString curlCommand(int row) const;
    // Request and response, headers and bodies (JSON pretty-printed), as plain text.
    QString detailText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void showSecretsChanged(bool show);

private:
    struct FrontChannel
    {
        bool front = false;
        QString status, note;
    };
    QList<HttpExchange> m_raw;
    QList<HttpExchange> m_redacted;
    QList<FrontChannel> m_front;
    bool m_showSecrets = false;
};

// A body for reading: pretty-printed JSON when it parses, else UTF-8 text (binary bodies summarised).
QString prettyBody(const QByteArray &body, const QByteArray &contentType = {});

} // namespace tokenscope::ui
