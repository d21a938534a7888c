#include "ui/tokens/ClaimsModel.h"

#include "core/common/Clock.h"
#include "ui/common/TimeFormat.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPalette>
#include <QSet>
#include <cmath>

namespace tokenscope::ui {

ClaimsModel::ClaimsModel(const Clock *clock, QObject *parent) : QAbstractItemModel(parent), m_clock(clock)
{
    Q_ASSERT(clock);
}

ClaimsModel::~ClaimsModel() = default;

QString ClaimsModel::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool ClaimsModel::isTimeClaim(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
                                     QStringLiteral("auth_time"), QStringLiteral("updated_at")};
    return names.contains(name);
}

QString ClaimsModel::describeClaim(const QString &n, bool inHeader)
{
    if (inHeader) {
        if (n == QLatin1String("alg")) return tr("Signature algorithm (RFC 7515)");
        if (n == QLatin1String("kid")) return tr("Key ID: which key of the provider's JWKS signed the token");
        if (n == QLatin1String("typ")) return tr("Media type of the token (JWT, at+jwt for access tokens)");
        if (n == QLatin1String("cty")) return tr("Content type of the payload (nested tokens)");
        if (n == QLatin1String("jku")) return tr("URL of a JWK set (never trusted by Tokenscope)");
        if (n == QLatin1String("jwk")) return tr("Embedded public key (never trusted by Tokenscope)");
        if (n == QLatin1String("x5u")) return tr("URL of an X.509 certificate chain");
        if (n == QLatin1String("x5c")) return tr("X.509 certificate chain");
        if (n == QLatin1String("x5t")) return tr("SHA-1 thumbprint of the X.509 certificate");
        if (n == QLatin1String("x5t#S256")) return tr("SHA-256 thumbprint of the X.509 certificate");
        if (n == QLatin1String("crit")) return tr("Header parameters the recipient must understand");
        return {};
    }
    if (n == QLatin1String("iss")) return tr("Issuer: who created and signed the token");
    if (n == QLatin1String("sub")) return tr("Subject: the user's stable identifier at the issuer");
    if (n == QLatin1String("aud")) return tr("Audience: who the token is meant for (client ID or API identifier)");
    if (n == QLatin1String("exp")) return tr("Expiration time: the token must not be accepted after it");
    if (n == QLatin1String("nbf")) return tr("Not before: the token must not be accepted before it");
    if (n == QLatin1String("iat")) return tr("Issued at: when the token was created");
    if (n == QLatin1String("jti")) return tr("JWT ID: unique identifier of this token");
    if (n == QLatin1String("azp")) return tr("Authorized party: the client the token was issued to");
    if (n == QLatin1String("nonce")) return tr("Nonce: ties the ID token to the authorization request (replay protection)");
    if (n == QLatin1String("auth_time")) return tr("When the user actually authenticated");
    if (n == QLatin1String("at_hash")) return tr("Access token hash: binds the access token to this ID token");
    if (n == QLatin1String("c_hash")) return tr("Code hash: binds the authorization code to this ID token");
    if (n == QLatin1String("s_hash")) return tr("State hash: binds the state to this ID token");
    if (n == QLatin1String("acr")) return tr("Authentication context class reference");
    if (n == QLatin1String("amr")) return tr("Authentication methods used (pwd, mfa, otp, ...)");
    if (n == QLatin1String("sid")) return tr("Session ID at the provider (used for logout)");
    if (n == QLatin1String("name")) return tr("Full name");
    if (n == QLatin1String("given_name")) return tr("Given name");
    if (n == QLatin1String("family_name")) return tr("Family name");
    if (n == QLatin1String("middle_name")) return tr("Middle name");
    if (n == QLatin1String("nickname")) return tr("Casual name");
    if (n == QLatin1String("preferred_username")) return tr("Preferred username");
    if (n == QLatin1String("profile")) return tr("Profile page URL");
    if (n == QLatin1String("picture")) return tr("Profile picture URL");
    if (n == QLatin1String("website")) return tr("Web site URL");
    if (n == QLatin1String("email")) return tr("Email address");
    if (n == QLatin1String("email_verified")) return tr("Whether the provider verified the email address");
    if (n == QLatin1String("gender")) return tr("Gender");
    if (n == QLatin1String("birthdate")) return tr("Birthday");
    if (n == QLatin1String("zoneinfo")) return tr("Time zone");
    if (n == QLatin1String("locale")) return tr("Locale");
    if (n == QLatin1String("phone_number")) return tr("Phone number");
    if (n == QLatin1String("phone_number_verified")) return tr("Whether the provider verified the phone number");
    if (n == QLatin1String("address")) return tr("Postal address");
    if (n == QLatin1String("updated_at")) return tr("When the user's profile was last updated");
    if (n == QLatin1String("scope")) return tr("Granted scopes (access tokens)");
    if (n == QLatin1String("scp")) return tr("Granted scopes (array form)");
    if (n == QLatin1String("client_id")) return tr("The client the access token was issued to (RFC 9068)");
    if (n == QLatin1String("permissions")) return tr("Auth0 RBAC permissions");
    if (n == QLatin1String("org_id")) return tr("Auth0 organization ID");
    if (n == QLatin1String("org_name")) return tr("Auth0 organization name");
    if (n == QLatin1String("gty")) return tr("Auth0 grant type");
    if (n == QLatin1String("roles") || n.endsWith(QLatin1String("/roles"))) return tr("Roles (custom claim)");
    if (n.startsWith(QLatin1String("http://")) || n.startsWith(QLatin1String("https://")))
        return tr("Custom claim (namespaced)");
    return {};
}

