#pragma once

#include "core/tenant/TenantLint.h"
#include "core/tenant/TenantProbe.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tokenscope::ui {

// Roles shared by the Tenant tab's tables.
enum TenantRole {
    LevelRole = Qt::UserRole + 1, // int(FindingLevel)
    ResultStatusRole,             // int(CheckStatus)
    ResultIdRole,                 // the finding's or probe's id
    SortRole,                     // what the views sort by: severity for the level/result columns, the text otherwise
};

// The configuration lint's findings: level (icon and colour; "skipped" when the check could not run), id, and the
// sentence that says what to change.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LevelColumn, IdColumn, DetailColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const FindingList &findings);
    void clear() { setFindings({}); }
    const FindingList &findings() const { return m_findings; }
    int rowOf(const QString &id) const;
    int count(FindingLevel level) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    FindingList m_findings;
};

// Probe results other than the flow matrix (sessions, refresh tokens, two tenants), in the order they arrive:
// result (pass / skip / fail with its level: "fail (error)" fails the run, "fail (warning)" does not), id, reason.
class ProbeResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ResultColumn, IdColumn, DetailColumn, ColumnCount };

    explicit ProbeResultsModel(QObject *parent = nullptr);

    void append(const ProbeResult &result);
    void clear();
    const ProbeResultList &results() const { return m_results; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProbeResultList m_results;
};

// The flow matrix: one row per response type, one column per response mode (query, fragment, form_post), each cell
// what happened: "worked", "refused" (tokens in the query, refused as they must be: a pass) or why it did not work;
// then one row per grant without a browser the provider advertises, in the column "token endpoint": "worked", "not
// allowed" (for this client) or "skipped".
// Cells appear as their probes finish; the full reason is the tooltip.
class FlowMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { OutcomeRole = SortRole + 1 }; // "worked" | "failed" (the probe's data.outcome), "" when skipped

    explicit FlowMatrixModel(QObject *parent = nullptr);

    // Takes probe.matrix.* results (with data.responseType and data.responseMode); false for anything else.
    bool addResult(const ProbeResult &result);
    void clear();
    const QStringList &responseTypes() const { return m_types; }
    const QStringList &responseModes() const { return m_modes; }
    // The cell's result, or null when that combination has not run (yet).
    const ProbeResult *cell(const QString &responseType, const QString &responseMode) const;
    QModelIndex cellIndex(const QString &responseType, const QString &responseMode) const;
    int cellCount() const { return int(m_cells.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The short text of a cell: "worked", "refused" (as it must be), "failed: unauthorized_client".
    static QString cellText(const ProbeResult &result);

private:
    const ProbeResult *at(const QModelIndex &index) const;

    QStringList m_types, m_modes;
    ProbeResultList m_cells;
};

} // namespace tokenscope::ui
