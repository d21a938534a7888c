#pragma once

#include "core/common/Check.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace tokenscope {
enum class FindingLevel; // TenantLint.h
}

namespace tokenscope::ui {

// One look for pass / fail / skip / running everywhere: a translated word, a colour and a round icon.
QString statusText(CheckStatus status);
QColor statusColor(CheckStatus status);
QIcon statusIcon(CheckStatus status);
QIcon runningIcon();

// The same for the level of a lint finding or probe result: error (red cross), warning (amber "!"), info (grey "i").
QString levelText(FindingLevel level);
QColor levelColor(FindingLevel level);
QIcon levelIcon(FindingLevel level);

} // namespace tokenscope::ui
