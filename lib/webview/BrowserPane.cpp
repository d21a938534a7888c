#include "webview/BrowserPane.h"

#include "browser/CallbackPage.h"
#include "webview/WebEngineEmbeddedUserAgent.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace tokenscope::ui {

BrowserPane::BrowserPane(WebEngineEmbeddedUserAgent *agent, QWidget *parent) : QWidget(parent), m_agent(agent)
{
    m_stack = new QStackedLayout(this);
    m_placeholder = new QLabel(tr("The provider's login page opens here when you sign in."), this);
    m_placeholder->setObjectName(QStringLiteral("browserPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    m_browser = new QWidget(this);
    auto *v = new QVBoxLayout(m_browser);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *bar = new QHBoxLayout;
    m_secure = new QLabel(m_browser);
    m_secure->setObjectName(QStringLiteral("addressSecurity"));
    m_address = new QLineEdit(m_browser);
    m_address->setObjectName(QStringLiteral("addressBar"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of the page shown"));
    m_secure->setAccessibleName(tr("Connection security"));
    bar->addWidget(m_secure);
    bar->addWidget(m_address, 1);
    v->addLayout(bar);
    m_stack->addWidget(m_browser);

    connect(m_agent, &WebEngineEmbeddedUserAgent::pageChanged, this, &BrowserPane::attach);
    connect(m_agent, &WebEngineEmbeddedUserAgent::aboutToDestroyPage, this, [this](QWebEnginePage *page) {
        if (m_view && m_view->page() == page) {
            delete m_view; // the view must not outlive the page it shows
            m_stack->setCurrentWidget(m_placeholder);
        }
    });
}

void BrowserPane::attach(QWebEnginePage *page)
{
    if (!m_view) {
        m_view = new QWebEngineView(m_browser);
        m_view->setObjectName(QStringLiteral("webView"));
        m_view->setAccessibleName(tr("The provider's login page"));
        m_view->setMinimumHeight(200);
        static_cast<QVBoxLayout *>(m_browser->layout())->addWidget(m_view, 1);
    }
    if (m_view->page() != page) {
        m_view->setPage(page);
        connect(page, &QWebEnginePage::urlChanged, this, &BrowserPane::updateAddress, Qt::UniqueConnection);
        // The page's JavaScript dialogs, shown as the page's: titled with the origin of the frame that opened them.
        if (auto *callbackPage = qobject_cast<CallbackPage *>(page))
            callbackPage->setDialogPresenter([this](const CallbackPage::Dialog &dialog) { return showPageDialog(dialog); });
        // The keyboard goes where the work is: into the login page as soon as it has loaded (no tabbing through the
        // window to reach it).
        if (!page->property("tokenscopeFocusOnLoad").toBool()) {
            page->setProperty("tokenscopeFocusOnLoad", true);
            connect(page, &QWebEnginePage::loadFinished, this, [this, page](bool ok) {
                if (ok && m_view && m_view->page() == page && isBrowserVisible())
                    m_view->setFocus(Qt::OtherFocusReason);
            });
        }
    }
    updateAddress(page->url());
}

std::optional<QString> BrowserPane::showPageDialog(const CallbackPage::Dialog &dialog)
{
    const QString origin = CallbackPage::originText(dialog.origin);
    const QString title = tr("The page at %1 says").arg(origin);
    const QString from = tr("This comes from the provider's page at %1, not from Tokenscope.").arg(origin);
    if (dialog.kind == CallbackPage::Dialog::Kind::Prompt) {
        QInputDialog input(m_view ? static_cast<QWidget *>(m_view) : this);
        input.setObjectName(QStringLiteral("pageDialog"));
        input.setWindowTitle(title);
        input.setLabelText(dialog.message + QStringLiteral("\n\n") + from);
        input.setTextValue(dialog.defaultValue);
        if (input.exec() != QDialog::Accepted)
            return std::nullopt;
        return input.textValue();
    }
    const bool confirm = dialog.kind == CallbackPage::Dialog::Kind::Confirm;
    QMessageBox box(QMessageBox::NoIcon, title, dialog.message, confirm ? QMessageBox::Ok | QMessageBox::Cancel : QMessageBox::Ok,
                    m_view ? static_cast<QWidget *>(m_view) : this);
    box.setObjectName(QStringLiteral("pageDialog"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(from);
    if (box.exec() != QMessageBox::Ok && confirm)
        return std::nullopt;
    return QString();
}

void BrowserPane::updateAddress(const QUrl &url)
{
    if (!m_view || (sender() && m_view->page() != sender()))
        return;
    m_address->setText(url.toDisplayString());
    m_address->setCursorPosition(0);
    const bool secure = url.scheme() == QLatin1String("https");
    m_secure->setText(url.isEmpty() ? QString() : secure ? tr("https") : tr("not https"));
    m_secure->setToolTip(secure ? tr("Encrypted connection") : tr("This page is not loaded over https"));
}

void BrowserPane::showBrowser()
{
    attach(m_agent->page());
    m_stack->setCurrentWidget(m_browser);
}

void BrowserPane::stepAside(const QString &note)
{
    m_placeholder->setText(note);
    m_stack->setCurrentWidget(m_placeholder);
}

bool BrowserPane::isBrowserVisible() const
{
    return m_stack->currentWidget() == m_browser;
}

} // namespace tokenscope::ui
