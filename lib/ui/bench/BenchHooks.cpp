#include "ui/bench/BenchHooks.h"

#include "ui/bench/FirstFrame.h"
#include "ui/bench/NextWebViewPaint.h"
#include "ui/app/MainWindow.h"
#include "core/oidc/OidcFlow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace tokenscope::ui {

namespace {

// TOKENSCOPE_BENCH_LOGIN_PAGE: sign-in `run` of `runs`: the Sign in action (what its button and Ctrl+Return trigger),
// timed to the first paint of the provider's login page in the embedded browser; then Cancel, and the next run once
// the flow has stopped.
void timeLoginPage(MainWindow &window, int run, int runs)
{
    auto *clock = new QElapsedTimer;
    auto loaded = std::make_shared<QMetaObject::Connection>();
    *loaded = QObject::connect(&window, &MainWindow::browserPageLoaded, &window, [&window, clock, loaded, run, runs] {
        QObject::disconnect(*loaded);
        new NextWebViewPaint([&window, clock, run, runs] {
            std::printf("TOKENSCOPE_LOGIN_PAGE run=%d ms=%.3f\n", run, double(clock->nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            delete clock;
            auto stopped = std::make_shared<QMetaObject::Connection>();
            *stopped = QObject::connect(window.flow(), &OidcFlow::finished, &window, [&window, stopped, run, runs] {
                QObject::disconnect(*stopped);
                if (run < runs)
                    QTimer::singleShot(0, &window, [&window, run, runs] { timeLoginPage(window, run + 1, runs); });
                else
                    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            });
            window.cancel();
        });
    });
    QAction *signIn = window.findChild<QAction *>(QStringLiteral("signInAction"));
    clock->start();
    signIn->trigger();
}

} // namespace

void installBenchHooks(MainWindow &window)
{
    if (qEnvironmentVariable("TOKENSCOPE_BENCH_STARTUP") == QLatin1String("1")) {
        afterFirstFrame(&window, [] {
            std::printf("TOKENSCOPE_FIRST_FRAME\n");
            std::fflush(stdout);
        });
        // The complete window: the profile editor (built right after the first frame) painted too.
        QObject::connect(&window, &MainWindow::editorBuilt, &window, [&window] {
            afterFirstFrame(&window, [] {
                std::printf("TOKENSCOPE_WINDOW_COMPLETE\n");
                std::fflush(stdout);
            });
        });
    }
    if (const int runs = qEnvironmentVariableIntValue("TOKENSCOPE_BENCH_LOGIN_PAGE"); runs > 0) {
        // After the complete window, as a user's click comes.
        QObject::connect(&window, &MainWindow::editorBuilt, &window, [&window, runs] {
            afterFirstFrame(&window, [&window, runs] { timeLoginPage(window, 1, runs); });
        });
    }
    if (const QString path = qEnvironmentVariable("TOKENSCOPE_BENCH_WORKBENCH"); !path.isEmpty()) {
        // The workbench holding every token of the file (one per line), shown: then the bench reads the memory.
        QObject::connect(&window, &MainWindow::editorBuilt, &window, [&window, path] {
            QFile file(path);
            int count = 0;
            if (file.open(QIODevice::ReadOnly)) {
                while (!file.atEnd()) {
                    const QByteArray line = file.readLine().trimmed();
                    if (!line.isEmpty()) {
                        window.inspectToken(QString::fromLatin1(line));
                        ++count;
                    }
                }
            }
            afterFirstFrame(&window, [count] {
                std::printf("TOKENSCOPE_WORKBENCH_READY tokens=%d\n", count);
                std::fflush(stdout);
            });
            window.update();
        });
    }
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
