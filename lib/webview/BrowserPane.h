#pragma once

#include "browser/CallbackPage.h"
#include "ui/webengine/WebEngineBackend.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedLayout;
class QWebEnginePage;
class QWebEngineView;

namespace tokenscope::ui {

class WebEngineEmbeddedUserAgent;

// The embedded browser: a read-only address bar (with a padlock for https) above the web view. The view is created
// on first use; while no sign-in runs, a placeholder explains what will appear here.
class BrowserPane : public QWidget, public BrowserView
{
    Q_OBJECT
public:
    explicit BrowserPane(WebEngineEmbeddedUserAgent *agent, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void showBrowser() override;
    void stepAside(const QString &note) override;
    bool isBrowserVisible() const override;

private:
    void attach(QWebEnginePage *page);
    void updateAddress(const QUrl &url);
    std::optional<QString> showPageDialog(const CallbackPage::Dialog &dialog);

    WebEngineEmbeddedUserAgent *m_agent;
    QStackedLayout *m_stack;
    QLabel *m_placeholder;
    QWidget *m_browser;
    QLineEdit *m_address;
    QLabel *m_secure;
    QPointer<QWebEngineView> m_view;
};

} // namespace tokenscope::ui
