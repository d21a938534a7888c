#pragma once

#include "core/oidc/FlowState.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tokenscope::ui {

// The steps of the current session in the order they ran (discovery, authorize, callback, token, userinfo, API,
// refresh, logout), each with status, time and reason; a running step shows as "running"; a failed step says what to
// fix when the reason is one Tokenscope recognises.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, StatusColumn, TimeColumn, DetailColumn, AdviceColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1, StepNameRole, RunningRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void clear();
    void stepStarted(const QString &name);
    void stepFinished(const StepResult &step);
    // Another title for a step while this grant runs (the device grant's token step polls; "" restores the default).
    void setStepTitle(const QString &name, const QString &title);
    // The step's title in this run: setStepTitle()'s, else stepTitle()'s.
    QString titleOf(const QString &name) const { return m_titles.value(name, stepTitle(name)); }
    // What a running step is doing now (the device grant's latest poll answer), shown as its detail until it finishes.
    void stepProgress(const QString &name, const QString &detail);
    // A step that was started but will never finish (cancel): shown as failed with the reason.
    void abandonRunning(const QString &reason);

    int rowOf(const QString &name) const; // the latest row of that step, -1 when none
    StepResult step(int row) const { return m_rows.value(row).result; }
    bool isRunning(int row) const { return m_rows.value(row).running; }

    static QString stepTitle(const QString &name);
    // What to do about a failed step, "" when Tokenscope has no advice.
    static QString adviceFor(const StepResult &step);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        StepResult result;
        bool running = false;
    };
    QList<Row> m_rows;
    QHash<QString, QString> m_titles; // setStepTitle()
};

} // namespace tokenscope::ui
