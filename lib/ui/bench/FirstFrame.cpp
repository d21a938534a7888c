#include "ui/bench/FirstFrame.h"

#include <QApplication>
#include <QEvent>
#include <QList>
#include <QTimer>
#include <QWidget>

namespace tokenscope::ui {

namespace {

const char WatcherName[] = "tokenscope-first-frame";

// Watches every widget's paint events until the first one inside the window, then runs the callbacks once that paint
// is done.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *window) : QObject(window), m_window(window)
    {
        setObjectName(QLatin1String(WatcherName));
        qApp->installEventFilter(this);
    }
    void add(const std::function<void()> &then) { m_then << then; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && object->isWidgetType() && static_cast<QWidget *>(object)->window() == m_window) {
            qApp->removeEventFilter(this);
            setObjectName(QString()); // later calls start a new watcher (and wait for the next paint)
            QTimer::singleShot(0, m_window, [then = m_then] {
                for (const auto &f : then)
                    f();
            });
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
    QList<std::function<void()>> m_then;
};

} // namespace

void afterFirstFrame(QWidget *window, const std::function<void()> &then)
{
    auto *watcher = static_cast<FirstPaintWatcher *>(window->findChild<QObject *>(QLatin1String(WatcherName), Qt::FindDirectChildrenOnly));
    if (!watcher)
        watcher = new FirstPaintWatcher(window);
    watcher->add(then);
}

} // namespace tokenscope::ui
