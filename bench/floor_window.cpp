// The floor for startup: a bare QApplication + QMainWindow, shown, printing the same marker the Tokenscope window
// prints (with TOKENSCOPE_BENCH_STARTUP=1) when its first frame is painted. bench_run --marker times process start
// to that line. Off screen (QT_QPA_PLATFORM=offscreen unless set).

#include <QApplication>
#include <QMainWindow>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {

// The same rule as the app's TOKENSCOPE_BENCH_STARTUP hook (lib/ui/BenchHooks.cpp): the first paint of any widget in
// the window, the marker printed from the event loop right after it, then quit.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *window) : QObject(window), m_window(window) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && object->isWidgetType() && static_cast<QWidget *>(object)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, [] {
                std::printf("TOKENSCOPE_FIRST_FRAME\n");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(1200, 800);
    new FirstPaintWatcher(&window);
    window.show();
    return app.exec();
}
