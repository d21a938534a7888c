// The floor for startup: a bare QApplication + QMainWindow, shown, printing the same marker the Tokenscope window
// prints (with TOKENSCOPE_BENCH_STARTUP=1) when its first frame is painted. bench_run --marker times process start
// to that line. Off screen (QT_QPA_PLATFORM=offscreen unless set).
//   floor_window          the budget's floor: the window paints no text
//   floor_window --text   a reference, not a budget: the same window with one line of text (a QLabel), which is what
//                         makes Qt set up fontconfig, its font database and the first glyphs

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace {

// The same rule as the app's TOKENSCOPE_BENCH_STARTUP hook (lib/ui/bench/BenchHooks.cpp): the first paint of any widget in
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
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("The provider's login page opens here when you sign in."), &window));
    new FirstPaintWatcher(&window);
    window.show();
    return app.exec();
}
