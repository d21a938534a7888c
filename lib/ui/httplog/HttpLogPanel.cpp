#include "ui/httplog/HttpLogPanel.h"

#include "ui/httplog/HttpLogModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tokenscope::ui {

HttpLogPanel::HttpLogPanel(HttpLogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_showSecrets = new QCheckBox(tr("Show secrets"), this);
    m_showSecrets->setObjectName(QStringLiteral("httpShowSecrets"));
    m_showSecrets->setToolTip(tr("Show client secrets, refresh tokens, code verifiers and Authorization headers as sent. "
                                 "Off by default; never on in screenshots you share."));
    m_copyCurl = new QPushButton(tr("Copy as curl"), this);
    m_copyCurl->setObjectName(QStringLiteral("httpCopyCurlButton"));
    m_clear = new QPushButton(tr("Clear log"), this);
    m_clear->setObjectName(QStringLiteral("httpClearButton"));
    bar->addWidget(m_showSecrets);
    bar->addStretch(1);
    bar->addWidget(m_copyCurl);
    bar->addWidget(m_clear);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("httpLogView"));
    m_view->setAccessibleName(tr("HTTP exchanges"));
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Every column as wide as its contents ("front channel: callback", "caught (form_post)"); the URL takes the rest.
    for (int c = 0; c < HttpLogModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, c == HttpLogModel::UrlColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("httpLogDetail"));
    m_detail->setAccessibleName(tr("Request and response of the selected exchange"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    split->setStretchFactor(0, 3); // the list of exchanges first
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_showSecrets, &QCheckBox::toggled, model, &HttpLogModel::setShowSecrets);
    connect(model, &HttpLogModel::showSecretsChanged, this, [this](bool on) {
        m_showSecrets->setChecked(on);
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_detail->clear(); });
    connect(m_copyCurl, &QPushButton::clicked, this, &HttpLogPanel::copyCurl);
    connect(m_clear, &QPushButton::clicked, model, &HttpLogModel::clear);
}

int HttpLogPanel::selectedRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : m_model->rowCount() - 1;
}

void HttpLogPanel::showSelected()
{
    m_detail->setPlainText(m_model->detailText(selectedRow()));
}

void HttpLogPanel::copyCurl()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QApplication::clipboard()->setText(m_model->curlCommand(row));
    emit copied(m_model->showSecrets() ? tr("curl command (with secrets)") : tr("curl command (secrets redacted)"));
}

} // namespace tokenscope::ui
