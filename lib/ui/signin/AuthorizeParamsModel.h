#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>

namespace tokenscope::ui {

// The authorization request as a table: each query parameter of the /authorize URL, decoded, with what it is for.
// Secret values (isSecretParameter: a client secret or code verifier put into the URL by an extra parameter) are
// shown as "<redacted>", bearer tokens (id_token_hint) reduced like everywhere else; the PKCE challenge is no secret.
class AuthorizeParamsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, MeaningColumn, ColumnCount };

    explicit AuthorizeParamsModel(QObject *parent = nullptr);

    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    // The row of a parameter, -1 when the request has none.
    int rowOf(const QString &name) const;
    QString value(const QString &name) const; // as shown

    static QString meaningOf(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name, value;
    };
    QUrl m_url;
    QList<Row> m_rows;
};

} // namespace tokenscope::ui
