#pragma once

#include "core/common/Check.h"

#include <QAbstractTableModel>

namespace tokenscope::ui {

// A list of named checks (pass / fail / skip with the reason) as a table: check, status, reason.
class ChecksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StatusColumn, DetailColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // int(CheckStatus)

    explicit ChecksModel(QObject *parent = nullptr);

    void setChecks(const CheckList &checks);
    const CheckList &checks() const { return m_checks; }
    int count(CheckStatus status) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CheckList m_checks;
};

// Where a token came from in the flow, and which checks belong to it. Subject: the token given to a token exchange
// (RFC 8693), not issued in this flow.
enum class TokenOrigin { Authorization, TokenEndpoint, Refresh, Subject };
enum class TokenKind { IdToken, AccessToken, RefreshToken };
// The checks about this token: the authorization response's carry no prefix (plus state, iss_param, nonce,
// callback.*), the token endpoint's "token.", the refresh's "refresh.". Refresh tokens have no checks of their own;
// the access token of a token exchange also has the exchange's (token.issued_token_type, token.token_exchange.*); a
// subject token has none (it was given, not checked).
CheckList checksForToken(const CheckList &all, TokenOrigin origin, TokenKind kind);

} // namespace tokenscope::ui
