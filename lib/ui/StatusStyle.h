#pragma once

#include "Check.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace tokenscope::ui {

// One look for pass / fail / skip / running everywhere: a translated word, a colour and a round icon.
QString statusText(CheckStatus status);
QColor statusColor(CheckStatus status);
QIcon statusIcon(CheckStatus status);
QIcon runningIcon();

} // namespace tokenscope::ui