void ClaimsModel::clear()
{
    beginResetModel();
    m_root.children.clear();
    endResetModel();
}

void ClaimsModel::build(Node *node)
{
    auto add = [node](const QString &name, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->name = name;
        child->value = value;
        child->parent = node;
        child->inHeader = node->inHeader;
        child->depth = node->depth + 1;
        child->row = int(node->children.size());
        child->path = node->path + QLatin1Char('.') + name;
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject o = node->value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray a = node->value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    }
    for (auto &child : node->children) {
        if (child->depth < 64)
            build(child.get());
    }
}

void ClaimsModel::setToken(const QJsonObject &header, const QJsonObject &payload)
{
    beginResetModel();
    m_root.children.clear();
    const QList<std::pair<QString, QJsonObject>> sections{{QStringLiteral("header"), header}, {QStringLiteral("payload"), payload}};
    for (const auto &[key, object] : sections) {
        auto section = std::make_unique<Node>();
        section->name = key;
        section->value = object;
        section->path = key;
        section->section = true;
        section->depth = 1;
        section->inHeader = key == QLatin1String("header");
        section->parent = &m_root;
        section->row = int(m_root.children.size());
        build(section.get());
        m_root.children.push_back(std::move(section));
    }
    endResetModel();
}

void ClaimsModel::refreshTimes()
{
    if (m_root.children.size() < 2)
        return;
    const Node *payload = m_root.children[1].get();
    const QModelIndex parentIndex = createIndex(payload->row, 0, const_cast<Node *>(payload));
    for (const auto &child : payload->children) {
        if (isTimeClaim(child->name)) {
            const QModelIndex i = index(child->row, ValueColumn, parentIndex);
            emit dataChanged(i, i, {Qt::DisplayRole});
        }
    }
}

QModelIndex ClaimsModel::claimIndex(const QString &section, const QString &name) const
{
    for (const auto &s : m_root.children) {
        if (s->name != section)
            continue;
        for (const auto &c : s->children) {
            if (c->name == name)
                return createIndex(c->row, NameColumn, c.get());
        }
    }
    return {};
}

ClaimsModel::Node *ClaimsModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_root);
}

