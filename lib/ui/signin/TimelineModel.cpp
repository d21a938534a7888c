#include "ui/signin/TimelineModel.h"

#include "ui/common/TimeFormat.h"

#include "ui/common/StatusStyle.h"

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

void TimelineModel::setStepTitle(const QString &name, const QString &title)
{
    if (title.isEmpty())
        m_titles.remove(name);
    else
        m_titles.insert(name, title);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StepColumn), index(int(m_rows.size()) - 1, StepColumn));
}

void TimelineModel::stepProgress(const QString &name, const QString &detail)
{
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (m_rows.at(i).running && m_rows.at(i).result.name == name) {
            m_rows[i].result.detail = detail;
            emit dataChanged(index(i, DetailColumn), index(i, DetailColumn));
            return;
        }
    }
}

void TimelineModel::abandonRunning(const QString &reason)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).running)
            continue;
        m_rows[i].running = false;
        m_rows[i].result.status = CheckStatus::Fail;
        m_rows[i].result.detail = reason;
        m_rows[i].result.reason = Reasons::Cancelled;
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
    if (name == Steps::Revoke) return tr("Revoke refresh token");
    if (name == Steps::DeviceAuthorization) return tr("Device authorization");
    return name;
}

QString TimelineModel::adviceFor(const StepResult &step)
{
    if (step.status != CheckStatus::Fail)
        return {};
    // Decided on the step's reason code, never on its (translated) detail; only the provider's own description, which
    // the detail quotes in the provider's words, refines an OAuth error.
    const QString &r = step.reason;
    auto provider = [&step](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (step.detail.contains(QLatin1String(w), Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    auto suffix = [&r](const char *s) { return r.endsWith(QLatin1String(s)); };

    if (r == Reasons::MixUp)
        return tr("Do not use this response: it names another issuer. Check the profile's issuer, and that only one provider "
                  "redirects to this callback URL.");
    if (r == Reasons::Unsigned)
        return tr("The provider sent an unsigned token, which must never be accepted: have the application's ID tokens signed "
                  "(RS256) at the provider.");
    if (r == Reasons::State)
        return tr("The response does not belong to this sign-in (another tab, an old link or a replay): sign in again from "
                  "Tokenscope.");
    if (r == Reasons::Jwks)
        return tr("The provider's key set (jwks_uri) cannot be used, so no signature can be verified: open it from the HTTP log "
                  "and check that it is a JSON Web Key Set.");
    if (r == Reasons::Discovery || r == Reasons::IssuerMismatch)
        return tr("Check the issuer or domain: it must be exactly the provider's issuer.");
    if (r == Reasons::Credentials)
        return tr("Check the username and password.");
    if (r == Reasons::Cancelled)
        return tr("Sign in again when you are ready.");
    if (r == Reasons::NoToken)
        return step.name == Steps::Refresh
                   ? tr("Ask for offline_access in the scope and allow offline access for the API at the provider.")
                   : tr("Choose a response type that returns an access token (code or token), and sign in again.");
    if (r == Reasons::ApiUrl)
        return tr("Enter the API's full URL (https://…) in the profile.");
    if (r == Reasons::Browser)
        return tr("The login page did not lead back to the callback URL: look at the page and the HTTP log, and check the "
                  "callback URL in the profile and at the provider.");

    if (r.startsWith(Reasons::OAuthPrefix)) {
        const QString error = r.mid(Reasons::OAuthPrefix.size());
        if (provider({"redirect_uri", "redirect uri", "callback url"}))
            return tr("Add the callback URL to the application's Allowed Callback URLs, or fix the profile's callback URL.");
        if (error == QLatin1String("invalid_client"))
            return tr("Check the client ID, the client secret and the token endpoint authentication method.");
        if (error == QLatin1String("unauthorized_client") || error == QLatin1String("unsupported_response_type")
            || error == QLatin1String("unsupported_grant_type"))
            return tr("Allow this grant / response type for the application at the provider, or change the profile's response type.");
        if (error == QLatin1String("invalid_grant") && provider({"password", "credentials"}))
            return tr("Check the username and password.");
        if (error == QLatin1String("invalid_grant"))
            return tr("The provider refused the code or refresh token: it was used already, has expired or belongs to another "
                      "client. Sign in again.");
        if (error == QLatin1String("invalid_scope"))
            return tr("Remove the scope the provider refuses, or define it on the API named by the profile's audience.");
        if (error == QLatin1String("access_denied"))
            return tr("The user or a rule of the tenant denied the sign-in: read the provider's description, and check that "
                      "the user may use this application.");
        if (error == QLatin1String("login_required") || error == QLatin1String("consent_required")
            || error == QLatin1String("interaction_required"))
            return tr("The provider needs the user to sign in or consent: remove prompt=none, or sign in once interactively.");
        return tr("Read the provider's description of the error, and fix the profile field or parameter it names.");
    }

    if (r.startsWith(Reasons::HttpPrefix)) {
        const QString kind = r.mid(Reasons::HttpPrefix.size());
        if (kind == QLatin1String("timeout"))
            return tr("The server did not answer in time: check that it is up and reachable (proxy, firewall), then try again.");
        if (kind == QLatin1String("too_large"))
            return tr("The answer was larger than Tokenscope accepts: check the endpoint URL (it may point at a download or at a "
                      "misbehaving proxy).");
        if (kind == QLatin1String("tls"))
            return tr("The secure connection failed: if the provider uses a private CA, add its certificate to the profile's "
                      "trusted CAs; never ignore the error.");
        if (kind == QLatin1String("network"))
            return tr("The server could not be reached: check the URL and that the server is running.");
        const int status = kind.toInt();
        if (status >= 500)
            return tr("The provider failed with a server error: the response is in the HTTP log; look at the provider's logs.");
        if ((status == 401 || status == 403) && (step.name == Steps::Api || step.name == Steps::Userinfo))
            return tr("The API refused the access token: check the audience, the scopes and the token's expiry.");
        if (status == 401)
            return tr("Check the client ID, the client secret and the token endpoint authentication method.");
    }

    if (r.startsWith(Reasons::CheckPrefix)) {
        if (suffix(".alg"))
            return tr("Set the profile's expected algorithm to what the application is configured with at the provider (or the other way round).");
        if (suffix("nonce"))
            return tr("The ID token does not belong to this sign-in: sign in again, and check for proxies that replay responses.");
        if (suffix(".exp") || suffix(".iat") || suffix(".nbf") || suffix(".auth_time"))
            return tr("Check the computer's clock, or raise the allowed clock skew.");
        if (suffix(".signature"))
            return tr("The token was not signed with a key of the provider's JWKS: check the issuer, the algorithm and the client secret (HS256).");
        if (suffix(".aud") || suffix(".azp"))
            return tr("Check the profile's audience and client ID against the API and application at the provider.");
        if (suffix(".iss"))
            return tr("Check the issuer or domain: it must be exactly the provider's issuer.");
        if (suffix("_hash"))
            return tr("The tokens of this response do not belong together: sign in again, and check for proxies that change responses.");
    }
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
        case StepColumn: return m_titles.value(s.name, stepTitle(s.name));
        case StatusColumn: return row.running ? tr("running") : statusText(s.status);
        case TimeColumn: return row.running ? QString() : formatDuration(s.ms);
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
