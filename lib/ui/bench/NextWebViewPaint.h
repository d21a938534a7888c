#pragma once

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace tokenscope::ui {

// Runs `then` once, from the event loop right after the next paint of a web view's content: a widget inside a
// QWebEngineView, the one Qt WebEngine paints Chromium's frames into. "The login page painted" in scripts/bench is the
// first such paint after the page has loaded, in the window (BenchHooks) and in bench/floor_webengine alike. Header
// only, and the view is recognised by its class name: neither needs Qt WebEngine's headers or libraries.
class NextWebViewPaint : public QObject
{
public:
    explicit NextWebViewPaint(std::function<void()> then) : m_then(std::move(then)) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && object->isWidgetType() && insideWebView(static_cast<QWidget *>(object))) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, m_then);
            deleteLater();
        }
        return false;
    }

private:
    static bool insideWebView(const QWidget *widget)
    {
        for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (w->inherits("QWebEngineView"))
                return true;
        }
        return false;
    }

    std::function<void()> m_then;
};

} // namespace tokenscope::ui
