#include "webview/BrowserPane.h"

#include "webview/WebEngineEmbeddedUserAgent.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
