#include "BenchHooks.h"

#include "MainWindow.h"
#include "OidcFlow.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tokenscope::ui {

namespace {

// Watches every widget's paint events until the first one inside the window, then prints the marker once that paint
// (and the flush that follows it in the same backing-store sync) is done.
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
            });
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

void installBenchHooks(MainWindow &window)
{
    if (qEnvironmentVariable("TOKENSCOPE_BENCH_STARTUP") == QLatin1String("1"))
        new FirstPaintWatcher(&window);
    if (qEnvironmentVariable("TOKENSCOPE_BENCH_SIGNIN") == QLatin1String("1")) {
        window.setLoginAutofill(qEnvironmentVariable("TOKENSCOPE_BENCH_USERNAME"), qEnvironmentVariable("TOKENSCOPE_BENCH_PASSWORD"));
        QObject::connect(window.flow(), &OidcFlow::finished, &window, [](bool ok) {
            std::printf("TOKENSCOPE_SIGNED_IN ok=%d\n", ok ? 1 : 0);
            std::fflush(stdout);
        });
        QTimer::singleShot(0, &window, &MainWindow::signIn);
    }
}

} // namespace tokenscope::ui
