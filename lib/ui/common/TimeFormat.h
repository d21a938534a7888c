#pragma once

#include <QString>
#include <QtGlobal>

namespace tokenscope::ui {

// "in 4 min 59 s", "12 s ago", "in 2 h 3 min", "3 days ago", "now": deltaSecs = then - now.
QString formatRelative(qint64 deltaSecs);
// "2024-05-01 14:03:07 (in 4 min 59 s)": the epoch time in the local time zone, and relative to nowSecs.
QString formatEpoch(qint64 epochSecs, qint64 nowSecs);
// How long something took: "85 ms", "1.2 s", "20 min 28 s", "1 h 02 min".
QString formatDuration(qint64 ms);
// A live countdown: "expires in 04:59", "expires in 2 h 03 min", "expired 12 s ago".
QString formatCountdown(qint64 expSecs, qint64 nowSecs);

} // namespace tokenscope::ui
