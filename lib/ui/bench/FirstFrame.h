#pragma once

#include <functional>

class QWidget;

namespace tokenscope::ui {

// Runs `then` from the event loop right after the first paint of any widget in `window` (its first frame, and the flush
// that follows in the same backing-store sync). Several calls for one window run in the order they were made. For what
// is not part of the first frame: the window icon (Qt's SVG icon engine), the scripts/bench marker.
void afterFirstFrame(QWidget *window, const std::function<void()> &then);

} // namespace tokenscope::ui
