#include "ui/tokens/ChecksModel.h"

#include "ui/common/StatusStyle.h"

#include <QBrush>

#include <algorithm>
#include <iterator>

namespace tokenscope::ui {

ChecksModel::ChecksModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ChecksModel::setChecks(const CheckList &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

int ChecksModel::count(CheckStatus status) const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [status](const Check &c) { return c.status == status; }));
}

int ChecksModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).id == id)
            return i;
    }
    return -1;
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const Check &c = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return c.id;
        case StatusColumn: return statusText(c.status);
        case DetailColumn: return c.detail.toString();
        default: return {};
        }
    case Qt::ToolTipRole:
        return c.detail.toString();
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(c.status)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn || (index.column() == DetailColumn && c.status == CheckStatus::Fail)
                   ? QVariant(QBrush(statusColor(c.status)))
                   : QVariant();
    case StatusRole:
        return int(c.status);
    default:
        return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Check");
    case StatusColumn: return tr("Result");
    case DetailColumn: return tr("Reason");
    default: return {};
    }
}

CheckList checksForToken(const CheckList &all, TokenOrigin origin, TokenKind kind)
{
    const QString revoke = QStringLiteral("revoke.");
    if (origin == TokenOrigin::Subject)
        return {};
    if (kind == TokenKind::RefreshToken) { // what the revocation found (a refresh token is opaque: nothing else to check)
        CheckList out;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(out), [&revoke](const Check &c) { return c.id.startsWith(revoke); });
        return out;
    }
    const QString prefix = origin == TokenOrigin::TokenEndpoint ? QStringLiteral("token.")
                           : origin == TokenOrigin::Refresh     ? QStringLiteral("refresh.")
                                                                : QString();
    CheckList out;
    for (const Check &c : all) {
        QString id = c.id;
        if (id.startsWith(QLatin1String("dpop.")) || id.startsWith(QLatin1String("par."))) {
            // DPoP's binding checks are about the access token they bound (RFC 9449); the others (nonce, API, PAR) about
            // requests, shown with the steps.
            const bool bound = (origin == TokenOrigin::TokenEndpoint && (id == QLatin1String("dpop.proof") || id == QLatin1String("dpop.cnf_jkt")))
                || (origin == TokenOrigin::Refresh && id == QLatin1String("dpop.refresh_bound"));
            if (bound && kind == TokenKind::AccessToken)
                out << c;
            continue;
        }
        if (!prefix.isEmpty()) {
            if (!id.startsWith(prefix))
                continue;
            id = id.mid(prefix.size());
        } else if (id.startsWith(QLatin1String("token.")) || id.startsWith(QLatin1String("refresh.")) ||
                   id.startsWith(QLatin1String("userinfo.")) || id.startsWith(revoke)) {
            continue;
        }
        const bool isAccess = id.startsWith(QLatin1String("access_token."))
            || (origin == TokenOrigin::TokenEndpoint
                && (id == QLatin1String("issued_token_type") || id.startsWith(QLatin1String("token_exchange."))));
        if (kind == TokenKind::AccessToken ? isAccess : !isAccess)
            out << c;
    }
    return out;
}

} // namespace tokenscope::ui
