#pragma once

namespace tokenscope::ui {

class MainWindow;

// Benchmark hooks (scripts/bench, README "Performance"), inert unless their environment variable is set:
// - TOKENSCOPE_BENCH_STARTUP=1: prints "TOKENSCOPE_FIRST_FRAME" on stdout right after the window's first paint, and
//   "TOKENSCOPE_WINDOW_COMPLETE" after the paint that follows the profile editor's construction (right after the
//   first frame: MainWindow::editor()).
// - TOKENSCOPE_BENCH_SIGNIN=1 (with --profile FILE, TOKENSCOPE_BENCH_USERNAME, TOKENSCOPE_BENCH_PASSWORD): signs in
//   as soon as the event loop runs, filling the login page, and prints "TOKENSCOPE_SIGNED_IN ok=0|1" when the flow
//   has finished.
// - TOKENSCOPE_BENCH_LOGIN_PAGE=N (with --profile FILE): once the window is complete, N times: triggers Sign in, prints
//   "TOKENSCOPE_LOGIN_PAGE run=I ms=T" when the provider's login page has been painted in the embedded browser (T from
//   the trigger: the first run starts the web engine), and cancels; quits after the last.
// - TOKENSCOPE_BENCH_WORKBENCH=FILE: once the window is complete, inspects every token of FILE (one per line) in the
//   workbench and prints "TOKENSCOPE_WORKBENCH_READY tokens=N" after the next frame.
// The first frame is taken as the first paint of any widget in the window, the marker printed from the event loop
// right after it (bench/floor_window does exactly the same).
void installBenchHooks(MainWindow &window);

} // namespace tokenscope::ui
