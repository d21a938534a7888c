#include "TimelineModel.h"

#include "StatusStyle.h"

#include <QBrush>

namespace tokenscope::ui {

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TimelineModel::stepStarted(const QString &name)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    row.result.name = name;
    row.running = true;
    m_rows.append(row);
    endInsertRows();
}

void TimelineModel::stepFinished(const StepResult &step)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).running && m_rows.at(i).result.name == step.name) {
            m_rows[i] = {step, false};
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append({step, false});
    endInsertRows();
}

void TimelineModel::abandonRunning(const QString &reason)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).running)
            continue;
        m_rows[i].running = false;
        m_rows[i].result.status = CheckStatus::Fail;
        m_rows[i].result.detail = reason;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

int TimelineModel::rowOf(const QString &name) const
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).result.name == name)
            return i;
    }
    return -1;
}

QString TimelineModel::stepTitle(const QString &name)
{
    if (name == Steps::Discovery) return tr("Discovery");
    if (name == Steps::Authorize) return tr("Authorize (login page)");
    if (name == Steps::Callback) return tr("Callback and validation");
    if (name == Steps::Token) return tr("Code exchange");
    if (name == Steps::Userinfo) return tr("Userinfo");
    if (name == Steps::Api) return tr("API call");
    if (name == Steps::Refresh) return tr("Refresh");
    if (name == Steps::Logout) return tr("Logout");
    return name;
}

QString TimelineModel::adviceFor(const StepResult &step)
{
    if (step.status != CheckStatus::Fail)
        return {};
    const QString d = step.detail;
    auto has = [&d](const char *s) { return d.contains(QLatin1String(s), Qt::CaseInsensitive); };
    if (has("mix-up"))
        return tr("Do not use this response: it names another issuer. Check the profile's issuer, and that only one provider "
                  "redirects to this callback URL.");
    if (has("unsigned") || has("alg \"none\""))
        return tr("The provider sent an unsigned token, which must never be accepted: have the application's ID tokens signed "
                  "(RS256) at the provider.");
    if (has("redirect_uri") || has("callback url") || has("redirect uri"))
        return tr("Add the callback URL to the application's Allowed Callback URLs, or fix the profile's callback URL.");
    if (has("invalid_client") || has("client authentication"))
        return tr("Check the client ID, the client secret and the token endpoint authentication method.");
    if (has("unauthorized_client") || has("unsupported_response_type"))
        return tr("Allow this grant / response type for the application at the provider, or change the profile's response type.");
    if (has("but the profile expects"))
        return tr("Set the profile's expected algorithm to what the application is configured with at the provider (or the other way round).");
    if (has("the JWKS at") || has("fetch the JWKS") || has("no jwks_uri"))
        return tr("The provider's key set (jwks_uri) cannot be used, so no signature can be verified: open it from the HTTP log "
                  "and check that it is a JSON Web Key Set.");
    if (has("discovery"))
        return tr("Check the issuer or domain: it must be exactly the provider's issuer.");
    if (has("wrong username or password"))
        return tr("Check the username and password.");
    if (has("nonce"))
        return tr("The ID token does not belong to this sign-in: sign in again, and check for proxies that replay responses.");
    if (has("expired") || has("id_token.exp") || has("id_token.iat"))
        return tr("Check the computer's clock, or raise the allowed clock skew.");
    if (has("signature"))
        return tr("The token was not signed with a key of the provider's JWKS: check the issuer, the algorithm and the client secret (HS256).");
    if (has("audience") || has(".aud"))
        return tr("Check the profile's audience and client ID against the API and application at the provider.");
    if (has("cancelled"))
        return tr("Sign in again when you are ready.");
    if (has("refresh token") || has("offline_access"))
        return tr("Ask for offline_access in the scope and allow offline access for the API at the provider.");
    if (has("401") || has("403"))
        return tr("The API refused the access token: check the audience, the scopes and the token's expiry.");
    if (has("invalid_grant"))
        return tr("The provider refused the code or refresh token: it was used already, has expired or belongs to another "
                  "client. Sign in again.");
    if (has("timed out"))
        return tr("The server did not answer in time: check that it is up and reachable (proxy, firewall), then try again.");
    if (has(" limit"))
        return tr("The answer was larger than Tokenscope accepts: check the endpoint URL (it may point at a download or at a "
                  "misbehaving proxy).");
    if (has("certificate") || has("tls") || has("ssl"))
        return tr("The secure connection failed: if the provider uses a private CA, add its certificate to the profile's "
                  "trusted CAs; never ignore the error.");
    if (has("could not reach") || has("connection refused") || has("host not found"))
        return tr("The server could not be reached: check the URL and that the server is running.");
    if (has("HTTP 5"))
        return tr("The provider failed with a server error: the response is in the HTTP log; look at the provider's logs.");
    return tr("The HTTP log shows the exchange of this step, and the token panel every check with its reason.");
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const StepResult &s = row.result;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StepColumn: return stepTitle(s.name);
        case StatusColumn: return row.running ? tr("running") : statusText(s.status);
        case TimeColumn: return row.running ? QString() : tr("%1 ms").arg(s.ms);
        case DetailColumn: return s.detail;
        case AdviceColumn: return adviceFor(s);
        default: return {};
        }
    case Qt::ToolTipRole: {
        const QString advice = adviceFor(s);
        return advice.isEmpty() ? s.detail : s.detail + QStringLiteral("\n\n") + advice;
    }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return row.running ? runningIcon() : statusIcon(s.status);
        return {};
    case Qt::ForegroundRole:
        if (!row.running && s.status == CheckStatus::Fail && index.column() != TimeColumn)
            return QBrush(statusColor(CheckStatus::Fail));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StatusRole:
        return int(s.status);
    case StepNameRole:
        return s.name;
    case RunningRole:
        return row.running;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn: return tr("Step");
    case StatusColumn: return tr("Result");
    case TimeColumn: return tr("Time");
    case DetailColumn: return tr("Details");
    case AdviceColumn: return tr("What to do");
    default: return {};
    }
}

} // namespace tokenscope::ui
