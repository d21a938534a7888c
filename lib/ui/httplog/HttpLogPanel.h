#pragma once

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tokenscope::ui {

class HttpLogModel;

// The HTTP log: every exchange of the session, its request and response in full, "copy as curl"; secrets redacted
// unless "Show secrets" is ticked.
class HttpLogPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HttpLogPanel(HttpLogModel *model, QWidget *parent = nullptr);

    void copyCurl();

signals:
    void copied(const QString &what);

private:
    void showSelected();
    int selectedRow() const;

    HttpLogModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QCheckBox *m_showSecrets;
    QPushButton *m_copyCurl, *m_clear;
};

} // namespace tokenscope::ui
