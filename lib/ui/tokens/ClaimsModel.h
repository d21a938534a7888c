#pragma once

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace tokenscope {
class Clock;
}

namespace tokenscope::ui {

// The header and payload of a JWT as a tree: two top-level rows ("Header", "Payload"), one child per claim, nested
// objects and arrays below their claim. Registered JWT / OpenID Connect claims are explained, and times (exp, iat,
// nbf, auth_time, updated_at) are shown as local date plus relative time read from the injected clock.
class ClaimsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, DescriptionColumn, ColumnCount };
    enum Role {
        JsonValueRole = Qt::UserRole + 1, // the claim's value as QJsonValue (QVariant)
        PathRole,                         // "payload.exp", "header.alg", "payload.address.country"
        CopyTextRole,                     // what "copy claim" puts on the clipboard (compact JSON for objects)
    };

    explicit ClaimsModel(const Clock *clock, QObject *parent = nullptr);
    ~ClaimsModel() override;

    void setToken(const QJsonObject &header, const QJsonObject &payload);
    void clear();
    // Re-renders the relative times (call every second for a live view).
    void refreshTimes();

    // The index (NameColumn) of a top-level claim: section is "header" or "payload". Invalid when absent.
    QModelIndex claimIndex(const QString &section, const QString &name) const;

    static QString describeClaim(const QString &name, bool inHeader);
    static bool isTimeClaim(const QString &name);
    // A claim value as one line: strings without quotes, integral numbers without exponent, compact JSON otherwise.
    static QString displayValue(const QJsonValue &value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QJsonValue value;
        QString path;
        bool section = false;
        bool inHeader = false;
        int depth = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *nodeFor(const QModelIndex &index) const;
    void build(Node *node);
    QString valueText(const Node *node) const;

    const Clock *m_clock;
    Node m_root;
};

// The claims that differ between two payloads (added, removed or changed), as a table: claim, before, after.
class ClaimDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Change { Added, Removed, Changed };

    explicit ClaimDiffModel(const Clock *clock, QObject *parent = nullptr);

    void setPayloads(const QJsonObject &before, const QJsonObject &after);
    void clear();
    // The titles of the two value columns ("Before refresh", "After refresh" unless set; empty: those again).
    void setColumnTitles(const QString &before, const QString &after);
    // Row of a claim, -1 when it did not change.
    int rowOf(const QString &claim) const;
    QStringList changedClaims() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QJsonValue before, after;
        Change change;
    };
    QString text(const QString &name, const QJsonValue &value) const;
    const Clock *m_clock;
    QList<Row> m_rows;
    QString m_beforeTitle, m_afterTitle;
};

} // namespace tokenscope::ui
