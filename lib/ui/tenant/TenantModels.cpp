#include "ui/tenant/TenantModels.h"

#include "ui/common/StatusStyle.h"

#include <QBrush>
#include <QCoreApplication>

#include <algorithm>

namespace tokenscope::ui {

namespace {

// Errors first, then warnings, then information; within a level, failures before skips before passes.
int severity(FindingLevel level, CheckStatus status)
{
    const int l = level == FindingLevel::Error ? 0 : level == FindingLevel::Warning ? 1 : 2;
    const int s = status == CheckStatus::Fail ? 0 : status == CheckStatus::Skip ? 1 : 2;
    return l * 3 + s;
}

int statusOrder(CheckStatus status)
{
    return status == CheckStatus::Fail ? 0 : status == CheckStatus::Skip ? 1 : 2;
}

QString levelLabel(FindingLevel level, CheckStatus status)
{
    return status == CheckStatus::Skip ? QCoreApplication::translate("Status", "skipped") : levelText(level);
}

} // namespace

// ---- FindingsModel -------------------------------------------------------------------------------------------------

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const FindingList &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int FindingsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).id == id)
            return i;
    }
    return -1;
}

int FindingsModel::count(FindingLevel level) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [level](const Finding &f) { return f.level == level; }));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn: return levelLabel(f.level, f.status);
        case IdColumn: return f.id;
        case DetailColumn: return f.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2)\n%3").arg(f.id, levelLabel(f.level, f.status), f.detail);
    case Qt::DecorationRole:
        if (index.column() != LevelColumn)
            return {};
        return f.status == CheckStatus::Skip ? statusIcon(CheckStatus::Skip) : levelIcon(f.level);
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn || (index.column() == DetailColumn && f.level == FindingLevel::Error))
            return QBrush(f.status == CheckStatus::Skip ? statusColor(CheckStatus::Skip) : levelColor(f.level));
        return {};
    case LevelRole:
        return int(f.level);
    case ResultStatusRole:
        return int(f.status);
    case ResultIdRole:
        return f.id;
    case SortRole:
        return index.column() == LevelColumn ? QVariant(severity(f.level, f.status) * 1000 + index.row())
                                             : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LevelColumn: return tr("Level");
    case IdColumn: return tr("Finding");
    case DetailColumn: return tr("What was found, and what to change");
    default: return {};
    }
}

// ---- ProbeResultsModel ---------------------------------------------------------------------------------------------

ProbeResultsModel::ProbeResultsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ProbeResultsModel::append(const ProbeResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    endInsertRows();
}

void ProbeResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

int ProbeResultsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).id == id)
            return i;
    }
    return -1;
}

int ProbeResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int ProbeResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const ProbeResult &r = m_results.at(index.row());
    const bool failed = r.status == CheckStatus::Fail;
    // A failure is as bad as its level; anything else just passed or could not run.
    const QColor color = failed ? levelColor(r.level == FindingLevel::Info ? FindingLevel::Warning : r.level) : statusColor(r.status);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ResultColumn: return failed ? tr("%1 (%2)").arg(statusText(r.status), levelText(r.level)) : statusText(r.status);
        case IdColumn: return r.id;
        case DetailColumn: return r.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2, %3)\n%4").arg(r.id, statusText(r.status), levelText(r.level), r.detail);
    case Qt::DecorationRole:
        if (index.column() != ResultColumn)
            return {};
        return failed && r.level != FindingLevel::Error ? levelIcon(FindingLevel::Warning) : statusIcon(r.status);
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn || (index.column() == DetailColumn && failed))
            return QBrush(color);
        return {};
    case LevelRole:
        return int(r.level);
    case ResultStatusRole:
        return int(r.status);
    case ResultIdRole:
        return r.id;
    case SortRole:
        if (index.column() == ResultColumn)
            return statusOrder(r.status) * 100000 + severity(r.level, r.status) * 1000 + index.row();
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ProbeResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResultColumn: return tr("Result");
    case IdColumn: return tr("Probe");
    case DetailColumn: return tr("Reason");
    default: return {};
    }
}

// ---- FlowMatrixModel -----------------------------------------------------------------------------------------------

FlowMatrixModel::FlowMatrixModel(QObject *parent) : QAbstractTableModel(parent)
{
}