QModelIndex ClaimsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ClaimsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeFor(child);
    if (!n->parent || n->parent == &m_root)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ClaimsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimsModel::valueText(const Node *node) const
{
    if (node->section)
        return tr("%n claim(s)", nullptr, int(node->children.size()));
    if (node->value.isObject())
        return tr("{%n member(s)}", nullptr, int(node->value.toObject().size()));
    if (node->value.isArray() && node->children.size() > 0 && node->value.toArray().first().isObject())
        return tr("[%n item(s)]", nullptr, int(node->value.toArray().size()));
    QString text = displayValue(node->value);
    if (!node->inHeader && node->depth == 2 && isTimeClaim(node->name) && node->value.isDouble())
        text += QStringLiteral("  ·  ") + formatEpoch(secondsFromJson(node->value.toDouble()), m_clock->nowSecsSinceEpoch());
    return text;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->section ? (n->inHeader ? tr("Header") : tr("Payload")) : n->name;
        if (index.column() == ValueColumn)
            return valueText(n);
        if (index.column() == DescriptionColumn && n->depth == 2)
            return describeClaim(n->name, n->inHeader);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && !n->section) {
            if (!n->inHeader && n->depth == 2 && isTimeClaim(n->name) && n->value.isDouble())
                return QDateTime::fromSecsSinceEpoch(secondsFromJson(n->value.toDouble())).toUTC().toString(Qt::ISODate);
            return displayValue(n->value);
        }
        if (n->depth == 2)
            return describeClaim(n->name, n->inHeader);
        return {};
    case Qt::FontRole:
        if (n->section) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case JsonValueRole:
        return QVariant::fromValue(n->value);
    case PathRole:
        return n->path;
    case CopyTextRole:
        return displayValue(n->value);
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Claim");
    case ValueColumn: return tr("Value");
    case DescriptionColumn: return tr("Meaning");
    default: return {};
    }
}

// ---- ClaimDiffModel ---------------------------------------------------------------------------------------------

ClaimDiffModel::ClaimDiffModel(const Clock *clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock)
{
}

void ClaimDiffModel::setPayloads(const QJsonObject &before, const QJsonObject &after)
{
    beginResetModel();
    m_rows.clear();
    QStringList names = before.keys();
    for (const QString &k : after.keys()) {
        if (!names.contains(k))
            names << k;
    }
    for (const QString &k : std::as_const(names)) {
        const bool inBefore = before.contains(k), inAfter = after.contains(k);
        if (inBefore && inAfter && before.value(k) == after.value(k))
            continue;
        m_rows.append({k, before.value(k), after.value(k), !inBefore ? Added : !inAfter ? Removed : Changed});
    }
    endResetModel();
}

void ClaimDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ClaimDiffModel::rowOf(const QString &claim) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == claim)
            return i;
    }
    return -1;
}

QStringList ClaimDiffModel::changedClaims() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.name;
    return out;
}

int ClaimDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClaimDiffModel::text(const QString &name, const QJsonValue &value) const
{
    if (value.isUndefined())
        return tr("(absent)");
    QString t = ClaimsModel::displayValue(value);
    if (ClaimsModel::isTimeClaim(name) && value.isDouble())
        t += QStringLiteral(" · ") + QDateTime::fromSecsSinceEpoch(secondsFromJson(value.toDouble())).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    return t;
}

QVariant ClaimDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() != NameColumn) {
        const QJsonValue v = index.column() == BeforeColumn ? r.before : r.after;
        if (ClaimsModel::isTimeClaim(r.name) && v.isDouble())
            return formatEpoch(secondsFromJson(v.toDouble()), m_clock->nowSecsSinceEpoch());
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return r.name;
        case BeforeColumn: return text(r.name, r.before);
        case AfterColumn: return text(r.name, r.after);
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (r.change == Added && index.column() == AfterColumn)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (r.change == Removed && index.column() == BeforeColumn)
            return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    return {};
}

void ClaimDiffModel::setColumnTitles(const QString &before, const QString &after)
{
    m_beforeTitle = before;
    m_afterTitle = after;
    emit headerDataChanged(Qt::Horizontal, BeforeColumn, AfterColumn);
}

QVariant ClaimDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Claim");
    case BeforeColumn: return m_beforeTitle.isEmpty() ? tr("Before refresh") : m_beforeTitle;
    case AfterColumn: return m_afterTitle.isEmpty() ? tr("After refresh") : m_afterTitle;
    default: return {};
    }
}

} // namespace tokenscope::ui
