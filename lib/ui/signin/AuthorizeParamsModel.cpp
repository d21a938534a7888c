#include "ui/signin/AuthorizeParamsModel.h"

#include "core/http/HttpExchange.h"

#include <QHash>
#include <QUrlQuery>

namespace tokenscope::ui {

AuthorizeParamsModel::AuthorizeParamsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void AuthorizeParamsModel::setUrl(const QUrl &url)
{
    beginResetModel();
    m_url = url;
    m_rows.clear();
    if (url.isValid() && url.hasQuery()) {
        const QUrlQuery query(url);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            QString value = item.second;
            if (isSecretParameter(item.first))
                value = QLatin1String(RedactedMarker);
            else if (isBearerTokenParameter(item.first))
                value = redactBearerToken(value);
            m_rows.append({item.first, value});
        }
    }
    endResetModel();
}

int AuthorizeParamsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

QString AuthorizeParamsModel::value(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : m_rows.at(row).value;
}

QString AuthorizeParamsModel::meaningOf(const QString &name)
{
    static const QHash<QString, const char *> meanings{
        {QStringLiteral("response_type"), QT_TR_NOOP("what the provider is to answer with: code, ID token, access token")},
        {QStringLiteral("client_id"), QT_TR_NOOP("the application, as registered at the provider")},
        {QStringLiteral("redirect_uri"), QT_TR_NOOP("where the answer goes; must be registered exactly")},
        {QStringLiteral("scope"), QT_TR_NOOP("the access asked for; openid makes it an OpenID Connect request")},
        {QStringLiteral("state"), QT_TR_NOOP("random, fresh for each sign-in; must come back unchanged (CSRF protection)")},
        {QStringLiteral("nonce"), QT_TR_NOOP("random, fresh for each sign-in; must be in the ID token (replay protection)")},
        {QStringLiteral("response_mode"), QT_TR_NOOP("how the answer travels: query, fragment or form_post")},
        {QStringLiteral("code_challenge"), QT_TR_NOOP("PKCE: the SHA-256 of the code verifier, which Tokenscope keeps secret "
                                                      "until the token request")},
        {QStringLiteral("code_challenge_method"), QT_TR_NOOP("PKCE: how the challenge was made from the verifier")},
        {QStringLiteral("audience"), QT_TR_NOOP("the API the access token is for (Auth0)")},
        {QStringLiteral("prompt"), QT_TR_NOOP("login, consent, select_account or none (no page at all)")},
        {QStringLiteral("max_age"), QT_TR_NOOP("seconds since the last login after which the user must log in again")},
        {QStringLiteral("login_hint"), QT_TR_NOOP("who is expected to log in")},
        {QStringLiteral("id_token_hint"), QT_TR_NOOP("an earlier ID token of the user")},
        {QStringLiteral("ui_locales"), QT_TR_NOOP("the languages the login pages should use")},
        {QStringLiteral("acr_values"), QT_TR_NOOP("the authentication context (strength) asked for")},
        {QStringLiteral("connection"), QT_TR_NOOP("the identity provider behind the tenant (Auth0)")},
        {QStringLiteral("organization"), QT_TR_NOOP("the organization to log in to (Auth0)")},
        {QStringLiteral("access_type"), QT_TR_NOOP("offline asks for a refresh token (Google)")},
    };
    const char *meaning = meanings.value(name);
    return meaning ? tr(meaning) : QString();
}

int AuthorizeParamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuthorizeParamsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuthorizeParamsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return row.name;
        case ValueColumn: return row.value;
        case MeaningColumn: return meaningOf(row.name);
        default: return {};
        }
    }
    return {};
}

QVariant AuthorizeParamsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Parameter");
    case ValueColumn: return tr("Value");
    case MeaningColumn: return tr("What it is for");
    default: return {};
    }
}

} // namespace tokenscope::ui