bool FlowMatrixModel::addResult(const ProbeResult &result)
{
    if (!result.id.startsWith(QLatin1String("probe.matrix.")))
        return false;
    const QString type = result.data.value(QStringLiteral("responseType")).toString();
    const QString mode = result.data.value(QStringLiteral("responseMode")).toString();
    if (type.isEmpty() || mode.isEmpty())
        return false;
    if (!m_types.contains(type)) {
        const int row = int(m_types.size());
        beginInsertRows({}, row, row);
        m_types << type;
        endInsertRows();
    }
    if (!m_modes.contains(mode)) {
        // Modes in their usual order, whatever order the probes run in.
        static const QStringList order{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")};
        int column = int(m_modes.size());
        const qsizetype rank = order.indexOf(mode);
        for (int i = 0; i < m_modes.size() && rank >= 0; ++i) {
            const qsizetype other = order.indexOf(m_modes.at(i));
            if (other < 0 || other > rank) {
                column = i;
                break;
            }
        }
        beginInsertColumns({}, column, column);
        m_modes.insert(column, mode);
        endInsertColumns();
    }
    for (ProbeResult &existing : m_cells) {
        if (existing.id == result.id) {
            existing = result;
            const QModelIndex i = cellIndex(type, mode);
            emit dataChanged(i, i);
            return true;
        }
    }
    m_cells.append(result);
    const QModelIndex i = cellIndex(type, mode);
    emit dataChanged(i, i);
    return true;
}

void FlowMatrixModel::clear()
{
    beginResetModel();
    m_types.clear();
    m_modes.clear();
    m_cells.clear();
    endResetModel();
}

const ProbeResult *FlowMatrixModel::cell(const QString &responseType, const QString &responseMode) const
{
    for (const ProbeResult &r : m_cells) {
        if (r.data.value(QStringLiteral("responseType")).toString() == responseType
            && r.data.value(QStringLiteral("responseMode")).toString() == responseMode)
            return &r;
    }
    return nullptr;
}

QModelIndex FlowMatrixModel::cellIndex(const QString &responseType, const QString &responseMode) const
{
    const qsizetype row = m_types.indexOf(responseType), column = m_modes.indexOf(responseMode);
    return row < 0 || column < 0 ? QModelIndex() : index(int(row), int(column));
}

const ProbeResult *FlowMatrixModel::at(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_types.size() || index.column() >= m_modes.size())
        return nullptr;
    return cell(m_types.at(index.row()), m_modes.at(index.column()));
}

QString FlowMatrixModel::cellText(const ProbeResult &r)
{
    const QString outcome = r.data.value(QStringLiteral("outcome")).toString();
    const QString error = r.data.value(QStringLiteral("error")).toString();
    const QString step = r.data.value(QStringLiteral("failedStep")).toString();
    const QString why = !error.isEmpty() ? error : step;
    if (r.status == CheckStatus::Skip)
        return tr("skipped");
    if (outcome == QLatin1String("worked"))
        return r.status == CheckStatus::Pass ? tr("worked") : tr("worked (must be refused)");
    if (outcome == QLatin1String("not allowed"))
        return tr("not allowed"); // a grant the provider offers, not enabled for this client (the tooltip says why)
    if (r.data.value(QStringLiteral("expected")).toString() == QLatin1String("refused"))
        return tr("refused"); // as it must be: the tooltip and the detail line say why
    return why.isEmpty() ? tr("failed") : tr("failed: %1").arg(why);
}

int FlowMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

int FlowMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modes.size());
}

QVariant FlowMatrixModel::data(const QModelIndex &index, int role) const
{
    const ProbeResult *r = at(index);
    if (!r)
        return role == Qt::DisplayRole && index.isValid() ? QVariant(QStringLiteral("—")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*r);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2, %3)\n%4").arg(r->id, statusText(r->status), levelText(r->level), r->detail);
    case Qt::DecorationRole:
        return statusIcon(r->status);
    case Qt::ForegroundRole:
        return r->status == CheckStatus::Fail ? QVariant(QBrush(statusColor(CheckStatus::Fail))) : QVariant();
    case Qt::BackgroundRole:
        switch (r->status) {
        case CheckStatus::Pass: return QBrush(QColor(0xe6, 0xf4, 0xea));
        case CheckStatus::Fail: return QBrush(QColor(0xfd, 0xec, 0xea));
        case CheckStatus::Skip: return QBrush(QColor(0xf1, 0xf3, 0xf5));
        }
        return {};
    case LevelRole:
        return int(r->level);
    case ResultStatusRole:
        return int(r->status);
    case ResultIdRole:
        return r->id;
    case OutcomeRole:
        return r->data.value(QStringLiteral("outcome")).toString();
    default:
        return {};
    }
}

QVariant FlowMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && m_modes.value(section) == QLatin1String("query"))
        return tr("Response types that return tokens from the authorization endpoint must be refused in the query: "
                  "\"refused\" there is a pass.");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_modes.value(section);
    return m_types.value(section);
}

} // namespace tokenscope::ui
