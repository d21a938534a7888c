#include "ui/bench/BenchHooks.h"

#include "ui/bench/FirstFrame.h"
#include "ui/app/MainWindow.h"
#include "core/oidc/OidcFlow.h"

#include <QTimer>

#include <cstdio>

namespace tokenscope::ui {

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
